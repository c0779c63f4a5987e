#include "worker/divergencerule.h"

#include <cmath>

namespace bpui {

double DivergenceRule::judgedCost(const bp::IterationStats& row, bool miniBatch)
{
    if (std::isfinite(row.fullTrainCost))
        return row.fullTrainCost;
    return miniBatch ? std::numeric_limits<double>::quiet_NaN() : row.trainCost;
}

bool DivergenceRule::isMiniBatch(const bp::TrainingConfig& config)
{
    return config.batchSize > 0 && !bp::isLineSearchOptimizer(config.optimizer);
}

std::optional<DivergenceTrip> DivergenceRule::observe(const bp::IterationStats& row, long iteration,
                                                      bool miniBatch)
{
    if (!armed_)
        return std::nullopt;
    const double cost = judgedCost(row, miniBatch);
    if (!std::isfinite(cost))
        return std::nullopt;
    if (std::isnan(firstCost_))
        firstCost_ = cost;
    if (cost < bestCost_) {
        bestCost_ = cost;
        bestIteration_ = iteration;
        return std::nullopt;
    }
    if (cost > kBlowUpFactor * bestCost_ && cost > firstCost_) {
        armed_ = false;
        return DivergenceTrip{iteration, cost, bestIteration_, bestCost_};
    }
    return std::nullopt;
}

} // namespace bpui

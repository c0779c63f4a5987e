#include "optimizers.h"

#include <cassert>
#include <cmath>

namespace bp {

GradientStepper::GradientStepper(OptimizerKind kind, Index parameterCount) : kind_(kind)
{
    assert(!isLineSearchOptimizer(kind) && "line-search optimisers have their own drivers");
    if (kind_ == OptimizerKind::Momentum)
        velocity_ = Vector::Zero(parameterCount);
    if (kind_ == OptimizerKind::Adam) {
        moment1_ = Vector::Zero(parameterCount);
        moment2_ = Vector::Zero(parameterCount);
    }
}

void GradientStepper::apply(Vector& params, const Vector& gradient, const TrainingConfig& config)
{
    assert(params.size() == gradient.size());
    ++steps_;
    const double alpha = config.learningRate;
    switch (kind_) {
    case OptimizerKind::Momentum:
        velocity_ = config.momentum * velocity_ - alpha * gradient;
        params += velocity_;
        return;
    case OptimizerKind::Adam: {
        const double b1 = config.beta1;
        const double b2 = config.beta2;
        moment1_ = b1 * moment1_ + (1.0 - b1) * gradient;
        moment2_ = b2 * moment2_ + (1.0 - b2) * gradient.cwiseAbs2();
        const double t = static_cast<double>(steps_);
        const double correction1 = 1.0 - std::pow(b1, t);
        const double correction2 = 1.0 - std::pow(b2, t);
        params.array() -= alpha * (moment1_.array() / correction1) /
                          ((moment2_.array() / correction2).sqrt() + config.adamEpsilon);
        return;
    }
    case OptimizerKind::GradientDescent:
    default:
        params -= alpha * gradient;
        return;
    }
}

} // namespace bp

#include "curves.h"

#include "costfunction.h"
#include "fit.h"
#include "maththreads.h"
#include "network.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <sstream>
#include <thread>

namespace bp {

namespace {

constexpr double kNoAccuracy = std::numeric_limits<double>::quiet_NaN();

/// The calling thread's products single-threaded for the scope (one point per core).
class SingleThreadedPoint
{
public:
    SingleThreadedPoint() : previous_(mathThreadsOnThisThread()) { limitMathThreadsOnThisThread(1); }
    ~SingleThreadedPoint() { limitMathThreadsOnThisThread(previous_); }
    SingleThreadedPoint(const SingleThreadedPoint&) = delete;
    SingleThreadedPoint& operator=(const SingleThreadedPoint&) = delete;

private:
    int previous_;
};

/// J without the λ term, and the accuracy, of params on data (forward pass only).
void measure(const Architecture& arch, const Vector& params, const Dataset& data, double* cost,
             double* accuracy)
{
    if (data.size() == 0)
        return;
    const Matrix y = encodeTargets(data, arch.outputSize());
    CostFunction function(arch, data.features, y, 0.0);
    function.setThreadCount(1);
    *cost = function.evaluate(params, nullptr);
    *accuracy = data.task() == TaskKind::Classification ? function.lastAccuracy() : kNoAccuracy;
}

std::string csvNumber(double x)
{
    if (std::isnan(x))
        return "";
    if (std::isinf(x))
        return x > 0 ? "inf" : "-inf";
    return nlohmann::json(x).dump(); // the shortest text that reads back as the same double
}

} // namespace

std::string_view toString(CurveKind kind)
{
    switch (kind) {
    case CurveKind::Learning:
        return "learning";
    case CurveKind::Lambda:
        return "lambda";
    case CurveKind::Units:
        return "units";
    }
    return "learning";
}

std::optional<CurveKind> curveKindFromString(std::string_view name)
{
    for (CurveKind kind : {CurveKind::Learning, CurveKind::Lambda, CurveKind::Units})
        if (toString(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<std::size_t> bestValidationPoint(const std::vector<CurvePoint>& points)
{
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double j = points[i].validationCost;
        if (std::isfinite(j) && (!best || j < points[*best].validationCost))
            best = i;
    }
    return best;
}

std::vector<Index> learningCurveOrder(const Dataset& train)
{
    const Index m = train.size();
    std::vector<Index> order;
    order.reserve(static_cast<std::size_t>(m));
    if (train.task() == TaskKind::Regression || train.classCount() < 2) {
        for (Index i = 0; i < m; ++i)
            order.push_back(i);
        return order;
    }
    std::vector<std::vector<Index>> byClass(static_cast<std::size_t>(train.classCount()));
    for (Index i = 0; i < m; ++i) {
        const int label = train.labels[static_cast<std::size_t>(i)];
        if (label >= 0 && label < train.classCount())
            byClass[static_cast<std::size_t>(label)].push_back(i);
    }
    for (std::size_t round = 0; order.size() < static_cast<std::size_t>(m); ++round) {
        bool any = false;
        for (const std::vector<Index>& members : byClass) {
            if (round < members.size()) {
                order.push_back(members[round]);
                any = true;
            }
        }
        if (!any)
            break; // labels outside 0 … K−1 (checkFits rejects them before training)
    }
    return order;
}

std::vector<double> learningCurveSizes(const Dataset& train, int count)
{
    count = std::clamp(count, 2, 50);
    const Index m = train.size();
    Index first = train.task() == TaskKind::Regression
                      ? std::max<Index>(5, train.featureCount() + 2)
                      : std::max<Index>(2, 3 * static_cast<Index>(train.classCount()));
    if (m <= first)
        return {static_cast<double>(std::max<Index>(m, 1))};
    std::vector<double> sizes;
    const double ratio = static_cast<double>(m) / static_cast<double>(first);
    for (int i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(count - 1);
        double size = std::round(static_cast<double>(first) * std::pow(ratio, t));
        size = std::clamp(size, static_cast<double>(first), static_cast<double>(m));
        if (i == count - 1)
            size = static_cast<double>(m);
        if (sizes.empty() || size > sizes.back())
            sizes.push_back(size);
    }
    return sizes;
}

std::vector<double> lambdaGrid()
{
    return {0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0};
}

std::vector<double> unitGrid()
{
    return {1, 2, 4, 8, 16, 32, 64, 128};
}

void checkCurvePlan(const CurvePlan& plan, const DataSplit& split)
{
    if (plan.values.empty())
        throw InputError("curve", "", "no points to compute");
    const Index m = split.train.size();
    for (double value : plan.values) {
        switch (plan.kind) {
        case CurveKind::Learning:
            if (!(value >= 1.0 && value <= static_cast<double>(m) && value == std::floor(value)))
                throw InputError("curve", "sizes",
                                 "a training-set size must be a whole number from 1 to " +
                                     std::to_string(m) + ", found " + csvNumber(value));
            break;
        case CurveKind::Lambda:
            if (!(std::isfinite(value) && value >= 0.0))
                throw InputError("curve", "lambda",
                                 "λ must be a finite number ≥ 0, found " + csvNumber(value));
            break;
        case CurveKind::Units:
            if (plan.hiddenLayer < 0 || plan.hiddenLayer + 2 >= plan.architecture.layerCount())
                throw InputError("curve", "units", "the network has no hidden layer to resize");
            if (!(value >= 1.0 && value <= kMaxLayerSize && value == std::floor(value)))
                throw InputError("curve", "units",
                                 "a unit count must be a whole number from 1 to " +
                                     std::to_string(kMaxLayerSize) + ", found " + csvNumber(value));
            break;
        }
    }
}

Architecture curvePointArchitecture(const CurvePlan& plan, std::size_t index)
{
    Architecture arch = plan.architecture;
    if (plan.kind == CurveKind::Units)
        arch.layerSizes[static_cast<std::size_t>(plan.hiddenLayer) + 1] =
            static_cast<int>(plan.values.at(index));
    return arch;
}

CurvePoint runCurvePoint(const CurvePlan& plan, const DataSplit& split, std::size_t index,
                         const CancellationToken* token)
{
    checkCurvePlan(plan, split);
    throwIfCancelled(token);
    SingleThreadedPoint singleThreaded;

    CurvePoint point;
    point.value = plan.values.at(index);
    const Architecture arch = curvePointArchitecture(plan, index);
    arch.validate();
    TrainingConfig config = plan.config;
    if (plan.kind == CurveKind::Lambda)
        config.lambda = point.value;

    // The learning curve's subset: the first m examples in round-robin class order.
    Dataset subset;
    const Dataset* train = &split.train;
    if (plan.kind == CurveKind::Learning) {
        std::vector<Index> order = learningCurveOrder(split.train);
        order.resize(static_cast<std::size_t>(point.value));
        subset = split.train.subset(order);
        train = &subset;
    }
    point.trainExamples = train->size();

    // The validation split only feeds the trainer when early stopping needs it: otherwise a
    // full-batch run would evaluate J_cv on every iteration, and it is measured once below.
    const bool validate = config.patience > 0 && split.validation.size() > 0;
    Network network(arch, initializeParameters(arch, plan.initKind, plan.initSeed));
    Trainer trainer(network, *train, validate ? &split.validation : nullptr, config);
    const TrainingResult result = trainer.run({}, token);
    if (result.reason == StopReason::Cancelled)
        throw Cancelled();
    point.iterations = result.iterations;
    point.reason = result.reason;
    point.message = result.message;
    point.seconds = result.elapsedSeconds;

    const Vector& params = network.parameters();
    measure(arch, params, *train, &point.trainCost, &point.trainAccuracy);
    measure(arch, params, split.validation, &point.validationCost, &point.validationAccuracy);
    if (plan.evaluateTest)
        measure(arch, params, split.test, &point.testCost, &point.testAccuracy);
    throwIfCancelled(token);
    return point;
}

std::vector<CurvePoint> runCurve(const CurvePlan& plan, const DataSplit& split, int threads,
                                 const CurvePointCallback& onPoint,
                                 const CancellationToken* token)
{
    checkCurvePlan(plan, split);
    const std::size_t count = plan.values.size();
    std::vector<CurvePoint> points(count);
    std::atomic<bool> failed{false};
    std::mutex mutex;            // guards firstError and the onPoint calls
    std::exception_ptr firstError; // guarded by mutex
    std::mutex queueMutex;       // guards low and high
    std::size_t low = 0;         // guarded by queueMutex: points [low, high) are not started
    std::size_t high = count;    // guarded by queueMutex

    // Each thread takes a point nobody has started; point i is written only by the thread
    // that took i, and read after the join. Values increase (m, units), and so, roughly, does
    // a point's cost: the calling thread takes from the top (the largest first), the helpers
    // from the bottom (the smallest first, so the plot's first points come soon). They meet
    // in the middle, and the points left for the end are middling ones: when the sizes
    // ascend in one queue, the largest point starts last and the other thread waits for it
    // (measured on the spiral curve: C1 in docs/performance.md).
    const auto work = [&](bool fromTop) {
        for (;;) {
            if (failed.load() || (token != nullptr && token->isCancelled()))
                return;
            std::size_t i = 0;
            {
                std::lock_guard lock(queueMutex);
                if (low >= high)
                    return;
                i = fromTop ? --high : low++;
            }
            try {
                points[i] = runCurvePoint(plan, split, i, token);
                if (onPoint) {
                    std::lock_guard lock(mutex);
                    onPoint(i, points[i]);
                }
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!firstError)
                    firstError = std::current_exception();
                failed.store(true);
                return;
            }
        }
    };

    const int helpers =
        std::clamp(threads, 1, static_cast<int>(std::max<std::size_t>(count, 1))) - 1;
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(helpers));
    for (int k = 0; k < helpers; ++k)
        pool.emplace_back(work, false);
    work(helpers > 0);
    for (std::thread& thread : pool)
        thread.join();

    if (token != nullptr && token->isCancelled())
        throw Cancelled();
    if (firstError)
        std::rethrow_exception(firstError);
    return points;
}

LearningCurveReading diagnoseLearningCurve(const std::vector<CurvePoint>& points)
{
    LearningCurveReading reading;
    std::vector<const CurvePoint*> measured;
    for (const CurvePoint& p : points)
        if (std::isfinite(p.validationCost) && std::isfinite(p.trainCost))
            measured.push_back(&p);
    if (measured.size() < 2)
        return reading;
    const CurvePoint& first = *measured.front();
    const CurvePoint& last = *measured.back();
    reading.trainExamples = last.trainExamples;
    reading.trainCost = last.trainCost;
    reading.validationCost = last.validationCost;
    const double gap = last.validationCost - last.trainCost;
    const double relativeGap = gap / std::max(std::abs(last.validationCost), 1e-12);
    const bool classification = std::isfinite(last.trainAccuracy);
    const double firstGap = first.validationCost - first.trainCost;
    if (relativeGap >= 0.4 || (classification && last.trainAccuracy - last.validationAccuracy >= 0.08)) {
        reading.finding = LearningCurveReading::Finding::HighVariance;
        reading.gapClosing = gap < 0.75 * firstGap;
        return reading;
    }
    // The curves meet. High if the training error at all the data is a large part of the
    // validation error at the smallest size (the network cannot fit even what it sees), or,
    // for classification, it gets fewer than 90 % of its own training examples right.
    const bool high = classification ? last.trainAccuracy < 0.9
                                     : last.trainCost > 0.5 * first.validationCost;
    reading.finding = high ? LearningCurveReading::Finding::HighBias
                           : LearningCurveReading::Finding::Neither;
    return reading;
}

std::string readLearningCurve(const std::vector<CurvePoint>& points)
{
    const LearningCurveReading r = diagnoseLearningCurve(points);
    std::ostringstream text;
    text.precision(3);
    switch (r.finding) {
    case LearningCurveReading::Finding::None:
        return {};
    case LearningCurveReading::Finding::HighVariance:
        text << "High variance (overfitting): at m = " << r.trainExamples << " J_cv = "
             << r.validationCost << " stays well above J_train = " << r.trainCost << ". "
             << (r.gapClosing ? "The gap is closing: more data should help; so would a larger λ "
                                "or a smaller network."
                              : "The gap is not closing yet: try a larger λ or a smaller "
                                "network; more data may help.");
        break;
    case LearningCurveReading::Finding::HighBias:
        text << "High bias (underfitting): the curves meet high (J_train = " << r.trainCost
             << ", J_cv = " << r.validationCost << " at m = " << r.trainExamples
             << "). More data will not help; try a larger network, more features or a "
                "smaller λ.";
        break;
    case LearningCurveReading::Finding::Neither:
        text << "Neither high bias nor high variance: the curves meet low (J_train = "
             << r.trainCost << ", J_cv = " << r.validationCost << " at m = " << r.trainExamples
             << ").";
        break;
    }
    return text.str();
}

std::string curveCsvHeader(CurveKind kind)
{
    const char* x = kind == CurveKind::Learning ? "m" : kind == CurveKind::Lambda ? "lambda" : "units";
    return std::string(x) +
           ",train_examples,train_cost,validation_cost,test_cost,train_accuracy,"
           "validation_accuracy,test_accuracy,iterations,stop_reason,seconds";
}

std::string curveCsv(CurveKind kind, const std::vector<CurvePoint>& points)
{
    std::ostringstream out;
    out << curveCsvHeader(kind) << "\n";
    for (const CurvePoint& p : points) {
        out << csvNumber(p.value) << ',' << p.trainExamples << ',' << csvNumber(p.trainCost) << ','
            << csvNumber(p.validationCost) << ',' << csvNumber(p.testCost) << ','
            << csvNumber(p.trainAccuracy) << ',' << csvNumber(p.validationAccuracy) << ','
            << csvNumber(p.testAccuracy) << ',' << p.iterations << ',' << toString(p.reason)
            << ',' << csvNumber(p.seconds) << "\n";
    }
    return out.str();
}

} // namespace bp

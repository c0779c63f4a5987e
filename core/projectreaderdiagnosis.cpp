// The project file reader's saved diagnosis: learning / validation curves and the live run's
// gradient-health history (the rest of the reader is in projectreader.cpp).

#include "projectreader.h"

#include "architecture.h"

#include <cmath>
#include <limits>

namespace bp::projectio {

CurvePoint ProjectReader::curvePoint(const Json& value, const std::string& path) const
{
    constexpr long long longMax = std::numeric_limits<long>::max();
    const auto get = [&](const char* name) -> const Json& { return require(value, path, name); };
    const auto key = [&](const char* name) { return member(path, name); };
    CurvePoint p;
    p.value = number(get("value"), key("value"), 0.0, std::numeric_limits<double>::max());
    p.trainExamples =
        integer(get("train_examples"), key("train_examples"), 0, std::numeric_limits<Index>::max());
    p.trainCost = anyNumber(get("train_cost"), key("train_cost"));
    p.validationCost = anyNumber(get("validation_cost"), key("validation_cost"));
    p.testCost = anyNumber(get("test_cost"), key("test_cost"));
    p.trainAccuracy = anyNumber(get("train_accuracy"), key("train_accuracy"));
    p.validationAccuracy = anyNumber(get("validation_accuracy"), key("validation_accuracy"));
    p.testAccuracy = anyNumber(get("test_accuracy"), key("test_accuracy"));
    p.iterations = static_cast<long>(integer(get("iterations"), key("iterations"), 0, longMax));
    const std::string reason = string(get("stop_reason"), key("stop_reason"));
    bool known = false;
    for (int r = 0; r <= static_cast<int>(StopReason::StoppedByHook) && !known; ++r) {
        if (toString(static_cast<StopReason>(r)) == reason) {
            p.reason = static_cast<StopReason>(r);
            known = true;
        }
    }
    if (!known)
        fail(key("stop_reason"), "expected a stop reason such as \"max_iterations\", found '" +
                                     reason + "'");
    p.message = string(get("message"), key("message"));
    p.seconds = anyNumber(get("seconds"), key("seconds"));
    return p;
}

ProjectCurve ProjectReader::curve(const Json& value, const std::string& path) const
{
    object(value, path);
    ProjectCurve c;
    CurvePlan& plan = c.plan;
    const std::string kind = string(require(value, path, "kind"), member(path, "kind"));
    const std::optional<CurveKind> parsed = curveKindFromString(kind);
    if (!parsed)
        fail(member(path, "kind"),
             "expected \"learning\", \"lambda\" or \"units\", found '" + kind + "'");
    plan.kind = *parsed;
    plan.architecture =
        architecture(require(value, path, "architecture"), member(path, "architecture"));
    plan.config = training(require(value, path, "training"), member(path, "training"));
    initialization(require(value, path, "initialization"), member(path, "initialization"),
                   plan.initKind, plan.initSeed);
    const std::string vPath = member(path, "values");
    const Json& values = require(value, path, "values");
    expectType(values, vPath, values.is_array(), "an array of numbers (m, λ or units)");
    if (values.empty() || values.size() > 1000)
        fail(vPath, "expected 1..1000 values, found " + std::to_string(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i)
        plan.values.push_back(
            number(values[i], jsonIndexed(vPath, i), 0.0, std::numeric_limits<double>::max()));
    plan.hiddenLayer = static_cast<int>(integer(require(value, path, "hidden_layer"),
                                                member(path, "hidden_layer"), 0, kMaxLayers));
    const auto flag = [&](const char* name) {
        const Json& b = require(value, path, name);
        expectType(b, member(path, name), b.is_boolean(), "true or false");
        return b.get<bool>();
    };
    plan.evaluateTest = flag("evaluate_test");
    c.cancelled = flag("cancelled");

    c.points.resize(plan.values.size());
    const std::string pPath = member(path, "points");
    const Json& points = require(value, path, "points");
    expectType(points, pPath, points.is_array(), "an array of points");
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::string at = jsonIndexed(pPath, i);
        object(points[i], at);
        const auto index = static_cast<std::size_t>(
            integer(require(points[i], at, "index"), member(at, "index"), 0,
                    static_cast<long long>(plan.values.size()) - 1));
        if (c.points[index])
            fail(member(at, "index"), "point " + std::to_string(index) + " appears twice");
        c.points[index] = curvePoint(points[i], at);
    }
    return c;
}

ProjectGradientHistory ProjectReader::gradientHistory(const Json& value,
                                                      const std::string& path) const
{
    object(value, path);
    constexpr long long longMax = std::numeric_limits<long>::max();
    ProjectGradientHistory h;
    h.stride = static_cast<std::size_t>(
        integer(require(value, path, "stride"), member(path, "stride"), 1, longMax));
    h.offered = static_cast<std::size_t>(
        integer(require(value, path, "offered"), member(path, "offered"), 0, longMax));
    const char* const names[] = {"iteration", "sampled_examples", "gradient_norms", "ratios",
                                 "saturation"};
    const Json* columns[std::size(names)];
    const std::size_t rows = this->columns(value, path, names, std::size(names),
                                           "an array (one entry per sample)", columns);
    // Figures per sample: one per Θ(l) for norms and ratios, one per hidden layer for
    // saturation, the same count in every sample.
    const auto figures = [&](std::size_t c, std::size_t i, std::size_t expected) {
        const std::string at = jsonIndexed(member(path, names[c]), i);
        const Json& list = (*columns[c])[i];
        expectType(list, at, list.is_array(), "an array of numbers (one per layer)");
        if (list.size() > static_cast<std::size_t>(kMaxLayers) ||
            (expected != std::size_t(-1) && list.size() != expected))
            fail(at, "expected " +
                         (expected == std::size_t(-1) ? std::string("at most ") +
                                                            std::to_string(kMaxLayers)
                                                      : std::to_string(expected)) +
                         " figures, found " + std::to_string(list.size()));
        std::vector<double> out;
        for (std::size_t k = 0; k < list.size(); ++k)
            out.push_back(anyNumber(list[k], jsonIndexed(at, k)));
        return out;
    };
    std::size_t layers = std::size_t(-1);
    std::size_t hidden = std::size_t(-1);
    for (std::size_t i = 0; i < rows; ++i) {
        GradientHealthSample sample;
        sample.iteration = static_cast<long>(
            integer((*columns[0])[i], jsonIndexed(member(path, names[0]), i), 0, longMax));
        sample.health.sampledExamples =
            integer((*columns[1])[i], jsonIndexed(member(path, names[1]), i), 0,
                    std::numeric_limits<Index>::max());
        sample.health.gradientNorms = figures(2, i, layers);
        layers = sample.health.gradientNorms.size();
        sample.health.ratios = figures(3, i, layers);
        sample.health.saturation = figures(4, i, hidden);
        hidden = sample.health.saturation.size();
        h.samples.push_back(std::move(sample));
    }
    return h;
}

} // namespace bp::projectio

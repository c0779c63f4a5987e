#include "generators.h"

#include <cmath>
#include <numbers>
#include <random>
#include <sstream>

namespace bp {

namespace {

constexpr Index maxGeneratedExamples = 10'000'000;
constexpr int maxGeneratedClasses = 100;

/// Draws from mt19937_64 with our own transforms: the standard distributions are
/// implementation-defined, and the same seed must give the same data on every platform.
class Random
{
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    /// Uniform in [0, 1) from the top 53 bits.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /// Standard normal by Box–Muller (the spare value is kept for the next call).
    double normal()
    {
        if (hasSpare_) {
            hasSpare_ = false;
            return spare_;
        }
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        spare_ = radius * std::sin(angle);
        hasSpare_ = true;
        return radius * std::cos(angle);
    }

private:
    std::mt19937_64 engine_;
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

[[noreturn]] void fail(const GeneratorSpec& spec, const std::string& message)
{
    throw InputError("generator '" + spec.name + "'", "", message);
}

Dataset makeClassification(const GeneratorSpec& spec, int classes)
{
    Dataset data;
    data.name = spec.name;
    data.features.resize(2, spec.n);
    data.labels.resize(static_cast<std::size_t>(spec.n));
    data.featureNames = {"x1", "x2"};
    for (int k = 0; k < classes; ++k)
        data.classNames.push_back("class " + std::to_string(k));
    // Interleaved classes (example i is class i mod K) keep every class within one example of
    // n / K and make any prefix of the data balanced too.
    for (Index i = 0; i < spec.n; ++i)
        data.labels[static_cast<std::size_t>(i)] = static_cast<int>(i % classes);
    return data;
}

/// Examples of class k before example i (its position along its arm or moon).
Index positionInClass(Index i, int classes)
{
    return i / classes;
}
/// How many examples class k gets out of n.
Index classSize(Index n, int classes, int k)
{
    return n / classes + (k < n % classes ? 1 : 0);
}

Dataset makeXor(const GeneratorSpec& spec, Random& random)
{
    Dataset data = makeClassification(spec, 2);
    // Four clusters at (±0.5, ±0.5): same-sign quadrants are class 0, the others class 1.
    const double spread = 0.1 + 0.4 * spec.noise;
    for (Index i = 0; i < spec.n; ++i) {
        const int label = data.labels[static_cast<std::size_t>(i)];
        const double sx = random.uniform() < 0.5 ? -1.0 : 1.0;
        const double sy = label == 0 ? sx : -sx;
        data.features(0, i) = 0.5 * sx + spread * random.normal();
        data.features(1, i) = 0.5 * sy + spread * random.normal();
    }
    return data;
}

Dataset makeCircles(const GeneratorSpec& spec, Random& random)
{
    Dataset data = makeClassification(spec, 2);
    // Class 0 on the inner circle (radius 0.5), class 1 on the outer one (radius 1).
    for (Index i = 0; i < spec.n; ++i) {
        const double radius = data.labels[static_cast<std::size_t>(i)] == 0 ? 0.5 : 1.0;
        const double angle = random.uniform(0.0, 2.0 * std::numbers::pi);
        data.features(0, i) = radius * std::cos(angle) + spec.noise * random.normal();
        data.features(1, i) = radius * std::sin(angle) + spec.noise * random.normal();
    }
    return data;
}

Dataset makeGaussians(const GeneratorSpec& spec, Random& random, int classes)
{
    Dataset data = makeClassification(spec, classes);
    // Blob centres evenly on the unit circle; a base spread keeps blobs even at noise 0.
    const double spread = 0.2 + spec.noise;
    for (Index i = 0; i < spec.n; ++i) {
        const int label = data.labels[static_cast<std::size_t>(i)];
        const double angle = 2.0 * std::numbers::pi * label / classes;
        data.features(0, i) = std::cos(angle) + spread * random.normal();
        data.features(1, i) = std::sin(angle) + spread * random.normal();
    }
    return data;
}

Dataset makeSpiral(const GeneratorSpec& spec, Random& random, int classes)
{
    Dataset data = makeClassification(spec, classes);
    // CS231n's spiral: arm k sweeps t from 4k to 4(k+1) while r grows 0 → 1, with angular
    // jitter N(0, 0.2) at noise 0.1 (so noise scales the jitter: σ = 2·noise).
    for (Index i = 0; i < spec.n; ++i) {
        const int label = data.labels[static_cast<std::size_t>(i)];
        const Index count = classSize(spec.n, classes, label);
        const double fraction =
            count > 1 ? static_cast<double>(positionInClass(i, classes)) / (count - 1) : 0.0;
        const double radius = fraction;
        const double angle = 4.0 * (label + fraction) + 2.0 * spec.noise * random.normal();
        data.features(0, i) = radius * std::sin(angle);
        data.features(1, i) = radius * std::cos(angle);
    }
    return data;
}

Dataset makeMoons(const GeneratorSpec& spec, Random& random)
{
    Dataset data = makeClassification(spec, 2);
    // scikit-learn's two interleaving half circles, with Gaussian noise of σ = noise.
    for (Index i = 0; i < spec.n; ++i) {
        const int label = data.labels[static_cast<std::size_t>(i)];
        const Index count = classSize(spec.n, 2, label);
        const double fraction =
            count > 1 ? static_cast<double>(positionInClass(i, 2)) / (count - 1) : 0.0;
        const double angle = std::numbers::pi * fraction;
        const double x = label == 0 ? std::cos(angle) : 1.0 - std::cos(angle);
        const double y = label == 0 ? std::sin(angle) : 0.5 - std::sin(angle);
        data.features(0, i) = x + spec.noise * random.normal();
        data.features(1, i) = y + spec.noise * random.normal();
    }
    return data;
}

Dataset makeRegression(const GeneratorSpec& spec, Random& random, int inputs)
{
    Dataset data;
    data.name = spec.name;
    data.features.resize(inputs, spec.n);
    data.targets.resize(1, spec.n);
    for (int j = 0; j < inputs; ++j)
        data.featureNames.push_back("x" + std::to_string(j + 1));
    for (Index i = 0; i < spec.n; ++i) {
        for (int j = 0; j < inputs; ++j)
            data.features(j, i) = random.uniform(-1.0, 1.0);
        // One smooth bump per direction: a curve a small hidden layer can fit.
        const double x1 = data.features(0, i);
        const double clean = inputs == 1
                                 ? std::sin(std::numbers::pi * x1)
                                 : std::sin(std::numbers::pi * x1) *
                                       std::cos(0.5 * std::numbers::pi * data.features(1, i));
        data.targets(0, i) = clean + spec.noise * random.normal();
    }
    return data;
}

/// Classes the generator makes, after checking spec.classes fits it (0 = its default).
int checkedClasses(const GeneratorSpec& spec, int defaultClasses, bool adjustable)
{
    if (spec.classes == 0 || (!adjustable && spec.classes == defaultClasses))
        return defaultClasses;
    if (!adjustable) {
        const std::string expected =
            defaultClasses == 0
                ? "a regression generator has no classes"
                : "this generator makes exactly " + std::to_string(defaultClasses) + " classes";
        fail(spec, "classes: " + expected + ", found " + std::to_string(spec.classes));
    }
    if (spec.classes < 2 || spec.classes > maxGeneratedClasses) {
        fail(spec, "classes: expected 2 to " + std::to_string(maxGeneratedClasses) + ", found " +
                       std::to_string(spec.classes));
    }
    return spec.classes;
}

} // namespace

std::vector<std::string> generatorNames()
{
    return {"xor", "circles", "gaussians", "spiral", "moons", "regression1d", "regression2d"};
}

Dataset generateDataset(const GeneratorSpec& spec)
{
    bool known = false;
    for (const std::string& name : generatorNames())
        known = known || name == spec.name;
    if (!known) {
        std::string list;
        for (const std::string& name : generatorNames())
            list += (list.empty() ? "" : ", ") + name;
        throw InputError("generator '" + spec.name + "'", "",
                         "unknown generator (expected one of " + list + ")");
    }
    if (spec.n < 1 || spec.n > maxGeneratedExamples) {
        fail(spec, "n: expected 1 to " + std::to_string(maxGeneratedExamples) +
                       " examples, found " + std::to_string(spec.n));
    }
    if (!(spec.noise >= 0.0) || !std::isfinite(spec.noise)) {
        std::ostringstream message;
        message << "noise: expected a finite number >= 0, found " << spec.noise;
        fail(spec, message.str());
    }

    Random random(spec.seed);
    if (spec.name == "gaussians")
        return makeGaussians(spec, random, checkedClasses(spec, 2, true));
    if (spec.name == "spiral")
        return makeSpiral(spec, random, checkedClasses(spec, 3, true));
    const bool regression = spec.name.starts_with("regression");
    checkedClasses(spec, regression ? 0 : 2, false);
    if (spec.name == "xor")
        return makeXor(spec, random);
    if (spec.name == "circles")
        return makeCircles(spec, random);
    if (spec.name == "moons")
        return makeMoons(spec, random);
    return makeRegression(spec, random, spec.name == "regression1d" ? 1 : 2);
}

} // namespace bp

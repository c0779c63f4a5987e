// Project file reader: projectFromJson (the writer is in projectfile.cpp).
#include "projectfile.h"

#include "fit.h"
#include "jsonreader.h"
#include "projectreader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>

namespace bp {

namespace projectio {

namespace fs = std::filesystem;

constexpr std::size_t kMaxProjectTextBytes = 1024ull * 1024 * 1024;



Architecture ProjectReader::architecture(const Json& value, const std::string& path) const
{
    object(value, path);
    Architecture arch;
    const std::string sizesPath = member(path, "layer_sizes");
    const Json& sizes = require(value, path, "layer_sizes");
    expectType(sizes, sizesPath, sizes.is_array(), "an array of layer sizes");
    if (sizes.size() < 2 || sizes.size() > static_cast<std::size_t>(kMaxLayers))
        fail(sizesPath, "expected 2.." + std::to_string(kMaxLayers) +
                            " layer sizes (input first), found " + std::to_string(sizes.size()));
    for (std::size_t l = 0; l < sizes.size(); ++l)
        arch.layerSizes.push_back(
            static_cast<int>(integer(sizes[l], jsonIndexed(sizesPath, l), 1, kMaxLayerSize)));

    const std::string gPath = member(path, "activations");
    const Json& activations = require(value, path, "activations");
    const std::size_t nonInput = sizes.size() - 1;
    expectType(activations, gPath, activations.is_array(), "an array of activation names");
    if (activations.size() != nonInput)
        fail(gPath, "expected " + std::to_string(nonInput) +
                        " activation names (one per non-input layer), found " +
                        std::to_string(activations.size()));
    for (std::size_t l = 0; l < nonInput; ++l) {
        const std::string at = jsonIndexed(gPath, l);
        const std::string name = string(activations[l], at);
        const std::optional<Activation> g = activationFromString(name);
        const bool isOutput = l + 1 == nonInput;
        if (!g || !(isOutput ? isOutputActivation(*g) : isHiddenActivation(*g))) {
            std::string known;
            for (Activation a : isOutput ? outputActivations() : hiddenActivations())
                known += (known.empty() ? "" : ", ") + std::string(toString(a));
            fail(at, std::string("expected ") + (isOutput ? "an output" : "a hidden") +
                         " activation (" + known + "), found '" + name + "'");
        }
        arch.activations.push_back(*g);
    }
    try {
        arch.validate();
    } catch (const InputError& error) {
        fail(path, error.place() + ": " + error.message());
    }
    return arch;
}

TrainingConfig ProjectReader::training(const Json& value, const std::string& path) const
{
    constexpr double big = std::numeric_limits<double>::max();
    constexpr long long longMax = std::numeric_limits<long>::max();
    object(value, path);
    const auto key = [&](const char* name) { return member(path, name); };
    const auto get = [&](const char* name) -> const Json& { return require(value, path, name); };
    TrainingConfig c;
    const std::string optimizer = string(get("optimizer"), key("optimizer"));
    const std::optional<OptimizerKind> kind = optimizerFromString(optimizer);
    if (!kind) {
        std::string known;
        for (OptimizerKind k : allOptimizers())
            known += (known.empty() ? "" : ", ") + std::string(toString(k));
        fail(key("optimizer"), "expected an optimizer (" + known + "), found '" + optimizer + "'");
    }
    c.optimizer = *kind;
    c.learningRate = number(get("learning_rate"), key("learning_rate"), 0.0, big);
    c.momentum = number(get("momentum"), key("momentum"), 0.0, 1.0);
    c.beta1 = number(get("beta1"), key("beta1"), 0.0, 1.0);
    c.beta2 = number(get("beta2"), key("beta2"), 0.0, 1.0);
    c.adamEpsilon = number(get("adam_epsilon"), key("adam_epsilon"), 0.0, big);
    c.lambda = number(get("lambda"), key("lambda"), 0.0, big);
    c.batchSize =
        integer(get("batch_size"), key("batch_size"), 0, std::numeric_limits<Index>::max());
    c.shuffleSeed = seed(get("shuffle_seed"), key("shuffle_seed"));
    c.maxIterations =
        static_cast<long>(integer(get("max_iterations"), key("max_iterations"), 0, longMax));
    c.maxEpochs = static_cast<long>(integer(get("max_epochs"), key("max_epochs"), 0, longMax));
    const Json& target = get("target_cost");
    c.targetCost = target.is_null() ? std::numeric_limits<double>::quiet_NaN()
                                    : number(target, key("target_cost"), -big, big);
    c.minRelativeImprovement =
        number(get("min_relative_improvement"), key("min_relative_improvement"), 0.0, big);
    c.timeLimitSeconds = number(get("time_limit_seconds"), key("time_limit_seconds"), 0.0, big);
    c.patience = static_cast<int>(
        integer(get("patience"), key("patience"), 0, std::numeric_limits<int>::max()));
    return c;
}

void ProjectReader::initialization(const Json& value, const std::string& path, InitKind& kind,
                                   std::uint64_t& initSeed) const
{
    object(value, path);
    const std::string name = string(require(value, path, "kind"), member(path, "kind"));
    const std::optional<InitKind> parsed = initKindFromString(name);
    if (!parsed) {
        std::string known;
        for (InitKind k : allInitKinds())
            known += (known.empty() ? "" : ", ") + std::string(toString(k));
        fail(member(path, "kind"),
             "expected an initialisation (" + known + "), found '" + name + "'");
    }
    kind = *parsed;
    initSeed = seed(require(value, path, "seed"), member(path, "seed"));
}

ProjectDataSource ProjectReader::data(const Json& value) const
{
    object(value, "data");
    ProjectDataSource s;
    const std::string kind = string(require(value, "data", "kind"), "data.kind");
    if (kind == "generator") {
        s.kind = ProjectDataSource::Kind::Generator;
        s.generator.name = string(require(value, "data", "name"), "data.name");
        const std::vector<std::string> names = generatorNames();
        if (std::find(names.begin(), names.end(), s.generator.name) == names.end()) {
            std::string known;
            for (const std::string& n : names)
                known += (known.empty() ? "" : ", ") + n;
            fail("data.name",
                 "expected a generator (" + known + "), found '" + s.generator.name + "'");
        }
        s.generator.n = integer(require(value, "data", "n"), "data.n", 1, 100'000'000);
        s.generator.noise = number(require(value, "data", "noise"), "data.noise", 0.0,
                                   std::numeric_limits<double>::max());
        s.generator.seed = seed(require(value, "data", "seed"), "data.seed");
        const Json& classes = optional(value, "classes");
        s.generator.classes =
            classes.is_null() ? 0 : static_cast<int>(integer(classes, "data.classes", 0, 100));
        const Json& points = optional(value, "points");
        if (!points.is_null())
            s.points = std::make_shared<const Dataset>(this->points(points));
    } else if (kind == "csv") {
        s.kind = ProjectDataSource::Kind::Csv;
        s.path = dataPath(require(value, "data", "path"), "data.path");
        s.labelColumn = string(require(value, "data", "label_column"), "data.label_column");
        const std::string task = string(require(value, "data", "task"), "data.task");
        if (task != "classification" && task != "regression")
            fail("data.task",
                 "expected \"classification\" or \"regression\", found '" + task + "'");
        s.task = task == "regression" ? TaskKind::Regression : TaskKind::Classification;
    } else if (kind == "idx") {
        s.kind = ProjectDataSource::Kind::Idx;
        s.path = dataPath(require(value, "data", "images"), "data.images");
        s.labelsPath = dataPath(require(value, "data", "labels"), "data.labels");
        const Json& max = optional(value, "max");
        s.maxExamples =
            max.is_null() ? 0 : integer(max, "data.max", 0, std::numeric_limits<Index>::max());
    } else {
        fail("data.kind", "expected \"generator\", \"csv\" or \"idx\", found '" + kind + "'");
    }
    return s;
}

FeatureSet ProjectReader::featureSet(const Json& value, int inputs) const
{
    // The model file's rules (featureSetFromKeys): known names, in the fixed order, one per
    // input unit.
    expectType(value, "features", value.is_array(), "null or an array of feature names");
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < value.size(); ++i)
        keys.push_back(string(value[i], jsonIndexed("features", i)));
    const FeatureSet features = featureSetFromKeys(keys, source());
    if (features.inputCount() != inputs)
        fail("features", std::to_string(features.inputCount()) +
                             " features need as many input units, but "
                             "architecture.layer_sizes[0] is " +
                             std::to_string(inputs));
    return features;
}

Matrix ProjectReader::table(const Json& value, const std::string& path) const
{
    // [[a, b], [c, d], …]: one row per example, every row as long as the first, finite.
    expectType(value, path, value.is_array(), "an array of rows of numbers");
    const std::size_t m = value.size();
    std::size_t width = 0;
    Matrix out;
    for (std::size_t e = 0; e < m; ++e) {
        const Json& row = value[e];
        const std::string at = jsonIndexed(path, e);
        expectType(row, at, row.is_array(), "an array of numbers");
        if (e == 0) {
            width = row.size();
            if (width == 0 || width > 1024)
                fail(at, "expected 1 to 1024 numbers");
            out.resize(static_cast<Index>(width), static_cast<Index>(m));
        } else if (row.size() != width) {
            fail(at, "expected " + std::to_string(width) + " numbers, as in row 0");
        }
        for (std::size_t j = 0; j < width; ++j) {
            const Json& x = row[j];
            expectType(x, jsonIndexed(at, j), x.is_number(), "a number");
            const double v = x.get<double>();
            if (!std::isfinite(v))
                fail(jsonIndexed(at, j), "expected a finite number, found " + x.dump());
            out(static_cast<Index>(j), static_cast<Index>(e)) = v;
        }
    }
    return out;
}

Dataset ProjectReader::points(const Json& value) const
{
    object(value, "data.points");
    Dataset d;
    d.features = table(require(value, "data.points", "x"), "data.points.x");
    if (d.size() == 0)
        fail("data.points.x", "expected at least one point");
    const Json& targets = optional(value, "targets");
    if (!targets.is_null()) {
        d.targets = table(targets, "data.points.targets");
        if (d.targets.cols() != d.size())
            fail("data.points.targets", "expected one row per point (" +
                                            std::to_string(d.size()) + ")");
        return d;
    }
    const Json& labels = require(value, "data.points", "labels");
    expectType(labels, "data.points.labels", labels.is_array(), "an array of class indices");
    if (labels.size() != static_cast<std::size_t>(d.size()))
        fail("data.points.labels",
             "expected one label per point (" + std::to_string(d.size()) + ")");
    d.labels.reserve(labels.size());
    for (std::size_t e = 0; e < labels.size(); ++e)
        d.labels.push_back(static_cast<int>(
            integer(labels[e], jsonIndexed("data.points.labels", e), 0, 1000000)));
    return d;
}

Vector ProjectReader::weights(const Json& value, const std::string& path,
                              const Architecture& arch) const
{
    if (value.is_null())
        return Vector();
    expectType(value, path, value.is_array(), "null or an array of numbers");
    // The count is checked before the vector is allocated: a small file naming a huge
    // architecture cannot make us allocate gigabytes.
    checkWeightCount(arch, static_cast<Index>(value.size()), source(), path);
    const std::size_t count = value.size();
    Vector w(arch.parameterCount());
    for (std::size_t i = 0; i < count; ++i) {
        const Json& x = value[i];
        expectType(x, jsonIndexed(path, i), x.is_number(), "a number");
        w(static_cast<Index>(i)) = x.get<double>();
        if (!std::isfinite(w(static_cast<Index>(i))))
            fail(jsonIndexed(path, i), "expected a finite weight, found " + x.dump());
    }
    return w;
}

std::vector<IterationStats> ProjectReader::history(const Json& value, const std::string& path) const
{
    object(value, path);
    const char* const names[] = {
        "iteration",       "epoch",           "evaluations",    "train_cost",
        "full_train_cost", "validation_cost", "train_accuracy", "validation_accuracy",
        "gradient_norm",   "elapsed_seconds"};
    const Json* columns[std::size(names)];
    const std::size_t rows = this->columns(value, path, names, std::size(names),
                                           "an array (one entry per row)", columns);
    constexpr long long longMax = std::numeric_limits<long>::max();
    std::vector<IterationStats> stats(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const auto at = [&](std::size_t c) { return jsonIndexed(member(path, names[c]), i); };
        IterationStats& s = stats[i];
        s.iteration = static_cast<long>(integer((*columns[0])[i], at(0), 0, longMax));
        s.epoch = anyNumber((*columns[1])[i], at(1));
        s.evaluations = static_cast<long>(integer((*columns[2])[i], at(2), 0, longMax));
        s.trainCost = anyNumber((*columns[3])[i], at(3));
        s.fullTrainCost = anyNumber((*columns[4])[i], at(4));
        s.validationCost = anyNumber((*columns[5])[i], at(5));
        s.trainAccuracy = anyNumber((*columns[6])[i], at(6));
        s.validationAccuracy = anyNumber((*columns[7])[i], at(7));
        s.gradientNorm = anyNumber((*columns[8])[i], at(8));
        s.elapsedSeconds = anyNumber((*columns[9])[i], at(9));
    }
    return stats;
}

ProjectRun ProjectReader::run(const Json& value, const std::string& path,
                              const Architecture& fallback) const
{
    object(value, path);
    ProjectRun r;
    r.name = string(require(value, path, "name"), member(path, "name"));
    const Json& data = optional(value, "data");
    if (!data.is_null())
        r.data = string(data, member(path, "data"));
    const Json& arch = optional(value, "architecture");
    r.architecture = arch.is_null() ? fallback : architecture(arch, member(path, "architecture"));
    r.config = training(require(value, path, "training"), member(path, "training"));
    initialization(require(value, path, "initialization"), member(path, "initialization"),
                   r.initKind, r.initSeed);
    r.history = history(require(value, path, "history"), member(path, "history"));
    r.finalWeights =
        weights(optional(value, "final_weights"), member(path, "final_weights"), r.architecture);
    const Json& timeline = optional(value, "timeline");
    const std::string tPath = member(path, "timeline");
    if (!timeline.is_null()) {
        expectType(timeline, tPath, timeline.is_array(), "an array of snapshots");
        for (std::size_t i = 0; i < timeline.size(); ++i) {
            const std::string at = jsonIndexed(tPath, i);
            object(timeline[i], at);
            TimelineSnapshot snapshot;
            snapshot.iteration = static_cast<long>(integer(require(timeline[i], at, "iteration"),
                                                           member(at, "iteration"), 0,
                                                           std::numeric_limits<long>::max()));
            const Json& w = require(timeline[i], at, "weights");
            expectType(w, member(at, "weights"), w.is_array(), "an array of numbers");
            snapshot.weights = weights(w, member(at, "weights"), r.architecture);
            r.timeline.push_back(std::move(snapshot));
        }
    }
    return r;
}

Project ProjectReader::read(const Json& root) const
{
    expectType(root, "", root.is_object(), "a JSON object");
    const Json& format = require(root, "", "format");
    if (!format.is_string() || format.get<std::string>() != kProjectFormatName)
        fail("format",
             std::string("expected \"") + kProjectFormatName + "\", found " + format.dump());
    const long long version =
        integer(require(root, "", "version"), "version", 1, std::numeric_limits<long long>::max());
    if (version > kProjectFormatVersion)
        fail("version", "version " + std::to_string(version) +
                            " was written by a newer Backprop Studio; this one reads version " +
                            std::to_string(kProjectFormatVersion));

    Project p;
    p.architecture = architecture(require(root, "", "architecture"), "architecture");
    p.config = training(require(root, "", "training"), "training");
    initialization(require(root, "", "initialization"), "initialization", p.initKind, p.initSeed);
    p.data = data(require(root, "", "data"));

    const Json& split = object(require(root, "", "split"), "split");
    p.validationFraction = number(require(split, "split", "validation_fraction"),
                                  "split.validation_fraction", 0.0, 1.0);
    p.testFraction =
        number(require(split, "split", "test_fraction"), "split.test_fraction", 0.0, 1.0);
    if (!(p.validationFraction + p.testFraction < 1.0))
        fail("split", "validation and test fractions must leave examples for training "
                      "(their sum must be below 1)");
    p.splitSeed = seed(require(split, "split", "seed"), "split.seed");

    const std::string norm = string(require(root, "", "normalization"), "normalization");
    const std::optional<NormalizationKind> kind = normalizationFromString(norm);
    if (!kind)
        fail("normalization",
             "expected \"none\", \"standard\" or \"minmax\", found '" + norm + "'");
    p.normalization = *kind;
    // Optional: files from before the input features have none (the identity).
    const Json& features = optional(root, "features");
    if (!features.is_null())
        p.features = featureSet(features, p.architecture.inputSize());

    p.weights = weights(optional(root, "weights"), "weights", p.architecture);
    const Json& runs = optional(root, "runs");
    if (!runs.is_null()) {
        expectType(runs, "runs", runs.is_array(), "an array of runs");
        for (std::size_t i = 0; i < runs.size(); ++i)
            p.runs.push_back(run(runs[i], jsonIndexed("runs", i), p.architecture));
    }
    // Both optional: files from before the Diagnose tools have neither.
    const Json& curves = optional(root, "curves");
    if (!curves.is_null()) {
        expectType(curves, "curves", curves.is_array(), "an array of curves");
        for (std::size_t i = 0; i < curves.size(); ++i)
            p.curves.push_back(curve(curves[i], jsonIndexed("curves", i)));
    }
    const Json& gradients = optional(root, "gradient_history");
    if (!gradients.is_null())
        p.gradientHistory = gradientHistory(gradients, "gradient_history");
    return p;
}

std::size_t ProjectReader::columns(const Json& value, const std::string& path,
                                   const char* const* names, std::size_t count, const char* kind,
                                   const Json** columns) const
{
    std::size_t rows = 0;
    for (std::size_t c = 0; c < count; ++c) {
        const std::string at = member(path, names[c]);
        columns[c] = &require(value, path, names[c]);
        expectType(*columns[c], at, columns[c]->is_array(), kind);
        if (c == 0)
            rows = columns[c]->size();
        else if (columns[c]->size() != rows)
            fail(at, "expected " + std::to_string(rows) + " entries (as many as " +
                         member(path, names[0]) + "), found " + std::to_string(columns[c]->size()));
    }
    return rows;
}

} // namespace projectio

Project projectFromJson(const std::string& text, const std::string& sourceName,
                        const std::string& projectDir)
{
    const projectio::Json root =
        parseJsonDocument(text, sourceName, projectio::kMaxProjectTextBytes, kMaxJsonDepth, "a project file");
    return projectio::ProjectReader(sourceName, projectDir).read(root);
}

} // namespace bp

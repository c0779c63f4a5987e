// Project file writer and the atomic save / load (the reader is in projectreader.cpp).
#include "projectfile.h"

#include "atomicfile.h"
#include "csvloader.h"
#include "fit.h"
#include "idxloader.h"
#include "memorybudget.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace bp {

namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

// The same bound as projectreader.cpp applies before parsing.
constexpr std::uintmax_t kMaxProjectFileBytes = 1024ull * 1024 * 1024;

std::string indexed(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

/// Writes the document by hand rather than with dump(indent): arrays of numbers stay on one
/// line, so a file with a long history stays readable; each value still goes through
/// nlohmann's formatting (shortest text that reads back as the same double).
class ProjectWriter
{
public:
    explicit ProjectWriter(std::string projectDir) : projectDir_(std::move(projectDir)) {}

    std::string write(const Project& project);

private:
    static std::string quoted(const std::string& text, const std::string& key)
    {
        try {
            return Json(text).dump();
        } catch (const Json::exception&) {
            throw InputError("project", key, "cannot store text that is not valid UTF-8");
        }
    }
    static std::string number(double x) { return Json(x).dump(); }
    static std::string finite(double x, const std::string& key);
    void points(const Dataset& d);
    /// NaN as null, infinities as the strings "inf" / "-inf" (JSON has neither).
    static std::string anyNumber(double x)
    {
        if (std::isnan(x))
            return "null";
        if (std::isinf(x))
            return x > 0 ? "\"inf\"" : "\"-inf\"";
        return number(x);
    }

    std::string storedPath(const std::string& path, const std::string& key) const;
    void architecture(const Architecture& arch);
    void training(const TrainingConfig& config, const char* newline);
    void initialization(InitKind kind, std::uint64_t seed);
    void data(const ProjectDataSource& source);
    void weights(const Vector& weights, const Architecture& arch, const std::string& key);
    void history(const std::vector<IterationStats>& rows);
    void run(const ProjectRun& run, const std::string& key);
    void curve(const ProjectCurve& curve, const std::string& key);
    void gradientHistory(const ProjectGradientHistory& history);
    void numbers(const std::vector<double>& values);

    template <typename Get>
    void column(const char* name, const std::vector<IterationStats>& rows, Get get, bool last)
    {
        out_ << "\n      \"" << name << "\": [";
        for (std::size_t i = 0; i < rows.size(); ++i)
            out_ << (i ? ", " : "") << get(rows[i]);
        out_ << (last ? "]" : "],");
    }

    std::string projectDir_;
    std::ostringstream out_;
};

std::string ProjectWriter::storedPath(const std::string& path, const std::string& key) const
{
    if (path.empty() || projectDir_.empty())
        return quoted(path, key);
    // Lexical, not canonical: saving must not depend on what exists on disk, and a path
    // reached through a symbolic link keeps the spelling the user chose.
    const fs::path absolute = fs::absolute(fs::path(path)).lexically_normal();
    const fs::path dir = fs::absolute(fs::path(projectDir_)).lexically_normal();
    const fs::path relative = absolute.lexically_relative(dir);
    const bool inside = !relative.empty() && *relative.begin() != "..";
    return quoted(inside ? relative.generic_string() : absolute.generic_string(), key);
}

void ProjectWriter::architecture(const Architecture& arch)
{
    out_ << "{\"layer_sizes\": [";
    for (int l = 0; l < arch.layerCount(); ++l)
        out_ << (l ? ", " : "") << arch.layerSizes[l];
    out_ << "], \"activations\": [";
    for (std::size_t l = 0; l < arch.activations.size(); ++l)
        out_ << (l ? ", " : "") << '"' << toString(arch.activations[l]) << '"';
    out_ << "]}";
}

void ProjectWriter::training(const TrainingConfig& c, const char* nl)
{
    out_ << "{\"optimizer\": \"" << toString(c.optimizer)
         << "\", \"learning_rate\": " << number(c.learningRate)
         << ", \"momentum\": " << number(c.momentum) << "," << nl
         << "\"beta1\": " << number(c.beta1) << ", \"beta2\": " << number(c.beta2)
         << ", \"adam_epsilon\": " << number(c.adamEpsilon) << ", \"lambda\": " << number(c.lambda)
         << "," << nl << "\"batch_size\": " << c.batchSize
         << ", \"shuffle_seed\": " << c.shuffleSeed << ", \"max_iterations\": " << c.maxIterations
         << ", \"max_epochs\": " << c.maxEpochs << "," << nl << "\"target_cost\": "
         << (std::isnan(c.targetCost) ? std::string("null") : number(c.targetCost))
         << ", \"min_relative_improvement\": " << number(c.minRelativeImprovement)
         << ", \"time_limit_seconds\": " << number(c.timeLimitSeconds)
         << ", \"patience\": " << c.patience << "}";
}

void ProjectWriter::initialization(InitKind kind, std::uint64_t seed)
{
    out_ << "{\"kind\": \"" << toString(kind) << "\", \"seed\": " << seed << "}";
}

void ProjectWriter::data(const ProjectDataSource& s)
{
    switch (s.kind) {
    case ProjectDataSource::Kind::Generator:
        out_ << "{\"kind\": \"generator\", \"name\": " << quoted(s.generator.name, "data.name")
             << ", \"n\": " << s.generator.n << ", \"noise\": " << number(s.generator.noise)
             << ", \"seed\": " << s.generator.seed << ", \"classes\": " << s.generator.classes;
        if (s.points)
            points(*s.points);
        out_ << "}";
        return;
    case ProjectDataSource::Kind::Csv:
        out_ << "{\"kind\": \"csv\", \"path\": " << storedPath(s.path, "data.path")
             << ", \"label_column\": " << quoted(s.labelColumn, "data.label_column")
             << ", \"task\": \""
             << (s.task == TaskKind::Regression ? "regression" : "classification") << "\"}";
        return;
    case ProjectDataSource::Kind::Idx:
        out_ << "{\"kind\": \"idx\", \"images\": " << storedPath(s.path, "data.images")
             << ", \"labels\": " << storedPath(s.labelsPath, "data.labels")
             << ", \"max\": " << s.maxExamples << "}";
        return;
    }
}

void ProjectWriter::points(const Dataset& d)
{
    // One row per example, as a reader expects a table: [[x₁, x₂], …]; numbers with 17
    // significant digits, so the points come back bit for bit.
    out_ << ",\n  \"points\": {\"x\": [";
    for (Index e = 0; e < d.size(); ++e) {
        out_ << (e == 0 ? "" : ", ") << '[';
        for (Index j = 0; j < d.featureCount(); ++j)
            out_ << (j == 0 ? "" : ", ") << finite(d.features(j, e), "data.points.x");
        out_ << ']';
    }
    out_ << ']';
    if (d.task() == TaskKind::Regression) {
        out_ << ", \"targets\": [";
        for (Index e = 0; e < d.size(); ++e) {
            out_ << (e == 0 ? "" : ", ") << '[';
            for (Index t = 0; t < d.targets.rows(); ++t)
                out_ << (t == 0 ? "" : ", ") << finite(d.targets(t, e), "data.points.targets");
            out_ << ']';
        }
        out_ << ']';
    } else {
        out_ << ", \"labels\": [";
        for (std::size_t e = 0; e < d.labels.size(); ++e)
            out_ << (e == 0 ? "" : ", ") << d.labels[e];
        out_ << ']';
    }
    out_ << '}';
}

std::string ProjectWriter::finite(double x, const std::string& key)
{
    if (!std::isfinite(x))
        throw InputError("project", key, "expected finite numbers");
    return number(x);
}

void ProjectWriter::weights(const Vector& w, const Architecture& arch, const std::string& key)
{
    if (w.size() == 0) {
        out_ << "null";
        return;
    }
    checkWeightCount(arch, w.size(), "project", key);
    out_ << '[';
    for (Index i = 0; i < w.size(); ++i) {
        if (!std::isfinite(w(i)))
            throw InputError("project", indexed(key, static_cast<std::size_t>(i)),
                             "cannot store a non-finite weight (NaN or infinity)");
        out_ << (i ? ", " : "") << number(w(i));
    }
    out_ << ']';
}

void ProjectWriter::history(const std::vector<IterationStats>& rows)
{
    using S = IterationStats;
    out_ << '{';
    column(
        "iteration", rows, [](const S& s) { return std::to_string(s.iteration); }, false);
    column(
        "epoch", rows, [](const S& s) { return anyNumber(s.epoch); }, false);
    column(
        "evaluations", rows, [](const S& s) { return std::to_string(s.evaluations); }, false);
    column(
        "train_cost", rows, [](const S& s) { return anyNumber(s.trainCost); }, false);
    column(
        "full_train_cost", rows, [](const S& s) { return anyNumber(s.fullTrainCost); }, false);
    column(
        "validation_cost", rows, [](const S& s) { return anyNumber(s.validationCost); }, false);
    column(
        "train_accuracy", rows, [](const S& s) { return anyNumber(s.trainAccuracy); }, false);
    column(
        "validation_accuracy", rows, [](const S& s) { return anyNumber(s.validationAccuracy); },
        false);
    column(
        "gradient_norm", rows, [](const S& s) { return anyNumber(s.gradientNorm); }, false);
    column(
        "elapsed_seconds", rows, [](const S& s) { return anyNumber(s.elapsedSeconds); }, true);
    out_ << "\n    }";
}

void ProjectWriter::run(const ProjectRun& r, const std::string& key)
{
    out_ << "{\n    \"name\": " << quoted(r.name, key + ".name");
    if (!r.data.empty())
        out_ << ",\n    \"data\": " << quoted(r.data, key + ".data");
    out_ << ",\n    \"architecture\": ";
    architecture(r.architecture);
    out_ << ",\n    \"training\": ";
    training(r.config, "\n      ");
    out_ << ",\n    \"initialization\": ";
    initialization(r.initKind, r.initSeed);
    out_ << ",\n    \"history\": ";
    history(r.history);
    out_ << ",\n    \"final_weights\": ";
    weights(r.finalWeights, r.architecture, key + ".final_weights");
    out_ << ",\n    \"timeline\": [";
    for (std::size_t i = 0; i < r.timeline.size(); ++i) {
        const std::string at = indexed(key + ".timeline", i);
        out_ << (i ? ",\n      " : "\n      ") << "{\"iteration\": " << r.timeline[i].iteration
             << ", \"weights\": ";
        if (r.timeline[i].weights.size() == 0)
            throw InputError("project", at + ".weights", "a timeline snapshot needs weights");
        weights(r.timeline[i].weights, r.architecture, at + ".weights");
        out_ << '}';
    }
    out_ << (r.timeline.empty() ? "]\n  }" : "\n    ]\n  }");
}

void ProjectWriter::numbers(const std::vector<double>& values)
{
    out_ << '[';
    for (std::size_t i = 0; i < values.size(); ++i)
        out_ << (i ? ", " : "") << anyNumber(values[i]);
    out_ << ']';
}

void ProjectWriter::curve(const ProjectCurve& c, const std::string& key)
{
    const CurvePlan& plan = c.plan;
    plan.architecture.validate();
    if (c.points.size() != plan.values.size())
        throw InputError("project", key + ".points",
                         "a curve needs one slot per planned value (" +
                             std::to_string(plan.values.size()) + "), found " +
                             std::to_string(c.points.size()));
    out_ << "{\n    \"kind\": \"" << toString(plan.kind) << "\",\n    \"architecture\": ";
    architecture(plan.architecture);
    out_ << ",\n    \"training\": ";
    training(plan.config, "\n      ");
    out_ << ",\n    \"initialization\": ";
    initialization(plan.initKind, plan.initSeed);
    out_ << ",\n    \"values\": ";
    numbers(plan.values);
    out_ << ",\n    \"hidden_layer\": " << plan.hiddenLayer
         << ", \"evaluate_test\": " << (plan.evaluateTest ? "true" : "false")
         << ", \"cancelled\": " << (c.cancelled ? "true" : "false") << ",\n    \"points\": [";
    bool first = true;
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        if (!c.points[i])
            continue;
        const CurvePoint& p = *c.points[i];
        out_ << (first ? "\n      " : ",\n      ") << "{\"index\": " << i
             << ", \"value\": " << anyNumber(p.value) << ", \"train_examples\": " << p.trainExamples
             << ", \"train_cost\": " << anyNumber(p.trainCost)
             << ", \"validation_cost\": " << anyNumber(p.validationCost)
             << ", \"test_cost\": " << anyNumber(p.testCost)
             << ", \"train_accuracy\": " << anyNumber(p.trainAccuracy)
             << ", \"validation_accuracy\": " << anyNumber(p.validationAccuracy)
             << ", \"test_accuracy\": " << anyNumber(p.testAccuracy)
             << ", \"iterations\": " << p.iterations << ", \"stop_reason\": \""
             << toString(p.reason) << "\", \"message\": "
             << quoted(p.message, indexed(key + ".points", i) + ".message")
             << ", \"seconds\": " << anyNumber(p.seconds) << '}';
        first = false;
    }
    out_ << (first ? "]\n  }" : "\n    ]\n  }");
}

void ProjectWriter::gradientHistory(const ProjectGradientHistory& h)
{
    const std::vector<GradientHealthSample>& s = h.samples;
    out_ << "{\"stride\": " << h.stride << ", \"offered\": " << h.offered
         << ",\n    \"iteration\": [";
    for (std::size_t i = 0; i < s.size(); ++i)
        out_ << (i ? ", " : "") << s[i].iteration;
    out_ << "],\n    \"sampled_examples\": [";
    for (std::size_t i = 0; i < s.size(); ++i)
        out_ << (i ? ", " : "") << s[i].health.sampledExamples;
    // One array per sample: a sample holds one figure per layer.
    const auto nested = [&](const char* name, std::vector<double> GradientHealth::*member) {
        out_ << "],\n    \"" << name << "\": [";
        for (std::size_t i = 0; i < s.size(); ++i) {
            out_ << (i ? ", " : "");
            numbers(s[i].health.*member);
        }
    };
    nested("gradient_norms", &GradientHealth::gradientNorms);
    nested("ratios", &GradientHealth::ratios);
    nested("saturation", &GradientHealth::saturation);
    out_ << "]\n  }";
}

std::string ProjectWriter::write(const Project& p)
{
    p.architecture.validate();
    out_ << "{\n  \"format\": \"" << kProjectFormatName
         << "\",\n  \"version\": " << kProjectFormatVersion << ",\n  \"architecture\": ";
    architecture(p.architecture);
    out_ << ",\n  \"training\": ";
    training(p.config, "\n    ");
    out_ << ",\n  \"initialization\": ";
    initialization(p.initKind, p.initSeed);
    out_ << ",\n  \"data\": ";
    data(p.data);
    out_ << ",\n  \"split\": {\"validation_fraction\": " << number(p.validationFraction)
         << ", \"test_fraction\": " << number(p.testFraction) << ", \"seed\": " << p.splitSeed
         << "},\n  \"normalization\": \"" << toString(p.normalization) << '"';
    // Only for a real transform: a project without one is written exactly as before.
    if (!p.features.isIdentity()) {
        if (p.features.inputCount() != p.architecture.inputSize())
            throw InputError("project", "features",
                             std::to_string(p.features.inputCount()) +
                                 " features need as many input units, but "
                                 "architecture.layer_sizes[0] is " +
                                 std::to_string(p.architecture.inputSize()));
        out_ << ",\n  \"features\": [";
        const std::vector<std::string> keys = p.features.keys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            out_ << (i ? ", " : "") << quoted(keys[i], "features");
        out_ << ']';
    }
    out_ << ",\n  \"weights\": ";
    weights(p.weights, p.architecture, "weights");
    out_ << ",\n  \"runs\": [";
    for (std::size_t i = 0; i < p.runs.size(); ++i) {
        out_ << (i ? ", " : "");
        p.runs[i].architecture.validate();
        run(p.runs[i], indexed("runs", i));
    }
    out_ << ']';
    // Both only when there is something: a project without them is written as before.
    if (!p.curves.empty()) {
        out_ << ",\n  \"curves\": [";
        for (std::size_t i = 0; i < p.curves.size(); ++i) {
            out_ << (i ? ", " : "");
            curve(p.curves[i], indexed("curves", i));
        }
        out_ << ']';
    }
    if (!p.gradientHistory.samples.empty()) {
        out_ << ",\n  \"gradient_history\": ";
        gradientHistory(p.gradientHistory);
    }
    out_ << "\n}\n";
    return out_.str();
}

} // namespace

std::string projectToJson(const Project& project, const std::string& projectDir)
{
    return ProjectWriter(projectDir).write(project);
}

void saveProject(const std::string& path, const Project& project, const SaveProgress& progress)
{
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string text = projectToJson(project, dir.string());

    writeFileAtomically(path, text, progress);
}

Project loadProject(const std::string& path)
{
    std::error_code error;
    const std::uintmax_t size = fs::file_size(path, error);
    if (error)
        throw InputError(path, "", "cannot read the project file: " + error.message());
    if (size > kMaxProjectFileBytes)
        throw InputError(path, "", "file is larger than the 1 GiB a project may have");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "",
                         std::string("cannot open the project file: ") + std::strerror(errno));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        throw InputError(path, "", "cannot read the whole project file");
    const fs::path target(path);
    return projectFromJson(text, path,
                           target.has_parent_path() ? target.parent_path().string() : ".");
}

namespace {

/// The stored points with the generator's names: what the studio saved, checked against
/// the generator's shape (feature count, classes or targets).
Dataset editedGeneratorData(const ProjectDataSource& source)
{
    GeneratorSpec small = source.generator;
    small.n = std::min<Index>(small.n, 64); // only its names and shape are needed
    const Dataset shape = generateDataset(small);
    const Dataset& p = *source.points;
    if (p.featureCount() != shape.featureCount())
        throw InputError("project", "data.points.x",
                         "expected " + std::to_string(shape.featureCount()) +
                             " numbers per point (the generator's features), found " +
                             std::to_string(p.featureCount()));
    if (shape.task() == TaskKind::Regression) {
        if (p.targets.rows() != shape.targets.rows() || p.targets.cols() != p.size())
            throw InputError("project", "data.points.targets",
                             "expected one row of " + std::to_string(shape.targets.rows()) +
                                 " target(s) per point");
    } else {
        if (p.labels.size() != static_cast<std::size_t>(p.size()))
            throw InputError("project", "data.points.labels", "expected one label per point");
        for (std::size_t e = 0; e < p.labels.size(); ++e)
            if (p.labels[e] < 0 || p.labels[e] >= shape.classCount())
                throw InputError("project", "data.points.labels[" + std::to_string(e) + "]",
                                 "expected a class in 0.." +
                                     std::to_string(shape.classCount() - 1) + ", found " +
                                     std::to_string(p.labels[e]));
    }
    Dataset out = shape;
    out.features = p.features;
    out.labels = p.labels;
    out.targets = p.targets;
    return out;
}

} // namespace

Dataset loadProjectData(const ProjectDataSource& source, const CancellationToken* token)
{
    switch (source.kind) {
    case ProjectDataSource::Kind::Generator:
        if (source.points)
            return editedGeneratorData(source);
        return generateDataset(source.generator);
    case ProjectDataSource::Kind::Csv: {
        CsvOptions options;
        options.labelColumn = source.labelColumn;
        options.task = source.task;
        return loadCsv(source.path, options, token);
    }
    case ProjectDataSource::Kind::Idx:
        return loadIdx(source.path, source.labelsPath, source.maxExamples, token);
    }
    throw InputError("project", "data", "unknown data source kind");
}

void checkProject(const Architecture& arch, const Dataset& data, Index storedWeights,
                  const std::string& source)
{
    arch.validate();
    checkFits(arch, data, source);
    // Before any weights are drawn: a valid but huge network must not exhaust memory.
    checkNetworkMemory(arch, source, "architecture.layer_sizes");
    if (storedWeights != 0)
        checkWeightCount(arch, storedWeights, source);
}

PreparedProject prepareProject(const Project& project, const std::string& source,
                               const CancellationToken* token)
{
    PreparedProject out;
    out.data = loadProjectData(project.data, token);
    // Raw → features → normalisation fitted on the features (featuretransform.h). No copy for
    // the identity.
    Dataset transformed;
    const bool identity = project.features.isIdentity();
    if (!identity)
        transformed = transformDataset(project.features, out.data, source);
    const Dataset& inputs = identity ? out.data : transformed;
    checkProject(project.architecture, inputs, project.weights.size(), source);
    out.split = splitAndNormalize(inputs, project.validationFraction, project.testFraction,
                                  project.splitSeed, project.normalization, &out.normalization);
    out.weights = project.weights.size() != 0
                      ? project.weights
                      : initializeParameters(project.architecture, project.initKind,
                                             project.initSeed);
    return out;
}

} // namespace bp

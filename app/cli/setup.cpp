#include "setup.h"

#include "dataspec.h"
#include "fit.h"
#include "initializer.h"
#include "memorybudget.h"
#include "preprocessing.h"

#include <algorithm>
#include <limits>

namespace bpcli {

namespace {

std::string joinNames(const auto& items)
{
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : "|") + std::string(bp::toString(item));
    return text;
}

bp::Activation activationOption(const ArgParser& args, const std::string& name,
                                const std::string& fallback, bool output)
{
    const std::string text = args.text(name, fallback);
    const std::optional<bp::Activation> g = bp::activationFromString(text);
    if (!g || (output ? !bp::isOutputActivation(*g) : !bp::isHiddenActivation(*g)))
        throw UsageError("--" + name + ": expected one of " +
                         joinNames(output ? bp::outputActivations() : bp::hiddenActivations()) +
                         ", found '" + text + "'");
    return *g;
}

/// Architecture and initial weights from the options (no --init-model).
bp::Model freshModel(const ArgParser& args, const bp::Dataset& train, std::uint64_t seed)
{
    const std::vector<int> hidden =
        parseIntList(args.text("hidden", kDefaultHidden), "hidden", 1, bp::kMaxLayerSize);
    const bp::Activation hiddenActivation =
        activationOption(args, "activation", kDefaultHiddenActivation, false);
    const bool regression = train.task() == bp::TaskKind::Regression;
    const bp::Activation output =
        activationOption(args, "output", regression ? "linear" : "sigmoid", true);
    if (regression && output != bp::Activation::Linear)
        throw UsageError("--output " + std::string(bp::toString(output)) +
                         ": regression data needs --output linear");
    int outputs = bp::outputUnitsFor(train);
    if (outputs < 1)
        throw bp::InputError(args.text("data", ""), "", "the data set has no classes or targets");
    if (output == bp::Activation::Softmax && outputs < 2)
        outputs = 2; // softmax over one unit is constant: give each class its own unit

    bp::Model model;
    bp::Architecture arch = bp::Architecture::make(static_cast<int>(train.featureCount()), hidden,
                                                   hiddenActivation, outputs, output);
    arch.validate();
    bp::checkNetworkMemory(arch); // before the weights are drawn

    const std::string initName = args.text("init", kDefaultInit);
    const std::optional<bp::InitKind> init = bp::initKindFromString(initName);
    if (!init)
        throw UsageError("--init: expected one of " + joinNames(bp::allInitKinds()) + ", found '" +
                         initName + "'");
    bp::Vector params = bp::initializeParameters(arch, *init, seed);
    model.network = bp::Network(std::move(arch), std::move(params));
    if (!regression)
        model.classNames = train.classNames;
    return model;
}

/// Renumbers data's labels to the model's classes and gives data the model's class names.
void alignClasses(bp::Dataset& data, const std::string& source, const bp::Model& model)
{
    if (!model.classNames.empty() && !data.classNames.empty()) {
        // Files list classes in the order they appear, so the same names can carry other
        // indices: renumber by name.
        std::vector<int> remap;
        for (const std::string& name : data.classNames) {
            const auto it = std::find(model.classNames.begin(), model.classNames.end(), name);
            if (it == model.classNames.end())
                throw bp::InputError(source, "",
                                     "class '" + name + "' is not one of the model's classes");
            remap.push_back(static_cast<int>(it - model.classNames.begin()));
        }
        for (int& label : data.labels)
            label = remap[static_cast<std::size_t>(label)];
        data.classNames = model.classNames;
        return;
    }
    const int outputs = model.network.architecture().outputSize();
    const int modelClasses = outputs == 1 ? 2 : outputs;
    if (data.classCount() > modelClasses)
        throw bp::InputError(source, "",
                             "has " + std::to_string(data.classCount()) +
                                 " classes, the model tells " + std::to_string(modelClasses) +
                                 " apart");
    data.classNames.resize(static_cast<std::size_t>(modelClasses));
}

} // namespace

void addNetworkOptions(ArgParser& parser, bool training)
{
    parser.addOption("data", "SPEC",
                     "Training data (required): builtin:NAME?n=500&noise=0.1&seed=1,\n"
                     "csv:PATH?label=COLUMN&task=regression or idx:IMAGES,LABELS?max=N.");
    if (training)
        parser.addOption("test-data", "SPEC", "Held-out data evaluated once after training.");
    parser.addOption(
        "hidden", "SIZES",
        std::string("Hidden layer sizes, e.g. 8,8; 'none' for no hidden layer\n(default ") +
            kDefaultHidden + ").");
    parser.addOption("activation", "NAME",
                     "Hidden activation: " + joinNames(bp::hiddenActivations()) + "\n(default " +
                         kDefaultHiddenActivation + ").");
    parser.addOption("output", "NAME",
                     "Output activation: " + joinNames(bp::outputActivations()) +
                         "\n(default sigmoid; linear for regression data).");
    parser.addOption(
        "init-model", "FILE",
        "Start from a model file: its architecture, weights,\nnormalisation and class names.");
    parser.addOption("init", "KIND",
                     "Weight initialisation: " + joinNames(bp::allInitKinds()) + "\n(default " +
                         kDefaultInit + ": U[-e, e], e = sqrt(6)/sqrt(s_l + s_l+1)).");
    parser.addOption("seed", "N", "Seed for initial weights, splits and shuffling (default 1).");
    if (training)
        parser.addOption("validation", "FRACTION",
                         "Hold out this fraction of --data for validation (default 0).");
    parser.addOption("normalize", "KIND",
                     "Feature scaling fitted on the training split: none|standard|minmax\n"
                     "(default " +
                         std::string(kDefaultNormalize) + "; the model's own with --init-model).");
}

void alignToModel(bp::Dataset& data, const std::string& source, const bp::Model& model)
{
    // Classes are matched to the model's first (a test set may hold only some of them), so
    // that checkFits counts the model's classes.
    if (data.task() == bp::TaskKind::Classification)
        alignClasses(data, source, model);
    // Raw (x1, x2) → the model's features → its normalisation (fitted on the features), as
    // bp::modelInputs computes them.
    if (!model.features.isIdentity())
        data = bp::transformDataset(model.features, data, source);
    bp::checkFits(model.network.architecture(), data, source);
    model.normalization.apply(data.features);
}

Prepared prepare(const ArgParser& args, bool training)
{
    Prepared prepared;
    prepared.seed = static_cast<std::uint64_t>(
        args.integer("seed", 1, 0, std::numeric_limits<long long>::max()));
    const std::string dataSpec = args.required("data");
    const bool fromModel = args.has("init-model");
    if (fromModel) {
        for (const char* option : {"hidden", "activation", "output", "init", "normalize"}) {
            if (args.has(option))
                throw UsageError(std::string("--") + option +
                                 " cannot be combined with --init-model: the model file fixes "
                                 "the architecture, weights and normalisation");
        }
    }
    const std::string normalizeName = args.text("normalize", kDefaultNormalize);
    const std::optional<bp::NormalizationKind> normalize =
        bp::normalizationFromString(normalizeName);
    if (!normalize)
        throw UsageError("--normalize: expected none|standard|minmax, found '" + normalizeName +
                         "'");
    const double validation = training ? args.number("validation", 0.0, 0.0, 0.99) : 0.0;

    bp::Dataset data = bp::loadDataSpec(dataSpec);
    if (data.size() == 0)
        throw bp::InputError(dataSpec, "", "the data set has no examples");
    if (validation > 0.0) {
        bp::DataSplit split = bp::splitDataset(data, validation, 0.0, prepared.seed);
        prepared.train = std::move(split.train);
        prepared.validation = std::move(split.validation);
    } else {
        prepared.train = std::move(data);
    }

    if (fromModel) {
        const std::string path = args.required("init-model");
        prepared.model = bp::loadModel(path);
        alignToModel(prepared.train, dataSpec, prepared.model);
        if (prepared.validation.size() > 0)
            alignToModel(prepared.validation, dataSpec, prepared.model);
    } else {
        prepared.model = freshModel(args, prepared.train, prepared.seed);
        // Fitted on the training split only: validation and test must not leak into it.
        prepared.model.normalization = bp::Normalization::fit(*normalize, prepared.train.features);
        prepared.model.normalization.apply(prepared.train.features);
        if (prepared.validation.size() > 0)
            prepared.model.normalization.apply(prepared.validation.features);
    }

    if (training && args.has("test-data")) {
        const std::string testSpec = args.required("test-data");
        prepared.test = bp::loadDataSpec(testSpec);
        alignToModel(prepared.test, testSpec, prepared.model);
    }
    return prepared;
}

bp::TrainingConfig optimiserOptions(const ArgParser& args)
{
    bp::TrainingConfig config;
    const std::string name = args.text("optimizer", std::string(bp::toString(config.optimizer)));
    const std::optional<bp::OptimizerKind> kind = bp::optimizerFromString(name);
    if (!kind)
        throw UsageError("--optimizer: unknown optimiser '" + name + "'");
    constexpr double kHuge = std::numeric_limits<double>::max();
    constexpr long long kMaxLong = std::numeric_limits<long>::max();
    config.optimizer = *kind;
    config.learningRate = args.number("lr", config.learningRate, 0.0, kHuge);
    config.momentum = args.number("momentum", config.momentum, 0.0, 1.0);
    config.lambda = args.number("lambda", config.lambda, 0.0, kHuge);
    config.batchSize = args.integer("batch-size", 0, 0, kMaxLong);
    return config;
}

bp::TrainingConfig trainingOptions(const ArgParser& args, std::uint64_t seed)
{
    bp::TrainingConfig config = optimiserOptions(args);
    constexpr double kHuge = std::numeric_limits<double>::max();
    constexpr long long kMaxLong = std::numeric_limits<long>::max();
    config.shuffleSeed = seed;
    config.maxIterations = args.integer("iterations", config.maxIterations, 0, kMaxLong);
    config.maxEpochs = args.integer("epochs", 0, 0, kMaxLong);
    config.timeLimitSeconds = args.number("time-limit", 0.0, 0.0, kHuge);
    config.patience = static_cast<int>(args.integer("patience", 0, 0, 1000000));
    if (config.batchSize > 0 && bp::isLineSearchOptimizer(config.optimizer))
        throw UsageError("--batch-size: " + std::string(bp::displayName(config.optimizer)) +
                         " always uses the full batch");
    if (config.maxIterations == 0 && config.maxEpochs == 0 && config.timeLimitSeconds == 0.0)
        throw UsageError("give at least one limit: --iterations, --epochs or --time-limit");
    return config;
}

} // namespace bpcli

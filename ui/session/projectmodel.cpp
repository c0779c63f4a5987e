#include "session/projectmodel.h"

#include "fit.h"
#include "memorybudget.h"
#include "projectfile.h"

#include <atomic>
#include <cassert>
#include <cmath>
#include <tuple>
#include <utility>

namespace bpui {

namespace {

std::atomic<long> splitCount{0};
std::atomic<long> weightDrawCount{0};

/// bp::prepareProject's data steps, counted: raw → features → bp::splitAndNormalize (the
/// normalisation fitted on the transformed training part). For data of at most two features
/// *rawSplit receives the same split of the raw data (the same seed shuffles the same m
/// columns the same way), else null: x₁² cannot be turned back into x₁, and the plots draw
/// and edit raw points; a copy of a large data set would cost too much. Throws InputError
/// for a split with no training example or features on data that is not 2-D.
std::shared_ptr<const bp::DataSplit>
countedSplit(const bp::Dataset& data, const bp::FeatureSet& features, double validation,
             double test, std::uint64_t seed, bp::NormalizationKind kind,
             bp::Normalization* normalization, std::shared_ptr<const bp::DataSplit>* rawSplit)
{
    ++splitCount;
    auto split = std::make_shared<bp::DataSplit>(
        features.isIdentity()
            ? bp::splitAndNormalize(data, validation, test, seed, kind, normalization)
            : bp::splitAndNormalize(bp::transformDataset(features, data), validation, test,
                                    seed, kind, normalization));
    *rawSplit = data.featureCount() <= bp::kRawFeatureCount
                    ? std::make_shared<bp::DataSplit>(
                          bp::splitDataset(data, validation, test, seed))
                    : nullptr;
    return split;
}

/// What the network reads from `data` for fit checks (the features computed; a copy only
/// when they are not the identity).
bp::Dataset projectFitInputs(const bp::Dataset& data, const bp::FeatureSet& features)
{
    return features.isIdentity() ? data : bp::transformDataset(features, data);
}

bp::Vector drawWeights(const bp::Architecture& arch, bp::InitKind kind, std::uint64_t seed)
{
    ++weightDrawCount;
    return bp::initializeParameters(arch, kind, seed);
}

/// Field by field; NaN equals NaN ("no target cost").
bool sameConfig(const bp::TrainingConfig& a, const bp::TrainingConfig& b)
{
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.optimizer == b.optimizer && a.learningRate == b.learningRate &&
           a.momentum == b.momentum && a.beta1 == b.beta1 && a.beta2 == b.beta2 &&
           a.adamEpsilon == b.adamEpsilon && a.lambda == b.lambda && a.batchSize == b.batchSize &&
           a.shuffleSeed == b.shuffleSeed && a.maxIterations == b.maxIterations &&
           a.maxEpochs == b.maxEpochs && same(a.targetCost, b.targetCost) &&
           a.minRelativeImprovement == b.minRelativeImprovement &&
           a.timeLimitSeconds == b.timeLimitSeconds && a.patience == b.patience;
}

} // namespace

void prepareState(ProjectState& state, const std::string& source)
{
    const bp::Architecture& arch = state.architecture;
    // The same checks, split and draw as bp::prepareProject (the CLI's), in steps the
    // model can count and skip when the state already has them.
    if (state.features.isIdentity())
        bp::checkProject(arch, state.dataset, state.parameters.size(), source);
    else
        bp::checkProject(arch, bp::transformDataset(state.features, state.dataset, source),
                         state.parameters.size(), source);
    if (!state.split)
        state.split = countedSplit(state.dataset, state.features, state.validationFraction,
                                   state.testFraction, state.splitSeed, state.normalizationKind,
                                   &state.normalization, &state.rawSplit);
    if (state.parameters.size() == 0)
        state.parameters = drawWeights(arch, state.initKind, state.initSeed);
}

ProjectWorkCounts projectWorkCounts()
{
    return {splitCount.load(), weightDrawCount.load()};
}

bool ProjectSettings::operator==(const ProjectSettings& other) const
{
    return std::tie(hiddenSizes, activations, initKind, initSeed, normalization, validationFraction,
                    testFraction, splitSeed, features) ==
               std::tie(other.hiddenSizes, other.activations, other.initKind, other.initSeed,
                        other.normalization, other.validationFraction, other.testFraction,
                        other.splitSeed, other.features) &&
           sameConfig(config, other.config);
}

ProjectModel::ProjectModel(QObject* parent) : QObject(parent)
{
    ProjectState example = exampleState();
    dataset_ = std::move(example.dataset);
    source_ = std::move(example.source);
    split_ = std::move(example.split);
    rawSplit_ = std::move(example.rawSplit);
    normalization_ = std::move(example.normalization);
    arch_ = std::move(example.architecture);
    params_ = std::move(example.parameters);
    config_ = example.config;
}

ProjectState ProjectModel::exampleState()
{
    bp::GeneratorSpec spec;
    spec.name = "spiral";
    spec.n = 300;
    spec.noise = 0.1;
    spec.seed = 1;
    spec.classes = 3;

    ProjectState state;
    state.dataset = bp::generateDataset(spec);
    state.source.kind = DataSource::Kind::Generator;
    state.source.generator = spec;
    state.config.optimizer = bp::OptimizerKind::Adam;
    state.config.learningRate = 0.01;
    state.config.maxIterations = 20000;
    state.architecture =
        bp::Architecture::make(state.dataset.featureCount(), {16, 16}, bp::Activation::Tanh,
                               bp::outputUnitsFor(state.dataset), bp::Activation::Softmax);
    prepareState(state);
    return state;
}

void ProjectModel::loadExample()
{
    replace(exampleState(), ReplaceCause::NewProject);
}

ProjectSettings ProjectModel::settings() const
{
    ProjectSettings settings;
    settings.hiddenSizes = hiddenSizes();
    settings.activations = arch_.activations;
    settings.config = config_;
    settings.initKind = initKind_;
    settings.initSeed = initSeed_;
    settings.normalization = normalizationKind_;
    settings.validationFraction = validationFraction_;
    settings.testFraction = testFraction_;
    settings.splitSeed = splitSeed_;
    settings.features = features_;
    return settings;
}

void ProjectModel::applySettings(const ProjectSettings& settings)
{
    if (settings.activations.size() != settings.hiddenSizes.size() + 1)
        throw bp::InputError("architecture", "", "each layer needs one activation");
    const std::vector<bp::Activation> hidden(settings.activations.begin(),
                                             settings.activations.end() - 1);
    // Everything that can throw comes first: on failure the model is as it was.
    bp::Architecture arch = makeArchitecture(dataset_, settings.features, settings.hiddenSizes,
                                             hidden, settings.activations.back());
    std::shared_ptr<const bp::DataSplit> split = split_;
    std::shared_ptr<const bp::DataSplit> rawSplit = rawSplit_;
    bp::Normalization normalization = normalization_;
    // Only what differs: re-splitting a large data set is not free.
    if (settings.validationFraction != validationFraction_ ||
        settings.testFraction != testFraction_ || settings.splitSeed != splitSeed_ ||
        settings.normalization != normalizationKind_ || !(settings.features == features_))
        split = countedSplit(dataset_, settings.features, settings.validationFraction,
                             settings.testFraction, settings.splitSeed, settings.normalization,
                             &normalization, &rawSplit);
    bp::Vector params = params_;
    // Other features are other inputs: the weights start over, as setFeatures does.
    if (!(arch == arch_) || settings.initKind != initKind_ || settings.initSeed != initSeed_ ||
        !(settings.features == features_))
        params = drawWeights(arch, settings.initKind, settings.initSeed);

    ProjectState next;
    next.dataset = std::move(dataset_); // moved back by replace: never copied
    next.source = source_;
    next.validationFraction = settings.validationFraction;
    next.testFraction = settings.testFraction;
    next.splitSeed = settings.splitSeed;
    next.normalizationKind = settings.normalization;
    next.features = settings.features;
    next.rawSplit = std::move(rawSplit);
    next.architecture = std::move(arch);
    next.initKind = settings.initKind;
    next.initSeed = settings.initSeed;
    next.config = settings.config;
    next.split = std::move(split);
    next.normalization = std::move(normalization);
    next.parameters = std::move(params);
    replace(std::move(next), ReplaceCause::Undo);
}

void ProjectModel::replace(ProjectState state, ReplaceCause cause)
{
    assert(state.split && state.parameters.size() == state.architecture.parameterCount());
    unsigned changes = 0;
    if (state.split != split_)
        changes |= DataChanged;
    if (!(state.architecture == arch_))
        changes |= ArchitectureChanged;
    if (state.parameters.size() != params_.size() || state.parameters != params_)
        changes |= ParametersChanged;
    if (!sameConfig(state.config, config_) || state.initKind != initKind_ ||
        state.initSeed != initSeed_)
        changes |= ConfigChanged;
    // A new project always starts a new history, even when it happens to hold the same weights.
    if (cause != ReplaceCause::Undo)
        changes |= DataChanged | ParametersChanged;

    dataset_ = std::move(state.dataset);
    source_ = std::move(state.source);
    validationFraction_ = state.validationFraction;
    testFraction_ = state.testFraction;
    splitSeed_ = state.splitSeed;
    normalizationKind_ = state.normalizationKind;
    features_ = state.features;
    rawSplit_ = std::move(state.rawSplit);
    arch_ = std::move(state.architecture);
    initKind_ = state.initKind;
    initSeed_ = state.initSeed;
    config_ = state.config;
    split_ = std::move(state.split);
    normalization_ = std::move(state.normalization);
    params_ = std::move(state.parameters);
    emit replaced(changes, cause);
}

// --- data ---------------------------------------------------------------------------------

void ProjectModel::setDataset(bp::Dataset data, DataSource source)
{
    // Features stay ticked across 2-D data sets (as in TensorFlow Playground); other data
    // has no (x₁, x₂) to compute them from.
    const bp::FeatureSet features =
        data.featureCount() == bp::kRawFeatureCount ? features_ : bp::FeatureSet();
    bp::Normalization normalization;
    std::shared_ptr<const bp::DataSplit> rawSplit;
    std::shared_ptr<const bp::DataSplit> split =
        countedSplit(data, features, validationFraction_, testFraction_, splitSeed_,
                     normalizationKind_, &normalization, &rawSplit);

    bp::Activation output =
        arch_.activations.empty() ? bp::Activation::Softmax : arch_.outputActivation();
    if (data.task() == bp::TaskKind::Regression)
        output = bp::Activation::Linear;
    else if (output == bp::Activation::Linear)
        output = bp::Activation::Softmax;

    const std::vector<int> hidden = hiddenSizes();
    std::vector<bp::Activation> hiddenActivations;
    if (arch_.activations.size() > 1)
        hiddenActivations.assign(arch_.activations.begin(), arch_.activations.end() - 1);
    else
        hiddenActivations.assign(hidden.size(), bp::Activation::Tanh);

    bp::Architecture arch = makeArchitecture(data, features, hidden, hiddenActivations, output);
    dataset_ = std::move(data);

    const bool featuresDiffer = !(features == features_);
    features_ = features;
    rawSplit_ = std::move(rawSplit);
    source_ = std::move(source);
    split_ = std::move(split);
    normalization_ = std::move(normalization);
    const bool archChanged = !(arch == arch_);
    arch_ = std::move(arch);
    emit datasetChanged();
    if (archChanged)
        emit architectureChanged();
    resetWeights();
    if (featuresDiffer)
        emit featuresChanged();
}

void ProjectModel::setSplit(double validationFraction, double testFraction, std::uint64_t seed)
{
    bp::Normalization normalization;
    split_ = countedSplit(dataset_, features_, validationFraction, testFraction, seed,
                          normalizationKind_, &normalization, &rawSplit_);
    normalization_ = std::move(normalization);
    validationFraction_ = validationFraction;
    testFraction_ = testFraction;
    splitSeed_ = seed;
    emit datasetChanged();
}

void ProjectModel::setNormalization(bp::NormalizationKind kind)
{
    bp::Normalization normalization;
    split_ = countedSplit(dataset_, features_, validationFraction_, testFraction_, splitSeed_,
                          kind, &normalization, &rawSplit_);
    normalization_ = std::move(normalization);
    normalizationKind_ = kind;
    emit datasetChanged();
}

// --- input features -----------------------------------------------------------------------

void ProjectModel::setFeatures(const bp::FeatureSet& features)
{
    if (features == features_)
        return;
    features.validate();
    if (!features.isIdentity() && !featuresApplicable())
        throw bp::InputError("features", "",
                             "input features need data with exactly two features (x₁, x₂)");
    // Everything that can throw first: the split, then the architecture for the new inputs.
    bp::Normalization normalization;
    std::shared_ptr<const bp::DataSplit> rawSplit;
    std::shared_ptr<const bp::DataSplit> split =
        countedSplit(dataset_, features, validationFraction_, testFraction_, splitSeed_,
                     normalizationKind_, &normalization, &rawSplit);
    std::vector<bp::Activation> hidden(arch_.activations.begin(), arch_.activations.end() - 1);
    bp::Architecture arch =
        makeArchitecture(dataset_, features, hiddenSizes(), hidden, arch_.outputActivation());
    features_ = features;
    split_ = std::move(split);
    rawSplit_ = std::move(rawSplit);
    normalization_ = std::move(normalization);
    const bool archChanged = !(arch == arch_);
    arch_ = std::move(arch);
    emit datasetChanged();
    if (archChanged)
        emit architectureChanged();
    resetWeights();
    emit featuresChanged();
}

bp::Matrix ProjectModel::modelInputs(const bp::Matrix& raw) const
{
    bp::Matrix inputs = features_.apply(raw);
    normalization_.apply(inputs);
    return inputs;
}

bp::Matrix ProjectModel::rawFeatures(const bp::Dataset& part) const
{
    if (!rawSplit_) {
        // Identity features on data of more than two features: x = x'·scale + offset.
        bp::Matrix raw = part.features;
        const bp::Normalization& n = normalization_;
        if (!n.isIdentity() && n.scale.size() == raw.rows() && n.offset.size() == raw.rows()) {
            raw.array().colwise() *= n.scale.array();
            raw.array().colwise() += n.offset.array();
        }
        return raw;
    }
    if (&part == &split_->train)
        return rawSplit_->train.features;
    if (&part == &split_->validation)
        return rawSplit_->validation.features;
    assert(&part == &split_->test);
    return rawSplit_->test.features;
}

std::vector<std::string> ProjectModel::inputNames() const
{
    return features_.isIdentity() ? dataset_.featureNames : features_.labels();
}

// --- architecture -------------------------------------------------------------------------

std::vector<int> ProjectModel::hiddenSizes() const
{
    if (arch_.layerSizes.size() < 2)
        return {};
    return {arch_.layerSizes.begin() + 1, arch_.layerSizes.end() - 1};
}

bp::Architecture ProjectModel::makeArchitecture(const bp::Dataset& data,
                                                const bp::FeatureSet& features,
                                                const std::vector<int>& hidden,
                                                const std::vector<bp::Activation>& activations,
                                                bp::Activation output) const
{
    assert(hidden.size() == activations.size());
    bp::Architecture arch;
    // Input units = feature count (DESIGN.md): the computed features' count when there are.
    arch.layerSizes.push_back(features.isIdentity() ? static_cast<int>(data.featureCount())
                                                    : features.inputCount());
    arch.layerSizes.insert(arch.layerSizes.end(), hidden.begin(), hidden.end());
    arch.layerSizes.push_back(bp::outputUnitsFor(data));
    arch.activations = activations;
    arch.activations.push_back(output);
    arch.validate();
    // Two classes may share one output unit (fit.h): an edit on the same data (a layer, an
    // activation, undo) keeps the output layer the project has while it still fits, rather
    // than switching a 2-3-1 network to 2-3-2.
    if (&data == &dataset_ && arch_.layerSizes.size() >= 2 &&
        arch_.outputSize() != arch.outputSize()) {
        bp::Architecture kept = arch;
        kept.layerSizes.back() = arch_.outputSize();
        try {
            kept.validate();
            bp::checkFits(kept, projectFitInputs(data, features));
            arch = std::move(kept);
        } catch (const bp::InputError&) {
            // It no longer fits (a single softmax unit): one unit per class.
        }
    }
    // Before the weights are drawn: a valid but huge network must not exhaust memory.
    bp::checkNetworkMemory(arch);
    return arch;
}

void ProjectModel::setHiddenLayers(const std::vector<int>& sizes,
                                   const std::vector<bp::Activation>& activations)
{
    if (sizes.size() != activations.size())
        throw bp::InputError("architecture", "", "each hidden layer needs one activation");
    arch_ = makeArchitecture(dataset_, features_, sizes, activations, arch_.outputActivation());
    emit architectureChanged();
    resetWeights();
}

void ProjectModel::setOutputActivation(bp::Activation activation)
{
    std::vector<bp::Activation> hidden(arch_.activations.begin(), arch_.activations.end() - 1);
    arch_ = makeArchitecture(dataset_, features_, hiddenSizes(), hidden, activation);
    emit architectureChanged();
    resetWeights();
}

void ProjectModel::setArchitecture(const bp::Architecture& arch)
{
    arch.validate();
    bp::checkFits(arch, projectFitInputs(dataset_, features_));
    bp::checkNetworkMemory(arch);
    const bool changed = !(arch == arch_);
    arch_ = arch;
    if (changed)
        emit architectureChanged();
    resetWeights();
}

// --- initialisation and weights -----------------------------------------------------------

void ProjectModel::setInitialization(bp::InitKind kind, std::uint64_t seed)
{
    initKind_ = kind;
    initSeed_ = seed;
    resetWeights();
}

void ProjectModel::resetWeights()
{
    params_ = drawWeights(arch_, initKind_, initSeed_);
    emit parametersChanged(WeightsOrigin::Set);
}

void ProjectModel::setParameters(const bp::Vector& params, WeightsOrigin origin)
{
    // A stale snapshot from before an architecture change must never land here.
    assert(params.size() == arch_.parameterCount());
    if (params.size() != arch_.parameterCount())
        return;
    params_ = params;
    emit parametersChanged(origin);
}

// --- training configuration ---------------------------------------------------------------

void ProjectModel::setConfig(const bp::TrainingConfig& config)
{
    config_ = config;
    emit configChanged();
}

} // namespace bpui

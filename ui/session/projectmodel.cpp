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

/// bp::splitAndNormalize, counted. Throws InputError for a split with no training example.
std::shared_ptr<const bp::DataSplit> countedSplit(const bp::Dataset& data, double validation,
                                                  double test, std::uint64_t seed,
                                                  bp::NormalizationKind kind,
                                                  bp::Normalization* normalization)
{
    ++splitCount;
    return std::make_shared<bp::DataSplit>(
        bp::splitAndNormalize(data, validation, test, seed, kind, normalization));
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
    bp::checkProject(arch, state.dataset, state.parameters.size(), source);
    if (!state.split)
        state.split = countedSplit(state.dataset, state.validationFraction, state.testFraction,
                                   state.splitSeed, state.normalizationKind, &state.normalization);
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
                    testFraction, splitSeed) ==
               std::tie(other.hiddenSizes, other.activations, other.initKind, other.initSeed,
                        other.normalization, other.validationFraction, other.testFraction,
                        other.splitSeed) &&
           sameConfig(config, other.config);
}

ProjectModel::ProjectModel(QObject* parent) : QObject(parent)
{
    ProjectState example = exampleState();
    dataset_ = std::move(example.dataset);
    source_ = std::move(example.source);
    split_ = std::move(example.split);
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
    return settings;
}

void ProjectModel::applySettings(const ProjectSettings& settings)
{
    if (settings.activations.size() != settings.hiddenSizes.size() + 1)
        throw bp::InputError("architecture", "", "each layer needs one activation");
    const std::vector<bp::Activation> hidden(settings.activations.begin(),
                                             settings.activations.end() - 1);
    // Everything that can throw comes first: on failure the model is as it was.
    bp::Architecture arch =
        makeArchitecture(dataset_, settings.hiddenSizes, hidden, settings.activations.back());
    std::shared_ptr<const bp::DataSplit> split = split_;
    bp::Normalization normalization = normalization_;
    // Only what differs: re-splitting a large data set is not free.
    if (settings.validationFraction != validationFraction_ ||
        settings.testFraction != testFraction_ || settings.splitSeed != splitSeed_ ||
        settings.normalization != normalizationKind_)
        split = countedSplit(dataset_, settings.validationFraction, settings.testFraction,
                             settings.splitSeed, settings.normalization, &normalization);
    bp::Vector params = params_;
    if (!(arch == arch_) || settings.initKind != initKind_ || settings.initSeed != initSeed_)
        params = drawWeights(arch, settings.initKind, settings.initSeed);

    ProjectState next;
    next.dataset = std::move(dataset_); // moved back by replace: never copied
    next.source = source_;
    next.validationFraction = settings.validationFraction;
    next.testFraction = settings.testFraction;
    next.splitSeed = settings.splitSeed;
    next.normalizationKind = settings.normalization;
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
    bp::Normalization normalization;
    std::shared_ptr<const bp::DataSplit> split = countedSplit(
        data, validationFraction_, testFraction_, splitSeed_, normalizationKind_, &normalization);

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

    bp::Architecture arch = makeArchitecture(data, hidden, hiddenActivations, output);
    dataset_ = std::move(data);

    source_ = std::move(source);
    split_ = std::move(split);
    normalization_ = std::move(normalization);
    const bool archChanged = !(arch == arch_);
    arch_ = std::move(arch);
    emit datasetChanged();
    if (archChanged)
        emit architectureChanged();
    resetWeights();
}

void ProjectModel::setSplit(double validationFraction, double testFraction, std::uint64_t seed)
{
    bp::Normalization normalization;
    split_ = countedSplit(dataset_, validationFraction, testFraction, seed, normalizationKind_,
                          &normalization);
    normalization_ = std::move(normalization);
    validationFraction_ = validationFraction;
    testFraction_ = testFraction;
    splitSeed_ = seed;
    emit datasetChanged();
}

void ProjectModel::setNormalization(bp::NormalizationKind kind)
{
    bp::Normalization normalization;
    split_ = countedSplit(dataset_, validationFraction_, testFraction_, splitSeed_, kind,
                          &normalization);
    normalization_ = std::move(normalization);
    normalizationKind_ = kind;
    emit datasetChanged();
}

// --- architecture -------------------------------------------------------------------------

std::vector<int> ProjectModel::hiddenSizes() const
{
    if (arch_.layerSizes.size() < 2)
        return {};
    return {arch_.layerSizes.begin() + 1, arch_.layerSizes.end() - 1};
}

bp::Architecture ProjectModel::makeArchitecture(const bp::Dataset& data,
                                                const std::vector<int>& hidden,
                                                const std::vector<bp::Activation>& activations,
                                                bp::Activation output) const
{
    assert(hidden.size() == activations.size());
    bp::Architecture arch;
    arch.layerSizes.push_back(static_cast<int>(data.featureCount()));
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
            bp::checkFits(kept, data);
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
    arch_ = makeArchitecture(dataset_, sizes, activations, arch_.outputActivation());
    emit architectureChanged();
    resetWeights();
}

void ProjectModel::setOutputActivation(bp::Activation activation)
{
    std::vector<bp::Activation> hidden(arch_.activations.begin(), arch_.activations.end() - 1);
    arch_ = makeArchitecture(dataset_, hiddenSizes(), hidden, activation);
    emit architectureChanged();
    resetWeights();
}

void ProjectModel::setArchitecture(const bp::Architecture& arch)
{
    arch.validate();
    bp::checkFits(arch, dataset_);
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

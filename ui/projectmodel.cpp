#include "projectmodel.h"

#include "memorybudget.h"

#include <cassert>
#include <utility>

namespace bpui {

ProjectModel::ProjectModel(QObject* parent) : QObject(parent)
{
    loadExample();
}

void ProjectModel::loadExample()
{
    bp::GeneratorSpec spec;
    spec.name = "spiral";
    spec.n = 300;
    spec.noise = 0.1;
    spec.seed = 1;
    spec.classes = 3;
    bp::Dataset data = bp::generateDataset(spec);

    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.01;
    config.maxIterations = 20000;
    config_ = config;

    DataSource source;
    source.kind = DataSource::Kind::Generator;
    source.generator = spec;

    // Set the hidden layers first so setDataset builds 2-16-16-3 straight away.
    arch_ = bp::Architecture::make(data.featureCount(), {16, 16}, bp::Activation::Tanh,
                                   bp::outputUnitsFor(data), bp::Activation::Softmax);
    setDataset(std::move(data), source);
    emit configChanged();
}

// --- data ---------------------------------------------------------------------------------

std::shared_ptr<const bp::DataSplit>
ProjectModel::makeSplit(const bp::Dataset& data, double validation, double test, std::uint64_t seed,
                        bp::NormalizationKind kind, bp::Normalization* normalization) const
{
    auto split = std::make_shared<bp::DataSplit>(bp::splitDataset(data, validation, test, seed));
    // Fitted on the training part only: validation and test must not leak into the scaling.
    *normalization = bp::Normalization::fit(kind, split->train.features);
    normalization->apply(split->train.features);
    if (split->validation.size() > 0)
        normalization->apply(split->validation.features);
    if (split->test.size() > 0)
        normalization->apply(split->test.features);
    return split;
}

void ProjectModel::setDataset(bp::Dataset data, DataSource source)
{
    bp::Normalization normalization;
    std::shared_ptr<const bp::DataSplit> split = makeSplit(
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
    split_ = makeSplit(dataset_, validationFraction, testFraction, seed, normalizationKind_,
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
    split_ =
        makeSplit(dataset_, validationFraction_, testFraction_, splitSeed_, kind, &normalization);
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

// --- initialisation and weights -----------------------------------------------------------

void ProjectModel::setInitialization(bp::InitKind kind, std::uint64_t seed)
{
    initKind_ = kind;
    initSeed_ = seed;
    resetWeights();
}

void ProjectModel::resetWeights()
{
    params_ = bp::initializeParameters(arch_, initKind_, initSeed_);
    emit parametersChanged();
}

void ProjectModel::setParameters(const bp::Vector& params)
{
    // A stale snapshot from before an architecture change must never land here.
    assert(params.size() == arch_.parameterCount());
    if (params.size() != arch_.parameterCount())
        return;
    params_ = params;
    emit parametersChanged();
}

// --- training configuration ---------------------------------------------------------------

void ProjectModel::setConfig(const bp::TrainingConfig& config)
{
    config_ = config;
    emit configChanged();
}

} // namespace bpui

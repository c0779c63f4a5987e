#include "projectconversion.h"

#include "projectmodel.h"

#include "csvloader.h"
#include "idxloader.h"

#include <utility>

namespace bpui {

namespace {

bp::ProjectDataSource toCore(const DataSource& source, const bp::Dataset& data)
{
    bp::ProjectDataSource out;
    switch (source.kind) {
    case DataSource::Kind::Generator:
        out.kind = bp::ProjectDataSource::Kind::Generator;
        break;
    case DataSource::Kind::Csv:
        out.kind = bp::ProjectDataSource::Kind::Csv;
        break;
    case DataSource::Kind::Idx:
        out.kind = bp::ProjectDataSource::Kind::Idx;
        break;
    }
    out.generator = source.generator;
    out.path = source.path.toStdString();
    out.labelColumn = source.labelColumn.toStdString();
    out.labelsPath = source.labelsPath.toStdString();
    out.task = data.task();
    return out;
}

DataSource toGui(const bp::ProjectDataSource& source)
{
    DataSource out;
    switch (source.kind) {
    case bp::ProjectDataSource::Kind::Generator:
        out.kind = DataSource::Kind::Generator;
        break;
    case bp::ProjectDataSource::Kind::Csv:
        out.kind = DataSource::Kind::Csv;
        break;
    case bp::ProjectDataSource::Kind::Idx:
        out.kind = DataSource::Kind::Idx;
        break;
    }
    out.generator = source.generator;
    out.path = QString::fromStdString(source.path);
    out.labelColumn = QString::fromStdString(source.labelColumn);
    out.labelsPath = QString::fromStdString(source.labelsPath);
    return out;
}

std::vector<bp::Activation> hiddenActivations(const bp::Architecture& arch)
{
    if (arch.activations.empty())
        return {};
    return {arch.activations.begin(), arch.activations.end() - 1};
}

std::vector<int> hiddenSizes(const bp::Architecture& arch)
{
    if (arch.layerSizes.size() < 2)
        return {};
    return {arch.layerSizes.begin() + 1, arch.layerSizes.end() - 1};
}

/// The checks applyProject makes before touching the model (throws InputError).
void validateAgainstData(const bp::Project& project, const bp::Dataset& data)
{
    const bp::Architecture& arch = project.architecture;
    arch.validate();
    if (arch.layerSizes.front() != static_cast<int>(data.featureCount()))
        throw bp::InputError("project", "architecture",
                             "the input layer has " + std::to_string(arch.layerSizes.front()) +
                                 " units but the data has " + std::to_string(data.featureCount()) +
                                 " features");
    if (arch.layerSizes.back() != bp::outputUnitsFor(data))
        throw bp::InputError("project", "architecture",
                             "the output layer has " + std::to_string(arch.layerSizes.back()) +
                                 " units but the data needs " +
                                 std::to_string(bp::outputUnitsFor(data)));
    if (project.weights.size() != 0 && project.weights.size() != arch.parameterCount())
        throw bp::InputError("project", "weights",
                             "expected " + std::to_string(arch.parameterCount()) + " weights");
    // Throws for a split that leaves no training example; the result is thrown away.
    (void)bp::splitDataset(data, project.validationFraction, project.testFraction,
                           project.splitSeed);
}

} // namespace

bp::Project toProject(const ProjectModel& model, std::vector<bp::ProjectRun> runs)
{
    bp::Project project;
    project.architecture = model.architecture();
    project.config = model.config();
    project.initKind = model.initKind();
    project.initSeed = model.initSeed();
    project.data = toCore(model.dataSource(), model.dataset());
    project.validationFraction = model.validationFraction();
    project.testFraction = model.testFraction();
    project.splitSeed = model.splitSeed();
    project.normalization = model.normalizationKind();
    project.weights = model.parameters();
    project.runs = std::move(runs);
    return project;
}

void applyProject(ProjectModel& model, const bp::Project& project)
{
    bp::Dataset data = bp::loadProjectData(project.data);
    validateAgainstData(project, data);

    const bp::Architecture& arch = project.architecture;
    // Split settings first, so setDataset builds the project's split straight away.
    model.setDataset(std::move(data), toGui(project.data));
    model.setSplit(project.validationFraction, project.testFraction, project.splitSeed);
    model.setNormalization(project.normalization);
    model.setHiddenLayers(hiddenSizes(arch), hiddenActivations(arch));
    model.setOutputActivation(arch.outputActivation());
    model.setInitialization(project.initKind, project.initSeed);
    model.setConfig(project.config);
    if (project.weights.size() == model.architecture().parameterCount())
        model.setParameters(project.weights);
}

} // namespace bpui

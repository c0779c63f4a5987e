#include "session/projectconversion.h"

#include "session/projectmodel.h"

#include "csvloader.h"
#include "idxloader.h"

#include <memory>
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
    // Edited generated data: the points themselves, not only the generator's seed.
    if (source.edited && source.kind == DataSource::Kind::Generator)
        out.points = std::make_shared<const bp::Dataset>(data);
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
    out.edited = source.points != nullptr;
    return out;
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
    project.features = model.features();
    project.weights = model.parameters();
    project.runs = std::move(runs);
    return project;
}

ProjectState projectState(const bp::Project& project, const std::string& source,
                          const bp::CancellationToken* token)
{
    ProjectState state;
    state.dataset = bp::loadProjectData(project.data, token);
    state.source = toGui(project.data);
    state.validationFraction = project.validationFraction;
    state.testFraction = project.testFraction;
    state.splitSeed = project.splitSeed;
    state.normalizationKind = project.normalization;
    state.features = project.features;
    state.architecture = project.architecture;
    state.initKind = project.initKind;
    state.initSeed = project.initSeed;
    state.config = project.config;
    state.parameters = project.weights;
    prepareState(state, source);
    return state;
}

} // namespace bpui

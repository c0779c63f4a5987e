#include "session/runsmodel.h"

#include "session/continuoushistory.h"

#include "session/displaynames.h"
#include "session/projectmodel.h"

#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cmath>

namespace bpui {

RunsModel::RunsModel(ProjectModel* model, LiveHistory* history, QObject* parent)
    : QAbstractTableModel(parent), model_(model), history_(history)
{
    currentData_ = dataLabel(*model_);
    runs_.push_back(makeLiveRun());
    connect(history_, &LiveHistory::aboutToStartOver, this, &RunsModel::beginLiveRun);
    connect(model_, &ProjectModel::datasetChanged, this, &RunsModel::onDataChanged);
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes) {
        if (changes & DataChanged)
            onDataChanged();
    });
    // New rows refresh the live row's figures (final cost, iterations).
    connect(history_, &LiveHistory::appended, this, [this] { emitRowChanged(count() - 1); });
}

QString RunsModel::dataLabel(const ProjectModel& model)
{
    const bp::Dataset& data = model.dataset();
    const DataSource& source = model.dataSource();
    switch (source.kind) {
    case DataSource::Kind::Generator: {
        const bp::GeneratorSpec& g = source.generator;
        return tr("%1 · %2 examples · noise %3 · seed %4")
            .arg(DisplayNames::generator(QString::fromStdString(g.name)))
            .arg(data.size())
            .arg(g.noise, 0, 'g', 3)
            .arg(g.seed);
    }
    case DataSource::Kind::Csv:
        return tr("%1 · %2 × %3")
            .arg(QFileInfo(source.path).fileName())
            .arg(data.size())
            .arg(data.featureCount());
    case DataSource::Kind::Idx:
        return tr("%1 · %2 images").arg(QFileInfo(source.path).fileName()).arg(data.size());
    }
    return {};
}

bool RunsModel::isOtherData(const Run& run) const
{
    return !run.live && !run.data.isEmpty() && run.data != currentData_;
}

void RunsModel::onDataChanged()
{
    const QString label = dataLabel(*model_);
    if (label == currentData_)
        return;
    currentData_ = label;
    // The live run trains on the new data from here; one with rows is about to be kept
    // (LiveHistory::aboutToStartOver) under its old data.
    if (liveHistory().empty())
        runs_.back()->data = label;
    for (const auto& run : runs_)
        if (run->ticked && isOtherData(*run)) {
            run->ticked = false;
            emit overlayChanged(run->id);
        }
    if (count() > 0)
        emit dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1));
}

QColor RunsModel::paletteColour(int index)
{
    // Distinct from the live curves' blue, orange, green and purple.
    static const std::array<QRgb, 10> palette = {0xd62728, 0x17becf, 0x8c564b, 0xe377c2, 0xbcbd22,
                                                 0x393b79, 0x7f7f7f, 0xad494a, 0x637939, 0x8c6d31};
    return QColor(palette[static_cast<std::size_t>(index) % palette.size()]);
}

QString RunsModel::settingsSummary(const bp::TrainingConfig& config)
{
    QString text = DisplayNames::optimizer(config.optimizer);
    if (!bp::isLineSearchOptimizer(config.optimizer))
        text += tr(" · lr %1").arg(config.learningRate, 0, 'g', 4);
    text += tr(" · λ %1").arg(config.lambda, 0, 'g', 4);
    if (config.batchSize > 0 && !bp::isLineSearchOptimizer(config.optimizer))
        text += tr(" · batch %1").arg(config.batchSize);
    return text;
}

const bp::TrainingHistory& RunsModel::historyOf(const Run& run) const
{
    return run.live ? liveHistory() : run.history;
}

std::unique_ptr<RunsModel::Run> RunsModel::makeLiveRun()
{
    auto run = std::make_unique<Run>();
    run->id = nextId_++;
    run->colour = paletteColour(run->id - 1);
    run->name = tr("Run %1").arg(nextNumber_++);
    restartLiveRun(*run);
    return run;
}

void RunsModel::restartLiveRun(Run& run)
{
    if (!nextName_.isEmpty())
        run.name = nextName_;
    nextName_.clear();
    run.architecture = model_->architecture();
    run.data = currentData_;
    run.config = model_->config();
    run.initKind = model_->initKind();
    run.initSeed = model_->initSeed();
    run.live = true;
    run.timeline = TimelineRecorder();
    if (model_->parameters().size() == run.architecture.parameterCount())
        run.timeline.offer(0, model_->parameters());
    liveLatest_.reset();
    liveConfigTaken_ = false;
}

void RunsModel::beginLiveRun()
{
    Run& live = *runs_.back();
    const bp::TrainingHistory& rows = liveHistory();
    if (!rows.empty()) {
        // The live run ends here: keep it with its rows and the last weights it reached.
        live.history = continuousHistory(rows);
        if (liveLatest_)
            live.finalWeights = *liveLatest_;
        if (live.finalWeights.size() != live.architecture.parameterCount())
            live.finalWeights.resize(0);
        live.live = false;
        const int row = count() - 1;
        emitRowChanged(row);
        beginInsertRows({}, count(), count());
        runs_.push_back(makeLiveRun());
        endInsertRows();
        if (live.ticked)
            emit overlayChanged(live.id);
        return;
    }
    // Nothing trained yet: the live run simply starts again from the new weights, with the
    // same id, colour and "Run N" (not a new number per reset).
    restartLiveRun(live);
    emitRowChanged(count() - 1);
}

void RunsModel::recordLiveSnapshot(const TrainingSnapshot& snapshot)
{
    Run& live = *runs_.back();
    if (!liveConfigTaken_ && !snapshot.newRows.empty()) {
        live.config = model_->config(); // the settings the run was trained with
        live.architecture = model_->architecture();
        liveConfigTaken_ = true;
    }
    if (snapshot.parameters && snapshot.parameters->size() == live.architecture.parameterCount()) {
        liveLatest_ = snapshot.parameters;
        live.timeline.offer(snapshot.latest.iteration, *snapshot.parameters);
    }
    emitRowChanged(count() - 1);
}

int RunsModel::addRun(Run run)
{
    run.id = nextId_++;
    run.live = false;
    if (run.data.isEmpty()) // races train on the project's data
        run.data = currentData_;
    if (!run.colour.isValid())
        run.colour = paletteColour(run.id - 1);
    const int row = count() - 1; // before the live run
    beginInsertRows({}, row, row);
    runs_.insert(runs_.begin() + row, std::make_unique<Run>(std::move(run)));
    endInsertRows();
    const Run& added = *runs_[static_cast<std::size_t>(row)];
    if (added.ticked)
        emit overlayChanged(added.id);
    return added.id;
}

void RunsModel::appendRows(int id, const std::vector<bp::IterationStats>& rows)
{
    Run* run = findMutable(id);
    if (run == nullptr || run->live || rows.empty())
        return;
    const int first = static_cast<int>(run->history.size());
    run->history.append(rows);
    emitRowChanged(rowOf(id));
    emit rowsAppended(id, first);
}

void RunsModel::offerSnapshot(int id, long iteration, const bp::Vector& weights)
{
    Run* run = findMutable(id);
    if (run != nullptr && weights.size() == run->architecture.parameterCount())
        run->timeline.offer(iteration, weights);
}

void RunsModel::finishRun(int id, const bp::Vector& finalWeights)
{
    Run* run = findMutable(id);
    if (run == nullptr)
        return;
    run->racing = false;
    if (finalWeights.size() == run->architecture.parameterCount())
        run->finalWeights = finalWeights;
    emitRowChanged(rowOf(id));
}

bool RunsModel::removeRun(int id)
{
    const int row = rowOf(id);
    if (row < 0 || runs_[static_cast<std::size_t>(row)]->live)
        return false;
    emit runRemoved(id);
    beginRemoveRows({}, row, row);
    runs_.erase(runs_.begin() + row);
    endRemoveRows();
    return true;
}

void RunsModel::setTicked(int id, bool ticked)
{
    Run* run = findMutable(id);
    if (run == nullptr || run->live || run->ticked == ticked || (ticked && isOtherData(*run)))
        return;
    run->ticked = ticked;
    emitRowChanged(rowOf(id));
    emit overlayChanged(id);
}

bool RunsModel::rename(int id, const QString& name)
{
    Run* run = findMutable(id);
    const QString trimmed = name.trimmed();
    if (run == nullptr || trimmed.isEmpty())
        return false;
    run->name = trimmed;
    emitRowChanged(rowOf(id));
    if (run->ticked)
        emit overlayChanged(id);
    return true;
}

const RunsModel::Run* RunsModel::find(int id) const
{
    for (const auto& run : runs_)
        if (run->id == id)
            return run.get();
    return nullptr;
}

RunsModel::Run* RunsModel::findMutable(int id)
{
    return const_cast<Run*>(find(id));
}

int RunsModel::idAt(int row) const
{
    return row >= 0 && row < count() ? runs_[static_cast<std::size_t>(row)]->id : -1;
}

int RunsModel::rowOf(int id) const
{
    for (int i = 0; i < count(); ++i)
        if (runs_[static_cast<std::size_t>(i)]->id == id)
            return i;
    return -1;
}

std::vector<int> RunsModel::tickedIds() const
{
    std::vector<int> ids;
    for (const auto& run : runs_)
        if (run->ticked)
            ids.push_back(run->id);
    return ids;
}

// --- project files ----------------------------------------------------------------------

std::vector<bp::ProjectRun> RunsModel::toProjectRuns() const
{
    std::vector<bp::ProjectRun> out;
    for (const auto& run : runs_) {
        const bp::TrainingHistory& rows = historyOf(*run);
        if (rows.empty())
            continue;
        bp::ProjectRun p;
        p.name = run->name.toStdString();
        p.data = run->data.toStdString();
        p.architecture = run->architecture;
        p.config = run->config;
        p.initKind = run->initKind;
        p.initSeed = run->initSeed;
        p.history = rows.rows(); // the file's plain rows, for as long as it is written
        p.finalWeights = run->live ? model_->parameters() : run->finalWeights;
        if (p.finalWeights.size() != p.architecture.parameterCount())
            p.finalWeights.resize(0);
        // Another data set's weights cannot be viewed on this one: its history and final
        // weights are kept, its timeline (most of a large network's bytes) is not.
        if (!isOtherData(*run))
            p.timeline = run->timeline.snapshots();
        out.push_back(std::move(p));
    }
    return out;
}

void RunsModel::load(const std::vector<bp::ProjectRun>& runs, const bp::Vector& currentWeights)
{
    beginResetModel();
    runs_.clear();
    nextId_ = 1;
    nextNumber_ = 1;
    bp::TrainingHistory liveRows;
    std::size_t finished = runs.size();
    const bool continues = !runs.empty() && runs.back().finalWeights.size() > 0 &&
                           runs.back().finalWeights.size() == currentWeights.size() &&
                           runs.back().finalWeights == currentWeights;
    if (continues)
        --finished;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const bp::ProjectRun& p = runs[i];
        auto run = std::make_unique<Run>();
        run->id = nextId_++;
        run->name = QString::fromStdString(p.name);
        run->data = p.data.empty() ? currentData_ : QString::fromStdString(p.data);
        run->architecture = p.architecture;
        run->config = p.config;
        run->initKind = p.initKind;
        run->initSeed = p.initSeed;
        run->finalWeights = p.finalWeights;
        run->timeline.assign(p.timeline);
        run->colour = paletteColour(run->id - 1);
        if (i < finished) {
            run->history = bp::TrainingHistory(p.history);
        } else {
            run->live = true;
            liveRows = bp::TrainingHistory(p.history);
            liveLatest_ = std::make_shared<const bp::Vector>(p.finalWeights);
            liveConfigTaken_ = true;
        }
        runs_.push_back(std::move(run));
    }
    nextNumber_ = static_cast<int>(runs.size()) + 1;
    if (!continues)
        runs_.push_back(makeLiveRun());
    endResetModel();
    history_->restore(std::move(liveRows));
}

void RunsModel::clear()
{
    beginResetModel();
    runs_.clear();
    nextId_ = 1;
    nextNumber_ = 1;
    runs_.push_back(makeLiveRun());
    endResetModel();
    history_->restore({});
}

// --- table ------------------------------------------------------------------------------

void RunsModel::emitRowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

int RunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Run& run = *runs_[static_cast<std::size_t>(index.row())];
    const bp::TrainingHistory& rows = historyOf(run);
    if (role == Qt::ForegroundRole && isOtherData(run))
        return QColor(0x80, 0x80, 0x80);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return run.name;
        if (role == Qt::DecorationRole) // the live run is the cost plot's own blue curve
            return run.live ? QColor(0x1f, 0x77, 0xb4) : run.colour;
        if (role == Qt::CheckStateRole && !run.live && !isOtherData(run))
            return run.ticked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && isOtherData(run))
            return tr("Trained on other data (%1); the project's data is now %2. Kept, but "
                      "not overlaid on this data's cost plot.")
                .arg(run.data, currentData_);
        if (role == Qt::ToolTipRole)
            return run.live ? tr("The live run: its curve is the cost plot's own. "
                                 "It becomes a kept run at the next weight reset or branch.")
                            : tr("Tick to overlay this run's cost curve; double-click to rename.");
        break;
    case SettingsColumn:
        if (role == Qt::DisplayRole) {
            QString text = settingsSummary(run.config);
            if (isOtherData(run))
                text += tr(" · other data: %1").arg(run.data);
            else if (run.live)
                text += tr(" · live");
            else if (run.racing)
                text += tr(" · racing");
            return text;
        }
        break;
    case CostColumn:
        if (role == Qt::DisplayRole && !rows.empty())
            return QString::number(rows.back().trainCost, 'g', 5);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IterationsColumn:
        if (role == Qt::DisplayRole && !rows.empty())
            return QString::number(rows.back().iteration);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool RunsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != NameColumn)
        return false;
    const int id = idAt(index.row());
    if (role == Qt::CheckStateRole) {
        setTicked(id, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole)
        return rename(id, value.toString());
    return false;
}

Qt::ItemFlags RunsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn) {
        f |= Qt::ItemIsEditable;
        const Run& run = *runs_[static_cast<std::size_t>(index.row())];
        if (!run.live && !isOtherData(run))
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Run");
    case SettingsColumn:
        return tr("Settings");
    case CostColumn:
        return tr("Final cost");
    case IterationsColumn:
        return tr("Iterations");
    default:
        return {};
    }
}

} // namespace bpui

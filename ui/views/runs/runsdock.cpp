#include "views/runs/runsdock.h"

#include "views/plots/costplot.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/enginemessages.h"
#include "views/runs/timelineview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>

#include <exception>

namespace bpui {

RunsDock::RunsDock(RunsModel* runs, ProjectModel* model, CostPlot* costPlot, TimelineView* timeline,
                   QWidget* parent)
    : QWidget(parent), runs_(runs), model_(model), costPlot_(costPlot), timeline_(timeline)
{
    makeTable();
    makeRunButtons();
    makeTimelineControls();
    layOut();
    connectControls();
    followRuns();
    table_->installEventFilter(this);
    refreshTimeline();
}

void RunsDock::makeTable()
{
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("runsTable"));
    table_->setAccessibleName(tr("Runs"));
    table_->setModel(runs_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(RunsModel::NameColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(RunsModel::SettingsColumn,
                                                     QHeaderView::ResizeToContents);
    table_->setToolTip(tr("Tick runs to overlay their cost curves; double-click a name to "
                          "rename; Delete removes the selected runs"));
}

void RunsDock::makeRunButtons()
{
    deleteButton_ = new QPushButton(tr("Delete"), this);
    deleteButton_->setObjectName(QStringLiteral("runsDeleteButton"));
    deleteButton_->setToolTip(tr("Remove the selected runs (not the live one) (Delete)"));
    raceButton_ = new QPushButton(tr("Race…"), this);
    raceButton_->setObjectName(QStringLiteral("runsRaceButton"));
    raceButton_->setToolTip(tr("Train several optimisers, learning rates or λ values from the "
                               "current weights and compare their curves"));
    deleteAction_ = new QAction(this);
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table_->addAction(deleteAction_);
}

void RunsDock::makeTimelineControls()
{
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("timelineSlider"));
    slider_->setAccessibleName(tr("Timeline position"));
    slider_->setToolTip(tr("Scrub through the selected run's weight snapshots: the Timeline "
                           "dock shows the network as it was (the live weights stay as they are)"));
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("timelineLabel"));
    liveButton_ = new QPushButton(tr("Back to live"), this);
    liveButton_->setObjectName(QStringLiteral("timelineLiveButton"));
    liveButton_->setToolTip(tr("Leave the timeline: the main views show the live weights"));
    branchButton_ = new QPushButton(tr("Branch from here"), this);
    branchButton_->setObjectName(QStringLiteral("timelineBranchButton"));
    branchButton_->setToolTip(tr("Make the viewed weights (with that run's network and "
                                 "settings) the current ones and train a new run from them"));
}

void RunsDock::layOut()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(deleteButton_);
    buttons->addStretch(1);
    buttons->addWidget(raceButton_);
    auto* timelineRow = new QHBoxLayout;
    timelineRow->addWidget(new QLabel(tr("Timeline:"), this));
    timelineRow->addWidget(slider_, 1);
    timelineRow->addWidget(liveButton_);
    timelineRow->addWidget(branchButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addLayout(timelineRow);
    layout->addWidget(label_);
}

void RunsDock::connectControls()
{
    connect(deleteButton_, &QPushButton::clicked, this, &RunsDock::deleteSelected);
    connect(deleteAction_, &QAction::triggered, this, &RunsDock::deleteSelected);
    connect(raceButton_, &QPushButton::clicked, this, &RunsDock::raceRequested);
    connect(slider_, &QSlider::valueChanged, this, &RunsDock::viewPoint);
    connect(liveButton_, &QPushButton::clicked, this, &RunsDock::backToLive);
    connect(branchButton_, &QPushButton::clicked, this, &RunsDock::branchFromHere);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsDock::onCurrentRowChanged);
}

void RunsDock::followRuns()
{
    connect(runs_, &RunsModel::overlayChanged, this, &RunsDock::syncOverlay);
    connect(runs_, &RunsModel::rowsAppended, this, &RunsDock::appendOverlay);
    connect(runs_, &RunsModel::runRemoved, costPlot_, &CostPlot::removeOverlay);
    connect(runs_, &RunsModel::runRemoved, this, [this](int id) {
        if (id == selectedId_) {
            selectedId_ = -1;
            backToLive();
        }
    });
    connect(runs_, &QAbstractItemModel::modelReset, this, [this] {
        rebuildOverlays();
        selectedId_ = -1;
        backToLive();
    });
    connect(runs_, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (runs_->idAt(topLeft.row()) == selectedId_)
            refreshTimeline();
    });
}

bool RunsDock::eventFilter(QObject* watched, QEvent* event)
{
    // Space is the window's Train / Pause shortcut; in the table it ticks the current run.
    if (watched == table_ && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// --- overlays ---------------------------------------------------------------------------

void RunsDock::syncOverlay(int id)
{
    const RunsModel::Run* run = runs_->find(id);
    if (run == nullptr || !run->ticked) {
        costPlot_->removeOverlay(id);
        return;
    }
    costPlot_->setOverlay(id, run->name, run->colour, runs_->historyOf(*run));
}

void RunsDock::appendOverlay(int id, int first)
{
    const RunsModel::Run* run = runs_->find(id);
    if (run == nullptr || !run->ticked || costPlot_->overlayGraph(id) == nullptr)
        return;
    costPlot_->appendOverlayRows(id, runs_->historyOf(*run));
}

void RunsDock::rebuildOverlays()
{
    costPlot_->clearOverlays();
    for (int id : runs_->tickedIds())
        syncOverlay(id);
}

// --- selection and timeline -------------------------------------------------------------

void RunsDock::selectRun(int id)
{
    const int row = runs_->rowOf(id);
    if (row < 0)
        return;
    table_->selectionModel()->setCurrentIndex(runs_->index(row, RunsModel::NameColumn),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

void RunsDock::onCurrentRowChanged()
{
    selectedId_ = runs_->idAt(table_->selectionModel()->currentIndex().row());
    viewedPoint_ = -1;
    refreshTimeline();
    if (viewing_)
        backToLive();
}

std::vector<RunsDock::Point> RunsDock::points() const
{
    std::vector<Point> out;
    const RunsModel::Run* run = runs_->find(selectedId_);
    if (run == nullptr || runs_->isOtherData(*run))
        return out;
    for (const bp::TimelineSnapshot& s : run->timeline.snapshots())
        out.push_back({s.iteration, &s.weights});
    const bp::TrainingHistory& rows = runs_->historyOf(*run);
    const long lastIteration = rows.empty() ? 0 : rows.back().iteration;
    const bp::Vector* last = run->live ? &model_->parameters() : &run->finalWeights;
    if (last->size() == run->architecture.parameterCount() &&
        (out.empty() || out.back().iteration < lastIteration))
        out.push_back({lastIteration, last});
    return out;
}

int RunsDock::timelinePointCount() const
{
    return static_cast<int>(points().size());
}

void RunsDock::refreshTimeline()
{
    const int n = timelinePointCount();
    const RunsModel::Run* run = runs_->find(selectedId_);
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, std::max(0, n - 1));
        slider_->setValue(viewedPoint_ >= 0 ? std::min(viewedPoint_, n - 1) : std::max(0, n - 1));
    }
    slider_->setEnabled(n > 0);
    branchButton_->setEnabled(viewing_);
    liveButton_->setEnabled(viewing_);
    deleteButton_->setEnabled(run != nullptr && !run->live);
    if (run == nullptr)
        label_->setText(tr("Select a run to scrub through its weights."));
    else if (runs_->isOtherData(*run))
        label_->setText(tr("%1 was trained on other data (%2): its weights are not shown on "
                           "this data.")
                            .arg(run->name, run->data));
    else if (!viewing_)
        label_->setText(
            tr("%1: %n weight snapshot(s); move the slider to view one.", "", n).arg(run->name));
}

bool RunsDock::viewPoint(int point)
{
    const std::vector<Point> all = points();
    const RunsModel::Run* run = runs_->find(selectedId_);
    if (run == nullptr || point < 0 || point >= static_cast<int>(all.size()))
        return false;
    const Point& p = all[static_cast<std::size_t>(point)];
    const QString caption =
        tr("%1 at iteration %2 (the live weights are untouched)").arg(run->name).arg(p.iteration);
    if (!timeline_->showWeights(run->architecture, *p.weights, caption)) {
        label_->setText(tr("Cannot show this run here: see the Timeline dock."));
        return false;
    }
    viewedPoint_ = point;
    if (slider_->value() != point) {
        const QSignalBlocker block(slider_);
        slider_->setValue(point);
    }
    const bool was = viewing_;
    viewing_ = true;
    label_->setText(tr("Viewing %1 at iteration %2 (snapshot %3 of %4).")
                        .arg(run->name)
                        .arg(p.iteration)
                        .arg(point + 1)
                        .arg(all.size()));
    branchButton_->setEnabled(true);
    liveButton_->setEnabled(true);
    if (!was)
        emit viewingChanged(true);
    return true;
}

void RunsDock::backToLive()
{
    const bool was = viewing_;
    viewing_ = false;
    viewedPoint_ = -1;
    timeline_->clearView(tr("Showing nothing: the main views show the live weights. Move the "
                            "Runs dock's timeline slider to look back."));
    refreshTimeline();
    if (was)
        emit viewingChanged(false);
}

bool RunsDock::branchFromHere()
{
    const std::vector<Point> all = points();
    const RunsModel::Run* run = runs_->find(selectedId_);
    if (!viewing_ || run == nullptr || viewedPoint_ < 0 ||
        viewedPoint_ >= static_cast<int>(all.size()))
        return false;
    // Copies: the run's timeline may change (or the run end) as the weights are set.
    const bp::Vector weights = *all[static_cast<std::size_t>(viewedPoint_)].weights;
    const long iteration = all[static_cast<std::size_t>(viewedPoint_)].iteration;
    const bp::Architecture arch = run->architecture;
    const bp::TrainingConfig config = run->config;
    const QString name = tr("%1 @ %2").arg(run->name).arg(iteration);
    try {
        if (!(model_->architecture() == arch)) {
            model_->setHiddenLayers({arch.layerSizes.begin() + 1, arch.layerSizes.end() - 1},
                                    {arch.activations.begin(), arch.activations.end() - 1});
            model_->setOutputActivation(arch.outputActivation());
        }
    } catch (const std::exception& error) {
        emit statusMessage(tr("Cannot branch: %1").arg(EngineMessages::text(error.what())));
        return false;
    }
    if (!(model_->architecture() == arch)) {
        emit statusMessage(tr("Cannot branch: this run's network does not fit the current data."));
        return false;
    }
    model_->setConfig(config);
    runs_->setNextRunName(name);
    model_->setParameters(weights); // the live run ends; "<run> @ N" starts from these weights
    backToLive();
    selectRun(runs_->liveRun().id);
    emit statusMessage(
        tr("Branched: %1 starts from the weights of iteration %2.").arg(name).arg(iteration));
    emit branched();
    return true;
}

void RunsDock::deleteSelected()
{
    std::vector<int> ids;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        ids.push_back(runs_->idAt(index.row()));
    for (int id : ids)
        runs_->removeRun(id);
}

} // namespace bpui

#pragma once
// The Runs dock: every run of the project (RunsModel) with tick boxes that overlay the run's
// cost curve on the cost plot, rename (double-click), Delete, Race…, and the timeline of the
// selected run: a slider over its weight snapshots that shows the network as it was in the
// Timeline dock (the live weights stay untouched), "Back to live" and "Branch from here".
//
// objectNames: "runsTable" (QTableView), "runsDeleteButton", "runsRaceButton",
// "timelineSlider", "timelineLabel", "timelineLiveButton", "timelineBranchButton".

#include "types.h"

#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;

namespace bpui {

class CostPlot;
class ProjectModel;
class RunsModel;
class TimelineView;

class RunsDock : public QWidget
{
    Q_OBJECT
public:
    RunsDock(RunsModel* runs, ProjectModel* model, CostPlot* costPlot, TimelineView* timeline,
             QWidget* parent = nullptr);
    void selectRun(int id);
    /// The timeline points of the selected run: its snapshots, then its final (or, for the
    /// live run, current) weights.
    int timelinePointCount() const;
    bool isViewing() const { return viewing_; }

public slots:
    /// Shows timeline point `point` of the selected run in the Timeline dock.
    bool viewPoint(int point);
    void backToLive();
    /// Sets the viewed weights (and the run's architecture and settings) as the project's
    /// and starts a run "<run> @ N" from them. False when nothing is viewed or it fails.
    bool branchFromHere();
    void deleteSelected();

signals:
    void raceRequested();
    void viewingChanged(bool viewing); // the Timeline dock should come forward (or go)
    void branched();                   // a branch was set up: training may start
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void makeTable();
    void makeRunButtons(); // Delete (also the Delete key in the table) and Race…
    void makeTimelineControls();
    void layOut();
    void connectControls();
    void followRuns(); // overlays on the cost plot, and the selected run's timeline
    struct Point
    {
        long iteration = 0;
        const bp::Vector* weights = nullptr;
    };
    std::vector<Point> points() const;
    void syncOverlay(int id);
    void appendOverlay(int id, int first);
    void rebuildOverlays();
    void refreshTimeline();
    void onCurrentRowChanged();

    RunsModel* runs_;
    ProjectModel* model_;
    CostPlot* costPlot_;
    TimelineView* timeline_;
    QTableView* table_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
    QPushButton* raceButton_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* label_ = nullptr;
    QPushButton* liveButton_ = nullptr;
    QPushButton* branchButton_ = nullptr;
    int selectedId_ = -1;
    int viewedPoint_ = -1;
    bool viewing_ = false;
};

} // namespace bpui

#pragma once
// The training runs of a project, as a table for the Runs dock: the runs kept from the
// opened file, the runs of this session and the races' runs, with the live run last.
//
// When a run starts and ends: the live run begins whenever the weights are set from outside
// training (Reset weights, a new architecture or data, Branch from here, a project opened:
// LiveHistory::aboutToStartOver) and collects every history row until the next such
// moment; it is then kept as a finished run if it has any row. Its rows are the session's
// LiveHistory, so they are not stored twice. A race adds one run per racer that fills while
// the race runs.
//
// Columns: name (editable; tick box = overlay on the cost plot; colour swatch), settings
// (optimiser, learning rate, λ), final cost, iterations.
//
// Runs are tied to the data set they were trained on (Run::data): after the project's data
// changes, runs of the old data stay in the table, greyed and labelled with their data, but
// cannot be ticked (their curves are not comparable) or scrubbed on the new data.

#include "projectfile.h"
#include "session/livehistory.h"
#include "session/timelinerecorder.h"
#include "worker/trainingsnapshot.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace bpui {

class ProjectModel;

class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SettingsColumn,
        CostColumn,
        IterationsColumn,
        ColumnCount
    };

    struct Run
    {
        int id = 0;
        QString name;
        QString data; // the data set it was trained on (dataLabel); empty = the project's
        bp::Architecture architecture;
        bp::TrainingConfig config;
        bp::InitKind initKind = bp::InitKind::UniformEpsilon;
        std::uint64_t initSeed = 1;
        bp::TrainingHistory history; // empty for the live run (see liveHistory)
        bp::Vector finalWeights;     // empty while live or racing
        TimelineRecorder timeline;   // first snapshot = the starting weights
        QColor colour;
        bool ticked = false;
        bool live = false;
        bool racing = false;
    };

    /// `history` holds the live run's rows; both outlive the model.
    RunsModel(ProjectModel* model, LiveHistory* history, QObject* parent = nullptr);

    const bp::TrainingHistory& liveHistory() const { return history_->rows(); }
    /// Rows of any run (the live run's from the live history).
    const bp::TrainingHistory& historyOf(const Run& run) const;

    // --- the live run ------------------------------------------------------------------
    /// The name of the next live run (Branch from here); otherwise "Run N".
    void setNextRunName(const QString& name) { nextName_ = name; }
    /// A training snapshot of the live run: its settings are taken at its first row, the
    /// weights feed its timeline.
    void recordLiveSnapshot(const TrainingSnapshot& snapshot);
    const Run& liveRun() const { return *runs_.back(); }

    // --- other runs (races) --------------------------------------------------------------
    /// Adds a finished (or filling) run before the live run; returns its id.
    int addRun(Run run);
    void appendRows(int id, const std::vector<bp::IterationStats>& rows);
    void offerSnapshot(int id, long iteration, const bp::Vector& weights);
    void finishRun(int id, const bp::Vector& finalWeights);
    /// Removes a run (not the live one). False when there is no such run.
    bool removeRun(int id);
    void setTicked(int id, bool ticked);
    bool rename(int id, const QString& name);

    // --- lookup --------------------------------------------------------------------------
    const Run* find(int id) const;
    int idAt(int row) const;
    int rowOf(int id) const;
    int count() const { return static_cast<int>(runs_.size()); }
    std::vector<int> tickedIds() const;

    // --- project files -------------------------------------------------------------------
    /// Every run for the project file: finished ones in order, then the live run when it has
    /// rows (its final weights are the model's current ones).
    std::vector<bp::ProjectRun> toProjectRuns() const;
    /// Replaces every run by the file's. The last run continues as the live one when the
    /// current weights are exactly its final weights (training from here extends it): its
    /// rows become the live history. Otherwise a fresh live run starts.
    void load(const std::vector<bp::ProjectRun>& runs, const bp::Vector& currentWeights);
    /// A new project: no runs but a fresh live one, and an empty live history.
    void clear();

    /// A short label of the model's data set, different for different data: "spiral · 500
    /// examples · noise 0.1 · seed 1", "wine.csv · 178 × 13", "train-images… · 1000 images".
    static QString dataLabel(const ProjectModel& model);
    /// True when `run` was trained on another data set than the project's current one: it is
    /// kept and listed but cannot be overlaid on this data's cost plot or viewed on it.
    bool isOtherData(const Run& run) const;

    static QColor paletteColour(int index);
    static QString settingsSummary(const bp::TrainingConfig& config);

    // QAbstractTableModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    /// A run's overlay must be (re)drawn or removed: ticked, unticked, renamed or removed.
    void overlayChanged(int id);
    /// Rows were appended to run id from index `first` on (races, while they run).
    void rowsAppended(int id, int first);
    /// A run was removed; its overlay must go.
    void runRemoved(int id);

private:
    /// The weights were set from outside training: keep the live run (when it has rows) and
    /// start a new one from the model's current weights.
    void beginLiveRun();
    /// A new live run with the next id, colour and "Run N".
    std::unique_ptr<Run> makeLiveRun();
    /// The live run starts again from the model's current weights, keeping its id and colour
    /// (and its name unless the next run was named).
    void restartLiveRun(Run& live);
    Run* findMutable(int id);
    void emitRowChanged(int row);
    /// The project's data changed: runs of other data leave the cost plot.
    void onDataChanged();

    ProjectModel* model_;
    LiveHistory* history_;
    std::vector<std::unique_ptr<Run>> runs_;       // the live run is always last
    std::shared_ptr<const bp::Vector> liveLatest_; // the newest weights the live run reached
    QString nextName_;
    QString currentData_; // dataLabel of the project's data
    int nextId_ = 1;
    int nextNumber_ = 1;           // "Run N"
    bool liveConfigTaken_ = false; // the live run's settings were taken at its first row
};

} // namespace bpui

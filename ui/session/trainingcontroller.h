#pragma once
// The GUI-thread side of training: owns the worker thread, turns button presses into worker
// commands, applies snapshots to the project, appends their rows to the live history and
// numbers iterations continuously across runs. When the weights are set from outside
// training (a reset, a new architecture or data, a project replaced) the history starts over.
//
// The divergence guard's rule runs in the worker (worker/divergencerule.h), which pauses
// itself at a blow-up; the controller turns that into the Paused state and
// divergenceTripped(). It rearms the rule whenever the history starts over or is rewound.

#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "worker/trainingoutbox.h"
#include "worker/trainingsnapshot.h"

#include <QObject>
#include <QThread>

class QTimer;

namespace bpui {

class TrainingWorker;

class TrainingController : public QObject
{
    Q_OBJECT
public:
    /// Trains `model`'s network and writes the rows into `history`; both outlive it.
    TrainingController(ProjectModel* model, LiveHistory* history, QObject* parent = nullptr);
    /// Stops a running worker and joins its thread.
    ~TrainingController() override;

    TrainingState state() const { return state_; }
    /// Training examples (m) of the last run started: what the worker trains on (0 before
    /// any run). A restart on painted data shows here.
    bp::Index runExamples() const { return runExamples_; }
    bool isActive() const
    {
        return state_ == TrainingState::Running || state_ == TrainingState::Paused;
    }
    /// Iterations since the weights were last reset (across Train / Stop / Train).
    long totalIterations() const { return baseIteration_ + lastRunIteration_; }
    /// Iterations, epochs and seconds of the current (or last) run alone: what its budget
    /// counts and its time left is estimated from.
    long runIteration() const { return lastRunIteration_; }
    double runEpoch() const { return lastRunEpoch_; }
    double runSeconds() const { return lastRunSeconds_; }
    int gradientCheckEvery() const { return gradientCheckEvery_; }
    /// Rows the worker has produced, every run together (TrainingWorker::iterationsRun): a
    /// pause asked for now has taken effect when at most one more has arrived.
    std::uint64_t workerIterations() const;
    /// What the state means in words, for the status bar: "Training", "Paused at iteration
    /// 37", "Stopped at iteration 600", "Finished: 200 more iterations, 600 in all", …
    /// Iterations count the whole history; a budget counts from each Train.
    QString statusWords() const { return statusWords_; }
    /// The sentence finished() carries as its result's message: the status words and what
    /// the trainer said, with its iterations renumbered to count the whole history.
    static QString describeEnd(const bp::TrainingResult& result, const bp::TrainingConfig& config,
                               long iterationsBefore, double epochsBefore);

public slots:
    void train();       // start, or resume when paused
    void togglePause(); // Space: train / pause / resume
    void pause();
    void step(); // exactly one iteration, then paused
    void stop();
    void setGradientCheckEvery(int iterations);
    /// Whether snapshots carry the full-batch gradient (only worth its cost when shown).
    void setPublishGradient(bool on);
    /// Ends a running or paused run and puts `params` (weights this history passed through
    /// at `iteration`) back in the project, keeping the cost history: the next Train goes on
    /// from there with the iteration count continuing.
    void rewindTo(const bp::Vector& params, long iteration);
    /// The person lets a diverging run go on: the guard does not pause again until the
    /// history starts over or is rewound.
    void letDivergenceRunOn();

signals:
    void stateChanged(bpui::TrainingState state);
    /// statusWords() changed (emitted after stateChanged).
    void statusWordsChanged(const QString& words);
    /// Rows renumbered to continue the history since the last reset (already appended to
    /// the live history when this is emitted).
    void snapshotReceived(const bpui::TrainingSnapshot& snapshot);
    /// The guard paused training at trip.iteration (history numbering); the snapshot with
    /// that row came just before.
    void divergenceTripped(const bpui::DivergenceTrip& trip);
    void finished(const bp::TrainingResult& result);
    void failed(const QString& message);
    void gradientChecked(const bpui::GradientCheckOutcome& outcome);
    void message(const QString& text); // for the status bar

private:
    void startRun(bool stepOnly);
    void setState(TrainingState state);
    void setStatusWords(const QString& words);
    void onSnapshot(const bpui::TrainingSnapshot& snapshot);
    void onDivergenceTripped(const bpui::DivergenceTrip& trip);
    void onFinished(const bp::TrainingResult& result);
    void onFailed(const QString& message);
    void onParametersChanged(bpui::WeightsOrigin origin);
    void onConfigChanged();
    void onReplaced(unsigned changes, bpui::ReplaceCause cause);
    /// New weights from outside training: whatever runs stops, the history starts over.
    void startOver();
    /// The project changed under a run: stop it and ignore whatever it still sends.
    void abandonRun();
    /// Painted points while a run is active: restart it on the edited data (see the
    /// constructor).
    void continueOnEditedData();
    /// The current run's counts become the base the next run's rows continue from.
    void carryOverRun();
    void resetCounts();

    ProjectModel* model_;
    LiveHistory* history_;
    TrainingOutbox outbox_; // declared before the thread: it outlives the worker
    QThread thread_;
    TrainingWorker* worker_; // lives on thread_, deleted when it finishes
    TrainingState state_ = TrainingState::Idle;
    long baseIteration_ = 0; // iterations of earlier runs since the last reset
    double baseEpoch_ = 0.0;
    long lastRunIteration_ = 0; // the current run's own iteration count
    double lastRunEpoch_ = 0.0;
    // Cost evaluations and seconds continue across runs like iterations and epochs do.
    long baseEvaluations_ = 0;
    double baseSeconds_ = 0.0;
    long lastRunEvaluations_ = 0;
    double lastRunSeconds_ = 0.0;
    int gradientCheckEvery_ = 0;
    double runLearningRate_ = 0.0;
    double runLambda_ = 0.0;
    QString statusWords_;
    std::uint64_t generation_ = 0; // the worker's number for the current (or last) run
    /// Painted points come one by one within a stroke; the restart waits this long after
    /// the last (a timer in the GUI thread, not a test's wait).
    static constexpr int kEditRestartMs = 60;
    QTimer* editRestart_ = nullptr;
    bp::Index runExamples_ = 0;
};

} // namespace bpui

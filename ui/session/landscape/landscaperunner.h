#pragma once
// Runs a loss-landscape computation (core/landscape.h) off the GUI thread: the path slice
// θ₀→θ, the slice along −∇J and a contour on two directions, one after the other on a
// BackgroundTask whose LossLandscape spreads each computation's points over two threads.
//
// Inputs (LandscapeRequest, copied on the GUI thread before the task starts, never read
// back): the architecture, the training split shared immutable, λ, the current weights θ,
// the run's starting weights θ₀, the trajectory θ_0 … θ_k (the live run's timeline, at most
// TimelineRecorder::kDefaultMaxCount = 256 snapshots, with θ appended when the timeline's
// last snapshot is not θ itself), the learning rate α to mark, the kind of directions and the
// grid size, and the trajectories of the Runs dock's ticked runs of the same network and data
// (a race's racers), drawn on the same plane: the principal directions are then those of all
// the paths together, so a contour centred on the common start shows where each optimiser went.
//
// Hand-over, as CurveRunner's: progress goes into a Mailbox (worker/mailbox.h) under its
// mutex, tagged with its computation's generation, and is drained on the GUI thread; the
// result is written into an Outcome the task owns jointly with us and read after join()
// (BackgroundTask::finished), never through a queued signal. A cancelled computation (or
// one whose inputs went away: another project) has its result dropped: result() keeps the
// previous one, or nothing after a forget.

#include "landscape.h"
#include "preprocessing.h"

#include "worker/backgroundtask.h"
#include "worker/mailbox.h"

#include <QColor>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bpui {

class ProjectModel;
class RunsModel;

enum class LandscapeDirectionsKind
{
    Trajectory, // the principal directions of the training path (Li et al. 2018)
    Random      // two seeded filter-normalised Gaussian directions
};

/// Another run's path to draw on the plane (a ticked run of the Runs dock).
struct LandscapeOtherPath
{
    QString name;
    QColor colour;
    std::vector<bp::Vector> trajectory; // its snapshots in order, its final weights last
    bp::Matrix projected;               // result: k × 2 plane coordinates
};

struct LandscapeRequest
{
    bp::Architecture architecture;
    std::shared_ptr<const bp::DataSplit> split; // J is the training part's cost
    double lambda = 0.0;
    bp::Vector current;                 // θ: the contour's centre and the path's t = 1
    bp::Vector initial;                 // θ₀: the run's starting weights (t = 0)
    std::vector<bp::Vector> trajectory; // θ_0 … θ_k, last == current; may be short
    std::vector<LandscapeOtherPath> others; // other runs' paths (their `projected` empty)
    double learningRate = 0.0;          // α marked on the gradient slice; 0 = none
    LandscapeDirectionsKind directions = LandscapeDirectionsKind::Trajectory;
    int gridSize = bp::LossLandscape::kGridSize; // odd, ≥ 3
    bp::Index maxExamples = 0;                   // sub-sampling; 0 = every training example
    std::uint64_t seed = 1;                      // random directions
    long iteration = 0;                          // the iteration θ was reached at (labels)
};

struct LandscapeResult
{
    LandscapeDirectionsKind directions = LandscapeDirectionsKind::Trajectory;
    bp::LandscapeSlice path;
    bp::LandscapeSlice gradient;
    bp::LandscapeGrid grid;
    // The share of Σ_i ‖θ_i − θ‖² along d₁ and d₂ (unit-normalised for random directions, where
    // it is typically tiny: random directions are nearly orthogonal to the path). NaN without
    // a path.
    double explained1 = bp::LandscapeDirections::kNaN;
    double explained2 = bp::LandscapeDirections::kNaN;
    // The trajectory in the plane's (a, b) coordinates, k × 2 (least squares for directions
    // that are not orthonormal); the last row is (0, 0), θ itself. Empty without a path.
    bp::Matrix projectedPath;
    std::vector<LandscapeOtherPath> others; // the request's, projected (weights dropped)
    bp::Index examplesUsed = 0;
    bp::Index examplesTotal = 0;
    int snapshotsUsed = 0; // over every path: the live run's and the others'
    int gridSize = 0;
    long iteration = 0;
};

class LandscapeRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kThreads = 2;
    /// J is averaged over at most this many training examples (evenly strided): a 41 × 41
    /// grid is 1,793 cost evaluations with the slices, and 2,000 spiral-sized examples keep
    /// one under a few seconds on two cores (bench LS1 times 300 examples at ≤ 1 s).
    static constexpr bp::Index kMaxExamples = 2000;
    static constexpr int kMinSnapshots = 3; // a plane needs three points that differ
    static constexpr int kMinGridSize = 5;
    static constexpr int kMaxGridSize = 101;

    LandscapeRunner(ProjectModel* model, RunsModel* runs, QObject* parent = nullptr);
    /// Cancels a running computation and joins its thread.
    ~LandscapeRunner() override;

    /// The request the project's network, data, weights and live run give.
    static LandscapeRequest requestFor(const ProjectModel& model, const RunsModel& runs,
                                       LandscapeDirectionsKind directions, int gridSize);
    /// Why `request` cannot be computed (for the view to show), or empty.
    static QString problemWith(const LandscapeRequest& request);

    /// Starts `request`; false (and failed(message)) when problemWith says why not, false
    /// while another computation runs (the caller coalesces: see LandscapeDock).
    bool start(LandscapeRequest request);
    /// requestFor(the session's model and runs) then start.
    bool startFromSession(LandscapeDirectionsKind directions, int gridSize);
    void cancel();
    bool isRunning() const { return task_.isRunning(); }
    /// The last computation that finished uncancelled, or null.
    const LandscapeResult* result() const { return result_ ? &*result_ : nullptr; }
    /// Forgets the result (and cancels a running computation): another project or data.
    void forget();

signals:
    void started(int total);
    void progress(int done, int total);
    /// A new result() is in (before finished(false)).
    void resultReady();
    /// The task is joined; cancelled says whether cancel() (or forget()) ended it.
    void finished(bool cancelled);
    void failed(const QString& message);
    /// result() was forgotten: views clear what they show.
    void resultCleared();

private:
    struct Message
    {
        long generation = 0;
        int done = 0;
        int total = 0;
    };
    /// What the task hands back at its end (read after finished()).
    struct Outcome
    {
        std::optional<LandscapeResult> result;
        bool cancelled = false;
        std::string error;
    };
    void drain();
    void onDone();

    ProjectModel* model_;
    RunsModel* runs_;
    BackgroundTask task_;
    Mailbox<Message> mailbox_{this, [this] { drain(); }, 40};
    std::shared_ptr<bp::CancellationToken> token_; // shared with the task, which may still read it
    std::shared_ptr<Outcome> outcome_;
    long generation_ = 0;          // GUI thread only: the running computation's
    bool cancelRequested_ = false; // GUI thread only
    std::optional<LandscapeResult> result_; // GUI thread only
};

} // namespace bpui

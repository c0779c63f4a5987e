#pragma once
// Runs a learning or validation curve (core/curves.h) off the GUI thread: one job per point on
// a pool of two threads (the BackgroundTask's and one helper that bp::runCurve starts), each
// point's products single-threaded, so both cores work and the GUI thread only draws.
//
// Hand-over: a finished point goes into a Mailbox (worker/mailbox.h) under its mutex, tagged
// with its run's generation; drain() on the GUI thread files it into the result and emits
// pointFinished(index). After cancel() no point is filed or announced, even one that finished
// while the cancel was on its way; the threads stop inside their current point's next
// iteration (the trainer checks the token) and finished(true) follows once both are joined.
//
// The last result of each kind (learning, λ, units) is kept here for the project that is
// open: it survives settings edits ("Use this λ" must not erase the curve that chose it) and
// is forgotten when another project or data set comes in. The results are kept with the
// project (bp::ProjectCurve, key "curves"): toProjectCurves() for a save, restore() when a
// project is opened, after the model took its state.

#include "curves.h"
#include "projectfile.h"

#include "session/projectmodel.h"
#include "worker/backgroundtask.h"
#include "worker/mailbox.h"

#include <QObject>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace bpui {

struct CurveRequest
{
    bp::CurveKind kind = bp::CurveKind::Learning;
    std::vector<double> values; // empty: the default grid (learningCurveSizes, lambdaGrid, unitGrid)
    int hiddenLayer = 0;        // Units
    bool evaluateTest = false;  // J_test too: shown on request, never used to choose
};

/// One curve as far as it got: the plan it ran and each point that finished.
struct CurveResult
{
    bp::CurvePlan plan;
    std::vector<std::optional<bp::CurvePoint>> points; // plan.values.size() slots
    bool running = false;
    bool cancelled = false;
    QString error;

    int finishedCount() const;
    /// The finished points in plan order (for the CSV, the reading, the minimum).
    std::vector<bp::CurvePoint> finishedPoints() const;
};

class CurveRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kThreads = 2;

    explicit CurveRunner(ProjectModel* model, QObject* parent = nullptr);
    /// Cancels a running curve and joins its threads.
    ~CurveRunner() override;

    /// The plan the project's current network, settings and split give for `request`.
    /// Throws bp::InputError (checkCurvePlan).
    static bp::CurvePlan planFor(const ProjectModel& model, const CurveRequest& request);

    /// Starts a curve; false (and failed(message)) for a plan that does not fit, false while
    /// another curve runs.
    bool start(const CurveRequest& request);
    void cancel();
    bool isRunning() const { return task_.isRunning(); }
    /// The curve running or last run of this kind, or null.
    const CurveResult* result(bp::CurveKind kind) const;

    /// Every kind's result for the project file, in kind order; a running curve as far as it
    /// got, marked cancelled (the file holds what finished).
    std::vector<bp::ProjectCurve> toProjectCurves() const;
    /// Replaces the results by a file's (the last of each kind wins); a running curve's slot is
    /// left alone. Emits resultsReplaced().
    void restore(const std::vector<bp::ProjectCurve>& curves);

signals:
    void started(int kind, int total);
    /// Point `index` of the running curve is in result(kind).
    void pointFinished(int index);
    void progress(int done, int total);
    /// Both threads are joined; cancelled says whether cancel() ended it.
    void finished(bool cancelled);
    void failed(const QString& message);
    /// The kept results were replaced (restore) or forgotten (another project or data set):
    /// views redraw what they show.
    void resultsReplaced();

private:
    struct Message
    {
        long generation = 0;
        std::size_t index = 0;
        bp::CurvePoint point;
    };
    /// What the pool's thread hands back at its end (read after finished()).
    struct Outcome
    {
        bool cancelled = false;
        std::string error;
    };
    void drain();
    void onDone();
    void forget();
    CurveResult& slot(bp::CurveKind kind);

    ProjectModel* model_;
    BackgroundTask task_;
    Mailbox<Message> mailbox_{this, [this] { drain(); }};
    std::shared_ptr<bp::CancellationToken> token_; // shared with the pool, which may still read it
    std::shared_ptr<Outcome> outcome_;
    long generation_ = 0;            // GUI thread only: the running curve's
    bp::CurveKind runningKind_ = bp::CurveKind::Learning; // GUI thread only
    bool cancelRequested_ = false;    // GUI thread only
    std::array<std::optional<CurveResult>, 3> results_; // GUI thread only, by CurveKind
};

} // namespace bpui

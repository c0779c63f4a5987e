#pragma once
// Crash recovery: a copy of the unsaved project beside the studio's settings, so a crash or a
// `kill -9` loses at most the last 30 seconds of edits (and nothing that a stopped training
// run did).
//
// The copy is an ordinary *.bpstudio project (bp::saveProject, atomic) holding the whole
// state: architecture, settings, weights, the data source (a generator's spec, or the CSV /
// IDX paths made absolute), the runs and their histories. A small JSON file beside it names
// the project's own path and when the copy was written. Each studio writes its own pair,
// named after its process id and start time and guarded by a QLockFile held while the studio
// runs, so two studios never overwrite or offer each other's copy: at start a copy is offered
// only when its lock is free, i.e. its owner is gone.
//
// When: only after ProjectFiles reported an unsaved edit (markChanged) since the last copy;
// then at most every kRecoveryIntervalMs, the first one kRecoverySettleMs after the first
// edit; and at once (however recent the last copy) when training stops: paused, stepped,
// stopped, finished, diverged or failed. Saving, opening or New (setDocument) removes the
// copy, and so does a clean exit (the destructor).
//
// Threads: the GUI thread copies the state (toProject: a few memcpy-like copies, no text);
// a BackgroundTask turns it into JSON and writes it, so a large project never stalls the
// window. A write asked for while one runs starts when it ends, with the state of that
// moment.

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "projectfile.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QLockFile;

namespace bpui {

class BackgroundTask;
class ProjectModel;
class RunsModel;
class TrainingController;

/// The policy. 30 s bounds what a crash can lose while keeping the writes rare: the Fashion
/// lesson after its 200 L-BFGS iterations is a 24-45 MB copy (mostly the run's weight
/// timeline) that takes 2-6 ms to copy on the GUI thread and 0.7-1.4 s to write on the
/// background one, a second at most every 30 s (docs/reliability.md, "Crash recovery").
inline constexpr int kRecoveryIntervalMs = 30000;
/// The first copy after a quiet spell waits this long so that a burst of edits (dragging a
/// spin box, a lesson's several settings) makes one write.
inline constexpr int kRecoverySettleMs = 1000;

/// A copy left by a studio that is gone, as the start-up prompt shows it.
struct RecoveryCopy
{
    QString file;         // the *.bpstudio copy
    QString originalPath; // the project's own file; empty = Untitled
    QDateTime written;    // local time
    /// The project's name: its file's base name, or "Untitled".
    QString displayName() const;
};

class RecoveryKeeper : public QObject
{
    Q_OBJECT
public:
    /// Why a copy is asked for (see delayBeforeWriteMs).
    enum class Trigger
    {
        Edit,            // an unsaved edit: throttled to one copy per interval
        TrainingStopped, // paused, stepped, stopped, finished, diverged or failed: now
    };

    /// Reads the project and runs on the GUI thread; listens to `training` for its stops.
    /// Disabled until setEnabled(true) (main() turns it on; tests choose).
    RecoveryKeeper(ProjectModel* model, RunsModel* runs, TrainingController* training,
                   QObject* parent = nullptr);
    /// A clean exit: waits for a write under way, removes this studio's copy and its lock.
    ~RecoveryKeeper() override;

    /// `recovery/` in the folder of the studio's settings (studioSettings()), e.g.
    /// ~/.config/BackpropStudio/recovery on Linux.
    static QString defaultDirectory();
    QString directory() const { return dir_; }
    /// Before the first copy (tests).
    void setDirectory(const QString& dir);
    void setEnabled(bool on);
    bool isEnabled() const { return enabled_; }
    /// Tests shorten the policy's times.
    void setTimes(int settleMs, int intervalMs);
    /// What a copy holds: by default the model and runs (toProject); the Session makes it its
    /// whole project, curves and gradient history included (Session::toProject).
    void setProjectSource(std::function<bp::Project()> source) { source_ = std::move(source); }

    /// How long to wait before writing: `msSinceLastWrite` < 0 means no copy yet. An edit
    /// waits for the interval since the last copy to pass, and at least `settleMs`; a stop
    /// does not wait.
    static int delayBeforeWriteMs(Trigger trigger, qint64 msSinceLastWrite, int settleMs,
                                  int intervalMs);

    // --- ProjectFiles' hooks ---------------------------------------------------------------
    /// The project in the window now matches `path` (saved, opened) or is a fresh one (New,
    /// empty path): nothing is unsaved, so the copy goes.
    void setDocument(const QString& path);
    /// An unsaved edit (what ProjectFiles counts as one: settings, data, weights, runs).
    void markChanged();

    /// This studio's copy (it exists once written() was emitted, until setDocument).
    QString copyPath() const;
    bool isWriting() const;
    /// Changed since the last copy (a copy is due).
    bool isDirty() const { return dirty_; }
    int copiesWritten() const { return copiesWritten_; }
    /// Of the last copy: the GUI thread's part (copying the state) and the background write.
    double lastCopyMs() const { return lastCopyMs_; }
    double lastWriteMs() const { return lastWriteMs_; }

    // --- copies of studios that are gone ---------------------------------------------------
    /// The copies in directory() whose owner is gone, newest first. Their locks are taken, so
    /// a second studio starting now does not offer them too.
    std::vector<RecoveryCopy> orphanedCopies();
    /// Deletes a copy (and its note and lock): the person chose Discard.
    void discard(const RecoveryCopy& copy);
    /// After `copy` was restored into this studio: it becomes this studio's own copy (until
    /// the next write replaces it), so no moment passes with the edits on no disk.
    bool adopt(const RecoveryCopy& copy);

signals:
    /// A copy is on disk at `path` (GUI thread).
    void written(const QString& path);
    void writeFailed(const QString& message);

private:
    void schedule(Trigger trigger);
    void writeNow();
    void onWriteFinished();
    void removeOwnCopy();
    bool takeOwnLock();
    QString ownBase() const; // directory()/recovery-PID-START, no extension

    ProjectModel* model_;
    RunsModel* runs_;
    std::function<bp::Project()> source_; // GUI thread; empty = toProject(model, runs)
    BackgroundTask* task_;
    QTimer timer_;
    QString dir_;
    QString name_; // recovery-PID-START
    QString documentPath_;
    std::unique_ptr<QLockFile> ownLock_;
    std::map<QString, std::unique_ptr<QLockFile>> orphanLocks_; // by copy file
    QElapsedTimer sinceWrite_; // started at each write; invalid before the first
    struct WriteJob;
    std::shared_ptr<WriteJob> job_; // the write under way: inputs and outcome
    int settleMs_ = kRecoverySettleMs;
    int intervalMs_ = kRecoveryIntervalMs;
    int copiesWritten_ = 0;
    double lastCopyMs_ = 0.0;
    double lastWriteMs_ = 0.0;
    bool enabled_ = false;
    bool dirty_ = false;      // an edit since the last copy was taken
    bool wanted_ = false;     // a copy should exist (unsaved edits); false after setDocument
    bool writeAgain_ = false; // a write was asked for while one ran
};

} // namespace bpui

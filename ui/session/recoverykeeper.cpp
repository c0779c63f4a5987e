#include "session/recoverykeeper.h"

#include "session/projectconversion.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/studiosettings.h"
#include "session/trainingcontroller.h"
#include "worker/backgroundtask.h"

#include "atomicfile.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>

namespace bpui {

namespace {

constexpr const char* kPrefix = "recovery-";

QString notePath(const QString& copy)
{
    return copy.left(copy.size() - int(qstrlen(".bpstudio"))) + QStringLiteral(".json");
}

QString lockPath(const QString& copy)
{
    return copy.left(copy.size() - int(qstrlen(".bpstudio"))) + QStringLiteral(".lock");
}

QString absolute(const std::string& path)
{
    return path.empty() ? QString() : QFileInfo(QString::fromStdString(path)).absoluteFilePath();
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

QString RecoveryCopy::displayName() const
{
    return originalPath.isEmpty() ? QCoreApplication::translate("RecoveryKeeper", "Untitled")
                                  : QFileInfo(originalPath).completeBaseName();
}

/// Inputs handed to the writing thread at its creation, the outcome read after its join.
struct RecoveryKeeper::WriteJob
{
    bp::Project project;
    std::string copyPath;
    std::string notePath;
    std::string note;
    std::atomic<bool> cancel{false}; // set by the GUI thread: the copy is no longer wanted
    std::string error;               // empty = written
    double writeMs = 0.0;
};

RecoveryKeeper::RecoveryKeeper(ProjectModel* model, RunsModel* runs, TrainingController* training,
                               QObject* parent)
    : QObject(parent), model_(model), runs_(runs), task_(new BackgroundTask(this)),
      dir_(defaultDirectory())
{
    setObjectName(QStringLiteral("recoveryKeeper"));
    static std::atomic<int> instances{0};
    name_ = QStringLiteral("%1%2-%3-%4")
                .arg(QLatin1String(kPrefix))
                .arg(QCoreApplication::applicationPid())
                .arg(QDateTime::currentMSecsSinceEpoch())
                .arg(instances.fetch_add(1));
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &RecoveryKeeper::writeNow);
    connect(task_, &BackgroundTask::finished, this, &RecoveryKeeper::onWriteFinished);
    // Training stops: the worker's pause snapshot (after the last rows), or the run's end.
    connect(training, &TrainingController::snapshotReceived, this,
            [this](const TrainingSnapshot& snapshot) {
                if (snapshot.state != TrainingState::Running)
                    schedule(Trigger::TrainingStopped);
            });
    connect(training, &TrainingController::stateChanged, this, [this](TrainingState state) {
        if (state == TrainingState::Finished || state == TrainingState::Diverged ||
            state == TrainingState::Failed)
            schedule(Trigger::TrainingStopped);
    });
}

RecoveryKeeper::~RecoveryKeeper()
{
    timer_.stop();
    if (job_)
        job_->cancel = true; // a large copy must not hold up the exit
    task_->wait();
    removeOwnCopy();
    ownLock_.reset(); // unlocks: removes the lock file
}

QString RecoveryKeeper::defaultDirectory()
{
    return QFileInfo(studioSettings().fileName()).absolutePath() + QStringLiteral("/recovery");
}

void RecoveryKeeper::setDirectory(const QString& dir)
{
    dir_ = dir;
}

void RecoveryKeeper::setEnabled(bool on)
{
    enabled_ = on;
    if (!on)
        timer_.stop();
    else if (dirty_)
        schedule(Trigger::Edit);
}

void RecoveryKeeper::setTimes(int settleMs, int intervalMs)
{
    settleMs_ = settleMs;
    intervalMs_ = intervalMs;
}

int RecoveryKeeper::delayBeforeWriteMs(Trigger trigger, qint64 msSinceLastWrite, int settleMs,
                                       int intervalMs)
{
    if (trigger == Trigger::TrainingStopped)
        return 0;
    if (msSinceLastWrite < 0)
        return settleMs;
    return int(std::max<qint64>(settleMs, intervalMs - msSinceLastWrite));
}

QString RecoveryKeeper::ownBase() const
{
    return QDir(dir_).filePath(name_);
}

QString RecoveryKeeper::copyPath() const
{
    return ownBase() + QStringLiteral(".bpstudio");
}

bool RecoveryKeeper::isWriting() const
{
    return task_->isRunning();
}

void RecoveryKeeper::setDocument(const QString& path)
{
    documentPath_ = path;
    dirty_ = false;
    wanted_ = false;
    writeAgain_ = false;
    timer_.stop();
    if (job_)
        job_->cancel = true; // the old file stays whole; onWriteFinished removes it
    else
        removeOwnCopy();
}

void RecoveryKeeper::markChanged()
{
    dirty_ = true;
    wanted_ = true;
    schedule(Trigger::Edit);
}

void RecoveryKeeper::schedule(Trigger trigger)
{
    if (!enabled_ || !dirty_)
        return;
    const qint64 since = sinceWrite_.isValid() ? sinceWrite_.elapsed() : -1;
    const int delay = delayBeforeWriteMs(trigger, since, settleMs_, intervalMs_);
    // A write already due sooner stays; a stop brings a later one forward.
    if (timer_.isActive() && timer_.remainingTime() <= delay)
        return;
    timer_.start(delay);
}

bool RecoveryKeeper::takeOwnLock()
{
    if (ownLock_)
        return true;
    if (!QDir().mkpath(dir_))
        return false;
    auto lock = std::make_unique<QLockFile>(ownBase() + QStringLiteral(".lock"));
    // The lock lives as long as the studio: it must never look stale by its age alone.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    ownLock_ = std::move(lock);
    return true;
}

void RecoveryKeeper::writeNow()
{
    if (!enabled_ || !dirty_ || !wanted_)
        return;
    if (task_->isRunning()) {
        writeAgain_ = true; // with the state of the moment the current write ends
        return;
    }
    if (!takeOwnLock()) {
        emit writeFailed(
            tr("Cannot lock a recovery copy in %1.").arg(QDir::toNativeSeparators(dir_)));
        return;
    }
    // The GUI thread's part: a copy of the state, nothing formatted.
    const auto start = std::chrono::steady_clock::now();
    auto job = std::make_shared<WriteJob>();
    job->project = source_ ? source_() : toProject(*model_, runs_->toProjectRuns());
    // Relative data paths (to the current directory) would be read against the recovery
    // folder when the copy is opened.
    job->project.data.path = absolute(job->project.data.path).toStdString();
    job->project.data.labelsPath = absolute(job->project.data.labelsPath).toStdString();
    const QString copy = copyPath();
    job->copyPath = copy.toStdString();
    job->notePath = notePath(copy).toStdString();
    QJsonObject note;
    note[QStringLiteral("original")] = documentPath_;
    note[QStringLiteral("written")] = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    note[QStringLiteral("pid")] = QCoreApplication::applicationPid();
    job->note = QJsonDocument(note).toJson().toStdString();
    lastCopyMs_ = msSince(start);
    dirty_ = false;
    sinceWrite_.start();
    job_ = job;
    task_->start([job] {
        const auto begin = std::chrono::steady_clock::now();
        try {
            bp::saveProject(job->copyPath, job->project, [&job](std::size_t, std::size_t) {
                if (job->cancel)
                    throw bp::Cancelled();
            });
            bp::writeFileAtomically(job->notePath, job->note);
        } catch (const bp::Cancelled&) {
            job->error = "cancelled";
        } catch (const std::exception& error) {
            job->error = error.what();
        }
        job->writeMs = msSince(begin);
    });
}

void RecoveryKeeper::onWriteFinished()
{
    const std::shared_ptr<WriteJob> job = std::move(job_);
    if (!job)
        return;
    if (!wanted_ || job->cancel) {
        // Saved or replaced while it was being written: what is on disk predates that.
        removeOwnCopy();
    } else if (!job->error.empty()) {
        emit writeFailed(QString::fromStdString(job->error));
    } else {
        lastWriteMs_ = job->writeMs;
        ++copiesWritten_;
        emit written(copyPath());
    }
    if (writeAgain_) {
        writeAgain_ = false;
        writeNow();
    }
}

void RecoveryKeeper::removeOwnCopy()
{
    const QString copy = copyPath();
    QFile::remove(copy);
    QFile::remove(notePath(copy));
}

std::vector<RecoveryCopy> RecoveryKeeper::orphanedCopies()
{
    std::vector<RecoveryCopy> copies;
    const QDir dir(dir_);
    const QStringList files =
        dir.entryList({QLatin1String(kPrefix) + QStringLiteral("*.bpstudio")}, QDir::Files);
    for (const QString& name : files) {
        const QString file = dir.filePath(name);
        if (file == copyPath())
            continue;
        if (orphanLocks_.count(file) == 0) {
            auto lock = std::make_unique<QLockFile>(lockPath(file));
            // Stale only when its owner process is gone (same host), never by age: a studio
            // keeps its lock for as long as it runs.
            lock->setStaleLockTime(0);
            if (!lock->tryLock(0))
                continue; // its studio still runs (or another one is offering it)
            orphanLocks_[file] = std::move(lock);
        }
        RecoveryCopy copy;
        copy.file = file;
        copy.written = QFileInfo(file).lastModified();
        QFile noteFile(notePath(file));
        if (noteFile.open(QIODevice::ReadOnly)) {
            const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
            copy.originalPath = note.value(QStringLiteral("original")).toString();
            const QDateTime written = QDateTime::fromString(
                note.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
            if (written.isValid())
                copy.written = written;
        }
        copies.push_back(copy);
    }
    std::sort(copies.begin(), copies.end(),
              [](const RecoveryCopy& a, const RecoveryCopy& b) { return a.written > b.written; });
    return copies;
}

void RecoveryKeeper::discard(const RecoveryCopy& copy)
{
    QFile::remove(copy.file);
    QFile::remove(notePath(copy.file));
    orphanLocks_.erase(copy.file); // unlocks: removes the lock file
}

bool RecoveryKeeper::adopt(const RecoveryCopy& copy)
{
    if (!takeOwnLock())
        return false;
    if (job_) {
        job_->cancel = true; // rare: a write of this studio's own under way
        task_->wait();
        job_.reset();
    }
    const QString own = copyPath();
    removeOwnCopy();
    const bool moved = QFile::rename(copy.file, own);
    QFile::rename(notePath(copy.file), notePath(own));
    orphanLocks_.erase(copy.file);
    if (moved)
        wanted_ = true;
    return moved;
}

} // namespace bpui

// Nothing lost on a crash: a child studio (this test re-executed) opens a project, changes its
// architecture and trains, waits for its recovery copy and is killed with SIGKILL; the next
// start (this process, with the same settings folder through XDG_CONFIG_HOME) offers the
// copy, and Restore brings back the same architecture, weights (bit for bit), data and
// history as a modified project with the original path; Discard deletes it; a clean exit
// leaves no copy. Also: how long the Fashion lesson's copy takes, and that writing it does
// not stall the GUI thread (printed, not asserted: speed is measured, not tested).

#include "session/livehistory.h"
#include "session/projectconversion.h"
#include "session/projectmodel.h"
#include "session/recoverykeeper.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "views/project/projectfiles.h"
#include "views/project/recoveryprompt.h"
#include "views/shell/mainwindow.h"
#include "worker/trainingsnapshot.h"

#include "projectfile.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QProcess>
#include <QtTest/QtTest>

#include <chrono>
#include <cstdio>
#include <cstring>

using namespace bpui;

namespace {

constexpr const char* kChildVariable = "BPS_RECOVERY_CHILD"; // "crash" or "clean"
constexpr const char* kProjectVariable = "BPS_RECOVERY_PROJECT";
constexpr const char* kReferenceVariable = "BPS_RECOVERY_REFERENCE";
constexpr long kIterations = 40;

/// What the restore must bring back, as the child had it when its copy was written.
struct Fingerprint
{
    std::vector<int> layerSizes;
    QByteArray weights; // the raw doubles: equal bytes = bit-exact
    qint64 historyRows = 0;
    QByteArray history; // every row's iteration and training cost, raw
    QByteArray data;    // SHA-256 of the data set's features and labels
    QString dataKind;

    static Fingerprint of(const Session& session)
    {
        const ProjectModel& model = *session.project();
        Fingerprint out;
        out.layerSizes = model.architecture().layerSizes;
        const bp::Vector& w = model.parameters();
        out.weights = QByteArray(reinterpret_cast<const char*>(w.data()),
                                 qsizetype(w.size() * qsizetype(sizeof(double))));
        const bp::TrainingHistory& rows = session.history()->rows();
        out.historyRows = qint64(rows.size());
        for (const bp::IterationStats& row : rows) {
            out.history.append(reinterpret_cast<const char*>(&row.iteration), sizeof row.iteration);
            out.history.append(reinterpret_cast<const char*>(&row.trainCost), sizeof row.trainCost);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bp::Matrix& x = model.dataset().features;
        const std::vector<int>& labels = model.dataset().labels;
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(x.data()),
                                    qsizetype(x.size() * qsizetype(sizeof(double)))));
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(labels.data()),
                                    qsizetype(labels.size() * sizeof(int))));
        out.data = hash.result();
        out.dataKind = QString::fromStdString(model.dataSource().generator.name);
        return out;
    }

    QByteArray serialise() const
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << QList<int>(layerSizes.begin(), layerSizes.end()) << weights << historyRows << history
            << data << dataKind;
        return bytes;
    }

    static Fingerprint read(const QByteArray& bytes)
    {
        Fingerprint in;
        QDataStream stream(bytes);
        QList<int> sizes;
        stream >> sizes >> in.weights >> in.historyRows >> in.history >> in.data >> in.dataKind;
        in.layerSizes.assign(sizes.begin(), sizes.end());
        return in;
    }
};

QStringList recoveryFiles()
{
    return QDir(RecoveryKeeper::defaultDirectory())
        .entryList({QStringLiteral("recovery-*")}, QDir::Files);
}

QStringList recoveryCopies()
{
    return QDir(RecoveryKeeper::defaultDirectory())
        .entryList({QStringLiteral("recovery-*.bpstudio")}, QDir::Files);
}

// --- the child --------------------------------------------------------------------------

/// Opens the project, edits and trains it, waits for the copy; "crash" then prints READY and
/// waits to be killed, "clean" closes its window and exits normally.
int runChild(const QByteArray& mode)
{
    registerMetaTypes();
    MainWindow window;
    window.show();
    startCrashRecovery(window.projectFiles(), window.session(),
                       [](const RecoveryCopy&) { return RecoveryPrompt::Later; });
    Session* session = window.session();
    RecoveryKeeper* keeper = session->recovery();
    QSignalSpy opened(window.projectFiles(), &ProjectFiles::opened);
    if (!window.projectFiles()->openProject(qEnvironmentVariable(kProjectVariable)) ||
        !opened.wait(60000)) {
        std::fprintf(stderr, "child: cannot open the project\n");
        return 3;
    }
    // The edits: another architecture, then some training.
    session->project()->setHiddenLayers({7, 5}, {bp::Activation::Tanh, bp::Activation::Sigmoid});
    bp::TrainingConfig config = session->project()->config();
    config.maxIterations = kIterations;
    session->project()->setConfig(config);
    QSignalSpy finished(session->training(), &TrainingController::finished);
    session->training()->train();
    if (!finished.wait(120000)) {
        std::fprintf(stderr, "child: training did not finish\n");
        return 4;
    }
    // The stop's copy, with nothing changed after it.
    if (!QTest::qWaitFor(
            [&] {
                return keeper->copiesWritten() > 0 && !keeper->isDirty() && !keeper->isWriting();
            },
            60000)) {
        std::fprintf(stderr, "child: no recovery copy was written\n");
        return 5;
    }
    QFile reference(qEnvironmentVariable(kReferenceVariable));
    if (!reference.open(QIODevice::WriteOnly))
        return 6;
    reference.write(Fingerprint::of(*session).serialise());
    reference.close();
    if (mode == "clean") {
        window.close(); // unsaved changes are discarded on offscreen: no question
        return 0;       // ~MainWindow: the clean exit
    }
    std::printf("READY %s\n", qPrintable(keeper->copyPath()));
    std::fflush(stdout);
    return QApplication::exec(); // until SIGKILL
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void restoreBringsBackWhatTheCrashedStudioHad();
    void discardDeletesTheCopy();
    void cleanExitLeavesNoCopy();
    void fashionLessonCopyTime();

private:
    /// Runs the child; for "crash" kills it with SIGKILL once its copy is written.
    bool runChildStudio(const char* mode, Fingerprint* fingerprint);

    QTemporaryDir dir_;
    QString project_;
};

void TestRecovery::initTestCase()
{
    QVERIFY(dir_.isValid());
    registerMetaTypes();
    // The example project, saved as the user's file the children open.
    project_ = dir_.filePath(QStringLiteral("mine.bpstudio"));
    Session session;
    bp::saveProject(project_.toStdString(), toProject(*session.project(), {}));
    QVERIFY(recoveryFiles().isEmpty());
}

void TestRecovery::cleanup()
{
    // Whatever a failed check left, so the next test starts with no copy.
    QDir(RecoveryKeeper::defaultDirectory()).removeRecursively();
}

bool TestRecovery::runChildStudio(const char* mode, Fingerprint* fingerprint)
{
    const QString reference = dir_.filePath(QStringLiteral("reference.bin"));
    QFile::remove(reference);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), QString::fromLatin1(mode));
    env.insert(QString::fromLatin1(kProjectVariable), project_);
    env.insert(QString::fromLatin1(kReferenceVariable), reference);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted(30000))
        return false;
    const bool crash = qstrcmp(mode, "crash") == 0;
    if (crash) {
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("READY") && child.state() == QProcess::Running &&
               clock.elapsed() < 240000) {
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
        }
        if (!out.contains("READY")) {
            qWarning().noquote() << out << child.readAllStandardError();
            child.kill();
            child.waitForFinished();
            return false;
        }
        child.kill(); // SIGKILL on Unix: no destructor, no clean-up
        if (!child.waitForFinished(30000))
            return false;
        if (child.exitStatus() != QProcess::CrashExit)
            return false;
    } else {
        if (!child.waitForFinished(240000))
            return false;
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            qWarning().noquote() << child.readAllStandardError();
            return false;
        }
    }
    QFile file(reference);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *fingerprint = Fingerprint::read(file.readAll());
    return true;
}

void TestRecovery::restoreBringsBackWhatTheCrashedStudioHad()
{
    Fingerprint before;
    QVERIFY(runChildStudio("crash", &before));
    QCOMPARE(recoveryCopies().size(), 1);
    QCOMPARE(before.layerSizes, (std::vector<int>{2, 7, 5, 3}));
    QCOMPARE(before.historyRows, kIterations + 1); // row 0 and one per iteration

    MainWindow window;
    window.show();
    std::vector<RecoveryCopy> offered;
    QSignalSpy opened(window.projectFiles(), &ProjectFiles::opened);
    const bool restoring = startCrashRecovery(window.projectFiles(), window.session(),
                                              [&offered](const RecoveryCopy& copy) {
                                                  offered.push_back(copy);
                                                  return RecoveryPrompt::Restore;
                                              });
    QVERIFY(restoring);
    QCOMPARE(offered.size(), std::size_t{1});
    QCOMPARE(offered[0].originalPath, QFileInfo(project_).absoluteFilePath());
    QCOMPARE(offered[0].displayName(), QStringLiteral("mine"));
    QVERIFY(offered[0].written.isValid());
    QVERIFY(qAbs(offered[0].written.secsTo(QDateTime::currentDateTime())) < 600);
    // What the prompt shows of it.
    RecoveryPrompt prompt(offered[0]);
    const QString text = prompt.findChild<QLabel*>(QStringLiteral("recoveryText"))->text();
    QVERIFY2(text.contains(QStringLiteral("mine")) &&
                 text.contains(QStringLiteral("mine.bpstudio")),
             qPrintable(text));
    QVERIFY(prompt.findChild<QPushButton*>(QStringLiteral("restoreButton")));
    QVERIFY(prompt.findChild<QPushButton*>(QStringLiteral("discardButton")));

    QVERIFY(opened.count() == 1 || opened.wait(60000));
    const Fingerprint after = Fingerprint::of(*window.session());
    QCOMPARE(after.layerSizes, before.layerSizes);
    QVERIFY2(after.weights == before.weights, "the weights differ in some bit");
    QCOMPARE(after.data, before.data);
    QCOMPARE(after.dataKind, before.dataKind);
    QCOMPARE(after.historyRows, before.historyRows);
    QVERIFY2(after.history == before.history, "the history's rows differ");
    // A modified project with its own path: Save writes there.
    QVERIFY(window.projectFiles()->isModified());
    QCOMPARE(window.projectFiles()->currentPath(), QFileInfo(project_).absoluteFilePath());
    // The copy is this studio's own now: not offered to another, still on disk until saved.
    QCOMPARE(recoveryCopies().size(), 1);
    QVERIFY(window.session()->recovery()->orphanedCopies().empty());
    QVERIFY(!window.projectFiles()->isOpening());
    // Saving makes it unneeded.
    QVERIFY(window.projectFiles()->saveProjectAs(project_));
    QVERIFY(recoveryCopies().isEmpty());
}

void TestRecovery::discardDeletesTheCopy()
{
    Fingerprint before;
    QVERIFY(runChildStudio("crash", &before));
    QCOMPARE(recoveryCopies().size(), 1);
    {
        MainWindow window;
        window.show();
        int asked = 0;
        const bool restoring = startCrashRecovery(window.projectFiles(), window.session(),
                                                  [&asked](const RecoveryCopy&) {
                                                      ++asked;
                                                      return RecoveryPrompt::Discard;
                                                  });
        QVERIFY(!restoring);
        QCOMPARE(asked, 1);
        QVERIFY(recoveryFiles().isEmpty()); // the copy, its note and its lock
        QVERIFY(!window.projectFiles()->isModified());
        QCOMPARE(window.session()->project()->architecture().layerSizes,
                 (std::vector<int>{2, 16, 16, 3})); // the example, untouched
    }
    // The next start has nothing to offer.
    MainWindow window;
    int asked = 0;
    startCrashRecovery(window.projectFiles(), window.session(), [&asked](const RecoveryCopy&) {
        ++asked;
        return RecoveryPrompt::Later;
    });
    QCOMPARE(asked, 0);
}

void TestRecovery::cleanExitLeavesNoCopy()
{
    Fingerprint before;
    QVERIFY(runChildStudio("clean", &before)); // it had a copy before it closed
    QCOMPARE(before.historyRows, kIterations + 1);
    QVERIFY2(recoveryFiles().isEmpty(), qPrintable(recoveryFiles().join(QLatin1Char(' '))));
}

void TestRecovery::fashionLessonCopyTime()
{
    const QString lesson = QStringLiteral(
        BPS_RESOURCES_DIR "/examples/lessons/06-hidden-units-fashion/lesson.bpstudio");
    QVERIFY(QFileInfo::exists(lesson));
    MainWindow window;
    window.show();
    Session* session = window.session();
    RecoveryKeeper* keeper = session->recovery();
    keeper->setEnabled(true);
    QSignalSpy opened(window.projectFiles(), &ProjectFiles::opened);
    QVERIFY(window.projectFiles()->openAsUntitled(lesson));
    QVERIFY(opened.wait(60000));
    QSignalSpy finished(session->training(), &TrainingController::finished);
    session->training()->train(); // the lesson's 200 L-BFGS iterations
    QVERIFY(finished.wait(240000));
    QTRY_VERIFY_WITH_TIMEOUT(
        keeper->copiesWritten() > 0 && !keeper->isDirty() && !keeper->isWriting(), 60000);
    // One more copy, timed from the GUI thread's side: the longest gap between 2 ms ticks
    // while it is written is how long the window could not react.
    keeper->setTimes(0, 0);
    keeper->markChanged();
    QTRY_VERIFY_WITH_TIMEOUT(keeper->isWriting(), 10000);
    QElapsedTimer tick;
    tick.start();
    qint64 longestGap = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = std::max(longestGap, tick.restart()); });
    ticker.start(2);
    QSignalSpy written(keeper, &RecoveryKeeper::written);
    QVERIFY(written.wait(60000));
    ticker.stop();
    // What writing it on the GUI thread would have cost.
    const auto start = std::chrono::steady_clock::now();
    bp::saveProject(dir_.filePath(QStringLiteral("fashion.bpstudio")).toStdString(),
                    toProject(*session->project(), session->runs()->toProjectRuns()));
    const double synchronousMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const bp::Project copy = bp::loadProject(keeper->copyPath().toStdString());
    QCOMPARE(copy.data.kind, bp::ProjectDataSource::Kind::Idx); // the data by its paths
    QVERIFY(QFileInfo(QString::fromStdString(copy.data.path)).isAbsolute());
    QCOMPARE(copy.weights, session->project()->parameters());
    qInfo("Fashion lesson (784-25-10, %zu history rows): copy %.1f KiB; GUI thread %.2f ms "
          "(copying the state), background write %.1f ms, longest GUI gap while writing %lld "
          "ms; the same save on the GUI thread %.1f ms",
          session->history()->rows().size(), QFileInfo(keeper->copyPath()).size() / 1024.0,
          keeper->lastCopyMs(), keeper->lastWriteMs(), static_cast<long long>(longestGap),
          synchronousMs);
}

int main(int argc, char** argv)
{
    const QByteArray mode = qgetenv(kChildVariable);
    if (!mode.isEmpty()) {
        QApplication app(argc, argv);
        return runChild(mode);
    }
    // The settings folder (and so the recovery folder) of this process and its children.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"

// The recovery keeper's rules, without widgets: a copy only after an edit, the first one after
// the settle time, then at most one per interval, at once when training stops; saving or
// opening (setDocument) and a clean exit remove it; a studio never offers the copy of one
// that still runs, and does offer the copy of one that is gone. The crash itself (SIGKILL)
// and the restore are in tests/views/tst_recovery.cpp.
//
// Times are shortened with setTimes (the policy's 1 s / 30 s would make this a minute-long
// test); the waits are generous so a loaded machine does not fail them.

#include "session/projectmodel.h"
#include "session/recoverykeeper.h"
#include "session/session.h"
#include "session/trainingcontroller.h"

#include "projectfile.h"

#include <QtTest/QtTest>

using namespace bpui;
using Trigger = RecoveryKeeper::Trigger;

namespace {

bool hasCopies(const QString& dir)
{
    return !QDir(dir).entryList({QStringLiteral("recovery-*.bpstudio")}, QDir::Files).isEmpty();
}

} // namespace

class TestRecoveryKeeper : public QObject
{
    Q_OBJECT

private slots:
    void delay_data();
    void delay();
    void noEditNoCopy();
    void editsAreThrottledToTheInterval();
    void trainingStoppedWritesAtOnce();
    void copyIsTheWholeProject();
    void savingAndCleanExitRemoveTheCopy();
    void aRunningStudiosCopyIsNotOffered();
    void aGoneStudiosCopyIsOfferedAndDiscarded();
};

void TestRecoveryKeeper::delay_data()
{
    QTest::addColumn<int>("trigger");
    QTest::addColumn<qint64>("sinceLastWrite");
    QTest::addColumn<int>("expected");
    // settle 1000, interval 30000
    QTest::newRow("first edit waits the settle time") << int(Trigger::Edit) << qint64(-1) << 1000;
    QTest::newRow("edit soon after a copy waits the interval")
        << int(Trigger::Edit) << qint64(5000) << 25000;
    QTest::newRow("edit long after a copy waits the settle time")
        << int(Trigger::Edit) << qint64(60000) << 1000;
    QTest::newRow("edit near the interval's end still settles")
        << int(Trigger::Edit) << qint64(29800) << 1000;
    QTest::newRow("stop right after a copy: now")
        << int(Trigger::TrainingStopped) << qint64(10) << 0;
    QTest::newRow("stop before any copy: now") << int(Trigger::TrainingStopped) << qint64(-1) << 0;
}

void TestRecoveryKeeper::delay()
{
    QFETCH(int, trigger);
    QFETCH(qint64, sinceLastWrite);
    QFETCH(int, expected);
    QCOMPARE(RecoveryKeeper::delayBeforeWriteMs(Trigger(trigger), sinceLastWrite, 1000, 30000),
             expected);
}

void TestRecoveryKeeper::noEditNoCopy()
{
    QTemporaryDir dir;
    Session session;
    RecoveryKeeper* keeper = session.recovery();
    keeper->setDirectory(dir.path());
    keeper->setTimes(10, 100);
    keeper->setEnabled(true);
    QSignalSpy written(keeper, &RecoveryKeeper::written);
    session.training()->step(); // training alone is no edit until ProjectFiles says so
    QTest::qWait(500);
    QCOMPARE(written.count(), 0);
    QVERIFY(!hasCopies(dir.path()));
    // Disabled (the default; tests and the CLI-less uses of a Session): nothing either.
    Session other;
    other.recovery()->setDirectory(dir.path());
    other.recovery()->markChanged();
    QTest::qWait(200);
    QVERIFY(!hasCopies(dir.path()));
}

void TestRecoveryKeeper::editsAreThrottledToTheInterval()
{
    QTemporaryDir dir;
    Session session;
    RecoveryKeeper* keeper = session.recovery();
    keeper->setDirectory(dir.path());
    const int interval = 1500;
    keeper->setTimes(20, interval);
    keeper->setEnabled(true);
    QSignalSpy written(keeper, &RecoveryKeeper::written);
    QElapsedTimer clock;
    clock.start();
    keeper->markChanged();
    QVERIFY(written.wait(5000));
    QVERIFY(QFileInfo::exists(keeper->copyPath()));
    const qint64 first = clock.elapsed();
    // Many edits soon after: one copy, not before the interval has passed.
    for (int i = 0; i < 20; ++i)
        keeper->markChanged();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.count(), 2);
    QVERIFY2(clock.elapsed() - first >= interval - 50,
             qPrintable(
                 QStringLiteral("second copy %1 ms after the first").arg(clock.elapsed() - first)));
    // Nothing changed since: no more copies.
    QVERIFY(!written.wait(2 * interval));
    QCOMPARE(keeper->copiesWritten(), 2);
}

void TestRecoveryKeeper::trainingStoppedWritesAtOnce()
{
    QTemporaryDir dir;
    Session session;
    RecoveryKeeper* keeper = session.recovery();
    keeper->setDirectory(dir.path());
    keeper->setTimes(10, 600000); // an interval that never passes in this test
    keeper->setEnabled(true);
    QSignalSpy written(keeper, &RecoveryKeeper::written);
    keeper->markChanged();
    QVERIFY(written.wait(5000));
    // ProjectFiles marks trained weights as edits; the step's pause writes at once.
    connect(session.project(), &ProjectModel::parametersChanged, keeper,
            &RecoveryKeeper::markChanged);
    QSignalSpy snapshots(session.training(), &TrainingController::snapshotReceived);
    session.training()->step(); // a paused snapshot at iteration 0, another at 1
    QVERIFY(written.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !snapshots.isEmpty() &&
            snapshots.last().at(0).value<TrainingSnapshot>().latest.iteration == 1,
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(!keeper->isDirty() && !keeper->isWriting(), 10000);
    QVERIFY(written.count() >= 2);
    const bp::Project copy = bp::loadProject(keeper->copyPath().toStdString());
    QCOMPARE(copy.weights, session.project()->parameters()); // the weights after the step
}

void TestRecoveryKeeper::copyIsTheWholeProject()
{
    QTemporaryDir dir;
    Session session;
    ProjectModel* model = session.project();
    model->setHiddenLayers({5, 4}, {bp::Activation::Tanh, bp::Activation::ReLU});
    RecoveryKeeper* keeper = session.recovery();
    keeper->setDirectory(dir.path());
    keeper->setTimes(10, 1000);
    keeper->setEnabled(true);
    keeper->setDocument(QStringLiteral("/somewhere/mine.bpstudio"));
    QSignalSpy written(keeper, &RecoveryKeeper::written);
    keeper->markChanged();
    QVERIFY(written.wait(5000));
    const bp::Project copy = bp::loadProject(keeper->copyPath().toStdString());
    QCOMPARE(copy.architecture.layerSizes, model->architecture().layerSizes);
    QCOMPARE(copy.weights, model->parameters()); // bit-exact: 17 significant digits
    QCOMPARE(copy.data.kind, bp::ProjectDataSource::Kind::Generator);
    QCOMPARE(copy.data.generator.n, model->dataSource().generator.n);
    // The note beside it names the project's own file; another studio sees it once gone.
    Session later;
    later.recovery()->setDirectory(dir.path());
    QVERIFY(later.recovery()->orphanedCopies().empty()); // its owner still runs
    qInfo("copy: %.2f ms on the GUI thread, %.2f ms written", keeper->lastCopyMs(),
          keeper->lastWriteMs());
}

void TestRecoveryKeeper::savingAndCleanExitRemoveTheCopy()
{
    QTemporaryDir dir;
    {
        Session session;
        RecoveryKeeper* keeper = session.recovery();
        keeper->setDirectory(dir.path());
        keeper->setTimes(10, 100);
        keeper->setEnabled(true);
        QSignalSpy written(keeper, &RecoveryKeeper::written);
        keeper->markChanged();
        QVERIFY(written.wait(5000));
        keeper->setDocument(QStringLiteral("/saved/here.bpstudio")); // saved: nothing unsaved
        QVERIFY(!QFileInfo::exists(keeper->copyPath()));
        QVERIFY(!hasCopies(dir.path()));
        // A save while a copy is being written: the write's file goes too.
        keeper->markChanged();
        QTRY_VERIFY_WITH_TIMEOUT(keeper->isWriting() || written.count() == 2, 5000);
        keeper->setDocument(QStringLiteral("/saved/here.bpstudio"));
        QTRY_VERIFY_WITH_TIMEOUT(!keeper->isWriting(), 5000);
        QVERIFY(!hasCopies(dir.path()));
        keeper->markChanged();
        QVERIFY(written.wait(5000));
        QVERIFY(hasCopies(dir.path()));
    } // a clean exit
    QVERIFY(!hasCopies(dir.path()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no note, no lock either
}

void TestRecoveryKeeper::aRunningStudiosCopyIsNotOffered()
{
    QTemporaryDir dir;
    Session first;
    Session second;
    for (Session* session : {&first, &second}) {
        session->recovery()->setDirectory(dir.path());
        session->recovery()->setTimes(10, 100);
        session->recovery()->setEnabled(true);
    }
    QSignalSpy written(first.recovery(), &RecoveryKeeper::written);
    QSignalSpy written2(second.recovery(), &RecoveryKeeper::written);
    first.recovery()->markChanged();
    second.recovery()->markChanged();
    QVERIFY(written.count() == 1 || written.wait(5000));
    QVERIFY(written2.count() == 1 || written2.wait(5000));
    QVERIFY(first.recovery()->copyPath() != second.recovery()->copyPath());
    QVERIFY(first.recovery()->orphanedCopies().empty());
    QVERIFY(second.recovery()->orphanedCopies().empty());
}

void TestRecoveryKeeper::aGoneStudiosCopyIsOfferedAndDiscarded()
{
    QTemporaryDir dir;
    // A copy whose lock names a process that has ended (what a SIGKILL leaves).
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished(10000));
    const qint64 pid = gone.processId() > 0 ? gone.processId() : 999999;
    const QString base = dir.filePath(QStringLiteral("recovery-%1-1-0").arg(pid));
    {
        Session session;
        bp::saveProject((base + QStringLiteral(".bpstudio")).toStdString(), bp::Project{[&] {
                            bp::Project project;
                            project.architecture = session.project()->architecture();
                            project.data.generator = session.project()->dataSource().generator;
                            project.weights = session.project()->parameters();
                            return project;
                        }()});
    }
    QFile note(base + QStringLiteral(".json"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write(R"({"original": "/home/me/spiral.bpstudio", "written": "2024-05-01T10:20:30.000"})");
    note.close();
    QFile lock(base + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QStringLiteral("%1\ntrue\n%2\n").arg(pid).arg(QSysInfo::machineHostName()).toUtf8());
    lock.close();

    Session session;
    RecoveryKeeper* keeper = session.recovery();
    keeper->setDirectory(dir.path());
    const std::vector<RecoveryCopy> copies = keeper->orphanedCopies();
    QCOMPARE(copies.size(), std::size_t{1});
    QCOMPARE(copies[0].file, base + QStringLiteral(".bpstudio"));
    QCOMPARE(copies[0].originalPath, QStringLiteral("/home/me/spiral.bpstudio"));
    QCOMPARE(copies[0].displayName(), QStringLiteral("spiral"));
    QCOMPARE(copies[0].written, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30)));
    // While this studio holds it, a third one starting now does not offer it too.
    Session third;
    third.recovery()->setDirectory(dir.path());
    QVERIFY(third.recovery()->orphanedCopies().empty());
    keeper->discard(copies[0]);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_MAIN(TestRecoveryKeeper)
#include "tst_recoverykeeper.moc"

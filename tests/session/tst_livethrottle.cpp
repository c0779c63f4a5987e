// LiveUpdateTimer: weights published while training wait the rest the last update earned
// (kRestFactor × its time, within [floor, 10 s]); a change the user made shows within the
// floor interval even while the view rests. The CI failure this guards against: presentation
// mode's thicker lines waited out a rest of over 5 s after a slow (sanitised) surface update.

#include "session/livethrottle.h"

#include <QtTest/QtTest>

using namespace bpui;

class TestLiveThrottle : public QObject
{
    Q_OBJECT

private slots:
    void restInterval_data();
    void restInterval();
    void ownRestFactor_data();
    void ownRestFactor();
    void liveWaitsTheRest();
    void promptCutsTheRestShort();
    void promptNeverPostponesADueUpdate();
    void liveCoalescesIntoOneUpdate();
};

void TestLiveThrottle::restInterval_data()
{
    QTest::addColumn<double>("busyMs");
    QTest::addColumn<int>("floorMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("fast update: the floor") << 0.5 << 33 << 33;
    QTest::newRow("kRestFactor x the update") << 10.0 << 33 << static_cast<int>(kRestFactor * 10);
    QTest::newRow("exactly the floor") << 100.0 / kRestFactor << 100 << 100;
    QTest::newRow("slow update: capped at 10 s") << 2000.0 << 33 << 10000;
}

void TestLiveThrottle::ownRestFactor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("busyMs");
    QTest::addColumn<int>("expected");
    // The network diagram's 15: a 2 ms repaint keeps the 33 ms floor, an 8 ms one rests 120 ms.
    QTest::newRow("cheap update at the floor") << 15.0 << 2.0 << 33;
    QTest::newRow("heavy update rests 15x") << 15.0 << 8.0 << 120;
    QTest::newRow("the default factor") << kRestFactor << 8.0 << static_cast<int>(kRestFactor * 8);
}

void TestLiveThrottle::ownRestFactor()
{
    QFETCH(double, factor);
    QFETCH(double, busyMs);
    QFETCH(int, expected);
    QCOMPARE(restIntervalMs(busyMs, 33, factor), expected);
    QObject owner;
    LiveUpdateTimer timer(&owner, 33, [] {}, factor);
    timer.restAfter(busyMs);
    QCOMPARE(timer.restMs(), expected);
}

void TestLiveThrottle::restInterval()
{
    QFETCH(double, busyMs);
    QFETCH(int, floorMs);
    QFETCH(int, expected);
    QCOMPARE(restIntervalMs(busyMs, floorMs), expected);
    QObject owner;
    LiveUpdateTimer timer(&owner, floorMs, [] {});
    timer.restAfter(busyMs);
    QCOMPARE(timer.restMs(), expected);
    timer.setRestMs(floorMs - 1);
    QCOMPARE(timer.restMs(), floorMs); // never below the floor
}

void TestLiveThrottle::liveWaitsTheRest()
{
    QObject owner;
    int updates = 0;
    LiveUpdateTimer timer(&owner, 10, [&] { ++updates; });
    timer.restAfter(1000.0); // a very slow update: the next live one waits 10 s
    timer.live();
    QVERIFY(timer.isActive());
    QVERIFY2(timer.remainingMs() > 9000, qPrintable(QString::number(timer.remainingMs())));
    QTest::qWait(200);
    QCOMPARE(updates, 0);
    timer.stop();
    QVERIFY(!timer.isActive());
    QTest::qWait(50);
    QCOMPARE(updates, 0);
}

void TestLiveThrottle::promptCutsTheRestShort()
{
    QObject owner;
    int updates = 0;
    LiveUpdateTimer timer(&owner, 10, [&] { ++updates; });
    timer.restAfter(1000.0);
    timer.live(); // resting for 10 s …
    timer.prompt(); // … until the user changes something
    QTRY_COMPARE_WITH_TIMEOUT(updates, 1, 5000);
    QVERIFY(!timer.isActive());
    QCOMPARE(timer.restMs(), 10000); // the rest still holds for the next weights
}

void TestLiveThrottle::promptNeverPostponesADueUpdate()
{
    QObject owner;
    int updates = 0;
    LiveUpdateTimer timer(&owner, 10000, [&] { ++updates; });
    timer.prompt();
    QTest::qWait(300);
    const int planned = timer.remainingMs();
    QVERIFY2(planned >= 0 && planned < 9800, qPrintable(QString::number(planned)));
    timer.prompt(); // a second change restarts nothing: the update stays due as planned
    QVERIFY2(timer.remainingMs() <= planned, qPrintable(QString::number(timer.remainingMs())));
    timer.live(); // nor do new weights
    QVERIFY(timer.remainingMs() <= planned);
    QCOMPARE(updates, 0);
}

void TestLiveThrottle::liveCoalescesIntoOneUpdate()
{
    QObject owner;
    int updates = 0;
    LiveUpdateTimer timer(&owner, 20, [&] { ++updates; });
    for (int i = 0; i < 50; ++i)
        timer.live(); // the worker's stream of weights between two updates
    QTRY_COMPARE(updates, 1);
    QTest::qWait(100);
    QCOMPARE(updates, 1);
}

QTEST_MAIN(TestLiveThrottle)
#include "tst_livethrottle.moc"

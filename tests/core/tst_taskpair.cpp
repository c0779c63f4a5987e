// TaskPair: every task runs exactly once per run, over many runs; the helper thread really
// shares the work; the lowest-numbered task's exception is rethrown only after every task has
// finished; products inside tasks are single-threaded and the caller's setting comes back.
// Also run under ThreadSanitizer in CI (the claim counter and the hand-over).

#include "maththreads.h"
#include "taskpair.h"

#include <QtTest/QtTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

class TestTaskPair : public QObject
{
    Q_OBJECT

private slots:
    void everyTaskRunsOnce_data();
    void everyTaskRunsOnce();
    void helperSharesTheWork();
    void lowestExceptionAfterAllFinished();
    void productsAreSingleThreadedInside();
    void eachThreadHasItsOwnPair();
};

void TestTaskPair::everyTaskRunsOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("runs");
    QTest::newRow("nothing") << 0 << 3;
    QTest::newRow("one task") << 1 << 50;
    QTest::newRow("two halves") << 2 << 2000;
    QTest::newRow("odd count") << 5 << 500;
    QTest::newRow("many small tasks") << 64 << 100;
}

void TestTaskPair::everyTaskRunsOnce()
{
    QFETCH(int, count);
    QFETCH(int, runs);
    bp::TaskPair pair;
    std::vector<std::atomic<int>> hits(static_cast<std::size_t>(std::max(count, 1)));
    for (int r = 0; r < runs; ++r) {
        for (auto& h : hits)
            h.store(0);
        pair.run(count, [&](int k) { hits[static_cast<std::size_t>(k)].fetch_add(1); });
        for (int k = 0; k < count; ++k)
            QCOMPARE(hits[static_cast<std::size_t>(k)].load(), 1); // done, once, before run returns
    }
}

void TestTaskPair::helperSharesTheWork()
{
    // Each task waits until the other has started: only two threads can get past that.
    bp::TaskPair pair;
    for (int r = 0; r < 20; ++r) {
        std::mutex mutex;
        std::condition_variable changed;
        int started = 0;
        bool together = true;
        std::vector<std::thread::id> ids(2);
        pair.run(2, [&](int k) {
            ids[static_cast<std::size_t>(k)] = std::this_thread::get_id();
            std::unique_lock lock(mutex);
            ++started;
            changed.notify_all();
            together = changed.wait_for(lock, std::chrono::seconds(20), [&] { return started == 2; }) && together;
        });
        QVERIFY(together);
        QVERIFY(ids[0] != ids[1]);
        QVERIFY(ids[0] == std::this_thread::get_id() || ids[1] == std::this_thread::get_id());
    }
}

void TestTaskPair::lowestExceptionAfterAllFinished()
{
    bp::TaskPair pair;
    std::atomic<int> finished{0};
    try {
        pair.run(6, [&](int k) {
            finished.fetch_add(1);
            if (k == 4)
                throw std::runtime_error("four");
            if (k == 1)
                throw std::runtime_error("one");
        });
        QFAIL("no exception");
    } catch (const std::runtime_error& e) {
        QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("one"));
    }
    QCOMPARE(finished.load(), 6);
    std::atomic<int> after{0};
    pair.run(2, [&](int) { after.fetch_add(1); }); // still usable
    QCOMPARE(after.load(), 2);
}

void TestTaskPair::productsAreSingleThreadedInside()
{
    bp::limitMathThreadsOnThisThread(2);
    QCOMPARE(bp::mathThreadsOnThisThread(), 2);
    bp::TaskPair pair;
    std::atomic<int> widest{0};
    pair.run(8, [&](int) {
        const int n = bp::mathThreadsOnThisThread();
        int seen = widest.load();
        while (n > seen && !widest.compare_exchange_weak(seen, n)) {
        }
    });
    QCOMPARE(widest.load(), 1);
    QCOMPARE(bp::mathThreadsOnThisThread(), 2); // the caller's setting is back
}

void TestTaskPair::eachThreadHasItsOwnPair()
{
    bp::TaskPair* mine = &bp::TaskPair::forThisThread();
    QCOMPARE(&bp::TaskPair::forThisThread(), mine);
    bp::TaskPair* theirs = nullptr;
    std::atomic<int> ran{0};
    std::thread other([&] {
        theirs = &bp::TaskPair::forThisThread();
        theirs->run(4, [&](int) { ran.fetch_add(1); });
    }); // joins its helper when the thread ends
    other.join();
    QVERIFY(theirs != mine);
    QCOMPARE(ran.load(), 4);
}

QTEST_APPLESS_MAIN(TestTaskPair)
#include "tst_taskpair.moc"

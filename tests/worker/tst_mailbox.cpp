// Mailbox: messages arrive in order on the receiving thread, one queued wake at a time, and a
// minimum interval throttles the wakes (Wake::Now skips it). Waits on the event loop only.

#include "worker/mailbox.h"

#include <QCoreApplication>
#include <QObject>
#include <QtTest/QtTest>

#include <deque>
#include <memory>
#include <thread>
#include <vector>

using namespace bpui;

namespace {

/// A receiver that counts its drains and keeps what they took.
struct Receiver
{
    explicit Receiver(int minIntervalMs = 0)
        : mailbox(
              &object, [this] { drain(); }, minIntervalMs)
    {
    }

    void drain()
    {
        ++drains;
        for (std::vector<int>& message : mailbox.takeAll())
            received.push_back(message.front());
    }

    QObject object;
    Mailbox<std::vector<int>> mailbox; // a payload on the heap, for ThreadSanitizer to follow
    int drains = 0;
    std::vector<int> received;
};

} // namespace

class TestMailbox : public QObject
{
    Q_OBJECT
private slots:
    void putsBeforeTheWakeShareOneDrain();
    void messagesFromAnotherThreadArriveInOrder();
    void minimumIntervalHoldsWakesBackButNotWakeNow();
    void resetForgetsTheLastWake();
};

void TestMailbox::putsBeforeTheWakeShareOneDrain()
{
    Receiver receiver;
    for (int i = 0; i < 3; ++i)
        receiver.mailbox.put({i});
    QCOMPARE(receiver.drains, 0); // queued, not direct
    QCoreApplication::processEvents();
    QCOMPARE(receiver.drains, 1);
    QCOMPARE(receiver.received, (std::vector<int>{0, 1, 2}));

    receiver.mailbox.put({3}); // the drain took everything: the next put wakes again
    QCoreApplication::processEvents();
    QCOMPARE(receiver.drains, 2);
    QCOMPARE(receiver.received.back(), 3);
}

void TestMailbox::messagesFromAnotherThreadArriveInOrder()
{
    constexpr int kCount = 20000;
    Receiver receiver;
    std::thread producer([&receiver] {
        for (int i = 0; i < kCount; ++i)
            receiver.mailbox.put({i});
    });
    const bool arrived =
        QTest::qWaitFor([&] { return static_cast<int>(receiver.received.size()) == kCount; });
    producer.join();
    QVERIFY(arrived);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(receiver.received[static_cast<std::size_t>(i)], i);
    QVERIFY2(receiver.drains <= kCount, "at most one drain per message");
    QCoreApplication::processEvents();
    QCOMPARE(static_cast<int>(receiver.received.size()), kCount); // no message twice
}

void TestMailbox::minimumIntervalHoldsWakesBackButNotWakeNow()
{
    // An hour: the second put can only be held back, however slow the machine.
    Receiver receiver(3600 * 1000);
    receiver.mailbox.put({0}); // no wake yet: the first goes at once
    QCoreApplication::processEvents();
    QCOMPARE(receiver.drains, 1);

    receiver.mailbox.put({1}); // within the interval: waits in the mailbox
    QCoreApplication::processEvents();
    QCOMPARE(receiver.drains, 1);
    QCOMPARE(receiver.received, (std::vector<int>{0}));

    receiver.mailbox.put({2}, Mailbox<std::vector<int>>::Wake::Now); // e.g. a producer's end
    QCoreApplication::processEvents();
    QCOMPARE(receiver.drains, 2);
    QCOMPARE(receiver.received, (std::vector<int>{0, 1, 2}));
}

void TestMailbox::resetForgetsTheLastWake()
{
    Receiver receiver(3600 * 1000);
    receiver.mailbox.put({0});
    QCoreApplication::processEvents();
    receiver.mailbox.put({1}); // held back
    receiver.mailbox.reset();  // e.g. a new race: drops it and the last wake
    receiver.mailbox.put({2});
    QCoreApplication::processEvents();
    QCOMPARE(receiver.drains, 2);
    QCOMPARE(receiver.received, (std::vector<int>{0, 2}));
}

QTEST_GUILESS_MAIN(TestMailbox)
#include "tst_mailbox.moc"

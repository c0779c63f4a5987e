// GradientHistory: samples kept in order, bounded and evenly thinned on a long run, cleared
// with the cost history and when another network's figures arrive.
#include "session/gradienthistory.h"
#include "session/livehistory.h"
#include "worker/trainingsnapshot.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace bpui;

namespace {

bp::GradientHealth healthOf(int layers, double value)
{
    bp::GradientHealth h;
    h.gradientNorms.assign(static_cast<std::size_t>(layers), value);
    h.ratios.assign(static_cast<std::size_t>(layers), value);
    h.saturation.assign(static_cast<std::size_t>(layers - 1), 0.0);
    return h;
}

} // namespace

class TestGradientHistory : public QObject
{
    Q_OBJECT
private slots:
    void recordsSnapshotsThatCarryFigures();
    void staysBoundedAndEvenlySpread();
    void clearsWithTheCostHistory();
    void anotherNetworkStartsOver();
};

void TestGradientHistory::recordsSnapshotsThatCarryFigures()
{
    GradientHistory history(nullptr, nullptr);
    QSignalSpy appended(&history, &GradientHistory::appended);
    TrainingSnapshot snapshot;
    snapshot.latest.iteration = 5;
    history.record(snapshot); // no figures: nothing
    QVERIFY(history.empty());
    snapshot.health = std::make_shared<const bp::GradientHealth>(healthOf(3, 0.5));
    history.record(snapshot);
    QCOMPARE(history.samples().size(), std::size_t(1));
    QCOMPARE(history.latest().iteration, 5L);
    QCOMPARE(history.layerCount(), 3);
    QCOMPARE(appended.count(), 1);
}

void TestGradientHistory::staysBoundedAndEvenlySpread()
{
    GradientHistory history(nullptr, nullptr);
    const long n = 10 * static_cast<long>(GradientHistory::kMaxSamples) + 7;
    for (long i = 0; i < n; ++i)
        history.append(i, healthOf(2, static_cast<double>(i)));
    const auto& samples = history.samples();
    QVERIFY(samples.size() < GradientHistory::kMaxSamples);
    QVERIFY(samples.size() >= GradientHistory::kMaxSamples / 2);
    QCOMPARE(samples.front().iteration, 0L);
    QCOMPARE(history.latest().iteration, n - 1);
    // Evenly spread: every gap is the current stride (the newest sample may be closer).
    const long stride = static_cast<long>(history.stride());
    QCOMPARE(stride, 16L); // 2048 → thinned at 2048, 4096, 8192, 16384 offered-equivalents
    for (std::size_t i = 1; i < samples.size(); ++i)
        QCOMPARE(samples[i].iteration - samples[i - 1].iteration, stride);
    QVERIFY(n - 1 - samples.back().iteration < stride);
}

void TestGradientHistory::clearsWithTheCostHistory()
{
    LiveHistory rows;
    GradientHistory history(nullptr, &rows);
    QSignalSpy reset(&history, &GradientHistory::reset);
    history.append(0, healthOf(2, 1.0));
    rows.startOver();
    QVERIFY(history.empty());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(history.layerCount(), 0);
}

void TestGradientHistory::anotherNetworkStartsOver()
{
    GradientHistory history(nullptr, nullptr);
    QSignalSpy reset(&history, &GradientHistory::reset);
    history.append(0, healthOf(2, 1.0));
    history.append(1, healthOf(2, 1.0));
    history.append(2, healthOf(4, 1.0));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(history.samples().size(), std::size_t(1));
    QCOMPARE(history.layerCount(), 4);
}

QTEST_MAIN(TestGradientHistory)
#include "tst_gradienthistory.moc"

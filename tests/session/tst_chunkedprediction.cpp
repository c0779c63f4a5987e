// ChunkedPrediction: the sliced sweep gives the same outputs as one Network::predict, never
// emits for an abandoned sweep, keeps its data alive when the owner replaces it, and sizes
// its slices to the network (many examples per slice for a small one).

#include "session/chunkedprediction.h"
#include "initializer.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

#include <random>

using namespace bpui;

namespace {

bp::Network makeNetwork(int inputs, int hidden, int outputs, std::uint64_t seed)
{
    const bp::Architecture arch = bp::Architecture::make(
        inputs, {hidden}, bp::Activation::Tanh, outputs,
        outputs > 1 ? bp::Activation::Softmax : bp::Activation::Sigmoid);
    return bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, seed));
}

std::shared_ptr<const bp::Matrix> makeFeatures(int rows, bp::Index cols, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal;
    auto X = std::make_shared<bp::Matrix>(rows, cols);
    for (bp::Index c = 0; c < cols; ++c)
        for (int r = 0; r < rows; ++r)
            (*X)(r, c) = normal(rng);
    return X;
}

} // namespace

class TestChunkedPrediction : public QObject
{
    Q_OBJECT
private slots:
    void matchesOnePrediction_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("examples");
        QTest::addColumn<int>("evaluated");
        QTest::newRow("none") << 3 << 2 << 50 << 0;
        QTest::newRow("one example") << 3 << 2 << 50 << 1;
        QTest::newRow("a prefix") << 5 << 3 << 1000 << 777;
        QTest::newRow("all, one output") << 4 << 1 << 3000 << 3000;
        QTest::newRow("more than there are") << 6 << 4 << 300 << 10000;
        QTest::newRow("images") << 784 << 10 << 6000 << 6000;
    }

    void matchesOnePrediction()
    {
        QFETCH(int, inputs);
        QFETCH(int, outputs);
        QFETCH(int, examples);
        QFETCH(int, evaluated);
        const bp::Network network = makeNetwork(inputs, 16, outputs, 7);
        const auto X = makeFeatures(inputs, examples, 11);
        const bp::Index m = std::min(evaluated, examples);
        ChunkedPrediction sweep;
        QSignalSpy done(&sweep, &ChunkedPrediction::finished);
        sweep.start(network, X, evaluated);
        QVERIFY(sweep.isRunning());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.count(), 1);
        QVERIFY(!sweep.isRunning());
        QCOMPARE(sweep.outputs().rows(), outputs);
        QCOMPARE(sweep.outputs().cols(), m);
        if (m > 0) {
            const bp::Matrix expected = network.predict(X->leftCols(m));
            QVERIFY((sweep.outputs() - expected).cwiseAbs().maxCoeff() <= 1e-12);
        }
        QVERIFY(sweep.busyMs() >= 0.0);
    }

    void restartAbandonsTheFirstSweep()
    {
        const auto X = makeFeatures(8, 4000, 3);
        ChunkedPrediction sweep;
        QSignalSpy done(&sweep, &ChunkedPrediction::finished);
        sweep.start(makeNetwork(8, 32, 3, 1), X, 4000);
        QCoreApplication::processEvents(); // a slice or two of the first sweep
        const bp::Network second = makeNetwork(8, 32, 3, 2);
        sweep.start(second, X, 2500);
        QVERIFY(done.wait(20000));
        QTest::qWait(50); // nothing more arrives from the first sweep
        QCOMPARE(done.count(), 1);
        QCOMPARE(sweep.outputs().cols(), 2500);
        QVERIFY((sweep.outputs() - second.predict(X->leftCols(2500))).cwiseAbs().maxCoeff() <=
                1e-12);
    }

    void cancelEmitsNothing()
    {
        ChunkedPrediction sweep;
        QSignalSpy done(&sweep, &ChunkedPrediction::finished);
        sweep.start(makeNetwork(8, 32, 3, 1), makeFeatures(8, 20000, 3), 20000);
        QCoreApplication::processEvents();
        sweep.cancel();
        QVERIFY(!sweep.isRunning());
        QTest::qWait(100);
        QCOMPARE(done.count(), 0);
    }

    void keepsItsDataWhenTheOwnerDropsIt()
    {
        auto X = makeFeatures(5, 3000, 9);
        const bp::Matrix copy = *X;
        const bp::Network network = makeNetwork(5, 16, 2, 4);
        ChunkedPrediction sweep;
        QSignalSpy done(&sweep, &ChunkedPrediction::finished);
        sweep.start(network, X, 3000);
        X.reset(); // the owner replaced its data set mid-sweep
        QVERIFY(done.wait(20000));
        QVERIFY((sweep.outputs() - network.predict(copy)).cwiseAbs().maxCoeff() <= 1e-12);
    }

    void slicesGrowForASmallNetwork()
    {
        // 2-8-1 costs microseconds per example: starting at 64, slices must grow, or a sweep
        // of 50,000 examples would take ~800 event-loop turns.
        ChunkedPrediction sweep;
        QSignalSpy done(&sweep, &ChunkedPrediction::finished);
        sweep.start(makeNetwork(2, 8, 1, 5), makeFeatures(2, 50000, 1), 50000);
        QVERIFY(done.wait(20000));
        QVERIFY2(sweep.sliceExamples() > 64, qPrintable(QString::number(sweep.sliceExamples())));
    }
};

QTEST_MAIN(TestChunkedPrediction)
#include "tst_chunkedprediction.moc"

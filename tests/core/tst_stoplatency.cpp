// Stop latency on a big problem: after a cancel request, training does at most the chunk of
// work it was in the middle of — one column chunk of a full-batch evaluation, one
// mini-batch, one line-search step. The work is counted, not timed: every chunk, mini-batch
// and line-search boundary checks the CancellationToken, and the token counts its checks.
//
// Data: Fashion-MNIST's 60000 training images (Debian's dataset-fashion-mnist) when
// installed, otherwise random data of the same shape; 784-128-10, so a full-batch
// evaluation is 15 chunks of 4096 examples.

#include "idxloader.h"
#include "initializer.h"
#include "network.h"
#include "trainer.h"

#include <QDir>
#include <QtTest/QtTest>

#include <atomic>
#include <random>
#include <thread>

namespace {

const QString fashionDir = QStringLiteral("/usr/share/datasets/fashion-mnist/");

bp::Dataset fashionOrRandom()
{
    if (QDir(fashionDir).exists(QStringLiteral("train-images-idx3-ubyte.gz"))) {
        qInfo("data: Fashion-MNIST, 60000 training images");
        return bp::loadIdx((fashionDir + "train-images-idx3-ubyte.gz").toStdString(),
                           (fashionDir + "train-labels-idx1-ubyte.gz").toStdString());
    }
    qInfo("data: random 784 x 60000 (Fashion-MNIST is not installed)");
    bp::Dataset data;
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> pixel(0.0, 1.0);
    data.features = bp::Matrix::NullaryExpr(784, 60000, [&] { return pixel(rng); });
    data.labels.resize(60000);
    for (std::size_t i = 0; i < data.labels.size(); ++i)
        data.labels[i] = static_cast<int>(i % 10);
    for (int k = 0; k < 10; ++k)
        data.classNames.push_back(std::to_string(k));
    return data;
}

} // namespace

class TestStopLatency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stopDoesAtMostTheWorkInProgress_data();
    void stopDoesAtMostTheWorkInProgress();

private:
    bp::Dataset data_;
};

void TestStopLatency::initTestCase()
{
    data_ = fashionOrRandom();
    QCOMPARE(data_.size(), bp::Index{60000});
}

void TestStopLatency::stopDoesAtMostTheWorkInProgress_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<int>("batchSize");
    // How many token checks to let pass after row 0 before asking to stop: the request then
    // lands inside the next evaluation (full batch: 15 chunks) or a later mini-batch.
    QTest::addColumn<int>("checksBeforeStop");
    QTest::newRow("gradient descent, full batch, mid-evaluation")
        << static_cast<int>(bp::OptimizerKind::GradientDescent) << 0 << 4;
    QTest::newRow("Adam, mini-batches of 64")
        << static_cast<int>(bp::OptimizerKind::Adam) << 64 << 20;
    QTest::newRow("L-BFGS, inside the line search")
        << static_cast<int>(bp::OptimizerKind::LBFGS) << 0 << 20;
    QTest::newRow("conjugate gradient, inside the line search")
        << static_cast<int>(bp::OptimizerKind::ConjugateGradient) << 0 << 20;
}

void TestStopLatency::stopDoesAtMostTheWorkInProgress()
{
    QFETCH(int, optimizer);
    QFETCH(int, batchSize);
    QFETCH(int, checksBeforeStop);
    const bp::Architecture arch =
        bp::Architecture::make(784, {128}, bp::Activation::Sigmoid, 10, bp::Activation::Sigmoid);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1));
    bp::TrainingConfig config;
    config.optimizer = static_cast<bp::OptimizerKind>(optimizer);
    config.learningRate = config.optimizer == bp::OptimizerKind::Adam ? 0.001 : 0.5;
    config.lambda = 1.0;
    config.batchSize = batchSize;
    config.maxIterations = 0; // until stopped
    bp::Trainer trainer(network, data_, nullptr, config);

    bp::CancellationToken token;
    std::atomic<long> rows{0};
    std::atomic<bool> threw{false};
    bp::TrainingResult result;
    std::thread run([&] {
        try {
            result = trainer.run(
                [&](const bp::IterationStats&, const bp::Vector&) {
                    rows.fetch_add(1);
                    return true;
                },
                &token);
        } catch (const bp::Cancelled&) {
            threw.store(true); // left from inside an evaluation: a normal stop
        }
    });

    // Wait (on the work, not the clock) until row 0 is in and the run is well inside the
    // work that follows.
    while (rows.load() == 0)
        std::this_thread::yield();
    const std::uint64_t afterRow0 = token.checks();
    while (token.checks() < afterRow0 + static_cast<std::uint64_t>(checksBeforeStop))
        std::this_thread::yield();

    token.cancel();
    const std::uint64_t checksAtRequest = token.checks();
    const long rowsAtRequest = rows.load();
    run.join();

    const std::uint64_t checksAfter = token.checks() - checksAtRequest;
    const long rowsAfter = rows.load() - rowsAtRequest;
    qInfo("after the request: %llu token check(s), %ld history row(s); stopped %s",
          static_cast<unsigned long long>(checksAfter), rowsAfter,
          threw.load() ? "inside an evaluation"
                       : qPrintable(QString::fromStdString(result.message)));
    // The first check after the request ends the run: at most the chunk, mini-batch or
    // line-search step in progress was finished (a check already under way when the request
    // came may still pass, hence 2).
    QVERIFY2(checksAfter <= 2, qPrintable(QString::number(checksAfter)));
    QVERIFY2(rowsAfter <= 1, qPrintable(QString::number(rowsAfter)));
    QVERIFY(threw.load() || result.reason == bp::StopReason::Cancelled);
    QVERIFY(network.parameters().allFinite());
}

QTEST_GUILESS_MAIN(TestStopLatency)
#include "tst_stoplatency.moc"

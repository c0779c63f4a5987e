// Learning and validation curves (core/curves.h): a linear model's learning curve against the
// normal equations, the shapes the course predicts, the λ sweep, the grids, threads and
// cancellation.
#include "curves.h"

#include "generators.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <atomic>
#include <random>
#include <set>

namespace {

constexpr std::uint64_t kSeed = 20240614; // printed by initTestCase; fixed for reproducibility

/// y = w·x + b + σ·noise with n standard-normal features: well conditioned for m ≥ n + 1.
bp::Dataset linearData(bp::Index m, int n, double noise, std::uint64_t seed)
{
    bp::Dataset data;
    data.name = "linear";
    data.features.resize(n, m);
    data.targets.resize(1, m);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (bp::Index i = 0; i < m; ++i) {
        double y = 0.5;
        for (int j = 0; j < n; ++j) {
            data.features(j, i) = normal(rng);
            y += (j % 2 == 0 ? 1.0 : -0.7) * (j + 1) * 0.3 * data.features(j, i);
        }
        data.targets(0, i) = y + noise * normal(rng);
    }
    return data;
}

bp::DataSplit linearSplit(bp::Index train, bp::Index validation, int n, double noise)
{
    bp::DataSplit split;
    split.train = linearData(train, n, noise, kSeed);
    split.validation = linearData(validation, n, noise, kSeed + 1);
    return split;
}

/// No hidden layer, a linear output: linear regression, J = (1/2m) Σ (θᵀ[1; x] − y)².
bp::CurvePlan linearPlan(int n, bp::CurveKind kind, std::vector<double> values)
{
    bp::CurvePlan plan;
    plan.kind = kind;
    plan.architecture = bp::Architecture::make(n, {}, bp::Activation::Tanh, 1, bp::Activation::Linear);
    plan.config.optimizer = bp::OptimizerKind::LBFGS;
    plan.config.maxIterations = 500;
    plan.config.lambda = 0.0;
    plan.initSeed = kSeed;
    plan.values = std::move(values);
    return plan;
}

/// ½ · mean squared residual of θ on data.
double halfMse(const bp::Vector& theta, const bp::Dataset& data)
{
    const bp::Index n = data.featureCount();
    const bp::Matrix h = (theta.tail(n).transpose() * data.features).array() + theta(0);
    return 0.5 * (h - data.targets).squaredNorm() / static_cast<double>(data.size());
}

} // namespace

class TestCurves : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("seed %llu", static_cast<unsigned long long>(kSeed)); }

    // Tolerance 1e-6 absolute on J (the costs are O(0.1)).
    void learningCurveMatchesNormalEquations()
    {
        const int n = 4;
        const bp::DataSplit split = linearSplit(200, 100, n, 0.3);
        const std::vector<double> sizes = {6, 10, 20, 40, 80, 140, 200};
        const bp::CurvePlan plan = linearPlan(n, bp::CurveKind::Learning, sizes);
        const std::vector<bp::CurvePoint> points = bp::runCurve(plan, split, 2);
        QCOMPARE(points.size(), sizes.size());

        // Regression keeps the split's order: the subset is the first m columns.
        for (std::size_t k = 0; k < sizes.size(); ++k) {
            const bp::Index m = static_cast<bp::Index>(sizes[k]);
            bp::Matrix Xa(n + 1, m);
            Xa.row(0).setOnes();
            Xa.bottomRows(n) = split.train.features.leftCols(m);
            const bp::Matrix A = Xa * Xa.transpose();
            const bp::Vector b = Xa * split.train.targets.leftCols(m).transpose();
            const bp::Vector theta = A.ldlt().solve(b); // θ = (X Xᵀ)⁻¹ X y
            bp::Dataset part = split.train.subset([&] {
                std::vector<bp::Index> columns;
                for (bp::Index i = 0; i < m; ++i)
                    columns.push_back(i);
                return columns;
            }());
            QCOMPARE(points[k].trainExamples, m);
            BP_FUZZY_COMPARE(points[k].trainCost, halfMse(theta, part), 1e-6);
            BP_FUZZY_COMPARE(points[k].validationCost, halfMse(theta, split.validation), 1e-6);
            QVERIFY(std::isnan(points[k].trainAccuracy)); // regression
            QVERIFY(std::isnan(points[k].testCost));      // not requested
        }
    }

    void learningCurveShape()
    {
        // Twenty features, noise 0.5, sizes doubling from 24: J_train rises towards σ²/2 from
        // below (expected (σ²/2)(1 − p/m)), J_cv falls to it (about (σ²/2)(1 + p/(m − p))),
        // with the variance term large against the sampling noise at every step.
        const int n = 20;
        const bp::DataSplit split = linearSplit(768, 1000, n, 0.5);
        const bp::CurvePlan plan =
            linearPlan(n, bp::CurveKind::Learning, {24, 48, 96, 192, 384, 768});
        const std::vector<bp::CurvePoint> points = bp::runCurve(plan, split, 2);
        for (const bp::CurvePoint& p : points)
            qInfo("m %g J_train %.6f J_cv %.6f", p.value, p.trainCost, p.validationCost);
        for (std::size_t k = 1; k < points.size(); ++k) {
            QVERIFY2(points[k].trainCost >= points[k - 1].trainCost,
                     qPrintable(QStringLiteral("J_train fell from m = %1 to %2")
                                    .arg(points[k - 1].value)
                                    .arg(points[k].value)));
            QVERIFY2(points[k].validationCost <= points[k - 1].validationCost,
                     qPrintable(QStringLiteral("J_cv rose from m = %1 to %2")
                                    .arg(points[k - 1].value)
                                    .arg(points[k].value)));
        }
        QVERIFY(points.front().validationCost > 2 * points.back().validationCost);
    }

    void lambdaSweepTrainCostRises()
    {
        const int n = 6;
        const bp::DataSplit split = linearSplit(60, 60, n, 0.5);
        const bp::CurvePlan plan = linearPlan(n, bp::CurveKind::Lambda, bp::lambdaGrid());
        const std::vector<bp::CurvePoint> points = bp::runCurve(plan, split, 2);
        QCOMPARE(points.size(), bp::lambdaGrid().size());
        for (std::size_t k = 1; k < points.size(); ++k) {
            // J_train without the λ term of the regularised minimiser is non-decreasing in λ
            // (up to the optimiser's convergence, 1e-9).
            QVERIFY2(points[k].trainCost >= points[k - 1].trainCost - 1e-9,
                     qPrintable(QStringLiteral("J_train fell from λ = %1 to %2")
                                    .arg(points[k - 1].value)
                                    .arg(points[k].value)));
            QCOMPARE(points[k].trainExamples, split.train.size());
        }
        QVERIFY(points.back().trainCost > points.front().trainCost);
        const std::optional<std::size_t> best = bp::bestValidationPoint(points);
        QVERIFY(best.has_value());
        for (const bp::CurvePoint& p : points)
            QVERIFY(points[*best].validationCost <= p.validationCost);
    }

    void unitSweepResizesTheHiddenLayer()
    {
        bp::GeneratorSpec spec;
        spec.name = "spiral";
        spec.n = 120;
        spec.seed = 3;
        const bp::Dataset data = bp::generateDataset(spec);
        const bp::DataSplit split = bp::splitDataset(data, 0.25, 0.0, kSeed);
        bp::CurvePlan plan;
        plan.kind = bp::CurveKind::Units;
        plan.architecture = bp::Architecture::make(2, {8}, bp::Activation::Tanh,
                                                   data.classCount(), bp::Activation::Softmax);
        plan.config.optimizer = bp::OptimizerKind::LBFGS;
        plan.config.maxIterations = 30;
        plan.values = {1, 4, 16};
        plan.evaluateTest = true; // empty test split: NaN, not an error
        const std::vector<bp::CurvePoint> points = bp::runCurve(plan, split, 1);
        QCOMPARE(bp::curvePointArchitecture(plan, 2).layerSizes, (std::vector<int>{2, 16, 3}));
        for (const bp::CurvePoint& p : points) {
            QVERIFY(p.trainAccuracy >= 0.0 && p.trainAccuracy <= 1.0);
            QVERIFY(p.validationAccuracy >= 0.0 && p.validationAccuracy <= 1.0);
            QVERIFY(std::isnan(p.testCost));
        }
        plan.architecture = bp::Architecture::make(2, {}, bp::Activation::Tanh, 3,
                                                   bp::Activation::Softmax);
        QVERIFY(bptest::errorOf([&] { bp::checkCurvePlan(plan, split); })
                    .contains(QStringLiteral("no hidden layer")));
    }

    void sameNumbersOnOneOrTwoThreads()
    {
        const int n = 3;
        const bp::DataSplit split = linearSplit(80, 40, n, 0.3);
        bp::CurvePlan plan = linearPlan(n, bp::CurveKind::Learning, {5, 10, 20, 40, 80});
        plan.config.optimizer = bp::OptimizerKind::Adam;
        plan.config.learningRate = 0.05;
        plan.config.maxIterations = 200;
        std::vector<std::size_t> seen;
        const std::vector<bp::CurvePoint> two = bp::runCurve(
            plan, split, 2, [&](std::size_t i, const bp::CurvePoint&) { seen.push_back(i); });
        const std::vector<bp::CurvePoint> one = bp::runCurve(plan, split, 1);
        QCOMPARE(std::set<std::size_t>(seen.begin(), seen.end()).size(), plan.values.size());
        for (std::size_t k = 0; k < one.size(); ++k) {
            QCOMPARE(two[k].trainCost, one[k].trainCost); // bit for bit
            QCOMPARE(two[k].validationCost, one[k].validationCost);
            QCOMPARE(two[k].iterations, 200L);
        }
    }

    void gridsAndSizes()
    {
        bp::GeneratorSpec spec;
        spec.name = "spiral";
        spec.n = 300;
        const bp::Dataset data = bp::generateDataset(spec);
        const std::vector<double> sizes = bp::learningCurveSizes(data, 10);
        QCOMPARE(sizes.size(), std::size_t(10));
        QCOMPARE(sizes.front(), 3.0 * data.classCount());
        QCOMPARE(sizes.back(), double(data.size()));
        QVERIFY(std::is_sorted(sizes.begin(), sizes.end()));
        QCOMPARE(bp::lambdaGrid().front(), 0.0);
        QCOMPARE(bp::lambdaGrid().back(), 100.0);
        QCOMPARE(bp::unitGrid().back(), 128.0);

        // Round-robin class order: every class among the first K examples.
        const std::vector<bp::Index> order = bp::learningCurveOrder(data);
        QCOMPARE(order.size(), std::size_t(data.size()));
        std::set<int> firstClasses;
        for (int k = 0; k < data.classCount(); ++k)
            firstClasses.insert(data.labels[static_cast<std::size_t>(order[k])]);
        QCOMPARE(int(firstClasses.size()), data.classCount());
        QCOMPARE(std::set<bp::Index>(order.begin(), order.end()).size(), order.size());

        QCOMPARE(bp::curveKindFromString("lambda"), std::optional(bp::CurveKind::Lambda));
        QVERIFY(!bp::curveKindFromString("nope"));
    }

    void cancelStopsWithoutAPartialPoint()
    {
        const int n = 3;
        const bp::DataSplit split = linearSplit(400, 100, n, 0.3);
        bp::CurvePlan plan = linearPlan(n, bp::CurveKind::Learning, {10, 50, 100, 200, 300, 400});
        plan.config.optimizer = bp::OptimizerKind::GradientDescent;
        plan.config.maxIterations = 0;
        plan.config.timeLimitSeconds = 60; // only a cancel ends it in time
        bp::CancellationToken token;
        std::atomic<int> points{0};
        std::thread canceller([&] {
            QThread::msleep(50);
            token.cancel();
        });
        bool cancelled = false;
        try {
            bp::runCurve(plan, split, 2, [&](std::size_t, const bp::CurvePoint&) { ++points; },
                         &token);
        } catch (const bp::Cancelled&) {
            cancelled = true;
        }
        canceller.join();
        QVERIFY(cancelled);
        QCOMPARE(points.load(), 0);
    }

    void planErrors()
    {
        const bp::DataSplit split = linearSplit(20, 10, 2, 0.1);
        bp::CurvePlan plan = linearPlan(2, bp::CurveKind::Learning, {5, 21});
        QVERIFY(bptest::errorOf([&] { bp::checkCurvePlan(plan, split); })
                    .contains(QStringLiteral("from 1 to 20")));
        plan.kind = bp::CurveKind::Lambda;
        plan.values = {-1};
        QVERIFY(bptest::errorOf([&] { bp::checkCurvePlan(plan, split); })
                    .contains(QStringLiteral("λ")));
        plan.values = {};
        QVERIFY(bptest::errorOf([&] { bp::checkCurvePlan(plan, split); })
                    .contains(QStringLiteral("no points")));
    }

    void csvAndReading()
    {
        bp::CurvePoint a;
        a.value = 10;
        a.trainExamples = 10;
        a.trainCost = 0.05;
        a.validationCost = 0.9;
        a.trainAccuracy = 1.0;
        a.validationAccuracy = 0.6;
        bp::CurvePoint b = a;
        b.value = 100;
        b.trainExamples = 100;
        b.trainCost = 0.1;
        b.validationCost = 0.6;
        b.validationAccuracy = 0.75;
        QVERIFY(QString::fromStdString(bp::readLearningCurve({a, b})).startsWith("High variance"));
        b.trainCost = 0.8;
        b.validationCost = 0.85;
        b.trainAccuracy = 0.62;
        b.validationAccuracy = 0.6;
        QVERIFY(QString::fromStdString(bp::readLearningCurve({a, b})).startsWith("High bias"));
        QVERIFY(bp::readLearningCurve({a}).empty());

        const std::string csv = bp::curveCsv(bp::CurveKind::Learning, {a});
        QVERIFY(csv.starts_with(bp::curveCsvHeader(bp::CurveKind::Learning) + "\n"));
        QVERIFY(csv.find("\n10.0,10,0.05,0.9,,1.0,0.6,,0,max_iterations,0.0\n") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCurves)
#include "tst_curves.moc"

// The loss landscape (core/landscape.h): slices and contours that pass exactly through θ₀ and
// θ, the trajectory's principal plane, filter-normalised directions, sub-sampling, threads and
// cancellation. Tolerances: 1e-12 on unit-scale quantities (norms, dot products, shares);
// "exactly" means ==, the same bits as a CostFunction evaluation of the same vector.
#include "landscape.h"

#include "costfunction.h"
#include "generators.h"
#include "initializer.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <cstring>
#include <random>

namespace {

constexpr std::uint64_t kSeed = 20240701; // printed by initTestCase; fixed for reproducibility

/// The studio's spiral example: 300 examples, 3 arms, 2-16-16-3 tanh with a softmax output,
/// θ₀ seeded, and a 40-step gradient-descent path θ₀ … θ (every step a snapshot).
struct Spiral
{
    bp::Dataset data;
    bp::Matrix Y;
    bp::Architecture arch;
    std::vector<bp::Vector> trajectory;
    const bp::Vector& initial() const { return trajectory.front(); }
    const bp::Vector& current() const { return trajectory.back(); }

    Spiral()
    {
        bp::GeneratorSpec spec;
        spec.name = "spiral";
        spec.n = 300;
        spec.classes = 3;
        spec.seed = kSeed;
        data = bp::generateDataset(spec);
        Y = bp::encodeTargets(data, 3);
        arch =
            bp::Architecture::make(2, {16, 16}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
        bp::Vector theta = bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed);
        bp::CostFunction cost(arch, data.features, Y, 0.1);
        bp::Vector g;
        trajectory.push_back(theta);
        for (int step = 0; step < 40; ++step) {
            cost.evaluate(theta, &g);
            theta -= 0.5 * g;
            trajectory.push_back(theta);
        }
    }
};

const Spiral& spiral()
{
    static const Spiral instance;
    return instance;
}

/// J exactly as a caller would compute it: a fresh CostFunction on the same data.
double referenceCost(const bp::Vector& params, double lambda)
{
    bp::CostFunction cost(spiral().arch, spiral().data.features, spiral().Y, lambda);
    return cost.evaluate(params, nullptr);
}

bool sameBits(const bp::Matrix& a, const bp::Matrix& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) ==
               0;
}

bp::Vector gaussian(bp::Index p, std::mt19937_64& rng)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    bp::Vector v(p);
    for (bp::Index i = 0; i < p; ++i)
        v(i) = normal(rng);
    return v;
}

/// d₁, d₂ unit and orthogonal to 1e-12; the path's last row exactly (0, 0); shares in [0, 1].
void verifyPrincipalPlane(const bp::LandscapeDirections& d, std::size_t snapshots)
{
    QVERIFY(d.orthonormal);
    BP_FUZZY_COMPARE(d.d1.squaredNorm(), 1.0, 1e-12);
    BP_FUZZY_COMPARE(d.d2.squaredNorm(), 1.0, 1e-12);
    BP_FUZZY_COMPARE(d.d1.dot(d.d2), 0.0, 1e-12);
    QCOMPARE(d.path.rows(), static_cast<bp::Index>(snapshots));
    QCOMPARE(d.path.cols(), bp::Index(2));
    QCOMPARE(d.path(d.path.rows() - 1, 0), 0.0);
    QCOMPARE(d.path(d.path.rows() - 1, 1), 0.0);
    QVERIFY(d.explained1 >= 0.0 && d.explained1 <= 1.0);
    QVERIFY(d.explained2 >= 0.0 && d.explained2 <= 1.0);
    QVERIFY(d.explained1 + d.explained2 <= 1.0);
    QVERIFY(d.explained1 >= d.explained2);
    QVERIFY(d.radius > 0.0 && d.radius >= d.path.cwiseAbs().maxCoeff());
}

} // namespace

class TestLandscape : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("seed %llu", static_cast<unsigned long long>(kSeed)); }

    void pathSliceEndpointsAreExact_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("lambda");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("start"); // index of t = 0, −1: not on the grid
        QTest::addColumn<int>("end");   // index of t = 1
        QTest::newRow("default 71, λ 0, 1 thread") << 71 << 0.0 << 1 << 10 << 50;
        QTest::newRow("default 71, λ 1, 2 threads") << 71 << 1.0 << 2 << 10 << 50;
        QTest::newRow("36 points (step 0.05)") << 36 << 0.1 << 2 << 5 << 25;
        QTest::newRow("8 points (step 0.25)") << 8 << 0.0 << 1 << 1 << 5;
        QTest::newRow("10 points: neither on the grid") << 10 << 0.0 << 2 << -1 << -1;
    }
    void pathSliceEndpointsAreExact()
    {
        QFETCH(int, points);
        QFETCH(double, lambda);
        QFETCH(int, threads);
        QFETCH(int, start);
        QFETCH(int, end);
        const Spiral& s = spiral();
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, lambda);
        landscape.setThreadCount(threads);
        const bp::LandscapeSlice slice = landscape.pathSlice(s.initial(), s.current(), points);
        QCOMPARE(slice.steps.size(), static_cast<std::size_t>(points));
        QCOMPARE(slice.costs.size(), static_cast<std::size_t>(points));
        QCOMPARE(slice.steps.front(), -0.25);
        QCOMPARE(slice.steps.back(), 1.5);
        QCOMPARE(slice.atStart, bp::Index(start));
        QCOMPARE(slice.atEnd, bp::Index(end));
        QCOMPARE(slice.examples, bp::Index(300));
        if (start >= 0) {
            QCOMPARE(slice.steps[static_cast<std::size_t>(start)], 0.0);
            QVERIFY(slice.costs[static_cast<std::size_t>(start)] ==
                    referenceCost(s.initial(), lambda));
        }
        if (end >= 0) {
            QCOMPARE(slice.steps[static_cast<std::size_t>(end)], 1.0);
            QVERIFY(slice.costs[static_cast<std::size_t>(end)] ==
                    referenceCost(s.current(), lambda));
        }
        // Any other point is θ₀ + t·(θ − θ₀).
        const std::size_t k = static_cast<std::size_t>(points) - 1;
        const bp::Vector far = s.initial() + slice.steps[k] * (s.current() - s.initial());
        QVERIFY(slice.costs[k] == referenceCost(far, lambda));
    }

    void gradientSliceStartsAtCurrentCost_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("maxStep");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("reach"); // expected s_max; NaN: J/‖g‖²
        QTest::newRow("α 0.1: 4α") << 0.1 << 0.0 << 41 << 0.4;
        QTest::newRow("α 0.5, s_max 3") << 0.5 << 3.0 << 11 << 3.0;
        QTest::newRow("no α: tangent's zero") << 0.0 << 0.0 << 21 << qQNaN();
    }
    void gradientSliceStartsAtCurrentCost()
    {
        QFETCH(double, rate);
        QFETCH(double, maxStep);
        QFETCH(int, points);
        QFETCH(double, reach);
        const Spiral& s = spiral();
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.1);
        const bp::LandscapeSlice slice =
            landscape.gradientSlice(s.current(), rate, maxStep, points);
        bp::Vector g;
        bp::CostFunction cost(s.arch, s.data.features, s.Y, 0.1);
        const double j = cost.evaluate(s.current(), &g);
        QCOMPARE(slice.steps.size(), static_cast<std::size_t>(points));
        QCOMPARE(slice.steps.front(), 0.0);
        QCOMPARE(slice.atStart, bp::Index(0));
        QVERIFY(slice.costs.front() == j);
        QVERIFY(slice.costs.front() == referenceCost(s.current(), 0.1));
        if (std::isnan(reach))
            reach = j / g.squaredNorm();
        BP_FUZZY_COMPARE(slice.steps.back(), reach, 1e-15 * reach);
        if (rate > 0.0)
            QCOMPARE(slice.markedStep, rate);
        else
            QVERIFY(std::isnan(slice.markedStep));
        BP_FUZZY_COMPARE(slice.gradientNorm, g.norm(), 1e-12 * g.norm());
        if (slice.steps[1] <= 0.5)
            QVERIFY(slice.costs[1] < slice.costs[0]); // a short step down the gradient descends
        const bp::Vector last = s.current() - slice.steps.back() * g;
        QVERIFY(slice.costs.back() == referenceCost(last, 0.1));
    }

    // (J(θ − s g) − J(θ)) / s → −‖g‖² as s → 0: the sign and the scale of the step.
    void gradientSliceSlopeMatchesTangent()
    {
        const Spiral& s = spiral();
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.1);
        const bp::LandscapeSlice slice = landscape.gradientSlice(s.current(), 0.0, 1e-6, 2);
        const double slope = (slice.costs[1] - slice.costs[0]) / slice.steps[1];
        BP_FUZZY_COMPARE(slope, slice.initialSlope, 1e-3 * std::abs(slice.initialSlope));
    }

    void contourCentreIsCurrentCost_data()
    {
        QTest::addColumn<bool>("pca");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("threads");
        QTest::addColumn<double>("radius"); // 0: the directions' default
        QTest::newRow("PCA 41, 2 threads") << true << 41 << 2 << 0.0;
        QTest::newRow("PCA 5, 1 thread, r 2") << true << 5 << 1 << 2.0;
        QTest::newRow("random 21, 2 threads") << false << 21 << 2 << 0.0;
        QTest::newRow("random 3, 1 thread") << false << 3 << 1 << 0.0;
    }
    void contourCentreIsCurrentCost()
    {
        QFETCH(bool, pca);
        QFETCH(int, size);
        QFETCH(int, threads);
        QFETCH(double, radius);
        const Spiral& s = spiral();
        const bp::LandscapeDirections d =
            pca ? bp::trajectoryDirections(s.trajectory)
                : bp::filterNormalizedDirections(s.arch, s.current(), kSeed);
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.1);
        landscape.setThreadCount(threads);
        const bp::LandscapeGrid grid = landscape.contour(s.current(), d, size, radius);
        const double r = radius > 0.0 ? radius : d.radius;
        QCOMPARE(grid.radius, r);
        QCOMPARE(grid.costs.rows(), bp::Index(size));
        QCOMPARE(grid.costs.cols(), bp::Index(size));
        const bp::Index c = grid.centre();
        QCOMPARE(c, bp::Index(size / 2));
        QCOMPARE(grid.axis[static_cast<std::size_t>(c)], 0.0);
        QCOMPARE(grid.axis.front(), -r);
        QCOMPARE(grid.axis.back(), r);
        for (int i = 0; i < size; ++i)
            QCOMPARE(grid.axis[static_cast<std::size_t>(size - 1 - i)],
                     -grid.axis[static_cast<std::size_t>(i)]);
        QVERIFY(grid.costs(c, c) == referenceCost(s.current(), 0.1));
        // A corner is θ + a·d₁ + b·d₂, a along rows, b along columns.
        const double a = grid.axis.front();
        const double b = grid.axis.back();
        const bp::Vector corner = s.current() + a * d.d1 + b * d.d2;
        QVERIFY(grid.costs(0, size - 1) == referenceCost(corner, 0.1));
    }

    // Rows split across two threads give the same bits as one thread; prints the timing of the
    // studio's default 41 × 41 spiral contour (reported, never asserted).
    void twoThreadsEqualOneThread()
    {
        const Spiral& s = spiral();
        const bp::LandscapeDirections d = bp::trajectoryDirections(s.trajectory);
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.1);
        landscape.setThreadCount(1);
        QElapsedTimer timer;
        timer.start();
        const bp::LandscapeGrid one = landscape.contour(s.current(), d, 41);
        const qint64 oneMs = timer.elapsed();
        const bp::LandscapeSlice pathOne = landscape.pathSlice(s.initial(), s.current());
        landscape.setThreadCount(2);
        timer.restart();
        const bp::LandscapeGrid two = landscape.contour(s.current(), d, 41);
        const qint64 twoMs = timer.elapsed();
        const bp::LandscapeSlice pathTwo = landscape.pathSlice(s.initial(), s.current());
        qInfo("41 x 41 spiral contour (2-16-16-3, m = 300): %lld ms on 1 thread, %lld ms on 2",
              static_cast<long long>(oneMs), static_cast<long long>(twoMs));
        QVERIFY(sameBits(one.costs, two.costs));
        QVERIFY(pathOne.costs == pathTwo.costs);
        QVERIFY(one.costs.allFinite());
    }

    void principalPlaneIsOrthonormal_data()
    {
        QTest::addColumn<int>("parameters"); // 0: the spiral's gradient-descent path
        QTest::addColumn<int>("snapshots");
        QTest::newRow("spiral path") << 0 << 0;
        QTest::newRow("random walk, 3 blocks of parameters") << 10000 << 30;
        QTest::newRow("two snapshots") << 50 << 2;
        QTest::newRow("three snapshots") << 50 << 3;
    }
    void principalPlaneIsOrthonormal()
    {
        QFETCH(int, parameters);
        QFETCH(int, snapshots);
        std::vector<bp::Vector> path;
        if (parameters == 0) {
            path = spiral().trajectory;
        } else {
            std::mt19937_64 rng(kSeed);
            path.push_back(gaussian(parameters, rng));
            for (int i = 1; i < snapshots; ++i)
                path.push_back(path.back() + 0.1 * gaussian(parameters, rng));
        }
        const bp::LandscapeDirections d = bp::trajectoryDirections(path);
        verifyPrincipalPlane(d, path.size());
        if (path.size() == 2)
            BP_FUZZY_COMPARE(d.explained1, 1.0, 1e-12); // one displacement: a line
        if (path.size() == 3)
            BP_FUZZY_COMPARE(d.explained1 + d.explained2, 1.0, 1e-12); // two: a plane
    }

    void lineExplainsEverything_data()
    {
        QTest::addColumn<int>("parameters");
        QTest::addColumn<int>("snapshots");
        QTest::newRow("spiral size, 20 snapshots") << 387 << 20;
        QTest::newRow("10000 parameters, 50 snapshots") << 10000 << 50;
    }
    void lineExplainsEverything()
    {
        QFETCH(int, parameters);
        QFETCH(int, snapshots);
        std::mt19937_64 rng(kSeed);
        const bp::Vector last = gaussian(parameters, rng);
        const bp::Vector u = gaussian(parameters, rng);
        std::uniform_real_distribution<double> c(-2.0, 3.0);
        std::vector<bp::Vector> path;
        for (int i = 0; i + 1 < snapshots; ++i)
            path.push_back(last + c(rng) * u);
        path.push_back(last);
        const bp::LandscapeDirections d = bp::trajectoryDirections(path);
        verifyPrincipalPlane(d, path.size());
        BP_FUZZY_COMPARE(d.explained1, 1.0, 1e-12);
        BP_FUZZY_COMPARE(d.explained2, 0.0, 1e-12);
        BP_FUZZY_COMPARE(std::abs(d.d1.dot(u)) / u.norm(), 1.0, 1e-12);
    }

    // Against a direct SVD of the displacement matrix: the same top direction and share.
    void principalPlaneMatchesSvd()
    {
        std::mt19937_64 rng(kSeed);
        const int p = 60;
        const int k = 12;
        std::vector<bp::Vector> path;
        const bp::Vector u = gaussian(p, rng);
        for (int i = 0; i <= k; ++i) // a dominant drift plus noise
            path.push_back(static_cast<double>(k - i) * u + 0.3 * gaussian(p, rng));
        bp::Matrix D(p, k);
        for (int i = 0; i < k; ++i)
            D.col(i) = path[static_cast<std::size_t>(i)] - path.back();
        const Eigen::JacobiSVD<bp::Matrix> svd(D, Eigen::ComputeThinU);
        const bp::Vector sigma2 = svd.singularValues().array().square();
        const bp::LandscapeDirections d = bp::trajectoryDirections(path);
        BP_FUZZY_COMPARE(std::abs(d.d1.dot(svd.matrixU().col(0))), 1.0, 1e-9);
        BP_FUZZY_COMPARE(std::abs(d.d2.dot(svd.matrixU().col(1))), 1.0, 1e-9);
        BP_FUZZY_COMPARE(d.explained1, sigma2(0) / sigma2.sum(), 1e-12);
        BP_FUZZY_COMPARE(d.explained2, sigma2(1) / sigma2.sum(), 1e-12);
        // The plane holds the path: reconstruction error is the discarded share.
        double residual = 0.0;
        for (int i = 0; i <= k; ++i) {
            const bp::Vector x = path[static_cast<std::size_t>(i)] - path.back();
            residual += (x - d.path(i, 0) * d.d1 - d.path(i, 1) * d.d2).squaredNorm();
        }
        BP_FUZZY_COMPARE(residual / sigma2.sum(), 1.0 - d.explained1 - d.explained2, 1e-12);
    }

    void trajectoryErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("one snapshot")
            << 0 << "landscape: trajectory: needs at least 2 snapshots, found 1";
        QTest::newRow("all the same")
            << 1 << "landscape: trajectory: the snapshots are all the same: no direction to show";
        QTest::newRow("lengths differ")
            << 2 << "landscape: trajectory: expected 5 parameters, found 4";
    }
    void trajectoryErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        std::vector<bp::Vector> path{bp::Vector::Ones(5)};
        if (kind == 1)
            path.push_back(bp::Vector::Ones(5));
        if (kind == 2)
            path.insert(path.begin(), bp::Vector::Ones(4));
        QCOMPARE(bptest::errorOf([&] { bp::trajectoryDirections(path); }), message);
    }

    void filterNormalizedRowNorms_data()
    {
        QTest::addColumn<bool>("includeBias");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("weights only, seed 1") << false << quint64(1);
        QTest::newRow("weights only, seed 7") << false << quint64(7);
        QTest::newRow("bias included, seed 1") << true << quint64(1);
    }
    void filterNormalizedRowNorms()
    {
        QFETCH(bool, includeBias);
        QFETCH(quint64, seed);
        const Spiral& s = spiral();
        const bp::LandscapeDirections d =
            bp::filterNormalizedDirections(s.arch, s.current(), seed, includeBias);
        QVERIFY(!d.orthonormal);
        QVERIFY(std::isnan(d.explained1) && std::isnan(d.explained2));
        QCOMPARE(d.path.size(), bp::Index(0));
        QCOMPARE(d.radius, 1.0);
        for (const bp::Vector* v : {&d.d1, &d.d2}) {
            for (int l = 0; l < s.arch.thetaCount(); ++l) {
                const bp::ConstMatrixMap D = bp::thetaView(s.arch, *v, l);
                const bp::ConstMatrixMap theta = bp::thetaView(s.arch, s.current(), l);
                const bp::Index first = includeBias ? 0 : 1;
                for (bp::Index j = 0; j < D.rows(); ++j) {
                    const double want = theta.row(j).tail(D.cols() - first).norm();
                    BP_FUZZY_COMPARE(D.row(j).tail(D.cols() - first).norm(), want, 1e-12 * want);
                    if (!includeBias)
                        QCOMPARE(D(j, 0), 0.0);
                }
            }
        }
        // Seeded: the same seed, the same bits; another seed or the other direction differs.
        const bp::LandscapeDirections again =
            bp::filterNormalizedDirections(s.arch, s.current(), seed, includeBias);
        QVERIFY(bptest::bitEqual(d.d1, again.d1) && bptest::bitEqual(d.d2, again.d2));
        const bp::LandscapeDirections other =
            bp::filterNormalizedDirections(s.arch, s.current(), seed + 1, includeBias);
        QVERIFY(!bptest::bitEqual(d.d1, other.d1));
        QVERIFY(!bptest::bitEqual(d.d1, d.d2));
    }

    void cancellationStops_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>(
            "before"); // cancelled before the call, or from the first progress report
        QTest::newRow("before, 1 thread") << 1 << true;
        QTest::newRow("during, 1 thread") << 1 << false;
        QTest::newRow("during, 2 threads") << 2 << false;
    }
    void cancellationStops()
    {
        QFETCH(int, threads);
        QFETCH(bool, before);
        const Spiral& s = spiral();
        const bp::LandscapeDirections d =
            bp::filterNormalizedDirections(s.arch, s.current(), kSeed);
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.1);
        landscape.setThreadCount(threads);
        bp::CancellationToken token;
        landscape.setCancellationToken(&token);
        bp::Index reports = 0; // the progress calls are serialised: no race on this count
        bp::Index lastDone = 0;
        landscape.setProgress([&](bp::Index done, bp::Index) {
            ++reports;
            lastDone = done;
            token.cancel();
        });
        if (before)
            token.cancel();
        QVERIFY_THROWS_EXCEPTION(bp::Cancelled, landscape.contour(s.current(), d, 41));
        QVERIFY(lastDone < 41 * 41);
        QVERIFY(reports <= threads); // each thread finishes at most the row it was on
        QVERIFY_THROWS_EXCEPTION(bp::Cancelled, landscape.pathSlice(s.initial(), s.current()));
        QVERIFY_THROWS_EXCEPTION(bp::Cancelled, bp::trajectoryDirections(s.trajectory, &token));
        token.reset();
        landscape.setProgress({});
        QCOMPARE(landscape.contour(s.current(), d, 5).costs.size(), bp::Index(25)); // usable again
    }

    void progressCountsEveryPoint()
    {
        const Spiral& s = spiral();
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.0);
        landscape.setThreadCount(2);
        std::vector<std::pair<bp::Index, bp::Index>> reports;
        landscape.setProgress(
            [&](bp::Index done, bp::Index total) { reports.emplace_back(done, total); });
        landscape.contour(s.current(), bp::trajectoryDirections(s.trajectory), 9);
        QCOMPARE(reports.size(), std::size_t(9)); // one per row
        for (std::size_t i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].first, bp::Index(9 * (i + 1)));
            QCOMPARE(reports[i].second, bp::Index(81));
        }
    }

    void subSampling_data()
    {
        QTest::addColumn<int>("maxExamples");
        QTest::addColumn<int>("used");
        QTest::newRow("all (0)") << 0 << 300;
        QTest::newRow("100 of 300") << 100 << 100;
        QTest::newRow("7 of 300") << 7 << 7;
        QTest::newRow("more than m") << 1000 << 300;
    }
    void subSampling()
    {
        QFETCH(int, maxExamples);
        QFETCH(int, used);
        const Spiral& s = spiral();
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.1, maxExamples);
        QCOMPARE(landscape.examplesUsed(), bp::Index(used));
        const std::vector<bp::Index>& columns = landscape.exampleColumns();
        QCOMPARE(columns.size(), static_cast<std::size_t>(used));
        for (std::size_t i = 0; i < columns.size(); ++i)
            QCOMPARE(columns[i], static_cast<bp::Index>(i) * 300 / used); // evenly strided
        const bp::LandscapeSlice slice = landscape.pathSlice(s.initial(), s.current());
        QCOMPARE(slice.examples, bp::Index(used));
        QCOMPARE(landscape.gradientSlice(s.current(), 0.1, 0.0, 3).examples, bp::Index(used));
        QCOMPARE(landscape.contour(s.current(), bp::trajectoryDirections(s.trajectory), 3).examples,
                 bp::Index(used));
        // J over exactly those columns (the L2 term with the subset's m).
        const bp::Dataset subset = s.data.subset(columns);
        const bp::Matrix y = bp::encodeTargets(subset, 3);
        bp::CostFunction cost(s.arch, subset.features, y, 0.1);
        QVERIFY(slice.costs[50] == cost.evaluate(s.current(), nullptr));
    }

    void inputErrors()
    {
        const Spiral& s = spiral();
        bp::LossLandscape landscape(s.arch, s.data.features, s.Y, 0.0);
        const bp::LandscapeDirections d = bp::filterNormalizedDirections(s.arch, s.current(), 1);
        QCOMPARE(
            bptest::errorOf([&] { landscape.contour(s.current(), d, 40); }),
            QStringLiteral("landscape: grid: the grid size must be odd and at least 3 (so that its "
                           "centre is θ), found 40"));
        QCOMPARE(bptest::errorOf([&] { landscape.contour(s.current().head(10), d, 41); }),
                 QStringLiteral("landscape: parameters: expected 371 parameters, found 10"));
        QCOMPARE(bptest::errorOf([&] { landscape.pathSlice(s.initial(), s.current(), 1); }),
                 QStringLiteral("landscape: path slice: needs at least 2 points"));
    }
};

QTEST_GUILESS_MAIN(TestLandscape)
#include "tst_landscape.moc"

#include "landscape.h"

#include "costfunction.h"
#include "maththreads.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace bp {

namespace {

/// The calling thread's matrix products single-threaded for the scope: each landscape thread
/// evaluates its own points (two BLAS teams on two cores would oversubscribe them), and a
/// point's rounding must not depend on how many threads a product used.
class LandscapeMathThreadsGuard
{
public:
    LandscapeMathThreadsGuard() : previous_(mathThreadsOnThisThread())
    {
        limitMathThreadsOnThisThread(1);
    }
    ~LandscapeMathThreadsGuard() { limitMathThreadsOnThisThread(previous_); }
    LandscapeMathThreadsGuard(const LandscapeMathThreadsGuard&) = delete;
    LandscapeMathThreadsGuard& operator=(const LandscapeMathThreadsGuard&) = delete;

private:
    int previous_;
};

void landscapeCheckLength(const Vector& v, Index expected, const char* what)
{
    if (v.size() != expected)
        throw InputError("landscape", what,
                         "expected " + std::to_string(expected) + " parameters, found " +
                             std::to_string(v.size()));
}

/// Parameters per block of the trajectory's displacement matrix: a block of all k snapshots
/// is 4096 × k doubles (10 MB at k = 300) however many parameters the network has.
constexpr Index kLandscapeBlock = 4096;

/// A unit vector orthogonal to the unit vector d: the coordinate axis e_j where |d_j| is
/// smallest (so ‖e_j − d_j d‖² = 1 − d_j² ≥ 1 − 1/p), orthogonalised twice (Gram–Schmidt
/// repeated once keeps it orthogonal to rounding) and normalised.
Vector landscapeOrthogonalAxis(const Vector& d)
{
    Index j = 0;
    d.cwiseAbs().minCoeff(&j);
    Vector e = Vector::Zero(d.size());
    e(j) = 1.0;
    for (int pass = 0; pass < 2; ++pass)
        e -= d.dot(e) * d;
    return e / e.norm();
}

} // namespace

LossLandscape::LossLandscape(Architecture arch, const Matrix& X, const Matrix& Y, double lambda,
                             Index maxExamples)
    : arch_(std::move(arch)), lambda_(lambda), X_(&X), Y_(&Y)
{
    arch_.validate();
    if (X.rows() != arch_.inputSize() || Y.rows() != arch_.outputSize() || X.cols() != Y.cols())
        throw InputError("landscape", "data",
                         "the data does not fit the network (" + std::to_string(X.rows()) +
                             " features and " + std::to_string(Y.rows()) + " targets for a " +
                             std::to_string(arch_.inputSize()) + "-input, " +
                             std::to_string(arch_.outputSize()) + "-output network)");
    const Index m = X.cols();
    if (m == 0)
        throw InputError("landscape", "data", "no examples");
    const Index used = maxExamples > 0 ? std::min(maxExamples, m) : m;
    columns_.resize(static_cast<std::size_t>(used));
    // Evenly strided: column ⌊i·m / used⌋ (the identity when used = m).
    for (Index i = 0; i < used; ++i)
        columns_[static_cast<std::size_t>(i)] = i * m / used;
    if (used < m) {
        subsetX_.resize(X.rows(), used);
        subsetY_.resize(Y.rows(), used);
        for (Index i = 0; i < used; ++i) {
            subsetX_.col(i) = X.col(columns_[static_cast<std::size_t>(i)]);
            subsetY_.col(i) = Y.col(columns_[static_cast<std::size_t>(i)]);
        }
        X_ = &subsetX_;
        Y_ = &subsetY_;
    }
}

void LossLandscape::setThreadCount(int threads)
{
    threads_ = std::clamp(threads, 0, 2);
}

double LossLandscape::cost(const Vector& params) const
{
    landscapeCheckLength(params, arch_.parameterCount(), "parameters");
    LandscapeMathThreadsGuard single;
    CostFunction function(arch_, *X_, *Y_, lambda_);
    function.setThreadCount(1);
    function.setCancellationToken(cancel_);
    return function.evaluate(params, nullptr);
}

std::vector<double>
LossLandscape::evaluatePoints(Index count, Index block,
                              const std::function<void(Index, Vector&)>& makePoint) const
{
    std::vector<double> costs(static_cast<std::size_t>(count),
                              std::numeric_limits<double>::quiet_NaN());
    const Index blocks = (count + block - 1) / block;
    const int budget = threads_ > 0 ? threads_ : std::clamp(mathThreadsOnThisThread(), 1, 2);
    const int threads = blocks >= 2 ? budget : 1;

    // Shared between the two threads: the next unclaimed block (atomic), the stop flag
    // (atomic) and, under `mutex`, the first error, the count of finished points and the
    // progress calls. costs[i] is written only by the thread that claimed i's block and read
    // after the join; everything else a thread touches (its CostFunction, its parameter
    // vector) is its own.
    std::atomic<Index> next{0};
    std::atomic<bool> stop{false};
    std::mutex mutex; // guards firstError, done and the progress_ calls
    std::exception_ptr firstError;
    Index done = 0;

    const auto work = [&] {
        try {
            LandscapeMathThreadsGuard single;
            CostFunction function(arch_, *X_, *Y_, lambda_); // one per thread, for all its points
            function.setThreadCount(1);
            function.setCancellationToken(cancel_); // stops a long evaluation between chunks
            Vector params(arch_.parameterCount());
            for (;;) {
                if (stop.load())
                    return;
                const Index b = next.fetch_add(1);
                if (b >= blocks)
                    return;
                const Index to = std::min(count, (b + 1) * block);
                for (Index i = b * block; i < to; ++i) {
                    throwIfCancelled(cancel_); // between points
                    makePoint(i, params);
                    costs[static_cast<std::size_t>(i)] = function.evaluate(params, nullptr);
                }
                if (progress_) {
                    std::lock_guard lock(mutex);
                    done += to - b * block;
                    progress_(done, count);
                }
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!firstError)
                firstError = std::current_exception();
            stop.store(true);
        }
    };

    if (threads > 1) {
        std::thread helper(work);
        work();
        helper.join();
    } else {
        work();
    }
    if (firstError)
        std::rethrow_exception(firstError);
    return costs;
}

LandscapeSlice LossLandscape::pathSlice(const Vector& initial, const Vector& current,
                                        int points) const
{
    const Index p = arch_.parameterCount();
    landscapeCheckLength(initial, p, "initial parameters");
    landscapeCheckLength(current, p, "parameters");
    if (points < 2)
        throw InputError("landscape", "path slice", "needs at least 2 points");
    LandscapeSlice slice;
    slice.examples = examplesUsed();
    // t_i = (i·to + (n − 1 − i)·from) / (n − 1): products of small integers with the
    // quarter-multiples from and to are exact, so on the default grid t = 0 and t = 1 come out
    // exactly (i = 10: (15 − 15)/70; i = 50: (75 − 5)/70). Elsewhere a t within rounding of 0
    // or 1 is snapped to it.
    const int n = points;
    slice.steps.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        double t = (static_cast<double>(i) * kPathTo + static_cast<double>(n - 1 - i) * kPathFrom) /
                   static_cast<double>(n - 1);
        if (std::abs(t) <= 1e-12)
            t = 0.0;
        if (std::abs(t - 1.0) <= 1e-12)
            t = 1.0;
        if (t == 0.0)
            slice.atStart = i;
        if (t == 1.0)
            slice.atEnd = i;
        slice.steps[static_cast<std::size_t>(i)] = t;
    }
    const Vector direction = current - initial; // θ − θ₀
    slice.costs = evaluatePoints(n, 1, [&](Index i, Vector& params) {
        const double t = slice.steps[static_cast<std::size_t>(i)];
        if (t == 0.0)
            params = initial; // exactly θ₀, not θ₀ + 0·(θ − θ₀)
        else if (t == 1.0)
            params = current; // exactly θ, not θ₀ + 1·(θ − θ₀) with its rounding
        else
            params = initial + t * direction;
    });
    return slice;
}

LandscapeSlice LossLandscape::gradientSlice(const Vector& current, double learningRate,
                                            double maxStep, int points) const
{
    landscapeCheckLength(current, arch_.parameterCount(), "parameters");
    if (points < 2)
        throw InputError("landscape", "gradient slice", "needs at least 2 points");
    LandscapeSlice slice;
    slice.examples = examplesUsed();
    Vector gradient;
    double j0 = 0.0;
    {
        LandscapeMathThreadsGuard single;
        CostFunction function(arch_, *X_, *Y_, lambda_);
        function.setThreadCount(1);
        function.setCancellationToken(cancel_);
        j0 = function.evaluate(current, &gradient);
    }
    const double g2 = gradient.squaredNorm();
    slice.gradientNorm = std::sqrt(g2);
    slice.initialSlope = -g2; // d/ds J(θ − s g) at s = 0 is −gᵀg
    const bool haveRate = std::isfinite(learningRate) && learningRate > 0.0;
    slice.markedStep = haveRate ? learningRate : LandscapeSlice::kNaN;
    double reach = 1.0;
    if (std::isfinite(maxStep) && maxStep > 0.0)
        reach = maxStep;
    else if (haveRate)
        reach = kGradientReach * learningRate;
    else if (g2 > 0.0 && std::isfinite(j0) && j0 > 0.0 && std::isfinite(j0 / g2))
        reach = j0 / g2; // the tangent J − s‖g‖² reaches 0 here
    // s_i = reach·i/(n − 1): s_0 = 0 exactly, s_{n−1} = reach exactly.
    const int n = points;
    slice.steps.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        slice.steps[static_cast<std::size_t>(i)] =
            i == n - 1 ? reach : reach * static_cast<double>(i) / static_cast<double>(n - 1);
    slice.atStart = 0;
    slice.costs = evaluatePoints(n, 1, [&](Index i, Vector& params) {
        const double s = slice.steps[static_cast<std::size_t>(i)];
        if (s == 0.0)
            params = current; // exactly θ
        else
            params = current - s * gradient;
    });
    return slice;
}

LandscapeGrid LossLandscape::contour(const Vector& current, const LandscapeDirections& directions,
                                     int size, double radius) const
{
    const Index p = arch_.parameterCount();
    landscapeCheckLength(current, p, "parameters");
    landscapeCheckLength(directions.d1, p, "direction 1");
    landscapeCheckLength(directions.d2, p, "direction 2");
    if (size < 3 || size % 2 == 0)
        throw InputError("landscape", "grid",
                         "the grid size must be odd and at least 3 (so that its centre is θ), "
                         "found " +
                             std::to_string(size));
    const double r = std::isfinite(radius) && radius > 0.0 ? radius : directions.radius;
    if (!(std::isfinite(r) && r > 0.0))
        throw InputError("landscape", "grid", "the radius must be a positive number");
    LandscapeGrid grid;
    grid.radius = r;
    grid.examples = examplesUsed();
    // axis_i = r·(2i − (N − 1))/(N − 1): the centre i = (N − 1)/2 is exactly 0, the ends
    // exactly ±r, and axis_{N−1−i} = −axis_i bit for bit (rounding is symmetric).
    const int n = size;
    grid.axis.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        grid.axis[static_cast<std::size_t>(i)] =
            r * static_cast<double>(2 * i - (n - 1)) / static_cast<double>(n - 1);
    const Vector& d1 = directions.d1;
    const Vector& d2 = directions.d2;
    // A block is one row i of the grid (fixed a), so the two threads split the rows.
    const std::vector<double> costs =
        evaluatePoints(static_cast<Index>(n) * n, n, [&](Index index, Vector& params) {
            const double a = grid.axis[static_cast<std::size_t>(index / n)];
            const double b = grid.axis[static_cast<std::size_t>(index % n)];
            if (a == 0.0 && b == 0.0)
                params = current; // exactly θ
            else
                params = current + a * d1 + b * d2;
        });
    grid.costs.resize(n, n);
    for (Index i = 0; i < n; ++i)
        for (Index j = 0; j < n; ++j)
            grid.costs(i, j) = costs[static_cast<std::size_t>(i * n + j)];
    return grid;
}

LandscapeDirections trajectoryDirections(const std::vector<Vector>& trajectory,
                                         const CancellationToken* token)
{
    if (trajectory.size() < 2)
        throw InputError("landscape", "trajectory",
                         "needs at least 2 snapshots, found " + std::to_string(trajectory.size()));
    const Vector& last = trajectory.back(); // θ_final
    const Index p = last.size();
    for (const Vector& snapshot : trajectory)
        landscapeCheckLength(snapshot, p, "trajectory");
    if (p < 2)
        throw InputError("landscape", "trajectory", "a plane needs at least 2 parameters");

    // PCA of the displacements D = [θ_0 − θ_f, …, θ_{k−1} − θ_f] (p × k; θ_k − θ_f = 0 adds
    // nothing). The eigenvectors v of the k × k Gram matrix G = DᵀD give the principal
    // directions d = D v / √μ (μ the eigenvalue): p·k²/2 multiply-adds, never a p × p matrix.
    // D is built a block of parameters at a time, so memory stays 4096 × k however large p is.
    //
    // Not centred, unlike the reference code (sklearn's PCA subtracts the mean snapshot): the
    // plane is pinned to pass through θ_final, and among such planes the one spanned by D's
    // top two left singular vectors is the one closest to the path (least Σ_i of squared
    // distances, Eckart–Young). The explained shares then read "the fraction of the path's
    // squared distance from θ_final that the plane shows".
    const Index k = static_cast<Index>(trajectory.size()) - 1;
    const auto fillBlock = [&](Matrix& B, Index start, Index len) {
        B.resize(len, k);
        for (Index i = 0; i < k; ++i)
            B.col(i) = trajectory[static_cast<std::size_t>(i)].segment(start, len) -
                       last.segment(start, len);
    };
    // Single-threaded products: measured on the 2-core machine under load, a two-thread
    // OpenBLAS Gram of p = 100000, k = 300 took 1.6 s against 0.6 s on one thread (and its
    // first call 0.6 s to start the team, for a 371-parameter path that takes 2-15 ms).
    LandscapeMathThreadsGuard single;
    Matrix B;
    Matrix G = Matrix::Zero(k, k);
    for (Index start = 0; start < p; start += kLandscapeBlock) {
        throwIfCancelled(token);
        fillBlock(B, start, std::min(kLandscapeBlock, p - start));
        G.selfadjointView<Eigen::Lower>().rankUpdate(B.transpose()); // G += BᵀB (lower half)
    }
    const double total = G.diagonal().sum(); // Σ_i ‖θ_i − θ_f‖²
    if (!(std::isfinite(total) && total > 0.0))
        throw InputError("landscape", "trajectory",
                         std::isfinite(total)
                             ? "the snapshots are all the same: no direction to show"
                             : "a snapshot is not finite");
    const Eigen::SelfAdjointEigenSolver<Matrix> eigen(G); // ascending eigenvalues
    const double mu1 = std::max(eigen.eigenvalues()(k - 1), 0.0);
    const double mu2 = k >= 2 ? std::max(eigen.eigenvalues()(k - 2), 0.0) : 0.0;
    // Below this the second eigenvalue is rounding noise of a path along one line (G's
    // eigenvalues carry absolute errors of about k·ε·μ₁), and D v₂ would be noise too.
    const bool planar = mu2 > 1e-12 * mu1;

    LandscapeDirections result;
    result.orthonormal = true;
    result.d1.resize(p);
    result.d2.resize(p);
    for (Index start = 0; start < p; start += kLandscapeBlock) {
        const Index len = std::min(kLandscapeBlock, p - start);
        fillBlock(B, start, len);
        result.d1.segment(start, len).noalias() = B * eigen.eigenvectors().col(k - 1);
        if (planar)
            result.d2.segment(start, len).noalias() = B * eigen.eigenvectors().col(k - 2);
    }
    // Normalise d₁; make d₂ orthogonal to it by Gram–Schmidt, twice (D v / √μ is orthonormal
    // only to about ε·μ₁/μ₂; the repeated projection brings it to rounding level).
    result.d1 /= result.d1.norm();
    bool haveD2 = false;
    if (planar) {
        const double before = result.d2.norm();
        for (int pass = 0; pass < 2; ++pass)
            result.d2 -= result.d1.dot(result.d2) * result.d1;
        const double after = result.d2.norm();
        haveD2 = after > 1e-6 * before && after > 0.0;
        if (haveD2)
            result.d2 /= after;
    }
    if (!haveD2)
        result.d2 = landscapeOrthogonalAxis(result.d1);

    // The projected path: (d₁·(θ_i − θ_f), d₂·(θ_i − θ_f)); θ_k's row stays exactly (0, 0).
    result.path = Matrix::Zero(k + 1, 2);
    for (Index start = 0; start < p; start += kLandscapeBlock) {
        const Index len = std::min(kLandscapeBlock, p - start);
        fillBlock(B, start, len);
        result.path.col(0).head(k).noalias() += B.transpose() * result.d1.segment(start, len);
        result.path.col(1).head(k).noalias() += B.transpose() * result.d2.segment(start, len);
    }
    // Shares of Σ‖θ_i − θ_f‖² along each direction: Σ_i c_i² / total, from the coordinates
    // drawn (equal to μ / total in exact arithmetic). Bessel's inequality bounds the sum by 1;
    // the clamps only absorb rounding.
    result.explained1 = std::clamp(result.path.col(0).squaredNorm() / total, 0.0, 1.0);
    result.explained2 =
        std::clamp(result.path.col(1).squaredNorm() / total, 0.0, 1.0 - result.explained1);
    const double reach = result.path.cwiseAbs().maxCoeff();
    result.radius = std::isfinite(reach) && reach > 0.0 ? 1.2 * reach : 1.0;
    return result;
}

LandscapeDirections filterNormalizedDirections(const Architecture& arch, const Vector& params,
                                               std::uint64_t seed, bool includeBias)
{
    const Index p = arch.parameterCount();
    landscapeCheckLength(params, p, "parameters");
    LandscapeDirections result;
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (Vector* d : {&result.d1, &result.d2}) {
        d->resize(p);
        for (Index i = 0; i < p; ++i)
            (*d)(i) = normal(rng);
        // Row j of Θ(l) is unit j's filter: d_row ← d_row · ‖θ_row‖ / ‖d_row‖, so a step of
        // a along d changes every unit's weights by the same fraction a of their own size
        // (the picture does not depend on how the weights of a ReLU layer happen to be scaled).
        for (int l = 0; l < arch.thetaCount(); ++l) {
            MatrixMap D = thetaView(arch, *d, l);
            const ConstMatrixMap theta = thetaView(arch, params, l);
            const Index first = includeBias ? 0 : 1;
            const Index width = D.cols() - first;
            if (!includeBias)
                D.col(0).setZero();
            for (Index j = 0; j < D.rows(); ++j) {
                const double dNorm = D.row(j).tail(width).norm();
                const double thetaNorm = theta.row(j).tail(width).norm();
                if (dNorm > 0.0)
                    D.row(j).tail(width) *= thetaNorm / dNorm;
            }
        }
    }
    result.orthonormal = false;
    result.radius = 1.0; // Li et al.'s [−1, 1]²: steps up to the size of the weights themselves
    return result;
}

} // namespace bp

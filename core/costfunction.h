#pragma once
// J(Θ) and its gradient by vectorised forward propagation and backpropagation.
//
//   J(Θ) = (1/m) Σ_i loss(h(x_i), y_i) + (λ / 2m) Σ_l Σ_{j, k≥1} Θ(l)_{j,k}²
//   δ(L) = a(L) − y;  δ(l) = (Θ(l)ᵀ δ(l+1))[without bias row] .* g'(z(l))
//   D(l) = (1/m) δ(l+1) [1; a(l)]ᵀ + (λ/m) Θ(l), bias column unregularised.
//
// Examples are processed in column chunks: bounded working memory, cache-friendly GEMMs and
// a place to honour cancellation during one long full-batch evaluation. A large enough
// evaluation is split in two halves of the examples, run by the calling thread and a helper
// (core/taskpair.h) with single-threaded products, and added in a fixed order.
//
// Small networks (every layer ≤ kSmallLayerLimit units, no softmax output) take a second
// path with examples along rows instead: a(l)ᵀ is m × s_l, so every product is a short
// axpy or dot over contiguous example columns (Eigen's lazy, coefficient-based products:
// no BLAS call, no packing, no allocation). Same maths, same results to rounding
// (tests/core/tst_smallnetwork.cpp compares both paths).

#include "architecture.h"

#include <algorithm>
#include <vector>

namespace bp {

class CostFunction
{
public:
    /// X: n × m features, Y: K × m encoded targets. Both are referenced, not copied: they
    /// must outlive this object.
    CostFunction(Architecture arch, const Matrix& X, const Matrix& Y, double lambda = 0.0);

    /// J at params over all examples; fills *gradient (resized) when given.
    double evaluate(const Vector& params, Vector* gradient);

    /// J and gradient over the given example columns only (a mini-batch): the data term is
    /// averaged over the batch, the L2 term uses the full set's m — (1/b) Σ_batch loss +
    /// (λ/2m) Σ Θ² — so the batch J is an unbiased estimate of the full J.
    double evaluateBatch(const Vector& params, const std::vector<Index>& columns, Vector* gradient);

    double lambda() const { return lambda_; }
    void setLambda(double lambda) { lambda_ = lambda; }
    const Architecture& architecture() const { return arch_; }
    Index exampleCount() const { return X_.cols(); }

    /// Count of evaluate/evaluateBatch calls so far.
    long evaluations() const { return evaluations_; }

    /// Training-set accuracy (fraction in [0, 1]) of the last full evaluate(), or NaN for
    /// regression targets / after a batch evaluation.
    double lastAccuracy() const { return lastAccuracy_; }

    /// Checked between chunks; evaluate() throws Cancelled when it is set.
    void setCancellationToken(const CancellationToken* token) { cancel_ = token; }
    void setChunkSize(Index columns) { chunk_ = columns; }

    /// Threads for one evaluation of a large enough network on enough examples: the caller and
    /// one helper (TaskPair) each take half of the examples, with single-threaded products.
    /// 0 (the default) means the calling thread's budget (mathThreadsOnThisThread(): the
    /// studio's GUI thread has 1) and only where the work repays a helper; 1 or 2 forces it.
    void setThreadCount(int threads) { threads_ = std::clamp(threads, 0, 2); }
    /// Work (examples × parameters) below which an evaluation stays on one thread.
    static constexpr double kMinParallelWork = 1e6;
    /// Fewest examples a part may have.
    static constexpr Index kMinPartExamples = 16;

    /// Layers of at most this many units qualify for the small-network path.
    static constexpr int kSmallLayerLimit = 32;
    /// Whether evaluations take the small-network path (on by default where the architecture
    /// qualifies; tests and benchmarks switch it off to compare against the general path).
    bool usesSmallNetworkPath() const { return small_ && smallEnabled_; }
    void setSmallNetworkPathEnabled(bool enabled) { smallEnabled_ = enabled; }

private:
    double evaluateColumns(const Vector& params, const Matrix& X, const Matrix& Y, Vector* gradient,
                           bool trackAccuracy, Index regularizationM);
    /// One thread's scratch and sums for its part of an evaluation.
    struct Workspace
    {
        std::vector<Matrix> z, a, delta; // z(l), a(l) for l = 1..L−1 (s_l × chunk), δ(l)
        Matrix gPrime;
        Eigen::ArrayXXd lossScratch; // e^{−|z|} of the logistic loss
        Vector gradient;             // part 1's Σ Δ (part 0 sums into the caller's vector)
        Matrix batchX, batchY;       // a mini-batch chunk's gathered columns
        double loss = 0.0;
        Index correct = 0;
    };
    /// How many parts (threads) an m-example column evaluation is split into.
    int partsFor(Index m) const;
    double runChunk(Workspace& ws, const Vector& params, const Eigen::Ref<const Matrix>& X,
                    const Eigen::Ref<const Matrix>& Y, Vector* gradient, Index* correct,
                    bool assign);
    // The small-network path: Xt, Yt are examples × features / targets (transposed data).
    double evaluateRows(const Vector& params, const Matrix& Xt, const Matrix& Yt, Vector* gradient,
                        bool trackAccuracy, Index regularizationM);
    double runRows(const Vector& params, const Eigen::Ref<const Matrix>& Xt,
                   const Eigen::Ref<const Matrix>& Yt, Vector* gradient, Index* correct,
                   bool assign);
    /// Adds otherPart's Δ (if any), divides by m and adds the L2 term, in one pass.
    double finish(const Vector& params, Vector* gradient, const Vector* otherPart,
                  double lossTotal, Index m, Index regularizationM);
    /// The chunk loop both paths share: run(start, length, correct-or-null) per chunk.
    template <typename RunChunk>
    double evaluateChunked(const Vector& params, Index m, Vector* gradient, bool trackAccuracy,
                           Index regularizationM, int parts, RunChunk&& run);

    Architecture arch_;
    const Matrix& X_;
    const Matrix& Y_;
    double lambda_;
    long evaluations_ = 0;
    double lastAccuracy_ = 0.0;
    const CancellationToken* cancel_ = nullptr;
    Index chunk_ = 4096;
    int threads_ = 0; // 0: as many as the calling thread may use (maththreads.h), at most 2
    // Workspaces, reused across calls: one per part.
    std::vector<Workspace> workspaces_;
    Matrix batchX_, batchY_;
    // Small-network path: transposed data (built on first use) and m × s_l workspaces.
    bool small_ = false;
    bool smallEnabled_ = true;
    Matrix Xt_, Yt_;
    std::vector<Matrix> zt_, at_, deltat_;
    Matrix gPrimet_;
    Eigen::ArrayXXd lossScratch_; // e^{−|z|} of the logistic loss
};

/// Stateless convenience: J (and gradient) of params on X, Y with λ.
double computeCost(const Architecture& arch, const Vector& params, const Matrix& X, const Matrix& Y,
                   double lambda, Vector* gradient = nullptr);

/// Σ Θ² over non-bias columns of every Θ (the L2 term before λ/2m).
double squaredWeightsWithoutBias(const Architecture& arch, const Vector& params);

} // namespace bp

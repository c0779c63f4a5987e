#include "costfunction.h"

#include "loss.h"
#include "maththreads.h"
#include "taskpair.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace bp {

namespace {

/// Σ [softplus(z) − y·z], the logistic loss of sigmoid outputs, vectorised. e = exp(−|z|) ∈
/// [0, 1], so softplus(z) = max(z, 0) + log1p(e) never overflows. Eigen's double log1p is
/// scalar, so log1p(e) = log(u)·e / (u − 1) with u = 1 + e (Goldberg's identity; u − 1 is
/// exact for u ∈ [1, 2], error a few ulps). Where u rounds to 1 (e < 1.1e-16) that quotient is
/// 0/tiny = 0; the max with e − e²/2 (≤ log1p(e) for e ≥ 0, and equal to it within e³/3) puts
/// e back there and changes nothing elsewhere. No select(): Eigen 3.4's select is scalar and
/// took the log with it (500 scalar logs were ~13 % of a W3 iteration). scratch is reused.
double logisticLossSum(const Eigen::Ref<const Matrix>& z, const Eigen::Ref<const Matrix>& y,
                       Eigen::ArrayXXd& scratch)
{
    scratch = (-z.array().abs()).exp();
    const Eigen::ArrayXXd& e = scratch;
    const auto u = 1.0 + e;
    return (z.array().max(0.0) - y.array() * z.array() +
            (u.log() * e / (u - 1.0).max(std::numeric_limits<double>::min()))
                .max(e - 0.5 * e.square()))
        .sum();
}

double dataLoss(Loss loss, const Eigen::Ref<const Matrix>& z, const Eigen::Ref<const Matrix>& h,
                const Eigen::Ref<const Matrix>& y, Eigen::ArrayXXd& scratch)
{
    if (loss == Loss::Logistic)
        return logisticLossSum(z, y, scratch);
    return lossSum(loss, z, h, y);
}

bool qualifiesForSmallPath(const Architecture& arch)
{
    if (arch.outputActivation() == Activation::Softmax) // normalises columns, not rows
        return false;
    return std::all_of(arch.layerSizes.begin(), arch.layerSizes.end(),
                       [](int s) { return s <= CostFunction::kSmallLayerLimit; });
}

} // namespace

CostFunction::CostFunction(Architecture arch, const Matrix& X, const Matrix& Y, double lambda)
    : arch_(std::move(arch)), X_(X), Y_(Y), lambda_(lambda)
{
    arch_.validate();
    assert(X_.rows() == arch_.inputSize() && "one feature row per input unit");
    assert(Y_.rows() == arch_.outputSize() && "one target row per output unit");
    assert(X_.cols() == Y_.cols() && "one target column per example");
    const int L = arch_.layerCount();
    small_ = qualifiesForSmallPath(arch_);
    zt_.resize(L);
    at_.resize(L);
    deltat_.resize(L);
}

double CostFunction::evaluate(const Vector& params, Vector* gradient)
{
    if (usesSmallNetworkPath()) {
        if (Xt_.rows() != X_.cols()) { // first use: a transposed copy (n ≤ 32 rows, cheap)
            Xt_ = X_.transpose();
            Yt_ = Y_.transpose();
        }
        return evaluateRows(params, Xt_, Yt_, gradient, true, X_.cols());
    }
    return evaluateColumns(params, X_, Y_, gradient, true, X_.cols());
}

double CostFunction::evaluateBatch(const Vector& params, const std::vector<Index>& columns,
                                   Vector* gradient)
{
    const Index m = static_cast<Index>(columns.size());
    if (usesSmallNetworkPath()) {
        batchX_.resize(m, X_.rows());
        batchY_.resize(m, Y_.rows());
        for (Index i = 0; i < m; ++i) {
            batchX_.row(i) = X_.col(columns[i]).transpose();
            batchY_.row(i) = Y_.col(columns[i]).transpose();
        }
        return evaluateRows(params, batchX_, batchY_, gradient, false, X_.cols());
    }
    // Each part gathers its own chunk's columns: the copy runs on both threads too.
    return evaluateChunked(params, m, gradient, false, X_.cols(), partsFor(m),
                           [&](Workspace& ws, Index start, Index len, Vector* g, Index* correct,
                               bool assign) {
                               ws.batchX.resize(X_.rows(), len);
                               ws.batchY.resize(Y_.rows(), len);
                               for (Index i = 0; i < len; ++i) {
                                   ws.batchX.col(i) = X_.col(columns[start + i]);
                                   ws.batchY.col(i) = Y_.col(columns[start + i]);
                               }
                               return runChunk(ws, params, ws.batchX, ws.batchY, g, correct,
                                               assign);
                           });
}

double CostFunction::evaluateColumns(const Vector& params, const Matrix& X, const Matrix& Y,
                                     Vector* gradient, bool trackAccuracy, Index regularizationM)
{
    return evaluateChunked(params, X.cols(), gradient, trackAccuracy, regularizationM,
                           partsFor(X.cols()),
                           [&](Workspace& ws, Index start, Index len, Vector* g, Index* correct,
                               bool assign) {
                               return runChunk(ws, params, X.middleCols(start, len),
                                               Y.middleCols(start, len), g, correct, assign);
                           });
}

int CostFunction::partsFor(Index m) const
{
    const int threads = threads_ > 0 ? threads_ : mathThreadsOnThisThread();
    if (threads < 2 || m < 2 * kMinPartExamples)
        return 1;
    // Below about a million multiply-adds a pass, waking the helper costs more than it saves.
    const double work = static_cast<double>(m) * static_cast<double>(arch_.parameterCount());
    return threads_ > 0 || work >= kMinParallelWork ? 2 : 1;
}

double CostFunction::evaluateRows(const Vector& params, const Matrix& Xt, const Matrix& Yt,
                                  Vector* gradient, bool trackAccuracy, Index regularizationM)
{
    // Tiny products: one thread (a helper's wake-up would cost more than a whole pass).
    return evaluateChunked(params, Xt.rows(), gradient, trackAccuracy, regularizationM, 1,
                           [&](Workspace&, Index start, Index len, Vector* g, Index* correct,
                               bool assign) {
                               return runRows(params, Xt.middleRows(start, len),
                                              Yt.middleRows(start, len), g, correct, assign);
                           });
}

template <typename RunChunk>
double CostFunction::evaluateChunked(const Vector& params, Index m, Vector* gradient,
                                     bool trackAccuracy, Index regularizationM, int parts,
                                     RunChunk&& run)
{
    assert(params.size() == arch_.parameterCount());
    ++evaluations_;
    const bool countCorrect = trackAccuracy && arch_.outputActivation() != Activation::Linear;
    if (workspaces_.size() < static_cast<std::size_t>(parts))
        workspaces_.resize(static_cast<std::size_t>(parts));
    // Part p takes examples [m·p/parts, m·(p+1)/parts) into its own sums; part 0 sums its
    // gradient straight into *gradient. The parts are added in order afterwards (in finish),
    // so the result does not depend on which thread ran which part. A part's first chunk
    // assigns its Δ instead of adding to zeros: one pass less over a gradient-sized vector,
    // which is most of a small mini-batch's cost beside the products.
    const auto runPart = [&](int p) {
        Workspace& ws = workspaces_[static_cast<std::size_t>(p)];
        const Index from = m * p / parts;
        const Index to = m * (p + 1) / parts;
        Vector* g = gradient == nullptr ? nullptr : p == 0 ? gradient : &ws.gradient;
        if (g != nullptr) {
            if (from == to)
                g->setZero(arch_.parameterCount());
            else
                g->resize(arch_.parameterCount());
        }
        ws.loss = 0.0;
        ws.correct = 0;
        for (Index start = from; start < to; start += chunk_) {
            throwIfCancelled(cancel_); // between chunks: a stop costs at most one chunk
            const Index len = std::min(chunk_, to - start);
            ws.loss += run(ws, start, len, g, countCorrect ? &ws.correct : nullptr, start == from);
        }
    };
    if (parts == 1)
        runPart(0);
    else
        TaskPair::forThisThread().run(parts, runPart);
    double lossTotal = workspaces_[0].loss;
    Index correct = workspaces_[0].correct;
    for (int p = 1; p < parts; ++p) {
        lossTotal += workspaces_[static_cast<std::size_t>(p)].loss;
        correct += workspaces_[static_cast<std::size_t>(p)].correct;
    }
    lastAccuracy_ = countCorrect && m > 0 ? static_cast<double>(correct) / static_cast<double>(m)
                                          : std::numeric_limits<double>::quiet_NaN();
    const Vector* otherPart = parts > 1 && gradient != nullptr ? &workspaces_[1].gradient : nullptr;
    return finish(params, gradient, otherPart, lossTotal, m, regularizationM);
}

double CostFunction::finish(const Vector& params, Vector* gradient, const Vector* otherPart,
                            double lossTotal, Index m, Index regularizationM)
{
    if (m == 0)
        return 0.0;
    const double invM = 1.0 / static_cast<double>(m);
    // The L2 term is divided by the whole training set's m even for a mini-batch, so that a
    // batch's J is an unbiased estimate of the full J and λ means the same at every batch size.
    const double regM = 1.0 / static_cast<double>(std::max<Index>(regularizationM, 1));
    const double lambdaM = lambda_ * regM;
    if (gradient != nullptr) {
        // D(l) = Δ(l)/m + (λ/m)·Θ(l), the bias column (column 0) unregularised; Δ is the sum
        // of the parts' Δ. One pass over the gradient. (Splitting this pass between the two
        // threads too saved 3-5 % of W2 on an idle machine and cost 8-10 % on a busy one: a
        // second hand-over per batch.)
        for (int l = 0; l < arch_.thetaCount(); ++l) {
            const ConstMatrixMap theta = thetaView(arch_, params, l);
            MatrixMap dTheta = thetaView(arch_, *gradient, l);
            const Index w = theta.cols() - 1;
            if (otherPart != nullptr) {
                const ConstMatrixMap other = thetaView(arch_, *otherPart, l);
                dTheta.col(0) = invM * (dTheta.col(0) + other.col(0));
                dTheta.rightCols(w) =
                    invM * (dTheta.rightCols(w) + other.rightCols(w)) + lambdaM * theta.rightCols(w);
            } else {
                dTheta.col(0) *= invM;
                dTheta.rightCols(w) = invM * dTheta.rightCols(w) + lambdaM * theta.rightCols(w);
            }
        }
    }
    return lossTotal * invM + 0.5 * lambdaM * squaredWeightsWithoutBias(arch_, params);
}

double CostFunction::runChunk(Workspace& ws, const Vector& params, const Eigen::Ref<const Matrix>& X,
                              const Eigen::Ref<const Matrix>& Y, Vector* gradient, Index* correct,
                              bool assign)
{
    const int L = arch_.layerCount();
    const Index m = X.cols();
    if (ws.z.size() != static_cast<std::size_t>(L)) {
        ws.z.resize(L);
        ws.a.resize(L);
        ws.delta.resize(L);
    }
    // Forward: z(l+1) = Θ(l)(:, 1:)·a(l) + Θ(l)(:, 0); a(l+1) = g(z(l+1)). a(0) is X itself.
    for (int l = 0; l + 1 < L; ++l) {
        const ConstMatrixMap theta = thetaView(arch_, params, l);
        Matrix& z = ws.z[l + 1];
        z.resize(theta.rows(), m);
        if (l == 0)
            z.noalias() = theta.rightCols(theta.cols() - 1) * X;
        else
            z.noalias() = theta.rightCols(theta.cols() - 1) * ws.a[l];
        z.colwise() += theta.col(0);
        ws.a[l + 1].resize(z.rows(), m);
        activate(arch_.activations[l], z, ws.a[l + 1]);
    }
    const Matrix& h = ws.a[L - 1];
    const double loss = dataLoss(arch_.loss(), ws.z[L - 1], h, Y, ws.lossScratch);

    if (correct != nullptr) {
        for (Index i = 0; i < m; ++i) {
            Index predicted = 0;
            Index actual = 0;
            if (h.rows() == 1) {
                predicted = h(0, i) > 0.5 ? 1 : 0;
                actual = Y(0, i) > 0.5 ? 1 : 0;
            } else {
                h.col(i).maxCoeff(&predicted);
                Y.col(i).maxCoeff(&actual);
            }
            *correct += predicted == actual ? 1 : 0;
        }
    }
    if (gradient == nullptr)
        return loss;

    // Backward: δ(L) = a(L) − y for every canonical output/loss pair;
    // δ(l) = Θ(l)(:, 1:)ᵀ δ(l+1) .* g'(z(l)); Δ(l) += δ(l+1)·[1; a(l)]ᵀ.
    ws.delta[L - 1] = h - Y;
    for (int l = L - 2; l >= 0; --l) {
        const ConstMatrixMap theta = thetaView(arch_, params, l);
        MatrixMap dTheta = thetaView(arch_, *gradient, l);
        const Matrix& d = ws.delta[l + 1];
        const auto addDelta = [&](const auto& input) { // input: a(l), X for l = 0
            auto weights = dTheta.rightCols(dTheta.cols() - 1);
            if (assign) {
                dTheta.col(0) = d.rowwise().sum();
                weights.noalias() = d * input.transpose();
            } else {
                dTheta.col(0) += d.rowwise().sum();
                weights.noalias() += d * input.transpose();
            }
        };
        if (l == 0)
            addDelta(X);
        else
            addDelta(ws.a[l]);
        if (l > 0) {
            Matrix& dl = ws.delta[l];
            dl.resize(theta.cols() - 1, m);
            dl.noalias() = theta.rightCols(theta.cols() - 1).transpose() * d;
            ws.gPrime.resize(dl.rows(), m);
            activationDerivative(arch_.activations[l - 1], ws.z[l], ws.a[l], ws.gPrime);
            dl.array() *= ws.gPrime.array();
        }
    }
    return loss;
}

double CostFunction::runRows(const Vector& params, const Eigen::Ref<const Matrix>& Xt,
                             const Eigen::Ref<const Matrix>& Yt, Vector* gradient, Index* correct,
                             bool assign)
{
    // The same recurrences as runChunk, transposed: zt(l+1) = a(l)ᵀ·W(l)ᵀ + 1·b(l)ᵀ (m × s),
    // W(l) = Θ(l)(:, 1:), b(l) = Θ(l)(:, 0). Lazy products: axpys down contiguous columns.
    const int L = arch_.layerCount();
    const Index m = Xt.rows();
    for (int l = 0; l + 1 < L; ++l) {
        const ConstMatrixMap theta = thetaView(arch_, params, l);
        Matrix& z = zt_[l + 1];
        z.resize(m, theta.rows());
        if (l == 0)
            z.noalias() = Xt.lazyProduct(theta.rightCols(theta.cols() - 1).transpose());
        else
            z.noalias() = at_[l].lazyProduct(theta.rightCols(theta.cols() - 1).transpose());
        z.rowwise() += theta.col(0).transpose();
        at_[l + 1].resize(m, z.cols());
        activate(arch_.activations[l], z, at_[l + 1]);
    }
    const Matrix& h = at_[L - 1];
    const double loss = dataLoss(arch_.loss(), zt_[L - 1], h, Yt, lossScratch_);

    if (correct != nullptr) {
        if (h.cols() == 1) {
            *correct += ((h.array() > 0.5) == (Yt.array() > 0.5)).count();
        } else {
            for (Index i = 0; i < m; ++i) {
                Index predicted = 0;
                Index actual = 0;
                h.row(i).maxCoeff(&predicted);
                Yt.row(i).maxCoeff(&actual);
                *correct += predicted == actual ? 1 : 0;
            }
        }
    }
    if (gradient == nullptr)
        return loss;

    // δt(L) = h − y; D(l) += δt(l+1)ᵀ·[1, a(l)ᵀ]; δt(l) = δt(l+1)·W(l) .* g'(zt(l)).
    deltat_[L - 1] = h - Yt;
    for (int l = L - 2; l >= 0; --l) {
        const ConstMatrixMap theta = thetaView(arch_, params, l);
        MatrixMap dTheta = thetaView(arch_, *gradient, l);
        const Matrix& d = deltat_[l + 1];
        const auto addDelta = [&](const auto& input) { // input: a(l)ᵀ, Xᵀ for l = 0
            auto weights = dTheta.rightCols(dTheta.cols() - 1);
            if (assign) {
                dTheta.col(0) = d.colwise().sum().transpose();
                weights.noalias() = d.transpose().lazyProduct(input);
            } else {
                dTheta.col(0) += d.colwise().sum().transpose();
                weights.noalias() += d.transpose().lazyProduct(input);
            }
        };
        if (l == 0)
            addDelta(Xt);
        else
            addDelta(at_[l]);
        if (l > 0) {
            Matrix& dl = deltat_[l];
            dl.resize(m, theta.cols() - 1);
            dl.noalias() = d.lazyProduct(theta.rightCols(theta.cols() - 1));
            gPrimet_.resize(m, dl.cols());
            activationDerivative(arch_.activations[l - 1], zt_[l], at_[l], gPrimet_);
            dl.array() *= gPrimet_.array();
        }
    }
    return loss;
}

double computeCost(const Architecture& arch, const Vector& params, const Matrix& X, const Matrix& Y,
                   double lambda, Vector* gradient)
{
    CostFunction cost(arch, X, Y, lambda);
    return cost.evaluate(params, gradient);
}

double squaredWeightsWithoutBias(const Architecture& arch, const Vector& params)
{
    double sum = 0.0;
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const ConstMatrixMap theta = thetaView(arch, params, l);
        sum += theta.rightCols(theta.cols() - 1).squaredNorm();
    }
    return sum;
}

} // namespace bp

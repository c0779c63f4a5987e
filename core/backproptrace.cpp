#include "backproptrace.h"

#include "costfunction.h"
#include "loss.h"

#include <cassert>

namespace bp {

std::string_view toString(PlantedBug bug)
{
    switch (bug) {
    case PlantedBug::None:
        return "none";
    case PlantedBug::NoActivationDerivative:
        return "no_activation_derivative";
    case PlantedBug::RegularizeBias:
        return "regularize_bias";
    case PlantedBug::NoDivideByM:
        return "no_divide_by_m";
    case PlantedBug::DeltaThroughBias:
        return "delta_through_bias";
    case PlantedBug::WrongOutputSign:
        return "wrong_output_sign";
    case PlantedBug::NoOneHot:
        return "no_one_hot";
    }
    return "unknown";
}

std::string_view describe(PlantedBug bug)
{
    switch (bug) {
    case PlantedBug::None:
        return "No bug: the textbook backpropagation.";
    case PlantedBug::NoActivationDerivative:
        return "The g'(z) factor is left out of the hidden δ terms.";
    case PlantedBug::RegularizeBias:
        return "The bias column is regularised like the other weights.";
    case PlantedBug::NoDivideByM:
        return "The accumulated Δ is not divided by the number of examples m.";
    case PlantedBug::DeltaThroughBias:
        return "δ is propagated through the bias row, so every hidden δ is shifted by one unit.";
    case PlantedBug::WrongOutputSign:
        return "The output error has the wrong sign: δ(L) = y − a(L).";
    case PlantedBug::NoOneHot:
        return "y is used as the raw class number instead of its one-hot vector.";
    }
    return "";
}

std::vector<PlantedBug> allPlantedBugs()
{
    return {PlantedBug::NoActivationDerivative, PlantedBug::RegularizeBias, PlantedBug::NoDivideByM,
            PlantedBug::DeltaThroughBias,       PlantedBug::WrongOutputSign, PlantedBug::NoOneHot};
}

BackpropTrace traceBackprop(const Architecture& arch, const Vector& params, const Matrix& X,
                            const Matrix& Y, const TraceOptions& options)
{
    arch.validate();
    assert(X.rows() == arch.inputSize() && Y.rows() == arch.outputSize() && X.cols() == Y.cols());
    const int L = arch.layerCount();
    const Index m = X.cols();
    const PlantedBug bug = options.bug;

    BackpropTrace trace;
    std::vector<Matrix> Delta(arch.thetaCount());
    for (int l = 0; l < arch.thetaCount(); ++l)
        Delta[l] = Matrix::Zero(arch.thetaRows(l), arch.thetaCols(l));

    double lossTotal = 0.0;
    for (Index i = 0; i < m; ++i) {
        ExampleTrace ex;
        ex.example = i;
        ex.a.resize(L);
        ex.z.resize(L);
        ex.delta.resize(L);
        // Forward: a(0) = x; z(l+1) = Θ(l)·[1; a(l)]; a(l+1) = g(z(l+1)).
        ex.a[0] = X.col(i);
        for (int l = 0; l + 1 < L; ++l) {
            const ConstMatrixMap theta = thetaView(arch, params, l);
            Vector withBias(ex.a[l].size() + 1);
            withBias << 1.0, ex.a[l];
            ex.z[l + 1] = theta * withBias;
            ex.a[l + 1].resize(ex.z[l + 1].size());
            activate(arch.activations[l], ex.z[l + 1], ex.a[l + 1]);
        }
        Vector y = Y.col(i);
        if (bug == PlantedBug::NoOneHot) {
            // The classic slip: comparing every output with the class number itself.
            const int label = i < static_cast<Index>(options.labels.size())
                                  ? options.labels[static_cast<size_t>(i)]
                                  : 0;
            y.setConstant(static_cast<double>(label + 1));
        }
        ex.loss = lossSum(arch.loss(), ex.z[L - 1], ex.a[L - 1], Y.col(i));
        lossTotal += ex.loss;

        // Backward: δ(L) = a(L) − y; δ(l) = (Θ(l)ᵀ δ(l+1))[without bias] .* g'(z(l)).
        ex.delta[L - 1] = bug == PlantedBug::WrongOutputSign ? Vector(y - ex.a[L - 1])
                                                              : Vector(ex.a[L - 1] - y);
        for (int l = L - 2; l >= 1; --l) {
            const ConstMatrixMap theta = thetaView(arch, params, l);
            const Vector full = theta.transpose() * ex.delta[l + 1]; // (s_l + 1): row 0 is bias
            Vector propagated = bug == PlantedBug::DeltaThroughBias ? Vector(full.head(full.size() - 1))
                                                                    : Vector(full.tail(full.size() - 1));
            if (bug != PlantedBug::NoActivationDerivative) {
                const Matrix gPrime = activationDerivative(arch.activations[l - 1], Matrix(ex.z[l]));
                propagated.array() *= gPrime.col(0).array();
            }
            ex.delta[l] = propagated;
        }
        // Accumulate: Δ(l) += δ(l+1)·[1; a(l)]ᵀ.
        for (int l = 0; l + 1 < L; ++l) {
            Vector withBias(ex.a[l].size() + 1);
            withBias << 1.0, ex.a[l];
            Delta[l] += ex.delta[l + 1] * withBias.transpose();
        }
        ex.Delta = Delta;
        trace.examples.push_back(std::move(ex));
    }

    const double lambda = options.lambda;
    const double invM = m > 0 ? 1.0 / static_cast<double>(m) : 0.0;
    trace.gradient.resize(arch.parameterCount());
    trace.D.resize(arch.thetaCount());
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const ConstMatrixMap theta = thetaView(arch, params, l);
        // D(l) = Δ(l)/m + (λ/m)·Θ(l), the bias column unregularised.
        Matrix D = bug == PlantedBug::NoDivideByM ? Delta[l] : Matrix(Delta[l] * invM);
        if (bug == PlantedBug::RegularizeBias)
            D += (lambda * invM) * theta;
        else
            D.rightCols(D.cols() - 1) += (lambda * invM) * theta.rightCols(theta.cols() - 1);
        thetaView(arch, trace.gradient, l) = D;
        trace.D[l] = std::move(D);
    }
    trace.cost = lossTotal * invM + 0.5 * lambda * invM * squaredWeightsWithoutBias(arch, params);
    return trace;
}

} // namespace bp

#pragma once
// Output losses. Each is paired with its canonical output activation so that
// δ(L) = a(L) − y holds for all three.

#include "activation.h"

#include <string_view>

namespace bp {

enum class Loss {
    Logistic,     // sigmoid outputs: −Σ_k [y_k log h_k + (1 − y_k) log(1 − h_k)] (the course's)
    CrossEntropy, // softmax outputs: −Σ_k y_k log h_k
    SquaredError  // linear outputs:  ½ Σ_k (h_k − y_k)²
};

std::string_view toString(Loss loss);
Loss lossForOutput(Activation output);

/// Sum of the per-example loss over the columns of zL (K × m pre-activations), hL = g(zL),
/// and targets y (K × m). Not divided by m. Computed from z where that avoids log(0):
/// logistic uses softplus(z) − y·z, cross-entropy uses logsumexp(z) − y·z.
double lossSum(Loss loss, const Eigen::Ref<const Matrix>& zL, const Eigen::Ref<const Matrix>& hL,
               const Eigen::Ref<const Matrix>& y);

} // namespace bp

#pragma once
// Unit activation functions g and their derivatives g'(z), applied column-wise.

#include "types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

enum class Activation { Sigmoid, Tanh, ReLU, LeakyReLU, Linear, Softmax };

inline constexpr double kLeakyReluSlope = 0.01;

std::string_view toString(Activation activation);
std::optional<Activation> activationFromString(std::string_view name);
std::vector<Activation> hiddenActivations(); // sigmoid, tanh, relu, leaky_relu, linear
std::vector<Activation> outputActivations(); // sigmoid, softmax, linear
bool isHiddenActivation(Activation activation);
bool isOutputActivation(Activation activation);

double sigmoid(double z);

/// a = g(z). z and a are s × m (one column per example); softmax normalises each column.
void activate(Activation activation, const Eigen::Ref<const Matrix>& z, Eigen::Ref<Matrix> a);

/// gPrime = g'(z), given z and a = g(z). Not defined for softmax (only used as an output,
/// where δ(L) = a(L) − y comes from the matching loss). Asserts on softmax.
void activationDerivative(Activation activation, const Eigen::Ref<const Matrix>& z,
                          const Eigen::Ref<const Matrix>& a, Eigen::Ref<Matrix> gPrime);

/// Convenience: g'(z) as a new matrix (tests, the traced path).
Matrix activationDerivative(Activation activation, const Matrix& z);

} // namespace bp

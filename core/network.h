#pragma once
// A feed-forward network: an architecture plus its unrolled parameters.

#include "architecture.h"

namespace bp {

class Network
{
public:
    Network() = default;
    explicit Network(Architecture arch); // parameters all zero; validates
    Network(Architecture arch, Vector params); // asserts params.size() == parameterCount()

    const Architecture& architecture() const { return arch_; }
    Vector& parameters() { return params_; }
    const Vector& parameters() const { return params_; }
    void setParameters(const Vector& params);

    MatrixMap theta(int l) { return thetaView(arch_, params_, l); }
    ConstMatrixMap theta(int l) const { return thetaView(arch_, params_, l); }

    /// h = a(L) for the examples in X (n × m), one column per example: K × m.
    Matrix predict(const Eigen::Ref<const Matrix>& X) const;

    /// Every layer's activations a(0) = X … a(L−1) = h for the examples in X.
    std::vector<Matrix> forwardAll(const Eigen::Ref<const Matrix>& X) const;

private:
    Architecture arch_;
    Vector params_;
};

/// Class per column of h (K × m): argmax, or h > 0.5 when K == 1.
std::vector<int> predictedClasses(const Eigen::Ref<const Matrix>& h);

} // namespace bp

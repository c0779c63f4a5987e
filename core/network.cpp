#include "network.h"

#include <algorithm>
#include <cassert>

namespace bp {

Network::Network(Architecture arch) : arch_(std::move(arch))
{
    arch_.validate();
    params_ = Vector::Zero(arch_.parameterCount());
}

Network::Network(Architecture arch, Vector params) : arch_(std::move(arch)), params_(std::move(params))
{
    arch_.validate();
    assert(params_.size() == arch_.parameterCount());
}

void Network::setParameters(const Vector& params)
{
    assert(params.size() == arch_.parameterCount());
    params_ = params;
}

std::vector<Matrix> Network::forwardAll(const Eigen::Ref<const Matrix>& X) const
{
    assert(X.rows() == arch_.inputSize());
    std::vector<Matrix> a(arch_.layerCount());
    a[0] = X;
    for (int l = 0; l < arch_.thetaCount(); ++l) {
        const ConstMatrixMap theta = this->theta(l);
        // z(l+1) = Θ(l)·[1; a(l)] = Θ(l)(:, 0) + Θ(l)(:, 1:)·a(l)
        Matrix z = theta.rightCols(theta.cols() - 1) * a[l];
        z.colwise() += theta.col(0);
        a[l + 1].resize(z.rows(), z.cols());
        activate(arch_.activations[l], z, a[l + 1]);
    }
    return a;
}

Matrix Network::predict(const Eigen::Ref<const Matrix>& X) const
{
    // Chunks of examples: the layers' temporaries stay a few MB (forwardAll would copy X and
    // keep every layer for all m, e.g. 376 + 61 MB of fresh pages for Fashion-MNIST's 60000,
    // which cost more than the products), and the products keep their shape and speed.
    assert(X.rows() == arch_.inputSize());
    constexpr Index kChunk = 4096;
    Matrix out(arch_.outputSize(), X.cols());
    Matrix z, a, next;
    for (Index start = 0; start < X.cols(); start += kChunk) {
        const Index len = std::min(kChunk, X.cols() - start);
        for (int l = 0; l < arch_.thetaCount(); ++l) {
            const ConstMatrixMap theta = this->theta(l);
            if (l == 0)
                z.noalias() = theta.rightCols(theta.cols() - 1) * X.middleCols(start, len);
            else
                z.noalias() = theta.rightCols(theta.cols() - 1) * a;
            z.colwise() += theta.col(0);
            next.resize(z.rows(), z.cols());
            activate(arch_.activations[l], z, next);
            a.swap(next);
        }
        out.middleCols(start, len) = a;
    }
    return out;
}

std::vector<int> predictedClasses(const Eigen::Ref<const Matrix>& h)
{
    std::vector<int> classes(static_cast<size_t>(h.cols()));
    for (Index i = 0; i < h.cols(); ++i) {
        if (h.rows() == 1) {
            classes[i] = h(0, i) > 0.5 ? 1 : 0;
        } else {
            Index best = 0;
            h.col(i).maxCoeff(&best);
            classes[i] = static_cast<int>(best);
        }
    }
    return classes;
}

} // namespace bp

#include "loss.h"

#include <cassert>
#include <cmath>

namespace bp {

std::string_view toString(Loss loss)
{
    switch (loss) {
    case Loss::Logistic:
        return "logistic";
    case Loss::CrossEntropy:
        return "cross_entropy";
    case Loss::SquaredError:
        return "squared_error";
    }
    return "unknown";
}

Loss lossForOutput(Activation output)
{
    switch (output) {
    case Activation::Softmax:
        return Loss::CrossEntropy;
    case Activation::Linear:
        return Loss::SquaredError;
    default:
        return Loss::Logistic;
    }
}

double lossSum(Loss loss, const Eigen::Ref<const Matrix>& zL, const Eigen::Ref<const Matrix>& hL,
               const Eigen::Ref<const Matrix>& y)
{
    assert(zL.rows() == y.rows() && zL.cols() == y.cols());
    switch (loss) {
    case Loss::Logistic: {
        // −[y log σ(z) + (1 − y) log(1 − σ(z))] = softplus(z) − y·z, and
        // softplus(z) = max(z, 0) + log1p(e^{−|z|}) is finite for every finite z.
        const Eigen::ArrayXXd z = zL.array();
        const Eigen::ArrayXXd softplus = z.max(0.0) + (-z.abs()).exp().log1p();
        return (softplus - y.array() * z).sum();
    }
    case Loss::CrossEntropy: {
        // −Σ_k y_k log softmax(z)_k = Σ_k y_k (logsumexp(z) − z_k).
        const Eigen::RowVectorXd colMax = zL.colwise().maxCoeff();
        const Eigen::RowVectorXd lse =
            colMax.array() + (zL.rowwise() - colMax).array().exp().colwise().sum().log();
        const Eigen::RowVectorXd ySum = y.colwise().sum();
        return (ySum.array() * lse.array()).sum() - (y.array() * zL.array()).sum();
    }
    case Loss::SquaredError:
        return 0.5 * (hL - y).squaredNorm();
    }
    return 0.0;
}

} // namespace bp

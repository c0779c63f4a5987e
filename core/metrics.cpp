#include "metrics.h"

#include <cassert>

namespace bp {

double accuracy(const std::vector<int>& predicted, const std::vector<int>& actual)
{
    assert(predicted.size() == actual.size() && "accuracy needs one prediction per example");
    if (actual.empty())
        return 0.0;
    std::size_t correct = 0;
    for (std::size_t i = 0; i < actual.size(); ++i)
        correct += predicted[i] == actual[i] ? 1 : 0;
    return static_cast<double>(correct) / static_cast<double>(actual.size());
}

Eigen::MatrixXi confusionMatrix(const std::vector<int>& predicted, const std::vector<int>& actual,
                                int classes)
{
    assert(predicted.size() == actual.size() && "confusion needs one prediction per example");
    Eigen::MatrixXi counts = Eigen::MatrixXi::Zero(classes, classes);
    for (std::size_t i = 0; i < actual.size(); ++i) {
        assert(actual[i] >= 0 && actual[i] < classes && predicted[i] >= 0 &&
               predicted[i] < classes && "class index out of range");
        ++counts(actual[i], predicted[i]);
    }
    return counts;
}

std::vector<ClassMetrics> perClassMetrics(const Eigen::MatrixXi& confusion)
{
    assert(confusion.rows() == confusion.cols() && "confusion matrix must be square");
    std::vector<ClassMetrics> result(static_cast<std::size_t>(confusion.rows()));
    for (Index k = 0; k < confusion.rows(); ++k) {
        const double truePositives = confusion(k, k);
        const double predictedK = confusion.col(k).sum(); // everything predicted as k
        const Index actualK = confusion.row(k).sum();     // everything that really is k
        ClassMetrics& metrics = result[static_cast<std::size_t>(k)];
        // Zero division (a class never predicted or never present) reports 0, as sklearn does.
        metrics.precision = predictedK > 0 ? truePositives / predictedK : 0.0;
        metrics.recall = actualK > 0 ? truePositives / static_cast<double>(actualK) : 0.0;
        const double sum = metrics.precision + metrics.recall;
        metrics.f1 = sum > 0 ? 2.0 * metrics.precision * metrics.recall / sum : 0.0;
        metrics.support = actualK;
    }
    return result;
}

double rootMeanSquaredError(const Matrix& predicted, const Matrix& targets)
{
    assert(predicted.rows() == targets.rows() && predicted.cols() == targets.cols());
    if (targets.size() == 0)
        return 0.0;
    return std::sqrt((predicted - targets).squaredNorm() / static_cast<double>(targets.size()));
}

double rSquared(const Matrix& predicted, const Matrix& targets)
{
    assert(predicted.rows() == targets.rows() && predicted.cols() == targets.cols());
    if (targets.size() == 0)
        return 0.0;
    // R² = 1 − SS_res / SS_tot, pooled over all target rows around each row's mean.
    const double residual = (predicted - targets).squaredNorm();
    const Vector mean = targets.rowwise().mean();
    const double total = (targets.colwise() - mean).squaredNorm();
    if (total == 0.0)
        return residual == 0.0 ? 1.0 : 0.0; // constant targets: perfect fit or nothing explained
    return 1.0 - residual / total;
}

} // namespace bp

#pragma once
// Classification and regression metrics.

#include "types.h"

#include <vector>

namespace bp {

double accuracy(const std::vector<int>& predicted, const std::vector<int>& actual);
/// counts(actual, predicted), classes × classes.
Eigen::MatrixXi confusionMatrix(const std::vector<int>& predicted, const std::vector<int>& actual,
                                int classes);
struct ClassMetrics
{
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    Index support = 0;
};
std::vector<ClassMetrics> perClassMetrics(const Eigen::MatrixXi& confusion);

double rootMeanSquaredError(const Matrix& predicted, const Matrix& targets);
double rSquared(const Matrix& predicted, const Matrix& targets);

} // namespace bp

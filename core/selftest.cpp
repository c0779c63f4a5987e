#include "selftest.h"

#include "costfunction.h"
#include "gradientcheck.h"

#include <cmath>

namespace bp {

namespace {

/// The course's debugInitializeWeights: rows × cols filled column-major with sin(1..numel)/10.
Matrix sinFilled(Index rows, Index cols)
{
    Matrix m(rows, cols);
    for (Index k = 0; k < m.size(); ++k)
        m.data()[k] = std::sin(static_cast<double>(k + 1)) / 10.0;
    return m;
}

SelfTestCheck check(std::string name, double expected, double actual, double tolerance)
{
    return {std::move(name), expected, actual, tolerance, std::abs(actual - expected) <= tolerance};
}

} // namespace

DebugProblem courseDebugProblem()
{
    DebugProblem p;
    p.arch = Architecture::make(3, {5}, Activation::Sigmoid, 3, Activation::Sigmoid);
    p.params.resize(p.arch.parameterCount());
    thetaView(p.arch, p.params, 0) = sinFilled(5, 4);
    thetaView(p.arch, p.params, 1) = sinFilled(3, 6);
    p.X = sinFilled(5, 3).transpose(); // the course's X is m × n; ours is n × m
    p.Y = Matrix::Zero(3, 5);
    for (int i = 0; i < 5; ++i) {
        const int label = (i + 1) % 3; // y = 1 + mod(1..5, 3), made 0-based
        p.labels.push_back(label);
        p.Y(label, i) = 1.0;
    }
    return p;
}

bool SelfTestReport::passed() const
{
    for (const SelfTestCheck& c : checks)
        if (!c.passed)
            return false;
    return !checks.empty();
}

SelfTestReport runCourseSelfTest()
{
    SelfTestReport report;
    const DebugProblem p = courseDebugProblem();
    struct Expected
    {
        int entry; // 1-based, as in the course
        double atLambda0;
        double atLambda3;
        double tolerance;
    };
    const Expected expected[] = {
        {1, -0.0092782524, -0.0092782524, 1e-9}, {2, 0.0088991196, 0.0088991196, 1e-9},
        {3, -0.0083601076, -0.0083601076, 1e-9}, {4, 0.0076281355, 0.0076281355, 1e-9},
        {5, -0.0067479837, -0.0067479837, 1e-9}, {6, -3.0498e-06, -0.016767980, 1e-9},
        {21, 0.3145449700, 0.3145449700, 1e-9},  {22, 0.1110565882, 0.1110565882, 1e-9},
        {23, 0.0974006970, 0.0974006970, 1e-9},
    };
    for (double lambda : {0.0, 3.0}) {
        const std::string at = lambda == 0.0 ? " (λ = 0)" : " (λ = 3)";
        Vector grad;
        CostFunction cost(p.arch, p.X, p.Y, lambda);
        cost.evaluate(p.params, &grad);
        for (const Expected& e : expected)
            report.checks.push_back(check("gradient entry " + std::to_string(e.entry) + at,
                                          lambda == 0.0 ? e.atLambda0 : e.atLambda3,
                                          grad[e.entry - 1], e.tolerance));
        const GradientCheckReport gc = checkGradient(
            p.arch, [&](const Vector& theta) { return cost.evaluate(theta, nullptr); }, p.params,
            grad);
        report.checks.push_back(
            check("gradient check ‖num − ana‖/‖num + ana‖" + at, 0.0, gc.relativeDifference, 1e-9));
    }
    const double zs[] = {-1.0, -0.5, 0.0, 0.5, 1.0};
    const double gs[] = {0.196612, 0.235004, 0.25, 0.235004, 0.196612};
    Matrix z(1, 5);
    for (int i = 0; i < 5; ++i)
        z(0, i) = zs[i];
    const Matrix g = activationDerivative(Activation::Sigmoid, z);
    for (int i = 0; i < 5; ++i)
        report.checks.push_back(check("sigmoid gradient at " + std::to_string(zs[i]).substr(0, 4),
                                      gs[i], g(0, i), 1e-6));
    return report;
}

} // namespace bp

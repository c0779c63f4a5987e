#pragma once
// The course's reference checks: the 3-5-3 debug network's gradient and the sigmoid
// gradient values. Used by `backprop-cli selftest`, Help → Course self-test and the tests.

#include "architecture.h"

#include <string>
#include <vector>

namespace bp {

/// The classic debug problem: Θ(1) 5×4 and Θ(2) 3×6 filled column-major with
/// sin(1..numel)/10, X (5×3 in the course, here 3×5: one column per example) likewise,
/// y = 1 + mod(1..5, 3) = [2 3 1 2 3] (1-based classes), logistic cost.
struct DebugProblem
{
    Architecture arch; // 3-5-3 sigmoid/sigmoid
    Vector params;
    Matrix X;          // 3 × 5
    Matrix Y;          // 3 × 5 one-hot
    std::vector<int> labels; // 0-based: [1 2 0 1 2]
};
DebugProblem courseDebugProblem();

struct SelfTestCheck
{
    std::string name;     // e.g. "gradient entry 1 (λ = 0)"
    double expected = 0.0;
    double actual = 0.0;
    double tolerance = 0.0;
    bool passed = false;
};

struct SelfTestReport
{
    std::vector<SelfTestCheck> checks;
    bool passed() const;
};

/// Runs every reference check (gradient entries at λ = 0 and 3, gradient-check relative
/// differences < 1e-9, sigmoid gradient at [−1 −0.5 0 0.5 1]).
SelfTestReport runCourseSelfTest();

} // namespace bp

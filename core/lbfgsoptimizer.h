#pragma once
// Limited-memory BFGS (LBFGSpp with a strong-Wolfe line search), one history row per iteration.

#include "costfunction.h"
#include "optimizers.h"

namespace bp {

struct LbfgsOptions
{
    int memory = 10;                  // correction pairs kept
    int maxLineSearchSteps = 20;      // evaluations per line search
    double gradientTolerance = 1e-10; // ‖∇J‖ below it counts as converged
};

/// Minimises cost from params. Records the start point and every iteration through observer,
/// which decides when to stop; params ends at the last recorded parameters. The token is
/// checked before every evaluation, including each line-search step.
OptimizerOutcome minimizeLbfgs(CostFunction& cost, Vector& params, IterationObserver& observer,
                               const CancellationToken* token, const LbfgsOptions& options = {});

} // namespace bp

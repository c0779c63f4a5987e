#pragma once
// Nonlinear conjugate gradient (Polak–Ribière directions) with a line search by cubic and
// quadratic interpolation and extrapolation under the Wolfe–Powell conditions — the method of
// Carl Rasmussen's fmincg, which the course uses. One history row per successful line search.

#include "costfunction.h"
#include "optimizers.h"

namespace bp {

struct ConjugateGradientOptions
{
    double rho = 0.01;          // sufficient decrease: J(z) ≤ J(0) + ρ z J'(0)
    double sigma = 0.5;         // curvature: |J'(z)| ≤ −σ J'(0)
    double interpolate = 0.1;   // stay this fraction of the bracket away from its ends
    double extrapolate = 3.0;   // extrapolate at most this many times the current step
    int maxEvaluations = 20;    // evaluations per line search
    double maxSlopeRatio = 100; // the next initial step grows at most this much
};

/// Minimises cost from params. Records the start point and every iteration through observer,
/// which decides when to stop; params ends at the last recorded parameters. The token is
/// checked before every evaluation, including each line-search step.
OptimizerOutcome minimizeConjugateGradient(CostFunction& cost, Vector& params,
                                           IterationObserver& observer,
                                           const CancellationToken* token,
                                           const ConjugateGradientOptions& options = {});

} // namespace bp

#include "conjugategradient.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp {

namespace {

/// J and its directional derivative at the current trial point of a line search.
struct Trial
{
    double cost = 0.0;
    Vector gradient;
    double slope = 0.0; // ∇J · s
};

/// Line search along s from x (where J = f1, slope d1 < 0), starting with step z1.
/// Positions are step lengths along s; point 3 is the other end of the current bracket, kept
/// relative to the current point (z3 < 0 means it lies behind).
class LineSearch
{
public:
    LineSearch(CostFunction& cost, const CancellationToken* token,
               const ConjugateGradientOptions& o)
        : cost_(cost), token_(token), o_(o)
    {
    }

    enum class Result
    {
        Success,
        Failure,
        NonFinite
    };

    /// Moves x along s; on success x, trial() hold the accepted point and z1 its step.
    Result run(Vector& x, const Vector& s, double f1, double d1, double& z1)
    {
        const double RHO = o_.rho;
        const double SIG = o_.sigma;
        const double INT = o_.interpolate;
        const double EXT = o_.extrapolate;

        if (!evaluate(x, s, z1))
            return Result::NonFinite;
        int budget = o_.maxEvaluations;
        double f3 = f1;
        double d3 = d1;
        double z3 = -z1;
        double limit = -1.0; // no upper bound on the step found yet

        for (;;) {
            // Too far (no sufficient decrease) or still too steep: interpolate back into
            // the bracket [point 3, current point].
            while ((t_.cost > f1 + z1 * RHO * d1 || t_.slope > -SIG * d1) && budget > 0) {
                limit = z1;
                double z2;
                if (t_.cost > f1) {
                    // quadratic through f3, d3 and the current cost
                    z2 = z3 - (0.5 * d3 * z3 * z3) / (d3 * z3 + t_.cost - f3);
                } else {
                    // cubic through both points' costs and slopes
                    const double A = 6.0 * (t_.cost - f3) / z3 + 3.0 * (t_.slope + d3);
                    const double B = 3.0 * (f3 - t_.cost) - z3 * (d3 + 2.0 * t_.slope);
                    z2 = (std::sqrt(B * B - A * t_.slope * z3 * z3) - B) / A;
                }
                if (!std::isfinite(z2))
                    z2 = z3 / 2.0; // bisect when the fit is degenerate
                // Not too close to either end of the bracket.
                z2 = std::max(std::min(z2, INT * z3), (1.0 - INT) * z3);
                z1 += z2;
                if (!evaluate(x, s, z2))
                    return Result::NonFinite;
                --budget;
                z3 -= z2;
            }
            if (t_.cost > f1 + z1 * RHO * d1 || t_.slope > -SIG * d1)
                return Result::Failure; // budget spent without a Wolfe–Powell point
            if (t_.slope > SIG * d1)
                return Result::Success; // both Wolfe–Powell conditions hold
            if (budget == 0)
                return Result::Failure;

            // Still descending steeply: extrapolate with a cubic, within limits.
            const double A = 6.0 * (t_.cost - f3) / z3 + 3.0 * (t_.slope + d3);
            const double B = 3.0 * (f3 - t_.cost) - z3 * (d3 + 2.0 * t_.slope);
            const double discriminant = B * B - A * t_.slope * z3 * z3;
            double z2 = -t_.slope * z3 * z3 / (B + std::sqrt(discriminant));
            const bool bounded = limit > -0.5;
            if (discriminant < 0.0 || !std::isfinite(z2) || z2 < 0.0)
                z2 = bounded ? (limit - z1) / 2.0 : z1 * (EXT - 1.0);
            else if (bounded && z2 + z1 > limit)
                z2 = (limit - z1) / 2.0;
            else if (!bounded && z2 + z1 > z1 * EXT)
                z2 = z1 * (EXT - 1.0);
            else if (z2 < -z3 * INT)
                z2 = -z3 * INT;
            else if (bounded && z2 < (limit - z1) * (1.0 - INT))
                z2 = (limit - z1) * (1.0 - INT);
            f3 = t_.cost;
            d3 = t_.slope;
            z3 = -z2;
            z1 += z2;
            if (!evaluate(x, s, z2))
                return Result::NonFinite;
            --budget;
        }
    }

    const Trial& trial() const { return t_; }
    Trial& trial() { return t_; }

private:
    /// x ← x + dz·s, then J, ∇J and the slope there. False when they are not finite.
    bool evaluate(Vector& x, const Vector& s, double dz)
    {
        throwIfCancelled(token_);
        x += dz * s;
        t_.cost = cost_.evaluate(x, &t_.gradient);
        t_.slope = t_.gradient.dot(s);
        return std::isfinite(t_.cost) && t_.gradient.allFinite();
    }

    CostFunction& cost_;
    const CancellationToken* token_;
    const ConjugateGradientOptions& o_;
    Trial t_;
};

} // namespace

OptimizerOutcome minimizeConjugateGradient(CostFunction& cost, Vector& params,
                                           IterationObserver& observer,
                                           const CancellationToken* token,
                                           const ConjugateGradientOptions& options)
{
    OptimizerOutcome outcome;
    LineSearch search(cost, token, options);

    Vector df1;
    throwIfCancelled(token);
    double f1 = cost.evaluate(params, &df1);
    Verdict verdict = observer.record(params, f1, df1);

    Vector s;
    double d1 = 0.0;
    double z1 = 0.0;
    bool steepest = true; // s is −∇J, not a conjugate direction
    // Steepest descent, with the first step chosen so that ‖z1·s‖ < 1 (fmincg's red = 1).
    const auto restartSteepest = [&] {
        s = -df1;
        d1 = -s.squaredNorm();
        z1 = 1.0 / (1.0 - d1);
        steepest = true;
    };
    restartSteepest();

    bool previousFailed = false;
    Vector x0;
    for (;;) {
        if (verdict == Verdict::Stop) {
            outcome.stoppedByObserver = true;
            return outcome;
        }
        if (verdict == Verdict::Restart) {
            // λ changed: re-evaluate J here and forget the conjugate direction.
            throwIfCancelled(token);
            f1 = cost.evaluate(params, &df1);
            restartSteepest();
            verdict = Verdict::Continue;
        }
        if (d1 == 0.0) {
            outcome.message = "conjugate gradient converged: the gradient is zero";
            return outcome;
        }

        x0 = params;
        const LineSearch::Result result = search.run(params, s, f1, d1, z1);
        if (result == LineSearch::Result::NonFinite && steepest) {
            // Even a short steepest-descent step overflows: that is divergence, which the
            // observer reports (keeping the last recorded parameters).
            Trial& t = search.trial();
            observer.record(params, t.cost, t.gradient);
            params = x0;
            outcome.stoppedByObserver = true;
            return outcome;
        }
        if (result == LineSearch::Result::Success) {
            Trial& t = search.trial();
            f1 = t.cost;
            // Polak–Ribière: β = (g₂·g₂ − g₁·g₂) / (g₁·g₁);  s ← β s − g₂.
            const double beta =
                (t.gradient.squaredNorm() - df1.dot(t.gradient)) / df1.squaredNorm();
            s = beta * s - t.gradient;
            df1.swap(t.gradient);
            double d2 = df1.dot(s);
            steepest = d2 > 0.0;
            if (steepest) { // not a descent direction: fall back to steepest descent
                s = -df1;
                d2 = -s.squaredNorm();
            }
            // Next initial step from the slope ratio, capped (fmincg's RATIO).
            z1 *= std::min(options.maxSlopeRatio, d1 / (d2 - std::numeric_limits<double>::min()));
            d1 = d2;
            previousFailed = false;
            verdict = observer.record(params, f1, df1);
            continue;
        }

        // Failure (or a trial point where J is not finite, a conjugate direction gone
        // wild): return to the start of the line search. Twice in a row means no progress
        // is possible from here.
        params = x0;
        if (previousFailed) {
            outcome.message = "conjugate gradient converged: two line searches in a row found "
                              "no lower cost";
            return outcome;
        }
        // fmincg swaps in the gradient of the failed trial point here; we restart from the
        // gradient at x0, where we actually are.
        restartSteepest();
        previousFailed = true;
    }
}

} // namespace bp

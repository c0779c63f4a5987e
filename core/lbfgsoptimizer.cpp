#include "lbfgsoptimizer.h"

#include <LBFGS.h>

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

namespace bp {

namespace {

// Thrown through LBFGSpp (which keeps no resources that need unwinding care) to leave
// minimize() from inside an iteration. Private to this file.
struct StopSignal
{
};
struct RestartSignal
{
};
struct NonFiniteTrial
{
};

/// The function LBFGSpp minimises, plus the per-iteration report. LBFGSpp gives us no
/// per-iteration callback, but it passes this very object to the line search, so the line
/// search wrapper below can report through it: no global or thread_local state needed.
class Objective
{
public:
    Objective(CostFunction& cost, IterationObserver& observer, const CancellationToken* token)
        : cost_(cost), observer_(observer), token_(token)
    {
    }

    double operator()(const Vector& x, Vector& grad)
    {
        // minimize() starts by evaluating the start point, which we already evaluated (and
        // recorded as a row): serve it from the cache instead of paying a second pass.
        if (cached_ && x.size() == cachedX_.size() && x == cachedX_) {
            cached_ = false;
            grad = cachedGrad_;
            return cachedCost_;
        }
        throwIfCancelled(token_);
        const double f = cost_.evaluate(x, &grad);
        if (!std::isfinite(f) || !grad.allFinite()) {
            // A trial point left the finite region. A stale curvature memory can propose a
            // wild step, so first restart from the last accepted point with the memory
            // cleared; only when even that first, short step fails is it divergence (the
            // observer reports it and keeps the last accepted parameters).
            if (!freshStart_)
                throw NonFiniteTrial{};
            observer_.record(x, f, grad);
            throw StopSignal{};
        }
        return f;
    }

    /// The start point of a (re)started minimize() call, evaluated and optionally recorded.
    Verdict start(const Vector& x, bool recordRow)
    {
        throwIfCancelled(token_);
        cachedCost_ = cost_.evaluate(x, &cachedGrad_);
        cachedX_ = x;
        cached_ = true;
        accepted_ = x;
        freshStart_ = true;
        if (!recordRow && std::isfinite(cachedCost_) && cachedGrad_.allFinite())
            return Verdict::Continue;
        return observer_.record(x, cachedCost_, cachedGrad_);
    }

    /// One L-BFGS iteration ended at x.
    void accept(const Vector& x, double fx, const Vector& grad)
    {
        accepted_ = x;
        freshStart_ = false;
        const Verdict verdict = observer_.record(x, fx, grad);
        if (verdict == Verdict::Stop)
            throw StopSignal{};
        if (verdict == Verdict::Restart)
            throw RestartSignal{};
    }

    const Vector& accepted() const { return accepted_; }

private:
    CostFunction& cost_;
    IterationObserver& observer_;
    const CancellationToken* token_;
    bool cached_ = false;
    Vector cachedX_;
    Vector cachedGrad_;
    double cachedCost_ = 0.0;
    Vector accepted_;
    bool freshStart_ = true; // no iteration accepted since the last (re)start
};

/// LBFGSpp calls LineSearch once per iteration: run the real strong-Wolfe search, then report
/// the accepted point.
template <typename Scalar> class ObservedLineSearch
{
    using Vec = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

public:
    template <typename Foo>
    static void LineSearch(Foo& f, Scalar& fx, Vec& x, Vec& grad, Scalar& step, const Vec& drt,
                           const Vec& xp, const LBFGSpp::LBFGSParam<Scalar>& param)
    {
        LBFGSpp::LineSearchNocedalWright<Scalar>::LineSearch(f, fx, x, grad, step, drt, xp, param);
        f.accept(x, fx, grad);
    }
};

} // namespace

OptimizerOutcome minimizeLbfgs(CostFunction& cost, Vector& params, IterationObserver& observer,
                               const CancellationToken* token, const LbfgsOptions& options)
{
    LBFGSpp::LBFGSParam<double> param;
    param.m = options.memory;
    param.epsilon = options.gradientTolerance;
    param.epsilon_rel = 0.0;
    param.max_iterations = 0; // the observer applies every stopping rule
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    param.max_linesearch = options.maxLineSearchSteps;

    Objective objective(cost, observer, token);
    OptimizerOutcome outcome;
    bool recordStart = true;
    for (;;) {
        const Verdict verdict = objective.start(params, recordStart);
        recordStart = false;
        if (verdict == Verdict::Stop) {
            outcome.stoppedByObserver = true;
            return outcome;
        }
        LBFGSpp::LBFGSSolver<double, ObservedLineSearch> solver(param);
        double fx = 0.0;
        try {
            solver.minimize(objective, params, fx);
            params = objective.accepted();
            std::ostringstream text;
            text << "L-BFGS converged: the gradient norm fell below " << options.gradientTolerance;
            outcome.message = text.str();
            return outcome;
        } catch (const RestartSignal&) {
            // λ changed: the stored curvature pairs describe the old objective; start afresh.
            params = objective.accepted();
            continue;
        } catch (const NonFiniteTrial&) {
            params = objective.accepted();
            continue;
        } catch (const StopSignal&) {
            params = objective.accepted();
            outcome.stoppedByObserver = true;
            return outcome;
        } catch (const Cancelled&) {
            params = objective.accepted();
            throw;
        } catch (const std::exception& e) {
            // LBFGSpp's line search gives up (no step satisfies the Wolfe conditions to machine
            // precision, or the direction is not a descent direction): as good as it gets.
            params = objective.accepted();
            outcome.message = std::string("L-BFGS converged: its line search cannot lower the "
                                          "cost any further (") +
                              e.what() + ")";
            return outcome;
        }
    }
}

} // namespace bp

#pragma once
// The optimisers' side of training: first-order update rules (gradient descent, momentum,
// Adam) and the interface through which every optimiser reports its iterations.

#include "trainer.h"

#include <string>

namespace bp {

/// What the trainer answers after recording a row.
enum class Verdict
{
    Continue, // go on
    Stop,     // a stopping rule, the hook, cancellation or divergence ended training
    Restart   // λ changed: the objective is different, so curvature memory must be dropped
};

/// The trainer's side of an optimiser run.
class IterationObserver
{
public:
    virtual ~IterationObserver() = default;
    /// One history row: the parameters after an iteration (or the start point) with J and ∇J
    /// there. Non-finite values are passed on too: the observer then ends the run as diverged.
    virtual Verdict record(const Vector& params, double cost, const Vector& gradient) = 0;
};

/// How a line-search optimiser ended when the observer did not stop it.
struct OptimizerOutcome
{
    bool stoppedByObserver = false; // the observer returned Stop (its reason stands)
    std::string message;            // why the optimiser itself ended (converged, stuck)
};

/// One first-order step θ ← θ + Δθ(∇J). Hyper-parameters are read at each step, so a learning
/// rate changed between iterations applies from the next step on.
///   gd:        Δθ = −α g
///   momentum:  v ← μ v − α g;  Δθ = v                        (classical momentum)
///   adam:      m ← β1 m + (1 − β1) g;  v ← β2 v + (1 − β2) g²;
///              Δθ = −α m̂ / (√v̂ + ε),  m̂ = m / (1 − β1ᵗ),  v̂ = v / (1 − β2ᵗ)
class GradientStepper
{
public:
    /// kind must be GradientDescent, Momentum or Adam.
    GradientStepper(OptimizerKind kind, Index parameterCount);

    void apply(Vector& params, const Vector& gradient, const TrainingConfig& config)
    {
        apply(params, gradient, config, params);
    }
    /// to = from stepped (to may be from): the trainer steps into a second buffer so that
    /// the recorded parameters stay where they are, instead of copying them every iteration.
    void apply(const Vector& from, const Vector& gradient, const TrainingConfig& config, Vector& to);
    long steps() const { return steps_; }

private:
    OptimizerKind kind_;
    long steps_ = 0;
    Vector velocity_; // momentum's v
    Vector moment1_;  // Adam's m
    Vector moment2_;  // Adam's v
};

} // namespace bp

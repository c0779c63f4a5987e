#pragma once
// The divergence guard's rule: when has the cost blown up?
//
// The training worker judges every row with it on its own thread, after the row is recorded
// and before the next step, and pauses there: training stops at the first divergent
// iteration with finite numbers still on screen. (Judged on the GUI thread from ≤ 30 Hz
// snapshots, lesson 3's cost went from 0.15 to infinity in 118 iterations, ≈ 6 ms, before a
// pause could arrive.)
//
// "Blows up": a judged cost (the full training cost: every row for full batch, epoch ends
// for mini-batches) above kBlowUpFactor × the lowest judged so far and above the first one.
// Once it has tripped the rule is off until rearm() (a rewind, or a history started over):
// a run the person chose to let run on must not pause again at every row. A non-finite cost
// is not judged here: the trainer stops by itself with the last finite weights
// (bp::StopReason::Diverged).
//
// A value type without Qt: the TrainingController keeps it between runs (Train / Stop / Train
// continue one history), hands it to each job and gets it back when the run ends.

#include "trainer.h"

#include <limits>
#include <optional>

namespace bpui {

/// Where and how the cost blew up; iterations count the whole history (the controller's
/// numbering, continuous across runs).
struct DivergenceTrip
{
    long iteration = 0;     // the row whose cost blew up
    double cost = 0.0;      // its judged cost
    long bestIteration = 0; // the row with the lowest judged cost before it
    double bestCost = 0.0;
};

class DivergenceRule
{
public:
    static constexpr double kBlowUpFactor = 10.0;

    /// The cost `row` is judged by: the full training cost where the row has it, else (full
    /// batch) the training cost; NaN (not judged) for a mini-batch row without it.
    static double judgedCost(const bp::IterationStats& row, bool miniBatch);
    /// Whether rows of this configuration carry a mini-batch's cost rather than the full one.
    static bool isMiniBatch(const bp::TrainingConfig& config);

    /// Judges `row`, numbered `iteration` in the history. Returns the trip when this row blew
    /// up; the rule is then disarmed. Non-finite or unjudged costs are ignored.
    std::optional<DivergenceTrip> observe(const bp::IterationStats& row, long iteration,
                                          bool miniBatch);

    bool isArmed() const { return armed_; }
    /// Stops judging until rearm() (the person lets a blow-up run on).
    void disarm() { armed_ = false; }
    /// Watches afresh: forgets the first and lowest costs and judges again.
    void rearm() { *this = DivergenceRule(); }

    double firstCost() const { return firstCost_; }
    double bestCost() const { return bestCost_; }
    long bestIteration() const { return bestIteration_; }

private:
    bool armed_ = true;
    double firstCost_ = std::numeric_limits<double>::quiet_NaN();
    double bestCost_ = std::numeric_limits<double>::infinity();
    long bestIteration_ = 0;
};

} // namespace bpui

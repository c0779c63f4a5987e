#pragma once
// What the training worker publishes to the GUI thread, by value, at most ~30 times a second.

#include "gradientcheck.h"
#include "gradienthealth.h"
#include "trainer.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace bpui {

enum class TrainingState { Idle, Running, Paused, Finished, Diverged, Failed };
QString toDisplayString(TrainingState state);

/// Registers the types below for queued signals; call once before any worker starts
/// (idempotent, main() and the tests call it).
void registerMetaTypes();

struct TrainingSnapshot
{
    TrainingState state = TrainingState::Idle;
    bp::IterationStats latest;                  // the newest history row
    std::vector<bp::IterationStats> newRows;    // every row since the previous snapshot (never thinned)
    double iterationsPerSecond = 0.0;
    std::shared_ptr<const bp::Vector> parameters; // weights described by `latest`
    std::shared_ptr<const bp::Vector> gradient;   // the full-batch gradient at those weights (may be null)
    // Per-layer ‖D(l)‖, ‖D(l)‖/‖Θ(l)‖ and saturated shares at those weights, measured on a
    // fixed sampled batch of the training set (TrainingWorker::kHealthExamples); null on the
    // snapshots in between (at most every kHealthMinIntervalMs while running).
    std::shared_ptr<const bp::GradientHealth> health;
};

/// A gradient check's report plus a sentence saying what was sampled (parameters, examples).
struct GradientCheckOutcome
{
    bp::GradientCheckReport report;
    QString samplingNote;
    long iteration = -1; // the history's iteration it was taken at (-1: weights at rest)
};

} // namespace bpui

Q_DECLARE_METATYPE(bpui::TrainingSnapshot)
Q_DECLARE_METATYPE(bp::TrainingResult)
Q_DECLARE_METATYPE(bp::GradientCheckReport)
Q_DECLARE_METATYPE(bpui::GradientCheckOutcome)

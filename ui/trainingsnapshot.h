#pragma once
// What the training worker publishes to the GUI thread, by value, at most ~30 times a second.

#include "gradientcheck.h"
#include "trainer.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace bpui {

enum class TrainingState { Idle, Running, Paused, Finished, Diverged, Failed };
QString toDisplayString(TrainingState state);

struct TrainingSnapshot
{
    TrainingState state = TrainingState::Idle;
    bp::IterationStats latest;                  // the newest history row
    std::vector<bp::IterationStats> newRows;    // every row since the previous snapshot (never thinned)
    double iterationsPerSecond = 0.0;
    std::shared_ptr<const bp::Vector> parameters; // weights described by `latest`
    std::shared_ptr<const bp::Vector> gradient;   // the full-batch gradient at those weights (may be null)
};

} // namespace bpui

Q_DECLARE_METATYPE(bpui::TrainingSnapshot)
Q_DECLARE_METATYPE(bp::TrainingResult)
Q_DECLARE_METATYPE(bp::GradientCheckReport)

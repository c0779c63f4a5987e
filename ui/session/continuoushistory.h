#pragma once
// A run's rows with evaluations and seconds made cumulative. Both restart at each Train in
// histories saved before the TrainingController renumbered its rows; within one Train they
// grow strictly, so a drop (at an iteration > 0) starts the next Train's rows and carries the
// previous totals on. A history without a drop (every run the controller records now) comes
// back as a copy of its columns.

#include "traininghistory.h"

namespace bpui {

bp::TrainingHistory continuousHistory(const bp::TrainingHistory& rows);

} // namespace bpui

#pragma once
// Whether a network fits a data set, and whether a weight vector fits an architecture: one
// rule and one wording each, used by the trainer, the readers and writers, the CLI and the
// studio, so the user reads the same sentence wherever the mismatch is found.
//
// A network fits a data set when
//   - its input layer has one unit per feature (s_0 = n), and
//   - its output layer has outputUnitsFor(data) units: one per class, or one per regression
//     target; except that two classes may also share one output unit that is not softmax
//     (it learns P(class 1); encodeTargets gives it the class index, predictedClasses
//     thresholds it at 0.5). A single softmax unit is constant, so it fits nothing.

#include "architecture.h"
#include "dataset.h"
#include "types.h"

#include <string>

namespace bp {

/// Throws InputError(source, "architecture", …) when arch does not fit data:
/// "the input layer has 3 units but the data has 4 features", or
/// "the output layer has 2 units but the data needs 3 (3 classes)" ("(1 target)" for
/// regression). The input layer is checked first.
void checkFits(const Architecture& arch, const Dataset& data, const std::string& source = "data");

/// Throws InputError(source, place, "expected 13 weights (the unrolled parameters of the
/// architecture), found 14") unless count == arch.parameterCount(). Callers for whom "no
/// weights yet" is allowed test for it first. Cheap: check a file's count before allocating.
void checkWeightCount(const Architecture& arch, Index count, const std::string& source,
                      const std::string& place = "weights");

} // namespace bp

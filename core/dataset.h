#pragma once
// A data set held in memory: features one column per example, plus class labels or real
// targets.

#include "types.h"

#include <string>
#include <vector>

namespace bp {

enum class TaskKind { Classification, Regression };

struct Dataset
{
    std::string name;
    Matrix features;                      // n × m: column i is example i
    std::vector<int> labels;              // classification: class index 0..K−1 of each example
    Matrix targets;                       // regression: t × m real targets (empty otherwise)
    std::vector<std::string> featureNames; // n names (may be empty)
    std::vector<std::string> classNames;   // K names (classification)
    int imageWidth = 0;                   // > 0 for images: feature j is pixel (j % w, j / w)
    int imageHeight = 0;

    TaskKind task() const { return targets.size() > 0 ? TaskKind::Regression : TaskKind::Classification; }
    Index size() const { return features.cols(); }
    Index featureCount() const { return features.rows(); }
    int classCount() const { return static_cast<int>(classNames.size()); }
    bool isImage() const { return imageWidth > 0 && imageHeight > 0; }
    /// Class k's name, or its number for a label the data names no class for.
    std::string className(int k) const;

    /// Number of examples of each class (classification).
    std::vector<Index> classCounts() const;
    /// The examples at the given column indices, in that order; names and image shape kept.
    Dataset subset(const std::vector<Index>& columns) const;
};

/// Targets for a network with outputUnits outputs (K × m):
/// regression → the targets; classification with outputUnits == 1 and two classes → the class
/// index (0/1); otherwise one-hot rows (the course's recoding of y).
Matrix encodeTargets(const Dataset& data, int outputUnits);

/// Output units a network needs for this data (class count, or target count).
int outputUnitsFor(const Dataset& data);

} // namespace bp

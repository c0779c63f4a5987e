#include "dataset.h"

#include <algorithm>
#include <cassert>

namespace bp {

std::vector<Index> Dataset::classCounts() const
{
    std::vector<Index> counts(static_cast<std::size_t>(std::max(classCount(), 0)), 0);
    for (int label : labels) {
        assert(label >= 0 && "class labels are indices 0..K-1");
        // A label beyond the named classes still gets counted rather than dropped silently.
        if (static_cast<std::size_t>(label) >= counts.size())
            counts.resize(static_cast<std::size_t>(label) + 1, 0);
        ++counts[static_cast<std::size_t>(label)];
    }
    return counts;
}

std::string Dataset::className(int k) const
{
    return k >= 0 && k < classCount() ? classNames[static_cast<std::size_t>(k)] : std::to_string(k);
}

Dataset Dataset::subset(const std::vector<Index>& columns) const
{
    Dataset part;
    part.name = name;
    part.featureNames = featureNames;
    part.classNames = classNames;
    part.imageWidth = imageWidth;
    part.imageHeight = imageHeight;

    const auto count = static_cast<Index>(columns.size());
    part.features.resize(features.rows(), count);
    const bool hasLabels = !labels.empty();
    const bool hasTargets = targets.size() > 0;
    if (hasLabels)
        part.labels.resize(columns.size());
    if (hasTargets)
        part.targets.resize(targets.rows(), count);

    for (Index k = 0; k < count; ++k) {
        const Index column = columns[static_cast<std::size_t>(k)];
        assert(column >= 0 && column < size() && "subset column out of range");
        part.features.col(k) = features.col(column);
        if (hasLabels)
            part.labels[static_cast<std::size_t>(k)] = labels[static_cast<std::size_t>(column)];
        if (hasTargets)
            part.targets.col(k) = targets.col(column);
    }
    return part;
}

Matrix encodeTargets(const Dataset& data, int outputUnits)
{
    if (data.task() == TaskKind::Regression) {
        assert(data.targets.rows() == outputUnits && "regression outputs must match targets");
        return data.targets;
    }
    const Index m = static_cast<Index>(data.labels.size());
    // A single sigmoid output for two classes learns P(class 1): the target is the index.
    if (outputUnits == 1) {
        Matrix y(1, m);
        for (Index i = 0; i < m; ++i)
            y(0, i) = data.labels[static_cast<std::size_t>(i)] != 0 ? 1.0 : 0.0;
        return y;
    }
    // The course's recoding of y: column i is the unit vector of example i's class.
    Matrix y = Matrix::Zero(outputUnits, m);
    for (Index i = 0; i < m; ++i) {
        const int label = data.labels[static_cast<std::size_t>(i)];
        assert(label >= 0 && label < outputUnits && "label beyond the output units");
        y(label, i) = 1.0;
    }
    return y;
}

int outputUnitsFor(const Dataset& data)
{
    if (data.task() == TaskKind::Regression)
        return static_cast<int>(data.targets.rows());
    return data.classCount();
}

} // namespace bp

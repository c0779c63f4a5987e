// ProjectModel's hand edits of the data (points painted on the Prediction plot, or removed):
// kept apart from projectmodel.cpp, which prepares and replaces whole states.
#include "session/projectmodel.h"

#include <cassert>
#include <cmath>
#include <limits>
#include <utility>

namespace bpui {

namespace {

/// `data` with `columns` (and their labels or targets) appended.
bp::Dataset editAppended(const bp::Dataset& data, const bp::Matrix& columns,
                         const std::vector<int>& labels, const bp::Matrix& targets)
{
    bp::Dataset out = data;
    const bp::Index m = data.size();
    const bp::Index k = columns.cols();
    out.features.conservativeResize(columns.rows(), m + k);
    out.features.rightCols(k) = columns;
    if (data.task() == bp::TaskKind::Regression) {
        out.targets.conservativeResize(targets.rows(), m + k);
        out.targets.rightCols(k) = targets;
    } else {
        out.labels.insert(out.labels.end(), labels.begin(), labels.end());
    }
    return out;
}

/// `data` without column `column`.
bp::Dataset editWithout(const bp::Dataset& data, bp::Index column)
{
    std::vector<bp::Index> keep;
    keep.reserve(static_cast<std::size_t>(data.size()));
    for (bp::Index e = 0; e < data.size(); ++e)
        if (e != column)
            keep.push_back(e);
    return data.subset(keep);
}

/// The last column of `data` equal to column `column` of `part` (a split part holding copies
/// of the data's columns) with the same label or target, or −1.
bp::Index editFindColumn(const bp::Dataset& data, const bp::Dataset& part, bp::Index column)
{
    const bool regression = data.task() == bp::TaskKind::Regression;
    for (bp::Index e = data.size() - 1; e >= 0; --e) {
        if (data.features.col(e) != part.features.col(column))
            continue;
        if (regression ? data.targets.col(e) == part.targets.col(column)
                       : data.labels[static_cast<std::size_t>(e)] ==
                             part.labels[static_cast<std::size_t>(column)])
            return e;
    }
    return -1;
}

} // namespace

bool ProjectModel::editable() const
{
    // The raw split is what makes an example findable and removable; generated data keeps
    // its generator for Regenerate and is what a project stores as explicit points.
    return rawSplit_ != nullptr && source_.kind == DataSource::Kind::Generator &&
           dataset_.featureCount() <= bp::kRawFeatureCount;
}

void ProjectModel::addExamples(const bp::Matrix& raw, const std::vector<int>& labels,
                               const bp::Matrix& targets)
{
    assert(editable() && raw.rows() == dataset_.featureCount());
    assert(dataset_.task() == bp::TaskKind::Regression
               ? targets.cols() == raw.cols()
               : labels.size() == static_cast<std::size_t>(raw.cols()));
    // Into the training part with the normalisation as it is: refitting would move every
    // other example under a network that is training on them.
    bp::Matrix inputs = modelInputs(raw);
    auto split = std::make_shared<bp::DataSplit>(*split_);
    split->train = editAppended(split->train, inputs, labels, targets);
    auto rawSplit = std::make_shared<bp::DataSplit>(*rawSplit_);
    rawSplit->train = editAppended(rawSplit->train, raw, labels, targets);
    dataset_ = editAppended(dataset_, raw, labels, targets);
    split_ = std::move(split);
    rawSplit_ = std::move(rawSplit);
    source_.edited = true;
    emit dataEdited();
}

bool ProjectModel::removeExampleNear(const bp::Vector& raw, const bp::Vector& scale)
{
    assert(editable() && raw.size() == dataset_.featureCount() && scale.size() == raw.size());
    struct Found
    {
        int part = -1;
        bp::Index column = -1;
        double distance = std::numeric_limits<double>::infinity();
    } best;
    const bp::Dataset* parts[3] = {&rawSplit_->train, &rawSplit_->validation, &rawSplit_->test};
    for (int p = 0; p < 3; ++p) {
        // The training part keeps one example: a split with none cannot train.
        if (p == 0 && parts[0]->size() <= 1)
            continue;
        for (bp::Index e = 0; e < parts[p]->size(); ++e) {
            const double d =
                ((parts[p]->features.col(e) - raw).array() / scale.array()).matrix().squaredNorm();
            if (d < best.distance)
                best = {p, e, d};
        }
    }
    if (best.part < 0)
        return false;
    const bp::Index inData = editFindColumn(dataset_, *parts[best.part], best.column);
    assert(inData >= 0);
    if (inData < 0)
        return false;
    auto split = std::make_shared<bp::DataSplit>(*split_);
    auto rawSplit = std::make_shared<bp::DataSplit>(*rawSplit_);
    bp::Dataset* splitParts[3] = {&split->train, &split->validation, &split->test};
    bp::Dataset* rawParts[3] = {&rawSplit->train, &rawSplit->validation, &rawSplit->test};
    *splitParts[best.part] = editWithout(*splitParts[best.part], best.column);
    *rawParts[best.part] = editWithout(*rawParts[best.part], best.column);
    dataset_ = editWithout(dataset_, inData);
    split_ = std::move(split);
    rawSplit_ = std::move(rawSplit);
    source_.edited = true;
    emit dataEdited();
    return true;
}

DataEditState ProjectModel::dataEditState() const
{
    return {dataset_, source_, split_, rawSplit_, normalization_, features_};
}

void ProjectModel::restoreDataEdit(const DataEditState& state)
{
    // Undo is last-in first-out, so the settings are those of the edit; but data replaced
    // since (Regenerate, another file) may have another shape: then nothing is restored.
    if (!state.split || state.features != features_ ||
        state.split->train.featureCount() != arch_.inputSize() ||
        state.dataset.classCount() != dataset_.classCount() ||
        state.dataset.task() != dataset_.task())
        throw bp::InputError("data", "", "the data changed since this edit");
    dataset_ = state.dataset;
    source_ = state.source;
    split_ = state.split;
    rawSplit_ = state.rawSplit;
    normalization_ = state.normalization;
    emit dataEdited();
}

} // namespace bpui

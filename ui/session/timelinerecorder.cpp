#include "session/timelinerecorder.h"

#include <algorithm>
#include <utility>

namespace bpui {

TimelineRecorder::TimelineRecorder(std::size_t maxBytes, std::size_t maxCount)
    : maxBytes_(maxBytes), maxCount_(std::max<std::size_t>(maxCount, 2))
{
}

std::size_t TimelineRecorder::capacityFor(long parameterCount) const
{
    const std::size_t each =
        sizeof(double) * static_cast<std::size_t>(std::max(parameterCount, 1L));
    return std::clamp<std::size_t>(maxBytes_ / each, 2, maxCount_);
}

std::size_t TimelineRecorder::bytes() const
{
    std::size_t total = 0;
    for (const bp::TimelineSnapshot& s : snapshots_)
        total += sizeof(double) * static_cast<std::size_t>(s.weights.size());
    return total;
}

bool TimelineRecorder::offer(long iteration, const bp::Vector& weights)
{
    if (!snapshots_.empty()) {
        const long last = snapshots_.back().iteration;
        if (iteration < last + stride_)
            return false;
    }
    snapshots_.push_back({iteration, weights});
    if (snapshots_.size() > capacityFor(static_cast<long>(weights.size())))
        thin();
    return true;
}

void TimelineRecorder::assign(std::vector<bp::TimelineSnapshot> snapshots)
{
    snapshots_ = std::move(snapshots);
    stride_ = 1;
    if (snapshots_.size() >= 2)
        stride_ = std::max(1L, snapshots_[1].iteration - snapshots_[0].iteration);
    while (!snapshots_.empty() &&
           snapshots_.size() > capacityFor(static_cast<long>(snapshots_.front().weights.size())))
        thin();
}

void TimelineRecorder::clear()
{
    snapshots_.clear();
    stride_ = 1;
}

void TimelineRecorder::thin()
{
    // Keep indices 0, 2, 4, …: the start survives, the spacing doubles.
    std::size_t out = 0;
    for (std::size_t i = 0; i < snapshots_.size(); i += 2)
        snapshots_[out++] = std::move(snapshots_[i]);
    snapshots_.resize(out);
    stride_ *= 2;
}

} // namespace bpui

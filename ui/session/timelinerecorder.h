#pragma once
// Weight snapshots along one run, memory bounded: snapshots are kept at an iteration stride
// that doubles whenever the cap (a count and a byte budget) is reached, by dropping every
// other snapshot. The first snapshot (the run's starting weights) is never dropped, and the
// survivors stay evenly spread over the run however long it gets.

#include "projectfile.h"

#include <cstddef>
#include <vector>

namespace bpui {

class TimelineRecorder
{
public:
    static constexpr std::size_t kDefaultMaxBytes = 16u << 20; // 16 MiB per run
    static constexpr std::size_t kDefaultMaxCount = 256;

    explicit TimelineRecorder(std::size_t maxBytes = kDefaultMaxBytes,
                              std::size_t maxCount = kDefaultMaxCount);

    /// Keeps the weights when `iteration` is at least one stride past the last kept snapshot
    /// (always the first one). Iterations must not decrease; an older one is ignored.
    /// Returns whether the snapshot was kept.
    bool offer(long iteration, const bp::Vector& weights);
    /// Replaces everything (a run read from a file); thins at once if over the cap.
    void assign(std::vector<bp::TimelineSnapshot> snapshots);
    void clear();

    const std::vector<bp::TimelineSnapshot>& snapshots() const { return snapshots_; }
    bool empty() const { return snapshots_.empty(); }
    /// Bytes held by the weight vectors.
    std::size_t bytes() const;
    /// How many snapshots of `parameterCount` weights fit the cap (at least 2).
    std::size_t capacityFor(long parameterCount) const;
    long stride() const { return stride_; }
    std::size_t maxBytes() const { return maxBytes_; }

private:
    void thin();

    std::size_t maxBytes_;
    std::size_t maxCount_;
    long stride_ = 1;
    std::vector<bp::TimelineSnapshot> snapshots_;
};

} // namespace bpui

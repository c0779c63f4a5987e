#pragma once
// The live run's gradient health over time: one sample per snapshot that carries one
// (TrainingSnapshot::health, at most ~10 Hz), numbered like the cost history's rows. It
// starts over whenever the cost history does (LiveHistory::reset: Reset weights, a new
// architecture or data, a project opened), so it always describes the current network.
//
// Memory is bounded however long the run: when kMaxSamples are held, every other sample
// goes and only every second new one is kept from then on (then every fourth, …), so the
// samples stay evenly spread over the whole run, like the cost plot's decimation keeps its
// shape. A week-long run at 10 Hz holds ≤ kMaxSamples × (3 L) doubles (~0.5 MB for L = 10).
// latest() is always the newest sample, kept or not. GUI thread only.
//
// Like the cost history it is kept with the project (bp::ProjectGradientHistory, key
// "gradient_history"): toProject() for a save, restore() when a project is opened, after
// its live run (if it continues) is back in the LiveHistory.

#include "gradienthealth.h"
#include "projectfile.h"

#include <QObject>

#include <cstddef>
#include <vector>

namespace bpui {

class LiveHistory;
class TrainingController;
struct TrainingSnapshot;

class GradientHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr std::size_t kMaxSamples = 2048;

    /// iteration: the history's numbering (continuing across Train / Stop / Train).
    using Sample = bp::GradientHealthSample;

    /// Follows `training`'s snapshots and starts over with `history`; either may be null
    /// (tests feed record() directly).
    GradientHistory(TrainingController* training, LiveHistory* history, QObject* parent = nullptr);

    const std::vector<Sample>& samples() const { return samples_; }
    bool empty() const { return samples_.empty(); }
    /// The newest sample (valid when !empty()).
    const Sample& latest() const { return latest_; }
    /// Θ count of the samples held (0 when empty).
    int layerCount() const;
    /// Keep one new sample in `stride()`: 1 until the first thinning, then 2, 4, …
    std::size_t stride() const { return stride_; }

    /// Adds the snapshot's figures, if it carries any (renumbered snapshot: latest.iteration
    /// is the history's).
    void record(const TrainingSnapshot& snapshot);
    void append(long iteration, const bp::GradientHealth& health);
    void clear();

    /// The samples, stride and count for the project file (empty samples when none).
    bp::ProjectGradientHistory toProject() const;
    /// Replaces everything by a file's history (reset(), then appended() when it has
    /// samples). The file's samples describe its live run, so they are taken only when that
    /// run continues, i.e. the live history has rows and none of the samples is numbered past
    /// its last row, and when each sample has `thetaCount` layers (the project's network);
    /// otherwise the history is just cleared. Returns whether the samples were taken.
    bool restore(const bp::ProjectGradientHistory& kept, int thetaCount);

signals:
    /// A sample arrived (latest() changed; samples() may have too).
    void appended();
    /// Everything went: a new network or history.
    void reset();

private:
    LiveHistory* history_; // may be null (tests)
    std::vector<Sample> samples_;
    Sample latest_;
    std::size_t stride_ = 1;
    std::size_t offered_ = 0; // samples offered since the last thinning
};

} // namespace bpui

#include "session/gradienthistory.h"

#include "session/livehistory.h"
#include "session/trainingcontroller.h"
#include "worker/trainingsnapshot.h"

namespace bpui {

GradientHistory::GradientHistory(TrainingController* training, LiveHistory* history,
                                 QObject* parent)
    : QObject(parent), history_(history)
{
    if (training != nullptr)
        connect(training, &TrainingController::snapshotReceived, this, &GradientHistory::record);
    if (history != nullptr)
        connect(history, &LiveHistory::reset, this, &GradientHistory::clear);
}

int GradientHistory::layerCount() const
{
    return samples_.empty() ? 0 : static_cast<int>(latest_.health.gradientNorms.size());
}

void GradientHistory::record(const TrainingSnapshot& snapshot)
{
    if (snapshot.health)
        append(snapshot.latest.iteration, *snapshot.health);
}

void GradientHistory::append(long iteration, const bp::GradientHealth& health)
{
    // Another network's figures (a run of the old architecture still draining) never mix.
    if (!samples_.empty() && health.gradientNorms.size() != latest_.health.gradientNorms.size())
        clear();
    latest_ = Sample{iteration, health};
    if (offered_++ % stride_ == 0)
        samples_.push_back(latest_);
    if (samples_.size() >= kMaxSamples) {
        // Keep samples 0, 2, 4, …: still evenly spread, half as dense.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < samples_.size(); i += 2)
            samples_[kept++] = std::move(samples_[i]);
        samples_.resize(kept);
        // The newest went (odd index); the last kept one is the old stride s before it, so
        // the next kept is s offers on: offered_ = s + 1 reaches 2s then.
        offered_ = stride_ + 1;
        stride_ *= 2;
    }
    emit appended();
}

void GradientHistory::clear()
{
    const bool had = !samples_.empty();
    samples_.clear();
    samples_.shrink_to_fit();
    latest_ = {};
    stride_ = 1;
    offered_ = 0;
    if (had)
        emit reset();
}

bp::ProjectGradientHistory GradientHistory::toProject() const
{
    bp::ProjectGradientHistory kept;
    kept.samples = samples_;
    kept.stride = stride_;
    kept.offered = offered_;
    return kept;
}

bool GradientHistory::restore(const bp::ProjectGradientHistory& kept, int thetaCount)
{
    bool fits = !kept.samples.empty() && kept.stride >= 1 &&
                kept.samples.size() < kMaxSamples && history_ != nullptr && !history_->empty();
    for (std::size_t i = 0; fits && i < kept.samples.size(); ++i) {
        const Sample& s = kept.samples[i];
        fits = s.health.gradientNorms.size() == static_cast<std::size_t>(thetaCount) &&
               s.health.ratios.size() == s.health.gradientNorms.size() &&
               s.iteration <= history_->back().iteration &&
               (i == 0 || s.iteration >= kept.samples[i - 1].iteration);
    }
    // reset() even when empty: the dock drops whatever it drew before the project came in.
    samples_.clear();
    latest_ = {};
    stride_ = 1;
    offered_ = 0;
    emit reset();
    if (!fits)
        return false;
    samples_ = kept.samples;
    latest_ = samples_.back();
    stride_ = kept.stride;
    offered_ = kept.offered;
    emit appended();
    return true;
}

} // namespace bpui

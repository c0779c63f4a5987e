#include "session/chunkedprediction.h"

#include "session/livethrottle.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace bpui {

ChunkedPrediction::ChunkedPrediction(QObject* parent) : QObject(parent), timer_(new QTimer(this))
{
    timer_->setSingleShot(true);
    timer_->setInterval(0); // the next slice after whatever events are waiting
    connect(timer_, &QTimer::timeout, this, &ChunkedPrediction::step);
}

void ChunkedPrediction::start(bp::Network network, std::shared_ptr<const bp::Matrix> features,
                              bp::Index m)
{
    ++generation_;
    announcing_ = false;
    if (network.architecture() != network_.architecture())
        slice_ = 64; // sizes learnt on another network mean nothing here
    network_ = std::move(network);
    features_ = std::move(features);
    total_ = std::clamp<bp::Index>(m, 0, features_ ? features_->cols() : 0);
    done_ = 0;
    sweepMs_ = 0.0;
    outputs_.resize(network_.architecture().outputSize(), total_);
    timer_->start();
}

void ChunkedPrediction::cancel()
{
    timer_->stop();
    features_.reset();
    announcing_ = false;
}

int ChunkedPrediction::restMs(int floorMs) const
{
    return restIntervalMs(busyMs_, floorMs);
}

bool ChunkedPrediction::evaluates(const bp::Architecture& arch, const bp::Matrix& features) const
{
    return features_ && features_.get() == &features && network_.architecture() == arch;
}

bool ChunkedPrediction::isRunning() const
{
    return timer_->isActive() || announcing_;
}

void ChunkedPrediction::step()
{
    if (!features_)
        return;
    QElapsedTimer clock;
    clock.start();
    const bp::Index n = std::min(slice_, total_ - done_);
    if (n > 0)
        outputs_.middleCols(done_, n) = network_.predict(features_->middleCols(done_, n));
    done_ += n;
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    sweepMs_ += ms;
    // Aim each slice at kSliceTargetMs: the first slices of a sweep find the size.
    if (n == slice_ && ms < kSliceTargetMs / 2)
        slice_ = std::min<bp::Index>(slice_ * 2, 1 << 16);
    else if (ms > kSliceTargetMs * 2)
        slice_ = std::max<bp::Index>(slice_ / 2, 1);
    if (done_ < total_) {
        timer_->start();
        return;
    }
    busyMs_ = sweepMs_;
    // The views' redraw in an event of its own, not on top of this slice; a start() or
    // cancel() before it is delivered withdraws it.
    announcing_ = true;
    QMetaObject::invokeMethod(
        this,
        [this, generation = generation_] {
            if (generation != generation_ || !announcing_)
                return;
            announcing_ = false;
            emit finished();
            if (generation == generation_)
                features_.reset(); // unless a handler started the next sweep
        },
        Qt::QueuedConnection);
}

} // namespace bpui

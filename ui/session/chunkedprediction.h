#pragma once
// The network's outputs for the first m examples of a data set, computed on the GUI thread in
// slices of a few milliseconds each, so that no single event holds the window up while a
// view (confusion matrix, misclassified browser) evaluates thousands of examples during
// training. One sweep at a time; start() abandons the one in progress.
//
// Why not a thread: the views' sweeps are small next to training (≤ 10,000 examples, a few
// per cent of the time when throttled by busyMs()), slicing needs no locking or lifetime
// hand-over, and the result lands on the GUI thread where the views use it.

#include "network.h"

#include <QObject>

#include <cstdint>
#include <memory>

class QTimer;

namespace bpui {

class ChunkedPrediction : public QObject
{
    Q_OBJECT
public:
    /// Each slice aims at about this long: far below the 30 ms a person notices.
    static constexpr double kSliceTargetMs = 6.0;

    explicit ChunkedPrediction(QObject* parent = nullptr);

    /// Evaluates `network` on features->leftCols(m) (examples as columns). `features` is held
    /// until finished() has been handled, so the data may be replaced meanwhile.
    void start(bp::Network network, std::shared_ptr<const bp::Matrix> features, bp::Index m);
    /// Abandons the sweep in progress (finished() is not emitted).
    void cancel();
    bool isRunning() const;
    /// While running and inside finished(): whether this sweep is of a network of `arch` over
    /// exactly `features`, i.e. still about what a view would evaluate now.
    bool evaluates(const bp::Architecture& arch, const bp::Matrix& features) const;

    /// After finished(): the outputs, one column per example.
    const bp::Matrix& outputs() const { return outputs_; }
    /// Time spent computing in the last completed sweep (excluding the gaps between slices).
    double busyMs() const { return busyMs_; }
    /// How long a view should wait before its next sweep (livethrottle.h).
    int restMs(int floorMs) const;
    /// Examples per slice at present (adapts to the network's size; for tests).
    bp::Index sliceExamples() const { return slice_; }

signals:
    void finished();

private:
    void step();

    QTimer* timer_;
    bp::Network network_;
    std::shared_ptr<const bp::Matrix> features_;
    bp::Matrix outputs_;
    bp::Index total_ = 0;
    bp::Index done_ = 0;
    bp::Index slice_ = 64;
    double busyMs_ = 0.0;
    double sweepMs_ = 0.0;
    std::uint64_t generation_ = 0; // one per start()
    bool announcing_ = false;      // finished() is queued for the current sweep
};

} // namespace bpui

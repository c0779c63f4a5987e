#pragma once
// How long the GUI thread's event loop was busy: a 1 ms precise timer on that thread records
// the gaps between its firings (a gap of 25 ms is a 24 ms stall). Shared by the GUI
// benchmarks that open, train or run curves through the real window.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace bench {

class StallProbe
{
public:
    StallProbe()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 now = clock_.nsecsElapsed();
            gapsMs_.push_back(static_cast<double>(now - previous_) / 1e6);
            previous_ = now;
        });
    }

    void start()
    {
        gapsMs_.clear();
        previous_ = 0;
        clock_.start();
        timer_.start();
    }

    /// Stops probing; the seconds since start().
    double stop()
    {
        timer_.stop();
        return static_cast<double>(clock_.nsecsElapsed()) / 1e9;
    }

    const std::vector<double>& gapsMs() const { return gapsMs_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 previous_ = 0;
    std::vector<double> gapsMs_;
};

} // namespace bench

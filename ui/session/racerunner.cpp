#include "session/racerunner.h"

#include "network.h"

#include <QMetaObject>

#include <cassert>
#include <chrono>
#include <exception>
#include <utility>

namespace bpui {

namespace {

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

RaceRunner::RaceRunner(QObject* parent) : QObject(parent) {}

RaceRunner::~RaceRunner()
{
    stop();
    joinAll();
}

void RaceRunner::start(RaceSpec spec)
{
    assert(!running_ && "RaceRunner::start while a race runs");
    joinAll();
    spec_ = std::move(spec);
    cancel_.reset();
    {
        std::lock_guard lock(mutex_);
        turn_ = 0;
        stopRequested_ = false;
        drainPosted_ = false;
        lastPostMs_ = 0;
        boxes_.assign(spec_.entries.size(), Mailbox{});
    }
    running_ = true;
    stopped_ = false;
    threads_.reserve(spec_.entries.size());
    for (int i = 0; i < racerCount(); ++i)
        threads_.emplace_back([this, i] { racerMain(i); });
}

void RaceRunner::stop()
{
    {
        std::lock_guard lock(mutex_);
        if (!running_ || stopRequested_)
            return;
        stopRequested_ = true;
    }
    stopped_ = true;
    cancel_.cancel(); // ends a long line search too
    turnChanged_.notify_all();
}

void RaceRunner::joinAll()
{
    for (std::thread& thread : threads_)
        if (thread.joinable())
            thread.join();
    threads_.clear();
}

int RaceRunner::nextTurnLocked(int from) const
{
    const int n = static_cast<int>(boxes_.size());
    for (int step = 1; step <= n; ++step) {
        const int i = (from + step) % n;
        if (!boxes_[static_cast<std::size_t>(i)].done)
            return i;
    }
    return -1;
}

void RaceRunner::postLocked(bool force)
{
    if (drainPosted_)
        return;
    const long long now = nowMs();
    if (!force && now - lastPostMs_ < kWeightsIntervalMs)
        return;
    drainPosted_ = true;
    lastPostMs_ = now;
    QMetaObject::invokeMethod(this, &RaceRunner::drain, Qt::QueuedConnection);
}

void RaceRunner::racerMain(int index)
{
    const auto me = static_cast<std::size_t>(index);
    {
        std::unique_lock lock(mutex_);
        turnChanged_.wait(lock, [&] { return turn_ == index || stopRequested_; });
    }
    bp::TrainingResult result;
    bp::Vector finalWeights;
    std::string error;
    bool ran = false;
    {
        std::unique_lock lock(mutex_);
        ran = !stopRequested_;
    }
    if (ran) {
        try {
            bp::Network network(spec_.architecture, spec_.initialWeights);
            const bp::DataSplit& split = *spec_.split;
            const bp::Dataset* validation =
                split.validation.size() > 0 ? &split.validation : nullptr;
            bp::Trainer trainer(network, split.train, validation, spec_.entries[me].config);
            long long lastWeightsMs = -kWeightsIntervalMs;
            auto hook = [&](const bp::IterationStats& row, const bp::Vector& params) {
                std::unique_lock lock(mutex_);
                Mailbox& box = boxes_[me];
                box.rows.push_back(row);
                box.lastIteration = row.iteration;
                const long long now = nowMs();
                const bool small = params.size() <= kSmallNetwork;
                if (now - lastWeightsMs >= kWeightsIntervalMs ||
                    (small && row.iteration % kSmallEvery == 0)) {
                    lastWeightsMs = now;
                    box.weights.push_back({row.iteration, params});
                }
                postLocked(false);
                if (spec_.interleaved) {
                    turn_ = nextTurnLocked(index);
                    turnChanged_.notify_all();
                    turnChanged_.wait(lock, [&] { return turn_ == index || stopRequested_; });
                }
                return !stopRequested_;
            };
            result = trainer.run(hook, &cancel_);
            finalWeights = network.parameters();
        } catch (const std::exception& e) {
            error = e.what();
        } catch (...) {
            error = "unknown error";
        }
    }
    std::lock_guard lock(mutex_);
    Mailbox& box = boxes_[me];
    box.done = true;
    box.result = result;
    box.finalWeights = std::move(finalWeights);
    box.error = ran ? error : std::string();
    if (turn_ == index)
        turn_ = nextTurnLocked(index);
    turnChanged_.notify_all();
    postLocked(true);
}

void RaceRunner::drain()
{
    struct Taken
    {
        std::vector<bp::IterationStats> rows;
        std::vector<bp::TimelineSnapshot> weights;
        bool finishedNow = false;
        bp::TrainingResult result;
        bp::Vector finalWeights;
        std::string error;
    };
    std::vector<Taken> taken(boxes_.size());
    long done = 0;
    bool allDone = true;
    {
        std::lock_guard lock(mutex_);
        drainPosted_ = false;
        for (std::size_t i = 0; i < boxes_.size(); ++i) {
            Mailbox& box = boxes_[i];
            taken[i].rows.swap(box.rows);
            taken[i].weights.swap(box.weights);
            if (box.done && !box.reported) {
                box.reported = true;
                taken[i].finishedNow = true;
                taken[i].result = box.result;
                taken[i].finalWeights = box.finalWeights;
                taken[i].error = box.error;
            }
            done += box.lastIteration;
            allDone = allDone && box.done;
        }
    }
    long total = 0;
    for (const RaceEntry& entry : spec_.entries)
        total += entry.config.maxIterations;
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const int racer = static_cast<int>(i);
        if (!taken[i].rows.empty())
            emit rowsArrived(racer, taken[i].rows);
        for (const bp::TimelineSnapshot& snapshot : taken[i].weights)
            emit weightsArrived(racer, snapshot.iteration, snapshot.weights);
        if (taken[i].finishedNow)
            emit racerFinished(racer, taken[i].result, taken[i].finalWeights,
                               QString::fromStdString(taken[i].error));
    }
    emit progress(done, total);
    if (allDone && running_) {
        joinAll(); // every racer has left its loop: the joins return at once
        running_ = false;
        emit finished(stopped_);
    }
}

} // namespace bpui

#include "session/racerunner.h"

#include "network.h"

#include <cassert>
#include <chrono>
#include <deque>
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
    mailbox_.reset();
    {
        std::lock_guard lock(mutex_);
        turn_ = 0;
        stopRequested_ = false;
        ended_.assign(spec_.entries.size(), false);
    }
    lastIteration_.assign(spec_.entries.size(), 0);
    reported_ = 0;
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
    const int n = static_cast<int>(ended_.size());
    for (int step = 1; step <= n; ++step) {
        const int i = (from + step) % n;
        if (!ended_[static_cast<std::size_t>(i)])
            return i;
    }
    return -1;
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
                RacerMessage message;
                message.racer = index;
                message.row = row;
                const long long now = nowMs();
                const bool small = params.size() <= kSmallNetwork;
                if (now - lastWeightsMs >= kWeightsIntervalMs ||
                    (small && row.iteration % kSmallEvery == 0)) {
                    lastWeightsMs = now;
                    message.weights = params;
                }
                mailbox_.put(std::move(message));
                std::unique_lock lock(mutex_);
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
    {
        std::lock_guard lock(mutex_);
        ended_[me] = true;
        if (turn_ == index)
            turn_ = nextTurnLocked(index);
        turnChanged_.notify_all();
    }
    // The racer's last act: once drain() has every end, the joins return at once.
    RacerMessage end;
    end.kind = RacerMessage::Kind::End;
    end.racer = index;
    end.result = result;
    end.finalWeights = std::move(finalWeights);
    end.error = ran ? error : std::string();
    mailbox_.put(std::move(end), Mailbox<RacerMessage>::Wake::Now);
}

void RaceRunner::drain()
{
    // Per racer, in the order they were put: the same signals whichever way the racers'
    // messages interleaved in the mailbox.
    struct Taken
    {
        std::vector<bp::IterationStats> rows;
        std::vector<bp::TimelineSnapshot> weights;
        const RacerMessage* end = nullptr;
    };
    std::deque<RacerMessage> batch = mailbox_.takeAll();
    std::vector<Taken> taken(lastIteration_.size());
    for (RacerMessage& message : batch) {
        const auto racer = static_cast<std::size_t>(message.racer);
        if (message.kind == RacerMessage::Kind::End) {
            taken[racer].end = &message;
            ++reported_;
            continue;
        }
        taken[racer].rows.push_back(message.row);
        lastIteration_[racer] = message.row.iteration;
        if (message.weights)
            taken[racer].weights.push_back({message.row.iteration, std::move(*message.weights)});
    }
    long done = 0;
    for (long last : lastIteration_)
        done += last;
    const bool allDone = reported_ == racerCount();
    long total = 0;
    for (const RaceEntry& entry : spec_.entries)
        total += entry.config.maxIterations;
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const int racer = static_cast<int>(i);
        if (!taken[i].rows.empty())
            emit rowsArrived(racer, taken[i].rows);
        for (const bp::TimelineSnapshot& snapshot : taken[i].weights)
            emit weightsArrived(racer, snapshot.iteration, snapshot.weights);
        if (const RacerMessage* end = taken[i].end)
            emit racerFinished(racer, end->result, end->finalWeights,
                               QString::fromStdString(end->error));
    }
    emit progress(done, total);
    if (allDone && running_) {
        joinAll(); // every racer has left its loop: the joins return at once
        running_ = false;
        emit finished(stopped_);
    }
}

} // namespace bpui

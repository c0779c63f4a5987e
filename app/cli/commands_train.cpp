// `backprop-cli train`: train a network headlessly, print progress as JSON lines, and write
// model.json, history.csv and summary.json.

#include "commands.h"
#include "output.h"
#include "setup.h"

#include "memorybudget.h"
#include "trainer.h"

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <limits>

namespace bpcli {

namespace {

// Set from the SIGINT handler: the trainer stops at the next check and we still write files.
bp::CancellationToken* gInterruptToken = nullptr;

extern "C" void onInterrupt(int)
{
    // std::atomic<bool> is lock-free, so its store is async-signal-safe. A second Ctrl-C kills.
    if (gInterruptToken != nullptr)
        gInterruptToken->cancel();
    std::signal(SIGINT, SIG_DFL);
}

std::string shortNumber(double x)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", x);
    return buffer;
}

ArgParser trainParser()
{
    ArgParser parser("train", "Train a feed-forward network and write DIR/model.json, "
                              "DIR/history.csv and DIR/summary.json.\nProgress goes to stdout "
                              "as JSON lines; the last line is the summary.");
    addNetworkOptions(parser, true);
    const bp::TrainingConfig defaults;
    std::string optimizers;
    for (bp::OptimizerKind kind : bp::allOptimizers())
        optimizers += (optimizers.empty() ? "" : "|") + std::string(bp::toString(kind));
    parser.addOption("optimizer", "NAME", optimizers + " (default gd).");
    parser.addOption("lr", "RATE",
                     "Learning rate for gd, momentum and adam (default " +
                         shortNumber(defaults.learningRate) + ").");
    parser.addOption("momentum", "MU",
                     "Momentum coefficient (default " + shortNumber(defaults.momentum) + ").");
    parser.addOption("lambda", "L", "L2 regularisation strength, bias excluded (default 0).");
    parser.addOption("batch-size", "N", "Mini-batch size; 0 = full batch (default 0).");
    parser.addOption("iterations", "N",
                     "Stop after N iterations; 0 = no limit (default " +
                         std::to_string(defaults.maxIterations) + ").");
    parser.addOption("epochs", "N", "Stop after N passes over the data; 0 = no limit (default 0).");
    parser.addOption("target-cost", "J", "Stop when the training cost falls to J.");
    parser.addOption("time-limit", "SECONDS", "Stop after this long; 0 = no limit (default 0).");
    parser.addOption("patience", "N",
                     "Early stopping: stop after N validation checks without\nimprovement and "
                     "restore the best weights (needs --validation).");
    parser.addFlag("no-epoch-cost",
                   "Mini-batches: skip the full training-set J (and accuracy)\nthe history "
                   "records at row 0 and at each epoch end: one\nforward pass over the data "
                   "per epoch. --target-cost then\nhas nothing to judge and is refused.");
    parser.addOption("out", "DIR", "Output directory, created if missing (required).");
    parser.addOption("progress-interval", "SECONDS",
                     "Print a progress line at most this often (default 0.5).");
    parser.addOption("progress-every", "N", "Print a progress line every N iterations instead.");
    parser.addFlag("quiet", "Print only the final summary line.");
    parser.setEpilog("Exit codes: 0 trained, 2 bad usage or input, 3 diverged (model holds the\n"
                     "last finite weights), 130 interrupted (files still written).\n\n"
                     "Example:\n  backprop-cli train --data builtin:xor --hidden 8 "
                     "--optimizer adam --lr 0.05 --out run1");
    return parser;
}

bp::TrainingConfig configFrom(const ArgParser& args, const Prepared& prepared)
{
    bp::TrainingConfig config = trainingOptions(args, prepared.seed);
    constexpr double kHuge = std::numeric_limits<double>::max();
    config.targetCost =
        args.number("target-cost", std::numeric_limits<double>::quiet_NaN(), -kHuge, kHuge);
    if (args.has("no-epoch-cost")) {
        if (!std::isnan(config.targetCost))
            throw UsageError("--target-cost needs the epoch-end training cost: drop --no-epoch-cost");
        config.monitorTrainingSet = false;
    }
    if (config.patience > 0 && prepared.validation.size() == 0)
        throw UsageError("--patience needs a validation split: add --validation FRACTION");
    return config;
}

/// Decides which rows become progress lines: by wall time, or every N iterations.
class ProgressPrinter
{
public:
    ProgressPrinter(double interval, long every, bool quiet)
        : interval_(interval), every_(every), quiet_(quiet)
    {
    }

    void row(const bp::IterationStats& stats)
    {
        if (quiet_)
            return;
        const Clock::time_point now = Clock::now();
        const bool due =
            every_ > 0 ? stats.iteration % every_ == 0
                       : !printedAny_ || now - last_ >= std::chrono::duration<double>(interval_);
        if (!due)
            return;
        printJsonLine(statsJson(stats));
        printedAny_ = true;
        last_ = now;
    }

private:
    using Clock = std::chrono::steady_clock;
    double interval_;
    long every_;
    bool quiet_;
    bool printedAny_ = false;
    Clock::time_point last_;
};

/// The row describing the weights training ended with: after early stopping the trainer
/// restores the best validation row's weights, not the last row's.
bp::IterationStats finalRow(const std::vector<bp::IterationStats>& history, bp::StopReason reason)
{
    if (history.empty())
        return {};
    if (reason != bp::StopReason::EarlyStopping)
        return history.back();
    const bp::IterationStats* best = nullptr;
    for (const bp::IterationStats& row : history) {
        if (std::isfinite(row.validationCost) &&
            (best == nullptr || row.validationCost < best->validationCost))
            best = &row;
    }
    return best != nullptr ? *best : history.back();
}

} // namespace

int runTrain(const Args& argv)
{
    ArgParser args = trainParser();
    args.parse(argv);
    if (args.helpRequested()) {
        std::fputs(args.help().c_str(), stdout);
        return kExitOk;
    }
    const std::string outDir = args.required("out");
    const double interval = args.number("progress-interval", 0.5, 0.0, 1e9);
    const long every = static_cast<long>(args.integer("progress-every", 0, 0, 1000000000));

    Prepared prepared = prepare(args, true);
    const bp::TrainingConfig config = configFrom(args, prepared);
    bp::checkTrainingMemory(prepared.model.network.architecture(), config, prepared.train.size(),
                            prepared.validation.size());

    std::error_code error;
    std::filesystem::create_directories(outDir, error);
    if (error)
        throw bp::InputError(outDir, "", "cannot create the output directory: " + error.message());

    bp::Network& network = prepared.model.network;
    bp::Trainer trainer(network, prepared.train,
                        prepared.validation.size() > 0 ? &prepared.validation : nullptr, config);
    ProgressPrinter progress(interval, every, args.has("quiet"));

    bp::CancellationToken interrupt;
    gInterruptToken = &interrupt;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    bp::TrainingResult result;
    try {
        result = trainer.run(
            [&](const bp::IterationStats& stats, const bp::Vector&) {
                progress.row(stats);
                return true;
            },
            &interrupt);
    } catch (...) {
        std::signal(SIGINT, previousHandler);
        gInterruptToken = nullptr;
        throw;
    }
    std::signal(SIGINT, previousHandler);
    gInterruptToken = nullptr;

    const std::filesystem::path dir(outDir);
    bp::saveModel((dir / "model.json").string(), prepared.model);
    writeTextFile((dir / "history.csv").string(), historyCsv(trainer.history().rows()));

    Json summary;
    summary["event"] = "summary";
    summary["stop_reason"] = std::string(bp::toString(result.reason));
    summary["message"] = result.message;
    summary["iterations"] = result.iterations;
    summary["evaluations"] = result.evaluations;
    summary["final_cost"] = number(result.finalCost);
    // Mini-batch rows measure the full training set only at epoch ends, so the final
    // accuracies are computed here from the final weights rather than taken from a row.
    const bp::IterationStats last = finalRow(trainer.history().rows(), result.reason);
    summary["full_train_cost"] = number(last.fullTrainCost);
    summary["train_accuracy"] = number(classificationAccuracy(network, prepared.train));
    summary["validation_cost"] = number(last.validationCost);
    summary["validation_accuracy"] = number(classificationAccuracy(network, prepared.validation));
    summary["elapsed_seconds"] = number(result.elapsedSeconds);
    summary["iterations_per_second"] =
        number(result.elapsedSeconds > 0 ? result.iterations / result.elapsedSeconds
                                         : std::numeric_limits<double>::quiet_NaN());
    summary["architecture"] = architectureJson(network.architecture());
    summary["optimizer"] = std::string(bp::toString(config.optimizer));
    summary["seed"] = prepared.seed;
    summary["train_examples"] = prepared.train.size();
    summary["validation_examples"] = prepared.validation.size();
    if (prepared.test.size() > 0)
        summary["test"] = metricsJson(network, prepared.test, prepared.model.classNames);
    summary["model"] = (dir / "model.json").string();
    summary["history"] = (dir / "history.csv").string();
    writeTextFile((dir / "summary.json").string(), summary.dump(2) + "\n");
    printJsonLine(summary);

    if (result.reason == bp::StopReason::Diverged) {
        std::fprintf(stderr, "backprop-cli train: %s\n", result.message.c_str());
        return kExitDiverged;
    }
    if (result.reason == bp::StopReason::Cancelled)
        return kExitInterrupted;
    return kExitOk;
}

} // namespace bpcli

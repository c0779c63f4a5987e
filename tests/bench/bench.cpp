// Backprop Studio's benchmark suite (scripts/bench): the workloads of the performance issue,
// an in-run GEMM reference for the same shapes, loader throughput and memory peaks.
// Prints a table and writes JSON. Never part of ctest: speed is measured, not asserted.

#include "costfunction.h"
#include "curves.h"
#include "csvloader.h"
#include "dataset.h"
#include "generators.h"
#include "idxloader.h"
#include "initializer.h"
#include "landscape.h"
#include "memorybudget.h"
#include "preprocessing.h"
#include "trainer.h"

#include "benchdata.h"
#include "benchdump.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using bench::fashionOrSynthetic;
using bench::initialParameters;
using bench::kFashion;
using bench::kLambda;
using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

struct Stat
{
    double median = 0.0, min = 0.0, max = 0.0;
};

Stat summarize(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stat s;
    s.min = v.front();
    s.max = v.back();
    s.median = v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    return s;
}

Stat repeat(int runs, const std::function<double()>& once)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i)
        v.push_back(once());
    return summarize(v);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

struct Row
{
    std::string id, what, unit, target;
    Stat value;
    bool met = false;
    std::string note;
};

} // namespace

int main(int argc, char** argv)
{
    bp::tuneAllocatorForTraining(); // as the studio and the CLI do
    std::string jsonPath = "bench-results.json";
    int runs = 5;
    std::string only; // comma-separated ids, e.g. "W3,W4"; empty = everything
    std::string dumpDir; // --dump-workloads DIR: write W1–W4 for the peers (benchdump.h), no timing
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json" && i + 1 < argc)
            jsonPath = argv[++i];
        else if (a == "--dump-workloads" && i + 1 < argc)
            dumpDir = argv[++i];
        else if (a == "--only" && i + 1 < argc)
            only = "," + std::string(argv[++i]) + ",";
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
    }
    std::vector<Row> rows;
    const auto wanted = [&](const char* id) { return only.empty() || only.find("," + std::string(id) + ",") != std::string::npos; };

    // --- loaders ----------------------------------------------------------------------------
    bool real = false;
    Clock::time_point t0 = Clock::now();
    const bp::Dataset fashion = fashionOrSynthetic(&real);
    const double loadSeconds = seconds(t0);
    if (!dumpDir.empty())
        return bench::dumpWorkloads(dumpDir, fashion, real);
    std::string load;
    if (std::ifstream loadavg("/proc/loadavg"); loadavg)
        std::getline(loadavg, load);
    std::printf("load average (1, 5, 15 min …): %s\n", load.c_str());
    std::printf("data: %s\n", real ? "Fashion-MNIST (dataset-fashion-mnist)" : "synthetic data of Fashion-MNIST's shape (package absent)");
    if (real && wanted("L1")) {
        const Stat s = repeat(runs, [] {
            const Clock::time_point t = Clock::now();
            const bp::Dataset d = bp::loadIdx(std::string(kFashion) + "train-images-idx3-ubyte.gz",
                                              std::string(kFashion) + "train-labels-idx1-ubyte.gz");
            return seconds(t);
        });
        rows.push_back({"L1", "load Fashion-MNIST gzip IDX (60000 images)", "s", "< 1", s, s.median < 1.0, ""});
    }
    if (wanted("L2")) {
        std::ostringstream csv;
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> u(-100.0, 100.0);
        csv << "a,b,c,d,e,f,g,h,label\n";
        for (int i = 0; i < 400000; ++i) {
            for (int k = 0; k < 8; ++k)
                csv << u(rng) << ',';
            csv << "class" << (i % 3) << '\n';
        }
        const std::string text = csv.str();
        const double mb = static_cast<double>(text.size()) / 1e6;
        const Stat s = repeat(runs, [&] {
            const Clock::time_point t = Clock::now();
            const bp::Dataset d = bp::parseCsv(text, "bench.csv");
            return mb / seconds(t);
        });
        rows.push_back({"L2", "CSV parsing (" + std::to_string(static_cast<int>(mb)) + " MB)", "MB/s", ">= 100", s, s.median >= 100.0, ""});
    }

    // --- W1: one full-batch step, 784-128-10 sigmoid, m = 60000 -----------------------------
    const bp::Architecture w1 = bench::fashionArchitecture();
    const bp::Matrix Y = bp::encodeTargets(fashion, 10);
    double w1Median = 0.0;
    if (wanted("W1")) {
        bp::Vector params = initialParameters(w1);
        bp::CostFunction cost(w1, fashion.features, Y, kLambda);
        bp::Vector grad;
        cost.evaluate(params, &grad); // warm-up: allocates the workspace
        const Stat s = repeat(runs, [&] {
            const Clock::time_point t = Clock::now();
            cost.evaluate(params, &grad);
            params -= bench::kW1LearningRate * grad;
            return seconds(t);
        });
        w1Median = s.median;
        rows.push_back({"W1", "full-batch GD step, 784-128-10 sigmoid, m = 60000", "s", "<= 0.30", s, s.median <= 0.30, ""});
    }
    const double w1Rss = peakRssMb();

    // --- GEMM reference for W1's shapes -----------------------------------------------------
    double gemmRate = 0.0; // GFLOP/s, median; 0 when not measured
    if (wanted("W1")) {
        const bp::Index m = fashion.size();
        const bp::Matrix W1 = bp::Matrix::Random(128, 784), W2 = bp::Matrix::Random(10, 128);
        bp::Matrix Z1(128, m), Z2(10, m), G1(128, 784), G2(10, 128), D1(128, m);
        const bp::Matrix& X = fashion.features;
        const double flops = 4.0 * static_cast<double>(m) * static_cast<double>(w1.parameterCount());
        const auto products = [&] {
            const Clock::time_point t = Clock::now();
            Z1.noalias() = W1 * X;           // forward, layer 1
            Z2.noalias() = W2 * Z1;          // forward, layer 2
            G2.noalias() = Z2 * Z1.transpose(); // ∂/∂Θ(2)
            D1.noalias() = W2.transpose() * Z2; // δ(1)
            G1.noalias() = D1 * X.transpose();  // ∂/∂Θ(1)
            return flops / seconds(t) / 1e9;
        };
        products(); // warm-up, as W1 has: the first touch of Z1 and D1's 120 MB faults pages in
        const Stat s = repeat(runs, products);
        const double stepRate = flops / w1Median / 1e9;
        Row gemm{"G", "GEMM reference, W1 shapes (Eigen, this build)", "GFLOP/s", "-", s, true, ""};
        rows.push_back(gemm);
        gemmRate = s.median;
        Row eff{"E1", "W1 efficiency vs the GEMM reference", "%", ">= 85", Stat{100 * stepRate / s.median, 100 * stepRate / s.max, 100 * stepRate / s.min}, 100 * stepRate / s.median >= 85.0, ""};
        rows.push_back(eff);
    }

    // --- W2: one epoch of mini-batch GD, batch 64 -------------------------------------------
    // W2 is the training epoch alone, as the reference figures time it. W2m is the trainer's
    // default, which also evaluates the whole training set at row 0 and at the epoch end
    // (TrainingConfig::monitorTrainingSet: two forward passes over 60000 examples).
    for (const bool monitor : {false, true}) {
        if (!wanted(monitor ? "W2m" : "W2"))
            continue;
        const Stat s = repeat(runs, [&] {
            bp::Network net(w1, initialParameters(w1));
            bp::Trainer trainer(net, fashion, nullptr, bench::w2Config(monitor));
            const Clock::time_point t = Clock::now();
            trainer.run();
            return seconds(t);
        });
        if (monitor)
            rows.push_back({"W2m", "W2 + full training-set J at start and epoch end (default)", "s", "-", s, true, ""});
        else
            rows.push_back({"W2", "one epoch mini-batch GD (batch 64), same net", "s", "<= 0.40", s, s.median <= 0.40, ""});
        if (!monitor && gemmRate > 0.0) {
            // The same flops as W1 (one pass over the 60000 examples), in 938 products of 64
            // columns: the time the GEMM reference needs for them against W2's.
            const double gemmSeconds = 4.0 * static_cast<double>(fashion.size()) *
                                       static_cast<double>(w1.parameterCount()) / (gemmRate * 1e9);
            rows.push_back({"E2", "W2 efficiency vs the GEMM reference (batch-64 products)", "%", "-",
                            Stat{100 * gemmSeconds / s.median, 100 * gemmSeconds / s.max, 100 * gemmSeconds / s.min}, true,
                            "0.40 s would need " + std::to_string(static_cast<int>(100 * gemmSeconds / 0.40 + 0.5)) + " %"});
        }
    }

    // --- W3: full-batch GD, 2-8-8-1 tanh/sigmoid, 500 2-D points ----------------------------
    if (wanted("W3")) {
        const bp::Dataset circles = bench::w3Circles();
        const bp::Architecture w3 = bench::w3Architecture();
        const long iterations = bench::kW3Iterations;
        const Stat s = repeat(runs, [&] {
            bp::Network net(w3, initialParameters(w3));
            bp::Trainer trainer(net, circles, nullptr, bench::w3Config(iterations));
            const Clock::time_point t = Clock::now();
            trainer.run();
            return static_cast<double>(iterations) / seconds(t);
        });
        rows.push_back({"W3", "full-batch GD, 2-8-8-1 tanh/sigmoid, 500 points", "it/s", ">= 50000", s, s.median >= 50000.0, ""});
    }

    // --- W4: 50 L-BFGS iterations, 400-25-10 sigmoid, m = 5000 ------------------------------
    if (wanted("W4")) {
        const bp::Dataset small = bench::downsampleTo20(fashion, 5000);
        const bp::Architecture w4 = bench::w4Architecture();
        long w4Evaluations = 0;
        const Stat s = repeat(runs, [&] {
            bp::Network net(w4, initialParameters(w4));
            bp::Trainer trainer(net, small, nullptr, bench::w4Config());
            const Clock::time_point t = Clock::now();
            w4Evaluations = trainer.run().evaluations;
            return seconds(t);
        });
        rows.push_back({"W4", "50 L-BFGS iterations, 400-25-10 sigmoid, m = 5000", "s", "<= 0.30", s, s.median <= 0.30,
                        std::to_string(w4Evaluations) + " evaluations of J and its gradient"});
    }

    if (wanted("W1"))
        rows.push_back({"M1", "peak resident memory with Fashion-MNIST loaded, full batch", "MB", "< 1200", Stat{w1Rss, w1Rss, w1Rss}, w1Rss < 1200.0, ""});
    for (const bool withValidation : {false, true}) {
        if (!wanted(withValidation ? "M2v" : "M2"))
            continue;
        // The trainer's own history (TrainingHistory) of a real W3 run, continued to 10^6 rows
        // by repeating its rows with iteration, epoch and evaluations carried on.
        bp::GeneratorSpec spec;
        spec.name = "circles";
        spec.n = 500;
        spec.noise = 0.1;
        const bp::Dataset circles = bp::generateDataset(spec);
        const bp::Architecture w3 = bp::Architecture::make(2, {8, 8}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
        bp::Network net(w3, bp::initializeParameters(w3, bp::InitKind::UniformEpsilon, 1));
        bp::TrainingConfig config;
        config.learningRate = 0.5;
        config.lambda = 1.0;
        config.maxIterations = 9999;
        bp::Trainer trainer(net, circles, withValidation ? &circles : nullptr, config); // validation: every row
        trainer.run();
        const std::vector<bp::IterationStats> sample = trainer.history().rows();
        bp::TrainingHistory history;
        for (long i = 0; i < 1000000; ++i) {
            bp::IterationStats row = sample[static_cast<std::size_t>(i) % sample.size()];
            row.iteration = i;
            row.epoch = static_cast<double>(i);
            row.evaluations = i + 1;
            history.push_back(row);
        }
        const double mb = static_cast<double>(history.bytes()) / 1e6;
        rows.push_back({withValidation ? "M2v" : "M2", withValidation ? "cost history of 10^6 full-batch iterations, validation on every row" : "cost history of 10^6 full-batch iterations", "MB", "< 50", Stat{mb, mb, mb}, mb < 50.0,
                        "(" + std::to_string(sizeof(bp::IterationStats)) + "-byte rows before)"});
    }
    // --- C1: a 10-size learning curve of the studio's spiral example on two threads ---------
    // Issue 14: ≤ 1.2 × the time of training the largest size alone twice (i.e. both cores
    // used: the sizes sum to about 3.3 × the largest). Baseline and curve run the same
    // single-threaded point code (bp::runCurvePoint), so the ratio measures the pool alone.
    if (wanted("C1")) {
        bp::GeneratorSpec spec;
        spec.name = "spiral";
        spec.n = 300;
        spec.noise = 0.1;
        spec.classes = 3;
        bp::Normalization scaling;
        const bp::DataSplit split = bp::splitAndNormalize(bp::generateDataset(spec), 0.2, 0.0, 1,
                                                          bp::NormalizationKind::Standard, &scaling);
        bp::CurvePlan plan;
        plan.architecture = bp::Architecture::make(2, {16, 16}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
        plan.config.optimizer = bp::OptimizerKind::Adam;
        plan.config.learningRate = 0.01;
        plan.config.maxIterations = 1000;
        plan.values = bp::learningCurveSizes(split.train, 10);
        bp::CurvePlan largest = plan;
        largest.values = {plan.values.back()};
        // The scheduler runCurve had before: one queue in ascending order on two threads, so
        // the largest point started last while the other thread ran out of work. Run in the
        // same repetitions (A/B interleaved), to show what the two-ended queue changed.
        const auto ascendingQueue = [&] {
            std::atomic<std::size_t> next{0};
            const auto work = [&] {
                for (std::size_t i = next++; i < plan.values.size(); i = next++)
                    (void)bp::runCurvePoint(plan, split, i);
            };
            std::thread helper(work);
            work();
            helper.join();
        };
        std::vector<double> ratios, curveTimes, baseTimes, oldRatios;
        for (int r = 0; r < runs; ++r) {
            Clock::time_point t = Clock::now();
            (void)bp::runCurvePoint(largest, split, 0);
            (void)bp::runCurvePoint(largest, split, 0);
            const double base = seconds(t);
            t = Clock::now();
            (void)bp::runCurve(plan, split, 2);
            const double curve = seconds(t);
            t = Clock::now();
            ascendingQueue();
            const double old = seconds(t);
            baseTimes.push_back(base);
            curveTimes.push_back(curve);
            ratios.push_back(curve / base);
            oldRatios.push_back(old / base);
            std::printf("  C1 run %d: largest twice %.3f s, curve %.3f s (%.2fx), ascending queue %.3f s (%.2fx)\n",
                        r + 1, base, curve, curve / base, old, old / base);
        }
        const Stat s = summarize(ratios);
        // The same curve on one thread: the work the pool shares (its ratio over 2 is the
        // best two cores can do).
        const Clock::time_point t = Clock::now();
        const std::vector<bp::CurvePoint> serial = bp::runCurve(plan, split, 1);
        const double oneThread = seconds(t);
        // What a loaded machine cannot hide. (1) The work: CPU time of the whole curve over
        // CPU time of the largest point twice, on one thread each; half of it is the ratio
        // two idle cores reach with a perfect pool. (2) The schedule: each point's training
        // time (one thread) replayed through both queues on two idle cores, as a share of
        // the perfect split (half the total).
        const auto cpuNow = [] {
            rusage usage{};
            getrusage(RUSAGE_THREAD, &usage);
            return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
        };
        double c0 = cpuNow();
        (void)bp::runCurve(plan, split, 1);
        const double curveCpu = cpuNow() - c0;
        c0 = cpuNow();
        (void)bp::runCurvePoint(largest, split, 0);
        (void)bp::runCurvePoint(largest, split, 0);
        const double baseCpu = cpuNow() - c0;
        const auto replay = [&serial](bool twoEnded) {
            double busy[2] = {0.0, 0.0};
            std::size_t low = 0, high = serial.size();
            while (low < high) {
                const int k = busy[0] <= busy[1] ? 0 : 1; // the thread that frees up first
                const std::size_t i = (twoEnded && k == 0) ? --high : low++;
                busy[k] += serial[i].seconds;
            }
            return std::max(busy[0], busy[1]);
        };
        double total = 0.0;
        for (const bp::CurvePoint& p : serial)
            total += p.seconds;
        const double work = curveCpu / baseCpu;
        const Row workRow{"C1w", "  work: curve CPU / largest-twice CPU, over 2 (perfect pool)", "x", "-",
                          Stat{work / 2, work / 2, work / 2}, true, ""};
        const double twoEnded = replay(true) / (total / 2);
        const double ascending = replay(false) / (total / 2);
        char scheduleNote[120];
        std::snprintf(scheduleNote, sizeof scheduleNote, "ascending queue %.3f", ascending);
        const Row scheduleRow{"C1s", "  schedule: two-ended queue's makespan / half the work", "x", "-",
                              Stat{twoEnded, twoEnded, twoEnded}, true, scheduleNote};
        char note[200];
        std::snprintf(note, sizeof note, "curve %.3g s vs largest (m = %.0f) twice %.3g s (medians); one thread %.3g s; %zu sizes",
                      summarize(curveTimes).median, plan.values.back(), summarize(baseTimes).median, oneThread, plan.values.size());
        rows.push_back({"C1", "learning curve, 10 sizes, spiral 2-16-16-3 tanh, 1000 it each", "x", "<= 1.2", s, s.median <= 1.2, note});
        rows.push_back({"C1q", "  the same on one ascending queue (the scheduler before)", "x", "-", summarize(oldRatios), true, ""});
        rows.push_back(workRow);
        rows.push_back(scheduleRow);
    }
    // --- LS1: the loss landscape's 41 × 41 contour of the spiral example on two threads ------
    // The studio's default contour (core/landscape.h): J on a 41 × 41 grid of the trajectory's
    // principal plane, m = 300, 2-16-16-3 tanh/softmax trained 1000 Adam steps (a snapshot
    // every 10). Target ≤ 1 s on two cores. The note gives one thread and the PCA itself.
    if (wanted("LS1")) {
        bp::GeneratorSpec spec;
        spec.name = "spiral";
        spec.n = 300;
        spec.noise = 0.1;
        spec.classes = 3;
        bp::Normalization scaling;
        const bp::DataSplit split = bp::splitAndNormalize(bp::generateDataset(spec), 0.0, 0.0, 1,
                                                          bp::NormalizationKind::Standard, &scaling);
        const bp::Architecture arch = bp::Architecture::make(2, {16, 16}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
        bp::Network net(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1));
        bp::TrainingConfig config;
        config.optimizer = bp::OptimizerKind::Adam;
        config.learningRate = 0.01;
        config.maxIterations = 1000;
        std::vector<bp::Vector> trajectory;
        bp::Trainer trainer(net, split.train, nullptr, config);
        trainer.run([&](const bp::IterationStats& stats, const bp::Vector& params) {
            if (stats.iteration % 10 == 0)
                trajectory.push_back(params);
            return true;
        });
        if (!trajectory.back().cwiseEqual(net.parameters()).all())
            trajectory.push_back(net.parameters());
        const bp::Matrix y = bp::encodeTargets(split.train, 3);
        bp::LossLandscape landscape(arch, split.train.features, y, config.lambda);
        Clock::time_point t = Clock::now();
        const bp::LandscapeDirections directions = bp::trajectoryDirections(trajectory);
        const double pcaSeconds = seconds(t);
        landscape.setThreadCount(1);
        t = Clock::now();
        (void)landscape.contour(net.parameters(), directions, 41);
        const double oneThread = seconds(t);
        landscape.setThreadCount(2);
        const Stat s = repeat(runs, [&] {
            const Clock::time_point start = Clock::now();
            (void)landscape.contour(net.parameters(), directions, 41);
            return seconds(start);
        });
        char note[160];
        std::snprintf(note, sizeof note, "one thread %.3g s; PCA of %zu snapshots %.2g s; plane explains %.3f + %.3f",
                      oneThread, trajectory.size(), pcaSeconds, directions.explained1, directions.explained2);
        rows.push_back({"LS1", "loss landscape 41 x 41 contour, spiral 2-16-16-3, m = 300, 2 thr", "s", "<= 1", s, s.median <= 1.0, note});
    }
    (void)loadSeconds;

    // --- report -----------------------------------------------------------------------------
    std::printf("\n%-4s %-58s %12s %12s %12s %-8s %-10s %s\n", "id", "workload", "median", "min", "max", "unit", "target", "met");
    for (const Row& r : rows)
        std::printf("%-4s %-58s %12.4g %12.4g %12.4g %-8s %-10s %s %s\n", r.id.c_str(), r.what.c_str(), r.value.median,
                    r.value.min, r.value.max, r.unit.c_str(), r.target.c_str(), r.met ? "yes" : "NO", r.note.c_str());
    std::ofstream json(jsonPath);
    json << "{\n  \"data\": \"" << (real ? "fashion-mnist" : "synthetic") << "\",\n  \"loadavg\": \"" << load << "\",\n  \"runs\": " << runs << ",\n  \"results\": [\n";
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        json << "    {\"id\": \"" << r.id << "\", \"workload\": \"" << r.what << "\", \"unit\": \"" << r.unit
             << "\", \"median\": " << r.value.median << ", \"min\": " << r.value.min << ", \"max\": " << r.value.max
             << ", \"target\": \"" << r.target << "\", \"met\": " << (r.met ? "true" : "false") << "}"
             << (i + 1 < rows.size() ? "," : "") << "\n";
    }
    json << "  ]\n}\n";
    std::printf("\nwrote %s\n", jsonPath.c_str());
    return 0;
}

// Training through the real window (bps-guibench's second half): the same job headless and
// through bpui::MainWindow's worker with every dock floating and visible, and the GUI
// thread's stalls meanwhile.
//   GW3  W3's job at α = 0.1 (2-8-8-1 tanh/sigmoid, 500 circles points, full-batch GD,
//        60000 iterations)
//   GW2  W2's job with the trainer's default monitoring (784-128-10 sigmoid, Fashion-MNIST,
//        one epoch of batch-64 GD: W2m in bps-bench)
//   GW1  W1's job: 784-128-10 sigmoid, Fashion-MNIST, 5 full-batch GD steps (α = 0.1)
//   GW4  W4's job: 400-25-10 sigmoid on 5000 images at 20 × 20, 50 L-BFGS iterations
// Issue 18's target is ≥ 95 % of headless for GW3 and GW2; GW1 and GW4 are reported only.
// Throughput is end to end, as a person sees it: iterations from pressing Train to the
// finished signal on the GUI thread, against iterations / bp::Trainer::run() headless. So
// the GUI figure pays for everything the worker adds: snapshots (≤ 29 Hz), the full-batch
// gradient some snapshots carry for the heat maps, the views' redraws competing for the
// two cores, and the hand-over at start and end.
// Stalls: in separate runs of the same job a 1 ms precise timer on the GUI thread records
// the gaps between its firings; a gap is how long the event loop could not answer.

#include "guibench.h"

#include "benchdata.h"

#include "views/training/divergenceguard.h"
#include "generators.h"
#include "idxloader.h"
#include "views/shell/mainwindow.h"
#include "session/projectmodel.h"
#include "trainer.h"
#include "session/trainingcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>

namespace bench {

namespace {

/// Every dock floating, visible and on screen, tiled: none hidden behind a tab.
void showEveryDock(bpui::MainWindow& window)
{
    int k = 0;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        dock->setFloating(true);
        dock->show();
        dock->resize(520, 380);
        dock->move(40 + (k % 4) * 530, 40 + (k / 4) * 400);
        ++k;
    }
    QApplication::processEvents();
}

/// Iterations per second of the window's job run headless: what the worker starts from. On
/// `runner`'s thread, long-lived like the worker's (a fresh thread's first allocations fault
/// their pages in, which on this VM costs more than the job), with the default number of
/// threads for the matrix products (the GUI thread is limited to one).
double headless(const bpui::ProjectModel& model, QObject* runner, long* iterations)
{
    bp::Network network(model.architecture(), model.parameters());
    const auto split = model.sharedSplit();
    const bp::Dataset* validation = split->validation.size() > 0 ? &split->validation : nullptr;
    bp::Trainer trainer(network, split->train, validation, model.config());
    double s = 0.0;
    bp::TrainingResult result;
    QMetaObject::invokeMethod(
        runner,
        [&] {
            const auto t0 = std::chrono::steady_clock::now();
            // With a hook that does nothing, as the worker's does something: the same code
            // path, so the difference is what the worker's hook costs. (Without a hook this
            // job measured 32k against 42k it/s on the same thread, for no reason found:
            // likely memory placement, since W3 in bps-bench varies between invocations too.)
            result = trainer.run([](const bp::IterationStats&, const bp::Vector&) { return true; });
            s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        },
        Qt::BlockingQueuedConnection);
    *iterations = result.iterations;
    return static_cast<double>(result.iterations) / s;
}

/// CPU seconds the calling thread has used (the GUI thread's, when called on it).
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct WindowRun
{
    double iterationsPerSecond = std::nan("");
    double guiCpuShare = std::nan(""); // GUI-thread CPU time / wall time of the run
    long iterations = 0;
    std::vector<double> gapsMs; // with the probe only
};

/// Resets the weights, presses Train and waits for the finish.
WindowRun throughWindow(bpui::MainWindow& window, bool probe)
{
    window.findChild<QAction*>(QStringLiteral("actionResetWeights"))->trigger();
    QApplication::processEvents();
    bpui::TrainingController* controller = window.controller();
    WindowRun run;
    QEventLoop loop;
    QElapsedTimer clock;
    double cpuAtStart = 0.0;
    QTimer probeTimer;
    probeTimer.setTimerType(Qt::PreciseTimer);
    probeTimer.setInterval(1);
    qint64 previous = 0;
    QObject::connect(&probeTimer, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        run.gapsMs.push_back(static_cast<double>(now - previous) / 1e6);
        previous = now;
    });
    QObject::connect(controller, &bpui::TrainingController::finished, &loop,
                     [&](const bp::TrainingResult& result) {
                         const double s = static_cast<double>(clock.nsecsElapsed()) / 1e9;
                         run.guiCpuShare = (threadCpuSeconds() - cpuAtStart) / s;
                         run.iterations = result.iterations;
                         run.iterationsPerSecond = static_cast<double>(result.iterations) / s;
                         loop.quit();
                     });
    QObject::connect(controller, &bpui::TrainingController::failed, &loop, [&](const QString& m) {
        std::fprintf(stderr, "bps-guibench: training failed: %s\n", qPrintable(m));
        loop.quit();
    });
    // A tripped divergence guard pauses the run: report it rather than wait out the limit.
    if (auto* guard = window.findChild<bpui::DivergenceGuard*>(QStringLiteral("divergenceGuard")))
        QObject::connect(guard, &bpui::DivergenceGuard::trippedAt, &loop,
                         [&](long iteration, const QString& label) {
                             std::fprintf(stderr, "bps-guibench: the divergence guard fired at "
                                                  "iteration %ld (%s): %s\n", iteration,
                                          qPrintable(label), qPrintable(guard->explanation()));
                             loop.quit();
                         });
    if (qEnvironmentVariableIsSet("BPS_GUIBENCH_TRACE"))
        QObject::connect(controller, &bpui::TrainingController::stateChanged, &loop,
                         [&](bpui::TrainingState state) {
                             const auto* why = window.findChild<QLabel*>("divergenceText");
                             std::fprintf(stderr, "  state %s at %.2f s %s\n",
                                          qPrintable(bpui::toDisplayString(state)),
                                          static_cast<double>(clock.nsecsElapsed()) / 1e9,
                                          why && why->isVisible() ? qPrintable(why->text()) : "");
                         });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit); // never hang the suite
    clock.start();
    cpuAtStart = threadCpuSeconds();
    if (probe) {
        previous = clock.nsecsElapsed();
        probeTimer.start();
    }
    window.findChild<QAction*>(QStringLiteral("actionTrainPause"))->trigger();
    loop.exec();
    probeTimer.stop();
    QObject::disconnect(controller, nullptr, &loop, nullptr);
    if (controller->isActive())
        controller->stop();
    QApplication::processEvents(); // the last redraws, before the next run's reset
    return run;
}

void measure(bpui::MainWindow& window, QObject* runner, int runs, const std::string& id,
             const std::string& what, std::vector<Row>& rows, double target = 95.0)
{
    std::vector<double> plain, gui, ratio, p99, worst, guiCpu;
    long iterations = 0;
    for (int r = 0; r < runs; ++r) {
        window.model()->resetWeights();
        const double h = headless(*window.model(), runner, &iterations);
        const WindowRun w = throughWindow(window, false);
        if (w.iterations != iterations)
            std::fprintf(stderr, "bps-guibench: %s ran %ld iterations through the window, %ld "
                                 "headless\n", id.c_str(), w.iterations, iterations);
        const WindowRun probed = throughWindow(window, true);
        plain.push_back(h);
        gui.push_back(w.iterationsPerSecond);
        ratio.push_back(100.0 * w.iterationsPerSecond / h);
        guiCpu.push_back(100.0 * w.guiCpuShare);
        p99.push_back(quantile(probed.gapsMs, 0.99));
        worst.push_back(quantile(probed.gapsMs, 1.0));
        std::printf("  %s run %d: headless %.0f it/s, window %.0f it/s (%.0f %%, GUI thread "
                    "busy %.0f %% of the run), stalls p99 %.1f ms, max %.1f ms (%zu probes)\n",
                    id.c_str(), r + 1, h, w.iterationsPerSecond, ratio.back(), guiCpu.back(),
                    p99.back(), worst.back(), probed.gapsMs.size());
        std::fflush(stdout);
    }
    const double nan = std::nan("");
    rows.push_back({id + "h", what + ", headless (" + std::to_string(iterations) + " it)", "it/s",
                    summarize(plain), nan, true});
    rows.push_back({id, "  the same through the window, every dock live", "it/s", summarize(gui),
                    nan, true});
    rows.push_back({id + "r", "  window / headless throughput", "%", summarize(ratio), target, true});
    rows.push_back({"U" + id.substr(1), "  GUI-thread CPU time meanwhile, % of the run's wall time", "%",
                    summarize(guiCpu), nan, false});
    rows.push_back({"S" + id.substr(1), "  GUI-thread stall meanwhile, 99th percentile", "ms",
                    summarize(p99), 30.0, false});
    rows.push_back({"S" + id.substr(1) + "m", "  GUI-thread stall meanwhile, longest", "ms",
                    summarize(worst), nan, false});
}

} // namespace

void benchTrainingThroughWindow(int runs, std::vector<Row>& rows)
{
    QThread runnerThread; // the headless runs' thread, started once like the worker's
    QObject runner;
    runner.moveToThread(&runnerThread);
    runnerThread.start();
    const auto stopRunner = qScopeGuard([&] {
        runnerThread.quit();
        runnerThread.wait();
    });
    bpui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    showEveryDock(window);
    bpui::ProjectModel* model = window.model();

    {
        bp::GeneratorSpec spec;
        spec.name = "circles";
        spec.n = 500;
        spec.noise = 0.1;
        bpui::DataSource source;
        source.kind = bpui::DataSource::Kind::Generator;
        source.generator = spec;
        model->setDataset(bp::generateDataset(spec), source);
        model->setSplit(0.0, 0.0, 1);
        model->setNormalization(bp::NormalizationKind::None);
        model->setHiddenLayers({8, 8}, {bp::Activation::Tanh, bp::Activation::Tanh});
        model->setOutputActivation(bp::Activation::Sigmoid);
        model->setInitialization(bp::InitKind::UniformEpsilon, 1);
        bp::TrainingConfig config;
        // W3's α = 0.5 makes this job's cost spike (0.33 → 5.6 near iteration 84), which the
        // divergence guard rightly pauses; α = 0.1 runs calmly at the same cost per iteration.
        config.learningRate = 0.1;
        config.lambda = 1.0;
        config.maxIterations = 60000;
        model->setConfig(config);
        measure(window, &runner, runs, "GW3", "W3's job", rows);
    }
    {
        bool real = false;
        bp::Dataset fashion = fashionOrSynthetic(&real);
        std::printf("GW2 data: %s\n", real ? "Fashion-MNIST (dataset-fashion-mnist)"
                                           : "synthetic data of Fashion-MNIST's shape");
        bpui::DataSource source;
        source.kind = bpui::DataSource::Kind::Idx;
        model->setDataset(std::move(fashion), source);
        model->setSplit(0.0, 0.0, 1);
        model->setNormalization(bp::NormalizationKind::None);
        model->setHiddenLayers({128}, {bp::Activation::Sigmoid});
        model->setOutputActivation(bp::Activation::Sigmoid);
        model->setInitialization(bp::InitKind::UniformEpsilon, 1);
        model->setConfig(bench::w2Config(true));
        measure(window, &runner, runs, "GW2", "W2m's job (one epoch, batch 64)", rows);

        bp::TrainingConfig w1 = bench::w3Config(5); // full-batch GD, λ = 1
        w1.learningRate = bench::kW1LearningRate;
        model->setConfig(w1);
        measure(window, &runner, runs, "GW1", "W1's job (5 full-batch steps)", rows, std::nan(""));

        model->setDataset(bench::downsampleTo20(model->dataset(), 5000), source);
        model->setSplit(0.0, 0.0, 1);
        model->setHiddenLayers({25}, {bp::Activation::Sigmoid});
        model->setConfig(bench::w4Config());
        measure(window, &runner, runs, "GW4", "W4's job (50 L-BFGS iterations)", rows, std::nan(""));
    }
}

} // namespace bench

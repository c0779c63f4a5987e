// A learning curve run from the studio, as Diagnose → Learning curve… → Run does it, and the
// GUI thread's stalls meanwhile (issue 14).
//   GC1   the bundled spiral example (2-16-16-3 tanh, Adam, 240 training examples) with a
//         1000-iteration budget: the 10-size learning curve through the dialog and the
//         session's CurveRunner (two threads), from Run to finished on the GUI thread
//   GC1b  the largest size trained twice in a row, one thread, headless (bp::runCurvePoint)
//   GC1r  GC1 / GC1b, each run's pair measured back to back (target ≤ 1.2: both cores used)
//   SC1   the GUI thread's stall during GC1, 99th percentile (target ≤ 30 ms)
// The window is 1280 × 720 with the dialog open, so each finished point redraws its plot and
// reading. Stalls are measured as in guitraining.cpp: a 1 ms precise timer on the GUI thread
// records the gaps between its firings.
//
// And what the cost curve's rows cost in memory (issue 18):
//   M3    10⁶ full-batch rows with validation every row through the session's pieces that
//         keep them — LiveHistory, the cost plot that draws it, the runs model whose live run
//         it is — appended in chunks as the TrainingController does, then a redraw: the heap
//         growth by glibc's mallinfo2 (in use + mmapped), target ≤ 50 MB. BPS_M3_ROWS=N
//         measures N rows instead (how a figure scales with the rows).

#include "guibench.h"
#include "stallprobe.h"

#include "curves.h"
#include "generators.h"
#include "initializer.h"
#include "session/diagnose/curverunner.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "trainer.h"
#include "views/diagnose/curvedialog.h"
#include "views/diagnose/diagnosetools.h"
#include "views/plots/costplot.h"
#include "views/shell/mainwindow.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <malloc.h>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace bench {

void benchCurveThroughWindow(int runs, std::vector<Row>& rows)
{
    bpui::MainWindow window;
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    bpui::ProjectModel* model = window.session()->project();
    bp::TrainingConfig config = model->config();
    config.maxIterations = 1000;
    model->setConfig(config);
    auto* tools = window.findChild<bpui::DiagnoseTools*>();
    bpui::CurveDialog* dialog = tools->learningCurveDialog();
    dialog->show();
    QApplication::processEvents();
    bpui::CurveRunner* runner = tools->runner();

    bpui::CurveRequest request;
    const bp::CurvePlan plan = bpui::CurveRunner::planFor(*model, request);
    bp::CurvePlan largest = plan;
    largest.values = {plan.values.back()};
    const auto split = model->sharedSplit();

    std::vector<double> curveS, baseS, ratio, p99, worst;
    for (int r = 0; r < runs; ++r) {
        // The baseline on a thread of its own, as the curve's points run off the GUI thread.
        double base = 0.0;
        QThread* thread = QThread::create([&] {
            const auto t0 = std::chrono::steady_clock::now();
            (void)bp::runCurvePoint(largest, *split, 0);
            (void)bp::runCurvePoint(largest, *split, 0);
            base = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        });
        thread->start();
        thread->wait();
        delete thread;

        QEventLoop loop;
        StallProbe probe;
        bool cancelled = true;
        int points = 0;
        const auto done = QObject::connect(runner, &bpui::CurveRunner::finished, &loop,
                                           [&](bool c) {
                                               cancelled = c;
                                               loop.quit();
                                           });
        const auto arrived = QObject::connect(runner, &bpui::CurveRunner::pointFinished,
                                              [&points] { ++points; });
        probe.start();
        if (dialog->runCurve())
            loop.exec();
        const double seconds = probe.stop();
        const std::vector<double>& gaps = probe.gapsMs();
        QObject::disconnect(done);
        QObject::disconnect(arrived);
        if (cancelled || points != static_cast<int>(plan.values.size())) {
            std::printf("GC1 run %d: the curve did not finish (%d points)\n", r + 1, points);
            return;
        }
        curveS.push_back(seconds);
        baseS.push_back(base);
        ratio.push_back(seconds / base);
        p99.push_back(quantile(gaps, 0.99));
        worst.push_back(quantile(gaps, 1.0));
        std::printf("  GC1 run %d: curve %.2f s, largest (m = %.0f) twice %.2f s, ratio %.2f; "
                    "stalls p99 %.1f ms, longest %.1f ms (%zu probes)\n",
                    r + 1, seconds, plan.values.back(), base, ratio.back(), p99.back(),
                    worst.back(), gaps.size());
    }
    rows.push_back({"GC1", "learning curve from the dialog, spiral 2-16-16-3, 10 x 1000 it", "s",
                    summarize(curveS), std::nan("")});
    rows.push_back({"GC1b", "  the largest size trained twice, one thread, headless", "s",
                    summarize(baseS), std::nan("")});
    rows.push_back({"GC1r", "  curve / largest twice (run by run)", "x", summarize(ratio), 1.2,
                    false});
    rows.push_back({"SC1", "  GUI-thread stall meanwhile, 99th percentile", "ms", summarize(p99),
                    30.0, false});
    rows.push_back(
        {"SC1m", "  GUI-thread stall meanwhile, longest", "ms", summarize(worst), std::nan("")});
}

namespace {

/// Heap bytes in use (every arena) plus mmapped blocks, in MB.
double heapMB()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<double>(m.uordblks + m.hblkhd) / 1e6;
}

/// A real run's rows, as bps-bench's M2v takes them: circles, 2-8-8-1 tanh, validation on
/// every row, 10⁴ iterations of gradient descent.
std::vector<bp::IterationStats> realRunRows()
{
    bp::GeneratorSpec spec;
    spec.name = "circles";
    spec.n = 500;
    spec.noise = 0.1;
    const bp::Dataset circles = bp::generateDataset(spec);
    const bp::Architecture arch =
        bp::Architecture::make(2, {8, 8}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Network net(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1));
    bp::TrainingConfig config;
    config.learningRate = 0.5;
    config.lambda = 1.0;
    config.maxIterations = 9999;
    bp::Trainer trainer(net, circles, &circles, config);
    trainer.run();
    return trainer.history().rows();
}

} // namespace

void benchHistoryMemory(std::vector<Row>& rows)
{
    const long kRows = qEnvironmentVariableIntValue("BPS_M3_ROWS") > 0
                           ? qEnvironmentVariableIntValue("BPS_M3_ROWS")
                           : 1000000;
    constexpr std::size_t kChunk = 1000; // a snapshot's new rows at ~30 000 iterations a second
    const std::vector<bp::IterationStats> sample = realRunRows();
    std::vector<bp::IterationStats> chunk;
    chunk.reserve(kChunk);
    double grown = 0.0;
    int drawn = 0;
    // The first curves drawn load the process's fonts and glyph caches: a throwaway plot of
    // 10³ rows draws them before the measurement starts. What the redraw still adds (≈ 12 MB at
    // 10⁶ rows) is painting memory, not rows — heaptrack at 2·10⁵ rows: QImage paint buffers
    // 5.0 MB, and Qt's QStroker buffers 3.6 MB for the dashed accuracy curves, whose min/max
    // zigzag lengthens with the rows per pixel column (Qt keeps those buffers).
    const auto waitForReplot = [](bpui::CostPlot& plot) {
        QEventLoop loop;
        QObject::connect(plot.plot(), &QCustomPlot::afterReplot, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    {
        bpui::LiveHistory history;
        bpui::CostPlot plot(&history);
        plot.resize(900, 500);
        plot.show();
        history.append({sample.begin(), sample.begin() + 1000});
        waitForReplot(plot);
    }
    {
        bpui::ProjectModel model;
        bpui::LiveHistory history;
        bpui::RunsModel runs(&model, &history);
        bpui::CostPlot plot(&history);
        plot.resize(900, 500);
        plot.show();
        QApplication::processEvents(); // laid out at its size
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh); // and drawn once, empty
        QApplication::processEvents();
        const double before = heapMB();
        // The sample repeated, iteration, epoch, evaluations and seconds carried on (the
        // controller's continuous rows).
        const double sampleSeconds = sample.back().elapsedSeconds;
        for (long i = 0; i < kRows; ++i) {
            const auto k = static_cast<std::size_t>(i) % sample.size();
            bp::IterationStats row = sample[k];
            row.iteration = i;
            row.epoch = static_cast<double>(i);
            row.evaluations = i + 1;
            row.elapsedSeconds += sampleSeconds * static_cast<double>(i / static_cast<long>(sample.size()));
            chunk.push_back(row);
            if (chunk.size() == kChunk || i + 1 == kRows) {
                history.append(chunk);
                chunk.clear();
            }
        }
        const double appended = heapMB() - before;
        // The redraw the rows scheduled (the plot's coalescing timer), then the painting.
        waitForReplot(plot);
        drawn = plot.drawnPointCount();
        grown = heapMB() - before;
        std::printf("  M3: %zu rows, %d points drawn; the history %.1f MB by its own count, "
                    "the heap %.1f MB after appending, %.1f MB after the redraw\n",
                    history.size(), drawn, static_cast<double>(history.rows().bytes()) / 1e6,
                    appended, grown);
    }
    rows.push_back({"M3",
                    "10^6 full-batch rows + validation: live history, cost plot, runs model",
                    "MB", Stat{grown, grown, grown}, 50.0});
}

} // namespace bench

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

#include "guibench.h"
#include "stallprobe.h"

#include "curves.h"
#include "session/diagnose/curverunner.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "views/diagnose/curvedialog.h"
#include "views/diagnose/diagnosetools.h"
#include "views/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

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

} // namespace bench

// The loss landscape computed from the studio while it trains, as View → Landscape → Compute
// does it, and the GUI thread's stalls meanwhile (issue 15).
//   GL1   the bundled spiral example (2-16-16-3 tanh, Adam, 240 training examples) training
//         without a budget; after 1.5 s of training (the timeline's snapshots are the
//         trajectory) a 41 × 41 contour on the trajectory's principal plane through the dock
//         and the session's LandscapeRunner (two threads), from Compute to finished on the
//         GUI thread, with the trainer's thread on the same two cores
//   SL1   the GUI thread's stall during GL1, 99th percentile (target ≤ 30 ms)
// The window is 1280 × 720 with the Landscape dock shown, so the result is drawn. Stalls are
// measured as in guitraining.cpp: a 1 ms precise timer on the GUI thread records the gaps
// between its firings. The contour alone, headless and on a quiet machine, is bps-bench's LS1
// (target ≤ 1 s).

#include "guibench.h"
#include "stallprobe.h"

#include "session/landscape/landscaperunner.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "views/landscape/landscapedock.h"
#include "views/landscape/landscapetools.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace bench {

void benchLandscapeThroughWindow(int runs, std::vector<Row>& rows)
{
    bpui::MainWindow window;
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    bpui::ProjectModel* model = window.session()->project();
    bp::TrainingConfig config = model->config();
    config.maxIterations = 0; // no budget: the run goes on while the contour is computed
    model->setConfig(config);
    auto* tools = window.findChild<bpui::LandscapeTools*>();
    if (tools == nullptr) {
        std::printf("GL1: no Landscape dock\n");
        return;
    }
    tools->dock()->show();
    tools->view()->setGridSize(41);
    tools->view()->setDirections(bpui::LandscapeDirectionsKind::Trajectory);
    bpui::LandscapeRunner* runner = tools->runner();
    bpui::TrainingController* controller = window.session()->training();

    controller->train();
    {
        QEventLoop warmUp;
        QTimer::singleShot(1500, &warmUp, &QEventLoop::quit);
        warmUp.exec();
    }
    std::vector<double> seconds, p99, worst;
    for (int r = 0; r < runs; ++r) {
        QEventLoop loop;
        StallProbe probe;
        bool cancelled = true;
        QString failure;
        const auto done = QObject::connect(runner, &bpui::LandscapeRunner::finished, &loop,
                                           [&](bool c) {
                                               cancelled = c;
                                               loop.quit();
                                           });
        const auto refused = QObject::connect(runner, &bpui::LandscapeRunner::failed, &loop,
                                              [&](const QString& m) {
                                                  failure = m;
                                                  loop.quit();
                                              });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // never hang the suite
        probe.start();
        tools->view()->compute();
        loop.exec();
        const double s = probe.stop();
        QObject::disconnect(done);
        QObject::disconnect(refused);
        if (cancelled || runner->result() == nullptr) {
            std::printf("GL1 run %d: the contour did not finish%s%s\n", r + 1,
                        failure.isEmpty() ? "" : ": ", qPrintable(failure));
            break;
        }
        const std::vector<double>& gaps = probe.gapsMs();
        seconds.push_back(s);
        p99.push_back(quantile(gaps, 0.99));
        worst.push_back(quantile(gaps, 1.0));
        const auto& history = window.session()->history()->rows();
        std::printf("  GL1 run %d: contour %.2f s while training (at iteration %ld); stalls p99 "
                    "%.1f ms, longest %.1f ms (%zu probes)\n",
                    r + 1, s, history.empty() ? 0L : static_cast<long>(history.back().iteration),
                    p99.back(), worst.back(), gaps.size());
    }
    controller->stop();
    QApplication::processEvents();
    if (seconds.empty())
        return;
    rows.push_back({"GL1", "41x41 landscape contour from the dock while training, spiral", "s",
                    summarize(seconds), std::nan("")});
    rows.push_back({"SL1", "  GUI-thread stall meanwhile, 99th percentile", "ms", summarize(p99),
                    30.0, false});
    rows.push_back(
        {"SL1m", "  GUI-thread stall meanwhile, longest", "ms", summarize(worst), std::nan("")});
}

} // namespace bench

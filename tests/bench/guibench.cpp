// The GUI half of the benchmark suite (scripts/bench runs it under QT_QPA_PLATFORM=offscreen):
// how long the real widgets take to redraw what training publishes, and training through
// the real window (guitraining.cpp).
//   C1  cost plot (bpui::CostPlot) redraw with 1,000,000 history rows: decimation + replot
//   M3  the heap 10⁶ history rows with validation take in the session (guicurve.cpp)
//   H1  weight heat maps (bpui::WeightHeatmaps) update for 784-128-10: Θ(1) is 128 × 785
//   N1  network diagram (bpui::NetworkEditor) restyle and repaint for 2-8-8-1
//   GW3, GW2 and S3, S2: throughput through the window against headless, GUI-thread stalls
//   O1, SO1: File → Open of a Fashion-MNIST project, GUI-thread stalls meanwhile (guiopen.cpp)
// Each redraw is started through the widget's own coalescing timer (set to 0 ms) and timed
// until its QCustomPlot has finished replotting (afterReplot), so the figure includes the
// decimation/cell copy, the layout and the rendering into the plot's buffer.
// Prints a table and writes JSON. Never part of ctest: speed is measured, not asserted.

#include "guibench.h"

#include "session/livehistory.h"
#include "views/plots/costplot.h"
#include "maththreads.h"
#include "memorybudget.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "session/projectmodel.h"
#include "worker/trainingsnapshot.h"
#include "views/plots/weightheatmaps.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsView>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using bench::Row;
using bench::summarize;

/// The widget's single-shot coalescing timer (the one connected to its redraw slot).
QTimer* redrawTimer(QWidget* widget, int interval)
{
    for (QTimer* t : widget->findChildren<QTimer*>(Qt::FindDirectChildrenOnly))
        if (t->isSingleShot() && t->interval() == interval)
            return t;
    return nullptr;
}

/// Milliseconds from firing `timer` at once until every plot in `plots` has replotted.
double timeRedraw(QTimer* timer, const std::vector<QCustomPlot*>& plots)
{
    int pending = static_cast<int>(plots.size());
    QEventLoop loop;
    std::vector<QMetaObject::Connection> connections;
    for (QCustomPlot* p : plots)
        connections.push_back(QObject::connect(p, &QCustomPlot::afterReplot, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        }));
    const int interval = timer->interval();
    QElapsedTimer clock;
    clock.start();
    timer->setInterval(0);
    timer->start();
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // never hang the suite
    loop.exec();
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    timer->setInterval(interval);
    for (const QMetaObject::Connection& c : connections)
        QObject::disconnect(c);
    return pending == 0 ? ms : std::nan("");
}

/// With BPS_GUIBENCH_SLOW=MS set, prints every event the GUI thread took longer than MS
/// milliseconds to handle (nested ones indented): where a stall comes from.
class TimingApplication : public QApplication
{
    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }

public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (slowMs_ <= 0)
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = threadCpuMs();
        const int type = event->type();
        const char* className = receiver->metaObject()->className(); // static storage
        const QPointer<QObject> alive(receiver); // DeferredDelete destroys the receiver
        ++depth_;
        const bool handled = QApplication::notify(receiver, event);
        --depth_;
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (ms >= slowMs_)
            std::fprintf(stderr, "  slow event %*s%.1f ms (%.1f ms CPU): type %d to %s \"%s\" (in %s)\n",
                         2 * depth_, "", ms, threadCpuMs() - cpu0, type, className,
                         alive ? qPrintable(alive->objectName()) : "(deleted)",
                         alive && alive->parent() ? alive->parent()->metaObject()->className()
                                                  : "-");
        return handled;
    }

private:
    double slowMs_ = qEnvironmentVariableIntValue("BPS_GUIBENCH_SLOW");
    static inline thread_local int depth_ = 0; // the worker's thread delivers events too
};

} // namespace

int main(int argc, char** argv)
{
    bp::tuneAllocatorForTraining(); // as the studio does
    bp::limitMathThreadsOnThisThread(1);
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window must not touch the user's settings
    bpui::registerMetaTypes();
    std::string jsonPath = "bench-gui-results.json";
    int runs = 5;
    std::string only;
    QString screenshot;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json" && i + 1 < argc)
            jsonPath = argv[++i];
        else if (a == "--screenshot" && i + 1 < argc) // the cost plot as drawn, to look at
            screenshot = argv[++i];
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--only" && i + 1 < argc) // C1, M3, H1, N1, GW (training through the window), O1, GC
            only = "," + std::string(argv[++i]) + ",";
    }
    const auto wanted = [&only](const char* id) {
        return only.empty() || only.find("," + std::string(id) + ",") != std::string::npos;
    };
    std::vector<Row> rows;

    // --- C1: cost plot with 10⁶ rows (full batch with validation: four curves) --------------
    if (wanted("C1")) {
        bpui::LiveHistory liveHistory;
        bpui::CostPlot plot(&liveHistory);
        plot.resize(900, 500);
        plot.show();
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        std::vector<bp::IterationStats> history(1000000);
        for (std::size_t i = 0; i < history.size(); ++i) {
            bp::IterationStats& s = history[i];
            s.iteration = static_cast<long>(i);
            s.epoch = static_cast<double>(i);
            s.evaluations = s.iteration + 1;
            s.trainCost = 0.1 + 1.0 / (1.0 + 1e-4 * static_cast<double>(i)) + 0.01 * u(rng);
            s.fullTrainCost = s.trainCost;
            s.validationCost = s.trainCost + 0.05 + 0.01 * u(rng);
            s.trainAccuracy = std::min(1.0, 0.5 + 0.5 * (1.0 - 1.0 / (1.0 + 1e-5 * i)));
            s.validationAccuracy = s.trainAccuracy - 0.02;
            s.gradientNorm = u(rng);
            s.elapsedSeconds = 2e-5 * static_cast<double>(i);
        }
        liveHistory.append(history);
        QTimer* timer = redrawTimer(&plot, 33);
        if (timer == nullptr) {
            std::fprintf(stderr, "bps-guibench: CostPlot's redraw timer not found\n");
            return 1;
        }
        timeRedraw(timer, {plot.plot()}); // first draw: fits the axes
        std::vector<double> v;
        for (int r = 0; r < runs; ++r)
            v.push_back(timeRedraw(timer, {plot.plot()}));
        // The painting alone (QCustomPlot replot of the already decimated curves): what is
        // left of C1 that decimation cannot reduce.
        std::vector<double> paint;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer clock;
            clock.start();
            plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
            paint.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        }
        rows.push_back({"C1",
                        "cost plot redraw, 10^6 rows x 4 curves (" +
                            std::to_string(plot.drawnPointCount()) + " points drawn)",
                        "ms", summarize(v), 16.0});
        if (!screenshot.isEmpty())
            plot.grab().save(screenshot);
        rows.push_back(
            {"C1p", "  of which the QCustomPlot replot (painting) alone", "ms", summarize(paint),
             std::nan("")});
    }

    // --- M3: the memory of 10⁶ history rows through the session (guicurve.cpp) --------------
    if (wanted("M3"))
        bench::benchHistoryMemory(rows);

    // --- H1: weight heat maps of 784-128-10 ---------------------------------------------------
    if (wanted("H1")) {
        bpui::ProjectModel model;
        bp::Dataset data;
        data.name = "784 features";
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        data.features.resize(784, 200);
        for (bp::Index k = 0; k < data.features.size(); ++k)
            data.features.data()[k] = u(rng);
        for (int i = 0; i < 200; ++i)
            data.labels.push_back(i % 10);
        for (int k = 0; k < 10; ++k)
            data.classNames.push_back(std::to_string(k));
        data.imageWidth = data.imageHeight = 28;
        bpui::DataSource source;
        source.kind = bpui::DataSource::Kind::Csv;
        model.setDataset(std::move(data), source);
        model.setHiddenLayers({128}, {bp::Activation::Sigmoid});
        model.setOutputActivation(bp::Activation::Sigmoid);
        bpui::WeightHeatmaps maps(&model);
        maps.resize(1000, 900);
        maps.show();
        QTimer* timer = redrawTimer(&maps, 33);
        if (timer == nullptr) {
            std::fprintf(stderr, "bps-guibench: WeightHeatmaps' update timer not found\n");
            return 1;
        }
        std::vector<QCustomPlot*> plots;
        const auto findPlots = [&] {
            plots.clear();
            for (int l = 0; l < 2; ++l)
                if (auto* p = maps.findChild<QCustomPlot*>(QString("weightMap_%1").arg(l)))
                    plots.push_back(p);
        };
        timeRedraw(timer, {}); // builds the maps
        QApplication::processEvents();
        findPlots();
        if (plots.size() != 2) {
            std::fprintf(stderr, "bps-guibench: expected 2 weight maps, found %zu\n", plots.size());
            return 1;
        }
        std::vector<double> v;
        for (int r = 0; r < runs; ++r) {
            bp::Vector params = model.parameters();
            params *= 1.01; // new weights, as a training snapshot brings
            model.setParameters(params);
            v.push_back(timeRedraw(timer, plots));
        }
        rows.push_back(
            {"H1", "weight heat maps update, 784-128-10 (Θ(1) 128 x 785)", "ms", summarize(v), 10.0});
    }

    // --- N1: network diagram repaint, 2-8-8-1 as in GW3 ---------------------------------------
    if (wanted("N1")) {
        bpui::ProjectModel model;
        model.setHiddenLayers({8, 8}, {bp::Activation::Tanh, bp::Activation::Tanh});
        model.setOutputActivation(bp::Activation::Sigmoid);
        bpui::NetworkEditor editor(&model);
        editor.resize(1280, 720); // the main window's central widget with the docks floating
        editor.show();
        QApplication::processEvents();
        std::vector<double> v;
        for (int r = 0; r < runs; ++r) {
            std::vector<double> repaints;
            for (int k = 0; k < 10; ++k) {
                bp::Vector params = model.parameters();
                params *= (k % 2 ? 1.02 : 0.98); // new weights: every link restyled
                QElapsedTimer clock;
                clock.start();
                editor.scene()->setParameters(params);
                editor.view()->viewport()->repaint();
                repaints.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
                model.setParameters(params);
            }
            v.push_back(summarize(repaints).median);
        }
        rows.push_back({"N1", "network diagram restyle + repaint, 2-8-8-1, 1280 x 720", "ms",
                        summarize(v), std::nan("")});
    }

    // --- GW3, GW2: training through the window with every dock live -----------------------
    if (wanted("GW"))
        bench::benchTrainingThroughWindow(runs, rows);

    // --- O1: opening a Fashion-MNIST project -------------------------------------------------
    if (wanted("O1"))
        bench::benchProjectOpen(runs, rows);

    // --- GC1: a learning curve from the Diagnose dialog ----------------------------------
    if (wanted("GC"))
        bench::benchCurveThroughWindow(runs, rows);

    // --- GL1: a loss-landscape contour from the Landscape dock while training -------------
    if (wanted("GL") || wanted("SL"))
        bench::benchLandscapeThroughWindow(runs, rows);

    std::printf("\n%-5s %-60s %10s %10s %10s %-6s %-9s %s\n", "id", "GUI measure", "median",
                "min", "max", "unit", "target", "met");
    std::ofstream json(jsonPath);
    const auto number = [](double x) { return std::isfinite(x) ? std::to_string(x) : "null"; };
    json << "{\n  \"runs\": " << runs << ",\n  \"results\": [\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const bool hasTarget = !std::isnan(r.target);
        const bool met = !hasTarget || (r.higherIsBetter ? r.value.median >= r.target
                                                         : r.value.median <= r.target);
        char target[32] = "-";
        if (hasTarget)
            std::snprintf(target, sizeof target, "%s %g", r.higherIsBetter ? ">=" : "<=", r.target);
        std::printf("%-5s %-60s %10.2f %10.2f %10.2f %-6s %-9s %s\n", r.id.c_str(),
                    r.what.c_str(), r.value.median, r.value.min, r.value.max, r.unit.c_str(),
                    target, hasTarget ? (met ? "yes" : "NO") : "-");
        json << "    {\"id\": \"" << r.id << "\", \"workload\": \"" << r.what << "\", \"unit\": \""
             << r.unit << "\", \"median\": " << number(r.value.median)
             << ", \"min\": " << number(r.value.min) << ", \"max\": " << number(r.value.max)
             << ", \"target\": \"" << target
             << "\", \"met\": " << (hasTarget ? (met ? "true" : "false") : "null") << "}"
             << (i + 1 < rows.size() ? "," : "") << "\n";
    }
    json << "  ]\n}\n";
    std::printf("\nwrote %s\n", jsonPath.c_str());
    return 0;
}

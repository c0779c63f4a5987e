// Soak: 10^6 iterations of the default example with the whole window open and every plot
// live. Resident memory stays flat apart from the cost history itself (kept in full, by
// design), the plot draws a decimated curve, and the run ends normally.
//
// Takes minutes; not part of the default test run (label "soak"):
//   ./scripts/test dev tst_soak

#include "views/plots/costplot.h"
#include "views/shell/mainwindow.h"
#include "session/projectmodel.h"
#include "session/trainingcontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest/QtTest>

#include <unistd.h>

#include <cstdio>
#include <vector>

using namespace bpui;

namespace {

double residentMegabytes()
{
    long pages = 0;
    long resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void millionIterationsKeepMemoryFlat();
};

void TestSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestSoak::millionIterationsKeepMemoryFlat()
{
    constexpr long kIterations = 1000000;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectModel* model = window.model();
    bp::TrainingConfig config = model->config();
    config.optimizer = bp::OptimizerKind::GradientDescent;
    config.learningRate = 0.05;
    config.batchSize = 0;
    config.maxIterations = kIterations;
    config.maxEpochs = 0;
    config.targetCost = std::nan("");
    config.minRelativeImprovement = 0.0;
    config.patience = 0;
    model->setConfig(config);

    struct Sample
    {
        long iteration;
        double megabytes;
    };
    std::vector<Sample> samples;
    samples.reserve(100000);
    TrainingController* controller = window.controller();
    connect(controller, &TrainingController::snapshotReceived, this,
            [&](const TrainingSnapshot& snapshot) {
                samples.push_back({snapshot.latest.iteration, residentMegabytes()});
            });
    QSignalSpy finished(controller, &TrainingController::finished);
    const double before = residentMegabytes();
    controller->train();
    QVERIFY(finished.wait(3600 * 1000));
    const auto result = finished.constFirst().at(0).value<bp::TrainingResult>();
    QCOMPARE(result.iterations, kIterations);

    auto* costPlot = window.findChild<CostPlot*>(QStringLiteral("costPlot"));
    QVERIFY(costPlot);
    QCOMPARE(static_cast<long>(costPlot->history().size()), kIterations + 1); // nothing thinned
    QTest::qWait(200); // one redraw of the full history
    // Drawing is decimated: a few points per pixel column and series, not 10^6.
    QVERIFY2(costPlot->drawnPointCount() < 50000,
             qPrintable(QString::number(costPlot->drawnPointCount())));

    // From 10 % of the run to its end, memory may grow only by the history rows kept — by
    // design every row is kept: the cost plot's row and x value (88 bytes), and, while the
    // run lasts, the trainer's own column-stored history (at most 48 bytes a row) — plus a
    // fixed allowance for bounded buffers (timeline snapshots, allocator slack). A leak of
    // anything per iteration or per snapshot beyond that fails.
    const auto tenth = std::find_if(samples.begin(), samples.end(), [](const Sample& s) {
        return s.iteration >= kIterations / 10;
    });
    QVERIFY(tenth != samples.end());
    const double end = samples.back().megabytes;
    const double rowBytes = static_cast<double>(sizeof(bp::IterationStats) + sizeof(double) + 48);
    const double historyMegabytes =
        static_cast<double>(kIterations - tenth->iteration) * rowBytes / 1048576.0;
    const double allowance = 40.0;
    qInfo("resident: %.0f MB before, %.0f MB at iteration %ld, %.0f MB at the end; history "
          "rows account for %.0f MB of growth; %zu snapshots",
          before, tenth->megabytes, tenth->iteration, end, historyMegabytes, samples.size());
    QVERIFY2(end - tenth->megabytes <= historyMegabytes + allowance,
             qPrintable(QStringLiteral("grew %1 MB").arg(end - tenth->megabytes)));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"

// Soak: 10^6 iterations of the default example with the whole window open and every plot
// live. Resident memory stays flat apart from the cost history itself (kept in full, by
// design), the plot draws a decimated curve, and the run ends normally.
//
// Two forms of the same test (tests/CMakeLists.txt):
//   tst_soak_short  10^5 iterations (BPS_SOAK_ITERATIONS=100000), in every run and in CI;
//   tst_soak        10^6 iterations, takes minutes: label "soak", ./scripts/test dev tst_soak

#include "views/plots/costplot.h"
#include "views/shell/mainwindow.h"
#include "session/projectmodel.h"
#include "session/trainingcontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest/QtTest>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer freed blocks wait in a quarantine (256 MB by default) before they are
// reused, which would read as growth here; a small one keeps the measurement about leaks.
extern "C" const char* __asan_default_options()
{
    return "quarantine_size_mb=4";
}
#endif

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

long soakIterations()
{
    const char* value = std::getenv("BPS_SOAK_ITERATIONS");
    const long iterations = value ? std::strtol(value, nullptr, 10) : 0;
    return iterations > 0 ? iterations : 1000000;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longRunKeepsMemoryFlat();
};

void TestSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestSoak::longRunKeepsMemoryFlat()
{
    const long kIterations = soakIterations();
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
    const auto tenth = std::find_if(samples.begin(), samples.end(), [kIterations](const Sample& s) {
        return s.iteration >= kIterations / 10;
    });
    QVERIFY(tenth != samples.end());
    const double end = samples.back().megabytes;
    const double rowBytes = static_cast<double>(sizeof(bp::IterationStats) + sizeof(double) + 48);
    const double historyMegabytes =
        static_cast<double>(kIterations - tenth->iteration) * rowBytes / 1048576.0;
    const double allowance = 40.0;
    // The slope after warm-up (least squares over every snapshot), for docs/reliability.md.
    double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0, n = 0;
    for (auto s = tenth; s != samples.end(); ++s) {
        const double x = static_cast<double>(s->iteration) / 1e5;
        sumX += x;
        sumY += s->megabytes;
        sumXX += x * x;
        sumXY += x * s->megabytes;
        n += 1;
    }
    const double slope = n > 1 ? (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX) : 0.0;
    qInfo("%ld iterations; resident: %.0f MB before, %.0f MB at iteration %ld, %.0f MB at the "
          "end; slope %.2f MB per 10^5 iterations after warm-up, of which history rows account "
          "for %.2f; %zu snapshots",
          kIterations, before, tenth->megabytes, tenth->iteration, end, slope,
          rowBytes * 1e5 / 1048576.0, samples.size());
    QVERIFY2(end - tenth->megabytes <= historyMegabytes + allowance,
             qPrintable(QStringLiteral("grew %1 MB").arg(end - tenth->megabytes)));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"

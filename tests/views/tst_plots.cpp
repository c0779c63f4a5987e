// The plots: cost history kept in full but drawn decimated, the gradient-check verdict, one
// heat map per Θ with the right cells, and the prediction view that fits the data.
// Set BPS_SCREENSHOT_DIR to save what each widget looks like as PNGs.

#include "costfunction.h"
#include "session/livehistory.h"
#include "views/plots/costplot.h"
#include "generators.h"
#include "views/plots/gradientcheckplot.h"
#include "views/plots/predictionplot.h"
#include "session/projectmodel.h"
#include "views/plots/weightheatmaps.h"
#include "plotfixtures.h"
#include "uitestutil.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace bpui;
using bptest::syntheticHistory;
using bptest::syntheticReport;

class TestPlots : public QObject
{
    Q_OBJECT

private slots:
    void costPlotKeepsEveryRowButDrawsFew()
    {
        LiveHistory history;
        CostPlot plot(&history);
        plot.resize(900, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const std::vector<bp::IterationStats> rows = syntheticHistory(1000000);
        // Arrive in chunks, as snapshots do.
        for (std::size_t i = 0; i < rows.size(); i += 250000)
            history.append({rows.begin() + static_cast<long>(i),
                             rows.begin() + static_cast<long>(i + 250000)});
        QCOMPARE(plot.history().size(), std::size_t(1000000));
        QCOMPARE(plot.history().back().iteration, 999999L);
        QTRY_VERIFY(plot.drawnPointCount() > 0);
        // Three series with data (train, validation, train accuracy), ≤ 2 points per pixel
        // column each plus the two edge rows.
        const int columns = plot.plot()->axisRect()->width();
        QVERIFY2(plot.drawnPointCount() <= 3 * (2 * columns + 4),
                 qPrintable(QString::number(plot.drawnPointCount())));
        // The drawn line still reaches the last row.
        QCOMPARE(plot.plot()->graph(0)->data()->at(plot.plot()->graph(0)->dataCount() - 1)->key,
                 999999.0);
        bptest::saveShot(&plot, QStringLiteral("cost-plot-1M.png"));
    }

    void costPlotLogToggle()
    {
        LiveHistory history;
        CostPlot plot(&history);
        history.append(syntheticHistory(500));
        auto* check = plot.findChild<QCheckBox*>(QStringLiteral("costLogScaleCheck"));
        QVERIFY(check);
        check->setChecked(true);
        QVERIFY(plot.logScale());
        QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        check->setChecked(false);
        QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    }

    void costPlotLogScaleShowsADivergingRun_data()
    {
        QTest::addColumn<bool>("logScale");
        QTest::newRow("log scale") << true;
        QTest::newRow("linear scale") << false;
    }
    void costPlotLogScaleShowsADivergingRun()
    {
        // Lesson 3's run: the cost grows ≈ 400-fold an iteration from 0.148 to 9e305, and the
        // validation cost of the last row overflows. QCustomPlot refuses an axis beyond 1e250:
        // fitted unclamped, no curve was visible at all.
        QFETCH(bool, logScale);
        LiveHistory history;
        CostPlot plot(&history);
        plot.resize(700, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        std::vector<bp::IterationStats> rows(119);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            rows[i].iteration = static_cast<long>(i);
            rows[i].epoch = static_cast<double>(i);
            rows[i].evaluations = static_cast<long>(i) + 1;
            rows[i].trainCost = 0.148 * std::pow(10.0, 2.6 * static_cast<double>(i));
            rows[i].validationCost = 1.1 * rows[i].trainCost;
        }
        rows.back().validationCost = std::numeric_limits<double>::infinity();
        QVERIFY(std::isfinite(rows.back().trainCost));
        history.append(rows);
        plot.findChild<QCheckBox*>(QStringLiteral("costLogScaleCheck"))->setChecked(logScale);
        QTest::mouseClick(plot.findChild<QPushButton*>(QStringLiteral("costFitButton")),
                          Qt::LeftButton);
        QCPGraph* train = plot.plot()->graph(0);
        QTRY_VERIFY(train->dataCount() > 0);
        QTRY_VERIFY(plot.offScaleGraph()->dataCount() > 0);
        // Every drawn cost lies inside the fitted axis: the huge ones at its top.
        const QCPRange y = plot.plot()->yAxis->range();
        double highest = 0.0;
        for (int i = 0; i < train->dataCount(); ++i) {
            const double v = train->data()->at(i)->value;
            QVERIFY2(
                y.contains(v),
                qPrintable(QStringLiteral("%1 outside [%2, %3]").arg(v).arg(y.lower).arg(y.upper)));
            highest = std::max(highest, v);
        }
        QCOMPARE(highest, CostPlot::kTopOfScale);
        QVERIFY(y.contains(rows.front().trainCost));
        // The curve reaches the last row, marked off the scale; the overflowed validation
        // cost is marked there too, and the legend names the marker "∞".
        QCOMPARE(train->data()->at(train->dataCount() - 1)->key, 118.0);
        QCPGraph* marks = plot.offScaleGraph();
        QCOMPARE(marks->data()->at(marks->dataCount() - 1)->key, 118.0);
        QCOMPARE(marks->data()->at(0)->value, CostPlot::kTopOfScale);
        QVERIFY(marks->name().contains(QStringLiteral("∞")));
        QVERIFY(plot.plot()->legend->hasItemWithPlottable(marks));
        QVERIFY(plot.plot()->graph(1)->dataCount() > 0); // the validation curve
        QCOMPARE(plot.plot()->graph(1)->data()->at(plot.plot()->graph(1)->dataCount() - 1)->key,
                 118.0);
        bptest::saveShot(&plot, logScale ? QStringLiteral("cost-plot-diverging-log.png")
                                         : QStringLiteral("cost-plot-diverging-linear.png"));
    }

    void costPlotResetClearsLegendAndRanges()
    {
        LiveHistory history;
        CostPlot plot(&history);
        plot.resize(700, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        // Nothing drawn yet: no empty legend box, the empty ranges [0, 10] × [0, 1].
        const QCPRange emptyX(0.0, 10.0);
        const QCPRange emptyY(0.0, 1.0);
        QTRY_VERIFY(!plot.plot()->legend->visible());
        QTRY_COMPARE(plot.plot()->xAxis->range().upper, emptyX.upper);
        history.append(syntheticHistory(500));
        QTRY_VERIFY(plot.plot()->legend->itemCount() >= 2);
        QVERIFY(plot.plot()->legend->visible());
        QTRY_COMPARE(plot.plot()->xAxis->range().upper, 499.0);

        history.startOver(); // Reset weights
        QTRY_VERIFY(!plot.plot()->legend->visible());
        QCOMPARE(plot.plot()->legend->itemCount(), 0);
        QCOMPARE(plot.plot()->xAxis->range().lower, emptyX.lower);
        QCOMPARE(plot.plot()->xAxis->range().upper, emptyX.upper);
        QCOMPARE(plot.plot()->yAxis->range().lower, emptyY.lower);
        QCOMPARE(plot.plot()->yAxis->range().upper, emptyY.upper);
        QCOMPARE(plot.drawnPointCount(), 0);
        QVERIFY(!plot.plot()->yAxis2->visible());
        bptest::saveShot(&plot, QStringLiteral("cost-plot-after-reset.png"));
    }

    void costPlotAxisSwitch_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("lastKey");
        QTest::addColumn<QString>("label");
        // Row 999 of the synthetic history.
        QTest::newRow("iteration") << 0 << 999.0 << QStringLiteral("iteration");
        QTest::newRow("epoch") << 1 << 99.9 << QStringLiteral("epoch");
        QTest::newRow("evaluations") << 2 << 1999.0 << QStringLiteral("cost evaluations");
        QTest::newRow("seconds") << 3 << 0.999 << QStringLiteral("seconds");
    }
    void costPlotAxisSwitch()
    {
        QFETCH(int, index);
        QFETCH(double, lastKey);
        QFETCH(QString, label);
        LiveHistory history;
        CostPlot plot(&history);
        plot.resize(700, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        history.append(syntheticHistory(1000));
        auto* combo = plot.findChild<QComboBox*>(QStringLiteral("costXAxisCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(index);
        QCOMPARE(static_cast<int>(plot.xAxis()), index);
        QCOMPARE(plot.plot()->xAxis->label(), label);
        QCPGraph* train = plot.plot()->graph(0);
        QTRY_VERIFY(train->dataCount() > 0 &&
                    qFuzzyCompare(train->data()->at(train->dataCount() - 1)->key, lastKey));
        if (index == 1) {
            plot.findChild<QCheckBox*>(QStringLiteral("costLogScaleCheck"))->setChecked(true);
            bptest::saveShot(&plot, QStringLiteral("cost-plot.png"));
        }
    }

    void costPlotClear()
    {
        LiveHistory history;
        CostPlot plot(&history);
        plot.show();
        history.append(syntheticHistory(100));
        QTRY_VERIFY(plot.drawnPointCount() > 0);
        history.startOver();
        QVERIFY(plot.history().empty());
        QTRY_COMPARE(plot.drawnPointCount(), 0);
    }

    void gradientCheckVerdict_data()
    {
        QTest::addColumn<double>("relative");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("correct backprop, course threshold") << 3e-11 << 1e-9 << "PASS";
        QTest::newRow("buggy backprop") << 2e-3 << 1e-9 << "FAIL";
        QTest::newRow("just above threshold") << 2e-9 << 1e-9 << "FAIL";
        QTest::newRow("looser threshold") << 2e-9 << 1e-7 << "PASS";
    }
    void gradientCheckVerdict()
    {
        QFETCH(double, relative);
        QFETCH(double, threshold);
        QFETCH(QString, verdict);
        GradientCheckPlot plot;
        QCOMPARE(plot.threshold(), 1e-9); // the course's figure by default
        plot.setThreshold(threshold);
        plot.showReport(syntheticReport(relative), QStringLiteral("all 12 parameters"));
        auto* label = plot.findChild<QLabel*>(QStringLiteral("gradientCheckVerdict"));
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(verdict), qPrintable(label->text()));
        auto* table = plot.findChild<QTableWidget*>(QStringLiteral("gradientCheckTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("4"));
        if (verdict == QLatin1String("PASS")) {
            plot.resize(1000, 650);
            plot.show();
            bptest::saveShot(&plot, QStringLiteral("gradient-check.png"));
        }
    }

    void gradientCheckVerdictFollowsThreshold()
    {
        GradientCheckPlot plot;
        plot.showReport(syntheticReport(5e-8), QStringLiteral("all 12 parameters"));
        auto* label = plot.findChild<QLabel*>(QStringLiteral("gradientCheckVerdict"));
        QVERIFY(label->text().startsWith(QLatin1String("FAIL")));
        plot.setThreshold(1e-6);
        QVERIFY(label->text().startsWith(QLatin1String("PASS")));
    }

    void gradientCheckSaysWhatTheVerdictCompares()
    {
        // The engine's usual picture: overall ratio 1.2e-10 (PASS at 1e-9) while a few
        // near-zero gradients have per-parameter ratios far above the threshold.
        bp::GradientCheckReport report = syntheticReport(1.2e-10);
        for (int i : {1, 5, 9})
            report.entries[static_cast<std::size_t>(i)].relativeDifference = 3e-7;
        GradientCheckPlot plot;
        plot.resize(1000, 650);
        plot.show();
        plot.showReport(report, QStringLiteral("all 12 parameters"));
        auto* verdict = plot.findChild<QLabel*>(QStringLiteral("gradientCheckVerdict"));
        QVERIFY(verdict->text().startsWith(QLatin1String("PASS")));
        // Before: "PASS — relative difference 1.20e-10 < threshold 1.00e-09" beside dots
        // above the red line, and nothing said which difference the verdict meant.
        QVERIFY2(verdict->text().contains(QStringLiteral("overall")), qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(QStringLiteral("3 of 12 single parameters")),
                 qPrintable(verdict->text()));
        auto* relative = plot.findChild<QCustomPlot*>(QStringLiteral("gradientCheckRelative"));
        QCPGraph* overall = nullptr;
        for (int i = 0; i < relative->graphCount(); ++i)
            if (relative->graph(i)->objectName() == QLatin1String("overallRatioLine"))
                overall = relative->graph(i);
        const auto thresholdLine = [relative]() -> QCPItemStraightLine* {
            for (int i = 0; i < relative->itemCount(); ++i)
                if (relative->item(i)->objectName() == QLatin1String("thresholdLine"))
                    return qobject_cast<QCPItemStraightLine*>(relative->item(i));
            return nullptr;
        };
        QVERIFY(overall && thresholdLine());
        QCOMPARE(overall->data()->begin()->value, 1.2e-10);
        QCOMPARE(thresholdLine()->point1->coords().y(), 1e-9);
        QVERIFY(overall->name().contains(QStringLiteral("overall")));
        // The threshold follows the spin box; the verdict with it.
        plot.setThreshold(1e-11);
        QCOMPARE(thresholdLine()->point1->coords().y(), 1e-11);
        QVERIFY(verdict->text().startsWith(QLatin1String("FAIL")));
        QVERIFY(!verdict->text().contains(QStringLiteral("single parameters")));
        plot.setThreshold(1e-9);
        // The longer verdict wraps: it does not widen the dock.
        QVERIFY2(plot.minimumSizeHint().width() <= 800,
                 qPrintable(QString::number(plot.minimumSizeHint().width())));
        bptest::saveShot(&plot, QStringLiteral("gradient-check-overall.png"));
    }

    void gradientCheckLegendsCoverNoPoint()
    {
        GradientCheckPlot plot;
        plot.resize(1000, 650);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.showReport(syntheticReport(3e-11), QStringLiteral("all 12 parameters"));
        for (const char* name : {"gradientCheckScatter", "gradientCheckRelative"}) {
            auto* chart = plot.findChild<QCustomPlot*>(QString::fromLatin1(name));
            QVERIFY(chart);
            chart->replot(QCustomPlot::rpImmediateRefresh);
            QVERIFY(chart->legend->visible());
            // Before: the legend was an inset in the axis rect's top-left corner, over dots.
            QVERIFY2(!chart->legend->outerRect().intersects(chart->axisRect()->rect()), name);
        }
    }

    void gradientCheckCaption_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        // The training worker's note (ui/worker/gradientcheckjob.cpp) already gives ε and λ
        // and ends with a full stop: before, "…, λ = 0. · ε = 0.0001 · 371 parameters".
        QTest::newRow("worker's note")
            << "Checked all 371 parameters on all 240 training examples, ε = 0.0001, λ = 0."
            << "Checked all 371 parameters on all 240 training examples, ε = 0.0001, λ = 0 · "
               "12 parameters in the network";
        QTest::newRow("note without ε")
            << "all 12 parameters" << "all 12 parameters · ε = 1e-04 · 12 parameters in the network";
    }

    void gradientCheckCaption()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        GradientCheckPlot plot;
        bp::GradientCheckReport report = syntheticReport(3e-11);
        report.epsilon = 1e-4;
        plot.showReport(report, note);
        auto* caption = plot.findChild<QLabel*>(QStringLiteral("gradientCheckNote"));
        QVERIFY(caption);
        QCOMPARE(caption->text(), expected);
        QCOMPARE(caption->text().count(QStringLiteral("ε")), 1);
    }

    void gradientCheckButtonsAndSignals()
    {
        GradientCheckPlot plot;
        QSignalSpy run(&plot, &GradientCheckPlot::runRequested);
        QSignalSpy cancel(&plot, &GradientCheckPlot::cancelRequested);
        auto* runButton = plot.findChild<QPushButton*>(QStringLiteral("runGradientCheckButton"));
        auto* cancelButton =
            plot.findChild<QPushButton*>(QStringLiteral("cancelGradientCheckButton"));
        QVERIFY(runButton && cancelButton);
        QVERIFY(!cancelButton->isEnabled());
        QTest::mouseClick(runButton, Qt::LeftButton);
        QCOMPARE(run.count(), 1);
        plot.setRunning(true);
        QVERIFY(!runButton->isEnabled());
        plot.setProgress(30, 120);
        auto* bar = plot.findChild<QProgressBar*>(QStringLiteral("gradientCheckProgress"));
        QVERIFY(bar);
        QCOMPARE(bar->value(), 250);
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
    }

    void heatmapsOneMapPerThetaWithCellValues()
    {
        ProjectModel model; // the bundled example: 2-D spiral, two hidden layers
        WeightHeatmaps heatmaps(&model);
        heatmaps.resize(700, 900);
        heatmaps.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmaps));
        const bp::Architecture& arch = model.architecture();
        QTRY_COMPARE(heatmaps.mapCount(), arch.thetaCount());
        auto checkCells = [&](const bp::Vector& params) {
            for (int l = 0; l < arch.thetaCount(); ++l) {
                auto* plot =
                    heatmaps.findChild<QCustomPlot*>(QStringLiteral("weightMap_%1").arg(l));
                QVERIFY(plot);
                auto* map = qobject_cast<QCPColorMap*>(plot->plottable(0));
                QVERIFY(map);
                QCOMPARE(map->data()->keySize(), arch.thetaCols(l));
                QCOMPARE(map->data()->valueSize(), arch.thetaRows(l));
                const bp::ConstMatrixMap theta = bp::thetaView(arch, params, l);
                for (int r = 0; r < theta.rows(); ++r)
                    for (int c = 0; c < theta.cols(); ++c)
                        QCOMPARE(map->data()->cell(c, r), theta(r, c));
                // Symmetric range: zero sits in the middle of the diverging scale.
                QCOMPARE(map->dataRange().lower, -map->dataRange().upper);
                QCOMPARE(map->dataRange().upper, theta.cwiseAbs().maxCoeff());
            }
        };
        checkCells(model.parameters());
        bptest::saveShot(&heatmaps, QStringLiteral("weights.png"));
        const bp::Vector doubled = 2.0 * model.parameters();
        model.setParameters(doubled);
        auto* first = qobject_cast<QCPColorMap*>(
            heatmaps.findChild<QCustomPlot*>(QStringLiteral("weightMap_0"))->plottable(0));
        QTRY_COMPARE(first->data()->cell(1, 0), bp::thetaView(arch, doubled, 0)(0, 1));
        checkCells(doubled);

        // The gradient replaces the weights when asked for.
        const auto gradient = std::make_shared<const bp::Vector>(
            bp::Vector::LinSpaced(arch.parameterCount(), -1.0, 1.0));
        heatmaps.setGradient(gradient);
        heatmaps.findChild<QCheckBox*>(QStringLiteral("showGradientCheck"))->setChecked(true);
        QTRY_COMPARE(first->data()->cell(0, 0), (*gradient)(0));
        checkCells(*gradient);
    }

    void heatmapsComputeTheGradientWhenAsked()
    {
        // No training, no gradient at hand: ticking "Show gradient" computes ∂J/∂Θ for the
        // current weights in the background; the box's state is announced for the worker.
        ProjectModel model; // the bundled spiral, 2-16-16-3
        WeightHeatmaps heatmaps(&model);
        heatmaps.resize(500, 600);
        heatmaps.show();
        QSignalSpy shown(&heatmaps, &WeightHeatmaps::gradientShownChanged);
        auto* box = heatmaps.findChild<QCheckBox*>(QStringLiteral("showGradientCheck"));
        box->setChecked(true);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.constLast().at(0).toBool(), true);

        const bp::Dataset& train = model.split().train;
        const bp::Matrix Y = bp::encodeTargets(train, model.architecture().outputSize());
        bp::Vector expected;
        bp::CostFunction(model.architecture(), train.features, Y, model.config().lambda)
            .evaluate(model.parameters(), &expected);
        QTRY_VERIFY(!heatmaps.isComputingGradient());
        QTRY_VERIFY(heatmaps.findChild<QCustomPlot*>(QStringLiteral("weightMap_0")));
        auto* first = qobject_cast<QCPColorMap*>(
            heatmaps.findChild<QCustomPlot*>(QStringLiteral("weightMap_0"))->plottable(0));
        const bp::ConstMatrixMap theta = bp::thetaView(model.architecture(), std::as_const(expected), 0);
        QTRY_COMPARE(first->data()->cell(2, 3), theta(3, 2));
        QVERIFY(std::abs(first->dataRange().upper - theta.cwiseAbs().maxCoeff()) < 1e-12);

        box->setChecked(false);
        QCOMPARE(shown.constLast().at(0).toBool(), false);
        QTRY_COMPARE(first->data()->cell(2, 3),
                     bp::thetaView(model.architecture(), model.parameters(), 0)(3, 2));
    }

    void predictionSurfaceFor2D()
    {
        ProjectModel model; // 2-D spiral classification
        QCOMPARE(model.dataset().featureCount(), bp::Index(2));
        PredictionPlot plot(&model);
        plot.resize(700, 600);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTRY_COMPARE(plot.mode(), PredictionPlot::Mode::DecisionSurface);
        auto* area = plot.findChild<QCustomPlot*>(QStringLiteral("predictionPlotArea"));
        QVERIFY(area);
        QCPItemPixmap* surface = nullptr;
        for (int i = 0; i < area->itemCount(); ++i)
            if (area->item(i)->objectName() == QLatin1String("decisionSurface"))
                surface = qobject_cast<QCPItemPixmap*>(area->item(i));
        QVERIFY(surface);
        QCOMPARE(surface->pixmap().width(), PredictionPlot::kSurfaceGrid);
        // One scatter per class and part (training and validation).
        QCOMPARE(area->graphCount(), 2 * model.dataset().classCount());
        bptest::saveShot(&plot, QStringLiteral("prediction.png"));
    }

    void predictionConfusionMatrixOtherwise()
    {
        // Three features, three classes: no plane to draw, so a confusion matrix.
        std::mt19937_64 rng(7);
        std::normal_distribution<double> noise(0.0, 1.0);
        bp::Dataset data;
        data.name = "blobs3d";
        data.features.resize(3, 90);
        for (int e = 0; e < 90; ++e) {
            data.labels.push_back(e % 3);
            for (int j = 0; j < 3; ++j)
                data.features(j, e) = noise(rng) + (j == e % 3 ? 4.0 : 0.0);
        }
        data.classNames = {"a", "b", "c"};
        ProjectModel model;
        model.setDataset(data, DataSource{});
        PredictionPlot plot(&model);
        plot.resize(600, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTRY_COMPARE(plot.mode(), PredictionPlot::Mode::ConfusionMatrix);
        auto* table = plot.findChild<QTableWidget*>(QStringLiteral("confusionMatrixTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 3);
        long total = 0;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                total += table->item(r, c)->text().toLong();
        const bp::Index expected = model.split().validation.size() > 0
                                       ? model.split().validation.size()
                                       : model.split().train.size();
        QCOMPARE(total, static_cast<long>(expected));
    }

    void predictionConfusionHeadersFit()
    {
        // Ten classes with long names in a narrow dock: Fashion-MNIST's shape.
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0.0, 1.0);
        bp::Dataset data;
        data.name = "ten";
        data.features.resize(3, 200);
        for (int e = 0; e < 200; ++e) {
            data.labels.push_back(e % 10);
            for (int j = 0; j < 3; ++j)
                data.features(j, e) = noise(rng) + 0.3 * (e % 10) * (j + 1);
        }
        data.classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                           "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
        ProjectModel model;
        model.setDataset(data, DataSource{});
        PredictionPlot plot(&model);
        plot.resize(420, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTRY_COMPARE(plot.mode(), PredictionPlot::Mode::ConfusionMatrix);
        auto* table = plot.findChild<QTableWidget*>(QStringLiteral("confusionMatrixTable"));
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 10);
        QHeaderView* header = table->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString text = table->horizontalHeaderItem(c)->text();
            QVERIFY(text.contains(QStringLiteral("predicted")));
            // Before: "predicted Ankle boot" in a 40 px column, drawn as "edicte".
            for (const QString& line : text.split(QLatin1Char('\n')))
                QVERIFY2(header->sectionSize(c) >= metrics.horizontalAdvance(line),
                         qPrintable(QStringLiteral("%1: %2 px for '%3'")
                                        .arg(c)
                                        .arg(header->sectionSize(c))
                                        .arg(line)));
        }
        bptest::saveShot(&plot, QStringLiteral("confusion-ten-classes.png"));
    }

    void predictionRegressionCurve()
    {
        bp::GeneratorSpec spec;
        spec.name = "regression1d";
        spec.n = 120;
        ProjectModel model;
        model.setDataset(bp::generateDataset(spec), DataSource{});
        PredictionPlot plot(&model);
        plot.resize(600, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTRY_COMPARE(plot.mode(), PredictionPlot::Mode::RegressionCurve);
        auto* area = plot.findChild<QCustomPlot*>(QStringLiteral("predictionPlotArea"));
        QVERIFY(area->graphCount() >= 2); // the points and the curve
    }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"

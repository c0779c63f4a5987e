// Painting data on the Prediction plot in the real studio window: clicks add points of the
// palette's class to the training split (while training, the run goes on with them and its
// m grows), Shift+click removes the nearest, a drag is one undo step and undo removes the
// points, the Data dock says "edited", and a saved project brings the painted points back bit
// for bit. Also 1-D regression: a click adds (x, y). Mouse events are sent to the plot; waits
// are on conditions (QTRY_*), never sleeps.
#include "views/data/datapanel.h"
#include "views/plots/predictionplot.h"
#include "views/shell/mainwindow.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "session/studiosettings.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest/QtTest>

#include <cstring>
#include <memory>

using namespace bpui;

class TestPaintData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paintingWhileTrainingGrowsTheTrainingSet();
    void aDragIsOneUndoStep();
    void shiftClickRemovesTheNearestPoint();
    void projectKeepsThePaintedPointsBitExactly();
    void regressionClickAddsAPoint();

private:
    QCustomPlot* plotArea() const
    {
        return bptest::child<QCustomPlot>(window_.get(), "predictionPlotArea");
    }
    /// Shows the Prediction dock and waits for a paintable view; picks palette button k.
    void preparePainting(int k);
    QPoint pixelOf(double x, double y) const
    {
        return QPoint(int(plotArea()->xAxis->coordToPixel(x)),
                      int(plotArea()->yAxis->coordToPixel(y)));
    }
    void send(QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons held,
              Qt::KeyboardModifiers modifiers = {})
    {
        QMouseEvent event(type, QPointF(at), plotArea()->mapToGlobal(QPointF(at)), button, held,
                          modifiers);
        QCoreApplication::sendEvent(plotArea(), &event);
    }
    void click(QPoint at, Qt::KeyboardModifiers modifiers = {})
    {
        send(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
        send(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
    }

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<MainWindow> window_;
};

void TestPaintData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestPaintData::init()
{
    studioSettings().remove(QStringLiteral("window"));
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 720);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestPaintData::cleanup()
{
    window_.reset();
    dir_.reset();
}

void TestPaintData::preparePainting(int k)
{
    auto* plot = window_->findChild<PredictionPlot*>();
    QVERIFY(plot);
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
        if (dock->isAncestorOf(plot)) {
            dock->show();
            dock->raise();
        }
    QTRY_VERIFY(plot->isVisible());
    QTRY_VERIFY(plot->mode() == PredictionPlot::Mode::DecisionSurface ||
                plot->mode() == PredictionPlot::Mode::RegressionCurve);
    auto* button = bptest::child<QToolButton>(window_.get(),
                                              QStringLiteral("paintClassButton%1").arg(k));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->isChecked());
    QVERIFY(bptest::child<QLabel>(window_.get(), "paintRulesLabel")
                ->text()
                .contains("training split"));
}

void TestPaintData::paintingWhileTrainingGrowsTheTrainingSet()
{
    ProjectModel* model = window_->model();
    TrainingController* controller = window_->controller();
    bptest::child<QSpinBox>(window_.get(), "maxIterationsSpin")->setValue(0); // until stopped
    preparePainting(1);
    const bp::Index m = model->split().train.size();
    const bp::Index all = model->dataset().size();
    QCOMPARE(controller->runExamples(), bp::Index{0});

    bptest::child<QAction>(window_.get(), "actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > 20, 20000);
    QCOMPARE(controller->runExamples(), m);
    const LiveHistory* history = window_->session()->history();
    const double costBefore = history->rows().back().trainCost;

    for (const auto& [x, y] : {std::pair{0.1, 0.1}, std::pair{-0.2, 0.3}, std::pair{0.3, -0.1}})
        click(pixelOf(x, y));
    QCOMPARE(model->dataset().size(), all + 3);
    QCOMPARE(model->split().train.size(), m + 3); // painted points join the training split
    QCOMPARE(model->dataset().labels.back(), 1);
    QVERIFY(model->dataSource().edited);
    QVERIFY(bptest::child<QLabel>(window_.get(), "dataSourceLabel")->text().contains("edited"));

    // The run goes on with them: restarted from the current weights on the new data, the
    // history continuing (no reset to iteration 0).
    QTRY_COMPARE_WITH_TIMEOUT(controller->runExamples(), m + 3, 20000);
    QCOMPARE(controller->state(), TrainingState::Running);
    const long at = controller->totalIterations();
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > at + 20, 20000);
    const bp::TrainingHistory& rows = history->rows();
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i].iteration > rows[i - 1].iteration);
    QVERIFY(rows.back().trainCost != costBefore);
    bptest::child<QAction>(window_.get(), "actionStop")->trigger();
    QTRY_VERIFY(controller->state() != TrainingState::Running);
}

void TestPaintData::aDragIsOneUndoStep()
{
    ProjectModel* model = window_->model();
    preparePainting(0);
    const bp::Index all = model->dataset().size();
    const bp::Matrix before = model->dataset().features;
    const QPoint start = pixelOf(-0.5, -0.5);
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 3; ++i) // 20 px apart: a point each (spacing 12 px)
        send(QEvent::MouseMove, start + QPoint(20 * i, 0), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + QPoint(60, 0), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(model->dataset().size(), all + 4);
    click(pixelOf(0.5, 0.5)); // a second stroke
    QCOMPARE(model->dataset().size(), all + 5);

    auto* undo = bptest::child<QAction>(window_.get(), "actionUndo");
    undo->trigger();
    QCOMPARE(model->dataset().size(), all + 4);
    undo->trigger(); // the whole drag at once
    QCOMPARE(model->dataset().size(), all);
    QVERIFY(model->dataset().features == before);
    QVERIFY(!model->dataSource().edited);
    bptest::child<QAction>(window_.get(), "actionRedo")->trigger();
    QCOMPARE(model->dataset().size(), all + 4);
}

void TestPaintData::shiftClickRemovesTheNearestPoint()
{
    ProjectModel* model = window_->model();
    preparePainting(2);
    click(pixelOf(0.8, -0.8));
    const bp::Index all = model->dataset().size();
    const bp::Index m = model->split().train.size();
    click(pixelOf(0.8, -0.8) + QPoint(1, 1), Qt::ShiftModifier);
    QCOMPARE(model->dataset().size(), all - 1);
    QCOMPARE(model->split().train.size(), m - 1);
    // The painted point went, not another: none is left at (0.8, −0.8).
    const bp::Matrix& x = model->dataset().features;
    for (bp::Index e = 0; e < x.cols(); ++e)
        QVERIFY(std::abs(x(0, e) - 0.8) > 0.02 || std::abs(x(1, e) + 0.8) > 0.02);
}

void TestPaintData::projectKeepsThePaintedPointsBitExactly()
{
    ProjectModel* model = window_->model();
    preparePainting(1);
    for (const auto& [x, y] : {std::pair{0.11, 0.7}, std::pair{-0.33, 0.2}, std::pair{0.9, 0.05}})
        click(pixelOf(x, y));
    const bp::Dataset painted = model->dataset();
    const QString path = dir_->filePath(QStringLiteral("painted.bpstudio"));
    QVERIFY(window_->projectFiles()->saveProjectAs(path));

    window_->projectFiles()->newProject();
    QVERIFY(!model->dataSource().edited);
    QVERIFY(bptest::openProjectAndWait(window_->projectFiles(), path));
    const bp::Dataset& loaded = model->dataset();
    QCOMPARE(loaded.size(), painted.size());
    QCOMPARE(std::memcmp(loaded.features.data(), painted.features.data(),
                         sizeof(double) * std::size_t(painted.features.size())),
             0);
    QVERIFY(loaded.labels == painted.labels);
    QVERIFY(model->dataSource().edited);
    QVERIFY(bptest::child<QLabel>(window_.get(), "dataSourceLabel")->text().contains("edited"));
}

void TestPaintData::regressionClickAddsAPoint()
{
    auto* combo = bptest::child<QComboBox>(window_.get(), "generatorCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("regression1d")));
    QTest::mouseClick(bptest::child<QPushButton>(window_.get(), "regenerateButton"),
                      Qt::LeftButton);
    ProjectModel* model = window_->model();
    QCOMPARE(model->dataset().featureCount(), bp::Index{1});
    preparePainting(0);
    const bp::Index all = model->dataset().size();
    const QPoint at = pixelOf(0.25, 0.5);
    click(at);
    QCOMPARE(model->dataset().size(), all + 1);
    const double x = plotArea()->xAxis->pixelToCoord(at.x());
    const double y = plotArea()->yAxis->pixelToCoord(at.y());
    QCOMPARE(model->dataset().features(0, all), x);
    QCOMPARE(model->dataset().targets(0, all), y);
}

QTEST_MAIN(TestPaintData)
#include "tst_paintdata.moc"

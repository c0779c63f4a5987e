// The Gradients dock in the real studio window, offscreen: listed in the View menu and hidden
// at start, fills while training, clears on a new project; and lesson 9 ("Vanishing
// gradients") does what its text says, each stated figure asserted. Waits on conditions,
// never sleeps.

#include "gradienthealth.h"
#include "session/gradienthistory.h"
#include "session/lessoncatalog.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/gradients/gradientsdock.h"
#include "views/gradients/gradienttools.h"
#include "views/lessons/lessontools.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QtTest/QtTest>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace bpui;

class TestGradientsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dockIsHiddenAndInTheViewMenu();
    void fillsDuringTrainingAndClearsOnANewProject();
    void vanishingGradientsLessonDoesWhatItsTextSays();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    GradientTools* tools() const { return window_->findChild<GradientTools*>(); }
    QDockWidget* dock() const { return child<QDockWidget>("gradientsDock"); }
    /// Presses Train (or resumes) and waits until the run has ended or paused.
    bool trainUntilIdle(int ms = 120000);
    /// Presses Step and waits for the paused snapshot's figures.
    bool stepOnce();

    std::unique_ptr<MainWindow> window_;
};

void TestGradientsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestGradientsDock::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestGradientsDock::cleanup()
{
    if (window_)
        child<QAction>("actionStop")->trigger();
    window_.reset();
}

bool TestGradientsDock::trainUntilIdle(int ms)
{
    child<QAction>("actionTrainPause")->trigger();
    TrainingController* controller = window_->controller();
    return QTest::qWaitFor([controller] { return controller->state() != TrainingState::Running; },
                           ms);
}

bool TestGradientsDock::stepOnce()
{
    GradientHistory* history = tools()->history();
    const long before = history->empty() ? -1 : history->latest().iteration;
    child<QAction>("actionStep")->trigger();
    return QTest::qWaitFor(
        [&] {
            return window_->controller()->state() == TrainingState::Paused && !history->empty() &&
                   history->latest().iteration > before;
        },
        60000);
}

void TestGradientsDock::dockIsHiddenAndInTheViewMenu()
{
    QDockWidget* d = dock();
    QVERIFY(d != nullptr);
    QVERIFY(!d->isVisible());
    QMenu* view = nullptr;
    for (QAction* action : window_->menuBar()->actions())
        if (action->menu() && action->text().remove(QLatin1Char('&')) == QStringLiteral("View"))
            view = action->menu();
    QVERIFY(view != nullptr);
    QVERIFY(view->actions().contains(d->toggleViewAction()));
    d->toggleViewAction()->trigger();
    QTRY_VERIFY(d->isVisible());
    QVERIFY(window_->dockWidgetArea(d) != Qt::NoDockWidgetArea);
}

void TestGradientsDock::fillsDuringTrainingAndClearsOnANewProject()
{
    dock()->toggleViewAction()->trigger();
    QTRY_VERIFY(dock()->isVisible());
    GradientsDock* view = tools()->view();
    QCOMPARE(view->pointCount(), 0);

    // Points arrive while training runs, one line per Θ(l).
    child<QAction>("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(view->pointCount() > 0, 30000);
    const int first = view->pointCount();
    QTRY_VERIFY_WITH_TIMEOUT(view->pointCount() > first, 30000);
    const int layers = window_->model()->architecture().thetaCount();
    QCOMPARE(view->normPlot()->graphCount(), layers);
    QCOMPARE(tools()->history()->layerCount(), layers);
    child<QAction>("actionStop")->trigger();
    QTRY_VERIFY(!window_->controller()->isActive());
    QTRY_VERIFY(view->pointCount() > 0);

    // The ratio view draws the same samples.
    view->setQuantity(GradientsDock::Quantity::Ratio);
    QTRY_COMPARE(view->normPlot()->yAxis->label(), QStringLiteral("‖D(l)‖ / ‖Θ(l)‖"));
    QVERIFY(view->pointCount() > 0);

    // A new project: the history and the plot empty at once.
    child<QAction>("actionLoadExample")->trigger();
    QTRY_VERIFY(tools()->history()->empty());
    QTRY_COMPARE(view->pointCount(), 0);
}

void TestGradientsDock::vanishingGradientsLessonDoesWhatItsTextSays()
{
    const QList<Lesson>& lessons = window_->lessonTools()->lessons();
    const auto it = std::find_if(lessons.begin(), lessons.end(), [](const Lesson& l) {
        return l.id.startsWith(QStringLiteral("09-"));
    });
    QVERIFY(it != lessons.end());
    const Lesson lesson = *it;
    for (const char* phrase :
         {"2-16-16-16-16-16-16-16-16-3 network", "**sigmoid**", "**uniform**",
          "**gradient descent**", "**α = 0.1**", "about **five orders of magnitude**",
          "**1.10** = ln 3", "below 10⁻⁴", "less than **0.1 %**", "Θ(9) by more than 10 %",
          "stay at **zero**", "**relu**", "**he**", "**within a factor of ten**", "below **0.3**",
          "above **90 %**", "**dead**"})
        QVERIFY2(lesson.markdown.contains(QString::fromUtf8(phrase)), phrase);
    QVERIFY(bptest::openLessonAndWait(window_->lessonTools(), window_->projectFiles(), lesson));
    ProjectModel* model = window_->model();
    const bp::Architecture& arch = model->architecture();
    QCOMPARE(arch.thetaCount(), 9);
    QVERIFY(model->initKind() == bp::InitKind::UniformEpsilon); // "*Weights* says **uniform**"
    dock()->toggleViewAction()->trigger();                      // "View → Gradients"
    QTRY_VERIFY(dock()->isVisible());
    GradientHistory* history = tools()->history();
    QVERIFY(history->empty());

    const bp::Vector start = model->parameters(); // the lesson's initial weights

    // 1. Step: ‖D(1)‖ is about 10⁵ times smaller than ‖D(9)‖, each line below the next.
    QVERIFY(stepOnce());
    {
        const std::vector<double>& d = history->latest().health.gradientNorms;
        QCOMPARE(d.size(), std::size_t(9));
        const double ratio = d.front() / d.back();
        qInfo("sigmoid, step: ‖D(1)‖/‖D(9)‖ = %.2g", ratio);
        QVERIFY2(ratio > 1e-6 && ratio < 1e-4, qPrintable(QString::number(ratio)));
        for (std::size_t l = 0; l + 1 < d.size(); ++l)
            QVERIFY2(d[l] < d[l + 1], qPrintable(QStringLiteral("layer %1").arg(l + 1)));
    }
    QTRY_VERIFY(tools()->view()->pointCount() > 0); // the dock fills

    // 2. Train: the cost settles near ln 3 within about 100 iterations; the gradients sink
    // below 10⁻⁴; Θ(1) moves by < 0.1 % of its size, Θ(9) by > 10 %.
    QVERIFY(trainUntilIdle());
    QCOMPARE(window_->controller()->state(), TrainingState::Finished);
    qInfo("sigmoid: J(100) = %.4f, J(end) = %.4f",
          window_->session()->history()->rows()[100].trainCost,
          window_->session()->history()->rows().back().trainCost);
    const bp::TrainingHistory& rows = window_->session()->history()->rows();
    QCOMPARE(rows.back().iteration, 1000L);
    const double ln3 = std::log(3.0);
    QVERIFY2(std::abs(rows[100].trainCost - ln3) < 0.01,
             qPrintable(QString::number(rows[100].trainCost)));
    QVERIFY2(std::abs(rows.back().trainCost - ln3) < 0.01,
             qPrintable(QString::number(rows.back().trainCost)));
    QCOMPARE(history->latest().iteration, 1000L); // the final snapshot carries the figures
    for (double d : history->latest().health.gradientNorms)
        QVERIFY2(d < 1e-4, qPrintable(QString::number(d)));
    const bp::Vector moved = model->parameters() - start;
    const std::vector<double> change = bp::layerNorms(arch, moved);
    const std::vector<double> size = bp::layerNorms(arch, start);
    qInfo("moved: Θ(1) %.2g, Θ(9) %.2g of their size", change.front() / size.front(),
          change.back() / size.back());
    QVERIFY(change.front() / size.front() < 1e-3);
    QVERIFY(change.back() / size.back() > 0.1);
    // 3. No sigmoid unit saturates.
    for (double share : history->latest().health.saturation)
        QCOMPARE(share, 0.0);

    // 4. ReLU in all eight hidden layers and He's weights: ‖D(1)‖, ‖D(9)‖ within ×10.
    model->setHiddenLayers(model->hiddenSizes(),
                           std::vector<bp::Activation>(8, bp::Activation::ReLU));
    model->setInitialization(bp::InitKind::HeNormal, model->initSeed());
    QTRY_VERIFY(history->empty()); // new weights: the figures start over
    QVERIFY(stepOnce());
    {
        const std::vector<double>& d = history->latest().health.gradientNorms;
        const double ratio = d.front() / d.back();
        qInfo("relu + he, step: ‖D(1)‖/‖D(9)‖ = %.2g", ratio);
        QVERIFY2(ratio > 0.1 && ratio < 10.0, qPrintable(QString::number(ratio)));
    }
    // 5. Train: cost < 0.3 and training accuracy > 90 % by iteration 1000; dead units show.
    // The cost falls in jumps: when the divergence guard pauses at one, Dismiss and Train.
    int dismissed = 0;
    for (;;) {
        QVERIFY(trainUntilIdle());
        if (window_->controller()->state() != TrainingState::Paused)
            break;
        QVERIFY(++dismissed < 10);
        auto* dismiss = child<QPushButton>("divergenceDismiss");
        QVERIFY(dismiss->isVisible()); // paused by the guard, not by anything else
        dismiss->click();
    }
    qInfo("relu + he: ended at %ld, J = %.3f, guard dismissed %d times",
          window_->session()->history()->rows().back().iteration,
          window_->session()->history()->rows().back().trainCost, dismissed);
    QCOMPARE(window_->controller()->state(), TrainingState::Finished);
    const bp::IterationStats last = window_->session()->history()->rows().back();
    QCOMPARE(last.iteration, 1000L);
    qInfo("relu + he: J = %.3f, training accuracy %.3f", last.trainCost, last.trainAccuracy);
    QVERIFY(last.trainCost < 0.3);
    QVERIFY(last.trainAccuracy > 0.9);
    const std::vector<double>& shares = history->latest().health.saturation;
    QVERIFY(*std::max_element(shares.begin(), shares.end()) > 0.0);
}

QTEST_MAIN(TestGradientsDock)
#include "tst_gradientsdock.moc"

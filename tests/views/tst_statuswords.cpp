// Status words say what happened: a Stop is "Stopped at iteration N", not "Finished"; the
// iteration budget counts from each Train, and the words say so once the history is longer
// than one run ("200 more iterations, 600 in all"); iterations in the trainer's sentences are
// the history's numbers. Driven through the real window offscreen.

#include "session/projectmodel.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/shell/mainwindow.h"
#include "views/shell/statusbarwidget.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

class TestStatusWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void budgetIsPerTrainAndSaysSo();
    void stopSaysStopped();
    void trainerSentencesCountTheWholeHistory();
    void statusBarShowsTheWords();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    void setBudget(long iterations);
    /// Presses Train and waits for the run's end; returns the message it ended with.
    QString trainToTheEnd();

    std::unique_ptr<MainWindow> window_;
};

void TestStatusWords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestStatusWords::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestStatusWords::cleanup()
{
    window_->controller()->stop();
    window_.reset();
}

void TestStatusWords::setBudget(long iterations)
{
    bp::TrainingConfig config = window_->model()->config();
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.01;
    config.batchSize = 0;
    config.maxIterations = iterations;
    config.maxEpochs = 0;
    config.targetCost = std::nan("");
    window_->model()->setConfig(config);
}

QString TestStatusWords::trainToTheEnd()
{
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    window_->controller()->train();
    if (!finished.wait(60000))
        return {};
    return QString::fromStdString(finished.constFirst().at(0).value<bp::TrainingResult>().message);
}

void TestStatusWords::budgetIsPerTrainAndSaysSo()
{
    setBudget(200);
    TrainingController* controller = window_->controller();
    QString message = trainToTheEnd();
    QCOMPARE(controller->totalIterations(), 200L);
    QCOMPARE(controller->statusWords(),
             QStringLiteral("Finished: reached the limit of 200 iterations"));
    QVERIFY2(message.startsWith(controller->statusWords()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("from each Train")), qPrintable(message));

    message = trainToTheEnd();
    QCOMPARE(controller->totalIterations(), 400L);
    QCOMPARE(controller->statusWords(),
             QStringLiteral("Finished: 200 more iterations, 400 in all"));

    message = trainToTheEnd();
    QCOMPARE(controller->totalIterations(), 600L);
    QCOMPARE(controller->statusWords(),
             QStringLiteral("Finished: 200 more iterations, 600 in all"));
    // Never "reached the limit of 200 iterations" at iteration 600 without saying it is per Train.
    QVERIFY2(message.contains(QStringLiteral("600 in all")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the limit of 200 iterations counts from each Train")),
             qPrintable(message));
    QCOMPARE(window_->statusBar()->currentMessage(), message);
}

void TestStatusWords::stopSaysStopped()
{
    setBudget(0); // no limit: only Stop ends it
    TrainingController* controller = window_->controller();
    QSignalSpy snapshots(controller, &TrainingController::snapshotReceived);
    QSignalSpy finished(controller, &TrainingController::finished);
    controller->train();
    QCOMPARE(controller->statusWords(), QStringLiteral("Training"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > 20, 30000);
    child<QAction>("actionStop")->trigger();
    QVERIFY(finished.wait(30000));
    const long at = controller->totalIterations();
    const QString words = QStringLiteral("Stopped at iteration %1").arg(at);
    QCOMPARE(controller->statusWords(), words);
    const QString message =
        QString::fromStdString(finished.constFirst().at(0).value<bp::TrainingResult>().message);
    QCOMPARE(message, words + QLatin1Char('.'));
    QCOMPARE(window_->statusBar()->currentMessage(), message);
    QVERIFY(!message.contains(QStringLiteral("Finished")));

    // A second run, stopped too: the number counts the whole history.
    finished.clear();
    controller->train();
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > at + 20, 30000);
    controller->pause();
    QTRY_VERIFY_WITH_TIMEOUT(
        controller->statusWords().startsWith(QStringLiteral("Paused at iteration ")), 10000);
    QCOMPARE(controller->statusWords(),
             QStringLiteral("Paused at iteration %1").arg(controller->totalIterations()));
    controller->stop();
    QVERIFY(finished.wait(30000));
    QCOMPARE(controller->statusWords(),
             QStringLiteral("Stopped at iteration %1").arg(controller->totalIterations()));
    QVERIFY(controller->totalIterations() > at + 20);
}

void TestStatusWords::trainerSentencesCountTheWholeHistory()
{
    // The trainer numbers a run's rows from 0; after 600 iterations its "at iteration 12"
    // is the history's 612.
    bp::TrainingResult result;
    result.reason = bp::StopReason::TargetCost;
    result.iterations = 12;
    result.message = "reached the target cost 0.1 at iteration 12";
    bp::TrainingConfig config;
    QCOMPARE(TrainingController::describeEnd(result, config, 600, 600.0),
             QStringLiteral("Finished: reached the target cost 0.1 at iteration 612."));
    result.reason = bp::StopReason::Diverged;
    result.iterations = 118;
    result.message = "cost became infinite at iteration 119; the learning rate 3 is probably too "
                     "high; restored the weights of iteration 118";
    QCOMPARE(TrainingController::describeEnd(result, config, 1, 1.0),
             QStringLiteral("Diverged: cost became infinite at iteration 120; the learning "
                            "rate 3 is probably too high; restored the weights of iteration "
                            "119."));
    result.reason = bp::StopReason::MaxEpochs;
    config.maxEpochs = 5;
    QCOMPARE(TrainingController::describeEnd(result, config, 0, 0.0),
             QStringLiteral("Finished: reached the limit of 5 epochs (the limit counts from "
                            "each Train)."));
}

void TestStatusWords::statusBarShowsTheWords()
{
    auto* status = child<StatusBarWidget>("statusBarWidget");
    QVERIFY(status);
    auto* label = child<QLabel>("statusState");
    status->setState(TrainingState::Finished);
    status->showStatusWords(QStringLiteral("Stopped at iteration 600"));
    QVERIFY2(label->text().contains(QStringLiteral("Stopped at iteration 600")),
             qPrintable(label->text()));
    status->setState(TrainingState::Running);
    QVERIFY(label->text().contains(QStringLiteral("Training")));
}

QTEST_MAIN(TestStatusWords)
#include "tst_statuswords.moc"

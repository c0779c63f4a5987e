// The status bar's progress bar and time estimate, through the real window offscreen: with an
// iteration (or epoch) budget typed into the Training dock, every snapshot shows the part of
// the budget done and "ETA" = the run's time × (1 − done) / done; without a budget, or once
// the run has ended, the bar is gone. The budget counts from each Train, and so does the
// estimate: a second Train's ETA is not inflated by the first run's time.

#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace bpui;

namespace {

/// What the bar showed right after one snapshot reached the window.
struct Shown
{
    bool visible = false;
    int value = 0;
    QString text;
    double fraction = 0.0; // of the budget, from the snapshot's own counts
    double runSeconds = 0.0;
};

/// Seconds in the bar's "ETA …" ("12 s", "3:05 min", "1:02 h"); -1 for "–", -2 unreadable.
double etaSeconds(const QString& text)
{
    static const QRegularExpression seconds(QStringLiteral("ETA (\\d+) s$"));
    static const QRegularExpression minutes(QStringLiteral("ETA (\\d+):(\\d\\d) min$"));
    static const QRegularExpression hours(QStringLiteral("ETA (\\d+):(\\d\\d) h$"));
    if (text.endsWith(QStringLiteral("ETA –")))
        return -1.0;
    if (const auto m = seconds.match(text); m.hasMatch())
        return m.captured(1).toDouble();
    if (const auto m = minutes.match(text); m.hasMatch())
        return 60.0 * m.captured(1).toDouble() + m.captured(2).toDouble();
    if (const auto m = hours.match(text); m.hasMatch())
        return 3600.0 * m.captured(1).toDouble() + 60.0 * m.captured(2).toDouble();
    return -2.0;
}

/// Checks one snapshot's bar: the percentage of the budget and the estimate of time left.
/// The hour form rounds to a minute.
QString mismatch(const Shown& s)
{
    const QString head = QStringLiteral("'%1' at %2 of the budget after %3 s: ")
                             .arg(s.text)
                             .arg(s.fraction)
                             .arg(s.runSeconds);
    if (!s.visible)
        return head + QStringLiteral("the bar is hidden");
    const int percent = s.text.section(QLatin1Char('%'), 0, 0).toInt();
    if (std::abs(percent - 100.0 * s.fraction) > 1.0)
        return head + QStringLiteral("wrong percentage");
    if (std::abs(s.value - 1000.0 * s.fraction) > 1.0)
        return head + QStringLiteral("wrong value %1").arg(s.value);
    const double eta = etaSeconds(s.text);
    if (s.fraction <= 0.0)
        return eta == -1.0 ? QString() : head + QStringLiteral("an estimate before any progress");
    const double expected = s.runSeconds * (1.0 - s.fraction) / s.fraction;
    const double tolerance = expected < 3600.0 ? 1.0 : 60.0;
    if (eta < 0.0 || std::abs(eta - expected) > tolerance)
        return head + QStringLiteral("ETA %1 s, expected %2 s").arg(eta).arg(expected);
    return {};
}

} // namespace

class TestStatusProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void iterationBudgetShowsProgressAndEta();
    void epochBudgetShowsProgress();
    void noBudgetNoBar();
    void secondTrainEstimatesFromItsOwnTime();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    /// Types `value` into the Training dock's spin box `name` and presses Return.
    void type(const char* name, int value);
    /// From now on records the bar after every snapshot. The history's last row so far (none
    /// for a first run) is what this run's own counts are measured from.
    void record();
    QAction* action(const char* name) const { return child<QAction>(name); }

    std::unique_ptr<MainWindow> window_;
    std::vector<Shown> shown_;
    QMetaObject::Connection recording_;
};

void TestStatusProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestStatusProgress::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    // Plain full-batch Adam on the example; the budget is what each test types.
    bp::TrainingConfig config = window_->model()->config();
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.01;
    config.batchSize = 0;
    config.targetCost = std::nan("");
    config.timeLimitSeconds = 0.0;
    config.patience = 0;
    window_->model()->setConfig(config);
    shown_.clear();
}

void TestStatusProgress::cleanup()
{
    QObject::disconnect(recording_);
    window_->controller()->stop();
    window_.reset();
}

void TestStatusProgress::type(const char* name, int value)
{
    auto* spin = child<QSpinBox>(name);
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), value);
}

void TestStatusProgress::record()
{
    QObject::disconnect(recording_);
    const bp::TrainingHistory& rows = window_->session()->history()->rows();
    const bp::IterationStats base = rows.empty() ? bp::IterationStats{} : rows.back();
    // Connected after the window's own slot: the bar already shows this snapshot.
    recording_ = connect(
        window_->controller(), &TrainingController::snapshotReceived, this,
        [this, base](const TrainingSnapshot& snapshot) {
            if (snapshot.state != TrainingState::Running)
                return;
            const bp::TrainingConfig& config = window_->model()->config();
            auto* bar = child<QProgressBar>("statusProgress");
            Shown s;
            s.visible = bar->isVisible();
            s.value = bar->value();
            s.text = bar->text();
            s.runSeconds = snapshot.latest.elapsedSeconds - base.elapsedSeconds;
            s.fraction =
                config.maxIterations > 0
                    ? static_cast<double>(snapshot.latest.iteration - base.iteration) /
                          static_cast<double>(config.maxIterations)
                    : (snapshot.latest.epoch - base.epoch) / static_cast<double>(config.maxEpochs);
            shown_.push_back(s);
        });
}

void TestStatusProgress::iterationBudgetShowsProgressAndEta()
{
    type("maxEpochsSpin", 0);
    type("maxIterationsSpin", 200000); // far more than the test waits for
    QCOMPARE(window_->model()->config().maxIterations, 200000L);
    auto* bar = child<QProgressBar>("statusProgress");
    QVERIFY(!bar->isVisible()); // nothing runs yet
    record();
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    action("actionTrainPause")->trigger();
    // Several snapshots, well into the run (each shows a fraction > 0).
    QTRY_VERIFY_WITH_TIMEOUT(shown_.size() >= 4 && shown_.back().fraction > 0.0, 60000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(30000));
    for (const Shown& s : shown_)
        QVERIFY2(mismatch(s).isEmpty(), qPrintable(mismatch(s)));
    QVERIFY(shown_.back().text.contains(QStringLiteral("% · ETA ")));
    QVERIFY(!bar->isVisible()); // the run ended: no budget left to show
}

void TestStatusProgress::epochBudgetShowsProgress()
{
    type("maxIterationsSpin", 0);
    type("maxEpochsSpin", 50000);
    bp::TrainingConfig config = window_->model()->config();
    config.batchSize = 32; // several iterations an epoch: the fraction counts epochs
    window_->model()->setConfig(config);
    auto* bar = child<QProgressBar>("statusProgress");
    record();
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    action("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(shown_.size() >= 4 && shown_.back().fraction > 0.0, 60000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(30000));
    for (const Shown& s : shown_)
        QVERIFY2(mismatch(s).isEmpty(), qPrintable(mismatch(s)));
    // Epochs, not iterations: with mini-batches the two fractions differ.
    const bp::IterationStats& last = window_->session()->history()->rows().back();
    QVERIFY2(
        static_cast<double>(last.iteration) > 2.0 * last.epoch,
        qPrintable(QStringLiteral("%1 iterations, %2 epochs").arg(last.iteration).arg(last.epoch)));
    QVERIFY(!bar->isVisible());
}

void TestStatusProgress::noBudgetNoBar()
{
    type("maxIterationsSpin", 0);
    type("maxEpochsSpin", 0);
    record();
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    action("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(shown_.size() >= 3, 60000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(30000));
    for (const Shown& s : shown_)
        QVERIFY2(!s.visible, qPrintable(s.text));
}

void TestStatusProgress::secondTrainEstimatesFromItsOwnTime()
{
    // A first run of a few seconds, then a second Train with a budget: its estimate counts
    // the second run's time only (the history's seconds would add the first run's).
    type("maxEpochsSpin", 0);
    type("maxIterationsSpin", 0);
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    action("actionTrainPause")->trigger();
    const LiveHistory* history = window_->session()->history();
    QTRY_VERIFY_WITH_TIMEOUT(
        !history->rows().empty() && history->rows().back().elapsedSeconds > 3.0, 60000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(30000));

    type("maxIterationsSpin", 200000);
    record();
    action("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(shown_.size() >= 4 && shown_.back().fraction > 0.0, 60000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(30000));
    for (const Shown& s : shown_) {
        QVERIFY2(mismatch(s).isEmpty(), qPrintable(mismatch(s)));
        QVERIFY(s.fraction < 0.5); // the first run's 3 s would have added ≥ 3 s to each ETA
    }
}

QTEST_MAIN(TestStatusProgress)
#include "tst_statusprogress.moc"

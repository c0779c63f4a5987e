// A seeded random-action ("monkey") test of the real studio window (issue 17): thousands of
// actions drawn from everything a user can do — train, pause, step, stop, reset, add and remove
// layers, change units and activations and settings, regenerate data, open valid and malformed
// files, gradient check, undo / redo, runs, races, timeline scrubs, lessons, presentation mode,
// exports to a temporary folder, save / close / reopen — through the window's own actions,
// buttons, combo boxes and keys, with the invariants checked after every action:
//   - the network fits the data (bp::checkFits), its weights are finite and of the right count,
//     and the diagram, the layer controls and the Training panel show the model;
//   - the live history is consecutive and its last row is the controller's count; the cost
//     plot draws one point per row (while few enough rows that none is decimated), the heat
//     maps one map per Θ; exactly one live run;
//   - no snapshot arrives while the controller is not training (after Stop, or a run abandoned);
//   - undo restores the exact settings, architecture and weights, redo the edit;
//   - a malformed file is refused with the loader's message and changes nothing; a valid one
//     opens as written; a saved project reopens in a new window as it was saved;
//   - no Qt warning, training failure or export failure; sanitizers report nothing.
//
// Environment: BPS_MONKEY_SEED (default 17), BPS_MONKEY_ACTIONS (default 2000; unlimited when
// only BPS_MONKEY_SECONDS is given), BPS_MONKEY_SECONDS (a time budget), BPS_MONKEY_VERBOSE=1
// (print each action as it starts). A failure prints the seed and every action so far; a crash
// or sanitizer report prints them too. The same seed draws the same actions with the same
// parameters; what they meet can still differ with timing (training runs on its own thread).
// `scripts/monkey SECONDS [SEED]` runs it for longer.

#include "generators.h"
#include "initializer.h"
#include "fit.h"
#include "projectfile.h"
#include "malformedcases.h"
#include "session/dataloader.h"
#include "session/gradientcheckrunner.h"
#include "session/lessoncatalog.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "session/settingsundo.h"
#include "session/studiosettings.h"
#include "session/trainingcontroller.h"
#include "testutil.h"
#include "uitestutil.h"
#include "views/data/datapanel.h"
#include "views/lessons/lessongallery.h"
#include "views/lessons/lessontools.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "views/plots/costplot.h"
#include "views/plots/weightheatmaps.h"
#include "views/project/exportmenu.h"
#include "views/project/modelimport.h"
#include "views/project/projectfiles.h"
#include "views/runs/racedialog.h"
#include "views/runs/runsdock.h"
#include "views/runs/runstools.h"
#include "views/shell/mainwindow.h"
#include "session/racerunner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <qcustomplot.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace bpui;
using bptest::bitEqual;

// Present only in a sanitizer build: prints the action list when ASan or UBSan ends the process.
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

namespace {

/// The seed and every action so far, written out when the process dies (sanitizer report,
/// crash) before the test can say anything. GUI thread only, except the dump itself.
std::string g_crashLog;

void dumpCrashLog()
{
    const char header[] = "\n--- monkey: seed and actions before the crash ---\n";
    (void)!::write(2, header, sizeof header - 1);
    (void)!::write(2, g_crashLog.data(), g_crashLog.size());
}

struct sigaction g_previousSegv;
struct sigaction g_previousAbort;

void onFatalSignal(int signal)
{
    dumpCrashLog();
    const struct sigaction& previous = signal == SIGSEGV ? g_previousSegv : g_previousAbort;
    sigaction(signal, &previous, nullptr);
    std::raise(signal);
}

/// Qt warnings and criticals since the last look (any thread; guarded by g_messagesMutex).
QMutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void collectMessages(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&g_messagesMutex);
        g_messages << text;
    }
    if (g_previousHandler != nullptr)
        g_previousHandler(type, context, text);
}

QString layerText(const bp::Architecture& arch)
{
    QStringList sizes;
    for (int size : arch.layerSizes)
        sizes << QString::number(size);
    return sizes.join(QLatin1Char('-'));
}

bool allFinite(const bp::Vector& v)
{
    for (Eigen::Index i = 0; i < v.size(); ++i)
        if (!std::isfinite(v[i]))
            return false;
    return true;
}

/// What every action may be, and how often it is drawn (out of the weights' sum).
enum class Kind
{
    TrainPause,
    SpaceKey,
    Step,
    Stop,
    Wait,
    ResetWeights,
    AddLayer,
    RemoveLayer,
    LayerUnits,
    LayerActivation,
    OutputActivation,
    Optimizer,
    LearningRate,
    OtherSetting,
    Initialisation,
    Regenerate,
    Preprocessing,
    OpenCsv,
    OpenIdx,
    OpenProject,
    ImportModel,
    GradientCheck,
    Undo,
    Redo,
    UndoRoundTrip,
    TickRun,
    DeleteRun,
    Race,
    TimelineScrub,
    Branch,
    BackToLive,
    Lesson,
    Presentation,
    Export,
    SaveCloseReopen,
    NewProject,
    DivergenceBanner,
    OpenWindow,
    Dismiss,
    ToggleDock,
    CostAxis,
};

struct KindWeight
{
    Kind kind;
    const char* name;
    int weight;
};

constexpr KindWeight kKinds[] = {
    {Kind::TrainPause, "train/pause", 10},
    {Kind::SpaceKey, "space key", 3},
    {Kind::Step, "step", 6},
    {Kind::Stop, "stop", 6},
    {Kind::Wait, "wait", 5},
    {Kind::ResetWeights, "reset weights", 3},
    {Kind::AddLayer, "add layer", 3},
    {Kind::RemoveLayer, "remove layer", 3},
    {Kind::LayerUnits, "layer units", 6},
    {Kind::LayerActivation, "layer activation", 4},
    {Kind::OutputActivation, "output activation", 2},
    {Kind::Optimizer, "optimiser", 3},
    {Kind::LearningRate, "learning rate", 3},
    {Kind::OtherSetting, "training setting", 4},
    {Kind::Initialisation, "initialisation", 2},
    {Kind::Regenerate, "regenerate data", 3},
    {Kind::Preprocessing, "preprocessing", 2},
    {Kind::OpenCsv, "open CSV", 2},
    {Kind::OpenIdx, "open IDX", 1},
    {Kind::OpenProject, "open project", 2},
    {Kind::ImportModel, "import model", 1},
    {Kind::GradientCheck, "gradient check", 3},
    {Kind::Undo, "undo", 4},
    {Kind::Redo, "redo", 3},
    {Kind::UndoRoundTrip, "undo round trip", 3},
    {Kind::TickRun, "tick run", 2},
    {Kind::DeleteRun, "delete run", 1},
    {Kind::Race, "race", 2},
    {Kind::TimelineScrub, "timeline scrub", 3},
    {Kind::Branch, "branch from here", 1},
    {Kind::BackToLive, "back to live", 1},
    {Kind::Lesson, "lesson", 1},
    {Kind::Presentation, "presentation mode", 2},
    {Kind::Export, "export", 3},
    {Kind::SaveCloseReopen, "save, close, reopen", 1},
    {Kind::NewProject, "new project", 1},
    {Kind::DivergenceBanner, "divergence banner", 1},
    {Kind::OpenWindow, "open window", 1},
    {Kind::Dismiss, "dismiss windows", 3},
    {Kind::ToggleDock, "toggle dock", 1},
    {Kind::CostAxis, "cost x axis", 1},
};

/// One drawn action: its kind and three numbers its parameters come from. Drawn whatever
/// the window's state, so a seed always yields the same list.
struct Draw
{
    Kind kind;
    const char* name;
    std::uint64_t a;
    std::uint64_t b;
    std::uint64_t c;
};

const char* const kValidCsv = BPS_RESOURCES_DIR "/iris.csv";
const char* const kMaybeCsv[] = {BPS_TEST_DATA_DIR "/csv/valid-regression.tsv",
                                 BPS_TEST_DATA_DIR "/csv/wine-label-first.csv"};

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomActionsKeepTheInvariants();
    void cleanupTestCase();

private:
    // --- the window ------------------------------------------------------------------------
    void openWindow();
    void closeWindow();
    template <typename T> T* find(const QString& name) const
    {
        return window_->findChild<T*>(name);
    }
    QAction* action(const char* name) const { return find<QAction>(QString::fromLatin1(name)); }
    ProjectModel* model() const { return window_->model(); }
    TrainingController* controller() const { return window_->controller(); }
    RunsModel* runs() const { return window_->session()->runs(); }
    LiveHistory* history() const { return window_->session()->history(); }
    bool loaderBusy() const { return window_->session()->loader()->isBusy(); }
    /// Triggers a window action as its menu entry or shortcut would (false when disabled).
    bool trigger(const char* name);
    /// Clicks a button when a user could (visible and enabled).
    bool click(const QString& name);
    /// Types `text` into a spin box and presses Enter, as a user would.
    void type(QAbstractSpinBox* spin, const QString& text);
    /// Lets queued signals, posted events and short timers run.
    void settle(int ms = 0);
    /// Waits until `done` or `ms` pass; false on timeout.
    bool waitFor(const std::function<bool()>& done, int ms);
    /// The Data dock's error line (also while presentation mode hides the dock).
    QString dataError() const
    {
        auto* label = find<QLabel>(QStringLiteral("dataErrorLabel"));
        return label->isVisibleTo(find<QWidget>(QStringLiteral("dataPanel"))) ? label->text()
                                                                             : QString();
    }

    // --- actions ---------------------------------------------------------------------------
    Draw draw();
    void perform(const Draw& d);
    void note(const QString& text); // appended to the current action's line
    void doTrainPause(const Draw& d);
    void doSpaceKey(const Draw& d);
    void doStep(const Draw& d);
    void doStop(const Draw& d);
    void doLayerUnits(const Draw& d);
    void doLayerActivation(const Draw& d);
    void doComboStep(const QString& name, const Draw& d);
    void doLearningRate(const Draw& d);
    void doOtherSetting(const Draw& d);
    void doInitialisation(const Draw& d);
    void doRegenerate(const Draw& d);
    void doPreprocessing(const Draw& d);
    void doOpenCsv(const Draw& d);
    void doOpenIdx(const Draw& d);
    void doOpenProject(const Draw& d);
    void doImportModel(const Draw& d);
    void doGradientCheck(const Draw& d);
    void doUndoRoundTrip(const Draw& d);
    /// One undoable edit chosen by `which`; false when none applied.
    bool undoableEdit(std::uint64_t which, std::uint64_t value);
    void doTickRun(const Draw& d);
    void doDeleteRun(const Draw& d);
    void doRace(const Draw& d);
    void doTimelineScrub(const Draw& d);
    void doLesson(const Draw& d);
    void doPresentation(const Draw& d);
    void doExport(const Draw& d);
    void doSaveCloseReopen(const Draw& d);
    void doNewProject(const Draw& d);
    void doDivergenceBanner(const Draw& d);
    void doOpenWindow(const Draw& d);
    void doDismiss();
    void doToggleDock(const Draw& d);
    /// Selects run row `row` in the Runs table (a click on its name).
    bool selectRunRow(std::uint64_t row);

    // --- invariants ------------------------------------------------------------------------
    void fail(const QString& what); // records the first violation
    void checkInvariants();
    void checkModel();
    void checkViews();
    void checkHistory();
    void checkMessages();
    /// The project as it stands, to compare before and after a refused file.
    struct Frozen
    {
        bp::Architecture arch;
        ProjectSettings settings;
        bp::Vector params;
        bp::Index examples = 0;
        QString sourcePath;
        bool active = false; // training ran: the weights may have moved
    };
    Frozen freeze() const;
    void expectUnchanged(const Frozen& before, const QString& why);
    void expectOpenedAs(const QString& path);

    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;
    std::mt19937_64 rng_;
    std::uint64_t seed_ = 17;
    QStringList log_;
    QString violation_;
    bool verbose_ = false;
    QString nextPath_; // what the file choosers answer next
    QString lastExportStatus_;
    int fileCounter_ = 0;
    QTimer* closer_ = nullptr;
    bool presentingFromMonkey_ = false;
    QStringList docksBeforePresenting_;
    bool docksToggledWhilePresenting_ = false;
    std::vector<QMetaObject::Connection> connections_;
};

// --- setup ----------------------------------------------------------------------------------

void TestMonkey::initTestCase()
{
    QVERIFY(dir_.isValid());
    QStandardPaths::setTestModeEnabled(true); // layout and recent files stay out of ~/.config
    registerMetaTypes();
    g_previousHandler = qInstallMessageHandler(collectMessages);
    if (__sanitizer_set_death_callback != nullptr)
        __sanitizer_set_death_callback(dumpCrashLog);
    struct sigaction handler = {};
    handler.sa_handler = onFatalSignal;
    sigemptyset(&handler.sa_mask);
    sigaction(SIGSEGV, &handler, &g_previousSegv);
    sigaction(SIGABRT, &handler, &g_previousAbort);
    // A modal dialog (About, a file dialog nobody answers) would block the run: a user closes
    // it. Window-modal message boxes (errors) are closed the same way; a save's progress
    // dialog is left alone, since closing it cancels the save.
    closer_ = new QTimer(this);
    closer_->setInterval(25);
    connect(closer_, &QTimer::timeout, this, [] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal != nullptr && qobject_cast<QProgressDialog*>(modal) == nullptr)
            modal->close();
    });
    closer_->start();
    studioSettings().remove(QStringLiteral("window"));
    openWindow();
}

void TestMonkey::cleanupTestCase()
{
    closeWindow();
    qInstallMessageHandler(g_previousHandler);
    sigaction(SIGSEGV, &g_previousSegv, nullptr);
    sigaction(SIGABRT, &g_previousAbort, nullptr);
}

void TestMonkey::openWindow()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    (void)QTest::qWaitForWindowExposed(window_.get());
    window_->activateWindow();
    ProjectFiles* files = window_->projectFiles();
    files->setSavePrompt([](const QString&) { return QMessageBox::Discard; });
    files->setFileChooser([this](bool, const QString&) { return nextPath_; });
    find<ModelImport>(QStringLiteral("modelImport"))
        ->setFileChooser([this](const QString&) { return nextPath_; });
    auto* exports = find<ExportMenu>(QStringLiteral("exportMenu"));
    exports->setFileChooser([this](const QString&, const QString& name, const QString&) {
        return dir_.filePath(QStringLiteral("export-%1-%2").arg(++fileCounter_).arg(name));
    });
    connections_.push_back(connect(exports, &ExportMenu::statusMessage, this,
                                   [this](const QString& text) { lastExportStatus_ = text; }));
    // No snapshot may arrive while the controller is not training: after Stop's final one,
    // and never from a run the project abandoned.
    TrainingController* training = controller();
    connections_.push_back(connect(
        training, &TrainingController::snapshotReceived, this,
        [this, training](const TrainingSnapshot& snapshot) {
            if (!training->isActive())
                fail(QStringLiteral("a snapshot (iteration %1) arrived in state %2")
                         .arg(snapshot.latest.iteration)
                         .arg(toDisplayString(training->state())));
        }));
    connections_.push_back(connect(training, &TrainingController::failed, this,
                                   [this](const QString& text) {
                                       fail(QStringLiteral("training failed: %1").arg(text));
                                   }));
}

void TestMonkey::closeWindow()
{
    for (const QMetaObject::Connection& c : connections_)
        disconnect(c);
    connections_.clear();
    if (window_) {
        window_->close();
        window_.reset(); // joins every thread; a hang fails by the ctest timeout
    }
    presentingFromMonkey_ = false;
}

bool TestMonkey::trigger(const char* name)
{
    QAction* a = action(name);
    if (a == nullptr) {
        fail(QStringLiteral("no action %1").arg(QLatin1String(name)));
        return false;
    }
    if (!a->isEnabled()) {
        note(QStringLiteral("(disabled)"));
        return false;
    }
    a->trigger();
    return true;
}

bool TestMonkey::click(const QString& name)
{
    auto* button = find<QAbstractButton>(name);
    if (button == nullptr || !button->isVisible() || !button->isEnabled()) {
        note(QStringLiteral("(%1 not clickable)").arg(name));
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void TestMonkey::type(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Enter);
}

void TestMonkey::settle(int ms)
{
    if (ms > 0)
        QTest::qWait(ms);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

bool TestMonkey::waitFor(const std::function<bool()>& done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

// --- the run --------------------------------------------------------------------------------

void TestMonkey::randomActionsKeepTheInvariants()
{
    bool ok = false;
    const qulonglong seed = qEnvironmentVariable("BPS_MONKEY_SEED").toULongLong(&ok);
    seed_ = ok ? seed : 17;
    const int seconds = qEnvironmentVariableIntValue("BPS_MONKEY_SECONDS");
    long actions = qEnvironmentVariableIntValue("BPS_MONKEY_ACTIONS", &ok);
    if (!ok || actions <= 0)
        actions = seconds > 0 ? std::numeric_limits<long>::max() : 2000;
    verbose_ = qEnvironmentVariableIntValue("BPS_MONKEY_VERBOSE") != 0;
    rng_.seed(seed_);
    const QString replay =
        QStringLiteral("BPS_MONKEY_SEED=%1 BPS_MONKEY_ACTIONS=%2").arg(seed_).arg(actions);
    qInfo("monkey: seed %llu, %s actions%s (replay: %s)", static_cast<unsigned long long>(seed_),
          actions == std::numeric_limits<long>::max() ? "unlimited"
                                                      : qPrintable(QString::number(actions)),
          seconds > 0 ? qPrintable(QStringLiteral(", at most %1 s").arg(seconds)) : "",
          qPrintable(replay));
    g_crashLog = QStringLiteral("seed %1\n").arg(seed_).toStdString();

    const auto start = std::chrono::steady_clock::now();
    long done = 0;
    for (; done < actions && violation_.isEmpty(); ++done) {
        if (seconds > 0 &&
            std::chrono::steady_clock::now() - start > std::chrono::seconds(seconds))
            break;
        const Draw d = draw();
        log_ << QStringLiteral("#%1 %2 [%3 %4 %5]")
                    .arg(done)
                    .arg(QLatin1String(d.name))
                    .arg(d.a % 1000)
                    .arg(d.b % 1000)
                    .arg(d.c % 1000);
        g_crashLog += log_.constLast().toStdString() + '\n';
        if (verbose_)
            qInfo("%s", qPrintable(log_.constLast()));
        perform(d);
        if (!violation_.isEmpty())
            break;
        settle();
        checkInvariants();
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    qInfo("monkey: %ld actions in %.1f s (%.1f actions/s)", done, elapsed,
          elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0);
    if (!violation_.isEmpty()) {
        const QString text = QStringLiteral("%1\nseed %2; replay with %3 (the failing action is "
                                            "the last one):\n%4")
                                 .arg(violation_)
                                 .arg(seed_)
                                 .arg(QStringLiteral("BPS_MONKEY_SEED=%1 BPS_MONKEY_ACTIONS=%2")
                                          .arg(seed_)
                                          .arg(done + 1))
                                 .arg(log_.join(QLatin1Char('\n')));
        QFAIL(qPrintable(text));
    }
    // The window still closes cleanly and joins its threads with whatever is still running.
    closeWindow();
    checkMessages();
    QVERIFY2(violation_.isEmpty(), qPrintable(violation_));
    openWindow();
}

Draw TestMonkey::draw()
{
    int total = 0;
    for (const KindWeight& k : kKinds)
        total += k.weight;
    const std::uint64_t pick = rng_();
    const std::uint64_t a = rng_();
    const std::uint64_t b = rng_();
    const std::uint64_t c = rng_();
    int at = static_cast<int>(pick % static_cast<std::uint64_t>(total));
    for (const KindWeight& k : kKinds) {
        if (at < k.weight)
            return {k.kind, k.name, a, b, c};
        at -= k.weight;
    }
    return {Kind::Wait, "wait", a, b, c};
}

void TestMonkey::note(const QString& text)
{
    if (log_.isEmpty())
        return;
    log_.last() += QLatin1Char(' ') + text;
    g_crashLog += "   " + text.toStdString() + '\n';
}

void TestMonkey::fail(const QString& what)
{
    if (violation_.isEmpty())
        violation_ = what;
}

void TestMonkey::perform(const Draw& d)
{
    switch (d.kind) {
    case Kind::TrainPause:
        doTrainPause(d);
        break;
    case Kind::SpaceKey:
        doSpaceKey(d);
        break;
    case Kind::Step:
        doStep(d);
        break;
    case Kind::Stop:
        doStop(d);
        break;
    case Kind::Wait:
        settle(5 + static_cast<int>(d.a % 60));
        break;
    case Kind::ResetWeights:
        trigger("actionResetWeights");
        if (!controller()->isActive() && !history()->empty())
            fail(QStringLiteral("Reset weights left %1 history rows").arg(history()->size()));
        break;
    case Kind::AddLayer:
        if (model()->hiddenSizes().size() < 5)
            click(QStringLiteral("addLayerButton"));
        else
            note(QStringLiteral("(5 hidden layers already)"));
        break;
    case Kind::RemoveLayer:
        click(QStringLiteral("removeLayerButton"));
        break;
    case Kind::LayerUnits:
        doLayerUnits(d);
        break;
    case Kind::LayerActivation:
        doLayerActivation(d);
        break;
    case Kind::OutputActivation:
        doComboStep(QStringLiteral("outputActivationCombo"), d);
        break;
    case Kind::Optimizer:
        doComboStep(QStringLiteral("optimizerCombo"), d);
        break;
    case Kind::LearningRate:
        doLearningRate(d);
        break;
    case Kind::OtherSetting:
        doOtherSetting(d);
        break;
    case Kind::Initialisation:
        doInitialisation(d);
        break;
    case Kind::Regenerate:
        doRegenerate(d);
        break;
    case Kind::Preprocessing:
        doPreprocessing(d);
        break;
    case Kind::OpenCsv:
        doOpenCsv(d);
        break;
    case Kind::OpenIdx:
        doOpenIdx(d);
        break;
    case Kind::OpenProject:
        doOpenProject(d);
        break;
    case Kind::ImportModel:
        doImportModel(d);
        break;
    case Kind::GradientCheck:
        doGradientCheck(d);
        break;
    case Kind::Undo:
        trigger("actionUndo");
        break;
    case Kind::Redo:
        trigger("actionRedo");
        break;
    case Kind::UndoRoundTrip:
        doUndoRoundTrip(d);
        break;
    case Kind::TickRun:
        doTickRun(d);
        break;
    case Kind::DeleteRun:
        doDeleteRun(d);
        break;
    case Kind::Race:
        doRace(d);
        break;
    case Kind::TimelineScrub:
        doTimelineScrub(d);
        break;
    case Kind::Branch:
        if (selectRunRow(d.a))
            click(QStringLiteral("timelineBranchButton"));
        break;
    case Kind::BackToLive:
        click(QStringLiteral("timelineLiveButton"));
        break;
    case Kind::Lesson:
        doLesson(d);
        break;
    case Kind::Presentation:
        doPresentation(d);
        break;
    case Kind::Export:
        doExport(d);
        break;
    case Kind::SaveCloseReopen:
        doSaveCloseReopen(d);
        break;
    case Kind::NewProject:
        doNewProject(d);
        break;
    case Kind::DivergenceBanner:
        doDivergenceBanner(d);
        break;
    case Kind::OpenWindow:
        doOpenWindow(d);
        break;
    case Kind::Dismiss:
        doDismiss();
        break;
    case Kind::ToggleDock:
        doToggleDock(d);
        break;
    case Kind::CostAxis:
        doComboStep(QStringLiteral("costXAxisCombo"), d);
        break;
    }
}

// --- training ---------------------------------------------------------------------------------

void TestMonkey::doTrainPause(const Draw& d)
{
    const TrainingState before = controller()->state();
    if (trigger("actionTrainPause")) {
        const TrainingState after = controller()->state();
        note(QStringLiteral("%1 → %2").arg(toDisplayString(before), toDisplayString(after)));
        const bool ok = before == TrainingState::Running ? after == TrainingState::Paused
                                                         : after == TrainingState::Running ||
                                                               find<QMessageBox>(QStringLiteral(
                                                                   "trainingMemoryError"));
        if (!ok)
            fail(QStringLiteral("Train/Pause went from %1 to %2")
                     .arg(toDisplayString(before), toDisplayString(after)));
    }
    settle(static_cast<int>(d.a % 25));
}

void TestMonkey::doSpaceKey(const Draw& d)
{
    // Space trains or pauses from anywhere in the window, also after typing in a spin box; a
    // focused button takes it as a click, as it would for a user.
    QWidget* focus = QApplication::focusWidget();
    QWidget* target = focus != nullptr && focus->window() == window_.get() ? focus : window_.get();
    note(QStringLiteral("(focus %1)").arg(target->objectName()));
    QTest::keyClick(target, Qt::Key_Space);
    settle(static_cast<int>(d.a % 25));
}

void TestMonkey::doStep(const Draw& d)
{
    const long before = controller()->totalIterations();
    const bool wasActive = controller()->isActive();
    if (!trigger("actionStep"))
        return;
    note(QStringLiteral("at %1").arg(before));
    if (d.a % 2 == 0 && wasActive && controller()->state() == TrainingState::Paused) {
        // A paused step: exactly one more iteration, still paused (unless the budget ended it).
        const bool stepped = waitFor(
            [&] {
                return !controller()->isActive() || controller()->totalIterations() >= before + 1;
            },
            30000);
        if (!stepped)
            fail(QStringLiteral("a step from iteration %1 never came").arg(before));
        settle(5);
    }
}

void TestMonkey::doStop(const Draw& d)
{
    (void)d;
    const bool wasActive = controller()->isActive();
    trigger("actionStop");
    if (!wasActive)
        return;
    if (!waitFor([this] { return !controller()->isActive(); }, 60000))
        fail(QStringLiteral("Stop did not end the run within 60 s"));
    note(QStringLiteral("→ %1 at %2")
             .arg(toDisplayString(controller()->state()))
             .arg(controller()->totalIterations()));
    // Nothing more may arrive now (the snapshot watcher fails the test if it does).
    settle(static_cast<int>(d.a % 30));
}

// --- the network and the settings --------------------------------------------------------------

void TestMonkey::doLayerUnits(const Draw& d)
{
    const std::vector<int> hidden = model()->hiddenSizes();
    if (hidden.empty()) {
        note(QStringLiteral("(no hidden layer)"));
        return;
    }
    const int i = static_cast<int>(d.a % hidden.size());
    switch (d.b % 3) {
    case 0:
        if (hidden[static_cast<std::size_t>(i)] < 48)
            click(QStringLiteral("layerPlusButton_%1").arg(i));
        break;
    case 1:
        click(QStringLiteral("layerMinusButton_%1").arg(i));
        break;
    default: {
        auto* spin = find<QSpinBox>(QStringLiteral("layerSizeSpin_%1").arg(i));
        if (spin == nullptr || !spin->isVisible()) {
            note(QStringLiteral("(no visible spin box %1)").arg(i));
            return;
        }
        const int units = 1 + static_cast<int>(d.c % 32);
        note(QStringLiteral("layer %1 ← %2").arg(i).arg(units));
        type(spin, QString::number(units));
        if (model()->hiddenSizes().size() > static_cast<std::size_t>(i) &&
            model()->hiddenSizes()[static_cast<std::size_t>(i)] != units)
            fail(QStringLiteral("typed %1 units into layer %2, the model has %3")
                     .arg(units)
                     .arg(i)
                     .arg(model()->hiddenSizes()[static_cast<std::size_t>(i)]));
        break;
    }
    }
}

void TestMonkey::doLayerActivation(const Draw& d)
{
    const std::size_t layers = model()->hiddenSizes().size();
    if (layers == 0) {
        note(QStringLiteral("(no hidden layer)"));
        return;
    }
    doComboStep(QStringLiteral("layerActivationCombo_%1").arg(d.a % layers), d);
}

void TestMonkey::doComboStep(const QString& name, const Draw& d)
{
    auto* combo = find<QComboBox>(name);
    if (combo == nullptr || !combo->isVisible() || !combo->isEnabled()) {
        note(QStringLiteral("(%1 not usable)").arg(name));
        return;
    }
    // Up / Down on a closed combo box chooses the neighbouring item, as a keyboard user does.
    const Qt::Key key = d.b % 2 == 0 ? Qt::Key_Down : Qt::Key_Up;
    combo->setFocus();
    QTest::keyClick(combo, key);
    note(QStringLiteral("%1 → %2").arg(name, combo->currentText()));
}

void TestMonkey::doLearningRate(const Draw& d)
{
    auto* spin = find<QDoubleSpinBox>(QStringLiteral("learningRateSpin"));
    if (spin == nullptr || !spin->isVisible()) {
        note(QStringLiteral("(hidden)"));
        return;
    }
    if (d.a % 3 == 0) {
        static const char* const rates[] = {"0.001", "0.01", "0.05", "0.3", "1", "5", "40"};
        const char* rate = rates[d.b % std::size(rates)];
        note(QStringLiteral("← %1").arg(QLatin1String(rate)));
        type(spin, QString::fromLatin1(rate));
    } else {
        spin->setFocus();
        QTest::keyClick(spin, d.b % 2 == 0 ? Qt::Key_Up : Qt::Key_Down);
        note(QStringLiteral("→ %1").arg(spin->value()));
    }
}

void TestMonkey::doOtherSetting(const Draw& d)
{
    struct Setting
    {
        const char* name;
        const char* values[4];
    };
    static const Setting settings[] = {
        {"lambdaSpin", {"0", "0.01", "0.5", "3"}},
        {"batchSizeSpin", {"0", "16", "64", "1"}},
        {"maxIterationsSpin", {"0", "30", "200", "5"}},
        {"maxEpochsSpin", {"0", "3", "50", "0"}},
        {"momentumSpin", {"0", "0.5", "0.9", "0.99"}},
        {"beta1Spin", {"0.9", "0.5", "0", "0.99"}},
        {"beta2Spin", {"0.999", "0.9", "0.5", "0.99999"}},
        {"targetCostSpin", {"0", "0.1", "0.5", "0"}},
        {"patienceSpin", {"0", "3", "20", "0"}},
    };
    const Setting& s = settings[d.a % std::size(settings)];
    auto* spin = find<QAbstractSpinBox>(QString::fromLatin1(s.name));
    if (spin == nullptr || !spin->isVisible() || !spin->isEnabled()) {
        note(QStringLiteral("(%1 not usable)").arg(QLatin1String(s.name)));
        return;
    }
    const char* value = s.values[d.b % 4];
    note(QStringLiteral("%1 ← %2").arg(QLatin1String(s.name), QLatin1String(value)));
    type(spin, QString::fromLatin1(value));
}

void TestMonkey::doInitialisation(const Draw& d)
{
    if (d.a % 2 == 0) {
        doComboStep(QStringLiteral("initCombo"), d);
        return;
    }
    auto* seed = find<QSpinBox>(QStringLiteral("initSeedSpin"));
    if (seed == nullptr || !seed->isVisible()) {
        note(QStringLiteral("(hidden)"));
        return;
    }
    const int value = static_cast<int>(d.c % 100);
    note(QStringLiteral("seed ← %1").arg(value));
    type(seed, QString::number(value));
}

// --- data ---------------------------------------------------------------------------------------

void TestMonkey::doRegenerate(const Draw& d)
{
    auto* combo = find<QComboBox>(QStringLiteral("generatorCombo"));
    auto* samples = find<QSpinBox>(QStringLiteral("generatorSamples"));
    auto* seed = find<QSpinBox>(QStringLiteral("generatorSeed"));
    if (combo == nullptr || !combo->isVisible() || loaderBusy()) {
        note(QStringLiteral("(not usable)"));
        return;
    }
    if (combo->isEnabled() && d.a % 2 == 0) {
        combo->setFocus();
        QTest::keyClick(combo, d.a % 4 == 0 ? Qt::Key_Down : Qt::Key_Up);
    }
    if (samples->isEnabled() && d.b % 3 == 0)
        type(samples, QString::number(50 + d.b % 351));
    if (seed->isEnabled() && d.c % 3 == 0)
        type(seed, QString::number(d.c % 50));
    note(QStringLiteral("%1, %2 examples, seed %3")
             .arg(combo->currentText())
             .arg(samples->value())
             .arg(seed->value()));
    auto* panel = find<DataPanel>(QStringLiteral("dataPanel"));
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    if (!click(QStringLiteral("regenerateButton")))
        return;
    if (loaded.isEmpty() && !waitFor([&] { return !loaded.isEmpty(); }, 60000)) {
        fail(QStringLiteral("Regenerate never finished"));
        return;
    }
    const bool ok = loaded.constFirst().at(0).toBool();
    note(ok ? QStringLiteral("ok") : QStringLiteral("refused: %1").arg(dataError()));
    if (ok && model()->dataSource().generator.name != combo->currentText().toStdString())
        fail(QStringLiteral("regenerated %1, the model holds %2")
                 .arg(combo->currentText(),
                      QString::fromStdString(model()->dataSource().generator.name)));
}

void TestMonkey::doPreprocessing(const Draw& d)
{
    switch (d.a % 4) {
    case 0:
        doComboStep(QStringLiteral("normalizationCombo"), d);
        return;
    case 1:
    case 2: {
        const char* name = d.a % 4 == 1 ? "validationFraction" : "testFraction";
        auto* spin = find<QDoubleSpinBox>(QString::fromLatin1(name));
        if (spin == nullptr || !spin->isVisible() || !spin->isEnabled()) {
            note(QStringLiteral("(%1 not usable)").arg(QLatin1String(name)));
            return;
        }
        static const char* const values[] = {"0", "0.2", "0.5", "0.9", "0.1"};
        const char* value = values[d.b % std::size(values)];
        note(QStringLiteral("%1 ← %2").arg(QLatin1String(name), QLatin1String(value)));
        type(spin, QString::fromLatin1(value));
        return;
    }
    default: {
        auto* spin = find<QSpinBox>(QStringLiteral("splitSeed"));
        if (spin == nullptr || !spin->isVisible() || !spin->isEnabled()) {
            note(QStringLiteral("(splitSeed not usable)"));
            return;
        }
        note(QStringLiteral("split seed ← %1").arg(d.b % 20));
        type(spin, QString::number(d.b % 20));
        return;
    }
    }
}

void TestMonkey::doOpenCsv(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    // Classification cases whose label column is the default (the last one): as the File →
    // Open dialog would load them.
    std::vector<const bpt::CsvCase*> malformed;
    for (const bpt::CsvCase& c : bpt::kCsvCases)
        if (c.labelColumn[0] == '\0' && !c.regression)
            malformed.push_back(&c);
    const bpt::CsvCase* bad = nullptr;
    QString path;
    switch (d.a % 4) {
    case 0:
        path = QString::fromLatin1(kValidCsv);
        break;
    case 1:
        path = QString::fromLatin1(kMaybeCsv[d.b % std::size(kMaybeCsv)]);
        break;
    default:
        bad = malformed[d.b % malformed.size()];
        path = QStringLiteral(BPS_TEST_DATA_DIR "/csv/") + QLatin1String(bad->file);
        break;
    }
    note(QFileInfo(path).fileName());
    const Frozen before = freeze();
    auto* panel = find<DataPanel>(QStringLiteral("dataPanel"));
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    nextPath_ = path;
    if (!trigger("actionOpenProject")) // File → Open… hands a data file to the Data dock
        return;
    if (loaded.isEmpty() && !waitFor([&] { return !loaded.isEmpty(); }, 60000)) {
        fail(QStringLiteral("opening %1 never finished").arg(path));
        return;
    }
    const bool ok = loaded.constFirst().at(0).toBool();
    note(ok ? QStringLiteral("loaded") : QStringLiteral("refused: ") + dataError());
    if (bad != nullptr) {
        if (ok)
            fail(QStringLiteral("the malformed %1 loaded").arg(path));
        else if (!dataError().contains(QLatin1String(bad->message)))
            fail(QStringLiteral("%1: expected \"%2\", the panel says \"%3\"")
                     .arg(path, QLatin1String(bad->message), dataError()));
        expectUnchanged(before, QStringLiteral("the malformed %1").arg(path));
    } else if (path == QLatin1String(kValidCsv)) {
        if (!ok)
            fail(QStringLiteral("iris.csv was refused: %1").arg(dataError()));
        else if (model()->dataset().size() != 150 || model()->architecture().inputSize() != 4)
            fail(QStringLiteral("iris.csv loaded as %1 examples, network %2")
                     .arg(model()->dataset().size())
                     .arg(layerText(model()->architecture())));
    } else if (!ok) {
        expectUnchanged(before, QStringLiteral("the refused %1").arg(path));
    }
}

void TestMonkey::doOpenIdx(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    const QString idx = QStringLiteral(BPS_TEST_DATA_DIR "/idx/");
    const bpt::IdxCase* bad = nullptr;
    QString images = idx + QStringLiteral("small-images.idx3");
    QString labels = idx + QStringLiteral("small-labels.idx1");
    if (d.a % 3 != 0) {
        bad = &bpt::kIdxCases[d.b % std::size(bpt::kIdxCases)];
        if (bad->maxExamples != 0) {
            note(QStringLiteral("(%1 needs a limit)").arg(QLatin1String(bad->name)));
            return;
        }
        images = idx + QLatin1String(bad->images);
        labels = idx + QLatin1String(bad->labels);
    }
    note(QStringLiteral("%1 + %2").arg(QFileInfo(images).fileName(), QFileInfo(labels).fileName()));
    const Frozen before = freeze();
    auto* panel = find<DataPanel>(QStringLiteral("dataPanel"));
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    // Open IDX… asks for two files with QFileDialog; this is what it does with the answers.
    panel->openIdxFiles(images, labels);
    if (loaded.isEmpty() && !waitFor([&] { return !loaded.isEmpty(); }, 60000)) {
        fail(QStringLiteral("opening %1 never finished").arg(images));
        return;
    }
    const bool ok = loaded.constFirst().at(0).toBool();
    note(ok ? QStringLiteral("loaded") : QStringLiteral("refused: ") + dataError());
    if (bad == nullptr) {
        if (!ok)
            fail(QStringLiteral("the valid IDX files were refused: %1").arg(dataError()));
        return;
    }
    QString expected = QLatin1String(bad->expected);
    if (expected.endsWith(QLatin1Char('*')))
        expected.chop(1);
    if (ok)
        fail(QStringLiteral("the malformed IDX case '%1' loaded").arg(QLatin1String(bad->name)));
    else if (!dataError().contains(expected))
        fail(QStringLiteral("IDX case '%1': expected \"%2\", the panel says \"%3\"")
                 .arg(QLatin1String(bad->name), expected, dataError()));
    expectUnchanged(before, QStringLiteral("the malformed IDX case %1").arg(bad->name));
}

void TestMonkey::doOpenProject(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    const bpt::ProjectCase* bad = nullptr;
    QString path;
    if (d.a % 3 == 0) {
        // (valid_minimal.bpstudio is valid to read, but names a CSV file beside it that is not)
        path = QStringLiteral(BPS_TEST_DATA_DIR "/project/valid.bpstudio");
    } else if (d.a % 3 == 1) {
        bad = &bpt::kProjectCases[d.b % std::size(bpt::kProjectCases)];
        path = QStringLiteral(BPS_TEST_DATA_DIR "/project/%1.bpstudio").arg(bad->file);
    } else {
        // One this run saved earlier, when there is one.
        const QStringList saved =
            QDir(dir_.path()).entryList({QStringLiteral("saved-*.bpstudio")}, QDir::Files,
                                        QDir::Name);
        if (saved.isEmpty()) {
            note(QStringLiteral("(nothing saved yet)"));
            return;
        }
        path = dir_.filePath(saved[static_cast<int>(d.b % saved.size())]);
    }
    note(QFileInfo(path).fileName());
    const Frozen before = freeze();
    ProjectFiles* files = window_->projectFiles();
    QSignalSpy opened(files, &ProjectFiles::opened);
    QSignalSpy failed(files, &ProjectFiles::openFailed);
    nextPath_ = path;
    if (!trigger("actionOpenProject"))
        return;
    if (!files->isOpening() && opened.isEmpty() && failed.isEmpty()) {
        note(QStringLiteral("(not started: %1)").arg(files->lastError()));
        return;
    }
    if (!waitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000)) {
        fail(QStringLiteral("opening %1 never finished").arg(path));
        return;
    }
    if (bad != nullptr) {
        if (!opened.isEmpty())
            fail(QStringLiteral("the malformed %1 opened").arg(path));
        else if (!files->lastError().contains(QLatin1String(bad->message)))
            fail(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                     .arg(path, QLatin1String(bad->message), files->lastError()));
        note(QStringLiteral("refused"));
        expectUnchanged(before, QStringLiteral("the malformed %1").arg(path));
        return;
    }
    if (opened.isEmpty()) {
        fail(QStringLiteral("the valid %1 was refused: %2").arg(path, files->lastError()));
        return;
    }
    note(QStringLiteral("opened"));
    expectOpenedAs(path);
}

void TestMonkey::expectOpenedAs(const QString& path)
{
    bp::Project project;
    try {
        project = bp::loadProject(path.toStdString());
    } catch (const std::exception& error) {
        fail(QStringLiteral("%1 opened but does not load: %2").arg(path, error.what()));
        return;
    }
    if (!(model()->architecture() == project.architecture))
        fail(QStringLiteral("%1 holds %2, the window shows %3")
                 .arg(path, layerText(project.architecture), layerText(model()->architecture())));
    else if (project.weights.size() > 0 && !bitEqual(model()->parameters(), project.weights))
        fail(QStringLiteral("%1: the weights differ from the file's").arg(path));
    else if (project.weights.size() == 0 &&
             !bitEqual(model()->parameters(),
                       bp::initializeParameters(project.architecture, project.initKind,
                                                project.initSeed)))
        fail(QStringLiteral("%1 has no weights: they are not its initialisation's").arg(path));
    if (controller()->isActive())
        fail(QStringLiteral("opening %1 left training %2")
                 .arg(path, toDisplayString(controller()->state())));
    const bool continues = !project.runs.empty() &&
                           bitEqual(project.runs.back().finalWeights, project.weights);
    const std::size_t rows = continues ? project.runs.back().history.size() : 0;
    if (history()->size() != rows)
        fail(QStringLiteral("%1: %2 live history rows, the file's last run has %3")
                 .arg(path)
                 .arg(history()->size())
                 .arg(rows));
}

void TestMonkey::doImportModel(const Draw& d)
{
    QString path;
    const bpt::ModelCase* bad = nullptr;
    if (d.a % 3 == 0) {
        path = QStringLiteral(BPS_TEST_DATA_DIR "/model/%1.json")
                   .arg(d.b % 2 == 0 ? QStringLiteral("valid") : QStringLiteral("valid_minimal"));
    } else {
        bad = &bpt::kModelCases[d.b % std::size(bpt::kModelCases)];
        path = QStringLiteral(BPS_TEST_DATA_DIR "/model/") + QLatin1String(bad->file);
    }
    note(QFileInfo(path).fileName());
    const Frozen before = freeze();
    auto* import = find<ModelImport>(QStringLiteral("modelImport"));
    nextPath_ = path;
    if (!trigger("actionImportModel"))
        return;
    settle();
    const QString error = import->lastError();
    note(error.isEmpty() ? QStringLiteral("imported") : QStringLiteral("refused: ") + error);
    if (before.active) { // refused first of all: the run owns the weights
        if (!error.contains(QStringLiteral("training is running")))
            fail(QStringLiteral("importing while training: %1").arg(error));
    } else if (bad != nullptr) {
        if (error.isEmpty())
            fail(QStringLiteral("the malformed %1 was imported").arg(path));
        else if (!error.contains(QLatin1String(bad->message)))
            fail(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                     .arg(path, QLatin1String(bad->message), error));
    }
    if (!error.isEmpty())
        expectUnchanged(before, QStringLiteral("the refused model %1").arg(path));
}

// --- gradient check, undo -----------------------------------------------------------------------

void TestMonkey::doGradientCheck(const Draw& d)
{
    GradientCheckRunner* runner = window_->gradientCheckRunner();
    switch (d.a % 3) {
    case 0:
        if (runner->isRunning())
            click(QStringLiteral("cancelGradientCheckButton"));
        else
            note(QStringLiteral("(not running)"));
        return;
    case 1:
        trigger("actionGradientCheck");
        return;
    default: {
        if (!trigger("actionGradientCheck"))
            return;
        if (!waitFor([runner] { return !runner->isRunning(); }, 120000))
            fail(QStringLiteral("the gradient check did not end within 120 s"));
        settle();
        return;
    }
    }
}

bool TestMonkey::undoableEdit(std::uint64_t which, std::uint64_t value)
{
    const Draw d{Kind::Wait, "", value, value / 7, value / 49};
    switch (which % 7) {
    case 0:
        doLearningRate(d);
        break;
    case 1:
        doComboStep(QStringLiteral("optimizerCombo"), d);
        break;
    case 2:
        doLayerUnits(d);
        break;
    case 3:
        doLayerActivation(d);
        break;
    case 4:
        doOtherSetting(d);
        break;
    case 5:
        doInitialisation(d);
        break;
    default:
        doPreprocessing(d);
        break;
    }
    settle();
    return true;
}

void TestMonkey::doUndoRoundTrip(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    QUndoStack* stack = window_->session()->undo()->stack();
    const Frozen before = freeze();
    const int index = stack->index();
    undoableEdit(d.a, d.b);
    const Frozen edited = freeze();
    if (stack->index() == index) {
        if (!(edited.settings == before.settings))
            fail(QStringLiteral("a settings edit left nothing to undo"));
        note(QStringLiteral("(no change)"));
        return;
    }
    // Typing "64" into a spin box that tracks the keyboard is two edits ("6", then "64").
    const int steps = stack->index() - index;
    if (steps < 1 || steps > 8) {
        fail(QStringLiteral("one edit pushed %1 undo steps").arg(steps));
        return;
    }
    for (int i = 0; i < steps; ++i)
        trigger("actionUndo");
    settle();
    const Frozen undone = freeze();
    if (!(undone.settings == before.settings))
        fail(QStringLiteral("undo did not restore the settings"));
    if (!(undone.arch == before.arch))
        fail(QStringLiteral("undo gave %1, before the edit it was %2")
                 .arg(layerText(undone.arch), layerText(before.arch)));
    if (undone.examples != before.examples)
        fail(QStringLiteral("undo changed the data"));
    // The weights: as they were when only the settings changed; otherwise the drawn
    // initialisation, which is where they were unless training had moved them.
    const bool redrawn = !(edited.arch == before.arch) ||
                         edited.settings.initKind != before.settings.initKind ||
                         edited.settings.initSeed != before.settings.initSeed;
    const bool moving = before.active || edited.active || undone.active;
    if (!redrawn && !moving && !bitEqual(undone.params, before.params))
        fail(QStringLiteral("undo of a settings edit changed the weights"));
    if (redrawn && !bitEqual(undone.params,
                             bp::initializeParameters(undone.arch, undone.settings.initKind,
                                                      undone.settings.initSeed)))
        fail(QStringLiteral("undo drew weights other than the initialisation's"));
    for (int i = 0; i < steps; ++i)
        trigger("actionRedo");
    settle();
    const Frozen redone = freeze();
    if (!(redone.settings == edited.settings) || !(redone.arch == edited.arch))
        fail(QStringLiteral("redo did not restore the edit (%1, expected %2)")
                 .arg(layerText(redone.arch), layerText(edited.arch)));
    note(QStringLiteral("round trip %1 → %2 → %3")
             .arg(layerText(before.arch), layerText(edited.arch), layerText(undone.arch)));
}

// --- runs, race, timeline -----------------------------------------------------------------------

bool TestMonkey::selectRunRow(std::uint64_t row)
{
    auto* table = find<QTableView>(QStringLiteral("runsTable"));
    if (table == nullptr || !table->isVisible() || runs()->count() == 0) {
        note(QStringLiteral("(runs table hidden)"));
        return false;
    }
    const int r = static_cast<int>(row % static_cast<std::uint64_t>(runs()->count()));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(r, RunsModel::NameColumn));
    note(QStringLiteral("run row %1 (%2)").arg(r).arg(runs()->find(runs()->idAt(r))->name));
    return true;
}

void TestMonkey::doTickRun(const Draw& d)
{
    if (!selectRunRow(d.a))
        return;
    QTest::keyClick(find<QTableView>(QStringLiteral("runsTable")), Qt::Key_Space);
}

void TestMonkey::doDeleteRun(const Draw& d)
{
    if (!selectRunRow(d.a))
        return;
    const int before = runs()->count();
    if (click(QStringLiteral("runsDeleteButton")))
        note(QStringLiteral("%1 → %2 runs").arg(before).arg(runs()->count()));
}

void TestMonkey::doRace(const Draw& d)
{
    if (!trigger("actionRace"))
        return;
    RaceDialog* dialog = window_->findChild<RunsTools*>()->raceDialog();
    if (dialog == nullptr || !dialog->isVisible()) {
        note(QStringLiteral("(no race dialog)"));
        return;
    }
    if (dialog->runner()->isRunning()) {
        if (d.a % 2 == 0) {
            note(QStringLiteral("stop"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("raceStopButton")),
                              Qt::LeftButton);
        }
        return;
    }
    auto* vary = dialog->findChild<QComboBox*>(QStringLiteral("raceVaryCombo"));
    vary->setFocus();
    QTest::keyClick(vary, d.a % 2 == 0 ? Qt::Key_Down : Qt::Key_Up);
    auto* budget = dialog->findChild<QSpinBox*>(QStringLiteral("raceBudgetSpin"));
    const int iterations = 3 + static_cast<int>(d.b % 40);
    type(budget, QString::number(iterations));
    QTest::keyClick(budget, Qt::Key_Tab);
    dialog
        ->findChild<QRadioButton*>(d.c % 2 == 0 ? QStringLiteral("raceInterleavedRadio")
                                                : QStringLiteral("raceSequentialRadio"))
        ->click();
    note(QStringLiteral("%1, %2 iterations").arg(vary->currentText()).arg(iterations));
    QSignalSpy finished(dialog, &RaceDialog::raceFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("raceStartButton")),
                      Qt::LeftButton);
    if (!dialog->runner()->isRunning()) {
        note(QStringLiteral("(not started)"));
        return;
    }
    if (d.c % 3 == 0) { // watch it to the end; otherwise the race goes on beside what follows
        if (!waitFor([&] { return !finished.isEmpty(); }, 120000))
            fail(QStringLiteral("a race of %1 iterations did not end within 120 s").arg(iterations));
        for (int id : dialog->runIds()) {
            const RunsModel::Run* run = runs()->find(id);
            if (run == nullptr)
                continue;
            if (run->racing)
                fail(QStringLiteral("run %1 still racing after the race").arg(run->name));
            if (run->history.size() > static_cast<std::size_t>(iterations) + 1)
                fail(QStringLiteral("run %1 has %2 rows for a budget of %3")
                         .arg(run->name)
                         .arg(run->history.size())
                         .arg(iterations));
        }
    }
    if (d.c % 5 == 0)
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("raceStopButton")),
                          Qt::LeftButton);
}

void TestMonkey::doTimelineScrub(const Draw& d)
{
    if (!selectRunRow(d.a))
        return;
    auto* slider = find<QSlider>(QStringLiteral("timelineSlider"));
    if (slider == nullptr || !slider->isVisible() || !slider->isEnabled()) {
        note(QStringLiteral("(slider not usable)"));
        return;
    }
    const bp::Vector live = model()->parameters();
    const bool active = controller()->isActive();
    static const Qt::Key keys[] = {Qt::Key_Home, Qt::Key_End,    Qt::Key_Left,
                                   Qt::Key_Right, Qt::Key_PageUp, Qt::Key_PageDown};
    slider->setFocus();
    for (std::uint64_t k = d.b, n = 1 + d.c % 4; n > 0; --n, k /= 6)
        QTest::keyClick(slider, keys[k % std::size(keys)]);
    note(QStringLiteral("at %1 of %2").arg(slider->value()).arg(slider->maximum()));
    // Viewing the past leaves the live weights alone.
    if (!active && !controller()->isActive() && !bitEqual(model()->parameters(), live))
        fail(QStringLiteral("scrubbing the timeline changed the live weights"));
}

// --- lessons, presentation, exports, files --------------------------------------------------------

void TestMonkey::doLesson(const Draw& d)
{
    LessonTools* tools = window_->lessonTools();
    if (tools->lessons().isEmpty() || loaderBusy()) {
        note(QStringLiteral("(no lessons or loader busy)"));
        return;
    }
    if (!trigger("actionLessons"))
        return;
    auto* gallery = window_->findChild<LessonGallery*>(QStringLiteral("lessonGallery"));
    if (gallery == nullptr || !gallery->isVisible()) {
        note(QStringLiteral("(no gallery)"));
        return;
    }
    const int index = static_cast<int>(d.a % static_cast<std::uint64_t>(tools->lessons().size()));
    const Lesson lesson = tools->lessons()[index];
    note(lesson.id);
    if (d.b % 4 == 0) { // looked, and closed it
        gallery->close();
        return;
    }
    auto* list = gallery->findChild<QListWidget*>(QStringLiteral("lessonList"));
    list->setCurrentRow(index);
    int opened = 0; // lessonOpened carries a Lesson, which QSignalSpy cannot hold
    const QMetaObject::Connection counting =
        connect(tools, &LessonTools::lessonOpened, this, [&opened] { ++opened; });
    QSignalSpy failed(window_->projectFiles(), &ProjectFiles::openFailed);
    QTest::mouseClick(gallery->findChild<QPushButton*>(QStringLiteral("openLessonButton")),
                      Qt::LeftButton);
    const bool ended = waitFor([&] { return opened > 0 || !failed.isEmpty(); }, 120000);
    disconnect(counting);
    if (!ended) {
        fail(QStringLiteral("the lesson %1 never opened").arg(lesson.id));
        return;
    }
    if (!failed.isEmpty()) {
        // Lesson 06 needs Debian's Fashion-MNIST package; anything else must open.
        note(QStringLiteral("refused: %1").arg(window_->projectFiles()->lastError()));
        if (!lesson.id.contains(QStringLiteral("fashion")))
            fail(QStringLiteral("the lesson %1 did not open: %2")
                     .arg(lesson.id, window_->projectFiles()->lastError()));
        return;
    }
    settle();
    expectOpenedAs(lesson.projectPath);
}

void TestMonkey::doPresentation(const Draw& d)
{
    (void)d;
    auto visibleDocks = [this] {
        QStringList names;
        for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
            if (dock->isVisible())
                names << dock->objectName();
        names.sort();
        return names;
    };
    QAction* presentation = action("actionPresentation");
    const bool on = !presentation->isChecked();
    if (on) {
        docksBeforePresenting_ = visibleDocks();
        docksToggledWhilePresenting_ = false;
        presentingFromMonkey_ = true;
    }
    presentation->trigger(); // F11
    settle();
    note(on ? QStringLiteral("on") : QStringLiteral("off"));
    if (!on && presentingFromMonkey_ && !docksToggledWhilePresenting_ &&
        visibleDocks() != docksBeforePresenting_)
        fail(QStringLiteral("presentation mode left the docks %1, before it they were %2")
                 .arg(visibleDocks().join(QLatin1Char(',')),
                      docksBeforePresenting_.join(QLatin1Char(','))));
    if (!on)
        presentingFromMonkey_ = false;
}

void TestMonkey::doExport(const Draw& d)
{
    static const char* const actions[] = {"actionExportHistory", "actionExportGradientCheck",
                                          "actionExportModel",   "actionExportOnnx",
                                          "actionExportPyTorch", "actionExportOnnxFloat64"};
    lastExportStatus_.clear();
    const int before = fileCounter_;
    if (d.a % 7 == 6) {
        // File → Export → Plot → one of the plots shown.
        auto* menu = find<QMenu>(QStringLiteral("exportMenu"));
        QMenu* plots = menu->actions().constFirst()->menu();
        emit plots->aboutToShow();
        const QList<QAction*> entries = plots->actions();
        QAction* entry = entries[static_cast<int>(d.b % entries.size())];
        note(entry->text());
        if (!entry->isEnabled())
            return;
        entry->trigger();
    } else {
        const char* name = actions[d.a % 7];
        note(QLatin1String(name));
        if (!trigger(name))
            return;
        if (QLatin1String(name) == QLatin1String("actionExportOnnxFloat64"))
            return; // a check box
    }
    settle();
    if (fileCounter_ == before) {
        fail(QStringLiteral("the export asked for no file"));
        return;
    }
    if (!lastExportStatus_.startsWith(QStringLiteral("Exported "))) {
        fail(QStringLiteral("the export failed: %1").arg(lastExportStatus_));
        return;
    }
    const QString path = lastExportStatus_.mid(9, lastExportStatus_.size() - 10);
    if (QFileInfo(path).size() <= 0)
        fail(QStringLiteral("the export wrote nothing to %1").arg(path));
    else
        QFile::remove(path); // a long run need not fill the disk
}

void TestMonkey::doSaveCloseReopen(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    const QString path = dir_.filePath(QStringLiteral("saved-%1.bpstudio").arg(++fileCounter_));
    nextPath_ = path;
    const Frozen before = freeze();
    if (!trigger("actionSaveProjectAs"))
        return;
    if (window_->projectFiles()->currentPath() != QFileInfo(path).absoluteFilePath()) {
        fail(QStringLiteral("Save As %1 failed: %2").arg(path, window_->projectFiles()->lastError()));
        return;
    }
    bp::Project saved;
    try {
        saved = bp::loadProject(path.toStdString());
    } catch (const std::exception& error) {
        fail(QStringLiteral("the saved %1 does not load: %2").arg(path, error.what()));
        return;
    }
    if (!(saved.architecture == before.arch))
        fail(QStringLiteral("saved %1, the window had %2")
                 .arg(layerText(saved.architecture), layerText(before.arch)));
    if (d.a % 2 == 0) {
        note(QStringLiteral("closed the window"));
        closeWindow();
        openWindow();
    } else {
        note(QStringLiteral("File → New"));
        trigger("actionNewProject");
    }
    if (!bptest::openProjectAndWait(window_->projectFiles(), path)) {
        fail(QStringLiteral("reopening %1 failed: %2").arg(path, window_->projectFiles()->lastError()));
        return;
    }
    expectOpenedAs(path);
    const Frozen after = freeze();
    if (!(after.settings == before.settings))
        fail(QStringLiteral("reopening %1 changed the settings").arg(path));
    if (after.examples != before.examples)
        fail(QStringLiteral("reopening %1 gave %2 examples, it had %3")
                 .arg(path)
                 .arg(after.examples)
                 .arg(before.examples));
}

void TestMonkey::doNewProject(const Draw& d)
{
    (void)d;
    if (!trigger("actionNewProject"))
        return;
    const bp::Architecture example = ProjectModel::exampleState().architecture;
    if (!(model()->architecture() == example))
        fail(QStringLiteral("File → New gave %1").arg(layerText(model()->architecture())));
    if (!history()->empty() || runs()->count() != 1)
        fail(QStringLiteral("File → New kept %1 rows and %2 runs")
                 .arg(history()->size())
                 .arg(runs()->count()));
}

void TestMonkey::doDivergenceBanner(const Draw& d)
{
    auto* guard = find<QWidget>(QStringLiteral("divergenceGuard"));
    if (guard == nullptr || !guard->isVisible()) {
        note(QStringLiteral("(no banner)"));
        return;
    }
    static const char* const buttons[] = {"divergenceRewind", "divergenceRewindLower",
                                          "divergenceDismiss"};
    click(QString::fromLatin1(buttons[d.a % std::size(buttons)]));
}

void TestMonkey::doOpenWindow(const Draw& d)
{
    static const char* const actions[] = {"actionBugLesson",    "actionSymmetryDemo",
                                          "actionSelfTest",     "actionShortcuts",
                                          "actionAbout",        "actionWelcome",
                                          "actionOpenCsv",      "actionLearningCurve",
                                          "actionValidationCurve"};
    const char* name = actions[d.a % std::size(actions)];
    note(QLatin1String(name));
    trigger(name); // About and Open CSV… are modal: the closer answers them
}

void TestMonkey::doDismiss()
{
    // Closes every extra window, as a user does after a look.
    int closed = 0;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == window_.get() || !top->isVisible() || qobject_cast<QMenu*>(top) != nullptr)
            continue;
        if (qobject_cast<QDockWidget*>(top) != nullptr)
            continue; // a floating dock belongs to the window
        top->close();
        ++closed;
    }
    note(QStringLiteral("%1 closed").arg(closed));
}

void TestMonkey::doToggleDock(const Draw& d)
{
    const QList<QDockWidget*> docks = window_->findChildren<QDockWidget*>();
    if (docks.isEmpty())
        return;
    QDockWidget* dock = docks[static_cast<int>(d.a % docks.size())];
    note(dock->objectName());
    dock->toggleViewAction()->trigger(); // View → its name
    if (presentingFromMonkey_)
        docksToggledWhilePresenting_ = true;
}

// --- invariants -----------------------------------------------------------------------------------

TestMonkey::Frozen TestMonkey::freeze() const
{
    Frozen f;
    f.arch = model()->architecture();
    f.settings = model()->settings();
    f.params = model()->parameters();
    f.examples = model()->dataset().size();
    f.sourcePath = model()->dataSource().path;
    f.active = controller()->isActive();
    return f;
}

void TestMonkey::expectUnchanged(const Frozen& before, const QString& why)
{
    const Frozen now = freeze();
    if (!(now.arch == before.arch))
        fail(QStringLiteral("%1 changed the network from %2 to %3")
                 .arg(why, layerText(before.arch), layerText(now.arch)));
    else if (!(now.settings == before.settings))
        fail(QStringLiteral("%1 changed the settings").arg(why));
    else if (now.examples != before.examples || now.sourcePath != before.sourcePath)
        fail(QStringLiteral("%1 changed the data").arg(why));
    else if (!before.active && !now.active && !bitEqual(now.params, before.params))
        fail(QStringLiteral("%1 changed the weights").arg(why));
}

void TestMonkey::checkInvariants()
{
    if (violation_.isEmpty())
        checkModel();
    if (violation_.isEmpty())
        checkHistory();
    if (violation_.isEmpty())
        checkViews();
    if (violation_.isEmpty())
        checkMessages();
}

void TestMonkey::checkModel()
{
    const ProjectModel* m = model();
    const bp::Architecture& arch = m->architecture();
    const bp::Dataset& data = m->dataset();
    try {
        bp::checkFits(arch, data, "monkey");
    } catch (const std::exception& error) {
        fail(QStringLiteral("the network does not fit the data: %1").arg(error.what()));
        return;
    }
    if (m->parameters().size() != arch.parameterCount())
        fail(QStringLiteral("%1 weights for %2 (%3 expected)")
                 .arg(m->parameters().size())
                 .arg(layerText(arch))
                 .arg(arch.parameterCount()));
    else if (!allFinite(m->parameters()))
        fail(QStringLiteral("non-finite weights in the project"));
    const bp::DataSplit& split = m->split();
    const bp::Index parts = split.train.size() + split.validation.size() + split.test.size();
    if (parts != data.size())
        fail(QStringLiteral("the split holds %1 examples, the data %2").arg(parts).arg(data.size()));
    else if (split.train.size() == 0 || split.train.featureCount() != arch.inputSize())
        fail(QStringLiteral("the training part has %1 examples of %2 features for %3")
                 .arg(split.train.size())
                 .arg(split.train.featureCount())
                 .arg(layerText(arch)));
    if (m->hiddenSizes().size() + 2 != arch.layerSizes.size())
        fail(QStringLiteral("hiddenSizes() disagrees with %1").arg(layerText(arch)));
}

void TestMonkey::checkHistory()
{
    const std::vector<bp::IterationStats>& rows = history()->rows();
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].iteration != rows[i - 1].iteration + 1) {
            fail(QStringLiteral("history row %1 is iteration %2 after iteration %3")
                     .arg(i)
                     .arg(rows[i].iteration)
                     .arg(rows[i - 1].iteration));
            return;
        }
    }
    const TrainingState state = controller()->state();
    if (!rows.empty() && !controller()->isActive() && state != TrainingState::Failed &&
        rows.back().iteration != controller()->totalIterations())
        fail(QStringLiteral("the history ends at iteration %1, the controller counts %2 (%3)")
                 .arg(rows.back().iteration)
                 .arg(controller()->totalIterations())
                 .arg(toDisplayString(state)));
    int live = 0;
    for (int row = 0; row < runs()->count(); ++row) {
        const RunsModel::Run* run = runs()->find(runs()->idAt(row));
        if (run == nullptr) {
            fail(QStringLiteral("run row %1 has no run").arg(row));
            return;
        }
        live += run->live ? 1 : 0;
    }
    if (live != 1 || !runs()->liveRun().live)
        fail(QStringLiteral("%1 live runs").arg(live));
}

void TestMonkey::checkViews()
{
    const bp::Architecture& arch = model()->architecture();
    // The action states follow the controller.
    if (action("actionStop")->isEnabled() != controller()->isActive())
        fail(QStringLiteral("Stop is %1 while %2")
                 .arg(action("actionStop")->isEnabled() ? QStringLiteral("enabled")
                                                        : QStringLiteral("disabled"))
                 .arg(toDisplayString(controller()->state())));
    // (the check's thread ends a moment before its finished() reaches the window)
    const auto checkAgrees = [this] {
        return action("actionGradientCheck")->isEnabled() !=
               window_->gradientCheckRunner()->isRunning();
    };
    if (!checkAgrees() && !waitFor(checkAgrees, 2000))
        fail(QStringLiteral("Gradient check's enabled state disagrees with the runner"));
    // The diagram and the layer controls show the model's network.
    auto* editor = find<NetworkEditor>(QStringLiteral("networkEditor"));
    if (!(editor->scene()->architecture() == arch)) {
        fail(QStringLiteral("the diagram shows %1, the model holds %2")
                 .arg(layerText(editor->scene()->architecture()), layerText(arch)));
        return;
    }
    const std::vector<int> hidden = model()->hiddenSizes();
    for (std::size_t i = 0; i <= hidden.size(); ++i) {
        auto* spin = find<QSpinBox>(QStringLiteral("layerSizeSpin_%1").arg(i));
        if (i == hidden.size()) {
            if (spin != nullptr)
                fail(QStringLiteral("a size box for layer %1 of %2").arg(i).arg(layerText(arch)));
        } else if (spin == nullptr || (!spin->hasFocus() && spin->value() != hidden[i])) {
            fail(QStringLiteral("the size box of layer %1 shows %2, the model has %3")
                     .arg(i)
                     .arg(spin != nullptr ? spin->value() : -1)
                     .arg(hidden[i]));
        }
    }
    auto* optimizer = find<QComboBox>(QStringLiteral("optimizerCombo"));
    if (optimizer->currentData().toInt() != static_cast<int>(model()->config().optimizer))
        fail(QStringLiteral("the Training panel shows %1").arg(optimizer->currentText()));

    // Once training rests and nothing loads, the plots catch up with the history within their
    // coalescing interval: one cost point per row while the rows are too few to decimate, one
    // heat map per Θ.
    if (controller()->state() == TrainingState::Running || loaderBusy())
        return;
    auto* cost = find<CostPlot>(QStringLiteral("costPlot"));
    const std::vector<bp::IterationStats>& rows = history()->rows();
    const int width = cost->plot()->axisRect()->width();
    // Exact while every row has a pixel column of its own (overlaid runs widen the range).
    const bool exact = cost->xAxis() == CostPlot::XAxis::Iteration && rows.size() <= 60 &&
                       width >= 150 && !cost->logScale() &&
                       cost->plot()->xAxis->range().size() <= width / 2.0;
    const auto drawn = [cost] { return cost->plot()->graph(0)->dataCount(); };
    // The rows in the shown x range, and one either side (the line runs to the edges); the
    // range follows the data unless something moved the axis.
    const auto shown = [&] {
        const QCPRange range = cost->plot()->xAxis->range();
        int inside = 0;
        for (const bp::IterationStats& row : rows)
            inside += row.iteration >= range.lower && row.iteration <= range.upper ? 1 : 0;
        return inside;
    };
    const auto matches = [&] {
        if (rows.empty())
            return drawn() == 0;
        if (exact)
            return drawn() >= shown() && drawn() <= std::min<int>(shown() + 2, rows.size());
        return drawn() > 0 && drawn() <= static_cast<int>(rows.size());
    };
    if (!matches() && !waitFor(matches, 2000))
        fail(QStringLiteral("the cost plot draws %1 points for %2 history rows (%3 in its x "
                            "range %4..%5)")
                 .arg(drawn())
                 .arg(rows.size())
                 .arg(shown())
                 .arg(cost->plot()->xAxis->range().lower)
                 .arg(cost->plot()->xAxis->range().upper));
    auto* maps = find<WeightHeatmaps>(QStringLiteral("weightHeatmaps"));
    if (maps->isVisible()) {
        const auto sameMaps = [&] { return maps->mapCount() == arch.thetaCount(); };
        if (!sameMaps() && !waitFor(sameMaps, 2000))
            fail(QStringLiteral("%1 heat maps for %2").arg(maps->mapCount()).arg(layerText(arch)));
    }
}

void TestMonkey::checkMessages()
{
    QStringList messages;
    {
        QMutexLocker lock(&g_messagesMutex);
        messages.swap(g_messages);
    }
    for (const QString& text : messages) {
        // The offscreen platform's own limits, not the studio's.
        if (text.startsWith(QStringLiteral("This plugin does not support")))
            continue;
        fail(QStringLiteral("Qt said: %1").arg(text));
    }
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"

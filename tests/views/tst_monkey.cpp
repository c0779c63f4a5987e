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

#include "views/monkey/monkey.h"

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

} // namespace

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


// The monkey's actions on the tools: gradient check, undo, runs, race, timeline, lessons,
// presentation mode, exports, files, windows and docks.

#include "views/monkey/monkey.h"

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

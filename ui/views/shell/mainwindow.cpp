#include "views/shell/mainwindow.h"

#include "views/shell/languagemenu.h"
#include "session/enginemessages.h"
#include "session/studiosettings.h"
#include "views/plots/colormaps.h"

#include "views/plots/costplot.h"
#include "views/plots/costplotmarkers.h"
#include "views/data/datapanel.h"
#include "views/gradients/gradienttools.h"
#include "views/landscape/landscapetools.h"
#include "views/workflow/workflowtools.h"
#include "views/training/divergenceguard.h"
#include "views/project/exportmenu.h"
#include "views/plots/gradientcheckplot.h"
#include "session/datapainter.h"
#include "session/gradientcheckrunner.h"
#include "views/lessons/lessontools.h"
#include "views/project/modelimport.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "views/plots/predictionplot.h"
#include "views/project/projectfiles.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "views/runs/runstools.h"
#include "views/runs/timelineview.h"
#include "session/settingsundo.h"
#include "views/diagnose/diagnosetools.h"
#include "views/shell/docks.h"
#include "views/shell/shortcutlist.h"
#include "views/shell/spacekey.h"
#include "views/shell/statusbarwidget.h"
#include "views/shell/windowlayout.h"
#include "views/teaching/teachingtools.h"
#include "session/trainingcontroller.h"
#include "views/training/trainingpanel.h"
#include "views/plots/weightheatmaps.h"

#include "memorybudget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace bpui {

namespace {

QString describe(const bp::Architecture& arch)
{
    QStringList sizes;
    for (int size : arch.layerSizes)
        sizes << QString::number(size);
    return sizes.join(QLatin1Char('-'));
}

/// Starting a run whose estimate exceeds the memory budget is refused, with the estimate and
/// the budget, before the worker allocates anything. True when refused (and said why).
bool refuseOverMemoryBudget(QMainWindow* window, const ProjectModel& model)
{
    try {
        bp::checkTrainingMemory(model.architecture(), model.config(), model.split().train.size(),
                                model.split().validation.size());
        return false;
    } catch (const bp::InputError& error) {
        const QString text = EngineMessages::text(error.what()); // in the studio's language
        window->statusBar()->showMessage(text);
        auto* box = new QMessageBox(QMessageBox::Warning, QObject::tr("Cannot start training"),
                                    text, QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("trainingMemoryError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // non-blocking: the project stays as it is
        return true;
    }
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), session_(new Session(this)), model_(session_->project()),
      controller_(session_->training()), gradientCheck_(session_->gradientCheck()),
      docks_(std::make_unique<StudioDocks>(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Backprop Studio"));
    setDockNestingEnabled(true);
    layout_ = new WindowLayout(this, docks_.get()); // places the docks for this screen at the first show
    createPanels();
    createActions();
    createMenus();
    wireTraining();
    wireGradientCheck();
    updateActions();
    statusBar()->showMessage(tr("Spiral example loaded: press Space to train."), 8000);
}

MainWindow::~MainWindow()
{
    // The views first, then the session they observe (which joins its threads before its state).
    delete centralWidget();
    docks_->deleteAll();
    delete session_;
}

void MainWindow::createPanels()
{
    editor_ = new NetworkEditor(model_, this);
    editor_->setObjectName(QStringLiteral("networkEditor"));
    // The divergence guard's banner sits above the diagram, hidden until it trips.
    guard_ = new DivergenceGuard(model_, controller_);
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(guard_);
    centreLayout->addWidget(editor_, 1);
    setCentralWidget(centre);

    dataPanel_ = new DataPanel(model_, session_->loader());
    dataPanel_->setObjectName(QStringLiteral("dataPanel"));
    trainingPanel_ = new TrainingPanel(model_);
    trainingPanel_->setObjectName(QStringLiteral("trainingPanel"));
    costPlot_ = new CostPlot(session_->history());
    costPlot_->setObjectName(QStringLiteral("costPlot"));
    auto* markers = new CostPlotMarkers(costPlot_);
    markers->setObjectName(QStringLiteral("costPlotMarkers"));
    connect(guard_, &DivergenceGuard::trippedAt, markers, &CostPlotMarkers::mark);
    connect(session_->history(), &LiveHistory::reset, markers, &CostPlotMarkers::clear);
    connect(session_->history(), &LiveHistory::reset, guard_, &DivergenceGuard::forget);
    checkPlot_ = new GradientCheckPlot;
    checkPlot_->setObjectName(QStringLiteral("gradientCheckPlot"));
    heatmaps_ = new WeightHeatmaps(model_);
    heatmaps_->setObjectName(QStringLiteral("weightHeatmaps"));
    prediction_ = new PredictionPlot(model_);
    prediction_->setObjectName(QStringLiteral("predictionPlot"));
    prediction_->setPainter(new DataPainter(model_, session_->undo()->stack(), prediction_));

    QDockWidget* data = addDock(tr("Data"), "dataDock", dataPanel_, Qt::LeftDockWidgetArea);
    QDockWidget* training =
        addDock(tr("Training"), "trainingDock", trainingPanel_, Qt::LeftDockWidgetArea);
    QDockWidget* prediction =
        addDock(tr("Prediction"), "predictionDock", prediction_, Qt::RightDockWidgetArea);
    QDockWidget* weights =
        addDock(tr("Weights"), "weightsDock", heatmaps_, Qt::RightDockWidgetArea);
    QDockWidget* cost = addDock(tr("Cost"), "costDock", costPlot_, Qt::BottomDockWidgetArea);
    QDockWidget* check =
        addDock(tr("Gradient check"), "gradientCheckDock", checkPlot_, Qt::BottomDockWidgetArea);
    checkDock_ = check;
    (void)data, (void)training, (void)prediction, (void)weights, (void)cost;

    teaching_ = new TeachingTools(docks_.get(), model_, controller_, editor_);
    teaching_->setHiddenWhilePresenting({data, training, weights});
    connect(teaching_, &TeachingTools::lineScaleChanged, costPlot_, &CostPlot::setLineScale);
    connect(teaching_, &TeachingTools::lineScaleChanged, checkPlot_,
            &GradientCheckPlot::setLineScale);
    connect(teaching_, &TeachingTools::lineScaleChanged, prediction_,
            &PredictionPlot::setLineScale);
    connect(teaching_, &TeachingTools::lineScaleChanged, editor_->scene(),
            &NetworkScene::setLineScale);
    runsTools_ = new RunsTools(docks_.get(), session_, costPlot_); // Runs, Timeline docks
    connect(teaching_, &TeachingTools::lineScaleChanged, runsTools_->timelineView(),
            &TimelineView::setLineScale);

    status_ = new StatusBarWidget;
    status_->setObjectName(QStringLiteral("statusBarWidget"));
    statusBar()->addPermanentWidget(status_);
}

QDockWidget* MainWindow::addDock(const QString& title, const char* name, QWidget* widget,
                                 Qt::DockWidgetArea area)
{
    return docks_->add(title, name, widget, area);
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const char* name, const QKeySequence& key,
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        addAction(action); // shortcuts work while menus and tool bars are hidden
        return action;
    };
    trainAction_ = make(tr("&Train"), "actionTrainPause", Qt::Key_Space, QStyle::SP_MediaPlay);
    stepAction_ = make(tr("&Step"), "actionStep", Qt::Key_F10, QStyle::SP_MediaSkipForward);
    stopAction_ =
        make(tr("St&op"), "actionStop", QKeySequence(Qt::SHIFT | Qt::Key_F5), QStyle::SP_MediaStop);
    resetAction_ = make(tr("&Reset weights"), "actionResetWeights",
                        QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_BrowserReload);
    checkAction_ = make(tr("&Gradient check"), "actionGradientCheck",
                        QKeySequence(Qt::CTRL | Qt::Key_G), QStyle::SP_DialogApplyButton);
    openCsvAction_ = make(tr("Open &CSV…"), "actionOpenCsv", {}, QStyle::SP_DialogOpenButton);
    openIdxAction_ =
        make(tr("Open &IDX…"), "actionOpenIdx", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    quitAction_ = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    exampleAction_ = make(tr("Load the &example"), "actionLoadExample", {});
    regenerateAction_ = make(tr("Re&generate data"), "actionRegenerate", {});
    aboutAction_ = make(tr("&About Backprop Studio"), "actionAbout", {});
    shortcutsAction_ =
        make(tr("&Keyboard shortcuts"), "actionShortcuts", QKeySequence::HelpContents);
    trainAction_->setToolTip(tr("Train / pause (Space)"));
    new SpaceKeyForwarder(this, trainAction_); // Space also after typing in a spin box
    stepAction_->setToolTip(tr("Run exactly one iteration, then pause (F10)"));

    connect(trainAction_, &QAction::triggered, this, [this] {
        if (controller_->isActive() || !refuseOverMemoryBudget(this, *model_))
            controller_->togglePause();
    });
    connect(stepAction_, &QAction::triggered, this, [this] {
        if (controller_->isActive() || !refuseOverMemoryBudget(this, *model_))
            controller_->step();
    });
    connect(stopAction_, &QAction::triggered, controller_, &TrainingController::stop);
    connect(resetAction_, &QAction::triggered, this, [this] {
        model_->resetWeights();
        statusBar()->showMessage(tr("Weights reset."), 5000);
    });
    connect(checkAction_, &QAction::triggered, gradientCheck_, &GradientCheckRunner::run);
    connect(openCsvAction_, &QAction::triggered, dataPanel_, &DataPanel::chooseCsvFile);
    connect(openIdxAction_, &QAction::triggered, dataPanel_, &DataPanel::chooseIdxFiles);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    connect(regenerateAction_, &QAction::triggered, dataPanel_, &DataPanel::regenerate);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
    connect(shortcutsAction_, &QAction::triggered, this, &MainWindow::showShortcuts);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+O / Ctrl+S: projects, with every run
    auto* files = new ProjectFiles(this, session_);
    files_ = files;
    connect(exampleAction_, &QAction::triggered, files, &ProjectFiles::newProject);
    // Data files opened from the File menu, the command line or a drop go to the Data dock.
    connect(files, &ProjectFiles::dataFileRequested, dataPanel_, &DataPanel::openCsvFile);
    connect(files, &ProjectFiles::idxFilesRequested, dataPanel_, &DataPanel::openIdxFiles);
    auto* exports = new ExportMenu(this, session_);
    auto* lessons = new LessonTools(docks_.get(), files); // Help → Lessons…, the Lesson dock
    lessons_ = lessons;
    files->populateFileMenu(file);
    auto* import = new ModelImport(this, session_); // File → Import model…
    file->addAction(import->action());
    exports->populateFileMenu(file);
    file->addSeparator();
    auto show = [this](const QString& text) { statusBar()->showMessage(text, 6000); };
    connect(files, &ProjectFiles::statusMessage, this, show);
    connect(exports, &ExportMenu::statusMessage, this, show);
    connect(import, &ModelImport::statusMessage, this, show);
    file->addActions({openCsvAction_, openIdxAction_, exampleAction_});
    file->addSeparator();
    file->addAction(quitAction_);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    SettingsUndo* undo = session_->undo();
    addAction(undo->undoAction()); // shortcuts work while the menu bar is hidden
    addAction(undo->redoAction());
    edit->addActions({undo->undoAction(), undo->redoAction()});
    edit->addSeparator();
    edit->addActions({resetAction_, regenerateAction_});
    QMenu* view = menuBar()->addMenu(tr("&View"));
    docks_->setViewMenu(view); // docks added later (Gradients, Landscape, …) list themselves
    for (QDockWidget* dock : docks_->all()) // the Gradients dock, added later, adds its own
        view->addAction(dock->toggleViewAction());
    QMenu* train = menuBar()->addMenu(tr("T&rain"));
    train->addActions({trainAction_, stepAction_, stopAction_});
    train->addSeparator();
    train->addActions({resetAction_, checkAction_});
    train->addSeparator();
    train->addAction(runsTools_->raceAction());
    connect(runsTools_, &RunsTools::statusMessage, this, show);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu")); // Diagnose goes before it (diagnosetools)
    help->addActions(lessons->helpActions());
    help->addSeparator();
    help->addActions(teaching_->helpActions());
    help->addSeparator();
    help->addActions({shortcutsAction_, aboutAction_});
    help->addSeparator();
    auto* language = new LanguageMenu(help);
    help->addMenu(language);
    connect(language, &LanguageMenu::chosen, this, [this](const QString&, const QString& text) {
        statusBar()->showMessage(text, 10000);
        auto* box = new QMessageBox(QMessageBox::Information, tr("Language"), text,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    QToolBar* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("trainingToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({trainAction_, stepAction_, stopAction_});
    toolbar->addSeparator();
    toolbar->addActions({resetAction_, checkAction_});
    toolbar->setWindowTitle(tr("Training tool bar"));
    view->addSeparator();
    view->addAction(toolbar->toggleViewAction());
    view->addAction(teaching_->presentationAction());
    view->addAction(makeColourBlindAction());
    view->addSeparator();
    view->addAction(layout_->resetAction());
    view->addSeparator();
    view->addMenu(docks_->makeGoToMenu()); // Alt+1 …, F6: the keyboard path to every dock
    new DiagnoseTools(this, session_); // Diagnose → Learning / Validation curve…, before Help
    new GradientTools(docks_.get(), session_);  // View → Gradients: the gradient-health dock
    new LandscapeTools(docks_.get(), session_); // View → Landscape: J around the weights
    new WorkflowTools(docks_.get(), session_, {editor_, resetAction_, stepAction_, checkAction_, docks_->find("trainingDock")->toggleViewAction(), trainAction_}, teaching_->inspector()); // View → Workflow: the recipe's eight steps
}

QAction* MainWindow::makeColourBlindAction()
{
    // Okabe–Ito class colours instead of Tableau's, kept across starts (colormaps.h says how
    // far apart they stay under the three common deficiencies).
    auto* action = new QAction(tr("&Colour-blind-safe class colours"), this);
    action->setObjectName(QStringLiteral("actionColourBlindSafe"));
    action->setCheckable(true);
    action->setToolTip(tr("Draw classes in the Okabe–Ito colours, which stay apart for "
                          "protanopia, deuteranopia and tritanopia"));
    const bool on = studioSettings().value(QStringLiteral("colourBlindSafe"), false).toBool();
    action->setChecked(on);
    setClassPalette(on ? ClassPalette::ColourBlindSafe : ClassPalette::Standard);
    connect(action, &QAction::toggled, this, [](bool checked) {
        studioSettings().setValue(QStringLiteral("colourBlindSafe"), checked);
        setClassPalette(checked ? ClassPalette::ColourBlindSafe : ClassPalette::Standard);
    });
    return action;
}

void MainWindow::wireTraining()
{
    connect(controller_, &TrainingController::snapshotReceived, this, &MainWindow::onSnapshot);
    // Training pays for the full-batch gradient only while the heat maps show it.
    controller_->setPublishGradient(heatmaps_->showingGradient());
    connect(heatmaps_, &WeightHeatmaps::gradientShownChanged, controller_,
            &TrainingController::setPublishGradient);
    connect(controller_, &TrainingController::finished, this, &MainWindow::onFinished);
    connect(controller_, &TrainingController::stateChanged, this, [this](TrainingState state) {
        status_->setState(state);
        updateActions();
    });
    // "Stopped at iteration N", "Paused: the cost blew up…": what happened, not only the state.
    connect(controller_, &TrainingController::statusWordsChanged, status_,
            &StatusBarWidget::showStatusWords);
    connect(session_->history(), &LiveHistory::reset, this, [this] {
        heatmaps_->setGradient(nullptr);
        status_->clear();
    });
    connect(controller_, &TrainingController::failed, this, [this](const QString& text) {
        statusBar()->showMessage(tr("Training failed: %1").arg(text));
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Training failed"), text,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // non-blocking: the window keeps working
    });
    connect(controller_, &TrainingController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(dataPanel_, &DataPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(trainingPanel_, &TrainingPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(model_, &ProjectModel::architectureChanged, this, [this] {
        statusBar()->showMessage(
            tr("Architecture is now %1: weights reset.").arg(describe(model_->architecture())),
            6000);
    });
}

void MainWindow::wireGradientCheck()
{
    connect(checkPlot_, &GradientCheckPlot::runRequested, gradientCheck_,
            &GradientCheckRunner::run);
    connect(checkPlot_, &GradientCheckPlot::cancelRequested, gradientCheck_,
            &GradientCheckRunner::cancel);
    connect(checkPlot_, &GradientCheckPlot::repeatEveryChanged, controller_,
            &TrainingController::setGradientCheckEvery);
    connect(gradientCheck_, &GradientCheckRunner::started, this, [this] {
        checkPlot_->setRunning(true);
        checkDock_->raise();
        updateActions();
    });
    // A report belongs to the network and data it was computed on.
    connect(model_, &ProjectModel::architectureChanged, checkPlot_,
            [this] { checkPlot_->markStale(tr("the architecture changed")); });
    connect(model_, &ProjectModel::datasetChanged, checkPlot_,
            [this] { checkPlot_->markStale(tr("the data changed")); });
    connect(model_, &ProjectModel::replaced, checkPlot_, [this](unsigned changes) {
        if (changes & (DataChanged | ArchitectureChanged))
            checkPlot_->markStale(tr("another project or settings"));
    });
    connect(gradientCheck_, &GradientCheckRunner::progress, checkPlot_,
            &GradientCheckPlot::setProgress);
    connect(gradientCheck_, &GradientCheckRunner::finished, this,
            [this](const GradientCheckOutcome& outcome) {
                checkPlot_->setRunning(false);
                checkPlot_->showReport(outcome.report, outcome.samplingNote);
                statusBar()->showMessage(tr("Gradient check: relative difference %1 (%2).")
                                             .arg(outcome.report.relativeDifference, 0, 'g', 3)
                                             .arg(outcome.report.passed(checkPlot_->threshold())
                                                      ? tr("pass")
                                                      : tr("fail")),
                                         8000);
                updateActions();
            });
    auto stopped = [this](const QString& text) {
        checkPlot_->setRunning(false);
        statusBar()->showMessage(text, 8000);
        updateActions();
    };
    connect(gradientCheck_, &GradientCheckRunner::cancelled, this,
            [stopped] { stopped(tr("Gradient check cancelled.")); });
    connect(gradientCheck_, &GradientCheckRunner::failed, this,
            [stopped](const QString& text) { stopped(tr("Gradient check failed: %1").arg(text)); });
    connect(controller_, &TrainingController::gradientChecked, this,
            [this](const GradientCheckOutcome& outcome) {
                if (gradientCheck_->isRunning())
                    return; // the explicit check owns the plot until it ends
                checkPlot_->showReport(
                    outcome.report,
                    tr("Iteration %1: %2").arg(outcome.iteration).arg(outcome.samplingNote));
            });
}

void MainWindow::updateActions()
{
    const TrainingState state = controller_->state();
    const bool running = state == TrainingState::Running;
    trainAction_->setText(running                          ? tr("&Pause")
                          : state == TrainingState::Paused ? tr("Resume")
                                                           : tr("&Train"));
    trainAction_->setIcon(
        style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    stopAction_->setEnabled(controller_->isActive());
    checkAction_->setEnabled(!gradientCheck_->isRunning());
}

void MainWindow::startTraining()
{
    if (controller_->isActive() || !refuseOverMemoryBudget(this, *model_))
        controller_->train();
}

void MainWindow::onSnapshot(const TrainingSnapshot& snapshot)
{
    runsTools_->recordSnapshot(snapshot);
    if (snapshot.gradient)
        heatmaps_->setGradient(snapshot.gradient);
    status_->showSnapshot(snapshot);

    const bp::TrainingConfig& config = model_->config();
    double fraction = std::nan("");
    if (config.maxIterations > 0)
        fraction = static_cast<double>(controller_->runIteration()) /
                   static_cast<double>(config.maxIterations);
    else if (config.maxEpochs > 0)
        fraction = controller_->runEpoch() / static_cast<double>(config.maxEpochs);
    // The run's own time: the snapshot's seconds continue the history across Train / Stop /
    // Train, but the budget (and so the fraction) counts from this Train.
    const double elapsed = controller_->runSeconds();
    const double left = fraction > 0.0 ? elapsed * (1.0 - fraction) / fraction : std::nan("");
    status_->showProgress(fraction, left);
}

void MainWindow::onFinished(const bp::TrainingResult& result)
{
    status_->showProgress(std::nan(""), 0.0);
    const QString text = QString::fromStdString(result.message);
    statusBar()->showMessage(text, 10000);
    // A divergence is explained by the guard's banner above the diagram, with Rewind.
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The destructors join the threads; stopping now lets them end while the window closes.
    controller_->stop();
    gradientCheck_->cancel();
    runsTools_->stopRace();
    teaching_->setPresentation(false); // the layout saved is the everyday one
    layout_->save();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Backprop Studio"),
        tr("<h3>Backprop Studio %1</h3><p>A desktop lab for feed-forward neural networks: "
           "draw a network, load data, press Train and watch backpropagation learn, with "
           "live cost, gradient check and weight views.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showShortcuts()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"),
                                shortcutTable(collectShortcuts(menuBar())), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace bpui

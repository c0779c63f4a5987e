#pragma once
// The monkey test's window driver (tests/views/tst_monkey.cpp: the run, the draw and the
// invariants; tests/views/monkey/*actions.cpp: what each kind of action does). One class, in
// four files by responsibility.


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

namespace bpmonkey {

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

inline QString layerText(const bp::Architecture& arch)
{
    QStringList sizes;
    for (int size : arch.layerSizes)
        sizes << QString::number(size);
    return sizes.join(QLatin1Char('-'));
}

inline bool allFinite(const bp::Vector& v)
{
    for (Eigen::Index i = 0; i < v.size(); ++i)
        if (!std::isfinite(v[i]))
            return false;
    return true;
}

inline const char* const kValidCsv = BPS_RESOURCES_DIR "/iris.csv";
inline const char* const kMaybeCsv[] = {BPS_TEST_DATA_DIR "/csv/valid-regression.tsv",
                                 BPS_TEST_DATA_DIR "/csv/wine-label-first.csv"};

} // namespace bpmonkey

using namespace bpui;
using namespace bpmonkey;
using bptest::bitEqual;

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

#pragma once
// The studio window: the network diagram in the centre, everything else in dock widgets.
// It composes panels and wires signals; each panel, plot and worker is its own class.
//
// objectNames: docks "dataDock", "trainingDock", "costDock", "gradientCheckDock",
// "weightsDock", "predictionDock"; actions "actionTrainPause", "actionStep", "actionStop",
// "actionResetWeights", "actionGradientCheck", "actionOpenCsv", "actionOpenIdx",
// "actionQuit", "actionLoadExample", "actionRegenerate", "actionAbout", "actionShortcuts";
// the tool bar "trainingToolBar"; panels "networkEditor", "dataPanel", "trainingPanel",
// "costPlot", "gradientCheckPlot", "weightHeatmaps", "predictionPlot", "statusBarWidget".
// The Runs and Timeline docks and Train → Race… are RunsTools' (runstools.h).

#include "worker/trainingsnapshot.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;

namespace bpui {

class CostPlot;
class DataPanel;
class LessonTools;
class ProjectFiles;
class Session;
class DivergenceGuard;
class GradientCheckPlot;
class GradientCheckRunner;
class NetworkEditor;
class PredictionPlot;
class ProjectModel;
class RunsTools;
class StudioDocks;
class StatusBarWidget;
class TrainingController;
class TeachingTools;
class TrainingPanel;
class WeightHeatmaps;
class WindowLayout;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return session_; }
    ProjectModel* model() const { return model_; }
    TrainingController* controller() const { return controller_; }
    GradientCheckRunner* gradientCheckRunner() const { return gradientCheck_; }
    ProjectFiles* projectFiles() const { return files_; }
    DataPanel* dataPanel() const { return dataPanel_; }
    LessonTools* lessonTools() const { return lessons_; }

public slots:
    void startTraining();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanels();
    QDockWidget* addDock(const QString& title, const char* name, QWidget* widget,
                         Qt::DockWidgetArea area);
    void createActions();
    void createMenus();
    QAction* makeColourBlindAction();
    void wireTraining();
    void wireGradientCheck();
    void updateActions();
    void onSnapshot(const TrainingSnapshot& snapshot);
    void onFinished(const bp::TrainingResult& result);
    void showAbout();
    void showShortcuts();

    Session* session_;
    ProjectModel* model_;             // the session's
    TrainingController* controller_;  // the session's
    GradientCheckRunner* gradientCheck_; // the session's
    ProjectFiles* files_ = nullptr;
    LessonTools* lessons_ = nullptr;
    QDockWidget* checkDock_ = nullptr;

    NetworkEditor* editor_ = nullptr;
    DivergenceGuard* guard_ = nullptr; // banner above the diagram
    DataPanel* dataPanel_ = nullptr;
    TrainingPanel* trainingPanel_ = nullptr;
    CostPlot* costPlot_ = nullptr;
    GradientCheckPlot* checkPlot_ = nullptr;
    WeightHeatmaps* heatmaps_ = nullptr;
    PredictionPlot* prediction_ = nullptr;
    StatusBarWidget* status_ = nullptr;
    TeachingTools* teaching_ = nullptr;
    RunsTools* runsTools_ = nullptr;
    WindowLayout* layout_ = nullptr;
    std::unique_ptr<StudioDocks> docks_; // every dock, whoever added it

    QAction* trainAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* resetAction_ = nullptr;
    QAction* checkAction_ = nullptr;
    QAction* openCsvAction_ = nullptr;
    QAction* openIdxAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* exampleAction_ = nullptr;
    QAction* regenerateAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* shortcutsAction_ = nullptr;
};

} // namespace bpui

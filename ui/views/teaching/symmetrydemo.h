#pragma once
// Why weights must not start equal: the same network trained side by side from zero (or
// constant) weights and from random ones, with the first hidden layer's weight rows, the
// similarity of its units and the final cost and accuracy of each side.
//
// objectNames (for tests and the main window):
//   "symmetrySetupCombo"  QComboBox: the project's network and data, or the small 2-4-2 XOR
//                         demo (the project entry is disabled when it would take too long)
//   "symmetryInitCombo"   QComboBox: the symmetric start (item data: int(bp::InitKind),
//                         Zeros or Constant)
//   "symmetryIterations"  QSpinBox, "symmetryLearningRate" QDoubleSpinBox: plain GD settings
//   "symmetryRunButton"   QPushButton: trains both sides on a worker thread
//   "symmetryProgress"    QProgressBar
//   "zeroSideCost", "randomSideCost"  QLabel: final J, accuracy and max row difference
//   "zeroSideWeights", "randomSideWeights", "zeroSideSimilarity", "randomSideSimilarity"
//                         QCustomPlot heat maps
//   "symmetryCostPlot"    QCustomPlot: J per iteration of both sides
//   "symmetryExplanation" QLabel

#include "worker/backgroundtask.h"
#include "session/teaching/symmetryexperiment.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace bpui {

class ProjectModel;

class SymmetryDemo : public QWidget
{
    Q_OBJECT
public:
    /// Above this many flops-ish (parameters × examples × iterations) the project's own network
    /// is not offered: the demo should answer in a few seconds.
    static constexpr double kProjectBudget = 4e9;
    /// The project's training split is cut to its first this many examples.
    static constexpr bp::Index kExampleLimit = 2000;

    explicit SymmetryDemo(ProjectModel* model, QWidget* parent = nullptr);
    ~SymmetryDemo() override;

    /// The last finished experiment (null before the first run).
    const SymmetryExperiment* experiment() const { return experiment_.get(); }
    bool isRunning() const;

public slots:
    void run();

signals:
    void finished();

private:
    struct Outcome
    {
        std::shared_ptr<const SymmetryExperiment> experiment;
        QString error;
    };
    struct SidePlots
    {
        QCustomPlot* weights = nullptr;
        QCustomPlot* similarity = nullptr;
        QLabel* title = nullptr;
        QLabel* summary = nullptr;
    };

    void makeSetupControls(); // network, symmetric start, iterations, α
    void makeRunControls();
    QLayout* layOutControls();
    QLayout* makeSides(); // the symmetric and the random side, side by side
    void makeCostPlot();
    void makeExplanation();
    void layOut(QLayout* controls, QLayout* sides);
    void makeTask(); // the worker thread and its progress relay
    void followModel();
    SymmetrySetup currentSetup() const;
    bool projectFits() const;
    void updateSetupChoices();
    void onFinished();
    void showExperiment();
    void showSide(const SidePlots& plots, SymmetryExperiment::Side side);
    QWidget* makeSide(SidePlots* plots, const QString& prefix);

    ProjectModel* model_;
    QComboBox* setupCombo_ = nullptr;
    QComboBox* initCombo_ = nullptr;
    QSpinBox* iterations_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    SidePlots symmetric_;
    SidePlots random_;
    QCustomPlot* costPlot_ = nullptr;
    QLabel* explanation_ = nullptr;
    BackgroundTask* task_ = nullptr;
    ProgressRelay* relay_ = nullptr;
    std::shared_ptr<Outcome> outcome_;             // written by the task, read after it ends
    std::shared_ptr<std::atomic<bool>> cancelled_; // read by the task
    std::shared_ptr<const SymmetryExperiment> experiment_;
};

} // namespace bpui

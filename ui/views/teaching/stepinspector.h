#pragma once
// The step-through inspector (a dock): walks the first B training examples through the
// network one course step at a time — forward, δ backward, Δ accumulation, then D and the
// update for the batch — showing each step's equation, its numbers and every term's shape.
// The logic lives in StepInspectorModel; this widget drives it from the ProjectModel.
//
// objectNames: "batchSpin" (B), "useMiniBatchButton", "exampleSpin" (1-based example of the
// batch), "stepPrevButton", "stepNextButton", "nextExampleButton", "runToEndButton",
// "applyUpdateButton", "stepSlider", "stepPositionLabel", "stepTitleLabel",
// "stepEquationLabel" (rich text), "stepShapesLabel", "stepExplanationLabel",
// "stepValuesView" (QTextBrowser).

#include "session/livethrottle.h"
#include "session/teaching/stepinspectormodel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTextBrowser;

namespace bpui {

class ProjectModel;

class StepInspector : public QWidget
{
    Q_OBJECT
public:
    explicit StepInspector(ProjectModel* model, QWidget* parent = nullptr);

    /// The steps and values currently shown (read-only; for tests and other views).
    const StepInspectorModel& stepModel() const { return steps_; }
    int batchSize() const;
    /// Largest B offered: at most the training examples, 1000, and 5·10⁶ / parameters (the
    /// traced path keeps a copy of every Δ per example).
    int maxBatchSize() const;

public slots:
    void setBatchSize(int examples);
    /// B = the training mini-batch size (the whole training set, capped, for full batch).
    void useMiniBatchSize();
    void nextStep();
    void previousStep();
    void nextExample();
    void runToEnd();
    /// 0-based position in the batch.
    void goToExample(int example);
    void goToStep(int step);
    /// Re-traces the batch from the project now, keeping the step position when the network
    /// shape is unchanged.
    void refresh();
    /// Writes Θ − α·D (every layer) into the project and starts the batch again.
    void applyUpdate();
    /// While training runs the worker owns the weights: "Apply update" is disabled.
    void setTrainingRunning(bool running);

signals:
    /// The diagram part of the current step (layer 0-based as in NetworkScene): part "units"
    /// = the activations of `layer`; "weights" = Θ(layer) (course Θ(layer + 1)) and the
    /// units of layer + 1 it feeds; "delta" = the δ of `layer`. layer −1: clear.
    void highlightRequested(int layer, const QString& part);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void makeBatchControls();
    void makeStepButtons();
    void makeStepView(); // the slider, then the step: title, equation, shapes, values
    void layOut();
    void makeRefreshTimer();
    void connectControls();
    void followModel();
    void rebuild(bool keepPosition);
    void showStep();
    QString valuesHtml() const;
    QString exampleNote(int example) const;

    ProjectModel* model_;
    StepInspectorModel steps_;
    QSpinBox* batchSpin_ = nullptr;
    QPushButton* miniBatchButton_ = nullptr;
    QSpinBox* exampleSpin_ = nullptr;
    QPushButton* prevButton_ = nullptr;
    QPushButton* nextButton_ = nullptr;
    QPushButton* nextExampleButton_ = nullptr;
    QPushButton* runToEndButton_ = nullptr;
    QPushButton* applyButton_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* equation_ = nullptr;
    QLabel* shapes_ = nullptr;
    QLabel* explanation_ = nullptr;
    QTextBrowser* values_ = nullptr;
    std::unique_ptr<LiveUpdateTimer> refreshTimer_;
    bool dirty_ = false;   // the project changed while the inspector was hidden
    bool syncing_ = false; // filling the controls: ignore their change signals
    bool trainingRunning_ = false;
    bool pendingReset_ = false; // the network changed; its new weights are still to come
};

} // namespace bpui

#pragma once
// The Training dock: optimiser and its hyper-parameters, initialisation, budget and stopping.
// Edits go straight to the project; the learning rate and λ reach a running worker at its
// next iteration, the rest applies at the next Train. A new initialisation resets the weights.
//
// objectNames: "optimizerCombo", "learningRateSpin", "lambdaSpin", "batchSizeSpin",
// "momentumSpin", "beta1Spin", "beta2Spin", "initCombo", "initSeedSpin",
// "maxIterationsSpin", "maxEpochsSpin", "targetCostSpin", "patienceSpin", "trainingNote".

#include "session/projectmodel.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace bpui {

class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPanel(ProjectModel* model, QWidget* parent = nullptr);

signals:
    void statusMessage(const QString& text);

private:
    QWidget* makeOptimizerGroup();
    QWidget* makeInitGroup();
    QWidget* makeStoppingGroup();
    void syncFromModel();
    void pushConfig();
    void pushInitialization();
    void updateEnabled();

    ProjectModel* model_;
    bool syncing_ = false; // filling widgets from the model must not write back
    bool pushing_ = false; // writing to the model must not re-fill the widgets
    QComboBox* optimizerCombo_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QDoubleSpinBox* lambda_ = nullptr;
    QSpinBox* batchSize_ = nullptr;
    QDoubleSpinBox* momentum_ = nullptr;
    QDoubleSpinBox* beta1_ = nullptr;
    QDoubleSpinBox* beta2_ = nullptr;
    QComboBox* initCombo_ = nullptr;
    QSpinBox* initSeed_ = nullptr;
    QSpinBox* maxIterations_ = nullptr;
    QSpinBox* maxEpochs_ = nullptr;
    QDoubleSpinBox* targetCost_ = nullptr;
    QSpinBox* patience_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace bpui

#include "views/training/trainingpanel.h"

#include "session/displaynames.h"
#include "views/shell/docks.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace bpui {

namespace {

QDoubleSpinBox* makeDouble(const char* name, double min, double max, int decimals)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    // Learning rates span decades: the step follows the magnitude (0.01 → 0.011 → …).
    spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    return spin;
}

QSpinBox* makeInt(const char* name, int min, int max, const QString& zeroText = {})
{
    auto* spin = new QSpinBox;
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(min, max);
    if (!zeroText.isEmpty())
        spin->setSpecialValueText(zeroText);
    return spin;
}

} // namespace

TrainingPanel::TrainingPanel(ProjectModel* model, QWidget* parent) : QWidget(parent), model_(model)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeOptimizerGroup());
    layout->addWidget(makeInitGroup());
    layout->addWidget(makeStoppingGroup());
    note_ = new QLabel(tr("Learning rate and λ apply at the next iteration, even while "
                          "training. Other settings apply at the next Train; a new "
                          "initialisation resets the weights."));
    note_->setObjectName(QStringLiteral("trainingNote"));
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note_);
    layout->addStretch(1);

    fillWithScrollArea(this, content);

    syncFromModel();
    connect(model_, &ProjectModel::configChanged, this, &TrainingPanel::syncFromModel);
    connect(model_, &ProjectModel::replaced, this, &TrainingPanel::syncFromModel);

    for (QDoubleSpinBox* spin : {learningRate_, lambda_, momentum_, beta1_, beta2_, targetCost_})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::pushConfig);
    for (QSpinBox* spin : {batchSize_, maxIterations_, maxEpochs_, patience_})
        connect(spin, &QSpinBox::valueChanged, this, &TrainingPanel::pushConfig);
    connect(optimizerCombo_, &QComboBox::currentIndexChanged, this, &TrainingPanel::pushConfig);
    connect(initCombo_, &QComboBox::activated, this, &TrainingPanel::pushInitialization);
    connect(initSeed_, &QSpinBox::editingFinished, this, &TrainingPanel::pushInitialization);
}

QWidget* TrainingPanel::makeOptimizerGroup()
{
    auto* group = new QGroupBox(tr("Optimiser"));
    auto* form = new QFormLayout(group);
    optimizerCombo_ = new QComboBox;
    optimizerCombo_->setObjectName(QStringLiteral("optimizerCombo"));
    for (bp::OptimizerKind kind : bp::allOptimizers())
        optimizerCombo_->addItem(DisplayNames::optimizer(kind), static_cast<int>(kind));
    learningRate_ = makeDouble("learningRateSpin", 1e-6, 100.0, 6);
    lambda_ = makeDouble("lambdaSpin", 0.0, 1000.0, 4);
    batchSize_ = makeInt("batchSizeSpin", 0, 1000000, tr("full batch"));
    momentum_ = makeDouble("momentumSpin", 0.0, 0.999, 3);
    beta1_ = makeDouble("beta1Spin", 0.0, 0.9999, 4);
    beta2_ = makeDouble("beta2Spin", 0.0, 0.99999, 5);
    form->addRow(tr("Method"), optimizerCombo_);
    form->addRow(tr("Learning rate α"), learningRate_);
    form->addRow(tr("Regularisation λ"), lambda_);
    form->addRow(tr("Batch size"), batchSize_);
    form->addRow(tr("Momentum μ"), momentum_);
    form->addRow(tr("Adam β₁"), beta1_);
    form->addRow(tr("Adam β₂"), beta2_);
    return group;
}

QWidget* TrainingPanel::makeInitGroup()
{
    auto* group = new QGroupBox(tr("Initialisation"));
    auto* form = new QFormLayout(group);
    initCombo_ = new QComboBox;
    initCombo_->setObjectName(QStringLiteral("initCombo"));
    for (bp::InitKind kind : bp::allInitKinds())
        initCombo_->addItem(DisplayNames::initialization(kind), static_cast<int>(kind));
    initSeed_ = makeInt("initSeedSpin", 0, 1000000);
    form->addRow(tr("Weights"), initCombo_);
    form->addRow(tr("Seed"), initSeed_);
    return group;
}

QWidget* TrainingPanel::makeStoppingGroup()
{
    auto* group = new QGroupBox(tr("Budget and stopping"));
    auto* form = new QFormLayout(group);
    maxIterations_ = makeInt("maxIterationsSpin", 0, 100000000, tr("no limit"));
    maxEpochs_ = makeInt("maxEpochsSpin", 0, 1000000, tr("no limit"));
    targetCost_ = makeDouble("targetCostSpin", 0.0, 1000.0, 5);
    targetCost_->setSpecialValueText(tr("none"));
    patience_ = makeInt("patienceSpin", 0, 100000, tr("off"));
    patience_->setToolTip(tr("Early stopping: stop when the validation cost has not improved "
                             "for this many checks (needs a validation split)."));
    form->addRow(tr("Max iterations"), maxIterations_);
    form->addRow(tr("Max epochs"), maxEpochs_);
    form->addRow(tr("Target cost"), targetCost_);
    form->addRow(tr("Early-stopping patience"), patience_);
    return group;
}

void TrainingPanel::syncFromModel()
{
    if (pushing_)
        return;
    syncing_ = true;
    const bp::TrainingConfig& c = model_->config();
    optimizerCombo_->setCurrentIndex(optimizerCombo_->findData(static_cast<int>(c.optimizer)));
    learningRate_->setValue(c.learningRate);
    lambda_->setValue(c.lambda);
    batchSize_->setValue(static_cast<int>(c.batchSize));
    momentum_->setValue(c.momentum);
    beta1_->setValue(c.beta1);
    beta2_->setValue(c.beta2);
    maxIterations_->setValue(static_cast<int>(c.maxIterations));
    maxEpochs_->setValue(static_cast<int>(c.maxEpochs));
    targetCost_->setValue(std::isnan(c.targetCost) ? 0.0 : c.targetCost);
    patience_->setValue(c.patience);
    initCombo_->setCurrentIndex(initCombo_->findData(static_cast<int>(model_->initKind())));
    initSeed_->setValue(static_cast<int>(model_->initSeed()));
    syncing_ = false;
    updateEnabled();
}

void TrainingPanel::updateEnabled()
{
    const auto kind = static_cast<bp::OptimizerKind>(optimizerCombo_->currentData().toInt());
    const bool lineSearch = bp::isLineSearchOptimizer(kind);
    learningRate_->setEnabled(!lineSearch);
    batchSize_->setEnabled(!lineSearch);
    momentum_->setEnabled(kind == bp::OptimizerKind::Momentum);
    beta1_->setEnabled(kind == bp::OptimizerKind::Adam);
    beta2_->setEnabled(kind == bp::OptimizerKind::Adam);
}

void TrainingPanel::pushConfig()
{
    updateEnabled();
    if (syncing_)
        return;
    bp::TrainingConfig c = model_->config();
    c.optimizer = static_cast<bp::OptimizerKind>(optimizerCombo_->currentData().toInt());
    c.learningRate = learningRate_->value();
    c.lambda = lambda_->value();
    c.batchSize = batchSize_->value();
    c.momentum = momentum_->value();
    c.beta1 = beta1_->value();
    c.beta2 = beta2_->value();
    c.maxIterations = maxIterations_->value();
    c.maxEpochs = maxEpochs_->value();
    c.targetCost = targetCost_->value() > 0.0 ? targetCost_->value()
                                              : std::numeric_limits<double>::quiet_NaN();
    c.patience = patience_->value();
    // The model echoes configChanged: re-filling the spin box being typed in would move the
    // cursor, so the echo is ignored.
    pushing_ = true;
    model_->setConfig(c);
    pushing_ = false;
}

void TrainingPanel::pushInitialization()
{
    const auto kind = static_cast<bp::InitKind>(initCombo_->currentData().toInt());
    const auto seed = static_cast<std::uint64_t>(initSeed_->value());
    if (kind == model_->initKind() && seed == model_->initSeed())
        return;
    model_->setInitialization(kind, seed);
    emit statusMessage(tr("Initialisation changed: weights reset."));
}

} // namespace bpui

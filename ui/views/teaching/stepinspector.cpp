#include "views/teaching/stepinspector.h"

#include "session/livethrottle.h"
#include "session/matrixformat.h"
#include "session/projectmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace bpui {

namespace {

constexpr int kDefaultBatch = 10;
constexpr int kMaxBatch = 1000;
constexpr double kMaxStoredValues = 5e6;

QPushButton* button(QWidget* parent, const QString& name, const QString& text, const QString& tip)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

QLabel* label(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

StepInspector::StepInspector(ProjectModel* model, QWidget* parent) : QWidget(parent), model_(model)
{
    makeBatchControls();
    makeStepButtons();
    makeStepView();
    layOut();
    makeRefreshTimer();
    connectControls();
    followModel();

    syncing_ = true;
    batchSpin_->setRange(1, std::max(1, maxBatchSize()));
    batchSpin_->setValue(std::min(kDefaultBatch, maxBatchSize()));
    syncing_ = false;
    rebuild(false);
}

void StepInspector::makeBatchControls()
{
    batchSpin_ = new QSpinBox(this);
    batchSpin_->setObjectName(QStringLiteral("batchSpin"));
    batchSpin_->setAccessibleName(tr("Batch size B"));
    batchSpin_->setKeyboardTracking(false);
    batchSpin_->setToolTip(tr("B: how many training examples (the first B of the training "
                              "split) make the batch; m = B in D = Δ/m + (λ/m)Θ"));
    miniBatchButton_ = button(this, QStringLiteral("useMiniBatchButton"), tr("Mini-batch size"),
                              tr("Use the training mini-batch size as B (the whole training "
                                 "set, capped, for full batch). The trainer shuffles its "
                                 "batches; here the first B examples are used."));
    exampleSpin_ = new QSpinBox(this);
    exampleSpin_->setObjectName(QStringLiteral("exampleSpin"));
    exampleSpin_->setAccessibleName(tr("Example of the batch"));
    // 0 stands for the batch-wide steps, so choosing any example from there moves.
    exampleSpin_->setSpecialValueText(tr("batch: D, update"));
    exampleSpin_->setToolTip(tr("Which example of the batch to walk through (i in x(i)); "
                                "below 1: the batch-wide steps D and the update"));
}

void StepInspector::makeStepButtons()
{
    prevButton_ =
        button(this, QStringLiteral("stepPrevButton"), tr("◀ Previous"), tr("Back one step"));
    nextButton_ = button(this, QStringLiteral("stepNextButton"), tr("Next ▶"),
                         tr("Forward one step: forward pass, δ backward, Δ accumulation, then "
                            "D and the update after the last example"));
    nextExampleButton_ = button(this, QStringLiteral("nextExampleButton"), tr("Next example"),
                                tr("Skip to the first step of the next example"));
    runToEndButton_ = button(this, QStringLiteral("runToEndButton"), tr("Run to end of batch"),
                             tr("Process every remaining example; show D(1) = Δ(1)/m + "
                                "(λ/m)Θ(1)"));
    applyButton_ = button(this, QStringLiteral("applyUpdateButton"), tr("Apply update"),
                          tr("Write Θ := Θ − α·D for every layer into the project (plain "
                             "gradient descent) and walk the batch again"));
}

void StepInspector::makeStepView()
{
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("stepSlider"));
    slider_->setAccessibleName(tr("Step"));
    slider_->setToolTip(tr("Every step of the batch: drag to scrub"));
    position_ = label(this, QStringLiteral("stepPositionLabel"));
    position_->setWordWrap(false);
    title_ = label(this, QStringLiteral("stepTitleLabel"));
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    title_->setFont(titleFont);
    equation_ = label(this, QStringLiteral("stepEquationLabel"));
    equation_->setTextFormat(Qt::RichText);
    QFont eqFont = equation_->font();
    eqFont.setPointSizeF(eqFont.pointSizeF() * 1.3);
    equation_->setFont(eqFont);
    equation_->setToolTip(tr("The course's equation for this step (layers 1-based: a(1) = x)"));
    equation_->setStyleSheet(QStringLiteral("QLabel { background: palette(base); "
                                            "border: 1px solid palette(mid); padding: 6px; }"));
    shapes_ = label(this, QStringLiteral("stepShapesLabel"));
    shapes_->setToolTip(tr("Rows × columns of every term: Θ(l) is s(l+1) × (s(l) + 1)"));
    explanation_ = label(this, QStringLiteral("stepExplanationLabel"));
    explanation_->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
    values_ = new QTextBrowser(this);
    values_->setObjectName(QStringLiteral("stepValuesView"));
    values_->setToolTip(tr("The numbers of every term; tinted: the bias column / bias entry; "
                           "blue positive, red negative; large ones elided (⋯, ⋮) with their "
                           "full shape stated"));
    values_->setMinimumHeight(160);
}

void StepInspector::layOut()
{
    auto* batchRow = new QHBoxLayout;
    batchRow->addWidget(new QLabel(tr("Batch B:"), this));
    batchRow->addWidget(batchSpin_);
    batchRow->addWidget(miniBatchButton_);
    batchRow->addSpacing(12);
    batchRow->addWidget(new QLabel(tr("Example:"), this));
    batchRow->addWidget(exampleSpin_);
    batchRow->addStretch(1);
    auto* stepRow = new QHBoxLayout;
    for (QPushButton* b :
         {prevButton_, nextButton_, nextExampleButton_, runToEndButton_, applyButton_})
        stepRow->addWidget(b);
    stepRow->addStretch(1);
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(position_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(batchRow);
    layout->addLayout(stepRow);
    layout->addLayout(sliderRow);
    layout->addWidget(title_);
    layout->addWidget(equation_);
    layout->addWidget(shapes_);
    layout->addWidget(explanation_);
    layout->addWidget(values_, 1);
}

void StepInspector::makeRefreshTimer()
{
    // Coalesces the worker's ≈30 Hz weight updates; a large batch of a large network takes
    // tens of milliseconds to trace, and earns a longer rest (livethrottle.h).
    refreshTimer_ = std::make_unique<LiveUpdateTimer>(this, 100, [this] {
        if (!isVisible()) {
            dirty_ = true; // trace on show, not for every published weight while hidden
            return;
        }
        refreshTimer_->runTimed([this] { rebuild(true); });
    });
}

void StepInspector::connectControls()
{
    connect(batchSpin_, &QSpinBox::valueChanged, this, [this](int) {
        if (!syncing_)
            rebuild(false);
    });
    connect(exampleSpin_, &QSpinBox::valueChanged, this, [this](int v) {
        if (syncing_)
            return;
        if (v == 0)
            runToEnd();
        else
            goToExample(v - 1);
    });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (!syncing_)
            goToStep(v);
    });
    connect(miniBatchButton_, &QPushButton::clicked, this, &StepInspector::useMiniBatchSize);
    connect(prevButton_, &QPushButton::clicked, this, &StepInspector::previousStep);
    connect(nextButton_, &QPushButton::clicked, this, &StepInspector::nextStep);
    connect(nextExampleButton_, &QPushButton::clicked, this, &StepInspector::nextExample);
    connect(runToEndButton_, &QPushButton::clicked, this, &StepInspector::runToEnd);
    connect(applyButton_, &QPushButton::clicked, this, &StepInspector::applyUpdate);
}

void StepInspector::followModel()
{
    // A new architecture or data set arrives before its new weights: start over as soon as
    // those come (immediately, not on the timer meant for the worker's stream of weights).
    const auto startOver = [this] {
        pendingReset_ = true;
        rebuild(false);
    };
    connect(model_, &ProjectModel::datasetChanged, this, startOver);
    connect(model_, &ProjectModel::architectureChanged, this, startOver);
    connect(model_, &ProjectModel::replaced, this, startOver);
    connect(model_, &ProjectModel::parametersChanged, this, [this] {
        if (pendingReset_)
            rebuild(false);
        else
            refreshTimer_->live();
    });
    connect(model_, &ProjectModel::configChanged, this, [this] { refreshTimer_->prompt(); });
}

int StepInspector::batchSize() const
{
    return batchSpin_->value();
}

int StepInspector::maxBatchSize() const
{
    const bp::Index m = model_->split().train.size();
    const double params = std::max<double>(1.0, static_cast<double>(model_->parameters().size()));
    const bp::Index byMemory =
        std::max<bp::Index>(1, static_cast<bp::Index>(kMaxStoredValues / params));
    return static_cast<int>(std::min<bp::Index>({m, kMaxBatch, byMemory}));
}

void StepInspector::setBatchSize(int examples)
{
    batchSpin_->setValue(examples); // valueChanged rebuilds
}

void StepInspector::useMiniBatchSize()
{
    const bp::Index b = model_->config().batchSize;
    setBatchSize(b > 0 ? static_cast<int>(std::min<bp::Index>(b, maxBatchSize())) : maxBatchSize());
}

void StepInspector::refresh()
{
    refreshTimer_->stop();
    rebuild(true);
}

void StepInspector::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        rebuild(true);
}

void StepInspector::rebuild(bool keepPosition)
{
    dirty_ = false;
    const int previous = steps_.currentStep();
    const int previousCount = steps_.stepCount();
    const int maxBatch = maxBatchSize();
    syncing_ = true;
    batchSpin_->setRange(1, std::max(1, maxBatch));
    syncing_ = false;
    const int b = std::min(batchSpin_->value(), maxBatch);
    try {
        const bp::Dataset& train = model_->split().train;
        if (b < 1 || model_->parameters().size() != model_->architecture().parameterCount())
            throw bp::InputError("step inspector", "", "no training examples or weights");
        std::vector<bp::Index> columns(static_cast<size_t>(b));
        for (int i = 0; i < b; ++i)
            columns[static_cast<size_t>(i)] = i;
        const bp::Dataset batch = train.subset(columns);
        const bp::Matrix Y = bp::encodeTargets(batch, model_->architecture().outputSize());
        steps_.setProblem(model_->architecture(), model_->parameters(), batch.features, Y,
                          model_->config().lambda, model_->config().learningRate);
        if (keepPosition && steps_.stepCount() == previousCount)
            steps_.setCurrentStep(previous);
        pendingReset_ = false;
    } catch (const bp::InputError& e) {
        steps_.clear();
        title_->setText(tr("Nothing to step through: %1").arg(QString::fromStdString(e.what())));
    }
    showStep();
}

void StepInspector::nextStep()
{
    if (steps_.next())
        showStep();
}

void StepInspector::previousStep()
{
    if (steps_.previous())
        showStep();
}

void StepInspector::nextExample()
{
    if (steps_.nextExample())
        showStep();
}

void StepInspector::runToEnd()
{
    if (steps_.runToEnd())
        showStep();
}

void StepInspector::goToExample(int example)
{
    if (steps_.goToExample(example))
        showStep();
}

void StepInspector::goToStep(int step)
{
    if (steps_.setCurrentStep(step))
        showStep();
}

void StepInspector::applyUpdate()
{
    if (steps_.isEmpty() || trainingRunning_)
        return;
    const bp::Vector updated = steps_.updatedParameters();
    model_->setParameters(updated);
    rebuild(false); // now, not on the timer: the next batch walk starts from the new weights
    explanation_->setText(tr("Update applied: Θ := Θ − α·D. Walking the batch again with the "
                             "new weights."));
}

void StepInspector::setTrainingRunning(bool running)
{
    trainingRunning_ = running;
    showStep();
}

QString StepInspector::exampleNote(int example) const
{
    const bp::Dataset& train = model_->split().train;
    QString note = tr("training example %1").arg(example + 1);
    if (train.task() == bp::TaskKind::Classification &&
        example < static_cast<int>(train.labels.size())) {
        // Named as everywhere else in the studio (legends, confusion matrix, data summary):
        // by the class's name ("class 0" … for generated data, 0-based). "class 1 (“class
        // 0”)" mixed a 1-based position with the 0-based name.
        const int label = train.labels[static_cast<size_t>(example)];
        const QString name =
            label >= 0 && label < train.classCount()
                ? QString::fromStdString(train.classNames[static_cast<size_t>(label)])
                : QString::number(label);
        // Generated data names its classes "class 0", "class 1", …: not "class class 0".
        note += name.startsWith(QStringLiteral("class "), Qt::CaseInsensitive)
                    ? QStringLiteral(", ") + name
                    : tr(", class %1").arg(name);
    }
    return note;
}

QString StepInspector::valuesHtml() const
{
    QString html;
    if (steps_.step().example >= 0)
        html += QStringLiteral("<p style=\"color:#555555;\">") + exampleNote(steps_.example()) +
                QStringLiteral("</p>");
    for (const StepTerm& term : steps_.terms()) {
        MatrixFormatOptions options;
        options.tintFirstColumn = term.biasColumn;
        options.tintFirstRow = term.biasRow;
        html += QStringLiteral("<p style=\"margin-top: 8px; margin-bottom: 2px;\"><b>") +
                term.html + QStringLiteral("</b> &nbsp;<span style=\"color:#666666;\">") +
                shapeCaption(term.value, options) + QStringLiteral("</span></p>") +
                matrixHtml(term.value, options);
    }
    return html;
}

void StepInspector::showStep()
{
    const bool empty = steps_.isEmpty();
    syncing_ = true;
    slider_->setRange(0, empty ? 0 : steps_.stepCount() - 1);
    slider_->setValue(empty ? 0 : steps_.currentStep());
    exampleSpin_->setRange(0, std::max(1, steps_.batchSize()));
    exampleSpin_->setValue(empty ? 1 : steps_.step().example + 1); // batch-wide steps: 0
    syncing_ = false;

    const bool batchWide = !empty && steps_.step().example < 0;
    prevButton_->setEnabled(!empty && steps_.currentStep() > 0);
    nextButton_->setEnabled(!empty && steps_.currentStep() + 1 < steps_.stepCount());
    nextExampleButton_->setEnabled(!empty && !batchWide);
    runToEndButton_->setEnabled(!empty && !batchWide);
    applyButton_->setEnabled(batchWide && !trainingRunning_);
    exampleSpin_->setEnabled(!empty);
    if (empty) {
        position_->clear();
        equation_->clear();
        shapes_->clear();
        explanation_->clear();
        values_->clear();
        emit highlightRequested(-1, QString());
        return;
    }
    position_->setText(tr("Step %1 / %2").arg(steps_.currentStep() + 1).arg(steps_.stepCount()));
    title_->setText(steps_.title());
    equation_->setText(steps_.equationHtml());
    shapes_->setText(tr("Shapes — ") + steps_.shapesText());
    explanation_->setText(steps_.explanation());
    values_->setHtml(valuesHtml());
    emit highlightRequested(steps_.highlightLayer(), steps_.highlightPart());
}

} // namespace bpui

#include "views/training/divergenceguard.h"

#include "session/projectmodel.h"
#include "session/trainingcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <cmath>

namespace bpui {

namespace {

QString guardNumber(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

DivergenceGuard::DivergenceGuard(ProjectModel* model, TrainingController* controller,
                                 QWidget* parent)
    : QFrame(parent), model_(model), controller_(controller)
{
    setObjectName(QStringLiteral("divergenceGuard"));
    // A warning colour that stays readable in the light, dark and presentation palettes. A
    // palette, not a style sheet: a style sheet would keep the banner's text at its first
    // size when presentation mode enlarges the application's font.
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    warning.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    setPalette(warning);
    text_ = new QLabel(this);
    text_->setObjectName(QStringLiteral("divergenceText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    rewind_ = new QPushButton(tr("&Rewind"), this);
    rewind_->setObjectName(QStringLiteral("divergenceRewind"));
    rewindLower_ = new QPushButton(tr("Rewind, α ÷ 10"), this);
    rewindLower_->setObjectName(QStringLiteral("divergenceRewindLower"));
    dismiss_ = new QPushButton(tr("Dismiss"), this);
    dismiss_->setObjectName(QStringLiteral("divergenceDismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text_, 1);
    layout->addWidget(rewind_);
    layout->addWidget(rewindLower_);
    layout->addWidget(dismiss_);

    connect(rewind_, &QPushButton::clicked, this, &DivergenceGuard::rewind);
    connect(rewindLower_, &QPushButton::clicked, this, &DivergenceGuard::rewindAndLowerRate);
    connect(dismiss_, &QPushButton::clicked, this, &DivergenceGuard::dismiss);
    connect(controller_, &TrainingController::snapshotReceived, this, &DivergenceGuard::onSnapshot);
    connect(controller_, &TrainingController::divergenceTripped, this, &DivergenceGuard::onTripped);
    connect(controller_, &TrainingController::finished, this, &DivergenceGuard::onFinished);
    connect(controller_, &TrainingController::stateChanged, this, [this](TrainingState state) {
        const bool active = state == TrainingState::Running || state == TrainingState::Paused;
        // A fresh history's row 0 is the cost at these weights; a continuing run's start
        // is the previous run's final snapshot, which the guard has seen already.
        if (active && !wasActive_ && controller_->totalIterations() == 0)
            runStart_ = std::make_shared<const bp::Vector>(model_->parameters());
        wasActive_ = active;
    });
    hide();
}

void DivergenceGuard::forget()
{
    tripped_ = false;
    goodParams_.reset();
    goodCost_ = std::numeric_limits<double>::infinity();
    goodIteration_ = 0;
    hide();
}

void DivergenceGuard::onSnapshot(const TrainingSnapshot& snapshot)
{
    // Row 0 of a run is the cost at the weights it started from, which no snapshot carries.
    if (runStart_ && !snapshot.newRows.empty()) {
        const double startCost = DivergenceRule::judgedCost(snapshot.newRows.front(), false);
        if (std::isfinite(startCost) && startCost < goodCost_) {
            goodCost_ = startCost;
            goodIteration_ = snapshot.newRows.front().iteration;
            goodParams_ = runStart_;
        }
        runStart_.reset();
    }
    // Weights are kept per snapshot (≤ 30 Hz): the best of those is the rewind point.
    const double snapshotCost = DivergenceRule::judgedCost(snapshot.latest, false);
    if (snapshot.parameters && std::isfinite(snapshotCost) && snapshotCost < goodCost_) {
        goodCost_ = snapshotCost;
        goodIteration_ = snapshot.latest.iteration;
        goodParams_ = snapshot.parameters;
    }
}

void DivergenceGuard::onTripped(const DivergenceTrip& blowUp)
{
    trip(blowUp.iteration,
         tr("<b>Training paused: the cost blew up.</b> It rose from %1 "
            "at iteration %2 to %3 at iteration %4.")
             .arg(guardNumber(blowUp.bestCost))
             .arg(blowUp.bestIteration)
             .arg(guardNumber(blowUp.cost))
             .arg(blowUp.iteration),
         tr("cost blew up"));
}

void DivergenceGuard::onFinished(const bp::TrainingResult& result)
{
    // Also when a blow-up tripped the guard first: the run overflowed before the pause took
    // effect, and the weights in the project are now the trainer's last finite ones.
    if (result.reason != bp::StopReason::Diverged)
        return;
    trip(controller_->totalIterations(),
         tr("<b>Training stopped: the cost turned non-finite.</b> %1")
             .arg(QString::fromStdString(result.message).toHtmlEscaped()),
         tr("non-finite cost"));
}

void DivergenceGuard::trip(long iteration, const QString& headline, const QString& label)
{
    tripped_ = true;
    headline_ = headline;
    QString text = headline + QStringLiteral("<br>") + likelyCause();
    if (goodParams_)
        text += tr(" <b>Rewind</b> restores the weights of iteration %1 (cost %2).")
                    .arg(goodIteration_)
                    .arg(guardNumber(goodCost_));
    text_->setText(text);
    rewind_->setEnabled(goodParams_ != nullptr);
    rewindLower_->setVisible(!bp::isLineSearchOptimizer(model_->config().optimizer));
    rewindLower_->setEnabled(goodParams_ != nullptr);
    show();
    emit trippedAt(iteration, label);
}

QString DivergenceGuard::likelyCause() const
{
    const bp::TrainingConfig& config = model_->config();
    QString cause;
    switch (config.optimizer) {
    case bp::OptimizerKind::GradientDescent:
        cause = tr("Likely cause: the learning rate α = %1 is too high. Each step "
                   "Θ := Θ − α·D overshoots the valley of J, lands higher on the other side, "
                   "and the overshoots grow. Try α ≤ %2.")
                    .arg(guardNumber(config.learningRate))
                    .arg(guardNumber(config.learningRate / 10.0));
        break;
    case bp::OptimizerKind::Momentum:
        cause = tr("Likely cause: the learning rate α = %1 is too high, or the momentum "
                   "μ = %2 too close to 1: the velocity keeps pushing past the minimum. Try "
                   "α ≤ %3.")
                    .arg(guardNumber(config.learningRate))
                    .arg(guardNumber(config.momentum))
                    .arg(guardNumber(config.learningRate / 10.0));
        break;
    case bp::OptimizerKind::Adam:
        cause = tr("Likely cause: the learning rate α = %1 is too high for Adam, whose "
                   "steps are about α in every direction whatever the gradient's size. Try "
                   "α ≤ %2.")
                    .arg(guardNumber(config.learningRate))
                    .arg(guardNumber(config.learningRate / 10.0));
        break;
    case bp::OptimizerKind::LBFGS:
    case bp::OptimizerKind::ConjugateGradient:
        cause = tr("Likely cause: the line search reached weights where the cost overflows, "
                   "usually because the inputs are on very different scales. Normalise the "
                   "data (Data panel) or raise λ.");
        break;
    }
    if (model_->normalizationKind() == bp::NormalizationKind::None)
        cause += tr(" The inputs are not normalised, which makes this more likely.");
    return cause;
}

QString DivergenceGuard::explanation() const
{
    return text_->text();
}

void DivergenceGuard::rewind()
{
    if (!goodParams_)
        return;
    const std::shared_ptr<const bp::Vector> good = goodParams_;
    const long iteration = goodIteration_;
    tripped_ = false;
    hide();
    // The trip point stays in the cost history; the controller rearms the rule.
    controller_->rewindTo(*good, iteration);
    emit rewound(iteration);
}

void DivergenceGuard::rewindAndLowerRate()
{
    bp::TrainingConfig config = model_->config();
    config.learningRate /= 10.0;
    rewind();
    model_->setConfig(config);
}

void DivergenceGuard::dismiss()
{
    // The person chose to let it run: the same blow-up must not pause it again at every
    // row. A reset or rewind arms the guard again.
    tripped_ = false;
    controller_->letDivergenceRunOn();
    hide();
}

} // namespace bpui

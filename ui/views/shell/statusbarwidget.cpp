#include "views/shell/statusbarwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <cmath>

namespace bpui {

namespace {

QLabel* makeLabel(const char* name, QWidget* parent, int minimumWidth)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setMinimumWidth(minimumWidth);
    return label;
}

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0.0)
        return QStringLiteral("–");
    const auto s = static_cast<long long>(std::llround(seconds));
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1:%2 min").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2 h").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

StatusBarWidget::StatusBarWidget(QWidget* parent)
    : QWidget(parent), state_(makeLabel("statusState", this, 70)),
      iteration_(makeLabel("statusIteration", this, 110)),
      epoch_(makeLabel("statusEpoch", this, 90)), cost_(makeLabel("statusCost", this, 110)),
      speed_(makeLabel("statusSpeed", this, 90)), progress_(new QProgressBar(this))
{
    progress_->setObjectName(QStringLiteral("statusProgress"));
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(220);
    progress_->setTextVisible(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(state_), static_cast<QWidget*>(iteration_),
                       static_cast<QWidget*>(epoch_), static_cast<QWidget*>(cost_),
                       static_cast<QWidget*>(speed_), static_cast<QWidget*>(progress_)})
        layout->addWidget(w);
    clear();
}

void StatusBarWidget::setState(TrainingState state)
{
    state_->setText(QStringLiteral("<b>%1</b>").arg(toDisplayString(state)));
}

void StatusBarWidget::showStatusWords(const QString& words)
{
    if (words.isEmpty())
        return;
    state_->setText(QStringLiteral("<b>%1</b>").arg(words.toHtmlEscaped()));
}

void StatusBarWidget::showSnapshot(const TrainingSnapshot& snapshot)
{
    const bp::IterationStats& row = snapshot.latest;
    iteration_->setText(tr("iteration %1").arg(row.iteration));
    epoch_->setText(tr("epoch %1").arg(row.epoch, 0, 'f', 2));
    cost_->setText(tr("J = %1").arg(row.trainCost, 0, 'g', 5));
    if (snapshot.iterationsPerSecond > 0.0)
        speed_->setText(tr("%1 it/s").arg(snapshot.iterationsPerSecond, 0, 'f', 0));
}

void StatusBarWidget::showProgress(double fraction, double secondsLeft)
{
    if (std::isnan(fraction)) {
        progress_->hide();
        return;
    }
    progress_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 1000.0));
    progress_->setFormat(tr("%p% · ETA %1").arg(formatDuration(secondsLeft)));
    progress_->show();
}

void StatusBarWidget::clear()
{
    setState(TrainingState::Idle);
    iteration_->setText(tr("iteration 0"));
    epoch_->setText(tr("epoch 0"));
    cost_->setText(tr("J = –"));
    speed_->setText(QString());
    progress_->hide();
}

} // namespace bpui

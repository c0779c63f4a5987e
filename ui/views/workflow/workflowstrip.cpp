#include "views/workflow/workflowstrip.h"

#include "session/workflow/workflowtracker.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace bpui {

WorkflowStrip::WorkflowStrip(WorkflowTracker* tracker, const std::array<QAction*, 8>& actions,
                             QWidget* parent)
    : QWidget(parent), tracker_(tracker)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);
    int row = 0;
    for (int step = 0; step < WorkflowTracker::kStepCount; ++step) {
        const auto i = std::size_t(step);
        auto* mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("workflowMark%1").arg(step + 1));
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("workflowStep%1").arg(step + 1));
        button->setAutoRaise(true);
        button->setText(QStringLiteral("%1 %2").arg(step + 1).arg(WorkflowTracker::name(step)));
        if (QAction* action = actions[i]) {
            button->setToolTip(tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                 action->shortcut().toString(
                                                     QKeySequence::NativeText)));
            connect(button, &QToolButton::clicked, action, [action] {
                // A dock's toggle shows the dock, never hides it.
                if (!action->isCheckable() || !action->isChecked())
                    action->trigger();
            });
        } else {
            button->setEnabled(false);
        }
        auto* detail = new QLabel(this);
        detail->setObjectName(QStringLiteral("workflowDetail%1").arg(step + 1));
        detail->setStyleSheet(QStringLiteral("color: gray;"));
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setMinimumWidth(0);
        detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        // The detail goes under its step, wrapped: the strip usually sits in the narrow left
        // column, where a detail beside the step's name was cut off after a word.
        detail->setWordWrap(true);
        detail->setContentsMargins(6, 0, 0, 4);
        grid->addWidget(mark, row, 0, Qt::AlignVCenter);
        grid->addWidget(button, row, 1, Qt::AlignLeft);
        grid->addWidget(detail, row + 1, 1);
        marks_[i] = mark;
        buttons_[i] = button;
        details_[i] = detail;
        row += 2;
        if (step == WorkflowTracker::Architecture) {
            hint_ = new QLabel(this);
            hint_->setObjectName(QStringLiteral("workflowHint"));
            hint_->setStyleSheet(QStringLiteral("color: gray; font-style: italic;"));
            hint_->setWordWrap(true);
            hint_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            grid->addWidget(hint_, row, 1);
            ++row;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
    connect(tracker_, &WorkflowTracker::changed, this, &WorkflowStrip::refresh);
    refresh();
}

void WorkflowStrip::refresh()
{
    for (int step = 0; step < WorkflowTracker::kStepCount; ++step) {
        const auto i = std::size_t(step);
        const bool done = tracker_->done(step);
        marks_[i]->setText(done ? QStringLiteral("✓") : QStringLiteral("○"));
        marks_[i]->setToolTip(done ? tr("done") : tr("not yet"));
        const QString detail = tracker_->detail(step);
        details_[i]->setText(detail);
        details_[i]->setToolTip(detail);
    }
    const QStringList hints = tracker_->architectureHints();
    hint_->setText(hints.join(QLatin1Char('\n')));
    hint_->setToolTip(
        tr("The recipe: input size = number of features, output size = number of classes, one "
           "hidden layer by default, several hidden layers usually share one size."));
    hint_->setVisible(!hints.isEmpty());
}

} // namespace bpui

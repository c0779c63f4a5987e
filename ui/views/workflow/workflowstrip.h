#pragma once
// The Workflow strip: the training recipe's eight steps as a compact vertical list, a tick
// or an empty circle, the step's name as a link to the tool that does it, and its detail in
// grey; beside the architecture, gentle hints from the recipe (never a block).

#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QToolButton;

namespace bpui {

class WorkflowTracker;

class WorkflowStrip : public QWidget
{
    Q_OBJECT
public:
    /// `actions[step]` is what the step's link triggers (may be null: no link).
    WorkflowStrip(WorkflowTracker* tracker, const std::array<QAction*, 8>& actions,
                  QWidget* parent = nullptr);

    /// The tick / circle, the step's link and its detail (tests read them).
    QLabel* markLabel(int step) const { return marks_[std::size_t(step)]; }
    QToolButton* stepButton(int step) const { return buttons_[std::size_t(step)]; }
    QLabel* detailLabel(int step) const { return details_[std::size_t(step)]; }
    QLabel* hintLabel() const { return hint_; }

private:
    void refresh();

    WorkflowTracker* tracker_;
    std::array<QLabel*, 8> marks_{};
    std::array<QToolButton*, 8> buttons_{};
    std::array<QLabel*, 8> details_{};
    QLabel* hint_ = nullptr;
};

} // namespace bpui

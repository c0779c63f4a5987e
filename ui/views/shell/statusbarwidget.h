#pragma once
// The permanent part of the status bar: state, iteration, epoch, cost, iterations per second
// and, when a budget is set, a progress bar with the estimated time left.
//
// objectNames: "statusState", "statusIteration", "statusEpoch", "statusCost", "statusSpeed",
// "statusProgress".

#include "worker/trainingsnapshot.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace bpui {

class StatusBarWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBarWidget(QWidget* parent = nullptr);

    void setState(TrainingState state);
    /// Words for the state that say what happened ("Stopped at iteration 600",
    /// TrainingController::statusWords()); the next setState replaces them.
    void showStatusWords(const QString& words);
    void showSnapshot(const TrainingSnapshot& snapshot);
    /// fraction of the budget done in [0, 1]; NaN hides the bar (no budget).
    void showProgress(double fraction, double secondsLeft);
    void clear();

private:
    QLabel* state_;
    QLabel* iteration_;
    QLabel* epoch_;
    QLabel* cost_;
    QLabel* speed_;
    QProgressBar* progress_;
};

} // namespace bpui

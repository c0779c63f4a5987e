#pragma once
// The divergence guard's banner: when training blows up or turns non-finite it explains the
// likely cause and offers to rewind to the last good weights.
//
// The rule and the pause are not here: the worker judges every row by DivergenceRule
// (worker/divergencerule.h) before the next step and pauses itself, so the pause comes at
// the first divergent iteration, with finite numbers on screen; the controller reports it
// (TrainingController::divergenceTripped) and the banner shows it. A non-finite cost is
// caught by the trainer itself, which stops with the last finite weights
// (TrainingState::Diverged); the banner then explains and offers the rewind too.
// "Good" weights are those of the snapshot with the lowest cost seen since the last reset.
// Dismiss means "let it run": blow-ups no longer pause training until the next reset or
// rewind (TrainingController::letDivergenceRunOn); a non-finite cost is still reported.
//
// The guard is the banner shown above the diagram (objectName "divergenceGuard"; its
// buttons "divergenceRewind", "divergenceRewindLower", "divergenceDismiss").

#include "worker/divergencerule.h"
#include "worker/trainingsnapshot.h"

#include <QFrame>

#include <limits>
#include <memory>

class QLabel;
class QPushButton;

namespace bpui {

class ProjectModel;
class TrainingController;

class DivergenceGuard : public QFrame
{
    Q_OBJECT
public:
    static constexpr double kBlowUpFactor = DivergenceRule::kBlowUpFactor;

    DivergenceGuard(ProjectModel* model, TrainingController* controller, QWidget* parent = nullptr);

    bool isTripped() const { return tripped_; }
    /// The iteration whose weights Rewind restores (-1: none kept yet).
    long goodIteration() const { return goodParams_ ? goodIteration_ : -1; }
    QString explanation() const;

public slots:
    void rewind();
    /// Rewinds and divides the learning rate by ten (gradient-step optimisers only).
    void rewindAndLowerRate();
    void dismiss();

signals:
    /// The guard fired at `iteration`; `label` is a few words for the cost plot's marker.
    void trippedAt(long iteration, const QString& label);
    void rewound(long iteration);

public slots:
    /// The history started over: nothing to warn about.
    void forget();

private:
    void onSnapshot(const TrainingSnapshot& snapshot);
    void onTripped(const DivergenceTrip& blowUp);
    void onFinished(const bp::TrainingResult& result);

    void trip(long iteration, const QString& headline, const QString& label);
    QString likelyCause() const;

    ProjectModel* model_;
    TrainingController* controller_;
    QLabel* text_ = nullptr;
    QPushButton* rewind_ = nullptr;
    QPushButton* rewindLower_ = nullptr;
    QPushButton* dismiss_ = nullptr;

    bool tripped_ = false;
    QString headline_;
    std::shared_ptr<const bp::Vector> runStart_; // the weights a run started from
    bool wasActive_ = false;
    std::shared_ptr<const bp::Vector> goodParams_;
    double goodCost_ = std::numeric_limits<double>::infinity();
    long goodIteration_ = 0;
};

} // namespace bpui

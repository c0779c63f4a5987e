#pragma once
// The Landscape dock: J around the current weights, computed by the session's LandscapeRunner
// off the GUI thread. Two tabs:
//   "1-D slices"  J along the path θ₀→θ (t = 0 and t = 1 marked) and J along −∇J (the
//                 learning rate α marked, the tangent J − s‖∇J‖² dashed)
//   "2-D contour" J on a plane through θ (a colour map, θ at the origin) with the optimiser's
//                 path projected on it, the share of the path each direction explains, and a
//                 choice of directions (the trajectory's principal ones, or two random
//                 filter-normalised ones); a log colour scale on request. The Runs dock's
//                 ticked runs (a race's racers) are drawn on the same plane in their colours.
// Compute / Cancel with a progress bar; a grid size (odd); "Refresh every N iterations during
// training" recomputes while training runs, never queueing behind a running computation: a
// refresh that comes due meanwhile is coalesced into one start when it ends.
//
// Children by objectName (tests): "landscapeCompute", "landscapeCancel" (QPushButton),
// "landscapeProgress", "landscapeGridSize", "landscapeDirections", "landscapeLogScale",
// "landscapeRefresh", "landscapeRefreshEvery", "landscapeTabs", "landscapePathPlot",
// "landscapeGradientPlot", "landscapeContourPlot", "landscapeInfo", "landscapeExplained",
// "landscapeMessage".

#include "session/landscape/landscaperunner.h"

#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCPColorMap;
class QCPCurve;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace bpui {

class LandscapeContour;
class LiveHistory;
class TrainingController;

class LandscapeDock : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultRefreshEvery = 100; // iterations

    LandscapeDock(LandscapeRunner* runner, TrainingController* training, LiveHistory* history,
                  QWidget* parent = nullptr);
    ~LandscapeDock() override;

    LandscapeRunner* runner() const { return runner_; }
    LandscapeDirectionsKind directions() const;
    void setDirections(LandscapeDirectionsKind kind);
    int gridSize() const;
    void setGridSize(int size);
    /// "Refresh every N iterations during training".
    void setRefreshEvery(bool on, int iterations);
    bool logScale() const;
    void setLogScale(bool on);

    QPushButton* computeButton() const { return compute_; }
    QPushButton* cancelButton() const { return cancel_; }
    QCustomPlot* pathPlot() const { return pathPlot_; }
    QCustomPlot* gradientPlot() const { return gradientPlot_; }
    QCustomPlot* contourPlot() const { return contourPlot_; }
    QCPColorMap* colorMap() const;
    /// The optimiser's path on the plane (empty when nothing is drawn).
    QCPCurve* pathCurve() const;
    /// The ticked runs' paths drawn on the plane, in the result's order.
    const QList<QCPCurve*>& otherCurves() const;
    QString message() const;
    QString info() const;
    /// Computations this dock started (Compute, a switch of directions, a refresh).
    int startCount() const { return startCount_; }
    void showContourTab();

public slots:
    /// Starts a computation now, or once the running one has ended (coalesced).
    void compute();

private:
    void buildControls();
    void buildSlicesTab();
    void buildContourTab();
    void onFinished(bool cancelled);
    void onHistoryAppended();
    void draw();
    void clearPlots();
    void setMessage(const QString& text);

    LandscapeRunner* runner_;
    TrainingController* training_;
    LiveHistory* history_;

    QPushButton* compute_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QSpinBox* gridSize_ = nullptr;
    QComboBox* directions_ = nullptr;
    QCheckBox* logScale_ = nullptr;
    QCheckBox* refresh_ = nullptr;
    QSpinBox* refreshEvery_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QCustomPlot* pathPlot_ = nullptr;
    QCustomPlot* gradientPlot_ = nullptr;
    QCustomPlot* contourPlot_ = nullptr;
    std::unique_ptr<LandscapeContour> contour_;
    QLabel* info_ = nullptr;
    QLabel* explained_ = nullptr;
    QLabel* message_ = nullptr;

    bool pending_ = false;           // a start is due once the running computation ends
    long lastStartIteration_ = -1;   // the training iteration the last refresh started at
    int startCount_ = 0;
};

} // namespace bpui

#pragma once
// One heat map per Θ(l) (rows: units of layer l+1, columns: bias then units of layer l) on a
// diverging colour scale centred on zero, updated live as training publishes weights. A
// checkbox switches to the gradient ∂J/∂Θ(l) from the latest snapshot; ticked when no
// gradient is at hand, it computes one for the current weights in the background. The
// gradient costs a full-batch evaluation, so training only attaches it while it is shown
// (gradientShownChanged).
//
// objectNames (for tests): "showGradientCheck" (QCheckBox), "weightMap_<l>" (QCustomPlot of
// the 0-based Θ index l, i.e. the course's Θ(l+1); its first plottable is the QCPColorMap,
// cell (column, row) = Θ(l+1)_{row+1, column}), "weightHoverLabel" (QLabel read-out).

#include "types.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QCPColorMap;
class QCustomPlot;
class QLabel;
class QTimer;
class QVBoxLayout;

namespace bpui {

class BackgroundTask;
class ProjectModel;

class WeightHeatmaps : public QWidget
{
    Q_OBJECT
public:
    explicit WeightHeatmaps(ProjectModel* model, QWidget* parent = nullptr);

    /// The full-batch gradient at the published weights (unrolled like the parameters).
    void setGradient(std::shared_ptr<const bp::Vector> gradient);
    bool showingGradient() const;
    int mapCount() const { return static_cast<int>(maps_.size()); }
    /// A background gradient computation is running (for tests).
    bool isComputingGradient() const;

signals:
    /// The checkbox changed: whether the gradient is wanted from now on.
    void gradientShownChanged(bool shown);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void scheduleUpdate();
    void updateMaps();
    void showHover(int layer, const QPoint& pixel);
    void onGradientToggled(bool shown);
    void computeGradientNow();
    void onGradientComputed();

    struct Map
    {
        QCustomPlot* plot = nullptr;
        QCPColorMap* colorMap = nullptr;
        int rows = 0;
        int cols = 0;
    };

    ProjectModel* model_;
    QCheckBox* gradientCheck_ = nullptr;
    QLabel* info_ = nullptr;
    QLabel* hover_ = nullptr;
    QVBoxLayout* mapsLayout_ = nullptr;
    QTimer* updateTimer_ = nullptr;
    std::vector<Map> maps_;
    std::shared_ptr<const bp::Vector> gradient_;
    BackgroundTask* gradientTask_ = nullptr;
    std::shared_ptr<bp::Vector> computed_; // written by gradientTask_'s thread
    bp::Vector computedFor_;               // the weights it was computed at
    bool dirty_ = true; // an update was skipped while hidden
};

} // namespace bpui

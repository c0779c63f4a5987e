#pragma once
// The Timeline dock: the network diagram, the weight heat maps and the prediction (decision
// surface) for weights picked on a run's timeline, while the main views keep showing the
// live weights. It draws from its own ProjectModel ("shadow"): the current data (copied when
// first needed and after the data changes) with the run's architecture and the picked
// weights, so viewing never touches the live weights, history or training.
//
// objectNames: "timelineCaption" (QLabel), "timelineNetworkView" (QGraphicsView),
// "timelineWeightHeatmaps", "timelinePredictionPlot".

#include "architecture.h"
#include "types.h"

#include <QWidget>

class QGraphicsView;
class QLabel;

namespace bpui {

class NetworkScene;
class PredictionPlot;
class ProjectModel;
class WeightHeatmaps;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    /// Presentation mode: the diagram and prediction plot draw lines `scale` times as thick.
    void setLineScale(double scale);
    explicit TimelineView(ProjectModel* model, QWidget* parent = nullptr);

    /// Shows `weights` of `arch`. False, with the reason in the caption, when that network
    /// does not fit the current data (another input or output size).
    bool showWeights(const bp::Architecture& arch, const bp::Vector& weights,
                     const QString& caption);
    /// Nothing picked: the caption says how to pick.
    void clearView(const QString& caption);
    bool isShowing() const { return showing_; }
    /// The weights on screen (the shadow model's).
    const bp::Vector& shownWeights() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    bool syncData(QString* why);
    void fitDiagram();

    ProjectModel* model_;
    ProjectModel* shadow_;
    QLabel* caption_ = nullptr;
    NetworkScene* scene_ = nullptr;
    QGraphicsView* view_ = nullptr;
    WeightHeatmaps* heatmaps_ = nullptr;
    PredictionPlot* prediction_ = nullptr;
    bool dataDirty_ = true; // the main model's data changed since the last copy
    bool showing_ = false;
};

} // namespace bpui

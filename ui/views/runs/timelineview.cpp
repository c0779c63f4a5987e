#include "views/runs/timelineview.h"

#include "views/network/networkscene.h"
#include "views/plots/predictionplot.h"
#include "session/projectmodel.h"
#include "session/enginemessages.h"
#include "views/plots/weightheatmaps.h"

#include <QGraphicsView>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <exception>

namespace bpui {

namespace {

std::vector<int> hiddenSizes(const bp::Architecture& arch)
{
    return {arch.layerSizes.begin() + 1, arch.layerSizes.end() - 1};
}

std::vector<bp::Activation> hiddenActivations(const bp::Architecture& arch)
{
    return {arch.activations.begin(), arch.activations.end() - 1};
}

} // namespace

TimelineView::TimelineView(ProjectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), shadow_(new ProjectModel(this))
{
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("timelineCaption"));
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    scene_ = new NetworkScene(this);
    view_ = new QGraphicsView(scene_, this);
    view_->setObjectName(QStringLiteral("timelineNetworkView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(160, 120);
    heatmaps_ = new WeightHeatmaps(shadow_);
    heatmaps_->setObjectName(QStringLiteral("timelineWeightHeatmaps"));
    prediction_ = new PredictionPlot(shadow_);
    prediction_->setObjectName(QStringLiteral("timelinePredictionPlot"));

    // The decision surface gets the most room: it is what changes most visibly over a run.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(view_);
    split->addWidget(prediction_);
    split->addWidget(heatmaps_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    prediction_->setMinimumHeight(220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(caption_);
    layout->addWidget(split, 1);

    connect(model_, &ProjectModel::datasetChanged, this, [this] { dataDirty_ = true; });
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes) {
        if (changes & DataChanged)
            dataDirty_ = true;
    });
    clearView(tr("Pick a run in the Runs dock and move its timeline slider to see the network "
                 "as it was at that iteration."));
}

bool TimelineView::syncData(QString* why)
{
    if (!dataDirty_)
        return true;
    try {
        shadow_->setDataset(model_->dataset(), model_->dataSource());
        shadow_->setNormalization(model_->normalizationKind());
        shadow_->setFeatures(model_->features()); // the runs' weights read these inputs
        shadow_->setSplit(model_->validationFraction(), model_->testFraction(),
                          model_->splitSeed());
    } catch (const std::exception& error) {
        *why = EngineMessages::text(error.what());
        return false;
    }
    dataDirty_ = false;
    return true;
}

bool TimelineView::showWeights(const bp::Architecture& arch, const bp::Vector& weights,
                               const QString& caption)
{
    QString why;
    if (!syncData(&why)) {
        clearView(tr("Cannot show the timeline: %1").arg(why));
        return false;
    }
    const bp::Architecture& current = shadow_->architecture();
    if (arch.layerSizes.size() < 2 || arch.layerSizes.front() != current.layerSizes.front() ||
        arch.layerSizes.back() != current.layerSizes.back() ||
        weights.size() != arch.parameterCount()) {
        clearView(tr("This run's network (%1 inputs, %2 outputs) does not fit the current data "
                     "(%3 inputs, %4 outputs).")
                      .arg(arch.layerSizes.front())
                      .arg(arch.layerSizes.back())
                      .arg(current.layerSizes.front())
                      .arg(current.layerSizes.back()));
        return false;
    }
    try {
        if (current.layerSizes != arch.layerSizes || current.activations != arch.activations) {
            shadow_->setHiddenLayers(hiddenSizes(arch), hiddenActivations(arch));
            shadow_->setOutputActivation(arch.outputActivation());
        }
    } catch (const std::exception& error) {
        clearView(tr("Cannot show the timeline: %1").arg(EngineMessages::text(error.what())));
        return false;
    }
    shadow_->setParameters(weights);
    scene_->setNetwork(shadow_->architecture(), weights);
    fitDiagram();
    caption_->setText(caption);
    heatmaps_->setEnabled(true);
    prediction_->setEnabled(true);
    view_->setEnabled(true);
    showing_ = true;
    return true;
}

void TimelineView::clearView(const QString& caption)
{
    caption_->setText(caption);
    heatmaps_->setEnabled(false);
    prediction_->setEnabled(false);
    view_->setEnabled(false);
    showing_ = false;
}

const bp::Vector& TimelineView::shownWeights() const
{
    return shadow_->parameters();
}

void TimelineView::fitDiagram()
{
    const QRectF rect = scene_->sceneRect();
    if (!rect.isEmpty())
        view_->fitInView(rect.adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitDiagram();
}

void TimelineView::setLineScale(double scale)
{
    scene_->setLineScale(scale);
    prediction_->setLineScale(scale);
}

} // namespace bpui

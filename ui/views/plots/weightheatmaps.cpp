#include "views/plots/weightheatmaps.h"
#include "views/plots/plotregistry.h"

#include "worker/backgroundtask.h"
#include "views/plots/colormaps.h"
#include "costfunction.h"
#include "session/livethrottle.h"
#include "session/projectmodel.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bpui {

WeightHeatmaps::WeightHeatmaps(ProjectModel* model, QWidget* parent)
    : QWidget(parent), model_(model)
{
    gradientCheck_ = new QCheckBox(tr("Show gradient"), this);
    gradientCheck_->setObjectName(QStringLiteral("showGradientCheck"));
    gradientCheck_->setToolTip(tr("Show ∂J/∂Θ(l) from the latest training snapshot instead of "
                                  "the weights Θ(l)"));
    info_ = new QLabel(this);
    info_->setWordWrap(true);
    info_->setToolTip(tr("Θ(l): row i = unit i of layer l+1, column j = unit j of layer l "
                         "(column 0, left of the dashed line: the bias unit), so that "
                         "z(l+1) = Θ(l)·[1; a(l)]. Blue positive, orange-red negative, "
                         "white zero."));
    hover_ = new QLabel(this);
    hover_->setObjectName(QStringLiteral("weightHoverLabel"));
    hover_->setTextFormat(Qt::PlainText);
    hover_->setText(tr("Hover a cell for its layer, row, column and value"));

    auto* container = new QWidget;
    mapsLayout_ = new QVBoxLayout(container);
    mapsLayout_->setContentsMargins(0, 0, 0, 0);
    mapsLayout_->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(container);

    auto* top = new QHBoxLayout;
    top->addWidget(gradientCheck_);
    top->addWidget(info_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(hover_);

    updateTimer_ = new QTimer(this);
    updateTimer_->setSingleShot(true);
    updateTimer_->setInterval(kRefreshIntervalMs); // however often weights arrive
    connect(updateTimer_, &QTimer::timeout, this, &WeightHeatmaps::updateMaps);
    connect(gradientCheck_, &QCheckBox::toggled, this, &WeightHeatmaps::onGradientToggled);
    gradientTask_ = new BackgroundTask(this);
    connect(gradientTask_, &BackgroundTask::finished, this, &WeightHeatmaps::onGradientComputed);
    connect(model_, &ProjectModel::parametersChanged, this, &WeightHeatmaps::scheduleUpdate);
    connect(model_, &ProjectModel::architectureChanged, this, [this] {
        gradient_.reset(); // a gradient of the old architecture means nothing now
        scheduleUpdate();
    });
    connect(model_, &ProjectModel::datasetChanged, this, &WeightHeatmaps::scheduleUpdate);
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes) {
        if (changes & ArchitectureChanged)
            gradient_.reset();
        scheduleUpdate();
    });
    scheduleUpdate();
}

void WeightHeatmaps::setGradient(std::shared_ptr<const bp::Vector> gradient)
{
    gradient_ = std::move(gradient);
    if (showingGradient())
        scheduleUpdate();
}

bool WeightHeatmaps::showingGradient() const
{
    return gradientCheck_->isChecked();
}

bool WeightHeatmaps::isComputingGradient() const
{
    return gradientTask_->isRunning();
}

void WeightHeatmaps::onGradientToggled(bool shown)
{
    if (!shown)
        gradient_.reset(); // snapshots stop carrying it: a kept one would go stale unseen
    else if (!gradient_)
        computeGradientNow();
    emit gradientShownChanged(shown);
    scheduleUpdate();
}

void WeightHeatmaps::computeGradientNow()
{
    const bp::Architecture& arch = model_->architecture();
    const std::shared_ptr<const bp::DataSplit> split = model_->sharedSplit();
    if (gradientTask_->isRunning() || !split || split->train.size() == 0 ||
        arch.layerCount() < 2 || model_->parameters().size() != arch.parameterCount() ||
        split->train.featureCount() != arch.inputSize())
        return;
    computedFor_ = model_->parameters();
    computed_ = std::make_shared<bp::Vector>();
    gradientTask_->start([arch, split, params = computedFor_, out = computed_,
                          lambda = model_->config().lambda] {
        try {
            const bp::Matrix Y = bp::encodeTargets(split->train, arch.outputSize());
            bp::CostFunction(arch, split->train.features, Y, lambda).evaluate(params, out.get());
        } catch (const std::exception&) {
            out->resize(0); // data and network disagree: nothing to show
        }
    });
    scheduleUpdate(); // says it is computing
}

void WeightHeatmaps::onGradientComputed()
{
    // Kept only if still wanted and still about the weights on show.
    if (gradientCheck_->isChecked() && !gradient_ && computed_->size() == computedFor_.size() &&
        model_->parameters().size() == computedFor_.size() &&
        model_->parameters() == computedFor_)
        setGradient(std::move(computed_));
    computed_.reset();
    scheduleUpdate();
}

void WeightHeatmaps::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        scheduleUpdate();
}

void WeightHeatmaps::scheduleUpdate()
{
    dirty_ = true;
    if (!updateTimer_->isActive())
        updateTimer_->start();
}

void WeightHeatmaps::rebuild()
{
    for (Map& map : maps_)
        delete map.plot;
    maps_.clear();
    const bp::Architecture& arch = model_->architecture();
    for (int l = 0; l < arch.thetaCount(); ++l) {
        Map map;
        map.rows = arch.thetaRows(l);
        map.cols = arch.thetaCols(l);
        auto* plot = makePlot();
        map.plot = plot;
        plot->setObjectName(QStringLiteral("weightMap_%1").arg(l));
        setPlotExportName(plot, tr("Θ(%1) heat map").arg(l + 1));
        plot->setAccessibleDescription(
            tr("The weights of layer %1 to layer %2: one row per unit, one column per input, the "
               "bias first; blue is positive, orange negative, white zero.")
                .arg(l + 1)
                .arg(l + 2));
        plot->setMinimumHeight(std::clamp(map.rows * 6 + 110, 180, 340));
        plot->setMouseTracking(true);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        map.colorMap = new QCPColorMap(plot->xAxis, plot->yAxis);
        map.colorMap->data()->setSize(map.cols, map.rows);
        // Keys are columns j (0 = bias), values are rows i counted from 1, as in Θ(l)_{ij}.
        map.colorMap->data()->setRange(QCPRange(0, map.cols - 1), QCPRange(1, map.rows));
        map.colorMap->setInterpolate(false);
        auto* scale = new QCPColorScale(plot);
        plot->plotLayout()->addElement(0, 1, scale);
        scale->setBarWidth(12);
        map.colorMap->setColorScale(scale);
        map.colorMap->setGradient(divergingGradient()); // after setColorScale, which adopts its own
        auto* group = new QCPMarginGroup(plot);
        plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(
            0, 0,
            new QCPTextElement(plot,
                               tr("Θ(%1): layer %1 (%2 units + bias) → layer %3 (%4 units)")
                                   .arg(l + 1)
                                   .arg(map.cols - 1)
                                   .arg(l + 2)
                                   .arg(map.rows),
                               QFont(font().family(), 9, QFont::Bold)));
        plot->xAxis->setLabel(tr("column j (0 = bias)"));
        plot->yAxis->setLabel(tr("row i"));
        plot->yAxis->setRangeReversed(true); // row 1 on top, as the matrix is written
        plot->xAxis->setRange(-0.5, map.cols - 0.5);
        plot->yAxis->setRange(0.5, map.rows + 0.5);
        for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
            QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
            ticker->setTickStep(1.0); // whole rows and columns only
            ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
            axis->setTicker(ticker);
        }
        // The bias column is not a unit of layer l: a dashed line sets it apart.
        auto* bias = new QCPItemStraightLine(plot);
        bias->point1->setCoords(0.5, 1.0);
        bias->point2->setCoords(0.5, 2.0);
        bias->setPen(QPen(QColor(0, 0, 0, 160), 1.0, Qt::DashLine));
        connect(plot, &QCustomPlot::mouseMove, this,
                [this, l](QMouseEvent* event) { showHover(l, event->pos()); });
        mapsLayout_->insertWidget(l, plot);
        maps_.push_back(map);
    }
}

void WeightHeatmaps::updateMaps()
{
    if (!isVisible())
        return; // dirty_ stays set: showEvent catches up
    dirty_ = false;
    const bp::Architecture& arch = model_->architecture();
    const bp::Vector& params = model_->parameters();
    bool shapeMatches = static_cast<int>(maps_.size()) == arch.thetaCount();
    for (int l = 0; shapeMatches && l < arch.thetaCount(); ++l)
        shapeMatches = maps_[l].rows == arch.thetaRows(l) && maps_[l].cols == arch.thetaCols(l);
    if (!shapeMatches)
        rebuild(); // only when the architecture changed: plots are reused for new values
    if (arch.layerCount() < 2 || params.size() != arch.parameterCount())
        return;

    const bool wantGradient = gradientCheck_->isChecked();
    const bool haveGradient = gradient_ && gradient_->size() == params.size();
    const bp::Vector& source = wantGradient && haveGradient ? *gradient_ : params;
    if (wantGradient && !haveGradient && gradientTask_->isRunning())
        info_->setText(tr("Computing ∂J/∂Θ(l) on the %n training example(s)… Showing the "
                          "weights meanwhile.",
                          nullptr, static_cast<int>(model_->split().train.size())));
    else if (wantGradient && !haveGradient)
        info_->setText(tr("No gradient yet: it arrives with the training snapshots. Showing "
                          "the weights."));
    else if (wantGradient)
        info_->setText(tr("∂J/∂Θ(l) at the published weights; colour range ±max |∂J/∂Θ(l)|."));
    else
        info_->setText(tr("Weights Θ(l); colour range ±max |Θ(l)| per matrix, white = 0."));

    for (int l = 0; l < arch.thetaCount(); ++l) {
        const bp::ConstMatrixMap theta = bp::thetaView(arch, source, l);
        double m = theta.cwiseAbs().maxCoeff();
        if (!(m > 0.0) || !std::isfinite(m))
            m = 1.0;
        QCPColorMapData* data = maps_[l].colorMap->data();
        for (int r = 0; r < maps_[l].rows; ++r)
            for (int c = 0; c < maps_[l].cols; ++c)
                data->setCell(c, r, theta(r, c));
        maps_[l].colorMap->setDataRange(QCPRange(-m, m)); // symmetric: zero stays white
        maps_[l].plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void WeightHeatmaps::showHover(int layer, const QPoint& pixel)
{
    if (layer >= static_cast<int>(maps_.size()))
        return;
    const Map& map = maps_[layer];
    int c = -1;
    int r = -1;
    map.colorMap->data()->coordToCell(map.plot->xAxis->pixelToCoord(pixel.x()),
                                      map.plot->yAxis->pixelToCoord(pixel.y()), &c, &r);
    if (c < 0 || r < 0 || c >= map.cols || r >= map.rows ||
        !map.plot->axisRect()->rect().contains(pixel)) {
        QToolTip::hideText();
        return;
    }
    const double value = map.colorMap->data()->cell(c, r);
    const bool gradient = gradientCheck_->isChecked() && gradient_ != nullptr;
    const QString what = c == 0 ? tr("bias of unit %1 of layer %2").arg(r + 1).arg(layer + 2)
                                : tr("from unit %1 of layer %2 to unit %3 of layer %4")
                                      .arg(c)
                                      .arg(layer + 1)
                                      .arg(r + 1)
                                      .arg(layer + 2);
    const QString text = tr("%1Θ(%2)_{%3,%4} = %5 — layer %2, row %3, column %4 (%6)")
                             .arg(gradient ? QStringLiteral("∂J/∂") : QString())
                             .arg(layer + 1)
                             .arg(r + 1)
                             .arg(c)
                             .arg(value, 0, 'g', 6)
                             .arg(what);
    hover_->setText(text);
    QToolTip::showText(map.plot->mapToGlobal(pixel), text, map.plot);
}

} // namespace bpui

#include "views/plots/costplot.h"
#include "views/plots/costreadout.h"
#include "views/plots/plotregistry.h"

#include "session/costdecimation.h"
#include "session/livethrottle.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace bpui {

void CostPlot::toGraphData(const QVector<QPointF>& from, QVector<QCPGraphData>& to)
{
    to.resize(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to[i] = QCPGraphData(from[i].x(), from[i].y());
}

QCPGraph* CostPlot::makeCurve(QCustomPlot* plot, QCPAxis* valueAxis, const QString& name,
                              const QColor& colour, Qt::PenStyle style)
{
    QCPGraph* graph = plot->addGraph(plot->xAxis, valueAxis);
    graph->setName(name);
    QPen pen(colour, 1.6);
    pen.setStyle(style);
    graph->setPen(pen);
    graph->setAdaptiveSampling(false); // we already decimate
    return graph;
}

CostPlot::CostPlot(const LiveHistory* history, QWidget* parent) : QWidget(parent), history_(history)
{
    makeControls();
    makePlotArea();
    makeGraphs();
    makeRedrawTimer();
    layOut();
    connectControls();
    followHistory();
    onHistoryReset(); // the session may already hold rows (a view created late)
}

void CostPlot::makeControls()
{
    axisCombo_ = new QComboBox(this);
    axisCombo_->setObjectName(QStringLiteral("costXAxisCombo"));
    axisCombo_->addItems({tr("Iteration"), tr("Epoch"), tr("Cost evaluations"), tr("Seconds")});
    axisCombo_->setToolTip(tr("What the horizontal axis counts"));
    logCheck_ = new QCheckBox(tr("Log scale"), this);
    logCheck_->setObjectName(QStringLiteral("costLogScaleCheck"));
    logCheck_->setToolTip(tr("Logarithmic cost axis: shows slow late progress"));
    accuracyCheck_ = new QCheckBox(tr("Accuracy"), this);
    accuracyCheck_->setObjectName(QStringLiteral("costAccuracyCheck"));
    accuracyCheck_->setChecked(true);
    accuracyCheck_->setToolTip(tr("Training and validation accuracy on the right axis"));
    fitButton_ = new QPushButton(tr("Fit"), this);
    fitButton_->setObjectName(QStringLiteral("costFitButton"));
    fitButton_->setToolTip(
        tr("Show the whole history again and follow new rows (or double-click)"));
}

void CostPlot::makePlotArea()
{
    plot_ = makePlot(this);
    setPlotExportName(plot_, tr("Cost"));
    plot_->setAccessibleDescription(
        tr("The training cost J(θ) after each iteration, and the validation cost when there "
           "is a validation split; hover to read a point."));
    // Curves of a few thousand decimated points: Qt's path stroker for joined, anti-aliased
    // 1.6-px lines took ≈ 23 ms of a 10⁶-row redraw (bps-guibench C1p); polylines are drawn
    // segment by segment instead, with the same pixels up to the joins.
    plot_->setPlottingHint(QCP::phFastPolylines, true);
    plot_->setObjectName(QStringLiteral("costPlotArea"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setToolTip(tr("Cost J(Θ) per history row: drag to pan, wheel to zoom, "
                         "double-click to fit. Full history kept; drawing is decimated "
                         "to the lowest and highest value per pixel column."));
    plot_->xAxis->setLabel(tr("iteration"));
    plot_->yAxis->setLabel(tr("cost J(Θ)"));
    plot_->yAxis2->setLabel(tr("accuracy"));
    plot_->yAxis2->setRange(0.0, 1.02);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void CostPlot::makeGraphs()
{
    trainCost_ = makeCurve(plot_, plot_->yAxis, tr("training cost"), QColor(0x1f, 0x77, 0xb4),
                           Qt::SolidLine);
    validationCost_ = makeCurve(plot_, plot_->yAxis, tr("validation cost"),
                                QColor(0xff, 0x7f, 0x0e), Qt::SolidLine);
    trainAccuracy_ = makeCurve(plot_, plot_->yAxis2, tr("training accuracy"),
                               QColor(0x2c, 0xa0, 0x2c), Qt::DashLine);
    validationAccuracy_ = makeCurve(plot_, plot_->yAxis2, tr("validation accuracy"),
                                    QColor(0x94, 0x67, 0xbd), Qt::DashLine);
    // Costs beyond the axis (a diverging run): drawn at kTopOfScale and marked.
    offScale_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    offScale_->setObjectName(QStringLiteral("costOffScale"));
    offScale_->setName(tr("∞ (off the scale)"));
    offScale_->setLineStyle(QCPGraph::lsNone);
    offScale_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssTriangle, QColor(0xd6, 0x27, 0x28), Qt::white, 9));
    offScale_->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.6));
    offScale_->removeFromLegend();
    offScaleLabel_ = new QCPItemText(plot_);
    offScaleLabel_->setText(QStringLiteral("∞"));
    offScaleLabel_->setColor(QColor(0xd6, 0x27, 0x28));
    offScaleLabel_->setFont(QFont(font().family(), 12, QFont::Bold));
    offScaleLabel_->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
    offScaleLabel_->position->setType(QCPItemPosition::ptPlotCoords);
    offScaleLabel_->setClipToAxisRect(false);
    offScaleLabel_->setVisible(false);
    readout_ = new CostReadout(
        plot_, history_, [this] { return xField(); }, this);
}

void CostPlot::makeRedrawTimer()
{
    redrawTimer_ = new QTimer(this);
    redrawTimer_->setSingleShot(true);
    redrawTimer_->setInterval(kRefreshIntervalMs); // however often rows arrive
    connect(redrawTimer_, &QTimer::timeout, this, &CostPlot::redraw);
}

void CostPlot::layOut()
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Against:"), this));
    controls->addWidget(axisCombo_);
    controls->addWidget(logCheck_);
    controls->addWidget(accuracyCheck_);
    controls->addWidget(fitButton_);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(plot_, 1);
    layout->addWidget(readout_->label());
}

void CostPlot::connectControls()
{
    connect(axisCombo_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setXAxis(static_cast<XAxis>(index)); });
    connect(logCheck_, &QCheckBox::toggled, this, &CostPlot::setLogScale);
    connect(accuracyCheck_, &QCheckBox::toggled, this, &CostPlot::scheduleRedraw);
    connect(fitButton_, &QPushButton::clicked, this, &CostPlot::fitToData);
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] { fitToData(); });
    // A range change we did not make is the user panning or zooming: stop following the
    // data, and re-decimate for the new view.
    auto userRange = [this] {
        if (settingRange_)
            return;
        followData_ = false;
        scheduleRedraw();
    };
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, userRange);
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, userRange);
}

void CostPlot::followHistory()
{
    connect(history_, &LiveHistory::appended, this, &CostPlot::onRowsAppended);
    connect(history_, &LiveHistory::reset, this, &CostPlot::onHistoryReset);
}

void CostPlot::onRowsAppended(std::size_t first)
{
    if (scannedRows_ != first) { // not the rows scanned so far: start again
        onHistoryReset();
        return;
    }
    noteNonFinite(first);
    scheduleRedraw();
}

void CostPlot::onHistoryReset()
{
    rescan();
    followData_ = true;
    readout_->clear();
    scheduleRedraw();
}

void CostPlot::setXAxis(XAxis axis)
{
    xAxis_ = axis;
    if (axisCombo_->currentIndex() != static_cast<int>(axis))
        axisCombo_->setCurrentIndex(static_cast<int>(axis)); // re-enters once, harmless
    static const char* const labels[] = {QT_TR_NOOP("iteration"), QT_TR_NOOP("epoch"),
                                         QT_TR_NOOP("cost evaluations"), QT_TR_NOOP("seconds")};
    plot_->xAxis->setLabel(tr(labels[static_cast<int>(axis)]));
    rescan();
    fitToData();
}

void CostPlot::setLogScale(bool on)
{
    logScale_ = on;
    if (logCheck_->isChecked() != on)
        logCheck_->setChecked(on);
    if (on) {
        plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        // Costs often span less than a decade: 'g' keeps 0.3, 0.5, 0.8 apart where "eb" with
        // one digit would print 2·10⁰ twice.
        plot_->yAxis->setNumberFormat(QStringLiteral("gb"));
        plot_->yAxis->setNumberPrecision(3);
    } else {
        plot_->yAxis->setScaleType(QCPAxis::stLinear);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot_->yAxis->setNumberFormat(QStringLiteral("gb"));
        plot_->yAxis->setNumberPrecision(6);
    }
    fitToData();
}

void CostPlot::fitToData()
{
    followData_ = true;
    scheduleRedraw();
}

double CostPlot::xOf(const bp::IterationStats& row) const
{
    switch (xAxis_) {
    case XAxis::Iteration:
        return static_cast<double>(row.iteration);
    case XAxis::Epoch:
        return row.epoch;
    case XAxis::Evaluations:
        return static_cast<double>(row.evaluations);
    case XAxis::Seconds:
        return row.elapsedSeconds;
    }
    return 0.0;
}

bp::TrainingHistory::Field CostPlot::xField() const
{
    switch (xAxis_) {
    case XAxis::Iteration:
        return HistoryField::Iteration;
    case XAxis::Epoch:
        return HistoryField::Epoch;
    case XAxis::Evaluations:
        return HistoryField::Evaluations;
    case XAxis::Seconds:
        return HistoryField::ElapsedSeconds;
    }
    return HistoryField::Iteration;
}

void CostPlot::noteNonFinite(std::size_t first)
{
    const bp::TrainingHistory& rows = history_->rows();
    std::vector<double> cost(kDecimationBlock), validation(kDecimationBlock);
    for (std::size_t block = first; block < rows.size(); block += kDecimationBlock) {
        const std::size_t n = std::min(kDecimationBlock, rows.size() - block);
        rows.read(HistoryField::TrainCost, block, block + n, cost.data());
        rows.read(HistoryField::ValidationCost, block, block + n, validation.data());
        for (std::size_t j = 0; j < n; ++j)
            if (!std::isfinite(cost[j]) || validation[j] == std::numeric_limits<double>::infinity())
                nonFiniteRows_.push_back(block + j);
    }
    scannedRows_ = rows.size();
}

void CostPlot::rescan()
{
    nonFiniteRows_.clear();
    noteNonFinite(0);
    for (Overlay& overlay : overlays_) {
        overlay.scanned = 0;
        scanOverlayX(overlay);
    }
}

void CostPlot::scheduleRedraw()
{
    if (!redrawTimer_->isActive())
        redrawTimer_->start();
}

void CostPlot::redraw()
{
    settingRange_ = true;
    const bp::TrainingHistory& rows = history_->rows();
    const HistoryField xf = xField();
    if (followData_) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        if (!rows.empty()) {
            lo = rows.value(xf, 0);
            hi = rows.value(xf, rows.size() - 1);
        }
        for (const Overlay& overlay : overlays_) {
            if (overlay.rows.empty())
                continue;
            lo = std::min(lo, overlay.xMin);
            hi = std::max(hi, overlay.xMax);
        }
        if (std::isfinite(lo))
            plot_->xAxis->setRange(lo, hi > lo ? hi : lo + 1.0);
    }
    const QCPRange range = plot_->xAxis->range();
    // Before the first layout the axis rect has no size yet; 400 columns is a fair guess.
    const int axisWidth = plot_->axisRect()->width();
    const int columns = axisWidth > 16 ? axisWidth : 400;
    // One row either side keeps the line running to the plot's edges.
    std::size_t first = rows.lowerBound(xf, range.lower);
    std::size_t last = rows.upperBound(xf, range.upper);
    first = first > 0 ? first - 1 : 0;
    last = std::min(last + 1, rows.size());

    const bool accuracy = accuracyCheck_->isChecked();
    struct Series
    {
        QCPGraph* graph;
        HistoryField field;
        bool positiveOnly;
        bool enabled;
    };
    const Series series[] = {
        {trainCost_, HistoryField::TrainCost, logScale_, true},
        {validationCost_, HistoryField::ValidationCost, logScale_, true},
        {trainAccuracy_, HistoryField::TrainAccuracy, false, accuracy},
        {validationAccuracy_, HistoryField::ValidationAccuracy, false, accuracy}};
    drawnPoints_ = 0;
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -yMin;
    bool anyAccuracy = false;
    QVector<QPointF> decimated[std::size(series)];
    std::vector<DecimatedSeries> wanted;
    for (std::size_t k = 0; k < std::size(series); ++k)
        if (series[k].enabled)
            wanted.push_back({series[k].field, series[k].positiveOnly, &decimated[k]});
    if (!rows.empty())
        decimate(rows, xf, wanted, first, last, range.lower, range.upper, columns);
    QVector<QCPGraphData> points;
    QVector<QCPGraphData> offScale; // costs drawn at the top of the scale
    // A cost above kTopOfScale is drawn at it, and marked.
    const auto clampCosts = [&offScale](QVector<QCPGraphData>& costs) {
        for (QCPGraphData& p : costs) {
            if (p.value > kTopOfScale) {
                p.value = kTopOfScale;
                offScale.append(p);
            }
        }
    };
    for (std::size_t k = 0; k < std::size(series); ++k) {
        const Series& s = series[k];
        toGraphData(decimated[k], points);
        if (s.graph->valueAxis() == plot_->yAxis) {
            clampCosts(points);
            // Non-finite costs (skipped by the decimation) go to the top of the scale too.
            const HistoryField field = s.field;
            for (const std::size_t i : nonFiniteRows_) {
                if (i < first || i >= last)
                    continue;
                const double v = rows.value(field, i);
                if (field == HistoryField::TrainCost
                        ? !std::isfinite(v)
                        : v == std::numeric_limits<double>::infinity()) {
                    const QCPGraphData top(rows.value(xf, i), kTopOfScale);
                    const auto at = std::lower_bound(
                        points.begin(), points.end(), top,
                        [](const QCPGraphData& a, const QCPGraphData& b) { return a.key < b.key; });
                    points.insert(at, top);
                    offScale.append(top);
                }
            }
        }
        s.graph->data()->set(points, true);
        // Only series with data appear in the legend: no "validation" line without a split.
        if (points.isEmpty())
            s.graph->removeFromLegend();
        else
            s.graph->addToLegend();
        drawnPoints_ += static_cast<int>(points.size());
        if (s.graph->valueAxis() == plot_->yAxis) {
            for (const QCPGraphData& p : points) {
                yMin = std::min(yMin, p.value);
                yMax = std::max(yMax, p.value);
            }
        } else if (!points.isEmpty()) {
            anyAccuracy = true;
        }
    }
    for (const Overlay& overlay : overlays_) {
        drawOverlay(overlay, columns, points);
        clampCosts(points);
        overlay.graph->data()->set(points, overlay.sorted);
        drawnPoints_ += static_cast<int>(points.size());
        for (const QCPGraphData& p : points) {
            yMin = std::min(yMin, p.value);
            yMax = std::max(yMax, p.value);
        }
    }
    std::sort(offScale.begin(), offScale.end(),
              [](const QCPGraphData& a, const QCPGraphData& b) { return a.key < b.key; });
    offScale_->data()->set(offScale, true);
    if (offScale.isEmpty()) {
        offScale_->removeFromLegend();
        offScaleLabel_->setVisible(false);
    } else {
        offScale_->addToLegend();
        offScaleLabel_->position->setCoords(offScale.back().key, kTopOfScale);
        offScaleLabel_->setVisible(true);
    }
    const bool noData =
        rows.empty() && std::all_of(overlays_.begin(), overlays_.end(),
                                    [](const Overlay& overlay) { return overlay.rows.empty(); });
    if (noData) {
        showEmpty();
        settingRange_ = false;
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    plot_->legend->setVisible(plot_->legend->itemCount() > 0);
    plot_->yAxis2->setVisible(anyAccuracy);
    if (followData_ && std::isfinite(yMin)) {
        if (logScale_)
            plot_->yAxis->setRange(yMin / 1.5, yMax * 1.5);
        else if (yMax > yMin)
            plot_->yAxis->setRange(yMin - 0.05 * (yMax - yMin), yMax + 0.05 * (yMax - yMin));
        else
            plot_->yAxis->setRange(yMin - 0.5, yMax + 0.5);
    }
    settingRange_ = false;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CostPlot::showEmpty()
{
    // Nothing to draw (a reset, or a new project without runs): no empty legend box, and not
    // the previous history's ranges.
    plot_->legend->setVisible(false);
    plot_->yAxis2->setVisible(false);
    plot_->xAxis->setRange(0.0, 10.0);
    if (logScale_)
        plot_->yAxis->setRange(0.01, 10.0);
    else
        plot_->yAxis->setRange(0.0, 1.0);
}

void CostPlot::setLineScale(double scale)
{
    if (!(scale > 0.0) || scale == lineScale_)
        return;
    for (int i = 0; i < plot_->graphCount(); ++i) {
        QCPGraph* graph = plot_->graph(i);
        QPen pen = graph->pen();
        pen.setWidthF(pen.widthF() * scale / lineScale_);
        graph->setPen(pen);
    }
    lineScale_ = scale;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace bpui

#include "views/landscape/landscapeplots.h"

#include "session/numberformat.h"
#include "views/plots/plotregistry.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace bpui {

namespace {

/// A sequential map for J (dark violet low, yellow high, close to viridis): J has no centre,
/// so the diverging map of the weights would suggest one that is not there.
QCPColorGradient landscapeGradient()
{
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    gradient.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    gradient.setColorStopAt(0.5, QColor(0x21, 0x90, 0x8d));
    gradient.setColorStopAt(0.75, QColor(0x5d, 0xc9, 0x63));
    gradient.setColorStopAt(1.0, QColor(0xfd, 0xe7, 0x25));
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(0x90, 0x90, 0x90)); // a far point whose J overflowed
    return gradient;
}

QCPItemText* landscapeLabel(QCustomPlot* plot, double x, double y, const QString& text)
{
    auto* label = new QCPItemText(plot);
    label->position->setCoords(x, y);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setPadding(QMargins(0, 0, 0, 4));
    label->setText(text);
    return label;
}

QVector<double> landscapeToQt(const std::vector<double>& v) { return {v.begin(), v.end()}; }

} // namespace

QCustomPlot* makeLandscapePlot(QWidget* parent, const char* name, const QString& xLabel,
                               const QString& yLabel)
{
    QCustomPlot* plot = makePlot(parent);
    plot->setObjectName(QString::fromLatin1(name));
    plot->setMinimumSize(160, 110);
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    return plot;
}

void clearLandscapeSlices(QCustomPlot* pathPlot, QCustomPlot* gradientPlot)
{
    for (QCustomPlot* plot : {pathPlot, gradientPlot}) {
        plot->clearGraphs();
        plot->clearItems();
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void drawLandscapeSlices(QCustomPlot* pathPlot, QCustomPlot* gradientPlot,
                         const LandscapeResult& result)
{
    const auto drawSlice = [](QCustomPlot* plot, const bp::LandscapeSlice& slice) {
        plot->clearGraphs();
        plot->clearItems();
        QCPGraph* graph = plot->addGraph();
        graph->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.8));
        graph->setData(landscapeToQt(slice.steps), landscapeToQt(slice.costs), true);
        bool ok = false;
        const QCPRange y = graph->getValueRange(ok);
        plot->xAxis->setRange(slice.steps.front(), slice.steps.back());
        if (ok)
            plot->yAxis->setRange(y.lower - 0.05 * y.size(), y.upper + 0.12 * y.size());
        return graph;
    };
    const bp::LandscapeSlice& path = result.path;
    drawSlice(pathPlot, path);
    QCPGraph* marks = pathPlot->addGraph();
    marks->setLineStyle(QCPGraph::lsNone);
    marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xe0, 0x30, 0x30), 7));
    const std::pair<bp::Index, QString> ends[] = {{path.atStart, QObject::tr("θ₀")},
                                                  {path.atEnd, QObject::tr("θ")}};
    for (const auto& [index, name] : ends) {
        if (index < 0)
            continue;
        const double t = path.steps[static_cast<std::size_t>(index)];
        const double j = path.costs[static_cast<std::size_t>(index)];
        marks->addData(t, j);
        landscapeLabel(pathPlot, t, j, QObject::tr("%1  J = %2").arg(name, displayNumber(j)));
    }

    // Near a minimum J changes along −∇J by far less than its own size, and six-digit tick
    // labels would all read the same: then the plot shows J − J(θ) instead.
    bp::LandscapeSlice gradient = result.gradient;
    const double jTheta = gradient.costs.front();
    double low = jTheta, high = jTheta;
    for (double j : gradient.costs)
        if (std::isfinite(j)) {
            low = std::min(low, j);
            high = std::max(high, j);
        }
    const bool offset = std::isfinite(jTheta) && high - low < 1e-4 * std::abs(jTheta);
    if (offset)
        for (double& j : gradient.costs)
            j -= jTheta;
    drawSlice(gradientPlot, gradient);
    gradientPlot->yAxis->setLabel(
        offset ? QObject::tr("J − J(θ),  J(θ) = %1").arg(displayNumber(jTheta)) : QObject::tr("J"));
    const double j0 = gradient.costs.front();
    if (std::isfinite(gradient.initialSlope) && gradient.initialSlope < 0.0) {
        // The tangent down to the slice's lowest J, not below: beyond, it says nothing.
        const double lowest = *std::min_element(gradient.costs.begin(), gradient.costs.end());
        const double end =
            std::min(gradient.steps.back(), (j0 - lowest) / -gradient.initialSlope);
        QCPGraph* tangent = gradientPlot->addGraph();
        tangent->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.2, Qt::DashLine));
        tangent->setData(QVector<double>{0.0, end},
                         QVector<double>{j0, j0 + gradient.initialSlope * end}, true);
    }
    if (std::isfinite(gradient.markedStep)) {
        auto* alpha = new QCPItemStraightLine(gradientPlot);
        alpha->setPen(QPen(QColor(0xe0, 0x30, 0x30), 1.2));
        alpha->point1->setCoords(gradient.markedStep, 0.0);
        alpha->point2->setCoords(gradient.markedStep, 1.0);
        auto* label = new QCPItemText(gradientPlot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(gradient.markedStep, 0.02);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(QObject::tr("α = %1").arg(displayNumber(gradient.markedStep)));
    }
    pathPlot->replot(QCustomPlot::rpQueuedReplot);
    gradientPlot->replot(QCustomPlot::rpQueuedReplot);
}

LandscapeContour::LandscapeContour(QCustomPlot* plot)
    : plot_(plot), colorMap_(new QCPColorMap(plot->xAxis, plot->yAxis)),
      colorScale_(new QCPColorScale(plot)), pathCurve_(new QCPCurve(plot->xAxis, plot->yAxis)),
      start_(plot->addGraph()), origin_(plot->addGraph())
{
    colorScale_->setType(QCPAxis::atRight);
    colorScale_->setBarWidth(10);
    colorScale_->axis()->setLabel(QObject::tr("J"));
    plot_->plotLayout()->addElement(0, 1, colorScale_);
    colorMap_->setColorScale(colorScale_); // the map takes the scale's gradient: set it after
    colorScale_->setGradient(landscapeGradient());
    colorMap_->setInterpolate(true); // a 41 × 41 grid drawn as blocks hides the valley's shape
    colorMap_->data()->clear();      // it starts as 10 × 10 zeros: nothing to draw yet
    auto* margins = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    colorScale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    pathCurve_->setPen(QPen(Qt::white, 1.5));
    pathCurve_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 0.8), Qt::white, 4));
    start_->setLineStyle(QCPGraph::lsNone);
    start_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(Qt::black, 1.2), Qt::white, 8));
    origin_->setLineStyle(QCPGraph::lsNone);
    origin_->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCrossCircle, QPen(QColor(0xe0, 0x30, 0x30), 2.0), Qt::NoBrush, 12));
    // The live run's path, its start and θ above the ticked runs' paths, which come later.
    plot_->addLayer(QStringLiteral("landscapeTop"), plot_->layer("main"), QCustomPlot::limAbove);
    for (QCPAbstractPlottable* top : {static_cast<QCPAbstractPlottable*>(pathCurve_),
                                      static_cast<QCPAbstractPlottable*>(start_),
                                      static_cast<QCPAbstractPlottable*>(origin_)})
        top->setLayer(QStringLiteral("landscapeTop"));
}

void LandscapeContour::removeOtherCurves()
{
    for (QCPCurve* curve : otherCurves_)
        plot_->removePlottable(curve);
    otherCurves_.clear();
}

void LandscapeContour::clear()
{
    colorMap_->data()->clear();
    removeOtherCurves();
    pathCurve_->data()->clear();
    start_->data()->clear();
    origin_->data()->clear();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QStringList LandscapeContour::draw(const LandscapeResult& result, bool logScale)
{
    const bp::LandscapeGrid& grid = result.grid;
    const int n = static_cast<int>(grid.axis.size());
    const double r = grid.radius;
    colorMap_->data()->setSize(n, n);
    colorMap_->data()->setRange(QCPRange(-r, r), QCPRange(-r, r));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double cost = grid.costs(i, j);
            colorMap_->data()->setCell(i, j, std::isfinite(cost) ? cost : qQNaN());
        }
    plot_->xAxis->setRange(-r, r);
    plot_->yAxis->setRange(-r, r);

    pathCurve_->data()->clear();
    start_->data()->clear();
    const bp::Matrix& path = result.projectedPath;
    for (bp::Index k = 0; k < path.rows(); ++k)
        pathCurve_->addData(static_cast<double>(k), path(k, 0), path(k, 1));
    if (path.rows() > 0)
        start_->setData(QVector<double>{path(0, 0)}, QVector<double>{path(0, 1)}, true);
    origin_->setData(QVector<double>{0.0}, QVector<double>{0.0}, true);
    removeOtherCurves();
    QStringList names;
    for (const LandscapeOtherPath& other : result.others) {
        auto* curve = new QCPCurve(plot_->xAxis, plot_->yAxis);
        // No outline on the dots: a race's dense snapshots would turn the path black.
        curve->setPen(QPen(other.colour, 2.0));
        curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, other.colour, 4));
        for (bp::Index k = 0; k < other.projected.rows(); ++k)
            curve->addData(static_cast<double>(k), other.projected(k, 0), other.projected(k, 1));
        curve->setName(other.name);
        otherCurves_ << curve;
        names << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                     .arg(other.colour.name(), other.name.toHtmlEscaped());
    }
    applyColourScale(logScale);
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return names;
}

void LandscapeContour::applyColourScale(bool logScale)
{
    QCPColorMapData* data = colorMap_->data(); // cell() is not const in QCustomPlot 2.1
    double low = std::numeric_limits<double>::infinity();
    double lowPositive = low;
    double high = -low;
    for (int i = 0; i < data->keySize(); ++i)
        for (int j = 0; j < data->valueSize(); ++j) {
            const double v = data->cell(i, j);
            if (!std::isfinite(v))
                continue;
            low = std::min(low, v);
            high = std::max(high, v);
            if (v > 0.0)
                lowPositive = std::min(lowPositive, v);
        }
    if (!(low <= high))
        return; // nothing drawn
    // A log scale needs J > 0 (cross-entropy and squared error are ≥ 0; an exact 0 is clamped).
    const bool log = logScale && std::isfinite(lowPositive);
    if (log) {
        colorScale_->setDataScaleType(QCPAxis::stLogarithmic);
        colorScale_->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        colorMap_->setDataRange(QCPRange(lowPositive, std::max(high, lowPositive * 1.001)));
    } else {
        colorScale_->setDataScaleType(QCPAxis::stLinear);
        colorScale_->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
        colorMap_->setDataRange(QCPRange(low, high > low ? high : low + 1e-12));
    }
    colorScale_->axis()->setLabel(log ? QObject::tr("J (log scale)") : QObject::tr("J"));
}

} // namespace bpui

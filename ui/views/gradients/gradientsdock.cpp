#include "views/gradients/gradientsdock.h"

#include "session/gradienthistory.h"
#include "session/livethrottle.h"
#include "views/plots/colormaps.h"
#include "views/plots/plotregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bpui {

namespace {

/// The value drawn for layer l of a sample, or NaN when there is none to draw on a log axis.
double valueOf(const bp::GradientHealth& h, std::size_t l, GradientsDock::Quantity q)
{
    const std::vector<double>& v =
        q == GradientsDock::Quantity::GradientNorm ? h.gradientNorms : h.ratios;
    const double x = l < v.size() ? v[l] : std::numeric_limits<double>::quiet_NaN();
    return std::isfinite(x) && x > 0.0 ? x : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

GradientsDock::GradientsDock(GradientHistory* history, QWidget* parent)
    : QWidget(parent), history_(history)
{
    connect(classPaletteSignals(), &ClassPaletteSignals::changed, this, &GradientsDock::recolour);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Show:"), this));
    quantityCombo_ = new QComboBox(this);
    quantityCombo_->setObjectName(QStringLiteral("gradientsQuantityCombo"));
    quantityCombo_->addItem(tr("‖D(l)‖: size of each layer's gradient"),
                            static_cast<int>(Quantity::GradientNorm));
    quantityCombo_->addItem(tr("‖D(l)‖ / ‖Θ(l)‖: gradient relative to the weights"),
                            static_cast<int>(Quantity::Ratio));
    row->addWidget(quantityCombo_, 1);
    layout->addLayout(row);

    normPlot_ = makePlot(this);
    normPlot_->setObjectName(QStringLiteral("gradientsNormPlot"));
    setPlotExportName(normPlot_, tr("Gradient size per layer"));
    normPlot_->setAccessibleDescription(
        tr("The chosen gradient quantity of each layer over the iterations, on a logarithmic "
           "scale: a layer far below the others learns slowly (vanishing gradients)."));
    normPlot_->setPlottingHint(QCP::phFastPolylines, true);
    normPlot_->setMinimumSize(220, 140);
    normPlot_->xAxis->setLabel(tr("iteration"));
    normPlot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    normPlot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    normPlot_->yAxis->setNumberFormat(QStringLiteral("eb"));
    normPlot_->yAxis->setNumberPrecision(0);
    normPlot_->legend->setFont(QFont(font().family(), 8));
    // The legend in rows of its own under the axes: inside them its nine entries (a deep
    // network) covered most of the lines in a dock of 1280 × 720's bottom row.
    normPlot_->axisRect()->insetLayout()->take(normPlot_->legend);
    auto* legendRow = new QCPLayoutGrid;
    normPlot_->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 2));
    legendRow->addElement(0, 0, normPlot_->legend);
    normPlot_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    normPlot_->legend->setWrap(4);
    normPlot_->legend->setIconSize(16, 8);
    normPlot_->legend->setBorderPen(Qt::NoPen);
    normPlot_->plotLayout()->setRowStretchFactor(1, 0.001);
    normPlot_->setToolTip(tr("One line per weight matrix Θ(l), measured on a fixed sample of "
                             "training examples. Lines far apart: the early layers learn "
                             "orders of magnitude more slowly."));
    // Side by side: the dock's place in the default layout is a wide, low tab under the
    // diagram (about 520 × 250 at 1280 × 720), where two plots stacked were each too low to read.
    auto* plots = new QHBoxLayout;
    plots->addWidget(normPlot_, 3);
    layout->addLayout(plots, 1);

    saturationPlot_ = makePlot(this);
    saturationPlot_->setObjectName(QStringLiteral("gradientsSaturationPlot"));
    setPlotExportName(saturationPlot_, tr("Saturated units per hidden layer"));
    saturationPlot_->setMinimumSize(150, 140);
    saturationPlot_->xAxis->setLabel(tr("hidden layer"));
    saturationPlot_->yAxis->setLabel(tr("saturated %"));
    saturationPlot_->yAxis->setRange(0.0, 100.0);
    saturationPlot_->setToolTip(
        tr("Newest sample. Sigmoid: a < 0.02 or a > 0.98; tanh: |a| > 0.98 (share of unit-"
           "example pairs). ReLU: units that are 0 on every sampled example (dead); leaky "
           "ReLU: units negative on every example. Linear units never saturate."));
    bars_ = new QCPBars(saturationPlot_->xAxis, saturationPlot_->yAxis);
    bars_->setWidth(0.6);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0x60, 0x7d, 0x8b));
    saturationPlot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
    qSharedPointerCast<QCPAxisTickerFixed>(saturationPlot_->yAxis->ticker())->setTickStep(25.0);
    plots->addWidget(saturationPlot_, 2);

    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("gradientsNote"));
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note_);

    timer_ = std::make_unique<LiveUpdateTimer>(this, kRefreshIntervalMs, [this] {
        if (!isVisible()) {
            dirty_ = true;
            return;
        }
        timer_->runTimed([this] { redraw(); });
    });
    connect(quantityCombo_, &QComboBox::currentIndexChanged, this,
            [this] { setQuantity(static_cast<Quantity>(quantityCombo_->currentData().toInt())); });
    connect(history_, &GradientHistory::appended, this, [this] { timer_->live(); });
    connect(history_, &GradientHistory::reset, this, [this] {
        timer_->stop();
        clearPlots();
        note_->setText(tr("The network or its weights changed: the figures start again "
                          "with the next training."));
    });
    clearPlots();
    note_->setText(tr("No figures yet: train (or Step) to see them."));
}

GradientsDock::~GradientsDock() = default;

void GradientsDock::setQuantity(Quantity quantity)
{
    const int index = quantityCombo_->findData(static_cast<int>(quantity));
    if (quantityCombo_->currentIndex() != index)
        quantityCombo_->setCurrentIndex(index); // comes back here through the signal
    if (quantity_ == quantity)
        return;
    quantity_ = quantity;
    if (!history_->empty())
        timer_->prompt();
}

int GradientsDock::pointCount() const
{
    int points = 0;
    for (int i = 0; i < normPlot_->graphCount(); ++i)
        points += normPlot_->graph(i)->data()->size();
    return points;
}

void GradientsDock::recolour()
{
    if (!history_->empty())
        timer_->prompt();
}

void GradientsDock::setLineScale(double scale)
{
    if (!(scale > 0.0) || scale == lineScale_)
        return;
    lineScale_ = scale;
    if (!history_->empty())
        timer_->prompt();
}

void GradientsDock::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_ || (!history_->empty() && pointCount() == 0)) {
        dirty_ = false;
        timer_->prompt();
    }
}

void GradientsDock::clearPlots()
{
    normPlot_->clearGraphs();
    normPlot_->legend->setVisible(false);
    normPlot_->yAxis->setLabel(quantity_ == Quantity::GradientNorm ? tr("‖D(l)‖")
                                                                   : tr("‖D(l)‖ / ‖Θ(l)‖"));
    normPlot_->xAxis->setRange(0.0, 1.0);
    normPlot_->yAxis->setRange(1e-6, 1.0);
    bars_->data()->clear();
    saturationPlot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    normPlot_->replot(QCustomPlot::rpQueuedReplot);
    saturationPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void GradientsDock::redraw()
{
    const std::vector<GradientHistory::Sample>& samples = history_->samples();
    if (samples.empty()) {
        clearPlots();
        return;
    }
    const auto layers = static_cast<std::size_t>(history_->layerCount());
    const GradientHistory::Sample& latest = history_->latest();
    const bool latestKept = samples.back().iteration == latest.iteration;

    // Lines: one per Θ(l), the course's numbering D(1) … D(L−1).
    while (normPlot_->graphCount() > static_cast<int>(layers))
        normPlot_->removeGraph(normPlot_->graphCount() - 1);
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (std::size_t l = 0; l < layers; ++l) {
        QCPGraph* graph = static_cast<int>(l) < normPlot_->graphCount()
                              ? normPlot_->graph(static_cast<int>(l))
                              : normPlot_->addGraph();
        const QColor colour = classColor(static_cast<int>(l));
        graph->setPen(QPen(colour, 1.6 * lineScale_));
        graph->setName(quantity_ == Quantity::GradientNorm ? tr("D(%1)").arg(l + 1)
                                                           : tr("D(%1)/Θ(%1)").arg(l + 1));
        QVector<double> keys;
        QVector<double> values;
        keys.reserve(static_cast<int>(samples.size()) + 1);
        values.reserve(static_cast<int>(samples.size()) + 1);
        const auto add = [&](const GradientHistory::Sample& s) {
            const double v = valueOf(s.health, l, quantity_);
            keys.append(static_cast<double>(s.iteration));
            values.append(v);
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        };
        for (const GradientHistory::Sample& s : samples)
            add(s);
        if (!latestKept)
            add(latest);
        graph->setData(keys, values, true);
    }
    normPlot_->yAxis->setLabel(quantity_ == Quantity::GradientNorm ? tr("‖D(l)‖")
                                                                   : tr("‖D(l)‖ / ‖Θ(l)‖"));
    normPlot_->legend->setVisible(layers > 0);
    const double first = static_cast<double>(samples.front().iteration);
    const double last = static_cast<double>(latest.iteration);
    normPlot_->xAxis->setRange(first, std::max(last, first + 1.0));
    if (hi > 0.0)
        normPlot_->yAxis->setRange(lo / 2.0, hi * 2.0);
    normPlot_->replot(QCustomPlot::rpQueuedReplot);

    // Bars: the newest sample's saturated share per hidden layer, labelled by course layer.
    const std::vector<double>& shares = latest.health.saturation;
    QVector<double> keys;
    QVector<double> values;
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (std::size_t h = 0; h < shares.size(); ++h) {
        const double key = static_cast<double>(h + 1);
        ticker->addTick(key, QString::number(h + 2)); // hidden layer h+1 is course layer h+2
        if (std::isnan(shares[h]))
            continue; // linear: nothing to saturate
        keys.append(key);
        values.append(100.0 * shares[h]);
    }
    bars_->setData(keys, values, true);
    saturationPlot_->xAxis->setTicker(ticker);
    saturationPlot_->xAxis->setRange(0.4, static_cast<double>(shares.size()) + 0.6);
    saturationPlot_->replot(QCustomPlot::rpQueuedReplot);

    QString text = tr("Iteration %1, measured on %2 training examples.")
                       .arg(latest.iteration)
                       .arg(latest.health.sampledExamples);
    if (layers >= 2) {
        const double a = latest.health.gradientNorms.front();
        const double b = latest.health.gradientNorms.back();
        if (a > 0.0 && b > 0.0)
            text += QLatin1Char(' ') +
                    tr("‖D(1)‖ / ‖D(%1)‖ = %2.").arg(layers).arg(QString::number(a / b, 'g', 2));
    }
    note_->setText(text);
}

} // namespace bpui

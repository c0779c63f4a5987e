#include "views/plots/gradientcheckplot.h"
#include "views/plots/plotregistry.h"

#include "views/plots/colormaps.h"
#include "session/numberformat.h"

#include <qcustomplot.h>

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bpui {

namespace {

// Zero differences cannot sit on a log axis; they are drawn at this floor instead.
constexpr double kLogFloor = 1e-20;

// A spin box for thresholds spanning many decades: shows 1e-09, and the arrows multiply or
// divide by ten rather than adding a fixed step.
class ScientificSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override { return QString::number(value, 'g', 3); }
    double valueFromText(const QString& text) const override { return text.toDouble(); }
    QValidator::State validate(QString& text, int&) const override
    {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (ok && v >= minimum() && v <= maximum())
            return QValidator::Acceptable;
        static const QRegularExpression partial(QStringLiteral("^[0-9.eE+-]*$"));
        return partial.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
    }
    void stepBy(int steps) override { setValue(value() * std::pow(10.0, steps)); }
};

QString sci(double v)
{
    return displayNumber(v, 3);
}

const QColor kThresholdColour(0xc6, 0x28, 0x28);
const QColor kPassColour(0x2e, 0x7d, 0x32);

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QCustomPlot* makeCheckPlot(QWidget* parent, const QString& name, const QString& tip)
{
    auto* plot = makePlot(parent);
    plot->setObjectName(name);
    plot->setToolTip(tip);
    plot->setMinimumSize(220, 180);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(parent->font().family(), 8));
    // The legend sits in its own row under the axes, never over the dots it names.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->axisRect()->insetLayout()->simplify();
    auto* legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, plot->legend);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    return plot;
}

} // namespace

GradientCheckPlot::GradientCheckPlot(QWidget* parent) : QWidget(parent)
{
    connect(classPaletteSignals(), &ClassPaletteSignals::changed, this,
            &GradientCheckPlot::recolour);
    makeRunControls();
    makeVerdict();
    makePlots();
    makeTable();
    layOut();
    connectControls();
    updateVerdict();
}

void GradientCheckPlot::makeRunControls()
{
    runButton_ = new QPushButton(tr("Run gradient check"), this);
    runButton_->setObjectName(QStringLiteral("runGradientCheckButton"));
    runButton_->setToolTip(tr("Compare backprop's gradient with central differences "
                              "(J(θ + ε) − J(θ − ε)) / 2ε at the current weights"));
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("cancelGradientCheckButton"));
    cancelButton_->setEnabled(false);

    auto* threshold = new ScientificSpinBox(this);
    threshold->setObjectName(QStringLiteral("gradientCheckThreshold"));
    threshold->setAccessibleName(tr("Pass threshold"));
    threshold->setDecimals(30); // QDoubleSpinBox rounds to its decimals: keep 1e-16 exact
    threshold->setRange(1e-16, 1.0);
    threshold->setValue(1e-9);
    threshold->setToolTip(tr("Pass when ‖num − ana‖ / ‖num + ana‖ is below this "
                             "(arrows step by a factor of ten)"));
    thresholdSpin_ = threshold;

    repeatSpin_ = new QSpinBox(this);
    repeatSpin_->setObjectName(QStringLiteral("gradientCheckRepeat"));
    repeatSpin_->setAccessibleName(tr("Repeat the check every N iterations"));
    repeatSpin_->setRange(0, 1000000);
    repeatSpin_->setSpecialValueText(tr("off"));
    repeatSpin_->setSuffix(tr(" iterations"));
    repeatSpin_->setToolTip(tr("Repeat the check every N iterations during training "
                               "(0 = off: the check is expensive)"));

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("gradientCheckProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setFormat(tr("idle"));
}

void GradientCheckPlot::makeVerdict()
{
    verdict_ = new QLabel(tr("No gradient check yet"), this);
    verdict_->setObjectName(QStringLiteral("gradientCheckVerdict"));
    verdict_->setTextFormat(Qt::PlainText);
    verdict_->setWordWrap(true); // a long verdict wraps instead of widening the dock
    verdict_->setToolTip(tr("Overall relative difference ‖num − ana‖ / ‖num + ana‖ over every "
                            "checked parameter, against the threshold"));
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("gradientCheckNote"));
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(mid);"));
}

void GradientCheckPlot::makePlots()
{
    scatter_ = makeCheckPlot(this, QStringLiteral("gradientCheckScatter"),
                        tr("Each dot is one checked parameter: analytic (backprop) gradient "
                           "across, numeric (central difference) up. Correct backprop puts "
                           "every dot on the y = x line."));
    setPlotExportName(scatter_, tr("Gradient check, numeric vs analytic"));
    scatter_->xAxis->setLabel(tr("analytic ∂J/∂θ"));
    scatter_->yAxis->setLabel(tr("numeric ∂J/∂θ"));
    relative_ = makeCheckPlot(
        this, QStringLiteral("gradientCheckRelative"),
        tr("Dots: the relative difference |num − ana| / (|num| + |ana|) of each parameter, by "
           "position in the unrolled vector. Solid line: the overall ratio ‖num − ana‖ / "
           "‖num + ana‖, which the verdict compares with the threshold (dashed). Single dots "
           "above the threshold are expected where a gradient is near 0: there round-off "
           "dominates the per-parameter ratio but hardly moves the overall one."));
    setPlotExportName(relative_, tr("Gradient check, relative difference"));
    relative_->xAxis->setLabel(tr("parameter index (unrolled)"));
    relative_->yAxis->setLabel(tr("relative difference"));
    relative_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    relative_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    relative_->yAxis->setNumberFormat(QStringLiteral("eb"));
    relative_->yAxis->setNumberPrecision(0);
    // What the verdict compares, said where the eye is (above the axes, over no dot).
    relative_->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(
        relative_, tr("verdict: overall ratio (solid) vs threshold (dashed); dots: each parameter"),
        QFont(font().family(), 8));
    title->setTextColor(QColor(0x55, 0x55, 0x55));
    relative_->plotLayout()->addElement(0, 0, title);
    relative_->plotLayout()->setRowStretchFactor(0, 0.001);
}

void GradientCheckPlot::makeTable()
{
    table_ = new QTableWidget(0, 6, this);
    table_->setObjectName(QStringLiteral("gradientCheckTable"));
    table_->setAccessibleName(tr("Gradient check per layer"));
    table_->setHorizontalHeaderLabels({tr("Layer"), tr("Checked"), tr("Max |diff|"),
                                       tr("Rel. diff"), tr("Bias rel."), tr("Weights rel.")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setVisible(false);
    table_->setToolTip(tr("Per Θ(l): relative differences over all its checked entries, its "
                          "bias column and its other weights"));
}

void GradientCheckPlot::layOut()
{
    auto* controls = new QHBoxLayout;
    controls_ = controls;
    controls->addWidget(runButton_);
    controls->addWidget(cancelButton_);
    controls->addWidget(new QLabel(tr("Threshold:"), this));
    controls->addWidget(thresholdSpin_);
    repeatLabel_ = new QLabel(tr("Repeat during training every:"), this);
    controls->addWidget(repeatLabel_);
    controls->addWidget(repeatSpin_);
    controls->addWidget(progress_, 1);

    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(scatter_);
    plots->addWidget(relative_);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(plots);
    vertical->addWidget(table_);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(verdict_);
    layout->addWidget(note_);
    layout->addWidget(vertical, 1);
}

void GradientCheckPlot::connectControls()
{
    connect(runButton_, &QPushButton::clicked, this, &GradientCheckPlot::runRequested);
    connect(cancelButton_, &QPushButton::clicked, this, &GradientCheckPlot::cancelRequested);
    connect(repeatSpin_, &QSpinBox::valueChanged, this, &GradientCheckPlot::repeatEveryChanged);
    connect(thresholdSpin_, &QDoubleSpinBox::valueChanged, this, [this] {
        updateVerdict();
        if (report_)
            fillTable(*report_); // the pass/fail colours depend on the threshold
    });
}

double GradientCheckPlot::threshold() const
{
    return thresholdSpin_->value();
}

void GradientCheckPlot::setThreshold(double threshold)
{
    thresholdSpin_->setValue(threshold);
}

void GradientCheckPlot::setRunning(bool running)
{
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    if (running) {
        progress_->setValue(0);
        progress_->setFormat(tr("starting…"));
        progressStarting_ = true;
    } else if (progressStarting_) {
        progress_->setFormat(tr("idle"));
        progressStarting_ = false;
    }
}

void GradientCheckPlot::setRunControlsVisible(bool visible)
{
    for (QWidget* widget : {static_cast<QWidget*>(runButton_), static_cast<QWidget*>(cancelButton_),
                            static_cast<QWidget*>(repeatLabel_), static_cast<QWidget*>(repeatSpin_),
                            static_cast<QWidget*>(progress_)})
        widget->setVisible(visible);
    // With the progress bar gone nothing takes the row's spare width: keep the threshold
    // box compact at the left instead of stretched across.
    if (!visible && controlsStretch_ == nullptr) {
        controlsStretch_ = new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum);
        controls_->addSpacerItem(controlsStretch_);
    } else if (visible && controlsStretch_ != nullptr) {
        controls_->removeItem(controlsStretch_);
        delete controlsStretch_;
        controlsStretch_ = nullptr;
    }
}

void GradientCheckPlot::setProgress(qint64 done, qint64 total)
{
    // Per mille: a 100,000-parameter check would overflow nothing, but QProgressBar is int.
    const qint64 clampedTotal = std::max<qint64>(total, 1);
    progress_->setValue(
        static_cast<int>(1000 * std::clamp<qint64>(done, 0, clampedTotal) / clampedTotal));
    progress_->setFormat(tr("%1 / %2 parameters").arg(done).arg(total));
    progressStarting_ = false;
}

void GradientCheckPlot::showReport(const bp::GradientCheckReport& report,
                                   const QString& samplingNote)
{
    report_ = report;
    staleReason_.clear();
    // The caller's note may already give ε and end a sentence ("…, λ = 0."): say ε once,
    // and never leave a number with a trailing full stop that reads as a decimal point.
    QString note = samplingNote.trimmed();
    while (note.endsWith(QLatin1Char('.')))
        note.chop(1);
    QStringList parts{note};
    if (!note.contains(QStringLiteral("ε")))
        parts << tr("ε = %1").arg(displayNumber(report.epsilon, 3));
    parts << tr("%1 parameters in the network").arg(QLocale().toString(qlonglong(report.parameterCount)));
    note_->setText(parts.join(QStringLiteral(" · ")));
    fillPlots(report);
    fillTable(report);
    updateVerdict();
}

void GradientCheckPlot::markStale(const QString& why)
{
    if (!report_)
        return; // nothing shown yet: nothing to mark
    staleReason_ = why;
    updateVerdict();
}

void GradientCheckPlot::updateVerdict()
{
    const double t = threshold();
    if (!report_) {
        verdict_->setText(tr("No gradient check yet: press Run to compare backprop with "
                             "numerical differentiation"));
        verdict_->setStyleSheet(QString());
    } else if (!staleReason_.isEmpty()) {
        verdict_->setText(tr("Computed for a different network — run again (%1; that check "
                             "covered %2 parameters)")
                              .arg(staleReason_)
                              .arg(report_->parameterCount));
        verdict_->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 4px; "
                                               "background: palette(mid); }"));
    } else {
        const bool pass = report_->passed(t);
        QString text =
            pass ? tr("PASS — overall relative difference ‖num − ana‖ / ‖num + ana‖ = %1 < "
                      "threshold %2: backprop agrees with numerical differentiation")
                       .arg(sci(report_->relativeDifference), sci(t))
                 : tr("FAIL — overall relative difference ‖num − ana‖ / ‖num + ana‖ = %1 ≥ "
                      "threshold %2: the gradients disagree")
                       .arg(sci(report_->relativeDifference), sci(t));
        const auto above = std::count_if(
            report_->entries.begin(), report_->entries.end(),
            [t](const bp::GradientCheckEntry& e) { return !(e.relativeDifference < t); });
        if (pass && above > 0) {
            // The dots above the dashed line would otherwise contradict the PASS.
            text += tr(" (%1 of %2 single parameters lie above the threshold: near-zero "
                       "gradients, where round-off dominates; the verdict compares the overall "
                       "ratio)")
                        .arg(above)
                        .arg(report_->entries.size());
        }
        verdict_->setText(text);
        verdict_->setStyleSheet(
            QStringLiteral("QLabel { color: white; font-weight: bold; padding: 4px; "
                           "background: %1; }")
                .arg(pass ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828")));
    }
    showReferenceLines();
}

void GradientCheckPlot::showReferenceLines()
{
    // The threshold is a straight line across the plot that moves with the spin box; an
    // empty graph in its pen names it in the legend. The overall ratio, what the verdict
    // compares with it, is a graph across the plot's width.
    const double t = threshold();
    for (int i = relative_->itemCount() - 1; i >= 0; --i)
        relative_->removeItem(i);
    const QPen thresholdPen(kThresholdColour, lineScale_, Qt::DashLine);
    auto* line = new QCPItemStraightLine(relative_);
    line->setObjectName(QStringLiteral("thresholdLine"));
    line->point1->setCoords(0.0, t);
    line->point2->setCoords(1.0, t);
    line->setPen(thresholdPen);
    if (thresholdLegend_ == nullptr) {
        thresholdLegend_ = relative_->addGraph();
        thresholdLegend_->setObjectName(QStringLiteral("thresholdLegend"));
    }
    thresholdLegend_->setPen(thresholdPen);
    thresholdLegend_->setName(tr("threshold %1").arg(sci(t)));
    if (report_) {
        if (overallGraph_ == nullptr) {
            overallGraph_ = relative_->addGraph();
            overallGraph_->setObjectName(QStringLiteral("overallRatioLine"));
        }
        const double overall = std::max(report_->relativeDifference, kLogFloor);
        const bool pass = report_->passed(t);
        overallGraph_->setPen(QPen(pass ? kPassColour : kThresholdColour, 2.0 * lineScale_));
        overallGraph_->setName(tr("overall ratio %1").arg(sci(report_->relativeDifference)));
        const double left = relative_->xAxis->range().lower;
        const double right = relative_->xAxis->range().upper;
        overallGraph_->setData({left, right}, {overall, overall}, true);
    }
    relative_->replot(QCustomPlot::rpQueuedReplot);
}

void GradientCheckPlot::fillPlots(const bp::GradientCheckReport& report)
{
    scatter_->clearGraphs();
    scatter_->clearItems();
    relative_->clearGraphs();
    thresholdLegend_ = nullptr;
    overallGraph_ = nullptr;
    int layers = 0;
    for (const bp::GradientCheckEntry& e : report.entries)
        layers = std::max(layers, e.layer + 1);
    double lo = 0.0;
    double hi = 0.0;
    double relMin = 1.0;
    double relMax = 1e-12;
    for (int l = 0; l < layers; ++l) {
        QVector<double> ana, num, index, rel;
        for (const bp::GradientCheckEntry& e : report.entries) {
            if (e.layer != l)
                continue;
            ana.append(e.analytic);
            num.append(e.numeric);
            index.append(static_cast<double>(e.index));
            const double r = std::max(e.relativeDifference, kLogFloor);
            rel.append(r);
            lo = std::min({lo, e.analytic, e.numeric});
            hi = std::max({hi, e.analytic, e.numeric});
            relMin = std::min(relMin, r);
            relMax = std::max(relMax, r);
        }
        const QColor colour = classColor(l);
        const QString name = tr("Θ(%1)").arg(l + 1);
        for (auto [plot, keys, values] :
             {std::tuple{scatter_, &ana, &num}, std::tuple{relative_, &index, &rel}}) {
            QCPGraph* graph = plot->addGraph();
            graph->setName(name);
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(
                QCPScatterStyle::ssDisc, QPen(colour, lineScale_), QBrush(colour), 5 * lineScale_));
            graph->setPen(QPen(colour, lineScale_));
            graph->setData(*keys, *values);
        }
    }
    // y = x: where every dot lies when backprop is right.
    auto* diagonal = new QCPItemStraightLine(scatter_);
    diagonal->point1->setCoords(0.0, 0.0);
    diagonal->point2->setCoords(1.0, 1.0);
    diagonal->setPen(QPen(QColor(0, 0, 0, 120), lineScale_, Qt::DashLine));
    const double margin = std::max(0.05 * (hi - lo), 1e-12);
    scatter_->xAxis->setRange(lo - margin, hi + margin);
    scatter_->yAxis->setRange(lo - margin, hi + margin);
    scatter_->replot(QCustomPlot::rpQueuedReplot);
    relative_->xAxis->setRange(-0.5, std::max<double>(1.0, report.parameterCount - 0.5));
    const double t = threshold();
    const double overall = std::max(report.relativeDifference, kLogFloor);
    relative_->yAxis->setRange(std::min({relMin, t, overall}) / 10.0,
                               std::max({relMax, t, overall}) * 10.0);
    showReferenceLines();
}

void GradientCheckPlot::fillTable(const bp::GradientCheckReport& report)
{
    const double t = threshold();
    table_->setRowCount(static_cast<int>(report.layers.size()));
    int row = 0;
    for (const bp::LayerCheckSummary& s : report.layers) {
        auto* layer = cell(tr("Θ(%1)").arg(s.layer + 1));
        layer->setForeground(classColor(s.layer));
        table_->setItem(row, 0, layer);
        table_->setItem(row, 1, cell(QString::number(s.checked)));
        table_->setItem(row, 2, cell(sci(s.maxAbsoluteDifference)));
        const double values[] = {s.relativeDifference, s.biasRelativeDifference,
                                 s.weightRelativeDifference};
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem* item = cell(sci(values[c]));
            item->setBackground(values[c] < t ? QColor(0xc8, 0xe6, 0xc9)
                                              : QColor(0xff, 0xcd, 0xd2));
            table_->setItem(row, 3 + c, item);
        }
        ++row;
    }
}

void GradientCheckPlot::recolour()
{
    if (report_)
        fillPlots(*report_);
}

void GradientCheckPlot::setLineScale(double scale)
{
    if (!(scale > 0.0) || scale == lineScale_)
        return;
    lineScale_ = scale;
    if (report_)
        fillPlots(*report_);
    updateVerdict(); // redraws the threshold line
}

} // namespace bpui

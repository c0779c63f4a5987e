#include "views/plots/predictionplot.h"

#include "views/plots/paintpalette.h"
#include "views/plots/plotpainttool.h"
#include "session/datapainter.h"
#include "views/plots/plotregistry.h"

#include "session/chunkedprediction.h"
#include "views/plots/colormaps.h"
#include "session/livethrottle.h"
#include "metrics.h"
#include "session/projectmodel.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bpui {

namespace {

// Room around a header's text: the style's margins and the sort indicator's space.
constexpr int kHeaderPadding = 16;

QString featureName(const bp::Dataset& data, int j)
{
    if (j < static_cast<int>(data.featureNames.size()) && !data.featureNames[j].empty())
        return QString::fromStdString(data.featureNames[j]);
    return QStringLiteral("x%1").arg(j + 1);
}

QCPGraph* scatterGraph(QCustomPlot* plot, const QString& name, const QCPScatterStyle& style)
{
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    return graph;
}

/// A part's examples in original units (first feature on x, second on y when there is one).
struct Points
{
    QVector<double> x, y;
};

} // namespace

PredictionPlot::PredictionPlot(ProjectModel* model, QWidget* parent)
    : QWidget(parent), model_(model)
{
    plot_ = makePlot(this);
    setPlotExportName(plot_, tr("Prediction"));
    plot_->setAccessibleDescription(
        tr("The input plane coloured by the class the network predicts at each point, with the "
           "training examples drawn on top in their own class colours."));
    plot_->setObjectName(QStringLiteral("predictionPlotArea"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->legend->setBrush(QColor(255, 255, 255, 210));
    confusion_ = new QTableWidget(this);
    confusion_->setObjectName(QStringLiteral("confusionMatrixTable"));
    confusion_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    confusion_->setToolTip(tr("Counts of examples: row = actual class, column = predicted "
                              "class; the diagonal is what the network gets right"));
    stack_ = new QStackedWidget(this);
    stack_->addWidget(plot_);
    stack_->addWidget(confusion_);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("predictionCaption"));
    caption_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(caption_);
    layout->addWidget(stack_, 1);

    timer_ = std::make_unique<LiveUpdateTimer>(this, kRefreshIntervalMs, [this] { updateView(); });
    sweep_ = new ChunkedPrediction(this);
    connect(sweep_, &ChunkedPrediction::finished, this, &PredictionPlot::showPredictions);
    connect(model_, &ProjectModel::parametersChanged, this,
            [this] { scheduleUpdate(UpdateCause::Weights); });
    connect(model_, &ProjectModel::datasetChanged, this,
            [this] { scheduleUpdate(UpdateCause::User); });
    connect(model_, &ProjectModel::architectureChanged, this,
            [this] { scheduleUpdate(UpdateCause::User); });
    connect(model_, &ProjectModel::replaced, this, [this] { scheduleUpdate(UpdateCause::User); });
    connect(model_, &ProjectModel::dataEdited, this, [this] { scheduleUpdate(UpdateCause::User); });
    connect(classPaletteSignals(), &ClassPaletteSignals::changed, this, [this] {
        if (palette_ != nullptr)
            palette_->recolour();
        scheduleUpdate(UpdateCause::User);
    });
    scheduleUpdate(UpdateCause::User);
}

void PredictionPlot::setPainter(DataPainter* painter)
{
    painter_ = painter;
    palette_ = new PaintPalette(this);
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, palette_); // between caption and plot
    paintTool_ = new PlotPaintTool(plot_, palette_, painter_, this);
    for (auto signal : {&ProjectModel::datasetChanged, &ProjectModel::architectureChanged})
        connect(model_, signal, this, &PredictionPlot::syncPalette);
    connect(model_, &ProjectModel::replaced, this, &PredictionPlot::syncPalette);
    syncPalette();
}

void PredictionPlot::syncPalette()
{
    if (palette_ == nullptr)
        return;
    const bp::Dataset& data = model_->dataset();
    QStringList classes;
    for (int k = 0; k < data.classCount(); ++k)
        classes << QString::fromStdString(data.className(k));
    palette_->sync(classes, painter_->regression(), painter_->whyNot());
}

void PredictionPlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        scheduleUpdate(UpdateCause::User);
}

void PredictionPlot::scheduleUpdate(UpdateCause cause)
{
    dirty_ = true;
    timer_->schedule(cause);
}

void PredictionPlot::resetPlot()
{
    plot_->clearGraphs();
    plot_->clearItems();
    plot_->xAxis->setScaleType(QCPAxis::stLinear);
    plot_->yAxis->setScaleType(QCPAxis::stLinear);
}

void PredictionPlot::updateView()
{
    if (!isVisible())
        return; // dirty_ stays set: showEvent catches up
    if (sweep_->isRunning()) {
        if (sweep_->evaluates(model_->architecture(), evaluatedPart().features))
            return; // dirty_ stays set: newer weights follow when this sweep is shown
        sweep_->cancel(); // other data or another network: the sweep's result is moot
    }
    dirty_ = false;
    QElapsedTimer clock;
    clock.start();
    const bp::Dataset& data = model_->dataset();
    const bp::Architecture& arch = model_->architecture();
    const bp::Vector& params = model_->parameters();
    // Between a data change and the architecture following it the shapes may disagree.
    if (data.size() == 0 || arch.layerCount() < 2 || params.size() != arch.parameterCount() ||
        arch.inputSize() != model_->split().train.featureCount()) {
        mode_ = Mode::None;
        if (paintTool_ != nullptr)
            paintTool_->setActive(false);
        resetPlot();
        plot_->replot(QCustomPlot::rpQueuedReplot);
        stack_->setCurrentWidget(plot_);
        caption_->setText(tr("No prediction to show: load data and build a network."));
        return;
    }
    const bp::Network network(arch, params);
    const bool classification = data.task() == bp::TaskKind::Classification;
    if (classification && data.featureCount() == 2)
        drawSurface(network);
    else if (!classification && data.featureCount() == 1)
        drawRegressionCurve(network);
    else {
        // Up to kConfusionLimit examples: evaluated in slices, drawn by showPredictions().
        const bp::Dataset& part = evaluatedPart();
        sweep_->start(network,
                      std::shared_ptr<const bp::Matrix>(model_->sharedSplit(), &part.features),
                      std::min<bp::Index>(part.size(), kConfusionLimit));
        return;
    }
    if (paintTool_ != nullptr)
        paintTool_->setActive(mode_ == Mode::DecisionSurface || mode_ == Mode::RegressionCurve);
    // Heavy views must not starve training (livethrottle.h).
    timer_->restAfter(static_cast<double>(clock.nsecsElapsed()) / 1e6);
}

const bp::Dataset& PredictionPlot::evaluatedPart() const
{
    const bp::DataSplit& split = model_->split();
    return split.validation.size() > 0 ? split.validation : split.train;
}

void PredictionPlot::showPredictions()
{
    if (!sweep_->evaluates(model_->architecture(), evaluatedPart().features)) {
        updateView(); // the data or the network changed during the sweep
        return;
    }
    if (model_->dataset().task() == bp::TaskKind::Classification)
        drawConfusion(sweep_->outputs());
    else
        drawPredictedVsActual(sweep_->outputs());
    timer_->setRestMs(sweep_->restMs(timer_->floorMs())); // sweeps take ≤ 2 % of a core
    if (dirty_)
        scheduleUpdate(UpdateCause::Weights);
}

void PredictionPlot::drawSurface(const bp::Network& network)
{
    mode_ = Mode::DecisionSurface;
    stack_->setCurrentWidget(plot_);
    resetPlot();
    const bp::Dataset& data = model_->dataset();
    const Eigen::Vector2d lo = data.features.rowwise().minCoeff();
    const Eigen::Vector2d hi = data.features.rowwise().maxCoeff();
    const Eigen::Vector2d pad = ((hi - lo) * 0.05).cwiseMax(1e-3);
    const Eigen::Vector2d min = lo - pad;
    const Eigen::Vector2d max = hi + pad;

    // Evaluate at the centre of each grid cell, in raw units (x₁, x₂), then compute the input
    // features and normalise as training did (ProjectModel::modelInputs): the surface is
    // drawn over the raw plane whatever features the network reads.
    constexpr int G = kSurfaceGrid;
    bp::Matrix grid(2, G * G);
    for (int j = 0; j < G; ++j)
        for (int i = 0; i < G; ++i) {
            grid(0, j * G + i) = min.x() + (i + 0.5) * (max.x() - min.x()) / G;
            grid(1, j * G + i) = min.y() + (j + 0.5) * (max.y() - min.y()) / G;
        }
    const bp::Matrix h = network.predict(model_->modelInputs(grid));
    const std::vector<int> predicted = bp::predictedClasses(h);
    const int K = static_cast<int>(h.rows());
    QImage image(G, G, QImage::Format_RGB32);
    for (int j = 0; j < G; ++j)
        for (int i = 0; i < G; ++i) {
            const int col = j * G + i;
            const int cls = predicted[col];
            double confidence = 0.0; // 0 on the boundary, 1 when certain
            if (K == 1) {
                confidence = std::abs(h(0, col) - 0.5) * 2.0;
            } else {
                const double chance = 1.0 / K;
                confidence = (h(cls, col) - chance) / (1.0 - chance);
            }
            if (!std::isfinite(confidence))
                confidence = 0.0;
            const QColor c = blendWithWhite(classColor(cls), 0.12 + 0.5 * confidence);
            image.setPixel(i, G - 1 - j, c.rgb()); // image rows run downwards, y upwards
        }
    auto* surface = new QCPItemPixmap(plot_);
    surface->setObjectName(QStringLiteral("decisionSurface"));
    surface->setLayer(QStringLiteral("background")); // under the grid lines and the points
    surface->setPixmap(QPixmap::fromImage(image));
    surface->setScaled(true, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    surface->topLeft->setCoords(min.x(), max.y());
    surface->bottomRight->setCoords(max.x(), min.y());

    const bp::DataSplit& split = model_->split();
    const int classes = std::max(data.classCount(), K == 1 ? 2 : K);
    struct Part
    {
        const bp::Dataset* set;
        QString label;
        bool hollow;
    };
    for (const Part& part : {Part{&split.train, tr("training"), false},
                             Part{&split.validation, tr("validation"), true}}) {
        if (part.set->size() == 0)
            continue;
        const bp::Matrix x = model_->rawFeatures(*part.set);
        std::vector<Points> byClass(static_cast<std::size_t>(classes));
        for (bp::Index e = 0; e < x.cols(); ++e) {
            const int k = part.set->labels[static_cast<std::size_t>(e)];
            if (k < 0 || k >= classes)
                continue;
            byClass[static_cast<std::size_t>(k)].x.append(x(0, e));
            byClass[static_cast<std::size_t>(k)].y.append(x(1, e));
        }
        for (int k = 0; k < classes; ++k) {
            const QColor colour = classColor(k);
            const QCPScatterStyle style =
                part.hollow ? QCPScatterStyle(QCPScatterStyle::ssCircle,
                                              QPen(colour.darker(130), 1.8 * lineScale_), Qt::white,
                                              7 * lineScale_)
                            : QCPScatterStyle(QCPScatterStyle::ssCircle,
                                              QPen(colour.darker(160), 0.8 * lineScale_), colour,
                                              6 * lineScale_);
            QCPGraph* g = scatterGraph(
                plot_, tr("%1 (%2)").arg(QString::fromStdString(data.className(k)), part.label),
                style);
            g->setData(byClass[static_cast<std::size_t>(k)].x,
                       byClass[static_cast<std::size_t>(k)].y);
        }
    }
    plot_->xAxis->setLabel(featureName(data, 0));
    plot_->yAxis->setLabel(featureName(data, 1));
    plot_->xAxis->setRange(min.x(), max.x());
    plot_->yAxis->setRange(min.y(), max.y());
    plot_->replot(QCustomPlot::rpQueuedReplot);
    caption_->setText(tr("Decision surface: each background cell has the colour of the class "
                         "the network predicts there, paler where it is less sure "
                         "(%1 × %1 grid). Filled dots: training examples; hollow: validation.")
                          .arg(G));
}

void PredictionPlot::drawRegressionCurve(const bp::Network& network)
{
    mode_ = Mode::RegressionCurve;
    stack_->setCurrentWidget(plot_);
    resetPlot();
    const bp::Dataset& data = model_->dataset();
    const double lo = data.features.row(0).minCoeff();
    const double hi = data.features.row(0).maxCoeff();
    const double pad = std::max(0.05 * (hi - lo), 1e-3);

    const bp::DataSplit& split = model_->split();
    for (const auto& [set, label, hollow] :
         {std::tuple{&split.train, tr("training"), false},
          std::tuple{&split.validation, tr("validation"), true}}) {
        if (set->size() == 0 || set->targets.rows() == 0)
            continue;
        const bp::Matrix x = model_->rawFeatures(*set);
        QVector<double> xs(x.cols()), ts(x.cols());
        for (bp::Index e = 0; e < x.cols(); ++e) {
            xs[e] = x(0, e);
            ts[e] = set->targets(0, e);
        }
        const QColor colour = hollow ? classColor(1) : classColor(0);
        QCPGraph* g = scatterGraph(
            plot_, label,
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.2 * lineScale_),
                            hollow ? QBrush(Qt::white) : QBrush(colour), 5 * lineScale_));
        g->setData(xs, ts);
    }
    constexpr int samples = 400;
    bp::Matrix grid(1, samples);
    QVector<double> xs(samples), ys(samples);
    for (int i = 0; i < samples; ++i) {
        xs[i] = lo - pad + (hi - lo + 2 * pad) * i / (samples - 1);
        grid(0, i) = xs[i];
    }
    const bp::Matrix h = network.predict(model_->modelInputs(grid));
    for (int i = 0; i < samples; ++i)
        ys[i] = h(0, i);
    QCPGraph* curve = plot_->addGraph();
    curve->setName(tr("network h(x)"));
    curve->setPen(QPen(QColor(0x21, 0x21, 0x21), 2.2 * lineScale_));
    curve->setData(xs, ys, true);
    plot_->xAxis->setLabel(featureName(data, 0));
    plot_->yAxis->setLabel(tr("target"));
    plot_->rescaleAxes();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    caption_->setText(tr("Regression: the network's output h(x) (line) over the training "
                         "(filled) and validation (hollow) examples%1.")
                          .arg(data.targets.rows() > 1
                                   ? tr("; first target of %1").arg(data.targets.rows())
                                   : QString()));
}

void PredictionPlot::drawPredictedVsActual(const bp::Matrix& h)
{
    mode_ = Mode::PredictedVsActual;
    stack_->setCurrentWidget(plot_);
    resetPlot();
    const bp::DataSplit& split = model_->split();
    const bp::Dataset& part = split.validation.size() > 0 ? split.validation : split.train;
    const bp::Index m = h.cols();
    QVector<double> actual(m), predicted(m);
    double lo = 0.0;
    double hi = 0.0;
    for (bp::Index e = 0; e < m; ++e) {
        actual[e] = part.targets(0, e);
        predicted[e] = h(0, e);
        lo = e == 0 ? std::min(actual[e], predicted[e]) : std::min({lo, actual[e], predicted[e]});
        hi = e == 0 ? std::max(actual[e], predicted[e]) : std::max({hi, actual[e], predicted[e]});
    }
    QCPGraph* g =
        scatterGraph(plot_, tr("examples"),
                     QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(classColor(0), lineScale_),
                                     QBrush(classColor(0)), 5 * lineScale_));
    g->setData(actual, predicted);
    auto* diagonal = new QCPItemStraightLine(plot_);
    diagonal->point1->setCoords(0.0, 0.0);
    diagonal->point2->setCoords(1.0, 1.0);
    diagonal->setPen(QPen(QColor(0, 0, 0, 120), lineScale_, Qt::DashLine));
    const double pad = std::max(0.05 * (hi - lo), 1e-3);
    plot_->xAxis->setRange(lo - pad, hi + pad);
    plot_->yAxis->setRange(lo - pad, hi + pad);
    plot_->xAxis->setLabel(tr("actual target"));
    plot_->yAxis->setLabel(tr("predicted"));
    plot_->replot(QCustomPlot::rpQueuedReplot);
    caption_->setText((&part == &split.validation
                           ? tr("Predicted against actual (first target) on the validation "
                                "split, %1 examples: a perfect fit lies on the dashed y = x line.")
                           : tr("Predicted against actual (first target) on the training split, "
                                "%1 examples: a perfect fit lies on the dashed y = x line."))
                          .arg(m));
}

void PredictionPlot::drawConfusion(const bp::Matrix& h)
{
    mode_ = Mode::ConfusionMatrix;
    stack_->setCurrentWidget(confusion_);
    const bp::Dataset& data = model_->dataset();
    const bp::DataSplit& split = model_->split();
    const bool validation = split.validation.size() > 0;
    const bp::Dataset& part = validation ? split.validation : split.train;
    const bp::Index m = h.cols();
    const int K = std::max(data.classCount(), 2);
    const std::vector<int> predicted = bp::predictedClasses(h);
    const std::vector<int> actual(part.labels.begin(), part.labels.begin() + m);
    const Eigen::MatrixXi counts = bp::confusionMatrix(predicted, actual, K);

    confusion_->clear();
    confusion_->setRowCount(K);
    confusion_->setColumnCount(K);
    QStringList names;
    for (int k = 0; k < K; ++k)
        names << QString::fromStdString(data.className(k));
    QStringList rowNames, colNames;
    for (const QString& n : names) {
        rowNames << tr("actual %1").arg(n);
        // Two lines: a column is as wide as its longer line, not as "predicted Ankle boot".
        colNames << tr("predicted\n%1").arg(n);
    }
    confusion_->setVerticalHeaderLabels(rowNames);
    confusion_->setHorizontalHeaderLabels(colNames);
    // Columns stretch to the width there is but never below their header's text (with ten
    // classes in a narrow dock, "predicted 7" was clipped to "edicte"); the table scrolls
    // instead.
    const QFontMetrics metrics(confusion_->horizontalHeader()->font());
    int widest = 0;
    for (const QString& header : colNames)
        for (const QString& line : header.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    confusion_->horizontalHeader()->setMinimumSectionSize(widest + kHeaderPadding);
    long correct = 0;
    for (int r = 0; r < K; ++r) {
        const double rowTotal = std::max(1, counts.row(r).sum());
        for (int c = 0; c < K; ++c) {
            auto* item = new QTableWidgetItem(QString::number(counts(r, c)));
            item->setTextAlignment(Qt::AlignCenter);
            // Shade by the share of the actual class: green on the diagonal, red off it.
            const double share = counts(r, c) / rowTotal;
            item->setBackground(blendWithWhite(
                r == c ? QColor(0x2c, 0xa0, 0x2c) : QColor(0xd6, 0x27, 0x28), 0.7 * share));
            confusion_->setItem(r, c, item);
        }
        correct += counts(r, r);
    }
    confusion_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    caption_->setText(
        (validation ? tr("Confusion matrix on the validation split (%1 examples%2): rows are the "
                         "actual class, columns the predicted one. Accuracy %3 %.")
                    : tr("Confusion matrix on the training split (%1 examples%2): rows are the "
                         "actual class, columns the predicted one. Accuracy %3 %."))
            .arg(m)
            .arg(m < part.size() ? tr(", the first %1 of %2").arg(m).arg(part.size()) : QString())
            .arg(m > 0 ? 100.0 * correct / m : 0.0, 0, 'f', 1));
}

void PredictionPlot::setLineScale(double scale)
{
    if (!(scale > 0.0) || scale == lineScale_)
        return;
    lineScale_ = scale;
    scheduleUpdate(UpdateCause::User); // every draw makes its pens from lineScale_
}

} // namespace bpui

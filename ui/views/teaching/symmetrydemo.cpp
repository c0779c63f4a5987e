#include "views/teaching/symmetrydemo.h"
#include "views/plots/plotregistry.h"

#include "views/plots/colormaps.h"
#include "session/displaynames.h"
#include "session/numberformat.h"
#include "session/projectmodel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <string_view>
#include <utility>

namespace bpui {

namespace {

enum SetupChoice
{
    ProjectSetup = 0,
    SmallSetup = 1
};

QCustomPlot* makeHeatPlot(const QString& name, const QString& title, const QString& tooltip,
                          QWidget* parent)
{
    auto* plot = makePlot(parent);
    plot->setObjectName(name);
    plot->setToolTip(tooltip);
    setPlotExportName(plot, title);
    plot->setMinimumSize(220, 150);
    plot->yAxis->setRangeReversed(true); // unit 1 at the top, as in the matrix Θ
    // Cells are units and inputs: whole-number ticks only, thinned to multiples when dense.
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1.0);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        axis->setTicker(ticker);
        axis->setSubTicks(false);
    }
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->setGradient(divergingGradient());
    map->setInterpolate(false);
    // Until a run fills it, the map's default cells (zeros on an empty range) would be drawn
    // in the gradient's end colour, solid red: a student reads that as "large negative
    // weights". Show nothing but a neutral caption instead.
    map->setVisible(false);
    auto* caption = new QCPItemText(plot);
    caption->setObjectName(QStringLiteral("notTrainedCaption"));
    caption->position->setType(QCPItemPosition::ptAxisRectRatio);
    caption->position->setCoords(0.5, 0.5);
    caption->setPositionAlignment(Qt::AlignCenter);
    caption->setText(QObject::tr("not trained yet"));
    caption->setColor(QColor(0x80, 0x80, 0x80));
    plot->axisRect()->setBackground(QColor(0xf2, 0xf2, 0xf2));
    plot->xAxis->setTickLabels(false);
    plot->yAxis->setTickLabels(false);
    return plot;
}

QCPColorMap* colorMapOf(QCustomPlot* plot)
{
    return qobject_cast<QCPColorMap*>(plot->plottable(0));
}

/// Fills a plot's colour map with m (rows → y from 1, columns → x from firstColumn) on the
/// symmetric range ±range.
void fillHeatMap(QCustomPlot* plot, const bp::Matrix& m, double range, int firstColumn)
{
    QCPColorMap* map = colorMapOf(plot);
    map->setVisible(true);
    for (int i = 0; i < plot->itemCount(); ++i) // the "not trained yet" caption
        plot->item(i)->setVisible(false);
    plot->axisRect()->setBackground(Qt::NoBrush);
    plot->xAxis->setTickLabels(true);
    plot->yAxis->setTickLabels(true);
    const int rows = static_cast<int>(m.rows());
    const int cols = static_cast<int>(m.cols());
    map->data()->setSize(cols, rows);
    map->data()->setRange(QCPRange(firstColumn, firstColumn + cols - 1), QCPRange(1, rows));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            map->data()->setCell(c, r, m(r, c));
    map->setDataRange(QCPRange(-range, range));
    plot->xAxis->setRange(firstColumn - 0.5, firstColumn + cols - 0.5);
    plot->yAxis->setRange(0.5, rows + 0.5);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace

SymmetryDemo::SymmetryDemo(ProjectModel* model, QWidget* parent) : QWidget(parent), model_(model)
{
    setWindowTitle(tr("Symmetry and initialisation"));

    makeSetupControls();
    makeRunControls();
    QLayout* controls = layOutControls();
    QLayout* sides = makeSides();
    makeCostPlot();
    makeExplanation();
    layOut(controls, sides);
    makeTask();
    connect(runButton_, &QPushButton::clicked, this, &SymmetryDemo::run);
    followModel();
    updateSetupChoices();
}

void SymmetryDemo::makeSetupControls()
{
    setupCombo_ = new QComboBox(this);
    setupCombo_->setObjectName(QStringLiteral("symmetrySetupCombo"));
    setupCombo_->addItem(tr("Project network and data"), ProjectSetup);
    setupCombo_->addItem(tr("Small demo: 2-4-2 sigmoid on XOR"), SmallSetup);

    initCombo_ = new QComboBox(this);
    initCombo_->setObjectName(QStringLiteral("symmetryInitCombo"));
    initCombo_->addItem(tr("All zeros"), static_cast<int>(bp::InitKind::Zeros));
    initCombo_->addItem(tr("All 0.1 (constant)"), static_cast<int>(bp::InitKind::Constant));
    initCombo_->setToolTip(tr("The symmetric start of the left side. Any start where every "
                              "hidden unit has the same weights keeps them the same."));

    iterations_ = new QSpinBox(this);
    iterations_->setObjectName(QStringLiteral("symmetryIterations"));
    iterations_->setRange(1, 5000);
    iterations_->setValue(600);
    iterations_->setToolTip(tr("Gradient-descent iterations for each side"));

    learningRate_ = new QDoubleSpinBox(this);
    learningRate_->setObjectName(QStringLiteral("symmetryLearningRate"));
    learningRate_->setDecimals(3);
    learningRate_->setRange(0.001, 10.0);
    learningRate_->setSingleStep(0.1);
    learningRate_->setValue(2.0);
    learningRate_->setToolTip(tr("Learning rate α of plain full-batch gradient descent, the "
                                 "same for both sides"));
}

void SymmetryDemo::makeRunControls()
{
    runButton_ = new QPushButton(tr("Train both"), this);
    runButton_->setObjectName(QStringLiteral("symmetryRunButton"));
    runButton_->setToolTip(tr("Train the same network twice with the same data and settings"));

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("symmetryProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setMaximumWidth(160);
}

QLayout* SymmetryDemo::layOutControls()
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Network:"), this));
    controls->addWidget(setupCombo_);
    controls->addWidget(new QLabel(tr("Symmetric start:"), this));
    controls->addWidget(initCombo_);
    controls->addWidget(new QLabel(tr("Iterations:"), this));
    controls->addWidget(iterations_);
    controls->addWidget(new QLabel(tr("α:"), this));
    controls->addWidget(learningRate_);
    controls->addWidget(runButton_);
    controls->addWidget(progress_);
    controls->addStretch(1);
    return controls;
}

QLayout* SymmetryDemo::makeSides()
{
    auto* sides = new QHBoxLayout;
    sides->addWidget(makeSide(&symmetric_, QStringLiteral("zeroSide")));
    sides->addWidget(makeSide(&random_, QStringLiteral("randomSide")));
    return sides;
}

void SymmetryDemo::makeCostPlot()
{
    costPlot_ = makePlot(this);
    costPlot_->setObjectName(QStringLiteral("symmetryCostPlot"));
    setPlotExportName(costPlot_, tr("Cost, symmetric and random starts"));
    costPlot_->setMinimumHeight(140);
    costPlot_->setToolTip(tr("Training cost J(Θ) after each gradient-descent iteration"));
    costPlot_->xAxis->setLabel(tr("iteration"));
    costPlot_->yAxis->setLabel(tr("J(Θ)"));
    costPlot_->legend->setVisible(true);
    QCPGraph* symmetricGraph = costPlot_->addGraph();
    symmetricGraph->setPen(QPen(negativeColor(), 2));
    QCPGraph* randomGraph = costPlot_->addGraph();
    randomGraph->setPen(QPen(positiveColor(), 2));
    symmetricGraph->setName(tr("symmetric start"));
    randomGraph->setName(tr("random start"));
}

void SymmetryDemo::makeExplanation()
{
    explanation_ = new QLabel(this);
    explanation_->setObjectName(QStringLiteral("symmetryExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setText(
        tr("<b>Why:</b> hidden units that start with identical weights compute identical "
           "activations, so backpropagation hands them identical δ terms and identical "
           "gradients; every update keeps them identical, and the layer behaves like a single "
           "unit however wide it is. Random weights in [−ε, ε] break this symmetry."));
}

void SymmetryDemo::layOut(QLayout* controls, QLayout* sides)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(sides, 3);
    layout->addWidget(costPlot_, 1);
    layout->addWidget(explanation_);
}

void SymmetryDemo::makeTask()
{
    task_ = new BackgroundTask(this);
    relay_ = new ProgressRelay(50, this);
    connect(relay_, &ProgressRelay::progress, progress_,
            [this](qint64 done) { progress_->setValue(static_cast<int>(done)); });
    connect(task_, &BackgroundTask::finished, this, &SymmetryDemo::onFinished);
}

void SymmetryDemo::followModel()
{
    connect(model_, &ProjectModel::architectureChanged, this, &SymmetryDemo::updateSetupChoices);
    connect(model_, &ProjectModel::datasetChanged, this, &SymmetryDemo::updateSetupChoices);
    connect(model_, &ProjectModel::replaced, this, &SymmetryDemo::updateSetupChoices);
}

SymmetryDemo::~SymmetryDemo()
{
    // The task reads only its own copy of the setup, but its result must not outlive us.
    if (task_->isRunning()) {
        cancelled_->store(true);
        task_->wait();
    }
}

QWidget* SymmetryDemo::makeSide(SidePlots* plots, const QString& prefix)
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    plots->title = new QLabel(box);
    plots->title->setAlignment(Qt::AlignCenter);
    plots->title->setTextFormat(Qt::RichText);
    plots->weights = makeHeatPlot(
        prefix + QStringLiteral("Weights"), tr("Θ(1) heat map"),
        tr("First hidden layer's weights Θ(1): one row per hidden unit, column 0 is the bias, "
           "column k the weight from input k. Blue positive, orange-red negative, white zero."),
        box);
    plots->weights->xAxis->setLabel(tr("input (0 = bias)"));
    plots->weights->yAxis->setLabel(tr("hidden unit"));
    plots->similarity = makeHeatPlot(
        prefix + QStringLiteral("Similarity"), tr("Similarity of hidden units"),
        tr("Cosine similarity of hidden units' incoming weight rows: cos(i, j) = Θᵢ·Θⱼ / "
           "(‖Θᵢ‖ ‖Θⱼ‖). Solid blue everywhere means all units are the same unit."),
        box);
    plots->similarity->xAxis->setLabel(tr("hidden unit"));
    plots->similarity->yAxis->setLabel(tr("hidden unit"));
    plots->summary = new QLabel(box);
    plots->summary->setObjectName(prefix + QStringLiteral("Cost"));
    plots->summary->setAlignment(Qt::AlignCenter);
    plots->summary->setTextFormat(Qt::RichText);
    // Wrapped and free to shrink: however long a result, the demo keeps its width.
    plots->summary->setWordWrap(true);
    plots->summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    plots->summary->setText(tr("Not trained yet"));
    grid->addWidget(plots->title, 0, 0, 1, 2);
    grid->addWidget(plots->weights, 1, 0);
    grid->addWidget(plots->similarity, 1, 1);
    grid->addWidget(plots->summary, 2, 0, 1, 2);
    grid->setRowStretch(1, 1); // the plots take the height, the labels only what they need
    return box;
}

bool SymmetryDemo::projectFits() const
{
    const bp::Architecture& arch = model_->architecture();
    const bp::Index m = std::min(model_->split().train.size(), kExampleLimit);
    const double work = static_cast<double>(arch.parameterCount()) * static_cast<double>(m) *
                        static_cast<double>(iterations_->value());
    return arch.layerCount() >= 3 && m > 0 && work <= kProjectBudget;
}

void SymmetryDemo::updateSetupChoices()
{
    auto* items = qobject_cast<QStandardItemModel*>(setupCombo_->model());
    const bool fits = projectFits();
    if (items != nullptr) {
        QStandardItem* item = items->item(ProjectSetup);
        item->setEnabled(fits);
        item->setToolTip(fits ? tr("The project's architecture and training split")
                              : tr("The project's network has no hidden layer or is too large "
                                   "to train twice in a few seconds"));
    }
    if (!fits)
        setupCombo_->setCurrentIndex(SmallSetup);
}

SymmetrySetup SymmetryDemo::currentSetup() const
{
    SymmetrySetup setup;
    if (setupCombo_->currentData().toInt() == ProjectSetup && projectFits()) {
        setup.architecture = model_->architecture();
        const bp::Dataset& train = model_->split().train;
        if (train.size() > kExampleLimit) {
            std::vector<bp::Index> first(static_cast<std::size_t>(kExampleLimit));
            for (bp::Index i = 0; i < kExampleLimit; ++i)
                first[static_cast<std::size_t>(i)] = i;
            setup.train = train.subset(first);
        } else {
            setup.train = train;
        }
    } else {
        setup = SymmetryExperiment::smallDemo();
    }
    setup.seed = model_->initSeed();
    const bp::InitKind projectKind = model_->initKind();
    // The random side uses the project's scheme unless that is itself symmetric.
    if (projectKind != bp::InitKind::Zeros && projectKind != bp::InitKind::Constant)
        setup.randomKind = projectKind;
    setup.symmetricKind = static_cast<bp::InitKind>(initCombo_->currentData().toInt());
    setup.iterations = iterations_->value();
    setup.learningRate = learningRate_->value();
    return setup;
}

bool SymmetryDemo::isRunning() const
{
    return task_->isRunning();
}

void SymmetryDemo::run()
{
    if (task_->isRunning())
        return;
    const SymmetrySetup setup = currentSetup();
    runButton_->setEnabled(false);
    progress_->setRange(0, static_cast<int>(2 * setup.iterations));
    progress_->setValue(0);
    outcome_ = std::make_shared<Outcome>();
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    relay_->startPolling();
    std::shared_ptr<Outcome> outcome = outcome_;
    std::shared_ptr<std::atomic<bool>> cancelled = cancelled_;
    ProgressRelay* relay = relay_; // outlives the task: the destructor joins it
    task_->start([setup, outcome, cancelled, relay] {
        try {
            auto experiment = std::make_shared<SymmetryExperiment>(setup);
            const bool complete = experiment->run([&](long done, long total) {
                relay->report(done, total);
                return !cancelled->load();
            });
            if (complete)
                outcome->experiment = std::move(experiment);
        } catch (const std::exception& e) {
            // No exception may leave the task: report it in the widget instead.
            outcome->error = QString::fromUtf8(e.what());
        }
    });
}

void SymmetryDemo::onFinished()
{
    relay_->stopPolling();
    runButton_->setEnabled(true);
    progress_->setValue(progress_->maximum());
    const Outcome outcome = std::move(*outcome_);
    outcome_.reset();
    if (!outcome.error.isEmpty()) {
        symmetric_.summary->setText(tr("Training failed: %1").arg(outcome.error));
        return;
    }
    if (!outcome.experiment)
        return;
    experiment_ = outcome.experiment;
    showExperiment();
    emit finished();
}

void SymmetryDemo::showExperiment()
{
    const SymmetrySetup& setup = experiment_->setup();
    const QString startName = setup.symmetricKind == bp::InitKind::Constant
                                  ? tr("constant %1").arg(displayNumber(setup.constant))
                                  : tr("zeros");
    symmetric_.title->setText(tr("<b>From %1</b>").arg(startName));
    random_.title->setText(tr("<b>From random weights</b> (%1, seed %2)")
                               .arg(DisplayNames::initialization(setup.randomKind))
                               .arg(setup.seed));
    showSide(symmetric_, SymmetryExperiment::Side::Symmetric);
    showSide(random_, SymmetryExperiment::Side::Random);

    const SymmetrySide& a = experiment_->side(SymmetryExperiment::Side::Symmetric);
    const SymmetrySide& b = experiment_->side(SymmetryExperiment::Side::Random);
    const std::pair<const SymmetrySide*, QCPGraph*> graphs[] = {{&a, costPlot_->graph(0)},
                                                                {&b, costPlot_->graph(1)}};
    for (const auto& [side, graph] : graphs) {
        QVector<double> x, y;
        for (std::size_t i = 0; i < side->costs.size(); ++i) {
            x.push_back(static_cast<double>(i));
            y.push_back(side->costs[i]);
        }
        graph->setData(x, y, true);
    }
    costPlot_->rescaleAxes();
    costPlot_->yAxis->setRangeLower(0.0);
    costPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void SymmetryDemo::showSide(const SidePlots& plots, SymmetryExperiment::Side side)
{
    const SymmetrySetup& setup = experiment_->setup();
    const SymmetrySide& result = experiment_->side(side);
    const bp::ConstMatrixMap theta = bp::thetaView(setup.architecture, result.trained, 0);
    const double range = std::max(theta.cwiseAbs().maxCoeff(), 1e-12);
    fillHeatMap(plots.weights, bp::Matrix(theta), range, 0);
    fillHeatMap(plots.similarity,
                SymmetryExperiment::rowSimilarity(setup.architecture, result.trained, 0), 1.0, 1);
    const double difference = experiment_->maxRowDifference(side, 0);
    const double largest = theta.cwiseAbs().maxCoeff();
    QString text = tr("final J = %1   accuracy = %2<br>max |Θᵢ − Θⱼ| over hidden units = %3")
                       .arg(displayNumber(result.finalCost), displayPercent(result.finalAccuracy),
                            displayNumber(difference, 3));
    text += largest > 0.0 ? tr("   (colours span ±%1)").arg(displayNumber(largest, 3))
                          : tr("   (every weight is 0)");
    if (result.trained == result.initial) {
        // Zeros on balanced classes: h = 1/K for every example, so Σ(h − y) = 0 and every
        // gradient vanishes — a stationary point, not even a slow start.
        text += tr("<br><i>The gradient was exactly zero: no weight moved at all.</i>");
    }
    plots.summary->setText(text);
}

} // namespace bpui

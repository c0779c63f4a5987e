#include "views/diagnose/curvedialog.h"

#include "session/diagnose/curverunner.h"
#include "session/displaynames.h"
#include "session/projectmodel.h"
#include "session/enginemessages.h"
#include "views/plots/plotexport.h"
#include "views/plots/plotregistry.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bpui {

namespace {

// λ = 0 has no place on a log axis: it is drawn one decade below the grid's smallest λ.
constexpr double kZeroLambdaAt = 1e-4;

const QColor kTrainColour(0x15, 0x65, 0xc0);
const QColor kValidationColour(0xe6, 0x51, 0x00);
const QColor kTestColour(0x6a, 0x1b, 0x9a);
const QColor kMinimumColour(0xc6, 0x28, 0x28);

QString number(double x)
{
    return QString::number(x, 'g', 4);
}

QCPGraph* addLine(QCustomPlot* plot, QCPAxis* y, const QString& name, const QColor& colour,
                  Qt::PenStyle style, QCPScatterStyle::ScatterShape shape)
{
    QCPGraph* graph = plot->addGraph(plot->xAxis, y);
    graph->setName(name);
    graph->setPen(QPen(colour, 2.0, style));
    graph->setScatterStyle(QCPScatterStyle(shape, colour, 6));
    return graph;
}

} // namespace

CurveDialog::CurveDialog(Mode mode, ProjectModel* model, CurveRunner* runner, QWidget* parent)
    : QDialog(parent), mode_(mode), model_(model), runner_(runner)
{
    setObjectName(mode == Mode::Learning ? QStringLiteral("learningCurveDialog")
                                         : QStringLiteral("validationCurveDialog"));
    setWindowTitle(mode == Mode::Learning ? tr("Learning curve") : tr("Validation curve"));
    setModal(false);
    makePlot();
    QWidget* controls = makeControls();

    reading_ = new QLabel;
    reading_->setObjectName(QStringLiteral("curveReading"));
    reading_->setWordWrap(true);
    reading_->setTextFormat(Qt::PlainText);
    reading_->setMinimumWidth(220);
    reading_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* centre = new QHBoxLayout;
    centre->addWidget(plot_, 3);
    centre->addWidget(reading_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(centre, 1);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("curveProgress"));
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("curveStatus"));
    status_->setWordWrap(true);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(900, 520);

    connect(runner_, &CurveRunner::pointFinished, this, [this] {
        if (mine_)
            refresh();
    });
    connect(runner_, &CurveRunner::progress, this, [this](int done, int total) {
        if (!mine_)
            return;
        progress_->setRange(0, total);
        progress_->setValue(done);
    });
    connect(runner_, &CurveRunner::finished, this, [this](bool cancelled) {
        if (!mine_)
            return;
        mine_ = false;
        setRunning(false);
        const CurveResult* r = result();
        const int done = r != nullptr ? r->finishedCount() : 0;
        status_->setText(cancelled ? tr("Cancelled after %n point(s).", nullptr, done)
                                   : tr("Done: %n point(s).", nullptr, done));
        refresh();
    });
    connect(runner_, &CurveRunner::failed, this, [this](const QString& message) {
        if (!mine_ && runner_->isRunning())
            return;
        status_->setText(tr("The curve failed: %1").arg(message));
    });
    // A project opened with its curves, or another project or data set (none): show what the
    // runner now keeps.
    connect(runner_, &CurveRunner::resultsReplaced, this, [this] {
        if (!mine_) // the running curve's own slot is left alone
            showKept();
    });
    setRunning(false);
    showKept();
}

void CurveDialog::showKept()
{
    setRunning(runner_->isRunning());
    const CurveResult* r = result();
    const bool kept = r != nullptr && !r->running;
    status_->setText(kept ? tr("Kept with the project: %n point(s).", nullptr, r->finishedCount())
                          : QString());
    progress_->setRange(0, kept ? static_cast<int>(r->points.size()) : 1);
    progress_->setValue(kept ? r->finishedCount() : 0);
    refresh();
}

void CurveDialog::makePlot()
{
    plot_ = bpui::makePlot(this);
    plot_->setObjectName(QStringLiteral("curvePlot"));
    setPlotExportName(plot_, windowTitle());
    plot_->setAccessibleDescription(
        tr("Training and validation cost (solid) and accuracy (dashed) at each point of the "
           "curve."));
    plot_->setMinimumSize(420, 300);
    plot_->yAxis->setLabel(tr("J (without the λ term)"));
    plot_->yAxis2->setVisible(true);
    plot_->yAxis2->setLabel(tr("accuracy (dashed)"));
    plot_->yAxis2->setRange(0.0, 1.0);
    train_ = addLine(plot_, plot_->yAxis, tr("J_train"), kTrainColour, Qt::SolidLine,
                     QCPScatterStyle::ssCircle);
    validation_ = addLine(plot_, plot_->yAxis, tr("J_cv"), kValidationColour, Qt::SolidLine,
                          QCPScatterStyle::ssSquare);
    test_ = addLine(plot_, plot_->yAxis, tr("J_test"), kTestColour, Qt::DotLine,
                    QCPScatterStyle::ssTriangle);
    trainAccuracy_ = addLine(plot_, plot_->yAxis2, tr("train accuracy"), kTrainColour,
                             Qt::DashLine, QCPScatterStyle::ssNone);
    validationAccuracy_ = addLine(plot_, plot_->yAxis2, tr("cv accuracy"), kValidationColour,
                                  Qt::DashLine, QCPScatterStyle::ssNone);
    minimum_ = plot_->addGraph();
    minimum_->setName(tr("lowest J_cv"));
    minimum_->setLineStyle(QCPGraph::lsNone);
    minimum_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kMinimumColour, 2.5),
                                              Qt::NoBrush, 16));
    // The legend in its own row under the axes, never over the points it names.
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    auto* legendRow = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, plot_->legend);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);
}

QWidget* CurveDialog::makeControls()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    if (mode_ == Mode::Validation) {
        layout->addWidget(new QLabel(tr("Sweep:")));
        sweep_ = new QComboBox;
        sweep_->setObjectName(QStringLiteral("curveSweepCombo"));
        sweep_->addItem(tr("λ (0, 0.001 … 100)"), static_cast<int>(bp::CurveKind::Lambda));
        sweep_->addItem(tr("units of the first hidden layer (1 … 128)"),
                        static_cast<int>(bp::CurveKind::Units));
        connect(sweep_, &QComboBox::currentIndexChanged, this, [this] {
            setRunning(runner_->isRunning());
            refresh();
        });
        layout->addWidget(sweep_);
    }
    testCheck_ = new QCheckBox(tr("Show test error"));
    testCheck_->setObjectName(QStringLiteral("curveTestCheck"));
    testCheck_->setToolTip(tr("J_test is only shown, never used to choose: choosing on the test "
                              "set makes its error an optimistic estimate."));
    layout->addWidget(testCheck_);
    layout->addStretch(1);
    runButton_ = new QPushButton(tr("Run"));
    runButton_->setObjectName(QStringLiteral("curveRunButton"));
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setObjectName(QStringLiteral("curveCancelButton"));
    useButton_ = new QPushButton(tr("Use this λ"));
    useButton_->setObjectName(QStringLiteral("curveUseButton"));
    useButton_->setVisible(mode_ == Mode::Validation);
    auto* exportPlot = new QPushButton(tr("Export plot…"));
    exportPlot->setObjectName(QStringLiteral("curveExportPlotButton"));
    auto* exportCsv = new QPushButton(tr("Export CSV…"));
    exportCsv->setObjectName(QStringLiteral("curveExportCsvButton"));
    for (QPushButton* button : {runButton_, cancelButton_, useButton_, exportPlot, exportCsv}) {
        button->setAutoDefault(false);
        layout->addWidget(button);
    }
    connect(runButton_, &QPushButton::clicked, this, &CurveDialog::runCurve);
    connect(cancelButton_, &QPushButton::clicked, this, &CurveDialog::cancelCurve);
    connect(useButton_, &QPushButton::clicked, this, &CurveDialog::useBest);
    connect(exportPlot, &QPushButton::clicked, this, &CurveDialog::exportPlotDialog);
    connect(exportCsv, &QPushButton::clicked, this, &CurveDialog::exportCsvDialog);
    return row;
}

bp::CurveKind CurveDialog::kind() const
{
    if (mode_ == Mode::Learning)
        return bp::CurveKind::Learning;
    return static_cast<bp::CurveKind>(sweep_->currentData().toInt());
}

void CurveDialog::setKind(bp::CurveKind kind)
{
    if (sweep_ == nullptr)
        return;
    const int index = sweep_->findData(static_cast<int>(kind));
    if (index >= 0)
        sweep_->setCurrentIndex(index);
}

const CurveResult* CurveDialog::result() const
{
    return runner_->result(kind());
}

int CurveDialog::bestIndex() const
{
    const CurveResult* r = result();
    if (r == nullptr || mode_ != Mode::Validation)
        return -1;
    // Over finished points only; J_test never enters the choice.
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < r->points.size(); ++i) {
        const std::optional<bp::CurvePoint>& p = r->points[i];
        if (p && std::isfinite(p->validationCost) &&
            (!best || p->validationCost < r->points[*best]->validationCost))
            best = i;
    }
    return best ? static_cast<int>(*best) : -1;
}

QString CurveDialog::reading() const
{
    return reading_->text();
}

bool CurveDialog::runCurve()
{
    if (runner_->isRunning()) {
        status_->setText(tr("Another curve is running: cancel it first."));
        return false;
    }
    CurveRequest request;
    request.kind = kind();
    request.evaluateTest = testCheck_->isChecked();
    mine_ = true;
    if (!runner_->start(request)) {
        mine_ = false;
        return false;
    }
    setRunning(true);
    const CurveResult* r = result();
    status_->setText(tr("Training %n network(s) on two threads…", nullptr,
                        r != nullptr ? static_cast<int>(r->points.size()) : 0));
    refresh();
    return true;
}

void CurveDialog::cancelCurve()
{
    if (mine_)
        runner_->cancel();
}

bool CurveDialog::useBest()
{
    const int best = bestIndex();
    const CurveResult* r = result();
    if (best < 0 || r == nullptr || runner_->isRunning())
        return false;
    const double value = r->plan.values[static_cast<std::size_t>(best)];
    try {
        if (kind() == bp::CurveKind::Lambda) {
            bp::TrainingConfig config = model_->config();
            if (config.lambda == value) {
                status_->setText(tr("λ is %1 already.").arg(number(value)));
                return true;
            }
            config.lambda = value;
            model_->setConfig(config); // one settings change: one undo step
            emit statusMessage(tr("λ set to %1 (the lowest J_cv).").arg(number(value)));
        } else {
            std::vector<int> sizes = model_->hiddenSizes();
            const bp::Architecture& arch = model_->architecture();
            std::vector<bp::Activation> hidden(arch.activations.begin(), arch.activations.end() - 1);
            const auto layer = static_cast<std::size_t>(r->plan.hiddenLayer);
            if (layer >= sizes.size())
                return false;
            if (sizes[layer] == static_cast<int>(value)) {
                status_->setText(tr("The layer has %1 units already.").arg(sizes[layer]));
                return true;
            }
            sizes[layer] = static_cast<int>(value);
            model_->setHiddenLayers(sizes, hidden);
            emit statusMessage(tr("Hidden layer %1 set to %2 units (the lowest J_cv).")
                                   .arg(layer + 1)
                                   .arg(static_cast<int>(value)));
        }
    } catch (const std::exception& error) {
        status_->setText(EngineMessages::text(error.what()));
        return false;
    }
    status_->setText(tr("Applied. Edit → Undo takes it back."));
    return true;
}

void CurveDialog::setRunning(bool running)
{
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running && mine_);
    if (sweep_ != nullptr)
        sweep_->setEnabled(!running);
    testCheck_->setEnabled(!running);
    useButton_->setText(kind() == bp::CurveKind::Units ? tr("Use this size") : tr("Use this λ"));
    useButton_->setEnabled(!running && bestIndex() >= 0);
    if (!running && progress_ != nullptr && progress_->maximum() == 0)
        progress_->setRange(0, 1);
}

QString CurveDialog::xLabel() const
{
    switch (kind()) {
    case bp::CurveKind::Learning:
        return tr("m (training examples)");
    case bp::CurveKind::Lambda:
        return tr("λ (log scale; λ = 0 drawn at 10⁻⁴)");
    case bp::CurveKind::Units:
        return tr("units in the hidden layer (log scale)");
    }
    return {};
}

double CurveDialog::plotX(double value) const
{
    return kind() == bp::CurveKind::Lambda && value <= 0.0 ? kZeroLambdaAt : value;
}

void CurveDialog::refresh()
{
    const bp::CurveKind k = kind();
    const bool logX = k != bp::CurveKind::Learning;
    plot_->xAxis->setLabel(xLabel());
    plot_->xAxis->setScaleType(logX ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logX) {
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setLogBase(k == bp::CurveKind::Units ? 2.0 : 10.0);
        plot_->xAxis->setTicker(ticker);
    } else if (plot_->xAxis->ticker().dynamicCast<QCPAxisTickerLog>()) {
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }

    for (QCPGraph* graph : {train_, validation_, test_, trainAccuracy_, validationAccuracy_, minimum_})
        graph->data()->clear();
    const CurveResult* r = result();
    bool classification = false;
    bool anyTest = false;
    double low = 0.0;
    double high = 0.0;
    bool first = true;
    if (r != nullptr) {
        for (const std::optional<bp::CurvePoint>& p : r->points) {
            if (!p)
                continue;
            const double x = plotX(p->value);
            train_->addData(x, p->trainCost);
            for (double y : {p->trainCost, p->validationCost, p->testCost}) {
                if (!std::isfinite(y))
                    continue;
                low = first ? y : std::min(low, y);
                high = first ? y : std::max(high, y);
                first = false;
            }
            if (std::isfinite(p->validationCost))
                validation_->addData(x, p->validationCost);
            if (std::isfinite(p->testCost)) {
                test_->addData(x, p->testCost);
                anyTest = true;
            }
            if (std::isfinite(p->trainAccuracy)) {
                classification = true;
                trainAccuracy_->addData(x, p->trainAccuracy);
                if (std::isfinite(p->validationAccuracy))
                    validationAccuracy_->addData(x, p->validationAccuracy);
            }
        }
    }
    const int best = bestIndex();
    if (best >= 0) {
        const bp::CurvePoint& p = *r->points[static_cast<std::size_t>(best)];
        minimum_->addData(plotX(p.value), p.validationCost);
    }
    test_->setVisible(anyTest);
    test_->addToLegend();
    if (!anyTest)
        test_->removeFromLegend();
    minimum_->setVisible(mode_ == Mode::Validation);
    if (mode_ != Mode::Validation)
        minimum_->removeFromLegend();
    for (QCPGraph* graph : {trainAccuracy_, validationAccuracy_}) {
        graph->setVisible(classification);
        if (classification)
            graph->addToLegend();
        else
            graph->removeFromLegend();
    }
    plot_->yAxis2->setVisible(classification);

    // x: the whole planned range from the start, so points land where they belong.
    if (r != nullptr && !r->plan.values.empty()) {
        double lo = plotX(r->plan.values.front());
        double hi = plotX(r->plan.values.back());
        if (logX)
            plot_->xAxis->setRange(lo / 1.5, hi * 1.5);
        else
            plot_->xAxis->setRange(0.0, hi * 1.05);
    }
    if (!first) {
        // A few tiny subsets can reach a J_cv hundreds of times the rest (a confident wrong
        // softmax): the axis follows the bulk of the points, and those are drawn off the top.
        std::vector<double> values;
        for (const QCPGraph* graph : {train_, validation_, test_})
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                values.push_back(it->value);
        std::sort(values.begin(), values.end());
        const double bulk = values[static_cast<std::size_t>(0.7 * double(values.size() - 1))];
        high = std::min(high, std::max(3.0 * bulk, 1e-6));
        const double pad = std::max((high - low) * 0.08, 1e-6);
        plot_->yAxis->setRange(std::max(0.0, low - pad), high + pad);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);

    // The course's reading beside the plot.
    QString text;
    const std::vector<bp::CurvePoint> points =
        r != nullptr ? r->finishedPoints() : std::vector<bp::CurvePoint>{};
    if (k == bp::CurveKind::Learning) {
        text = tr("How to read it:\n• High bias (underfitting): J_train and J_cv meet, and meet "
                  "high; more data does not help.\n• High variance (overfitting): a gap between a "
                  "low J_train and a higher J_cv that closes as m grows; more data helps.");
        const QString verdict =
            DisplayNames::learningCurveReading(bp::diagnoseLearningCurve(points));
        if (!verdict.isEmpty() && r != nullptr && !r->running)
            text += QStringLiteral("\n\n") + tr("This curve: %1").arg(verdict);
    } else {
        const QString what = k == bp::CurveKind::Lambda ? tr("λ") : tr("units");
        text = k == bp::CurveKind::Lambda
                   ? tr("How to read it:\n• Small λ: J_train low, J_cv high: high variance.\n"
                        "• Large λ: both high: high bias.\n• Choose the λ where J_cv is lowest.")
                   : tr("How to read it:\n• Few units: both J high: high bias.\n• Many units: J_train "
                        "low, J_cv rising: high variance.\n• Choose the size where J_cv is lowest.");
        if (best >= 0) {
            const bp::CurvePoint& p = *r->points[static_cast<std::size_t>(best)];
            text += QStringLiteral("\n\n") +
                    tr("Lowest J_cv = %1 at %2 = %3 (circled). J_test is never used to choose.")
                        .arg(number(p.validationCost), what, number(p.value));
        }
    }
    if (r != nullptr && r->plan.kind == k && !points.empty() && !points.front().message.empty())
        text += QStringLiteral("\n\n") +
                tr("Each point: %1 (%2).")
                    .arg(DisplayNames::optimizer(r->plan.config.optimizer),
                         DisplayNames::trainerMessage(
                             QString::fromStdString(points.back().message)));
    reading_->setText(text);
    useButton_->setEnabled(!runner_->isRunning() && best >= 0);
}

void CurveDialog::exportPlotDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export plot"),
        QStringLiteral("%1-curve.png").arg(QString::fromUtf8(bp::toString(kind()).data())),
        QCoreApplication::translate("bpui::PlotExport", kPlotFilter));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPlotTo(path, &error))
        status_->setText(error);
}

void CurveDialog::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export curve"),
                                                      QStringLiteral("curve.csv"),
                                                      tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(path, &error))
        status_->setText(error);
}

bool CurveDialog::exportPlotTo(const QString& path, QString* error)
{
    QString message;
    const bool ok = exportPlot(plot_, path, &message);
    if (error != nullptr)
        *error = message;
    if (ok)
        emit statusMessage(tr("Plot written to %1").arg(path));
    return ok;
}

bool CurveDialog::exportCsvTo(const QString& path, QString* error)
{
    const CurveResult* r = result();
    if (r == nullptr) {
        if (error != nullptr)
            *error = tr("No curve to export yet: press Run.");
        return false;
    }
    QString message;
    const bool ok = writeTextFile(
        path, QString::fromStdString(bp::curveCsv(kind(), r->finishedPoints())), &message);
    if (error != nullptr)
        *error = message;
    if (ok)
        emit statusMessage(tr("Curve written to %1").arg(path));
    return ok;
}

} // namespace bpui

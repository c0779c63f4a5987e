#include "views/landscape/landscapedock.h"

#include "session/livehistory.h"
#include "session/trainingcontroller.h"
#include "views/landscape/landscapeplots.h"
#include "views/plots/plotregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace bpui {

LandscapeDock::LandscapeDock(LandscapeRunner* runner, TrainingController* training,
                             LiveHistory* history, QWidget* parent)
    : QWidget(parent), runner_(runner), training_(training), history_(history)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    buildControls();
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("landscapeTabs"));
    buildSlicesTab();
    buildContourTab();
    layout->addWidget(tabs_, 1);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("landscapeMessage"));
    message_->setWordWrap(true);
    layout->addWidget(message_);
    info_ = new QLabel(this);
    info_->setObjectName(QStringLiteral("landscapeInfo"));
    info_->setWordWrap(true);
    info_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(info_);
    setMessage(tr("Press Compute to map J around the current weights."));

    connect(compute_, &QPushButton::clicked, this, &LandscapeDock::compute);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        pending_ = false; // Cancel means stop, including a refresh that came due
        runner_->cancel();
    });
    connect(runner_, &LandscapeRunner::started, this, [this](int total) {
        compute_->setEnabled(false);
        cancel_->setEnabled(true);
        progress_->setRange(0, total);
        progress_->setValue(0);
    });
    connect(runner_, &LandscapeRunner::progress, this,
            [this](int done, int total) {
                progress_->setRange(0, total);
                progress_->setValue(done);
            });
    connect(runner_, &LandscapeRunner::resultReady, this, &LandscapeDock::draw);
    connect(runner_, &LandscapeRunner::failed, this, &LandscapeDock::setMessage);
    connect(runner_, &LandscapeRunner::finished, this, &LandscapeDock::onFinished);
    connect(runner_, &LandscapeRunner::resultCleared, this, [this] {
        pending_ = false;
        lastStartIteration_ = -1;
        clearPlots();
        setMessage(tr("Another network or data set: press Compute to map J around its "
                      "weights."));
    });
    connect(directions_, &QComboBox::currentIndexChanged, this, [this] {
        if (runner_->result() != nullptr || runner_->isRunning()) {
            runner_->cancel(); // the running picture is of the other plane: not wanted
            compute();
        }
    });
    connect(logScale_, &QCheckBox::toggled, this, [this](bool on) {
        contour_->applyColourScale(on);
        contourPlot_->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(history_, &LiveHistory::appended, this, &LandscapeDock::onHistoryAppended);
    connect(history_, &LiveHistory::reset, this, [this] { lastStartIteration_ = -1; });
}

LandscapeDock::~LandscapeDock() = default;

QCPColorMap* LandscapeDock::colorMap() const { return contour_->colorMap(); }
QCPCurve* LandscapeDock::pathCurve() const { return contour_->pathCurve(); }
const QList<QCPCurve*>& LandscapeDock::otherCurves() const { return contour_->otherCurves(); }

void LandscapeDock::buildControls()
{
    auto* row = new QHBoxLayout;
    compute_ = new QPushButton(tr("Compute"), this);
    compute_->setObjectName(QStringLiteral("landscapeCompute"));
    compute_->setToolTip(tr("Evaluate J along the slices and on the grid (on two threads)."));
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("landscapeCancel"));
    cancel_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("landscapeProgress"));
    progress_->setMinimumWidth(40);
    progress_->setValue(0);
    row->addWidget(compute_);
    row->addWidget(cancel_);
    row->addWidget(progress_, 1);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(row);

    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Grid:"), this));
    gridSize_ = new QSpinBox(this);
    gridSize_->setObjectName(QStringLiteral("landscapeGridSize"));
    gridSize_->setAccessibleName(tr("Grid points per side"));
    gridSize_->setRange(LandscapeRunner::kMinGridSize, LandscapeRunner::kMaxGridSize);
    gridSize_->setSingleStep(2); // odd sizes only: the centre row and column are θ itself
    gridSize_->setValue(bp::LossLandscape::kGridSize);
    gridSize_->setToolTip(tr("Points per side of the contour (odd, so θ is the centre)."));
    connect(gridSize_, &QSpinBox::valueChanged, this, [this](int value) {
        if (value % 2 == 0)
            gridSize_->setValue(std::min(value + 1, LandscapeRunner::kMaxGridSize));
    });
    options->addWidget(gridSize_);
    directions_ = new QComboBox(this);
    directions_->setObjectName(QStringLiteral("landscapeDirections"));
    directions_->addItem(tr("Principal directions of the trajectory"),
                         static_cast<int>(LandscapeDirectionsKind::Trajectory));
    directions_->addItem(tr("Two random filter-normalised directions"),
                         static_cast<int>(LandscapeDirectionsKind::Random));
    directions_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    directions_->setMinimumContentsLength(12);
    options->addWidget(directions_, 1);
    layout->addLayout(options);

    auto* more = new QHBoxLayout;
    logScale_ = new QCheckBox(tr("Log colour scale"), this);
    logScale_->setObjectName(QStringLiteral("landscapeLogScale"));
    more->addWidget(logScale_);
    more->addStretch(1);
    layout->addLayout(more);
    more = new QHBoxLayout; // its own row: a narrow dock then needs no sideways scrolling
    refresh_ = new QCheckBox(tr("Refresh every"), this);
    refresh_->setObjectName(QStringLiteral("landscapeRefresh"));
    refresh_->setToolTip(tr("Recompute while training runs, at most once every N iterations "
                            "(a refresh never waits in line behind a running one)."));
    more->addWidget(refresh_);
    refreshEvery_ = new QSpinBox(this);
    refreshEvery_->setObjectName(QStringLiteral("landscapeRefreshEvery"));
    refreshEvery_->setAccessibleName(tr("Refresh during training every"));
    refreshEvery_->setRange(1, 1000000);
    refreshEvery_->setValue(kDefaultRefreshEvery);
    refreshEvery_->setSuffix(tr(" iterations"));
    more->addWidget(refreshEvery_);
    more->addWidget(new QLabel(tr("during training"), this));
    more->addStretch(1);
    layout->addLayout(more);
}

void LandscapeDock::buildSlicesTab()
{
    auto* page = new QWidget(this);
    auto* plots = new QHBoxLayout(page);
    plots->setContentsMargins(0, 0, 0, 0);
    pathPlot_ = makeLandscapePlot(page, "landscapePathPlot", tr("t (0: θ₀, 1: θ)"), tr("J"));
    setPlotExportName(pathPlot_, tr("J along the path θ₀→θ"));
    pathPlot_->setToolTip(tr("J(θ₀ + t·(θ − θ₀)): from the run's starting weights (t = 0) "
                             "straight to the current ones (t = 1), and a little beyond."));
    gradientPlot_ =
        makeLandscapePlot(page, "landscapeGradientPlot", tr("s (step along −∇J)"), tr("J"));
    setPlotExportName(gradientPlot_, tr("J along −∇J"));
    gradientPlot_->setToolTip(tr("J(θ − s·∇J(θ)): what one gradient-descent step of size s "
                                 "would give. The dashed line is the tangent J − s‖∇J‖²; "
                                 "the vertical line is the learning rate α."));
    plots->addWidget(pathPlot_, 1);
    plots->addWidget(gradientPlot_, 1);
    tabs_->addTab(page, tr("1-D slices"));
}

void LandscapeDock::buildContourTab()
{
    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    contourPlot_ = makeLandscapePlot(page, "landscapeContourPlot", tr("a (along d₁)"),
                                     tr("b (along d₂)"));
    setPlotExportName(contourPlot_, tr("Loss landscape"));
    contourPlot_->setToolTip(tr("J(θ + a·d₁ + b·d₂); θ is the origin (the cross), the line "
                                "is the optimiser's path projected on the plane, from its "
                                "start (the square)."));
    contour_ = std::make_unique<LandscapeContour>(contourPlot_);
    column->addWidget(contourPlot_, 1);
    explained_ = new QLabel(page);
    explained_->setObjectName(QStringLiteral("landscapeExplained"));
    explained_->setWordWrap(true);
    explained_->setTextFormat(Qt::RichText);
    column->addWidget(explained_);
    tabs_->addTab(page, tr("2-D contour"));
}

LandscapeDirectionsKind LandscapeDock::directions() const
{
    return static_cast<LandscapeDirectionsKind>(directions_->currentData().toInt());
}

void LandscapeDock::setDirections(LandscapeDirectionsKind kind)
{
    directions_->setCurrentIndex(directions_->findData(static_cast<int>(kind)));
}

int LandscapeDock::gridSize() const { return gridSize_->value(); }
void LandscapeDock::setGridSize(int size) { gridSize_->setValue(size); }

void LandscapeDock::setRefreshEvery(bool on, int iterations)
{
    refreshEvery_->setValue(iterations);
    refresh_->setChecked(on);
}

bool LandscapeDock::logScale() const { return logScale_->isChecked(); }
void LandscapeDock::setLogScale(bool on) { logScale_->setChecked(on); }
QString LandscapeDock::message() const { return message_->text(); }
QString LandscapeDock::info() const { return info_->text(); }
void LandscapeDock::showContourTab() { tabs_->setCurrentIndex(1); }

void LandscapeDock::setMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void LandscapeDock::compute()
{
    if (runner_->isRunning()) {
        pending_ = true; // coalesced: one start when the running computation ends
        return;
    }
    pending_ = false;
    if (!history_->empty())
        lastStartIteration_ = history_->back().iteration;
    if (runner_->startFromSession(directions(), gridSize())) {
        ++startCount_;
        setMessage({});
    }
}

void LandscapeDock::onFinished(bool cancelled)
{
    compute_->setEnabled(true);
    cancel_->setEnabled(false);
    if (pending_) {
        compute();
        return;
    }
    if (cancelled)
        setMessage(runner_->result() != nullptr
                       ? tr("Cancelled: the plots still show the previous computation.")
                       : tr("Cancelled."));
}

void LandscapeDock::onHistoryAppended()
{
    if (!refresh_->isChecked() || training_->state() != TrainingState::Running ||
        history_->empty())
        return;
    const long iteration = history_->back().iteration;
    if (lastStartIteration_ >= 0 && iteration - lastStartIteration_ < refreshEvery_->value())
        return;
    if (runner_->isRunning()) {
        pending_ = true; // due now, started when the running one ends
        return;
    }
    compute();
}

void LandscapeDock::clearPlots()
{
    clearLandscapeSlices(pathPlot_, gradientPlot_);
    contour_->clear();
    explained_->clear();
    info_->clear();
}

void LandscapeDock::draw()
{
    const LandscapeResult* result = runner_->result();
    if (result == nullptr)
        return;
    drawLandscapeSlices(pathPlot_, gradientPlot_, *result);
    const QStringList others = contour_->draw(*result, logScale());
    const auto percent = [](double share) {
        return std::isfinite(share) ? QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %")
                                    : QStringLiteral("—");
    };
    QString text =
        result->directions == LandscapeDirectionsKind::Trajectory
            ? tr("d₁ explains %1 of the paths' spread, d₂ %2 (principal directions of %3 "
                 "snapshots).")
                  .arg(percent(result->explained1), percent(result->explained2))
                  .arg(result->snapshotsUsed)
            : tr("Random directions: d₁ explains %1 of the paths' spread, d₂ %2 — random "
                 "directions are nearly orthogonal to the path.")
                  .arg(percent(result->explained1), percent(result->explained2));
    text = text.toHtmlEscaped();
    if (!others.isEmpty())
        text += QStringLiteral("<br>") +
                (result->projectedPath.rows() > 1
                     ? tr("Ticked runs: %1; white: the live run.")
                     : tr("Ticked runs: %1."))
                    .arg(others.join(QStringLiteral(", ")));
    explained_->setText(text);
    info_->setText(tr("J on %1 of %2 training examples · grid %3 × %3 · %4 trajectory "
                      "snapshots · at iteration %5")
                       .arg(result->examplesUsed)
                       .arg(result->examplesTotal)
                       .arg(result->gridSize)
                       .arg(result->snapshotsUsed)
                       .arg(result->iteration));
    if (result->path.atStart >= 0 && result->path.atEnd >= 0 &&
        result->path.costs[static_cast<std::size_t>(result->path.atStart)] ==
            result->path.costs[static_cast<std::size_t>(result->path.atEnd)] &&
        result->snapshotsUsed < 2)
        setMessage(tr("Train for a few iterations first: the path θ₀→θ is a single point."));
}

} // namespace bpui

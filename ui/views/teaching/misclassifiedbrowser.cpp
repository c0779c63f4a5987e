#include "views/teaching/misclassifiedbrowser.h"
#include "views/plots/plotregistry.h"

#include "session/chunkedprediction.h"
#include "views/plots/colormaps.h"
#include "views/data/imagethumbnail.h"
#include "metrics.h"
#include "network.h"
#include "session/projectmodel.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bpui {

namespace {

/// The cell list shows at most this many examples: a 5000-example diagonal cell is not
/// something anyone scrolls through, and building the thumbnails would stall the GUI.
constexpr int kListLimit = 400;

QColor correctColor()
{
    return QColor(0x2c, 0xa0, 0x2c);
}

} // namespace

MisclassifiedBrowser::MisclassifiedBrowser(ProjectModel* model, QWidget* parent)
    : QWidget(parent), model_(model)
{
    makeConfusionTable();
    makeCellList();
    makeOutputView();
    layOut();
    makeSweep();
    followModel();
    connectControls();
    updateView();
}

void MisclassifiedBrowser::makeConfusionTable()
{
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("misclassifiedCaption"));
    caption_->setWordWrap(true);

    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("confusionTable"));
    table_->setAccessibleName(tr("Confusion matrix"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(tr("Confusion matrix: row = actual class, column = predicted class "
                          "(argmax of h). Green diagonal = correct, orange-red = mistakes, "
                          "shaded by the share of the row. Click a cell to list its examples."));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void MisclassifiedBrowser::makeCellList()
{
    cellCaption_ = new QLabel(tr("Click a cell of the matrix to list its examples."), this);
    cellCaption_->setWordWrap(true);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("cellExamplesList"));
    list_->setAccessibleName(tr("Examples of the chosen cell"));
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setToolTip(tr("The examples of the chosen cell (index in the evaluated split). "
                         "Pick one to see the network's output for it."));
}

void MisclassifiedBrowser::makeOutputView()
{
    plot_ = makePlot(this);
    plot_->setObjectName(QStringLiteral("classOutputPlot"));
    setPlotExportName(plot_, tr("Output for the example"));
    plot_->setMinimumHeight(150);
    plot_->setToolTip(tr("The network's output h_k = a(L)_k for the chosen example, one bar "
                         "per class; the prediction is the largest."));
    plot_->yAxis->setLabel(tr("output h_k"));
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    exampleImage_ = new QLabel(this);
    exampleImage_->setObjectName(QStringLiteral("exampleImage"));
    exampleImage_->setAlignment(Qt::AlignCenter);
    exampleImage_->setToolTip(tr("The chosen example as loaded (before normalisation)"));
    exampleImage_->hide();
    exampleCaption_ = new QLabel(this);
    exampleCaption_->setObjectName(QStringLiteral("exampleCaption"));
    exampleCaption_->setWordWrap(true);
}

void MisclassifiedBrowser::layOut()
{
    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(cellCaption_);
    listLayout->addWidget(list_, 1);
    auto* plotBox = new QWidget(this);
    auto* plotLayout = new QVBoxLayout(plotBox);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    auto* plotRow = new QHBoxLayout;
    plotRow->addWidget(exampleImage_);
    plotRow->addWidget(plot_, 1);
    plotLayout->addLayout(plotRow, 1);
    plotLayout->addWidget(exampleCaption_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(listBox);
    splitter->addWidget(plotBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption_);
    layout->addWidget(splitter, 1);
}

void MisclassifiedBrowser::makeSweep()
{
    // A prediction over up to kExampleLimit examples, in slices (ChunkedPrediction): live
    // weight updates coalesce into one sweep per 250 ms at most, and fewer for a sweep that
    // takes long (ChunkedPrediction::restMs).
    sweep_ = new ChunkedPrediction(this);
    connect(sweep_, &ChunkedPrediction::finished, this, &MisclassifiedBrowser::showPredictions);
    timer_ = std::make_unique<LiveUpdateTimer>(this, 250, [this] { updateView(); });
}

void MisclassifiedBrowser::followModel()
{
    connect(model_, &ProjectModel::parametersChanged, this,
            [this] { scheduleUpdate(UpdateCause::Weights); });
    connect(model_, &ProjectModel::architectureChanged, this,
            [this] { scheduleUpdate(UpdateCause::User); });
    connect(model_, &ProjectModel::datasetChanged, this, [this] {
        cellActual_ = cellPredicted_ = -1; // indices refer to the old data
        chosen_ = -1;
        scheduleUpdate(UpdateCause::User);
    });
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes) {
        if (changes & DataChanged) {
            cellActual_ = cellPredicted_ = -1;
            chosen_ = -1;
        }
        scheduleUpdate(UpdateCause::User);
    });
}

void MisclassifiedBrowser::connectControls()
{
    connect(table_, &QTableWidget::cellClicked, this, &MisclassifiedBrowser::selectCell);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectExample(row);
    });
}

void MisclassifiedBrowser::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        scheduleUpdate(UpdateCause::User);
}

void MisclassifiedBrowser::scheduleUpdate(UpdateCause cause)
{
    timer_->schedule(cause);
}

const bp::Dataset* MisclassifiedBrowser::evaluatedSplit() const
{
    const bp::DataSplit& split = model_->split();
    return split.validation.size() > 0 ? &split.validation : &split.train;
}

void MisclassifiedBrowser::updateView()
{
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    const bp::Architecture& arch = model_->architecture();
    const bp::Dataset& data = *evaluatedSplit();
    if (sweep_->isRunning()) {
        if (sweep_->evaluates(arch, data.features)) {
            dirty_ = true; // newer weights: evaluated when this sweep has shown its result
            return;
        }
        sweep_->cancel(); // other data or another network: the sweep's result is moot
    }
    dirty_ = false;
    if (data.task() != bp::TaskKind::Classification || data.size() == 0 ||
        model_->parameters().size() != arch.parameterCount()) {
        splitName_.clear();
        counts_.resize(0, 0);
        predicted_.clear();
        table_->clear();
        table_->setRowCount(0);
        table_->setColumnCount(0);
        list_->clear();
        cellExamples_.clear();
        clearOutputs();
        caption_->setText(tr("The misclassified browser needs classification data."));
        return;
    }
    sweep_->start(bp::Network(arch, model_->parameters()),
                  std::shared_ptr<const bp::Matrix>(model_->sharedSplit(), &data.features),
                  std::min(data.size(), kExampleLimit));
}

void MisclassifiedBrowser::showPredictions()
{
    const bp::Dataset& data = *evaluatedSplit();
    const bp::Architecture& arch = model_->architecture();
    if (!sweep_->evaluates(arch, data.features)) {
        updateView(); // the data or the network changed during the sweep
        return;
    }
    // An identifier, not a word: each sentence below is whole for either split.
    splitName_ = &data == &model_->split().validation ? QStringLiteral("validation")
                                                      : QStringLiteral("training");
    outputs_ = sweep_->outputs();
    const bp::Index m = outputs_.cols();
    predicted_ = bp::predictedClasses(outputs_);
    const std::vector<int> actual(data.labels.begin(), data.labels.begin() + m);
    const int classes = std::max(data.classCount(), std::max(2, arch.outputSize()));
    counts_ = bp::confusionMatrix(predicted_, actual, classes);

    const long correct = counts_.trace();
    QString text =
        (onValidation() ? tr("Confusion matrix of the validation split: %1 examples, %2 % "
                             "correct. Rows: actual class; columns: predicted.")
                        : tr("Confusion matrix of the training split: %1 examples, %2 % "
                             "correct. Rows: actual class; columns: predicted."))
            .arg(m)
            .arg(100.0 * static_cast<double>(correct) / static_cast<double>(m), 0, 'f', 1);
    if (data.size() > m)
        text += tr(" (The first %1 of %2 examples, for speed.)").arg(m).arg(data.size());
    caption_->setText(text);
    fillTable(data);

    if (cellActual_ >= classes || cellPredicted_ >= classes)
        cellActual_ = cellPredicted_ = -1;
    if (cellActual_ < 0) {
        // Start on the most frequent mistake: that is what people open this view to see.
        int bestCount = 0;
        for (int i = 0; i < classes; ++i) {
            for (int j = 0; j < classes; ++j) {
                if (i != j && counts_(i, j) > bestCount) {
                    bestCount = counts_(i, j);
                    cellActual_ = i;
                    cellPredicted_ = j;
                }
            }
        }
    }
    fillCellList();
    timer_->setRestMs(sweep_->restMs(timer_->floorMs())); // sweeps take ≤ 2 % of a core
    if (dirty_)
        scheduleUpdate(UpdateCause::Weights);
}

void MisclassifiedBrowser::fillTable(const bp::Dataset& data)
{
    const int classes = static_cast<int>(counts_.rows());
    table_->clear();
    table_->setRowCount(classes);
    table_->setColumnCount(classes);
    QStringList names;
    for (int k = 0; k < classes; ++k)
        names << QString::fromStdString(data.className(k));
    table_->setVerticalHeaderLabels(names);
    table_->setHorizontalHeaderLabels(names);
    for (int i = 0; i < classes; ++i) {
        const int rowTotal = counts_.row(i).sum();
        for (int j = 0; j < classes; ++j) {
            const int n = counts_(i, j);
            const double share = rowTotal > 0 ? static_cast<double>(n) / rowTotal : 0.0;
            auto* item = new QTableWidgetItem(QString::number(n));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(blendWithWhite(i == j ? correctColor() : negativeColor(),
                                               n == 0 ? 0.0 : 0.15 + 0.75 * share));
            item->setToolTip(tr("actual %1, predicted %2: %3 examples (%4 % of actual %1)")
                                 .arg(names[i], names[j])
                                 .arg(n)
                                 .arg(100.0 * share, 0, 'f', 1));
            table_->setItem(i, j, item);
        }
    }
    // As tall as its rows and no taller, so the splitter hands the spare height to the list.
    table_->setMaximumHeight(table_->horizontalHeader()->height() +
                             table_->verticalHeader()->length() + 2 * table_->frameWidth() + 2);
}

void MisclassifiedBrowser::selectCell(int actual, int predicted)
{
    const int classes = static_cast<int>(counts_.rows());
    if (actual < 0 || predicted < 0 || actual >= classes || predicted >= classes)
        return;
    if (actual != cellActual_ || predicted != cellPredicted_)
        chosen_ = -1;
    cellActual_ = actual;
    cellPredicted_ = predicted;
    fillCellList();
}

void MisclassifiedBrowser::fillCellList()
{
    const QSignalBlocker blocker(list_); // rebuilding must not re-announce the example
    list_->clear();
    cellExamples_.clear();
    if (cellActual_ < 0) {
        cellCaption_->setText(tr("No mistakes to show. Click a cell to list its examples."));
        clearOutputs();
        return;
    }
    if (table_->currentRow() != cellActual_ || table_->currentColumn() != cellPredicted_)
        table_->setCurrentCell(cellActual_, cellPredicted_);
    const bp::Dataset& data = *evaluatedSplit();
    for (std::size_t i = 0; i < predicted_.size(); ++i) {
        if (data.labels[i] == cellActual_ && predicted_[i] == cellPredicted_)
            cellExamples_.push_back(static_cast<bp::Index>(i));
    }
    const bool images = data.isImage();
    list_->setViewMode(images ? QListView::IconMode : QListView::ListMode);
    list_->setIconSize(images ? QSize(kThumbnailPixels, kThumbnailPixels) : QSize());
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    const int shown = std::min<int>(static_cast<int>(cellExamples_.size()), kListLimit);
    int chosenRow = -1;
    for (int r = 0; r < shown; ++r) {
        const bp::Index column = cellExamples_[static_cast<std::size_t>(r)];
        const double confidence = outputs_.rows() > 1
                                      ? outputs_(cellPredicted_, column)
                                      : std::max(outputs_(0, column), 1.0 - outputs_(0, column));
        auto* item = new QListWidgetItem(list_);
        item->setData(Qt::UserRole, static_cast<qlonglong>(column));
        item->setToolTip((onValidation() ? tr("Validation example %1: h of the predicted class = %2")
                                         : tr("Training example %1: h of the predicted class = %2"))
                             .arg(column)
                             .arg(confidence, 0, 'f', 3));
        if (images) {
            item->setIcon(QIcon(enlargedPixmap(exampleImage(data, model_->normalization(), column),
                                               kThumbnailPixels)));
            item->setText(QStringLiteral("#%1").arg(column));
        } else {
            item->setText(tr("#%1   h = %2").arg(column).arg(confidence, 0, 'f', 3));
        }
        if (column == chosen_)
            chosenRow = r;
    }
    QString text = tr("Actual %1, predicted %2: %3 examples")
                       .arg(QString::fromStdString(data.className(cellActual_)),
                            QString::fromStdString(data.className(cellPredicted_)))
                       .arg(cellExamples_.size());
    if (static_cast<int>(cellExamples_.size()) > shown)
        text += tr(" (the first %1 listed)").arg(shown);
    cellCaption_->setText(text + QLatin1Char('.'));
    if (chosenRow >= 0) {
        list_->setCurrentRow(chosenRow);
        showOutputs(chosen_); // the same example, new weights
    } else {
        chosen_ = -1;
        clearOutputs();
    }
}

void MisclassifiedBrowser::selectExample(int row)
{
    if (row < 0 || row >= list_->count())
        return;
    const bp::Index column = list_->item(row)->data(Qt::UserRole).toLongLong();
    chosen_ = column;
    if (list_->currentRow() != row) {
        const QSignalBlocker blocker(list_);
        list_->setCurrentRow(row);
    }
    showOutputs(column);
    const bp::Vector x = evaluatedSplit()->features.col(column);
    emit exampleSelected(x, static_cast<int>(column));
}

void MisclassifiedBrowser::clearOutputs()
{
    plot_->clearPlottables();
    plot_->legend->setVisible(false);
    exampleImage_->hide();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    exampleCaption_->setText(tr("Pick an example to see the network's output per class."));
}

void MisclassifiedBrowser::showOutputs(bp::Index column)
{
    const bp::Dataset& data = *evaluatedSplit();
    plot_->clearPlottables();
    const int outputs = static_cast<int>(outputs_.rows());
    const int actual = data.labels[static_cast<std::size_t>(column)];
    const int predicted = predicted_[static_cast<std::size_t>(column)];

    // Three bar sets, so the legend can say which colour is which.
    auto* others = new QCPBars(plot_->xAxis, plot_->yAxis);
    auto* actualBar = new QCPBars(plot_->xAxis, plot_->yAxis);
    auto* wrongBar = new QCPBars(plot_->xAxis, plot_->yAxis);
    others->setName(tr("other classes"));
    actualBar->setName(tr("actual class"));
    wrongBar->setName(tr("predicted (wrong)"));
    others->setBrush(blendWithWhite(positiveColor(), 0.45));
    actualBar->setBrush(correctColor());
    wrongBar->setBrush(negativeColor());
    for (QCPBars* bars : {others, actualBar, wrongBar}) {
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.7);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < outputs; ++k) {
        const double h = outputs_(k, column);
        // One sigmoid output is P(class 1): its bar belongs to class 1.
        const int cls = outputs == 1 ? 1 : k;
        QCPBars* bars = cls == actual ? actualBar : cls == predicted ? wrongBar : others;
        bars->addData(k, h);
        ticker->addTick(k, outputs == 1 ? tr("P(%1)").arg(QString::fromStdString(data.className(1)))
                                        : QString::fromStdString(data.className(k)));
    }
    plot_->legend->clearItems();
    for (QCPBars* bars : {actualBar, wrongBar, others}) {
        if (!bars->data()->isEmpty())
            bars->addToLegend();
    }
    plot_->legend->setVisible(true);
    plot_->xAxis->setTicker(ticker);
    int longest = 0;
    for (int k = 0; k < outputs; ++k)
        longest =
            std::max(longest, static_cast<int>(QString::fromStdString(data.className(k)).size()));
    // Long class names only fit side by side when there are few of them.
    plot_->xAxis->setTickLabelRotation(outputs * longest > 30 ? 40 : 0);
    plot_->xAxis->setRange(-0.6, outputs - 0.4);
    const double top = std::max(1.0, outputs_.col(column).maxCoeff());
    plot_->yAxis->setRange(std::min(0.0, outputs_.col(column).minCoeff()), top * 1.05);
    plot_->replot(QCustomPlot::rpQueuedReplot);

    if (data.isImage()) {
        exampleImage_->setPixmap(enlargedPixmap(exampleImage(data, model_->normalization(), column),
                                                2 * kThumbnailPixels));
        exampleImage_->show();
    } else {
        exampleImage_->hide();
    }
    exampleCaption_->setText(
        (onValidation() ? tr("Validation example %1: actual <b>%2</b>, predicted <b>%3</b> "
                             "(h = %4).")
                        : tr("Training example %1: actual <b>%2</b>, predicted <b>%3</b> "
                             "(h = %4)."))
            .arg(column)
            .arg(QString::fromStdString(data.className(actual)),
                 QString::fromStdString(data.className(predicted)))
            .arg(outputs == 1 ? outputs_(0, column) : outputs_(predicted, column), 0, 'f', 3));
}

} // namespace bpui

#include "views/data/datapreview.h"
#include "views/plots/plotregistry.h"

#include "views/plots/colormaps.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace bpui {

DataPreview::DataPreview(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    scatter_ = makePlot(this);
    scatter_->setObjectName(QStringLiteral("dataScatter"));
    setPlotExportName(scatter_, tr("Data"));
    scatter_->setAccessibleDescription(
        tr("The loaded examples by their first two inputs, coloured by class."));
    scatter_->setMinimumHeight(180);
    scatter_->xAxis->setLabel(QStringLiteral("x₁"));
    scatter_->yAxis->setLabel(QStringLiteral("x₂"));
    images_ = new QLabel(this);
    images_->setObjectName(QStringLiteral("dataImages"));
    images_->setAlignment(Qt::AlignCenter);
    layout->addWidget(scatter_);
    layout->addWidget(images_);
    scatter_->hide();
    images_->hide();
}

void DataPreview::showDataset(const bp::Dataset& data)
{
    scatterPoints_ = 0;
    scatter_->hide();
    images_->hide();
    if (data.isImage())
        showImages(data);
    else if (data.featureCount() == 2)
        showScatter(data);
}

void DataPreview::showScatter(const bp::Dataset& data)
{
    scatter_->clearGraphs();
    const bool classes = data.task() == bp::TaskKind::Classification;
    const int groups = classes ? std::max(1, data.classCount()) : 1;
    std::vector<QVector<double>> xs(static_cast<std::size_t>(groups));
    std::vector<QVector<double>> ys(static_cast<std::size_t>(groups));
    for (bp::Index i = 0; i < data.size(); ++i) {
        const int g = classes && !data.labels.empty()
                          ? std::clamp(data.labels[static_cast<std::size_t>(i)], 0, groups - 1)
                          : 0;
        xs[static_cast<std::size_t>(g)].push_back(data.features(0, i));
        ys[static_cast<std::size_t>(g)].push_back(data.features(1, i));
    }
    for (int g = 0; g < groups; ++g) {
        QCPGraph* graph = scatter_->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = classColor(g);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 4));
        // Not "already sorted": a graph sorts by key, and rescaleAxes takes a sorted
        // container's first and last keys as its range (with unsorted points, x was [0, 1]
        // and a whole spiral arm at x < 0 was off the plot).
        graph->setData(xs[static_cast<std::size_t>(g)], ys[static_cast<std::size_t>(g)], false);
        scatterPoints_ += static_cast<int>(xs[static_cast<std::size_t>(g)].size());
    }
    scatter_->rescaleAxes();
    // A margin, so the outermost points are drawn whole rather than cut by the axes.
    scatter_->xAxis->scaleRange(1.05);
    scatter_->yAxis->scaleRange(1.05);
    scatter_->replot(QCustomPlot::rpQueuedReplot);
    scatter_->show();
}

QImage DataPreview::exampleImage(const bp::Dataset& data, bp::Index i)
{
    QImage image(data.imageWidth, data.imageHeight, QImage::Format_Grayscale8);
    for (int y = 0; y < data.imageHeight; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < data.imageWidth; ++x) {
            const double v = data.features(static_cast<bp::Index>(y) * data.imageWidth + x, i);
            line[x] = static_cast<uchar>(std::clamp(v, 0.0, 1.0) * 255.0 + 0.5);
        }
    }
    return image;
}

void DataPreview::showImages(const bp::Dataset& data)
{
    constexpr int kColumns = 8;
    constexpr int kRows = 3;
    constexpr int kCell = 40;
    QPixmap grid(kColumns * kCell, kRows * kCell);
    grid.fill(Qt::black);
    QPainter painter(&grid);
    const bp::Index shown = std::min<bp::Index>(data.size(), kColumns * kRows);
    for (bp::Index i = 0; i < shown; ++i) {
        const QRect cell(static_cast<int>(i % kColumns) * kCell,
                         static_cast<int>(i / kColumns) * kCell, kCell, kCell);
        painter.drawImage(cell.adjusted(2, 2, -2, -2), exampleImage(data, i));
        if (!data.labels.empty() && data.classCount() > 0) {
            const int label = data.labels[static_cast<std::size_t>(i)];
            painter.setPen(classColor(label));
            painter.drawText(
                cell.adjusted(3, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                QString::fromStdString(data.classNames[static_cast<std::size_t>(label)]));
        }
    }
    painter.end();
    images_->setPixmap(grid);
    images_->show();
}

} // namespace bpui

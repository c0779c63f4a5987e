#include "views/teaching/hiddenunitgallery.h"

#include "views/plots/colormaps.h"
#include "views/data/imagethumbnail.h"
#include "session/livethrottle.h"
#include "session/projectmodel.h"

#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bpui {

namespace {

QListWidget* makeIconList(const QString& name, int iconPixels, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setViewMode(QListView::IconMode);
    list->setMovement(QListView::Static);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setIconSize(QSize(iconPixels, iconPixels));
    list->setSpacing(2);
    return list;
}

} // namespace

HiddenUnitGallery::HiddenUnitGallery(ProjectModel* model, QWidget* parent)
    : QWidget(parent), model_(model)
{
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("hiddenUnitCaption"));
    caption_->setWordWrap(true);

    grid_ = makeIconList(QStringLiteral("hiddenUnitGrid"), kUnitPixels, this);
    grid_->setAccessibleName(tr("Hidden units"));
    grid_->setToolTip(tr("Each tile is one first-hidden-layer unit j: its incoming weights "
                         "Θ(1)ⱼ,₁…ₙ (bias left out) laid out as the input image. Blue pixels "
                         "push a(2)ⱼ up, orange-red ones push it down; each tile is scaled to "
                         "its own ±max |w|. Click a tile to see the images that excite it."));

    topCaption_ =
        new QLabel(tr("Click a unit to list the training images that excite it most."), this);
    topCaption_->setObjectName(QStringLiteral("topImagesCaption"));
    topCaption_->setWordWrap(true);
    topList_ = makeIconList(QStringLiteral("topImagesList"), kThumbnailPixels, this);
    topList_->setAccessibleName(tr("Images that activate the unit most"));
    topList_->setToolTip(tr("Training images with the highest activation a(2)ⱼ of the chosen "
                            "unit, highest first, with their label and activation"));
    topList_->setSelectionMode(QAbstractItemView::NoSelection);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(topCaption_);
    bottomLayout->addWidget(topList_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(grid_);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption_);
    layout->addWidget(splitter, 1);

    // Weights arrive at up to ~30 Hz during training: coalesce into one redraw per 100 ms, or
    // fewer when a redraw is slow (livethrottle.h).
    timer_ = std::make_unique<LiveUpdateTimer>(
        this, 100, [this] { timer_->runTimed([this] { updateGallery(); }); });
    connect(model_, &ProjectModel::parametersChanged, this,
            [this] { scheduleUpdate(UpdateCause::Weights); });
    connect(model_, &ProjectModel::datasetChanged, this, [this] {
        selected_ = -1; // training indices refer to the old data
        grid_->setCurrentRow(-1);
        scheduleUpdate(UpdateCause::User);
    });
    connect(model_, &ProjectModel::architectureChanged, this,
            [this] { scheduleUpdate(UpdateCause::User); });
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes) {
        if (changes & DataChanged) {
            selected_ = -1;
            grid_->setCurrentRow(-1);
        }
        scheduleUpdate(UpdateCause::User);
    });
    connect(grid_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != selected_)
            selectUnit(row);
    });
    updateGallery();
}

void HiddenUnitGallery::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        scheduleUpdate(UpdateCause::User);
}

void HiddenUnitGallery::scheduleUpdate(UpdateCause cause)
{
    timer_->schedule(cause);
}

bool HiddenUnitGallery::hasImages() const
{
    const bp::Dataset& data = model_->dataset();
    return data.isImage() && model_->architecture().layerCount() >= 3 &&
           static_cast<bp::Index>(data.imageWidth) * data.imageHeight == data.featureCount();
}

int HiddenUnitGallery::unitCount() const
{
    return hasImages() ? model_->architecture().layerSizes[1] : 0;
}

QImage HiddenUnitGallery::unitImage(int unit) const
{
    if (unit < 0 || unit >= unitCount())
        return {};
    const bp::Dataset& data = model_->dataset();
    const bp::ConstMatrixMap theta = bp::thetaView(model_->architecture(), model_->parameters(), 0);
    const int w = data.imageWidth;
    const int h = data.imageHeight;
    double range = 0.0;
    for (int k = 0; k < w * h; ++k)
        range = std::max(range, std::abs(theta(unit, k + 1)));
    range = std::max(range, 1e-12); // a zero row is drawn white, not NaN grey
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = divergingColor(theta(unit, 1 + y * w + x) / range).rgb();
    }
    return image;
}

void HiddenUnitGallery::updateGallery()
{
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    dirty_ = false;
    const bp::Dataset& data = model_->dataset();
    if (!hasImages()) {
        grid_->clear();
        topList_->clear();
        top_.clear();
        selected_ = -1;
        caption_->setText(!data.isImage()
                              ? tr("The hidden-unit gallery needs image data (for example "
                                   "MNIST or Fashion-MNIST loaded from IDX files).")
                              : tr("The hidden-unit gallery needs a hidden layer."));
        topCaption_->clear();
        return;
    }
    const int units = unitCount();
    caption_->setText(tr("%1 first-hidden-layer units, each drawn as its %2 × %3 incoming "
                         "weights (blue +, orange-red −, each tile on its own scale).")
                          .arg(units)
                          .arg(data.imageWidth)
                          .arg(data.imageHeight));
    if (grid_->count() != units) {
        grid_->clear();
        for (int j = 0; j < units; ++j) {
            auto* item = new QListWidgetItem(QString::number(j + 1), grid_);
            item->setData(Qt::UserRole, j);
            item->setToolTip(tr("Hidden unit %1 (row %1 of Θ(1))").arg(j + 1));
        }
        if (selected_ >= units)
            selected_ = -1;
    }
    for (int j = 0; j < units; ++j)
        grid_->item(j)->setIcon(QIcon(enlargedPixmap(unitImage(j), kUnitPixels)));
    updateTopImages();
}

void HiddenUnitGallery::selectUnit(int unit)
{
    if (unit < 0 || unit >= unitCount())
        return;
    selected_ = unit;
    if (grid_->currentRow() != unit && unit < grid_->count())
        grid_->setCurrentRow(unit);
    updateTopImages();
    emit unitSelected(unit);
}

void HiddenUnitGallery::updateTopImages()
{
    topList_->clear();
    top_.clear();
    if (selected_ < 0 || selected_ >= unitCount()) {
        topCaption_->setText(tr("Click a unit to list the training images that excite it most."));
        return;
    }
    const bp::Dataset& train = model_->split().train;
    const bp::Index m = std::min(train.size(), kExampleLimit);
    if (m == 0)
        return;
    const bp::Architecture& arch = model_->architecture();
    const bp::ConstMatrixMap theta = bp::thetaView(arch, model_->parameters(), 0);
    // Only unit j's row is needed: z(2)_j = Θ(1)_{j,0} + Θ(1)_{j,1..n} · x, one GEMV over the
    // examples instead of a full forward pass, so it keeps up with live training.
    bp::Matrix z(1, m);
    z.noalias() = theta.row(selected_).tail(theta.cols() - 1) * train.features.leftCols(m);
    z.array() += theta(selected_, 0);
    bp::Matrix a(1, m);
    bp::activate(arch.activations[0], z, a);

    std::vector<bp::Index> order(static_cast<std::size_t>(m));
    std::iota(order.begin(), order.end(), bp::Index(0));
    const int count = static_cast<int>(std::min<bp::Index>(kTopCount, m));
    std::partial_sort(order.begin(), order.begin() + count, order.end(),
                      [&a](bp::Index p, bp::Index q) { return a(0, p) > a(0, q); });
    for (int r = 0; r < count; ++r) {
        TopExample example;
        example.index = order[static_cast<std::size_t>(r)];
        example.activation = a(0, example.index);
        const auto column = static_cast<std::size_t>(example.index);
        example.label = column < train.labels.size() ? train.labels[column] : -1;
        top_.push_back(example);

        QString label = QString::number(example.label);
        if (example.label >= 0 && example.label < train.classCount())
            label =
                QString::fromStdString(train.classNames[static_cast<std::size_t>(example.label)]);
        const QImage image = exampleImage(train, model_->normalization(), example.index);
        auto* item = new QListWidgetItem(
            QIcon(enlargedPixmap(image, kThumbnailPixels)),
            QStringLiteral("%1\n%2").arg(label).arg(example.activation, 0, 'f', 3), topList_);
        item->setData(Qt::UserRole, static_cast<qlonglong>(example.index));
        item->setData(Qt::UserRole + 1, example.activation);
        item->setToolTip(tr("Training example %1, label %2, a(2)_%3 = %4")
                             .arg(example.index)
                             .arg(label)
                             .arg(selected_ + 1)
                             .arg(example.activation, 0, 'g', 6));
    }
    QString text = tr("Unit %1: the %2 training images with the highest activation a(2)_%1")
                       .arg(selected_ + 1)
                       .arg(count);
    if (train.size() > m)
        text +=
            tr(" (among the first %1 of %2 training examples, for speed)").arg(m).arg(train.size());
    topCaption_->setText(text + QLatin1Char('.'));
}

} // namespace bpui

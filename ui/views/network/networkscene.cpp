#include "views/network/networkscene.h"

#include "session/displaynames.h"

#include "views/plots/colormaps.h"
#include "views/network/networkitems.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bpui {

namespace {

constexpr double kSpacing = 34.0; // between unit centres in a column
constexpr double kRadius = 11.0;
constexpr double kColumnGap = 210.0;
constexpr double kBlockWidth = 60.0;
constexpr double kBlockHeight = 360.0;

struct LinkStats
{
    double signedValue = 0.0; // the weight, or the mean of a summary
    double magnitude = 0.0;   // |weight|, or the RMS of a summary
    double maxAbs = 0.0;
    long count = 0;
};

LinkStats statsOf(const bp::ConstMatrixMap& theta, int row, int column)
{
    const int r0 = row < 0 ? 0 : row;
    const int nr = row < 0 ? static_cast<int>(theta.rows()) : 1;
    const int c0 = column < 0 ? 1 : column; // "all columns" means the non-bias weights
    const int nc = column < 0 ? static_cast<int>(theta.cols()) - 1 : 1;
    const bp::Matrix values = theta.block(r0, c0, nr, nc);
    LinkStats s;
    s.count = static_cast<long>(values.size());
    if (s.count == 0)
        return s;
    s.signedValue = values.mean();
    s.magnitude = std::sqrt(values.squaredNorm() / static_cast<double>(s.count));
    s.maxAbs = values.cwiseAbs().maxCoeff();
    return s;
}

QGraphicsSimpleTextItem* centredText(QGraphicsScene* scene, const QString& text, QPointF centre,
                                     double pointSize, bool bold = false)
{
    auto* item = scene->addSimpleText(text);
    QFont font = item->font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    item->setFont(font);
    const QRectF box = item->boundingRect();
    item->setPos(centre - QPointF(box.width() / 2.0, box.height() / 2.0));
    item->setData(kRoleKind, QStringLiteral("label"));
    return item;
}

/// "x₁" … "xₙ" with Unicode subscript digits.
QString netSceneSubscriptName(int n)
{
    QString digits = QString::number(n);
    for (QChar& c : digits)
        c = QChar(0x2080 + c.digitValue());
    return QStringLiteral("x") + digits;
}

constexpr auto kInputLabelKind = "inputLabel";

} // namespace

NetworkScene::NetworkScene(QObject* parent) : QGraphicsScene(parent) {}

QStringList NetworkScene::drawnInputLabels() const
{
    QStringList out;
    for (QGraphicsItem* item : items(Qt::AscendingOrder))
        if (item->data(kRoleColumn).toString() == QLatin1String(kInputLabelKind))
            out.append(static_cast<QGraphicsSimpleTextItem*>(item)->text());
    return out;
}

QPointF NetworkScene::unitCentre(int layer, int unit) const
{
    const Column& c = columns_[static_cast<std::size_t>(layer)];
    return {c.x, (unit - (c.units - 1) / 2.0) * kSpacing};
}

QPointF NetworkScene::blockAnchor(int layer, bool incoming, int index, int count) const
{
    const QRectF& r = columns_[static_cast<std::size_t>(layer)].blockRect;
    return {incoming ? r.left() : r.right(), r.top() + r.height() * (index + 1) / (count + 1)};
}

void NetworkScene::highlight(int layer, const QString& part)
{
    if (highlight_ != nullptr) {
        removeItem(highlight_);
        delete highlight_;
        highlight_ = nullptr;
    }
    highlightLayer_ = -1;
    highlightPart_.clear();
    const int L = static_cast<int>(columns_.size());
    const bool weights = part == QLatin1String("weights");
    if (layer < 0 || layer >= L || (weights && layer + 1 >= L))
        return;
    highlightLayer_ = layer;
    highlightPart_ = part;
    const QRectF bounds = itemsBoundingRect();
    const double halfColumn = kRadius + 18.0;
    const double left = columns_[static_cast<std::size_t>(layer)].x - halfColumn;
    const double right = weights ? columns_[static_cast<std::size_t>(layer + 1)].x + halfColumn
                                 : columns_[static_cast<std::size_t>(layer)].x + halfColumn;
    // Forward quantities in amber, backward δ in rose, weights in blue: the same code the
    // inspector's text uses.
    const QColor colour = part == QLatin1String("delta") ? QColor(0xf8, 0xbb, 0xd0, 110)
                          : weights                      ? QColor(0xbb, 0xde, 0xfb, 110)
                                                         : QColor(0xff, 0xe0, 0x82, 130);
    highlight_ = addRect(QRectF(left, bounds.top(), right - left, bounds.height()),
                         QPen(colour.darker(130), 1.5 * lineScale_, Qt::DashLine), QBrush(colour));
    highlight_->setZValue(-10);
    highlight_->setData(kRoleKind, QStringLiteral("highlight"));
}

void NetworkScene::showActivations(const std::vector<bp::Vector>& activations)
{
    shownActivations_ = activations;
    const int L = static_cast<int>(columns_.size());
    for (QGraphicsItem* item : items()) {
        auto* unit = dynamic_cast<UnitItem*>(item);
        if (unit == nullptr)
            continue;
        const int l = unit->layer();
        if (activations.empty() || l >= static_cast<int>(activations.size())) {
            unit->setBrush(l == 0       ? QColor(0xe6, 0xe6, 0xe6)
                           : l == L - 1 ? QColor(0xff, 0xf3, 0xc4)
                                        : QColor(Qt::white));
            continue;
        }
        const bp::Vector& a = activations[static_cast<std::size_t>(l)];
        const double scale = a.size() > 0 ? std::max(a.cwiseAbs().maxCoeff(), 1e-12) : 1.0;
        if (unit->unit() < a.size())
            unit->setBrush(divergingColor(a[unit->unit()] / scale));
    }
}

void NetworkScene::setNetwork(const bp::Architecture& arch, const bp::Vector& params)
{
    shownActivations_.clear();
    highlight_ = nullptr; // clear() below deletes it
    highlightLayer_ = -1;
    highlightPart_.clear();
    clear();
    columns_.clear();
    links_.clear();
    arch_ = arch;
    params_ = params;
    const int L = arch.layerCount();
    if (L < 2) {
        centredText(this, tr("No network yet: load data first."), {0, 0}, 11 * lineScale_);
        setSceneRect(itemsBoundingRect());
        return;
    }
    double bottom = 0.0;
    for (int l = 0; l < L; ++l) {
        Column c;
        c.x = l * kColumnGap;
        c.units = arch.layerSizes[static_cast<std::size_t>(l)];
        c.block = isBlock(c.units);
        double top = 0.0;
        if (c.block) {
            c.blockRect =
                QRectF(c.x - kBlockWidth / 2, -kBlockHeight / 2, kBlockWidth, kBlockHeight);
            top = c.blockRect.top();
        } else {
            top = -(c.units - 1) / 2.0 * kSpacing - kRadius;
        }
        bottom = std::max(bottom, -top);
        c.bias = QPointF(c.x, top - 0.9 * kSpacing);
        columns_.push_back(c);
    }

    links_.resize(static_cast<std::size_t>(arch.thetaCount()));
    for (int t = 0; t < arch.thetaCount(); ++t)
        addLinks(t);

    const QPen outline(QColor(0x42, 0x42, 0x42), 1.2 * lineScale_);
    for (int l = 0; l < L; ++l) {
        const Column& c = columns_[static_cast<std::size_t>(l)];
        const QColor fill = l == 0 ? QColor(0xe6, 0xe6, 0xe6)
                                   : (l == L - 1 ? QColor(0xff, 0xf3, 0xc4) : QColor(Qt::white));
        if (c.block) {
            QPainterPath path;
            path.addRoundedRect(c.blockRect, 10, 10);
            QGraphicsPathItem* block = addPath(path, outline, fill);
            block->setData(kRoleKind, QStringLiteral("block"));
            block->setData(kRoleLayer, l);
            block->setData(kRoleRow, c.units);
            block->setToolTip(tr("Layer %1: %2 units, drawn as one block (more than %3 units). "
                                 "Its links are summaries: hover them for the mean and RMS of "
                                 "the weights they stand for.")
                                  .arg(l + 1)
                                  .arg(c.units)
                                  .arg(kBlockThreshold));
            centredText(this, tr("%1\nunits").arg(c.units), c.blockRect.center(), 11 * lineScale_, true);
        } else {
            for (int u = 0; u < c.units; ++u) {
                const QPointF centre = unitCentre(l, u);
                auto* unit = new UnitItem(
                    l, u,
                    QRectF(centre.x() - kRadius, centre.y() - kRadius, 2 * kRadius, 2 * kRadius));
                unit->setPen(outline);
                unit->setBrush(fill);
                addItem(unit);
                if (l == 0) {
                    // What the unit holds: a computed feature's formula (x₁²) or xᵤ.
                    const QString name = u < inputLabels_.size() ? inputLabels_[u]
                                                                 : netSceneSubscriptName(u + 1);
                    QGraphicsSimpleTextItem* label =
                        centredText(this, name, centre, 9 * lineScale_);
                    const QRectF box = label->boundingRect(); // right-aligned, left of the unit
                    label->setPos(centre.x() - kRadius - 6 - box.width(),
                                  centre.y() - box.height() / 2.0);
                    label->setData(kRoleColumn, QString::fromLatin1(kInputLabelKind));
                    label->setData(kRoleRow, u);
                }
            }
        }
        if (l < L - 1) {
            QGraphicsRectItem* bias = addRect(QRectF(c.bias.x() - 10, c.bias.y() - 10, 20, 20),
                                              outline, QColor(0xf0, 0xf0, 0xf0));
            bias->setData(kRoleKind, QStringLiteral("bias"));
            bias->setData(kRoleLayer, l);
            bias->setToolTip(tr("Bias unit of layer %1: always +1. Its weights into layer %2 are "
                                "column 0 of Θ(%1).")
                                 .arg(l + 1)
                                 .arg(l + 2));
            centredText(this, QStringLiteral("+1"), c.bias, 7 * lineScale_);
        }
        const QString kind = l == 0 ? tr("input") : (l == L - 1 ? tr("output") : tr("hidden"));
        QString detail = tr("%n unit(s)", nullptr, c.units);
        if (l > 0)
            detail += QStringLiteral(" · ") +
                      DisplayNames::activation(arch.activations[static_cast<std::size_t>(l - 1)]);
        centredText(this, tr("Layer %1 · %2\n%3").arg(l + 1).arg(kind, detail),
                    QPointF(c.x, bottom + 34), 9 * lineScale_);
    }
    restyleLinks();
    setSceneRect(itemsBoundingRect().adjusted(-16, -16, 16, 16));
}

void NetworkScene::addLinks(int t)
{
    const Column& src = columns_[static_cast<std::size_t>(t)];
    const Column& dst = columns_[static_cast<std::size_t>(t + 1)];
    std::vector<LinkItem*>& links = links_[static_cast<std::size_t>(t)];
    auto add = [&](int row, int column, QPointF from, QPointF to) {
        auto* link = new LinkItem(t, row, column, QLineF(from, to));
        addItem(link);
        links.push_back(link);
    };
    const int cols = src.units + 1;
    if (!src.block && !dst.block) {
        for (int r = 0; r < dst.units; ++r)
            for (int c = 0; c < cols; ++c)
                add(r, c, c == 0 ? src.bias : unitCentre(t, c - 1), unitCentre(t + 1, r));
    } else if (src.block && !dst.block) {
        for (int r = 0; r < dst.units; ++r) {
            add(r, 0, src.bias, unitCentre(t + 1, r));
            add(r, -1, blockAnchor(t, false, r, dst.units), unitCentre(t + 1, r));
        }
    } else if (!src.block) {
        for (int c = 0; c < cols; ++c)
            add(-1, c, c == 0 ? src.bias : unitCentre(t, c - 1), blockAnchor(t + 1, true, c, cols));
    } else {
        add(-1, 0, src.bias, blockAnchor(t + 1, true, 0, 2));
        add(-1, -1, blockAnchor(t, false, 0, 1), blockAnchor(t + 1, true, 1, 2));
    }
}

void NetworkScene::setParameters(const bp::Vector& params)
{
    // The model announces a new architecture before its new weights: accept any vector that
    // fits the architecture drawn, whatever the previous one was.
    if (params.size() != arch_.parameterCount())
        return; // a different architecture: setNetwork() follows
    params_ = params;
    restyleLinks();
}

void NetworkScene::restyleLinks()
{
    if (params_.size() != arch_.parameterCount())
        return;
    for (int t = 0; t < static_cast<int>(links_.size()); ++t) {
        const bp::ConstMatrixMap theta = bp::thetaView(arch_, std::as_const(params_), t);
        std::vector<LinkStats> stats;
        stats.reserve(links_[static_cast<std::size_t>(t)].size());
        double largest = 0.0;
        for (const LinkItem* link : links_[static_cast<std::size_t>(t)]) {
            stats.push_back(statsOf(theta, link->row(), link->column()));
            largest = std::max(largest, stats.back().magnitude);
        }
        if (!(largest > 0.0) || !std::isfinite(largest))
            largest = 1.0;
        // Widths are relative within each Θ: layers with small weights stay readable.
        for (std::size_t i = 0; i < stats.size(); ++i) {
            const double f = std::clamp(stats[i].magnitude / largest, 0.0, 1.0);
            // Opaque colours faded toward the white background instead of translucent ones,
            // and flat caps (the ends lie under the units): antialiased translucent pens take
            // Qt's slow stroking path, 38 ms against 2 ms per repaint of a 2-8-8-1 diagram at
            // 1280 × 720 (bps-guibench N1), redrawn up to 30 times a second while training.
            const QColor base = stats[i].signedValue >= 0.0 ? positiveColor() : negativeColor();
            LinkItem* link = links_[static_cast<std::size_t>(t)][i];
            const double width = link->isSummary() ? 0.8 + 5.2 * f : 0.3 + 3.7 * f;
            link->setPen(QPen(blendWithWhite(base, 0.25 + 0.75 * f), width * lineScale_,
                              Qt::SolidLine, Qt::FlatCap));
        }
    }
}

QString NetworkScene::describeLink(const LinkItem& link) const
{
    if (params_.size() != arch_.parameterCount())
        return {};
    const int t = link.theta();
    const bp::ConstMatrixMap theta = bp::thetaView(arch_, params_, t);
    const int rows = static_cast<int>(theta.rows());
    const int cols = static_cast<int>(theta.cols());
    const LinkStats s = statsOf(theta, link.row(), link.column());
    const QString rowText =
        link.row() < 0 ? QStringLiteral("1…%1").arg(rows) : QString::number(link.row() + 1);
    const QString colText =
        link.column() < 0 ? QStringLiteral("1…%1").arg(cols - 1) : QString::number(link.column());
    const QString name = QStringLiteral("Θ(%1)_{%2,%3}").arg(t + 1).arg(rowText, colText);
    const QString formula = tr("z(%1) = Θ(%2)·[1; a(%2)]").arg(t + 2).arg(t + 1);
    if (!link.isSummary()) {
        const QString what =
            link.column() == 0
                ? tr("bias weight of unit %1 of layer %2").arg(link.row() + 1).arg(t + 2)
                : tr("weight from unit %1 of layer %2 to unit %3 of layer %4")
                      .arg(link.column())
                      .arg(t + 1)
                      .arg(link.row() + 1)
                      .arg(t + 2);
        return tr("%1 = %2\n%3 (%4)").arg(name).arg(s.signedValue, 0, 'g', 5).arg(what, formula);
    }
    QString what;
    if (link.row() >= 0)
        what = tr("the %1 weights into unit %2 of layer %3")
                   .arg(s.count)
                   .arg(link.row() + 1)
                   .arg(t + 2);
    else if (link.column() == 0)
        what = tr("the %1 bias weights of layer %2").arg(s.count).arg(t + 2);
    else if (link.column() > 0)
        what = tr("the %1 weights out of unit %2 of layer %3")
                   .arg(s.count)
                   .arg(link.column())
                   .arg(t + 1);
    else
        what = tr("all %1 non-bias weights of Θ(%2)").arg(s.count).arg(t + 1);
    return tr("%1: %2\nmean %3, RMS %4, max |Θ| %5 (%6)")
        .arg(name, what)
        .arg(s.signedValue, 0, 'g', 4)
        .arg(s.magnitude, 0, 'g', 4)
        .arg(s.maxAbs, 0, 'g', 4)
        .arg(formula);
}

QString NetworkScene::describeUnit(int layer, int unit) const
{
    if (unitDescriber_)
        return unitDescriber_(layer, unit);
    return tr("a(%1)_%2").arg(layer + 1).arg(unit + 1);
}

void NetworkScene::setLineScale(double scale)
{
    if (!(scale > 0.0) || scale == lineScale_)
        return;
    // Unit, bias and block outlines and the highlight band keep their item; links restyle.
    for (QGraphicsItem* item : items()) {
        if (auto* shape = dynamic_cast<QAbstractGraphicsShapeItem*>(item)) {
            QPen pen = shape->pen();
            pen.setWidthF(pen.widthF() * scale / lineScale_);
            shape->setPen(pen);
        }
    }
    // Labels grow with the lines (presentation mode), about their centres.
    for (QGraphicsItem* item : items()) {
        auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
        if (text == nullptr || text->data(kRoleKind).toString() != QLatin1String("label"))
            continue;
        const QPointF centre = text->mapToScene(text->boundingRect().center());
        QFont font = text->font();
        font.setPointSizeF(font.pointSizeF() * scale / lineScale_);
        text->setFont(font);
        text->setPos(centre - QPointF(text->boundingRect().width() / 2.0,
                                      text->boundingRect().height() / 2.0));
    }
    lineScale_ = scale;
    if (hasParameters())
        restyleLinks();
}

} // namespace bpui

#pragma once
// Graphics items of the network diagram. Each carries what it stands for in data roles (so
// tests and tools can find items without friend access) and fetches its tooltip from the
// NetworkScene when hovered, so the text always shows the latest weights and activations.

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>

namespace bpui {

/// QGraphicsItem::data() keys used by the diagram's items.
enum NetworkItemRole
{
    kRoleKind = 0,  // QString: "unit", "bias", "link", "block", "label"
    kRoleLayer = 1, // int: 0-based layer (units, blocks) or 0-based Θ index (links)
    kRoleRow = 2,   // int: links: 0-based row of Θ (−1 = all rows); units: 0-based unit
    kRoleColumn = 3 // int: links: column of Θ, 0 = bias (−1 = all non-bias columns)
};

/// A unit (neuron) of a layer drawn unit by unit.
class UnitItem : public QGraphicsEllipseItem
{
public:
    UnitItem(int layer, int unit, const QRectF& rect);
    int layer() const { return layer_; }
    int unit() const { return unit_; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;

private:
    int layer_;
    int unit_;
};

/// One weight Θ(l)_{ij}, or a summary of many when one end is a block: a whole row (into one
/// unit), a whole column (out of one unit) or the whole matrix.
class LinkItem : public QGraphicsLineItem
{
public:
    /// row or column −1 means "all" (non-bias columns for −1).
    LinkItem(int theta, int row, int column, const QLineF& line);
    int theta() const { return theta_; }
    int row() const { return row_; }
    int column() const { return column_; }
    bool isSummary() const { return row_ < 0 || column_ < 0; }

    /// A wider hit area than the stroke: hairline links must still be hoverable.
    QPainterPath shape() const override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    int theta_;
    int row_;
    int column_;
};

} // namespace bpui

#include "views/network/networkitems.h"

#include "views/network/networkscene.h"

#include <QPainterPathStroker>
#include <QPen>

namespace bpui {

UnitItem::UnitItem(int layer, int unit, const QRectF& rect)
    : QGraphicsEllipseItem(rect), layer_(layer), unit_(unit)
{
    setAcceptHoverEvents(true);
    setData(kRoleKind, QStringLiteral("unit"));
    setData(kRoleLayer, layer);
    setData(kRoleRow, unit);
}

void UnitItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    // The tooltip event follows the hover by ~700 ms: computing the text here (activations,
    // thumbnail) keeps it current without recomputing it for every unit on every update.
    if (auto* s = qobject_cast<NetworkScene*>(scene()))
        setToolTip(s->describeUnit(layer_, unit_));
    QGraphicsEllipseItem::hoverEnterEvent(event);
}

LinkItem::LinkItem(int theta, int row, int column, const QLineF& line)
    : QGraphicsLineItem(line), theta_(theta), row_(row), column_(column)
{
    setAcceptHoverEvents(true);
    setData(kRoleKind, QStringLiteral("link"));
    setData(kRoleLayer, theta);
    setData(kRoleRow, row);
    setData(kRoleColumn, column);
    setZValue(-1.0); // under the units
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.moveTo(line().p1());
    path.lineTo(line().p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(pen().widthF(), 5.0));
    return stroker.createStroke(path);
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    if (auto* s = qobject_cast<NetworkScene*>(scene()))
        setToolTip(s->describeLink(*this));
    setZValue(-0.5); // bring the hovered link above its neighbours
    QGraphicsLineItem::hoverEnterEvent(event);
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    setZValue(-1.0);
    QGraphicsLineItem::hoverLeaveEvent(event);
}

} // namespace bpui

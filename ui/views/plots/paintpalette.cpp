#include "views/plots/paintpalette.h"

#include "views/plots/colormaps.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace bpui {

namespace {

QIcon paintSwatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(160));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QToolButton* paintButton(const QString& text, const QString& name)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

// The Pan button's id in the group: QButtonGroup takes −1 as "assign an id".
constexpr int kPaintPanId = 1000;

} // namespace

PaintPalette::PaintPalette(QWidget* parent) : QWidget(parent), group_(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("paintPalette"));
    group_->setExclusive(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buttons_ = new QHBoxLayout;
    buttons_->setSpacing(2);
    layout->addLayout(buttons_);
    rules_ = new QLabel(this);
    rules_->setObjectName(QStringLiteral("paintRulesLabel"));
    rules_->setWordWrap(true);
    QFont small = rules_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    rules_->setFont(small);
    layout->addWidget(rules_);
    connect(group_, &QButtonGroup::idClicked, this, [this] { emit modeChanged(mode()); });
    sync({}, false, tr("No data to paint on."));
}

int PaintPalette::mode() const
{
    const int id = group_->checkedId();
    return id == kPaintPanId ? -1 : id;
}

void PaintPalette::setMode(int mode)
{
    if (QAbstractButton* button = group_->button(mode < 0 ? kPaintPanId : mode)) {
        button->setChecked(true);
        emit modeChanged(mode);
    }
}

void PaintPalette::recolour()
{
    for (QAbstractButton* button : group_->buttons()) {
        const int k = group_->id(button);
        if (k >= 0 && k != kPaintPanId)
            button->setIcon(paintSwatch(classColor(regression_ ? 0 : k)));
    }
}

void PaintPalette::sync(const QStringList& classNames, bool regression, const QString& why)
{
    const int previous = mode();
    const bool same = classNames == classes_ && regression == regression_;
    classes_ = classNames;
    regression_ = regression;
    if (!same || group_->buttons().isEmpty()) {
        for (QAbstractButton* button : group_->buttons()) {
            group_->removeButton(button);
            delete button;
        }
        while (QLayoutItem* item = buttons_->takeAt(0))
            delete item;
        auto* pan = paintButton(tr("Pan"), QStringLiteral("paintPanButton"));
        pan->setToolTip(tr("Drag to pan, wheel to zoom: no painting"));
        group_->addButton(pan, kPaintPanId);
        buttons_->addWidget(pan);
        const int count = regression ? 1 : int(classNames.size());
        for (int k = 0; k < count; ++k) {
            auto* button = paintButton(regression ? tr("Add (x, y)") : classNames[k],
                                       QStringLiteral("paintClassButton%1").arg(k));
            button->setIcon(paintSwatch(classColor(regression ? 0 : k)));
            button->setAccessibleName(regression ? tr("Add (x, y)")
                                                 : tr("Paint class %1").arg(classNames[k]));
            button->setToolTip(regression ? tr("Click the plot to add the point (x, y)")
                                          : tr("Click the plot to add a point of class %1")
                                                .arg(classNames[k]));
            group_->addButton(button, k);
            buttons_->addWidget(button);
        }
        buttons_->addStretch(1);
    }
    QAbstractButton* keep = why.isEmpty() && previous >= 0 ? group_->button(previous) : nullptr;
    (keep != nullptr ? keep : group_->button(kPaintPanId))->setChecked(true);
    if (mode() != previous)
        emit modeChanged(mode());
    setEnabled(why.isEmpty());
    // One short line under the buttons; the whole rule set in the tool tips.
    const QString line = tr("Painted points join the training split; the normalisation is "
                            "kept until Regenerate.");
    const QString rules =
        tr("Click: add a point · Shift+click: remove the nearest · drag: paint several. Each "
           "stroke is one undo step. Painted points join the training split; the "
           "normalisation is not refitted until Regenerate or a new split. Saving keeps the "
           "points.");
    rules_->setText(why.isEmpty() ? line : why);
    rules_->setToolTip(why.isEmpty() ? rules : why);
    setToolTip(why.isEmpty() ? rules : why);
}

} // namespace bpui

#include "views/shell/spacekey.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace bpui {

namespace {

/// The spin box `widget` belongs to (the spin box itself or its line edit), or null.
QAbstractSpinBox* spinBoxOf(QObject* object)
{
    for (; object != nullptr; object = object->parent())
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(object))
            return spin;
        else if (!object->isWidgetType() || static_cast<QWidget*>(object)->isWindow())
            return nullptr;
    return nullptr;
}

} // namespace

SpaceKeyForwarder::SpaceKeyForwarder(QWidget* window, QAction* action)
    : QObject(window), window_(window), action_(action)
{
    qApp->installEventFilter(this);
}

bool SpaceKeyForwarder::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier)
        return false;
    QAbstractSpinBox* spin = spinBoxOf(watched);
    if (spin == nullptr || spin->window() != window_ || !action_->isEnabled())
        return false;
    // Commit what was typed (keyboard tracking is off in the studio's spin boxes), then let
    // the shortcut map trigger Train/Pause: an unaccepted override is a shortcut.
    spin->interpretText();
    event->ignore();
    return true;
}

} // namespace bpui

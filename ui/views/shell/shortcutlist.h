#pragma once
// Help → Keyboard shortcuts: every menu action that has a shortcut, grouped by menu, read
// from the menu bar itself so that a new action with a shortcut is listed without a change
// here.

#include <QList>
#include <QString>

class QMenuBar;

namespace bpui {

struct ShortcutEntry
{
    QString menu;     // top-level menu, without the '&'
    QString action;   // action text, without the '&' and a trailing "…"
    QString shortcut; // native text, several separated by ", "
};

/// Depth-first over the menus (sub-menus under their parent's name), in menu order;
/// an action that appears in two menus is listed once.
QList<ShortcutEntry> collectShortcuts(const QMenuBar* bar);
/// The entries as an HTML table with a heading row per menu.
QString shortcutTable(const QList<ShortcutEntry>& entries);

} // namespace bpui

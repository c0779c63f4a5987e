#include "views/shell/shortcutlist.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace bpui {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void collect(const QMenu* menu, const QString& name, QSet<const QAction*>& seen,
             QList<ShortcutEntry>& out)
{
    for (QAction* action : menu->actions()) {
        if (QMenu* sub = action->menu()) {
            collect(sub, name, seen, out);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        out.push_back({name, plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QMenuBar* bar)
{
    QList<ShortcutEntry> out;
    QSet<const QAction*> seen;
    for (QAction* top : bar->actions())
        if (const QMenu* menu = top->menu())
            collect(menu, plain(top->text()), seen, out);
    return out;
}

QString shortcutTable(const QList<ShortcutEntry>& entries)
{
    QString rows;
    QString menu;
    for (const ShortcutEntry& entry : entries) {
        if (entry.menu != menu) {
            menu = entry.menu;
            rows += QStringLiteral("<tr><td colspan=2><br><b>%1</b></td></tr>")
                        .arg(menu.toHtmlEscaped());
        }
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(entry.shortcut.toHtmlEscaped(), entry.action.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=4>%1</table>").arg(rows);
}

} // namespace bpui

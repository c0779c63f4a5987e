#include "views/shell/languagemenu.h"

#include "session/language/language.h"

#include <QActionGroup>
#include <QLocale>

namespace bpui {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent), group_(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString preferred = Language::preferred();
    const QString system = Language::resolve(QString(), QLocale::system().name());
    QStringList codes{QString()};
    codes << Language::shipped();
    for (const QString& code : codes) {
        const QString text = code.isEmpty()
                                 ? tr("&System language (%1)").arg(Language::nativeName(system))
                                 : Language::nativeName(code);
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == preferred);
        action->setData(code);
        group_->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
}

QAction* LanguageMenu::actionFor(const QString& code) const
{
    for (QAction* action : group_->actions())
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

void LanguageMenu::choose(const QString& code)
{
    if (code == Language::preferred())
        return;
    Language::setPreferred(code);
    const QString next = Language::resolve(code, QLocale::system().name());
    const QString message =
        next == Language::current()
            ? tr("Backprop Studio stays in %1.").arg(Language::nativeName(next))
            : tr("Backprop Studio will be in %1 from its next start.")
                  .arg(Language::nativeName(next));
    emit chosen(code, message);
}

} // namespace bpui

#pragma once
// The studio's language: German, Spanish or English texts (Qt Linguist catalogues built from
// resources/translations/*.ts and embedded as :/translations/*.qm), chosen by the system locale
// unless Help → Language overrides it. The choice applies from the next start: widgets take
// their texts when they are built.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace bpui {

class Language
{
public:
    /// The languages the studio ships, as codes: "en", "de", "es".
    static QStringList shipped();
    /// A code's name in its own language ("Deutsch"), for the menu.
    static QString nativeName(const QString& code);

    /// The saved override ("de"), or empty for "follow the system".
    static QString preferred();
    static void setPreferred(const QString& code);

    /// The language the preference (or, when it is empty, `systemLocaleName` such as "de_AT")
    /// resolves to among the shipped ones; English when nothing matches.
    static QString resolve(const QString& preference, const QString& systemLocaleName);

    /// Installs the catalogues (the studio's and Qt's own, for standard dialogs) for `code` on
    /// the application and remembers it as current(). English installs none. Returns false
    /// when the studio's catalogue for `code` cannot be loaded (the texts stay English).
    static bool install(QCoreApplication* app, const QString& code);
    /// The language installed, "en" until install() succeeded for another.
    static QString current();
};

} // namespace bpui

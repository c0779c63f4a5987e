#include "session/language/language.h"

#include "session/studiosettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bpui {

namespace {

constexpr const char* kSettingsKey = "language";
QString currentCode = QStringLiteral("en");

} // namespace

QStringList Language::shipped()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString Language::preferred()
{
    const QString code = studioSettings().value(QLatin1String(kSettingsKey)).toString();
    return shipped().contains(code) ? code : QString();
}

void Language::setPreferred(const QString& code)
{
    QSettings settings = studioSettings();
    if (shipped().contains(code))
        settings.setValue(QLatin1String(kSettingsKey), code);
    else
        settings.remove(QLatin1String(kSettingsKey));
}

QString Language::resolve(const QString& preference, const QString& systemLocaleName)
{
    if (shipped().contains(preference))
        return preference;
    const QString language = systemLocaleName.section(QLatin1Char('_'), 0, 0).toLower();
    return shipped().contains(language) ? language : QStringLiteral("en");
}

bool Language::install(QCoreApplication* app, const QString& code)
{
    if (code == QLatin1String("en")) {
        currentCode = code; // the source texts: no catalogue
        return true;
    }
    if (!shipped().contains(code))
        return false;
    auto* studio = new QTranslator(app);
    if (!studio->load(QStringLiteral(":/translations/backprop-studio_%1.qm").arg(code))) {
        delete studio;
        return false;
    }
    QCoreApplication::installTranslator(studio);
    // Qt's own texts (file dialogs, message box buttons, context menus): Debian's
    // qt6-translations-l10n; without it those few stay English.
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qt_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    currentCode = code;
    return true;
}

QString Language::current()
{
    return currentCode;
}

} // namespace bpui

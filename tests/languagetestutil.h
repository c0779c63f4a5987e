#pragma once
// For tests that install the German or Spanish catalogue (session/language/language.h).

#include "session/language/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace bptest {

/// Takes every translator off the application, so the next test starts in English.
inline void uninstallTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    bpui::Language::install(qApp, QStringLiteral("en"));
}

} // namespace bptest

#include "views/shell/screens.h"

#include <QGuiApplication>
#include <QString>

namespace bpui {

bool hasVisibleScreen()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace bpui

#include "session/studiosettings.h"

namespace bpui {

QSettings studioSettings()
{
    return QSettings(QStringLiteral("BackpropStudio"), QStringLiteral("Backprop Studio"));
}

} // namespace bpui

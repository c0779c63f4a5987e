#include "views/landscape/landscapetools.h"

#include "session/session.h"
#include "views/landscape/landscapedock.h"
#include "views/shell/docks.h"

#include <QDockWidget>

namespace bpui {

LandscapeTools::LandscapeTools(StudioDocks* docks, Session* session)
    : QObject(docks->window()), runner_(session->landscape()),
      view_(new LandscapeDock(runner_, session->training(), session->history())),
      dock_(docks->addOptional(tr("Landscape"), "landscapeDock", view_, Qt::BottomDockWidgetArea,
                               "actionLandscape")) // lessons link to it by name
{
    view_->setObjectName(QStringLiteral("landscapeView"));
}

} // namespace bpui

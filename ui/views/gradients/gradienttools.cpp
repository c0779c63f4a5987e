#include "views/gradients/gradienttools.h"

#include "session/gradienthistory.h"
#include "session/session.h"
#include "views/gradients/gradientsdock.h"
#include "views/shell/docks.h"

#include <QDockWidget>

namespace bpui {

GradientTools::GradientTools(StudioDocks* docks, Session* session)
    : QObject(docks->window()),
      history_(session->gradientHistory()),
      view_(new GradientsDock(history_)),
      dock_(docks->addOptional(tr("Gradients"), "gradientsDock", view_, Qt::BottomDockWidgetArea,
                               "actionGradients"))
{
    view_->setObjectName(QStringLiteral("gradientsView"));
}

} // namespace bpui

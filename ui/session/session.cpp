#include "session/session.h"

#include "session/dataloader.h"
#include "session/gradientcheckrunner.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/recoverykeeper.h"
#include "session/runsmodel.h"
#include "session/settingsundo.h"
#include "session/trainingcontroller.h"

namespace bpui {

Session::Session(QObject* parent)
    : QObject(parent), project_(new ProjectModel(this)), history_(new LiveHistory(this)),
      runs_(new RunsModel(project_, history_, this)),
      training_(new TrainingController(project_, history_, this)),
      gradientCheck_(new GradientCheckRunner(project_, this)),
      undo_(new SettingsUndo(project_, this)), loader_(new DataLoader(this)),
      recovery_(new RecoveryKeeper(project_, runs_, training_, this))
{
    setObjectName(QStringLiteral("session"));
    registerMetaTypes();
}

Session::~Session()
{
    // Threads first (each destructor cancels and joins), then the state they read. The
    // keeper's destructor is the clean exit that removes the recovery copy.
    delete recovery_;
    delete loader_;
    delete gradientCheck_;
    delete training_;
    delete undo_;
    delete runs_;
    delete history_;
    delete project_;
}

} // namespace bpui

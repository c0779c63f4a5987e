#include "session/session.h"

#include "session/dataloader.h"
#include "session/diagnose/curverunner.h"
#include "session/gradientcheckrunner.h"
#include "session/gradienthistory.h"
#include "session/landscape/landscaperunner.h"
#include "session/projectconversion.h"
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
      gradients_(new GradientHistory(training_, history_, this)),
      gradientCheck_(new GradientCheckRunner(project_, this)),
      curves_(new CurveRunner(project_, this)),
      landscape_(new LandscapeRunner(project_, runs_, this)),
      undo_(new SettingsUndo(project_, this)), loader_(new DataLoader(this)),
      recovery_(new RecoveryKeeper(project_, runs_, training_, this))
{
    setObjectName(QStringLiteral("session"));
    recovery_->setProjectSource([this] { return toProject(); });
    registerMetaTypes();
}

Session::~Session()
{
    // Threads first (each destructor cancels and joins), then the state they read. The
    // keeper's destructor is the clean exit that removes the recovery copy.
    delete recovery_;
    delete loader_;
    delete landscape_;
    delete curves_;
    delete gradientCheck_;
    delete gradients_;
    delete training_;
    delete undo_;
    delete runs_;
    delete history_;
    delete project_;
}

bp::Project Session::toProject() const
{
    bp::Project project = bpui::toProject(*project_, runs_->toProjectRuns());
    project.curves = curves_->toProjectCurves();
    project.gradientHistory = gradients_->toProject();
    return project;
}

void Session::restoreDiagnosis(const bp::Project& project)
{
    curves_->restore(project.curves);
    gradients_->restore(project.gradientHistory, project_->architecture().thetaCount());
}

} // namespace bpui

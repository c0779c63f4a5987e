#include "worker/trainingsnapshot.h"

#include <QCoreApplication>

namespace bpui {

QString toDisplayString(TrainingState state)
{
    switch (state) {
    case TrainingState::Idle:
        return QCoreApplication::translate("bpui", "Idle");
    case TrainingState::Running:
        return QCoreApplication::translate("bpui", "Training");
    case TrainingState::Paused:
        return QCoreApplication::translate("bpui", "Paused");
    case TrainingState::Finished:
        return QCoreApplication::translate("bpui", "Finished");
    case TrainingState::Diverged:
        return QCoreApplication::translate("bpui", "Diverged");
    case TrainingState::Failed:
        return QCoreApplication::translate("bpui", "Failed");
    }
    return {};
}

void registerMetaTypes()
{
    qRegisterMetaType<bpui::TrainingSnapshot>();
    qRegisterMetaType<bp::TrainingResult>();
    qRegisterMetaType<bp::GradientCheckReport>();
    qRegisterMetaType<bpui::GradientCheckOutcome>();
}

} // namespace bpui

#include "views/diagnose/diagnosetools.h"

#include "session/diagnose/curverunner.h"
#include "session/session.h"
#include "views/diagnose/curvedialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace bpui {

DiagnoseTools::DiagnoseTools(QMainWindow* window, Session* session)
    : QObject(window), window_(window), session_(session),
      runner_(session->curves())
{
    setObjectName(QStringLiteral("diagnoseTools"));
    menu_ = new QMenu(tr("&Diagnose"), window);
    menu_->setObjectName(QStringLiteral("diagnoseMenu"));
    learning_ = menu_->addAction(tr("&Learning curve…"));
    learning_->setObjectName(QStringLiteral("actionLearningCurve"));
    learning_->setStatusTip(tr("J_train and J_cv against the number of training examples: "
                               "high bias or high variance?"));
    validation_ = menu_->addAction(tr("&Validation curve…"));
    validation_->setObjectName(QStringLiteral("actionValidationCurve"));
    validation_->setStatusTip(tr("J_train and J_cv against λ or the hidden layer's size; "
                                 "use the best one"));
    connect(learning_, &QAction::triggered, this, [this] { show(learningCurveDialog()); });
    connect(validation_, &QAction::triggered, this, [this] { show(validationCurveDialog()); });

    // Before Help, wherever the window has put it; at the end if there is none yet.
    QAction* before = nullptr;
    for (QAction* action : window->menuBar()->actions()) {
        if (action->menu() != nullptr &&
            action->menu()->objectName() == QLatin1String("helpMenu")) {
            before = action;
            break;
        }
    }
    if (before != nullptr)
        window->menuBar()->insertMenu(before, menu_);
    else
        window->menuBar()->addMenu(menu_);
}

CurveDialog* DiagnoseTools::learningCurveDialog()
{
    if (learningDialog_ == nullptr) {
        learningDialog_ = new CurveDialog(CurveDialog::Mode::Learning, session_->project(),
                                          runner_, window_);
        connect(learningDialog_, &CurveDialog::statusMessage, this,
                [this](const QString& text) { window_->statusBar()->showMessage(text, 6000); });
    }
    return learningDialog_;
}

CurveDialog* DiagnoseTools::validationCurveDialog()
{
    if (validationDialog_ == nullptr) {
        validationDialog_ = new CurveDialog(CurveDialog::Mode::Validation, session_->project(),
                                            runner_, window_);
        connect(validationDialog_, &CurveDialog::statusMessage, this,
                [this](const QString& text) { window_->statusBar()->showMessage(text, 6000); });
    }
    return validationDialog_;
}

void DiagnoseTools::show(CurveDialog* dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace bpui

#pragma once
// The Diagnose menu: Learning curve… and Validation curve… (bias and variance, issue 14).
// It builds its own menu, inserted before Help, so the main window only constructs it. The
// curves run in a CurveRunner (ui/session/diagnose) that keeps each kind's last result for
// the open project; the two dialogs are modeless and made on first use.
//
// objectNames: "diagnoseMenu", "actionLearningCurve", "actionValidationCurve", "curveRunner".

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace bpui {

class CurveDialog;
class CurveRunner;
class Session;

class DiagnoseTools : public QObject
{
    Q_OBJECT
public:
    DiagnoseTools(QMainWindow* window, Session* session);

    QMenu* menu() const { return menu_; }
    QAction* learningCurveAction() const { return learning_; }
    QAction* validationCurveAction() const { return validation_; }
    CurveRunner* runner() const { return runner_; }
    /// The dialogs, made (hidden) on first call.
    CurveDialog* learningCurveDialog();
    CurveDialog* validationCurveDialog();

private:
    void show(CurveDialog* dialog);

    QMainWindow* window_;
    Session* session_;
    CurveRunner* runner_;
    QMenu* menu_;
    QAction* learning_;
    QAction* validation_;
    CurveDialog* learningDialog_ = nullptr;
    CurveDialog* validationDialog_ = nullptr;
};

} // namespace bpui

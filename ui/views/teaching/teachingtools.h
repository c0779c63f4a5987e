#pragma once
// The classroom tools around the studio window: the step-through inspector, the hidden-unit
// gallery and the misclassified browser as docks; the gradient-check lesson, the symmetry
// demo and the course self-test as windows; and presentation mode. Kept out of MainWindow
// so the window only composes.

#include "types.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace bpui {

class NetworkEditor;
class ProjectModel;
class TrainingController;
class StepInspector;
class HiddenUnitGallery;
class MisclassifiedBrowser;
class StudioDocks;

class TeachingTools : public QObject
{
    Q_OBJECT
public:
    /// Adds its docks through `docks` (hidden-unit and misclassified docks tabbed behind the
    /// inspector); presentation mode hides and restores the window's docks listed there.
    TeachingTools(StudioDocks* docks, ProjectModel* model, TrainingController* controller,
                  NetworkEditor* editor);
    /// Help-menu entries: gradient-check lesson, symmetry demo, course self-test.
    QList<QAction*> helpActions() const { return helpActions_; }
    /// View-menu entry (F11): larger fonts and lines, high contrast, chosen docks hidden,
    /// full screen.
    QAction* presentationAction() const { return presentation_; }
    bool isPresenting() const;

    StepInspector* inspector() const { return inspector_; }
    /// The window's docks that presentation mode hides (besides this class's own gallery and
    /// misclassified browser) and shows again after.
    void setHiddenWhilePresenting(const QList<QDockWidget*>& docks)
    {
        hiddenWhilePresenting_ = docks;
    }

signals:
    /// Presentation mode: every plot and the diagram draw lines `scale` times as thick.
    void lineScaleChanged(double scale);

public slots:
    void showBugLesson();
    void showSymmetryDemo();
    void showSelfTest();
    void setPresentation(bool on);
    /// Redraws the picked example's forward pass on the diagram (after new weights).
    void showProbe();

private:
    QDockWidget* addDock(const QString& title, const char* name, QWidget* widget);

    StudioDocks* studioDocks_;
    QMainWindow* window_;
    ProjectModel* model_;
    NetworkEditor* editor_;
    StepInspector* inspector_ = nullptr;
    HiddenUnitGallery* gallery_ = nullptr;
    MisclassifiedBrowser* misclassified_ = nullptr;
    QList<QDockWidget*> docks_;
    QList<QAction*> helpActions_;
    QAction* presentation_ = nullptr;
    // What presentation mode changed, to restore it exactly.
    QList<QDockWidget*> hiddenWhilePresenting_;
    QList<QPointer<QDockWidget>> shownBeforePresenting_; // restored when presenting ends
    QByteArray layoutBeforePresenting_;                  // dock sizes and places
    Qt::WindowStates stateBefore_; // the window before presentation mode
    bp::Vector probeX_; // the example picked in the misclassified browser (normalised)
    double fontScale_ = 1.0;
};

} // namespace bpui

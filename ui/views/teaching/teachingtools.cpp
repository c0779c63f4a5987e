#include "views/teaching/teachingtools.h"

#include "views/plots/plottextscale.h"
#include "views/shell/docks.h"
#include "views/teaching/bugquizdialog.h"
#include "views/teaching/hiddenunitgallery.h"
#include "views/teaching/misclassifiedbrowser.h"
#include "network.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "session/projectmodel.h"
#include "session/studiosettings.h"
#include "views/teaching/selftestdialog.h"
#include "views/teaching/stepinspector.h"
#include "views/teaching/symmetrydemo.h"
#include "session/trainingcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QMainWindow>
#include <QPalette>
#include <QStyle>
#include <QTimer>
#include <QStatusBar>
#include <QToolTip>
#include <QVBoxLayout>

namespace bpui {

namespace {

/// Whether `widget` is `window` or belongs to it (its dialogs included), through its parents.
bool isInside(const QWidget* widget, const QWidget* window)
{
    for (; widget != nullptr; widget = widget->parentWidget())
        if (widget == window)
            return true;
    return false;
}

/// How much larger text and lines are in presentation mode.
constexpr double kPresentationScale = 1.6;
// The docks the teacher closed in presentation mode last time (objectNames).
const QString kPresentationHiddenKey = QStringLiteral("presentation/hiddenDocks");

QPalette highContrastPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x3c, 0xa6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, Qt::black);
    // Disabled controls (Stop while idle, Cancel with nothing to cancel) must look disabled.
    const QColor grey(0x8a, 0x8a, 0x8a);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xe4, 0xe4, 0xe4));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf4, 0xf4, 0xf4));
    return p;
}

} // namespace

TeachingTools::TeachingTools(StudioDocks* docks, ProjectModel* model,
                             TrainingController* controller, NetworkEditor* editor)
    : QObject(docks->window()), studioDocks_(docks), window_(docks->window()), model_(model),
      editor_(editor)
{
    QMainWindow* window = window_;
    inspector_ = new StepInspector(model);
    inspector_->setObjectName(QStringLiteral("stepInspector"));
    gallery_ = new HiddenUnitGallery(model);
    gallery_->setObjectName(QStringLiteral("hiddenUnitGallery"));
    misclassified_ = new MisclassifiedBrowser(model);
    misclassified_->setObjectName(QStringLiteral("misclassifiedBrowser"));

    QDockWidget* inspectorDock = addDock(tr("Step-through inspector"), "stepInspectorDock", inspector_);
    QDockWidget* galleryDock = addDock(tr("Hidden units"), "hiddenUnitsDock", gallery_);
    QDockWidget* misclassifiedDock =
        addDock(tr("Misclassified"), "misclassifiedDock", misclassified_);
    window->tabifyDockWidget(inspectorDock, galleryDock);
    window->tabifyDockWidget(galleryDock, misclassifiedDock);
    // The studio opens on the training views; the inspector is one click away (View menu).
    for (QDockWidget* dock : docks_)
        dock->hide();

    // The diagram shows the inspector's step only while the inspector is on screen.
    connect(inspector_, &StepInspector::highlightRequested, this,
            [this, inspectorDock](int layer, const QString& part) {
                editor_->scene()->highlight(inspectorDock->isVisible() ? layer : -1, part);
            });
    connect(inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            inspector_->refresh(); // re-emits the current step's highlight
        else
            editor_->scene()->highlight(-1, {});
    });
    connect(controller, &TrainingController::stateChanged, inspector_, [this](TrainingState s) {
        inspector_->setTrainingRunning(s == TrainingState::Running || s == TrainingState::Paused);
    });
    // A picked example's forward pass is drawn on the diagram (units filled by a) and kept
    // up to date as the weights change, until the architecture changes.
    connect(misclassified_, &MisclassifiedBrowser::exampleSelected, this,
            [this](const bp::Vector& x, int index) {
                probeX_ = x;
                showProbe();
                window_->statusBar()->showMessage(
                    tr("Example %1: the diagram shows its forward pass (unit fill = activation "
                       "a, blue positive, red negative)").arg(index), 6000);
            });
    connect(model, &ProjectModel::parametersChanged, this, &TeachingTools::showProbe);
    const auto forgetProbe = [this] {
        probeX_.resize(0);
        editor_->scene()->showActivations({});
    };
    connect(model, &ProjectModel::architectureChanged, this, forgetProbe);
    connect(model, &ProjectModel::replaced, this, forgetProbe);

    auto make = [this](const QString& text, const char* name) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        window_->addAction(action); // lessons trigger them by name (LessonTools)
        helpActions_ << action;
        return action;
    };
    connect(make(tr("Gradient-check &lesson: find the planted bug…"), "actionBugLesson"),
            &QAction::triggered, this, &TeachingTools::showBugLesson);
    connect(make(tr("&Symmetry demo: zero vs random initial weights…"), "actionSymmetryDemo"),
            &QAction::triggered, this, &TeachingTools::showSymmetryDemo);
    connect(make(tr("Course &self-test…"), "actionSelfTest"), &QAction::triggered, this,
            &TeachingTools::showSelfTest);

    presentation_ = new QAction(tr("&Presentation mode"), this);
    presentation_->setObjectName(QStringLiteral("actionPresentation"));
    presentation_->setCheckable(true);
    presentation_->setShortcut(Qt::Key_F11);
    presentation_->setToolTip(
        tr("Larger fonts and lines, high contrast, editing docks hidden, full screen (F11)"));
    window->addAction(presentation_);
    connect(presentation_, &QAction::toggled, this, &TeachingTools::setPresentation);
}

QDockWidget* TeachingTools::addDock(const QString& title, const char* name, QWidget* widget)
{
    QDockWidget* dock = studioDocks_->add(title, name, widget, Qt::RightDockWidgetArea);
    docks_ << dock;
    return dock;
}

void TeachingTools::showBugLesson()
{
    auto* dialog = new BugQuizDialog(model_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TeachingTools::showSymmetryDemo()
{
    auto* dialog = new QDialog(window_);
    dialog->setObjectName(QStringLiteral("symmetryDialog"));
    dialog->setWindowTitle(tr("Symmetry breaking: zero vs random initial weights"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new SymmetryDemo(model_, dialog));
    dialog->resize(1100, 700);
    dialog->show();
}

void TeachingTools::showSelfTest()
{
    auto* dialog = new SelfTestDialog(window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TeachingTools::showProbe()
{
    const bp::Architecture& arch = model_->architecture();
    if (probeX_.size() == 0 || probeX_.size() != arch.inputSize() ||
        model_->parameters().size() != arch.parameterCount())
        return;
    const bp::Network net(arch, model_->parameters());
    const std::vector<bp::Matrix> a = net.forwardAll(probeX_);
    std::vector<bp::Vector> columns;
    for (const bp::Matrix& m : a)
        columns.push_back(m.col(0));
    editor_->scene()->showActivations(columns);
}

bool TeachingTools::isPresenting() const { return presentation_->isChecked(); }

void TeachingTools::setPresentation(bool on)
{
    if (presentation_->isChecked() != on) {
        presentation_->setChecked(on); // re-enters through toggled()
        return;
    }
    QFont font = QApplication::font();
    if (on) {
        fontScale_ = kPresentationScale;
        font.setPointSizeF(font.pointSizeF() * fontScale_);
        QApplication::setFont(font);
        QToolTip::setFont(font);
        QApplication::setPalette(highContrastPalette());
        // The teacher's choice of what the class sees: the docks hidden while presenting
        // last time (by default the editing panels and the browsers).
        QStringList hidden;
        for (QDockWidget* dock : hiddenWhilePresenting_)
            hidden << dock->objectName();
        hidden << enclosingDock(gallery_)->objectName() << enclosingDock(misclassified_)->objectName();
        hidden = studioSettings().value(kPresentationHiddenKey, hidden).toStringList();
        shownBeforePresenting_.clear();
        layoutBeforePresenting_ = window_->saveState();
        for (QDockWidget* dock : studioDocks_->all()) {
            if (!dock->isVisible())
                continue;
            shownBeforePresenting_ << dock;
            if (hidden.contains(dock->objectName()))
                dock->hide();
        }
        stateBefore_ = window_->windowState();
        window_->setWindowState(stateBefore_ | Qt::WindowFullScreen); // on the current screen
        // The cost curve gets the room its larger legend and labels need, once full screen.
        QTimer::singleShot(100, window_, [window = window_, docks = studioDocks_] {
            QDockWidget* cost = docks->find("costDock");
            if (cost != nullptr && cost->isVisible())
                window->resizeDocks({cost}, {window->height() * 45 / 100}, Qt::Vertical);
        });
    } else {
        font.setPointSizeF(font.pointSizeF() / fontScale_);
        fontScale_ = 1.0;
        QApplication::setFont(font);
        QToolTip::setFont(font);
        QApplication::setPalette(QApplication::style()->standardPalette());
        // Remember what the teacher closed while presenting, then put every dock back.
        QStringList hidden;
        for (QDockWidget* dock : shownBeforePresenting_)
            if (dock != nullptr && !dock->isVisible())
                hidden << dock->objectName();
        studioSettings().setValue(kPresentationHiddenKey, hidden);
        for (QDockWidget* dock : studioDocks_->all())
            dock->setVisible(shownBeforePresenting_.contains(dock));
        shownBeforePresenting_.clear();
        window_->restoreState(layoutBeforePresenting_); // dock sizes as they were
        window_->setWindowState(stateBefore_); // maximised or normal, as before
    }
    // Plots and the diagram draw thicker lines for the back of the room (the window connects
    // each view's setLineScale).
    emit lineScaleChanged(on ? kPresentationScale : 1.0);
    setPlotTextScale(on ? kPresentationScale : 1.0); // axes, legends, captions in every plot
    // Widgets with a style sheet (coloured notes, verdicts, errors) do not follow the
    // application's font by themselves: set their sheets again once the new font is in.
    // Widgets with a size of their own (a title 1.25 × the text) scale by the same factor.
    const double factor = on ? kPresentationScale : 1.0 / kPresentationScale;
    QTimer::singleShot(0, window_, [window = window_, factor] {
        for (QWidget* widget : QApplication::allWidgets()) {
            if (!isInside(widget, window))
                continue;
            const bool styled =
                widget->testAttribute(Qt::WA_StyleSheet) && !widget->styleSheet().isEmpty();
            const QString sheet = styled ? widget->styleSheet() : QString();
            if (styled)
                widget->setStyleSheet(QString());
            if (widget->testAttribute(Qt::WA_SetFont) &&
                (widget->font().resolveMask() & QFont::SizeResolved) &&
                widget->font().pointSizeF() > 0) {
                QFont font = widget->font();
                font.setPointSizeF(font.pointSizeF() * factor);
                widget->setFont(font);
            }
            if (styled)
                widget->setStyleSheet(sheet);
        }
    });
    editor_->setProperty("presentation", on);
    editor_->setPresenting(on);
    editor_->update();
}

} // namespace bpui

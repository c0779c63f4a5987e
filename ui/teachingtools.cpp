#include "teachingtools.h"

#include "bugquizdialog.h"
#include "hiddenunitgallery.h"
#include "misclassifiedbrowser.h"
#include "network.h"
#include "networkeditor.h"
#include "networkscene.h"
#include "projectmodel.h"
#include "selftestdialog.h"
#include "stepinspector.h"
#include "symmetrydemo.h"
#include "trainingcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QMainWindow>
#include <QPalette>
#include <QStyle>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bpui {

namespace {

/// Docks that presentation mode hides: the editing panels a class does not need to see.
const char* const kHiddenInPresentation[] = {"dataDock", "trainingDock", "weightsDock",
                                             "hiddenUnitsDock", "misclassifiedDock"};
constexpr double kPresentationScale = 1.6;

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
    return p;
}

} // namespace

TeachingTools::TeachingTools(QMainWindow* window, ProjectModel* model,
                             TrainingController* controller, NetworkEditor* editor)
    : QObject(window), window_(window), model_(model), editor_(editor)
{
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
    connect(model, &ProjectModel::architectureChanged, this, [this] {
        probeX_.resize(0);
        editor_->scene()->showActivations({});
    });

    auto make = [this](const QString& text, const char* name) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
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
    auto* dock = new QDockWidget(title, window_);
    dock->setObjectName(QString::fromLatin1(name));
    dock->setWidget(widget);
    window_->addDockWidget(Qt::RightDockWidgetArea, dock);
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
        QApplication::setPalette(highContrastPalette());
        hiddenByPresentation_.clear();
        for (const char* name : kHiddenInPresentation) {
            QDockWidget* dock = window_->findChild<QDockWidget*>(QString::fromLatin1(name));
            if (dock != nullptr && dock->isVisible()) {
                dock->hide();
                hiddenByPresentation_ << dock;
            }
        }
        wasFullScreen_ = window_->isFullScreen();
        window_->showFullScreen();
    } else {
        font.setPointSizeF(font.pointSizeF() / fontScale_);
        fontScale_ = 1.0;
        QApplication::setFont(font);
        QApplication::setPalette(QApplication::style()->standardPalette());
        for (QDockWidget* dock : hiddenByPresentation_)
            dock->show();
        hiddenByPresentation_.clear();
        if (!wasFullScreen_)
            window_->showNormal();
    }
    // Plots and the diagram draw thicker lines for the back of the room: every object with a
    // setLineScale(double) invokable (cost, gradient check, prediction, network scene) scales.
    // Collected first: a plot rebuilding its graphs deletes child objects of the window.
    const double lineScale = on ? kPresentationScale : 1.0;
    QList<QObject*> scalable;
    for (QObject* object : window_->findChildren<QObject*>())
        if (object->metaObject()->indexOfMethod("setLineScale(double)") >= 0)
            scalable << object;
    for (QObject* object : scalable)
        QMetaObject::invokeMethod(object, "setLineScale", Q_ARG(double, lineScale));
    editor_->setProperty("presentation", on);
    editor_->update();
}

} // namespace bpui

#include "views/lessons/lessontools.h"

#include "views/lessons/lessongallery.h"
#include "views/lessons/lessonpanel.h"
#include "views/lessons/welcomescreen.h"
#include "views/project/projectfiles.h"
#include "views/shell/docks.h"
#include "views/shell/screens.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>

#include <algorithm>

namespace bpui {

LessonTools::LessonTools(StudioDocks* docks, ProjectFiles* files)
    : QObject(docks->window()), window_(docks->window()), files_(files),
      lessons_(LessonCatalog::bundled())
{
    QMainWindow* window = window_;
    setObjectName(QStringLiteral("lessonTools"));

    panel_ = new LessonPanel;
    panel_->setObjectName(QStringLiteral("lessonPanel"));
    dock_ = docks->add(tr("Lesson"), "lessonDock", panel_, Qt::LeftDockWidgetArea);
    dock_->hide(); // shown when a lesson opens

    auto* lessonsAction = new QAction(tr("&Lessons…"), this);
    lessonsAction->setObjectName(QStringLiteral("actionLessons"));
    lessonsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lessonsAction->setToolTip(tr("Prepared networks and data with a short text each (Ctrl+L)"));
    window->addAction(lessonsAction);
    auto* welcomeAction = new QAction(tr("&Welcome screen"), this);
    welcomeAction->setObjectName(QStringLiteral("actionWelcome"));
    helpActions_ << lessonsAction << welcomeAction;
    connect(lessonsAction, &QAction::triggered, this, &LessonTools::showGallery);
    connect(welcomeAction, &QAction::triggered, this, &LessonTools::showWelcome);

    connect(panel_, &LessonPanel::actionRequested, this, &LessonTools::triggerAction);
    connect(panel_, &LessonPanel::galleryRequested, this, &LessonTools::showGallery);
    connect(panel_, &LessonPanel::restartRequested, this, [this] {
        if (panel_->hasLesson())
            openLesson(panel_->lesson());
    });
    // Another project replaces the lesson's: its text no longer fits what is on screen.
    // (A lesson's own text is set again right after: ProjectFiles' `then`.)
    connect(files_, &ProjectFiles::opened, this, [this] { panel_->setLesson({}); });
}

LessonGallery* LessonTools::showGallery()
{
    if (gallery_ == nullptr) {
        gallery_ = new LessonGallery(lessons_, window_);
        gallery_->setAttribute(Qt::WA_DeleteOnClose);
        connect(gallery_, &LessonGallery::lessonChosen, this, &LessonTools::openLesson);
        if (panel_->hasLesson())
            for (int i = 0; i < lessons_.size(); ++i)
                if (lessons_[i].id == panel_->lesson().id)
                    gallery_->setCurrentIndex(i);
    }
    gallery_->show();
    gallery_->raise();
    gallery_->activateWindow();
    return gallery_;
}

WelcomeScreen* LessonTools::showWelcome()
{
    if (welcome_ == nullptr) {
        welcome_ = new WelcomeScreen(lessons_, files_->recentFiles(), window_);
        welcome_->setAttribute(Qt::WA_DeleteOnClose);
        connect(welcome_, &WelcomeScreen::lessonRequested, this, &LessonTools::openLesson);
        connect(welcome_, &WelcomeScreen::newProjectRequested, files_, &ProjectFiles::newProject);
        connect(welcome_, &WelcomeScreen::openProjectRequested, files_,
                &ProjectFiles::chooseAndOpen);
        connect(welcome_, &WelcomeScreen::recentFileRequested, files_, &ProjectFiles::openFile);
    }
    welcome_->show();
    welcome_->raise();
    welcome_->activateWindow();
    return welcome_;
}

void LessonTools::showWelcomeAtStartup()
{
    if (hasVisibleScreen() && WelcomeScreen::showAtStartup())
        showWelcome();
}

bool LessonTools::openLesson(const Lesson& lesson)
{
    // The project loads in the background; the Lesson dock follows once it is in.
    const bool started = files_->openAsUntitled(lesson.projectPath, [this, lesson] {
        panel_->setLesson(lesson);
        if (dock_->isHidden() && !dock_->isFloating()) {
            // Beside the work at a readable height, not squeezed under the Data dock.
            dock_->show();
            window_->resizeDocks({dock_}, {std::max(320, window_->height() * 9 / 20)},
                                 Qt::Vertical);
        }
        dock_->show();
        dock_->raise();
        window_->statusBar()->showMessage(
            tr("Lesson \"%1\" opened: its text is in the Lesson dock.").arg(lesson.title), 8000);
        emit lessonOpened(lesson);
    });
    return started;
}

void LessonTools::triggerAction(const QString& objectName)
{
    // Every action a lesson can name is one of the window's (added there for its shortcut).
    QAction* action = nullptr;
    for (QAction* candidate : window_->actions())
        if (candidate->objectName() == objectName)
            action = candidate;
    if (action == nullptr) {
        window_->statusBar()->showMessage(
            tr("This lesson refers to \"%1\", which this version of the studio does not have.")
                .arg(objectName),
            8000);
        return;
    }
    action->trigger();
}

} // namespace bpui

#pragma once
// Lessons in the studio window: Help → Lessons… (the gallery), Help → Welcome screen, the
// Lesson dock beside the work, and opening a lesson's project through ProjectFiles (so the
// unsaved-changes prompt applies) as Untitled, so Save never overwrites the bundled file.
// Kept out of MainWindow, which only adds the dock and the Help entries.
//
// objectNames: this "lessonTools"; actions "actionLessons" (Ctrl+L), "actionWelcome"; the dock
// "lessonDock" holding a LessonPanel "lessonPanel".

#include "session/lessoncatalog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace bpui {

class LessonGallery;
class LessonPanel;
class ProjectFiles;
class StudioDocks;
class WelcomeScreen;

class LessonTools : public QObject
{
    Q_OBJECT
public:
    LessonTools(StudioDocks* docks, ProjectFiles* files);

    /// The dock (created hidden, already added to the window).
    QDockWidget* dock() const { return dock_; }
    LessonPanel* panel() const { return panel_; }
    /// Help-menu entries: Lessons…, Welcome screen.
    QList<QAction*> helpActions() const { return helpActions_; }
    /// The bundled lessons (LessonCatalog::bundled(), read once).
    const QList<Lesson>& lessons() const { return lessons_; }

public slots:
    /// Shows (or raises) the non-modal gallery.
    LessonGallery* showGallery();
    /// Shows (or raises) the non-modal welcome screen.
    WelcomeScreen* showWelcome();
    /// At start-up: the welcome screen unless the user turned it off or no screen can show
    /// it (offscreen and minimal platforms: tests and scripted screenshots).
    void showWelcomeAtStartup();
    /// Starts opening the lesson's project as Untitled (in the background); its text shows in
    /// the dock and lessonOpened() follows once it is in. False when the user cancelled the
    /// unsaved-changes prompt or another load is running; a project that cannot be opened
    /// is reported like any other (ProjectFiles::openFailed).
    bool openLesson(const bpui::Lesson& lesson);

signals:
    void lessonOpened(const bpui::Lesson& lesson);

private:
    void triggerAction(const QString& objectName);

    QMainWindow* window_;
    ProjectFiles* files_;
    QList<Lesson> lessons_;
    QDockWidget* dock_ = nullptr;
    LessonPanel* panel_ = nullptr;
    QList<QAction*> helpActions_;
    QPointer<LessonGallery> gallery_;
    QPointer<WelcomeScreen> welcome_;
};

} // namespace bpui

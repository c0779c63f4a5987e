#pragma once
// The welcome screen shown when the studio starts without a file: the lessons, the recent
// projects, New and Open, and a "Show at startup" check box kept in QSettings
// ("welcome/showAtStartup"). Non-modal: it only emits what was chosen and closes.
//
// objectNames: this "welcomeScreen"; "welcomeLessonList", "welcomeOpenLessonButton",
// "welcomeRecentList", "welcomeNewButton", "welcomeOpenButton", "welcomeShowAtStartup",
// "welcomeCloseButton".

#include "session/lessoncatalog.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace bpui {

class WelcomeScreen : public QDialog
{
    Q_OBJECT
public:
    WelcomeScreen(const QList<Lesson>& lessons, const QStringList& recentFiles,
                  QWidget* parent = nullptr);

    /// The stored "Show at startup" choice (true until the user unticks it).
    static bool showAtStartup();
    static void setShowAtStartup(bool show);

signals:
    void newProjectRequested();
    void openProjectRequested();
    void recentFileRequested(const QString& path);
    void lessonRequested(const bpui::Lesson& lesson);

private:
    QWidget* makeTitle();
    void makeLessonList();
    /// Returns the "No recent projects yet." label shown in the list's place.
    QWidget* makeRecentList(const QStringList& recentFiles);
    void makeStartButtons();   // New and Open
    void makeBottomControls(); // "Show at startup" and Close
    void layOut(QWidget* title, QWidget* noRecent);
    void connectControls();
    void openCurrentLesson();

    QList<Lesson> lessons_;
    QListWidget* lessonList_ = nullptr;
    QListWidget* recentList_ = nullptr;
    QPushButton* openLessonButton_ = nullptr;
    QPushButton* newButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QCheckBox* showCheck_ = nullptr;
    QPushButton* closeButton_ = nullptr;
};

} // namespace bpui

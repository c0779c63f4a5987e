#pragma once
// Help → Lessons…: the bundled lessons as a list (number badge, title, one-line summary)
// beside the chosen lesson's text, and "Open lesson". Non-modal; it only emits what was
// chosen, LessonTools opens it.
//
// objectNames: this "lessonGallery"; "lessonList" (QListWidget), "lessonPreview"
// (QTextBrowser), "openLessonButton", "lessonGalleryEmpty" (QLabel shown when no lesson
// was found, naming where the studio looked).

#include "session/lessoncatalog.h"

#include <QDialog>
#include <QIcon>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace bpui {

/// A round badge with the lesson's number, the gallery's and welcome screen's icon.
QIcon lessonIcon(int number);

/// Fills list with one entry per lesson (icon, title, summary; item data = the index).
void fillLessonList(QListWidget* list, const QList<Lesson>& lessons);

class LessonGallery : public QDialog
{
    Q_OBJECT
public:
    explicit LessonGallery(const QList<Lesson>& lessons, QWidget* parent = nullptr);

    const QList<Lesson>& lessons() const { return lessons_; }
    int currentIndex() const;
    void setCurrentIndex(int index);

signals:
    void lessonChosen(const bpui::Lesson& lesson);

private:
    void showLesson(int index);
    void openCurrent();

    QList<Lesson> lessons_;
    QListWidget* list_ = nullptr;
    QTextBrowser* preview_ = nullptr;
    QPushButton* openButton_ = nullptr;
};

} // namespace bpui

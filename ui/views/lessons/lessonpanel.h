#pragma once
// The Lesson dock's contents: the open lesson's text beside the work, with "Start over"
// (reopen the lesson's project) and "All lessons…". Links "action:NAME" in the text ask for
// the studio action of objectName NAME (the symmetry demo, the planted-bug lesson…).
//
// objectNames: "lessonTitle" (QLabel), "lessonText" (QTextBrowser), "restartLessonButton",
// "lessonGalleryButton".

#include "session/lessoncatalog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace bpui {

class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    void setLesson(const Lesson& lesson);
    const Lesson& lesson() const { return lesson_; }
    bool hasLesson() const { return !lesson_.id.isEmpty(); }
    /// The title and text as shown (plain), for tests and screen readers.
    QString plainText() const;

signals:
    void actionRequested(const QString& objectName);
    void restartRequested();
    void galleryRequested();

private:
    void followLink(const QUrl& url);

    Lesson lesson_;
    QLabel* title_ = nullptr;
    QTextBrowser* text_ = nullptr;
    QPushButton* restart_ = nullptr;
};

} // namespace bpui

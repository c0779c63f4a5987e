#include "views/lessons/lessonpanel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace bpui {

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent)
{
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("lessonTitle"));
    title_->setWordWrap(true);
    QFont font = title_->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title_->setFont(font);
    text_ = new QTextBrowser(this);
    text_->setObjectName(QStringLiteral("lessonText"));
    text_->setOpenLinks(false);
    restart_ = new QPushButton(tr("Start &over"), this);
    restart_->setObjectName(QStringLiteral("restartLessonButton"));
    restart_->setToolTip(tr("Open the lesson's project again, as it was prepared"));
    auto* gallery = new QPushButton(tr("All &lessons…"), this);
    gallery->setObjectName(QStringLiteral("lessonGalleryButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(restart_);
    buttons->addStretch(1);
    buttons->addWidget(gallery);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(text_, 1);
    layout->addLayout(buttons);

    connect(text_, &QTextBrowser::anchorClicked, this, &LessonPanel::followLink);
    connect(restart_, &QPushButton::clicked, this, &LessonPanel::restartRequested);
    connect(gallery, &QPushButton::clicked, this, &LessonPanel::galleryRequested);
    setLesson({});
}

void LessonPanel::setLesson(const Lesson& lesson)
{
    lesson_ = lesson;
    restart_->setEnabled(hasLesson());
    if (hasLesson()) {
        // The title goes in the label above: a dock is too narrow for a level-1 heading.
        QString body = lesson.markdown;
        const qsizetype heading = body.indexOf(QLatin1String("# "));
        if (heading >= 0 && body.left(heading).trimmed().isEmpty())
            body = body.mid(body.indexOf(QLatin1Char('\n'), heading) + 1);
        title_->setText(lesson.title);
        text_->setMarkdown(body);
    } else {
        title_->setText(tr("Lessons"));
        text_->setMarkdown(tr("No lesson is open.\n\nChoose one under **Help → Lessons…**: "
                              "each opens a prepared network and data set with what to look "
                              "at, what to try and what it shows."));
    }
}

QString LessonPanel::plainText() const
{
    return title_->text() + QLatin1Char('\n') + text_->toPlainText();
}

void LessonPanel::followLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("action"))
        emit actionRequested(url.path());
    else if (url.isValid() && !url.isRelative())
        QDesktopServices::openUrl(url);
}

} // namespace bpui

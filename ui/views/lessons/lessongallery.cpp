#include "views/lessons/lessongallery.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bpui {

QIcon lessonIcon(int number)
{
    QIcon icon;
    for (int size : {32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // The studio's link colours: blue for odd lessons, orange-red for even ones.
        painter.setBrush(number % 2 == 1 ? QColor(0x1f, 0x77, 0xb4) : QColor(0xd9, 0x5f, 0x02));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(size / 2);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString::number(number));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void fillLessonList(QListWidget* list, const QList<Lesson>& lessons)
{
    list->clear();
    list->setIconSize(QSize(32, 32));
    list->setWordWrap(true);
    list->setSpacing(2);
    for (int i = 0; i < lessons.size(); ++i) {
        const Lesson& lesson = lessons[i];
        auto* item = new QListWidgetItem(lessonIcon(i + 1),
                                         lesson.title + QLatin1Char('\n') + lesson.summary, list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(lesson.summary);
    }
}

LessonGallery::LessonGallery(const QList<Lesson>& lessons, QWidget* parent)
    : QDialog(parent), lessons_(lessons)
{
    setObjectName(QStringLiteral("lessonGallery"));
    setWindowTitle(tr("Lessons"));

    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("lessonList"));
    fillLessonList(list_, lessons_);
    preview_ = new QTextBrowser(this);
    preview_->setObjectName(QStringLiteral("lessonPreview"));
    preview_->setOpenLinks(false); // action: links work once the lesson is open
    auto* splitter = new QSplitter(this);
    splitter->addWidget(list_);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    openButton_ = buttons->addButton(tr("&Open lesson"), QDialogButtonBox::AcceptRole);
    openButton_->setObjectName(QStringLiteral("openLessonButton"));
    openButton_->setDefault(true);
    openButton_->setToolTip(tr("Opens the lesson's project as Untitled (the bundled file is "
                               "never overwritten) and shows its text in the Lesson dock"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each lesson opens a prepared network and data set and shows "
                                "what to look at, what to try and what it shows."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (lessons_.isEmpty()) {
        auto* empty = new QLabel(tr("No lessons were found. The studio looked in:\n%1")
                                     .arg(QDir::toNativeSeparators(
                                         LessonCatalog::searchPaths().join(QLatin1Char('\n')))),
                                 this);
        empty->setObjectName(QStringLiteral("lessonGalleryEmpty"));
        empty->setWordWrap(true);
        empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(empty);
    }
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, &LessonGallery::showLesson);
    connect(list_, &QListWidget::itemActivated, this, &LessonGallery::openCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &LessonGallery::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!lessons_.isEmpty())
        list_->setCurrentRow(0);
    showLesson(list_->currentRow());
    resize(960, 620);
}

int LessonGallery::currentIndex() const
{
    return list_->currentRow();
}

void LessonGallery::setCurrentIndex(int index)
{
    list_->setCurrentRow(index);
}

void LessonGallery::showLesson(int index)
{
    const bool valid = index >= 0 && index < lessons_.size();
    openButton_->setEnabled(valid);
    if (valid)
        preview_->setMarkdown(lessons_[index].markdown);
    else
        preview_->clear();
}

void LessonGallery::openCurrent()
{
    const int index = currentIndex();
    if (index < 0 || index >= lessons_.size())
        return;
    const Lesson lesson = lessons_[index]; // accept() may delete this dialog's owner chain
    accept();
    emit lessonChosen(lesson);
}

} // namespace bpui

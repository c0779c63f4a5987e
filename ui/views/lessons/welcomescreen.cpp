#include "views/lessons/welcomescreen.h"

#include "session/studiosettings.h"
#include "views/lessons/lessongallery.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bpui {

namespace {

constexpr const char* kShowKey = "welcome/showAtStartup";

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}

} // namespace

bool WelcomeScreen::showAtStartup()
{
    return studioSettings().value(QString::fromLatin1(kShowKey), true).toBool();
}

void WelcomeScreen::setShowAtStartup(bool show)
{
    studioSettings().setValue(QString::fromLatin1(kShowKey), show);
}

WelcomeScreen::WelcomeScreen(const QList<Lesson>& lessons, const QStringList& recentFiles,
                             QWidget* parent)
    : QDialog(parent), lessons_(lessons)
{
    setObjectName(QStringLiteral("welcomeScreen"));
    setWindowTitle(tr("Welcome to Backprop Studio"));

    QWidget* title = makeTitle();
    makeLessonList();
    QWidget* noRecent = makeRecentList(recentFiles);
    makeStartButtons();
    makeBottomControls();
    layOut(title, noRecent);
    connectControls();
    resize(900, 560);
}

QWidget* WelcomeScreen::makeTitle()
{
    auto* title = new QLabel(
        tr("<h2>Welcome to Backprop Studio</h2><p>Draw a network, load data, press "
           "<b>Train</b> and watch backpropagation learn. Start with a lesson, pick up a "
           "recent project, or begin from the spiral example.</p>"),
        this);
    title->setWordWrap(true);
    return title;
}

// Lessons: the gallery's list, opened by double-click or the button.
void WelcomeScreen::makeLessonList()
{
    lessonList_ = new QListWidget(this);
    lessonList_->setObjectName(QStringLiteral("welcomeLessonList"));
    fillLessonList(lessonList_, lessons_);
    if (!lessons_.isEmpty())
        lessonList_->setCurrentRow(0);
    openLessonButton_ = new QPushButton(tr("Open &lesson"), this);
    openLessonButton_->setObjectName(QStringLiteral("welcomeOpenLessonButton"));
    openLessonButton_->setEnabled(!lessons_.isEmpty());
}

// Recent projects, newest first; files that have gone are left out.
QWidget* WelcomeScreen::makeRecentList(const QStringList& recentFiles)
{
    recentList_ = new QListWidget(this);
    recentList_->setObjectName(QStringLiteral("welcomeRecentList"));
    for (const QString& path : recentFiles) {
        if (!QFileInfo::exists(path))
            continue;
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         QFileInfo(path).fileName(), recentList_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    auto* noRecent = new QLabel(tr("No recent projects yet."), this);
    noRecent->setVisible(recentList_->count() == 0);
    recentList_->setVisible(recentList_->count() > 0);
    return noRecent;
}

void WelcomeScreen::makeStartButtons()
{
    newButton_ = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon),
                                 tr("&New project (spiral example)"), this);
    newButton_->setObjectName(QStringLiteral("welcomeNewButton"));
    openButton_ = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                  tr("&Open project…"), this);
    openButton_->setObjectName(QStringLiteral("welcomeOpenButton"));
}

void WelcomeScreen::makeBottomControls()
{
    showCheck_ = new QCheckBox(tr("&Show at startup"), this);
    showCheck_->setObjectName(QStringLiteral("welcomeShowAtStartup"));
    showCheck_->setChecked(showAtStartup());
    showCheck_->setToolTip(tr("Also under Help → Welcome screen"));
    closeButton_ = new QPushButton(tr("&Close"), this);
    closeButton_->setObjectName(QStringLiteral("welcomeCloseButton"));
}

void WelcomeScreen::layOut(QWidget* title, QWidget* noRecent)
{
    auto* lessonsColumn = new QVBoxLayout;
    lessonsColumn->addWidget(heading(tr("Lessons"), this));
    lessonsColumn->addWidget(lessonList_, 1);
    lessonsColumn->addWidget(openLessonButton_, 0, Qt::AlignLeft);
    auto* startColumn = new QVBoxLayout;
    startColumn->addWidget(heading(tr("Start"), this));
    startColumn->addWidget(newButton_);
    startColumn->addWidget(openButton_);
    startColumn->addSpacing(12);
    startColumn->addWidget(heading(tr("Recent projects"), this));
    startColumn->addWidget(recentList_, 1);
    startColumn->addWidget(noRecent);
    startColumn->addStretch(recentList_->count() == 0 ? 1 : 0);
    auto* columns = new QHBoxLayout;
    columns->addLayout(lessonsColumn, 3);
    columns->addSpacing(16);
    columns->addLayout(startColumn, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(showCheck_);
    bottom->addStretch(1);
    bottom->addWidget(closeButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
}

void WelcomeScreen::connectControls()
{
    connect(showCheck_, &QCheckBox::toggled, this, &WelcomeScreen::setShowAtStartup);
    connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);
    connect(openLessonButton_, &QPushButton::clicked, this, &WelcomeScreen::openCurrentLesson);
    connect(lessonList_, &QListWidget::itemActivated, this, &WelcomeScreen::openCurrentLesson);
    connect(recentList_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString path = item->data(Qt::UserRole).toString();
        accept();
        emit recentFileRequested(path);
    });
    connect(newButton_, &QPushButton::clicked, this, [this] {
        accept();
        emit newProjectRequested();
    });
    connect(openButton_, &QPushButton::clicked, this, [this] {
        accept();
        emit openProjectRequested();
    });
}

void WelcomeScreen::openCurrentLesson()
{
    const int index = lessonList_->currentRow();
    if (index < 0 || index >= lessons_.size())
        return;
    const Lesson lesson = lessons_[index];
    accept();
    emit lessonRequested(lesson);
}

} // namespace bpui

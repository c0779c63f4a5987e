#include "session/lessoncatalog.h"

#include "session/language/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace bpui {

namespace {

constexpr const char* kText = "lesson.md";
constexpr const char* kProject = "lesson.bpstudio";

/// "**Look at.** the *Data* dock" → "Look at. the Data dock": the gallery shows plain text.
QString plain(QString text)
{
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|\\*|__|`)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    text.replace(link, QStringLiteral("\\1"));
    text.remove(emphasis);
    return text.simplified();
}

} // namespace

QStringList LessonCatalog::searchPaths()
{
    QStringList paths;
    const QString override = qEnvironmentVariable("BPS_LESSONS_DIR");
    if (!override.isEmpty())
        paths << override;
    if (QCoreApplication::instance() != nullptr)
        paths << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                 QStringLiteral("/../share/backprop-studio/lessons"));
    for (const QString& dir :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        paths << QDir(dir).filePath(QStringLiteral("backprop-studio/lessons"));
#ifdef BPS_LESSONS_SOURCE_DIR
    paths << QStringLiteral(BPS_LESSONS_SOURCE_DIR);
#endif
    paths.removeDuplicates();
    return paths;
}

QString LessonCatalog::bundledDirectory()
{
    for (const QString& path : searchPaths())
        if (!load(path).isEmpty())
            return QDir(path).absolutePath();
    return {};
}

QList<Lesson> LessonCatalog::bundled()
{
    const QString dir = bundledDirectory();
    return dir.isEmpty() ? QList<Lesson>{} : load(dir);
}

QList<Lesson> LessonCatalog::load(const QString& directory)
{
    QList<Lesson> lessons;
    const QDir dir(directory);
    if (!dir.exists())
        return lessons;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Lesson lesson = read(dir.filePath(name));
        if (!lesson.id.isEmpty())
            lessons << lesson;
    }
    return lessons;
}

Lesson LessonCatalog::read(const QString& folder)
{
    const QDir dir(folder);
    // The lesson in the studio's language (lesson.de.md) when there is one, else lesson.md.
    const QString translated = QStringLiteral("lesson.%1.md").arg(Language::current());
    QFile text(dir.filePath(Language::current() != QLatin1String("en") && dir.exists(translated)
                                ? translated
                                : QString::fromLatin1(kText)));
    if (!QFileInfo::exists(dir.filePath(QString::fromLatin1(kProject))) ||
        !text.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    Lesson lesson;
    lesson.markdown = QString::fromUtf8(text.readAll());
    parseHeader(lesson.markdown, &lesson.title, &lesson.summary);
    lesson.id = dir.dirName();
    if (lesson.title.isEmpty())
        lesson.title = lesson.id;
    lesson.directory = dir.absolutePath();
    lesson.projectPath = dir.absoluteFilePath(QString::fromLatin1(kProject));
    return lesson;
}

void LessonCatalog::parseHeader(const QString& markdown, QString* title, QString* summary)
{
    title->clear();
    summary->clear();
    QStringList paragraph;
    for (const QString& raw : markdown.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (title->isEmpty()) {
            if (line.startsWith(QLatin1String("# ")))
                *title = plain(line.mid(2));
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            if (!paragraph.isEmpty())
                break;
            continue;
        }
        paragraph << line;
    }
    *summary = plain(paragraph.join(QLatin1Char(' ')));
}

} // namespace bpui

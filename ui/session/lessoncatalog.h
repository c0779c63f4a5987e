#pragma once
// The bundled lessons (resources/examples/lessons/): one folder per lesson with its text
// (lesson.md: the first "# " heading is the title, the paragraph after it the summary) and
// its prepared project (lesson.bpstudio), listed in the order of the folder names.
//
// Where they are found, first match wins: $BPS_LESSONS_DIR; <prefix>/share/backprop-studio/
// lessons beside the installed executable (<prefix>/bin); backprop-studio/lessons under the
// standard data directories (/usr/share, /usr/local/share, ~/.local/share); the source tree
// the program was built from.

#include <QList>
#include <QString>
#include <QStringList>

namespace bpui {

struct Lesson
{
    QString id;          // the folder name, e.g. "01-xor-hidden-layer"
    QString title;       // from the first "# " heading
    QString summary;     // the first paragraph after it, as plain text
    QString markdown;    // the whole text
    QString directory;   // absolute path of the folder
    QString projectPath; // absolute path of lesson.bpstudio
};

class LessonCatalog
{
public:
    /// The directories searched for lessons, in order (existing or not).
    static QStringList searchPaths();
    /// The first search path that holds at least one lesson; empty when none does.
    static QString bundledDirectory();
    /// The lessons in bundledDirectory().
    static QList<Lesson> bundled();
    /// Every folder of directory holding both lesson.md and lesson.bpstudio, sorted by name.
    static QList<Lesson> load(const QString& directory);
    /// One lesson folder; a lesson with an empty id when the folder is not a lesson.
    static Lesson read(const QString& folder);
    /// Splits a lesson text into its title and summary (Markdown emphasis removed).
    static void parseHeader(const QString& markdown, QString* title, QString* summary);
};

} // namespace bpui

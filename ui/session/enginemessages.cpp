#include "session/enginemessages.h"

#include "session/enginemessagetable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <span>
#include <vector>

namespace bpui {

// Named, not anonymous: the unity build compiles this file with displaynames.cpp and others.
namespace enginetext {

constexpr const char* kContext = "bpui::EngineMessages";

/// A sentence's English source as a pattern: the text literally, each %N a capture.
QRegularExpression patternOf(const char* source)
{
    static const QRegularExpression argument(QStringLiteral("%(\\d)"));
    const QString text = QString::fromUtf8(source);
    QString pattern = QStringLiteral("^");
    qsizetype from = 0;
    for (auto it = argument.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(text.mid(from, match.capturedStart() - from));
        // A sentence that opens with a value ("%1 can only be used …") must not swallow a
        // place before it ("layer 2: softmax").
        pattern += match.capturedStart() == 0 ? QStringLiteral("((?:(?!: ).)+?)")
                                              : QStringLiteral("(.+?)");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(from)) + QLatin1Char('$');
    return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
}

struct Compiled
{
    QRegularExpression pattern;
    const Sentence* sentence;
};

std::vector<Compiled> compile(std::span<const Sentence> table)
{
    std::vector<Compiled> list;
    list.reserve(table.size());
    for (const Sentence& s : table)
        list.push_back({patternOf(s.text.source), &s});
    return list;
}

QString withArguments(QString text, const QStringList& a)
{
    // One multi-argument arg(): a value that holds "%2" is not substituted again.
    switch (a.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(a[0]);
    case 2:
        return text.arg(a[0], a[1]);
    case 3:
        return text.arg(a[0], a[1], a[2]);
    case 4:
        return text.arg(a[0], a[1], a[2], a[3]);
    default:
        return text.arg(a[0], a[1], a[2], a[3], a[4]);
    }
}

QString translateWith(const std::vector<Compiled>& table, const QString& english);

QString phrase(const QString& english)
{
    static const std::vector<Compiled> table = compile(enginePhrases());
    return translateWith(table, english);
}

/// A value as core quotes or dumps it: '…', "…", a number, null, true, false, […], {…}.
bool isValue(const QString& text)
{
    static const QRegularExpression value(
        QStringLiteral("^('.*'|\".*\"|-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|null|true|"
                       "false|\\[.*\\]|\\{.*\\})$"),
        QRegularExpression::DotMatchesEverythingOption);
    return value.match(text).hasMatch();
}

QString budget(const QString& english)
{
    static const std::vector<Compiled> table = compile(engineBudgets());
    return translateWith(table, english);
}

QString breakdown(const QString& english)
{
    static const std::vector<Compiled> table = compile(engineBreakdownParts());
    QStringList parts;
    for (const QString& part : english.split(QStringLiteral(", "))) {
        const QString text = translateWith(table, part);
        if (text.isNull())
            return {};
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

/// A capture as the translation shows it, or a null string when it is not of its kind.
QString argument(char kind, const QString& captured)
{
    switch (kind) {
    case 'v':
        return captured.startsWith(QLatin1Char('\'')) ? captured : QString();
    case 'p':
        return phrase(captured);
    case 'q': {
        const QString text = phrase(captured);
        if (!text.isNull())
            return text;
        return isValue(captured) ? captured : QString();
    }
    case 'b':
        return budget(captured);
    case 'w':
        return breakdown(captured);
    default:
        return captured;
    }
}

/// english translated by the first sentence of table that matches it whole, or null.
QString translateWith(const std::vector<Compiled>& table, const QString& english)
{
    for (const Compiled& c : table) {
        const QRegularExpressionMatch match = c.pattern.match(english);
        if (!match.hasMatch())
            continue;
        QStringList arguments;
        bool fits = true;
        for (int i = 1; i <= match.lastCapturedIndex() && fits; ++i) {
            const char kind = c.sentence->kinds[i - 1];
            const QString value = argument(kind, match.captured(i));
            fits = !value.isNull();
            arguments << value;
        }
        if (!fits)
            continue;
        return withArguments(QCoreApplication::translate(kContext, c.sentence->text.source,
                                                         c.sentence->text.comment),
                             arguments);
    }
    return {};
}

QString message(const QString& english)
{
    static const std::vector<Compiled> table = [] {
        std::vector<Compiled> list = compile(engineDataMessages());
        const std::vector<Compiled> json = compile(engineJsonMessages());
        list.insert(list.end(), json.begin(), json.end());
        return list;
    }();
    return translateWith(table, english);
}

/// A place: "line 3", "layer 2", … translated; a JSON key path ("data.points.x") kept.
QString place(const QString& english)
{
    static const std::vector<Compiled> table = compile(enginePlaces());
    static const QRegularExpression keyPath(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\[\\]]*$"));
    const QString text = translateWith(table, english);
    if (!text.isNull())
        return text;
    return keyPath.match(english).hasMatch() ? english : QString();
}

QString source(const QString& english)
{
    static const std::vector<Compiled> table = compile(engineSources());
    const QString text = translateWith(table, english);
    return text.isNull() ? english : text; // a file name or path, kept
}

/// "MESSAGE" or "PLACE: …" (a reader may name a place inside another's place).
QString placeAndMessage(const QString& english, int depth = 0)
{
    const QString whole = message(english);
    if (!whole.isNull() || depth > 3)
        return whole;
    const QString separator = QStringLiteral(": ");
    for (qsizetype at = english.indexOf(separator); at > 0;
         at = english.indexOf(separator, at + 1)) {
        const QString where = place(english.left(at));
        if (where.isNull())
            continue;
        const QString rest =
            enginetext::placeAndMessage(english.mid(at + separator.size()), depth + 1);
        if (!rest.isNull())
            return where + separator + rest;
    }
    return {};
}

} // namespace enginetext

QString EngineMessages::text(const char* english)
{
    return text(QString::fromUtf8(english));
}

QString EngineMessages::text(const std::string& english)
{
    return text(QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size())));
}

QString EngineMessages::text(const QString& english)
{
    // The source is everything before the first ": " after which the rest reads as a place
    // and a message (a source may itself hold ": ").
    const QString separator = QStringLiteral(": ");
    for (qsizetype at = english.indexOf(separator); at > 0;
         at = english.indexOf(separator, at + 1)) {
        const QString rest = enginetext::placeAndMessage(english.mid(at + separator.size()));
        if (!rest.isNull())
            return enginetext::source(english.left(at)) + separator + rest;
    }
    return english;
}

} // namespace bpui

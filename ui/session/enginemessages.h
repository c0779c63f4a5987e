#pragma once
// The engine's error messages for bad input in the studio's language. core/ throws
// bp::InputError with English text, "SOURCE: PLACE: MESSAGE" (core/types.h), which the CLI
// prints as it is; the studio passes what() through EngineMessages::text() where it shows it.
//
// The structure is kept: the source (a file name, a path) stays as it is, except the few
// words core uses as a source ("training", "project", …); a place's words are translated
// ("line 3, column 2", "layer 2") and a JSON key path ("data.points.x") is kept; the message
// is matched against the sentences core builds (QRegularExpression from the English source,
// each %N a capture) and translated with its numbers, names and quoted values kept. Every
// sentence is QCoreApplication::translate("bpui::EngineMessages", English) with the English
// literal in a table (QT_TRANSLATE_NOOP3), so lupdate extracts it.
//
// A text the tables do not know entirely comes back unchanged (English rather than half a
// translation); in English the result is byte-identical to the engine's text.

#include <QString>

#include <string>

namespace bpui {

class EngineMessages
{
public:
    /// An exception's what() (a bp::InputError's or another engine error) as the window shows it.
    static QString text(const char* english);
    static QString text(const std::string& english);
    static QString text(const QString& english);
};

} // namespace bpui

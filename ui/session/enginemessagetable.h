#pragma once
// The sentences EngineMessages (enginemessages.h) knows: the English core builds, as lupdate
// extracts it (QT_TRANSLATE_NOOP3 in enginemessagetable.cpp), in the order they are tried (a
// specific sentence before a general one that would also match it).

#include <span>

namespace bpui {

/// One sentence core builds, its English source as lupdate sees it, and one letter per
/// %N argument saying what the capture may be:
///   '-' anything, kept as it is (a number, a path, a list of identifiers, a library's text)
///   'v' a quoted cell ('…'), kept
///   'p' one of the engine's phrases (enginePhrases()), translated; nothing else matches
///   'q' a phrase, translated, or a value (quoted, a number, null, true, false), kept
///   'b' the memory budget ("the memory budget of 7.6 GiB (…)"), translated
///   'w' a training memory breakdown ("weights and gradient 1.0 MiB, …"), translated
struct Sentence
{
    struct
    {
        const char* source;
        const char* comment;
    } text;
    const char* kinds = "";
};

/// Places ("line %1"), sources ("training"), phrases put into a sentence ("an array"), the
/// memory budget, the parts of a training memory estimate, and the messages themselves: of
/// data files and networks (enginemessagetable.cpp), of JSON files (enginemessagetablejson.cpp).
std::span<const Sentence> enginePlaces();
std::span<const Sentence> engineSources();
std::span<const Sentence> enginePhrases();
std::span<const Sentence> engineBudgets();
std::span<const Sentence> engineBreakdownParts();
std::span<const Sentence> engineDataMessages();
std::span<const Sentence> engineJsonMessages();

} // namespace bpui

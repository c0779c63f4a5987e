#pragma once
// Checked reading of a JSON document: every problem becomes an InputError naming the
// source, the key path ("runs[2].history.epoch[7]") and what was expected.
// Internal to core (it exposes nlohmann::json, which only core links).

#include "types.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace bp {

/// The deepest JSON our files may nest: a project nests 5 levels, a model 4, so anything much
/// deeper is not one of ours.
inline constexpr int kMaxJsonDepth = 64;

/// Throws InputError(sourceName, "", "JSON nested deeper than 64 levels is not WHAT") when
/// text nests brackets deeper than maxDepth. Counted without parsing (strings and escapes
/// skipped), and before it: nlohmann's parser, dump and error paths recurse, so a million
/// '[' must be turned away unparsed.
void checkJsonDepth(const std::string& text, const std::string& sourceName, int maxDepth,
                    const char* what);

/// Parses text after refusing it when larger than maxBytes or nested deeper than maxDepth
/// (checkJsonDepth). Parse errors name the byte offset, line and column.
nlohmann::json parseJsonDocument(const std::string& text, const std::string& sourceName,
                                 std::size_t maxBytes, int maxDepth, const char* what);

std::string jsonIndexed(const std::string& path, std::size_t i);  // "path[i]"
/// "an integer", "a string", … for messages of the form "expected X, found Y".
std::string describeJsonType(const nlohmann::json& value);
std::string jsonMember(const std::string& path, const char* key); // "path.key" or "key"

class JsonReader
{
public:
    using Json = nlohmann::json;
    explicit JsonReader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& message) const;
    /// object[key]; a missing key is an error naming path.key.
    const Json& require(const Json& object, const std::string& path, const char* key) const;
    /// object[key], or null when missing.
    static const Json& optional(const Json& object, const char* key);
    void expectType(const Json& value, const std::string& path, bool ok,
                    const char* expected) const;
    const Json& object(const Json& value, const std::string& path) const;
    long long integer(const Json& value, const std::string& path, long long lo, long long hi) const;
    std::uint64_t seed(const Json& value, const std::string& path) const; // any uint64
    /// A finite number in [lo, hi] (1e999 parses to infinity and is refused).
    double number(const Json& value, const std::string& path, double lo, double hi) const;
    /// A finite number, null (NaN), or the strings "inf" / "-inf".
    double anyNumber(const Json& value, const std::string& path) const;
    std::string string(const Json& value, const std::string& path) const;

    const std::string& source() const { return source_; }

private:
    std::string source_;
};

} // namespace bp

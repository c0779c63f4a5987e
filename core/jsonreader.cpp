#include "jsonreader.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp {

namespace {

using Json = nlohmann::json;

/// Deepest bracket nesting, counted without parsing (strings and escapes skipped).
int nestingDepth(const std::string& text, int stopAt)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > stopAt)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

/// nlohmann's what() without its "[json.exception.parse_error.101] " prefix.
std::string plainMessage(const Json::exception& error)
{
    std::string message = error.what();
    const std::size_t at = message.find("] ");
    return at == std::string::npos ? message : message.substr(at + 2);
}

} // namespace

void checkJsonDepth(const std::string& text, const std::string& sourceName, int maxDepth,
                    const char* what)
{
    if (nestingDepth(text, maxDepth) > maxDepth)
        throw InputError(sourceName, "",
                         "JSON nested deeper than " + std::to_string(maxDepth) + " levels is not " +
                             what);
}

Json parseJsonDocument(const std::string& text, const std::string& sourceName, std::size_t maxBytes,
                       int maxDepth, const char* what)
{
    if (text.size() > maxBytes)
        throw InputError(sourceName, "",
                         "file is larger than the " + std::to_string(maxBytes >> 20) + " MiB " +
                             what + " may have");
    checkJsonDepth(text, sourceName, maxDepth, what);
    try {
        return Json::parse(text);
    } catch (const Json::parse_error& error) {
        // The byte offset helps with files written as one long line.
        throw InputError(sourceName, "",
                         "not valid JSON (byte " + std::to_string(error.byte) +
                             "): " + plainMessage(error));
    } catch (const Json::exception& error) {
        // out_of_range.406: a literal such as 1e999 that overflows a double.
        throw InputError(sourceName, "",
                         "not valid JSON: " + plainMessage(error) + " (numbers must be finite)");
    }
}

std::string describeJsonType(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "an integer";
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::binary:
        return "binary data";
    case nlohmann::json::value_t::discarded:
        break;
    }
    return "nothing";
}

std::string jsonIndexed(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

std::string jsonMember(const std::string& path, const char* key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

void JsonReader::fail(const std::string& path, const std::string& message) const
{
    throw InputError(source_, path, message);
}

const Json& JsonReader::require(const Json& object, const std::string& path, const char* key) const
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(jsonMember(path, key), "missing key (see docs/file-formats.md)");
    return *it;
}

const Json& JsonReader::optional(const Json& object, const char* key)
{
    static const Json null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

void JsonReader::expectType(const Json& value, const std::string& path, bool ok,
                            const char* expected) const
{
    if (!ok)
        fail(path, std::string("expected ") + expected + ", found " + describeJsonType(value));
}

const Json& JsonReader::object(const Json& value, const std::string& path) const
{
    expectType(value, path, value.is_object(), "an object");
    return value;
}

long long JsonReader::integer(const Json& value, const std::string& path, long long lo,
                              long long hi) const
{
    expectType(value, path, value.is_number_integer(), "an integer");
    // Unsigned values above INT64_MAX would wrap in get<long long>().
    const bool tooLarge =
        value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(hi);
    const long long n = tooLarge ? hi : value.get<long long>();
    if (tooLarge || n < lo || n > hi)
        fail(path, "expected an integer in " + std::to_string(lo) + ".." + std::to_string(hi) +
                       ", found " + value.dump());
    return n;
}

std::uint64_t JsonReader::seed(const Json& value, const std::string& path) const
{
    expectType(value, path, value.is_number_integer(), "an integer seed");
    if (!value.is_number_unsigned())
        fail(path, "expected a seed in 0..18446744073709551615, found " + value.dump());
    return value.get<std::uint64_t>();
}

double JsonReader::number(const Json& value, const std::string& path, double lo, double hi) const
{
    expectType(value, path, value.is_number(), "a number");
    const double x = value.get<double>();
    if (!std::isfinite(x) || x < lo || x > hi)
        fail(path, "expected a finite number in [" + Json(lo).dump() + ", " + Json(hi).dump() +
                       "], found " + value.dump());
    return x;
}

double JsonReader::anyNumber(const Json& value, const std::string& path) const
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (value.is_null())
        return std::numeric_limits<double>::quiet_NaN();
    if (value.is_string() && (value == "inf" || value == "-inf"))
        return value == "inf" ? inf : -inf;
    expectType(value, path, value.is_number(), "a number, null, \"inf\" or \"-inf\"");
    return value.get<double>();
}

std::string JsonReader::string(const Json& value, const std::string& path) const
{
    expectType(value, path, value.is_string(), "a string");
    return value.get<std::string>();
}

} // namespace bp

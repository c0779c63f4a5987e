#include "dataspec.h"

#include "csvloader.h"
#include "generators.h"
#include "idxloader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <map>
#include <string_view>

namespace bp {

namespace {

/// One parsed "SCHEME:BODY?key=value&..." string; errors name the whole spec.
struct ParsedSpec
{
    std::string scheme;
    std::string body;
    std::map<std::string, std::string> options;
};

[[noreturn]] void fail(const std::string& spec, const std::string& message)
{
    throw InputError("data spec '" + spec + "'", "", message);
}

ParsedSpec parse(const std::string& spec)
{
    ParsedSpec parsed;
    const std::size_t colon = spec.find(':');
    if (colon == std::string::npos || colon == 0)
        fail(spec, "expected SCHEME:..., with scheme builtin, csv or idx");
    parsed.scheme = spec.substr(0, colon);
    // The first '?' starts the options: a value may contain '?', a file name rarely does.
    const std::size_t question = spec.find('?', colon + 1);
    parsed.body = spec.substr(colon + 1, question == std::string::npos ? std::string::npos
                                                                       : question - colon - 1);
    if (question == std::string::npos)
        return parsed;
    std::string_view query(spec);
    query.remove_prefix(question + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue; // tolerate "?&n=1" and a trailing '&'
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos || equals == 0)
            fail(spec, "expected key=value, found '" + std::string(pair) + "'");
        std::string key(pair.substr(0, equals));
        if (parsed.options.count(key) != 0)
            fail(spec, "key '" + key + "' given twice");
        parsed.options.emplace(std::move(key), std::string(pair.substr(equals + 1)));
    }
    return parsed;
}

void checkKeys(const std::string& spec, const ParsedSpec& parsed,
               std::initializer_list<std::string_view> known)
{
    for (const auto& [key, value] : parsed.options) {
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        std::string list;
        for (std::string_view name : known)
            list += (list.empty() ? "" : ", ") + std::string(name);
        fail(spec, "unknown key '" + key + "' for " + parsed.scheme + " (expected " + list + ")");
    }
}

/// Integer or floating-point option parsed whole with from_chars (no locale, no trailing junk).
template <typename T>
T number(const std::string& spec, const ParsedSpec& parsed, const std::string& key, T fallback)
{
    const auto found = parsed.options.find(key);
    if (found == parsed.options.end())
        return fallback;
    const std::string& text = found->second;
    T value{};
    const std::from_chars_result result =
        std::from_chars(text.data(), text.data() + text.size(), value);
    bool ok = result.ec == std::errc() && result.ptr == text.data() + text.size() && !text.empty();
    if constexpr (std::is_floating_point_v<T>)
        ok = ok && std::isfinite(value);
    if (!ok)
        fail(spec, "bad number for " + key + ": '" + text + "'");
    return value;
}

Dataset loadBuiltin(const std::string& spec, const ParsedSpec& parsed)
{
    checkKeys(spec, parsed, {"n", "noise", "seed", "classes"});
    if (parsed.body.empty())
        fail(spec, "missing generator name after 'builtin:'");
    GeneratorSpec generator;
    generator.name = parsed.body;
    generator.n = number<Index>(spec, parsed, "n", generator.n);
    generator.noise = number<double>(spec, parsed, "noise", generator.noise);
    generator.seed = number<std::uint64_t>(spec, parsed, "seed", generator.seed);
    generator.classes = number<int>(spec, parsed, "classes", generator.classes);
    return generateDataset(generator);
}

CsvLoad loadCsvSpec(const std::string& spec, const ParsedSpec& parsed,
                    const CancellationToken* token)
{
    checkKeys(spec, parsed, {"label", "task", "delimiter", "header"});
    if (parsed.body.empty())
        fail(spec, "missing file name after 'csv:'");
    CsvOptions options;
    if (const auto label = parsed.options.find("label"); label != parsed.options.end())
        options.labelColumn = label->second;
    if (const auto task = parsed.options.find("task"); task != parsed.options.end()) {
        if (task->second == "regression")
            options.task = TaskKind::Regression;
        else if (task->second != "classification")
            fail(spec, "task must be classification or regression, found '" + task->second + "'");
    }
    if (const auto delimiter = parsed.options.find("delimiter");
        delimiter != parsed.options.end()) {
        const std::string& text = delimiter->second;
        // ';' and tab cannot be typed into a query string comfortably: accept names too.
        if (text == "tab" || text == "\\t" || text == "\t")
            options.delimiter = '\t';
        else if (text == "comma" || text == ",")
            options.delimiter = ',';
        else if (text == "semicolon" || text == ";")
            options.delimiter = ';';
        else
            fail(spec, "delimiter must be ',', ';' or tab, found '" + text + "'");
    }
    if (const auto header = parsed.options.find("header"); header != parsed.options.end()) {
        if (header->second == "yes" || header->second == "true" || header->second == "1")
            options.hasHeader = true;
        else if (header->second == "no" || header->second == "false" || header->second == "0")
            options.hasHeader = false;
        else if (header->second != "auto")
            fail(spec, "header must be yes, no or auto, found '" + header->second + "'");
    }
    return loadCsvWithWarnings(parsed.body, options, token);
}

Dataset loadIdxSpec(const std::string& spec, const ParsedSpec& parsed,
                    const CancellationToken* token)
{
    checkKeys(spec, parsed, {"max"});
    const std::size_t comma = parsed.body.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == parsed.body.size())
        fail(spec, "expected idx:IMAGES_FILE,LABELS_FILE");
    const Index max = number<Index>(spec, parsed, "max", 0);
    if (max < 0)
        fail(spec, "max must be 0 (all) or a positive count, found " + std::to_string(max));
    return loadIdx(parsed.body.substr(0, comma), parsed.body.substr(comma + 1), max, token);
}

} // namespace

Dataset loadDataSpec(const std::string& spec, const CancellationToken* token)
{
    return loadDataSpecWithWarnings(spec, token).data;
}

DataSpecLoad loadDataSpecWithWarnings(const std::string& spec, const CancellationToken* token)
{
    const ParsedSpec parsed = parse(spec);
    if (parsed.scheme == "builtin")
        return {loadBuiltin(spec, parsed), {}};
    if (parsed.scheme == "csv") {
        CsvLoad load = loadCsvSpec(spec, parsed, token);
        return {std::move(load.data), std::move(load.warnings)};
    }
    if (parsed.scheme == "idx")
        return {loadIdxSpec(spec, parsed, token), {}};
    fail(spec, "unknown scheme '" + parsed.scheme + "' (expected builtin, csv or idx)");
}

} // namespace bp

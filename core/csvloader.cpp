#include "csvloader.h"

#include "csvtext.h"
#include "csvtokenizer.h"
#include "memorybudget.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <string_view>
#include <unordered_map>

namespace bp {

namespace {

using namespace csvdetail;

// Reading the whole file at once is what makes parsing fast; beyond this the doubles alone
// would crowd out the machine, so say so instead of swapping.
constexpr std::uintmax_t maxFileBytes = std::uintmax_t{1} << 30;
// A label column with this many distinct values is a regression target loaded by mistake.
constexpr std::size_t maxClasses = 1000;
// Detection looks at the start only: enough lines to be sure, bounded for binary garbage.
constexpr std::size_t detectionBytes = 64 * 1024;
constexpr int detectionLines = 20;
constexpr std::size_t previewBytes = 4 * 1024 * 1024;
constexpr Index cancelCheckRows = 4096;

/// Counts candidates outside quotes on the first lines; the delimiter is the one that splits
/// every line into the same number of fields (most fields wins), else the commonest.
char detectDelimiter(std::string_view text)
{
    const std::array<char, 3> candidates{',', ';', '\t'};
    std::array<std::vector<int>, 3> counts;
    const std::string_view head = text.substr(0, detectionBytes);
    bool inQuotes = false;
    std::array<int, 3> current{0, 0, 0};
    bool lineHasText = false;
    auto endLine = [&] {
        if (lineHasText) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                counts[k].push_back(current[k]);
        }
        current = {0, 0, 0};
        lineHasText = false;
    };
    for (char c : head) {
        if (counts[0].size() >= static_cast<std::size_t>(detectionLines))
            break;
        if (c == '"')
            inQuotes = !inQuotes;
        if (inQuotes) {
            lineHasText = true;
            continue;
        }
        if (c == '\n' || c == '\r') {
            endLine();
            continue;
        }
        if (c != ' ')
            lineHasText = true;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            current[k] += c == candidates[k] ? 1 : 0;
    }
    endLine();

    char best = ',';
    int bestCount = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) { // consistent counts first
        const std::vector<int>& lines = counts[k];
        if (lines.empty() || lines.front() == 0)
            continue;
        const bool consistent = std::all_of(lines.begin(), lines.end(),
                                            [&](int count) { return count == lines.front(); });
        if (consistent && lines.front() > bestCount) {
            best = candidates[k];
            bestCount = lines.front();
        }
    }
    if (bestCount > 0)
        return best;
    for (std::size_t k = 0; k < candidates.size(); ++k) { // ragged file: the commonest
        const int first = counts[k].empty() ? 0 : counts[k].front();
        if (first > bestCount) {
            best = candidates[k];
            bestCount = first;
        }
    }
    return best;
}

bool isIndex(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Detection
{
    char delimiter = ',';
    bool hasHeader = false;
};

/// First row is a header if it has text where the first data row has a number (or, alone,
/// is text throughout).
bool detectHeader(std::string_view text, char delimiter, const std::string& source)
{
    Tokenizer tokenizer(text, delimiter, source);
    std::vector<std::string_view> fields;
    if (!tokenizer.next(fields))
        return false;
    const std::vector<std::string> first(fields.begin(), fields.end());
    if (!tokenizer.next(fields)) {
        return std::none_of(first.begin(), first.end(),
                            [](const std::string& cell) { return looksNumeric(cell); });
    }
    const std::size_t shared = std::min(first.size(), fields.size());
    for (std::size_t c = 0; c < shared; ++c) {
        double ignored = 0.0;
        if (looksNumeric(fields[c]) && parseNumber(first[c], ignored) == NumberStatus::NotNumber)
            return true;
    }
    return false;
}

Detection detect(std::string_view text, const CsvOptions& options, const std::string& source)
{
    Detection result;
    if (options.delimiter) {
        const char d = *options.delimiter;
        if (d == '"' || d == '\n' || d == '\r' || d == '\0')
            throw InputError(source, "", "invalid delimiter " + delimiterName(d));
        result.delimiter = d;
    } else {
        result.delimiter = detectDelimiter(text);
    }
    result.hasHeader =
        options.hasHeader ? *options.hasHeader : detectHeader(text, result.delimiter, source);
    return result;
}

std::string generatedColumnName(std::size_t index)
{
    return "column " + std::to_string(index + 1);
}

/// Hash that lets an unordered_map<std::string, …> be searched with a string_view.
struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

} // namespace

const std::vector<std::string>& labelColumnNames()
{
    static const std::vector<std::string> names{
        "label", "labels", "class", "target", "y",     "species", "cultivar", "variety",
        "quality", "digit", "category", "outcome", "diagnosis"};
    return names;
}

namespace {

std::string lowerTrimmed(std::string_view text)
{
    std::string lower(trim(text));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return lower;
}

/// Up to `limit` distinct values of one feature row (limit + 1 means "more").
std::size_t distinctValues(const Matrix& features, Index row, std::size_t limit)
{
    std::vector<double> seen;
    for (Index i = 0; i < features.cols() && seen.size() <= limit; ++i) {
        const double value = features(row, i);
        if (std::find(seen.begin(), seen.end(), value) == seen.end())
            seen.push_back(value);
    }
    return seen.size();
}

} // namespace

std::size_t defaultLabelColumn(const std::vector<std::string>& columnNames)
{
    std::vector<std::string> lower;
    lower.reserve(columnNames.size());
    for (const std::string& name : columnNames)
        lower.push_back(lowerTrimmed(name));
    const bool hasX = std::find(lower.begin(), lower.end(), "x") != lower.end();
    for (const std::string& wanted : labelColumnNames()) {
        if (wanted == "y" && hasX)
            continue;
        const auto found = std::find(lower.begin(), lower.end(), wanted);
        if (found != lower.end())
            return static_cast<std::size_t>(found - lower.begin());
    }
    return columnNames.empty() ? 0 : columnNames.size() - 1;
}

std::string labelColumnWarning(const Dataset& data, const std::string& labelName)
{
    if (data.task() != TaskKind::Classification)
        return {};
    const auto classes = static_cast<Index>(data.classCount());
    const Index m = data.size();
    const bool many = classes > kManyClasses;
    const bool sparse = classes > 2 && classes * 5 > m;
    if (!many && !sparse)
        return {};
    std::string text = "label column " + (labelName.empty() ? std::string("") : "'" + labelName + "' ") +
                       "has " + std::to_string(classes) + " distinct values in " +
                       std::to_string(m) + " examples (" +
                       (many ? "more than " + std::to_string(kManyClasses) + " classes"
                             : "fewer than 5 examples per class") +
                       "): it looks like a measurement, not a class. Use task=regression";
    // Columns that could be the class: 2 … kManyClasses distinct values (bounded work: a
    // column stops counting past the limit, and at most the first 1000 are looked at).
    std::string candidates;
    int listed = 0;
    const Index columns = std::min<Index>(data.featureCount(), 1000);
    for (Index j = 0; j < columns && listed < 3; ++j) {
        const std::size_t distinct = distinctValues(data.features, j, kManyClasses);
        if (distinct < 2 || distinct > static_cast<std::size_t>(kManyClasses))
            continue;
        const std::string name = static_cast<std::size_t>(j) < data.featureNames.size()
                                     ? data.featureNames[static_cast<std::size_t>(j)]
                                     : "column " + std::to_string(j + 1);
        candidates += (listed == 0 ? "" : ", ") + name + " (" + std::to_string(distinct) + ")";
        ++listed;
    }
    text += candidates.empty()
                ? ", or choose another label column"
                : ", or choose another label column; few distinct values: " + candidates;
    return text;
}

namespace {

struct ParsedCsv
{
    Dataset data;
    std::string labelColumn;
};

ParsedCsv parseCsvText(const std::string& fullText, const std::string& sourceName,
                       const CsvOptions& options, const CancellationToken* token)
{
    const std::string& source = sourceName;
    const std::string_view text = withoutBom(fullText);
    if (isBlank(text))
        throw InputError(source, "", "empty file");
    const Detection detection = detect(text, options, source);
    validateText(text, detection.delimiter, source, false);

    Tokenizer tokenizer(text, detection.delimiter, source);
    std::vector<std::string_view> fields;
    fields.reserve(64);
    std::vector<std::string> columnNames;
    if (detection.hasHeader) {
        if (!tokenizer.next(fields))
            throw InputError(source, "", "empty file");
        columnNames.assign(fields.begin(), fields.end());
    }

    // The column count comes from the header or else the first data row.
    bool haveRow = tokenizer.next(fields);
    if (!haveRow) {
        throw InputError(source, "",
                         "no data rows (only a header" +
                             std::string(detection.hasHeader ? ")" : " or blank lines)"));
    }
    const std::size_t columns = detection.hasHeader ? columnNames.size() : fields.size();
    if (!detection.hasHeader) {
        for (std::size_t c = 0; c < columns; ++c)
            columnNames.push_back(generatedColumnName(c));
    }
    if (columns < 2) {
        throw InputError(source, place(tokenizer.recordLine()),
                         "only 1 column (delimiter " + delimiterName(detection.delimiter) +
                             "): need at least one feature column besides the label");
    }

    std::size_t labelColumn = defaultLabelColumn(columnNames);
    if (!options.labelColumn.empty()) {
        const std::string wanted(trim(options.labelColumn));
        const auto named = std::find(columnNames.begin(), columnNames.end(), wanted);
        if (named != columnNames.end()) {
            labelColumn = static_cast<std::size_t>(named - columnNames.begin());
        } else if (isIndex(wanted) && wanted.size() < 10 && std::stoul(wanted) < columns) {
            labelColumn = std::stoul(wanted);
        } else {
            throw InputError(source, "",
                             "unknown label column '" + options.labelColumn + "' (the file has " +
                                 std::to_string(columns) + " columns" +
                                 (detection.hasHeader ? "; use a header name or a 0-based index)"
                                                      : " and no header; use a 0-based index)"));
        }
    }
    const bool regression = options.task == TaskKind::Regression;
    const auto featureCount = static_cast<Index>(columns - 1);

    // Examples go into one flat buffer, record after record: exactly the column-major n × m
    // layout of the feature matrix, so building it is one copy.
    // Reserved for the most cells the text can hold (a digit and a delimiter each, within the
    // memory budget), so it does not reallocate: only the pages written become resident, in
    // huge pages where the kernel can.
    std::vector<double> values;
    values.reserve(std::min<std::size_t>(text.size() / 2 + 16,
                                         memoryBudgetBytes() / sizeof(double)));
    adviseHugePages(values.data(), values.capacity() * sizeof(double));
    std::vector<double> targets;
    std::vector<int> labelIds; // index into labelTexts until classes are known
    std::vector<std::string> labelTexts;
    std::vector<Index> labelFirstLine;
    std::unordered_map<std::string, int, TextHash, std::equal_to<>> labelIdOf;

    Index rows = 0;
    for (; haveRow; haveRow = tokenizer.next(fields)) {
        const Index line = tokenizer.recordLine();
        if (fields.size() != columns) {
            throw InputError(source, place(line),
                             "expected " + std::to_string(columns) + " fields, found " +
                                 std::to_string(fields.size()));
        }
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string_view cell = fields[c];
            if (c == labelColumn && !regression) {
                if (cell.empty()) {
                    throw InputError(source, place(line, static_cast<Index>(c + 1)),
                                     "expected a class label, found an empty cell");
                }
                const auto found = labelIdOf.find(cell);
                if (found != labelIdOf.end()) {
                    labelIds.push_back(found->second);
                    continue;
                }
                if (labelTexts.size() >= maxClasses) {
                    throw InputError(source, place(line, static_cast<Index>(c + 1)),
                                     "more than " + std::to_string(maxClasses) +
                                         " distinct labels: is this a regression target? "
                                         "(use task=regression)");
                }
                const int id = static_cast<int>(labelTexts.size());
                labelTexts.emplace_back(cell);
                labelFirstLine.push_back(line);
                labelIdOf.emplace(std::string(cell), id);
                labelIds.push_back(id);
                continue;
            }
            double value = 0.0;
            switch (parseNumber(cell, value)) {
            case NumberStatus::Ok:
                break;
            case NumberStatus::Empty:
                throw InputError(source, place(line, static_cast<Index>(c + 1)),
                                 "expected a number, found an empty cell");
            case NumberStatus::NotNumber:
                throw InputError(source, place(line, static_cast<Index>(c + 1)),
                                 "expected a number, found " + quoteCell(cell));
            case NumberStatus::NotFinite:
                throw InputError(source, place(line, static_cast<Index>(c + 1)),
                                 "expected a finite number, found " + quoteCell(cell));
            }
            if (c == labelColumn)
                targets.push_back(value);
            else
                values.push_back(value);
        }
        ++rows;
        if (rows % cancelCheckRows == 0)
            throwIfCancelled(token);
    }

    Dataset data;
    data.name = std::filesystem::path(source).stem().string();
    data.features.resize(featureCount, rows);
    adviseHugePages(data.features.data(), values.size() * sizeof(double));
    data.features = ConstMatrixMap(values.data(), featureCount, rows);
    for (std::size_t c = 0; c < columns; ++c) {
        if (c != labelColumn)
            data.featureNames.push_back(columnNames[c]);
    }
    if (regression) {
        data.targets = ConstMatrixMap(targets.data(), 1, rows);
        return {std::move(data), columnNames[labelColumn]};
    }

    if (labelTexts.size() < 2) {
        throw InputError(source, "column " + std::to_string(labelColumn + 1),
                         "only one class (" + quoteCell(labelTexts.front()) +
                             ") in the label column: classification needs at least 2 "
                             "(or use task=regression)");
    }
    // Numeric labels order classes by value (so "0".."9" are classes 0..9 whatever comes
    // first); text labels keep the order in which they first appear.
    std::vector<double> labelValues(labelTexts.size());
    bool numeric = true;
    for (std::size_t k = 0; k < labelTexts.size() && numeric; ++k)
        numeric = parseNumber(labelTexts[k], labelValues[k]) == NumberStatus::Ok;
    std::vector<int> classOf(labelTexts.size());
    if (numeric) {
        std::map<double, int> classOfValue;
        for (double value : labelValues)
            classOfValue.emplace(value, 0);
        int next = 0;
        for (auto& entry : classOfValue)
            entry.second = next++;
        data.classNames.assign(classOfValue.size(), std::string());
        for (std::size_t k = 0; k < labelTexts.size(); ++k) {
            classOf[k] = classOfValue[labelValues[k]];
            std::string& name = data.classNames[static_cast<std::size_t>(classOf[k])];
            if (name.empty()) // "1" and "1.0" are one class, named as first written
                name = labelTexts[k];
        }
        if (data.classNames.size() < 2) {
            throw InputError(source, "column " + std::to_string(labelColumn + 1),
                             "only one class (" + quoteCell(data.classNames.front()) +
                                 ") in the label column: classification needs at least 2 "
                                 "(or use task=regression)");
        }
    } else {
        for (std::size_t k = 0; k < labelTexts.size(); ++k)
            classOf[k] = static_cast<int>(k);
        data.classNames = labelTexts;
    }
    data.labels.resize(labelIds.size());
    for (std::size_t i = 0; i < labelIds.size(); ++i)
        data.labels[i] = classOf[static_cast<std::size_t>(labelIds[i])];
    return {std::move(data), columnNames[labelColumn]};
}

} // namespace

Dataset parseCsv(const std::string& text, const std::string& sourceName,
                 const CsvOptions& options, const CancellationToken* token)
{
    return parseCsvText(text, sourceName, options, token).data;
}

CsvLoad parseCsvWithWarnings(const std::string& text, const std::string& sourceName,
                             const CsvOptions& options, const CancellationToken* token)
{
    ParsedCsv parsed = parseCsvText(text, sourceName, options, token);
    CsvLoad load;
    const std::string warning = labelColumnWarning(parsed.data, parsed.labelColumn);
    if (!warning.empty())
        load.warnings.push_back(sourceName + ": " + warning);
    load.data = std::move(parsed.data);
    load.labelColumn = std::move(parsed.labelColumn);
    return load;
}

Dataset loadCsv(const std::string& path, const CsvOptions& options, const CancellationToken* token)
{
    const std::string text = readFile(path, static_cast<std::size_t>(maxFileBytes), false);
    throwIfCancelled(token);
    return parseCsv(text, sourceNameOf(path), options, token);
}

CsvLoad loadCsvWithWarnings(const std::string& path, const CsvOptions& options,
                            const CancellationToken* token)
{
    const std::string text = readFile(path, static_cast<std::size_t>(maxFileBytes), false);
    throwIfCancelled(token);
    return parseCsvWithWarnings(text, sourceNameOf(path), options, token);
}

CsvPreview previewCsv(const std::string& path, int maxRows)
{
    const std::string source = sourceNameOf(path);
    const std::string fullText = readFile(path, previewBytes, true);
    const std::string_view text = withoutBom(fullText);
    if (isBlank(text))
        throw InputError(source, "", "empty file");
    const Detection detection = detect(text, CsvOptions{}, source);
    validateText(text, detection.delimiter, source, true);

    CsvPreview preview;
    preview.delimiter = detection.delimiter;
    preview.hasHeader = detection.hasHeader;
    Tokenizer tokenizer(text, detection.delimiter, source);
    std::vector<std::string_view> fields;
    std::size_t columns = 0;
    if (detection.hasHeader && tokenizer.next(fields)) {
        preview.header.assign(fields.begin(), fields.end());
        columns = fields.size();
    }
    // The prefix may end inside a record: stop at the last complete one rather than fail.
    try {
        while (static_cast<int>(preview.rows.size()) < maxRows && tokenizer.next(fields)) {
            preview.rows.emplace_back(fields.begin(), fields.end());
            // The first record sets the columns, as for the loader: a ragged row further
            // down must not add a phantom column that would become the default label.
            if (columns == 0)
                columns = fields.size();
        }
    } catch (const InputError&) {
        if (preview.rows.empty() && fullText.size() < previewBytes)
            throw;
    }
    for (std::size_t c = preview.header.size(); c < columns; ++c)
        preview.header.push_back(generatedColumnName(c));
    if (!preview.header.empty())
        preview.labelColumn = defaultLabelColumn(preview.header);
    return preview;
}

} // namespace bp

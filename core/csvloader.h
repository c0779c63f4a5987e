#pragma once
// CSV data files: delimiter and header detection, quoted fields, CRLF, UTF-8 BOM, string
// labels mapped to classes. Every problem is an InputError naming file, line and column.
//
// The label column, unless chosen: the first column whose header names a label (see
// defaultLabelColumn: label, class, target, species, cultivar, …), else the last one. A
// classification label column with more distinct values than kManyClasses, or fewer than
// five examples per class, is loaded but warned about (labelColumnWarning): it is probably a
// measurement (a regression target, or a feature such as wine's proline).

#include "dataset.h"

#include <optional>
#include <string>
#include <vector>

namespace bp {

struct CsvOptions
{
    std::optional<char> delimiter;   // detected from ',', ';', '\t' when empty
    std::optional<bool> hasHeader;   // detected when empty (first row non-numeric where data is)
    std::string labelColumn;         // a header name or a 0-based index; empty = the default
                                     // (defaultLabelColumn)
    TaskKind task = TaskKind::Classification;
};

/// The first rows of a file as text cells, with what detection found (for the preview table).
struct CsvPreview
{
    char delimiter = ',';
    bool hasHeader = false;
    std::vector<std::string> header;             // column names (generated "column N" if none)
    std::vector<std::vector<std::string>> rows;  // first rows as cells
    std::size_t labelColumn = 0;                 // the loader's default (defaultLabelColumn)
};

/// A loaded file with what the user should hear about it (the CLI prints the warnings, the
/// Data dock shows them).
struct CsvLoad
{
    Dataset data;
    std::string labelColumn;           // the label column's name (header or "column N")
    std::vector<std::string> warnings; // "SOURCE: message", e.g. labelColumnWarning's
};

/// More distinct labels than this in a classification column draw a warning.
inline constexpr int kManyClasses = 20;

/// Header names that mark the label column, compared case-insensitively and trimmed, in
/// order of preference. "y" counts only when no column is named "x" (x, y are coordinates).
const std::vector<std::string>& labelColumnNames();

/// The label column the loader takes when none is given: the first header in
/// labelColumnNames' order, else the last column. columnNames must not be empty.
std::size_t defaultLabelColumn(const std::vector<std::string>& columnNames);

/// Empty when `data`'s classes look like classes; otherwise why not and what to do instead
/// (task=regression, or other columns with few distinct values). Classes are suspicious when
/// more than kManyClasses, or more than m/5 (fewer than five examples each) and more than 2.
/// labelName names the column in the message.
std::string labelColumnWarning(const Dataset& data, const std::string& labelName);

Dataset loadCsv(const std::string& path, const CsvOptions& options = {},
                const CancellationToken* token = nullptr);
/// The same from text in memory; sourceName is used in messages.
Dataset parseCsv(const std::string& text, const std::string& sourceName, const CsvOptions& options = {},
                 const CancellationToken* token = nullptr);
/// loadCsv / parseCsv with the label column's name and the warnings.
CsvLoad loadCsvWithWarnings(const std::string& path, const CsvOptions& options = {},
                            const CancellationToken* token = nullptr);
CsvLoad parseCsvWithWarnings(const std::string& text, const std::string& sourceName,
                             const CsvOptions& options = {},
                             const CancellationToken* token = nullptr);
CsvPreview previewCsv(const std::string& path, int maxRows = 20);

} // namespace bp

#pragma once
// CSV data files: delimiter and header detection, quoted fields, CRLF, UTF-8 BOM, string
// labels mapped to classes. Every problem is an InputError naming file, line and column.

#include "dataset.h"

#include <optional>
#include <string>
#include <vector>

namespace bp {

struct CsvOptions
{
    std::optional<char> delimiter;   // detected from ',', ';', '\t' when empty
    std::optional<bool> hasHeader;   // detected when empty (first row non-numeric where data is)
    std::string labelColumn;         // a header name or a 0-based index; empty = last column
    TaskKind task = TaskKind::Classification;
};

/// The first rows of a file as text cells, with what detection found (for the preview table).
struct CsvPreview
{
    char delimiter = ',';
    bool hasHeader = false;
    std::vector<std::string> header;             // column names (generated "column N" if none)
    std::vector<std::vector<std::string>> rows;  // first rows as cells
};

Dataset loadCsv(const std::string& path, const CsvOptions& options = {},
                const CancellationToken* token = nullptr);
/// The same from text in memory; sourceName is used in messages.
Dataset parseCsv(const std::string& text, const std::string& sourceName, const CsvOptions& options = {},
                 const CancellationToken* token = nullptr);
CsvPreview previewCsv(const std::string& path, int maxRows = 20);

} // namespace bp

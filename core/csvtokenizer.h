#pragma once
// The CSV tokenizer and cell helpers behind csvloader.cpp: RFC 4180 records (quoted fields
// with "" escapes, CRLF, lone CR) with physical line numbers for messages, and number
// parsing. Internal to core: csvloader.h is the interface.

#include "types.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace bp::csvdetail {

// Longer records are almost surely not CSV (or a missing newline convention); refusing them
// keeps a binary or minified file from producing one absurd row.
inline constexpr std::size_t maxRecordBytes = std::size_t{1} << 20;

std::string place(Index line);
std::string place(Index line, Index column);
std::string sourceNameOf(const std::string& path);
/// Quotes a cell for a message, shortened so one bad megabyte does not flood the dialog.
std::string quoteCell(std::string_view cell);
/// Without spaces and tabs at either end.
std::string_view trim(std::string_view cell);
std::string delimiterName(char delimiter);

enum class NumberStatus
{
    Ok,
    Empty,
    NotNumber,
    NotFinite
};

/// Parses a whole (trimmed) cell as a double.
NumberStatus parseNumber(std::string_view cell, double& value);
bool looksNumeric(std::string_view cell);

/// Splits the text into records (RFC 4180: quoted fields with "" escapes may span lines),
/// tracking physical line numbers for messages.
class Tokenizer
{
public:
    Tokenizer(std::string_view text, char delimiter, const std::string& source)
        : p_(text.data()), end_(text.data() + text.size()), delimiter_(delimiter), source_(source)
    {
    }

    /// Next record into fields (views valid until the next call); false at the end.
    /// Blank and whitespace-only lines are skipped: they carry no example.
    bool next(std::vector<std::string_view>& fields)
    {
        while (p_ < end_) {
            readRecord(fields);
            if (fields.size() > 1 || !trim(fields.front()).empty() || lastWasQuoted_)
                return true;
        }
        return false;
    }

    Index recordLine() const { return recordLine_; }

private:
    void readRecord(std::vector<std::string_view>& fields)
    {
        fields.clear();
        scratch_.clear();
        lastWasQuoted_ = false;
        recordLine_ = line_;
        const char* recordStart = p_;
        for (;;) {
            const char* fieldStart = p_;
            while (p_ < end_ && (*p_ == ' ' || (*p_ == '\t' && delimiter_ != '\t')))
                ++p_;
            if (p_ < end_ && *p_ == '"') {
                fields.push_back(readQuoted(fields.size() + 1, recordStart));
                lastWasQuoted_ = true;
            } else {
                p_ = fieldStart;
                while (p_ < end_ && *p_ != delimiter_ && *p_ != '\n' && *p_ != '\r')
                    ++p_;
                fields.push_back(trim(std::string_view(fieldStart, p_ - fieldStart)));
            }
            if (static_cast<std::size_t>(p_ - recordStart) > maxRecordBytes)
                throw InputError(source_, place(recordLine_),
                                 "line longer than 1 MiB: this does not look like a CSV file");
            if (p_ >= end_)
                return;
            const char c = *p_++;
            if (c == delimiter_)
                continue;
            // '\n', "\r\n" or a lone '\r' (old Mac files) ends the record.
            if (c == '\r' && p_ < end_ && *p_ == '\n')
                ++p_;
            ++line_;
            return;
        }
    }

    std::string_view readQuoted(std::size_t column, const char* recordStart)
    {
        ++p_; // opening quote
        const char* start = p_;
        bool escaped = false;
        for (;;) {
            const void* found = std::memchr(p_, '"', static_cast<std::size_t>(end_ - p_));
            if (found == nullptr || static_cast<const char*>(found) - recordStart >
                                        static_cast<std::ptrdiff_t>(maxRecordBytes)) {
                if (found != nullptr)
                    throw InputError(source_, place(recordLine_),
                                     "line longer than 1 MiB: this does not look like a CSV file");
                throw InputError(source_, place(recordLine_, static_cast<Index>(column)),
                                 "unterminated quoted field (missing closing '\"')");
            }
            const char* quote = static_cast<const char*>(found);
            line_ += std::count(p_, quote, '\n');
            p_ = quote + 1;
            if (p_ < end_ && *p_ == '"') { // "" is an escaped quote inside the field
                escaped = true;
                ++p_;
                continue;
            }
            std::string_view content(start, quote - start);
            while (p_ < end_ && (*p_ == ' ' || (*p_ == '\t' && delimiter_ != '\t')))
                ++p_;
            if (p_ < end_ && *p_ != delimiter_ && *p_ != '\n' && *p_ != '\r')
                throw InputError(source_, place(recordLine_, static_cast<Index>(column)),
                                 "unexpected text after a closing quote");
            if (!escaped)
                return content;
            std::string unescaped;
            unescaped.reserve(content.size());
            for (std::size_t i = 0; i < content.size(); ++i) {
                unescaped += content[i];
                if (content[i] == '"')
                    ++i; // skip the second quote of the pair
            }
            // A deque never moves its elements, so earlier views stay valid.
            scratch_.push_back(std::move(unescaped));
            return scratch_.back();
        }
    }

    const char* p_;
    const char* end_;
    char delimiter_;
    const std::string& source_;
    Index line_ = 1;
    Index recordLine_ = 1;
    bool lastWasQuoted_ = false;
    std::deque<std::string> scratch_;
};

} // namespace bp::csvdetail

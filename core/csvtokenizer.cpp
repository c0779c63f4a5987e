#include "csvtokenizer.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace bp::csvdetail {

std::string place(Index line)
{
    return "line " + std::to_string(line);
}
std::string place(Index line, Index column)
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string sourceNameOf(const std::string& path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

/// Quotes a cell for a message, shortened so one bad megabyte does not flood the dialog.
std::string quoteCell(std::string_view cell)
{
    constexpr std::size_t maxShown = 40;
    if (cell.size() <= maxShown)
        return "'" + std::string(cell) + "'";
    return "'" + std::string(cell.substr(0, maxShown)) + "...'";
}

/// Without spaces and tabs at either end (a hand loop: find_first_not_of calls memchr per
/// character, which showed up in profiles).
std::string_view trim(std::string_view cell)
{
    std::size_t first = 0;
    std::size_t last = cell.size();
    while (first < last && (cell[first] == ' ' || cell[first] == '\t'))
        ++first;
    while (last > first && (cell[last - 1] == ' ' || cell[last - 1] == '\t'))
        --last;
    return cell.substr(first, last - first);
}

std::string delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return "tab";
    return std::string("'") + delimiter + "'";
}

/// Parses a whole (trimmed) cell as a double; from_chars keeps this allocation-free and fast.
NumberStatus parseNumber(std::string_view cell, double& value)
{
    cell = trim(cell);
    if (cell.empty())
        return NumberStatus::Empty;
    const char* begin = cell.data();
    const char* end = begin + cell.size();
    // from_chars refuses an explicit '+', which spreadsheets do write.
    if (*begin == '+' && cell.size() > 1 && begin[1] != '-' && begin[1] != '+')
        ++begin;
    const std::from_chars_result result = std::from_chars(begin, end, value);
    if (result.ptr != end || result.ec == std::errc::invalid_argument)
        return NumberStatus::NotNumber;
    if (result.ec == std::errc::result_out_of_range) {
        // Underflow is a perfectly good 0 (or a denormal); only overflow is a problem.
        const std::string copy(begin, end);
        value = std::strtod(copy.c_str(), nullptr);
    }
    return std::isfinite(value) ? NumberStatus::Ok : NumberStatus::NotFinite;
}

bool looksNumeric(std::string_view cell)
{
    double ignored = 0.0;
    const NumberStatus status = parseNumber(cell, ignored);
    return status == NumberStatus::Ok || status == NumberStatus::NotFinite;
}

} // namespace bp::csvdetail

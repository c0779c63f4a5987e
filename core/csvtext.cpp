#include "csvtext.h"

#include "csvtokenizer.h"
#include "memorybudget.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace bp::csvdetail {

/// Where byte offset lies, as "line L, column C" (column counted in fields).
std::string placeOfOffset(std::string_view text, std::size_t offset, char delimiter)
{
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t from = lineStart == std::string_view::npos || offset == 0 ? 0 : lineStart + 1;
    const Index line =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(from), '\n');
    Index column = 1;
    bool inQuotes = false;
    for (std::size_t i = from; i < offset; ++i) {
        if (text[i] == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && text[i] == delimiter)
            ++column;
    }
    return place(line, column);
}

/// Refuses NUL bytes (a binary file) and malformed UTF-8. ASCII runs are skipped eight bytes
/// at a time, so this pass costs little next to number parsing.
void validateText(std::string_view text, char delimiter, const std::string& source,
                  bool allowTruncatedEnd)
{
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    constexpr std::uint64_t highBits = 0x8080808080808080ULL;
    constexpr std::uint64_t lowBits = 0x0101010101010101ULL;
    std::size_t i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t word = 0;
            std::memcpy(&word, data + i, 8);
            const bool hasZero = ((word - lowBits) & ~word & highBits) != 0;
            if ((word & highBits) == 0 && !hasZero) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = data[i];
        if (c == 0)
            throw InputError(source, placeOfOffset(text, i, delimiter),
                             "found a NUL byte: this is a binary file, not CSV text");
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t codePoint = 0;
        std::uint32_t smallest = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1Fu;
            smallest = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0Fu;
            smallest = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07u;
            smallest = 0x10000;
        }
        bool valid = length > 0 && i + length <= size;
        if (length > 0 && i + length > size && allowTruncatedEnd)
            return; // a preview cut the file inside a character
        for (std::size_t k = 1; valid && k < length; ++k) {
            valid = (data[i + k] & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3Fu);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        valid = valid && codePoint >= smallest && codePoint <= 0x10FFFF &&
                !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        if (!valid) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(c));
            throw InputError(source, placeOfOffset(text, i, delimiter),
                             std::string("invalid UTF-8 (byte ") + hex +
                                 "): save the file as UTF-8");
        }
        i += length;
    }
}

std::string_view withoutBom(std::string_view text)
{
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
        static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    return text;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string readFile(const std::string& path, std::size_t limit, bool truncateAtLimit)
{
    const std::string source = sourceNameOf(path);
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw InputError(source, "", "is a directory, not a CSV file");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr)
        throw InputError(source, "", std::string("cannot open file: ") + std::strerror(errno));
    std::string text;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size > limit && !truncateAtLimit) {
        std::fclose(file);
        throw InputError(source, "",
                         "file is larger than " + std::to_string(limit >> 20) +
                             " MiB: too big to load into memory");
    }
    if (!error && !truncateAtLimit) {
        // The text is held while parsing and the numbers made from it are about as large.
        try {
            checkDataMemory(source, 2.0 * static_cast<double>(size),
                            "the " + formatBytes(static_cast<double>(size)) +
                                " of text and the numbers parsed from it");
        } catch (...) {
            std::fclose(file);
            throw;
        }
    }
    if (!error)
        text.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(size, limit)));
    // One big read per chunk: per-line or per-cell stream reads would dominate the parse.
    std::array<char, 1 << 16> buffer;
    while (text.size() < limit) {
        const std::size_t want = std::min(buffer.size(), limit - text.size());
        const std::size_t got = std::fread(buffer.data(), 1, want, file);
        text.append(buffer.data(), got);
        if (got < want)
            break;
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed)
        throw InputError(source, "", "read error");
    return text;
}

} // namespace bp::csvdetail

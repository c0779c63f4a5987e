#pragma once
// The raw text behind csvloader.cpp: reading a file in one piece within a size limit,
// refusing binary data and malformed UTF-8 with the line and column where it starts, and the
// byte-order mark. Internal to core: csvloader.h is the interface.

#include <cstddef>
#include <string>
#include <string_view>

namespace bp::csvdetail {

/// Where byte `offset` lies, as "line L, column C" (column counted in fields).
std::string placeOfOffset(std::string_view text, std::size_t offset, char delimiter);

/// Throws InputError at the first NUL byte or malformed UTF-8 sequence. With
/// allowTruncatedEnd, a character cut by the end of text (a preview's limit) is accepted.
void validateText(std::string_view text, char delimiter, const std::string& source,
                  bool allowTruncatedEnd);

/// text without a leading UTF-8 byte-order mark.
std::string_view withoutBom(std::string_view text);

/// Whether text holds nothing but spaces, tabs and line breaks.
bool isBlank(std::string_view text);

/// The file's bytes, up to limit: beyond it, truncated (truncateAtLimit) or refused. Checks
/// the memory the text and its numbers will need before reading.
std::string readFile(const std::string& path, std::size_t limit, bool truncateAtLimit);

} // namespace bp::csvdetail

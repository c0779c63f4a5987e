#pragma once
// Replacing a file so that readers see the old contents or the new, never a mixture.

#include <cstddef>
#include <functional>
#include <string>

namespace bp {

/// Called after each chunk written, with the bytes written so far and the total. A progress
/// bar can use it; a test throws from it to simulate a crash part-way through a save.
using SaveProgress = std::function<void(std::size_t written, std::size_t total)>;

/// Writes PATH.tmp-XXXXXX beside the target (O_EXCL), fsyncs it, renames it over PATH and
/// fsyncs the directory. If anything fails (or progress throws) the temporary file is
/// removed and PATH is untouched. Errors: InputError(path, "", what went wrong).
void writeFileAtomically(const std::string& path, const std::string& contents,
                         const SaveProgress& progress = {});

} // namespace bp

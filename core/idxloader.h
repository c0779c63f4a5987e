#pragma once
// MNIST-style IDX files (images idx3-ubyte + labels idx1-ubyte), plain or gzip.
// Pixels are scaled to [0, 1] (value / 255).

#include "dataset.h"

#include <string>

namespace bp {

/// Checks magic numbers, dimensions, counts and truncation; throws InputError naming the
/// file and what was expected. maxExamples > 0 keeps only the first ones.
Dataset loadIdx(const std::string& imagesPath, const std::string& labelsPath, Index maxExamples = 0,
                const CancellationToken* token = nullptr);

/// What a file holds by its IDX magic number (plain or gzip, whatever its name): images
/// (0x00000803), labels (0x00000801), or neither (another format, an unreadable or empty
/// file). Reads only the first four bytes; never throws. Lets a caller handed two files in
/// any order (a drop, a command line) tell the images from the labels.
enum class IdxContent
{
    None,
    Images,
    Labels
};
IdxContent idxContent(const std::string& path) noexcept;

} // namespace bp

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

} // namespace bp

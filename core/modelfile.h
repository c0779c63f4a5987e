#pragma once
// The JSON model file: architecture, Θ matrices and normalisation (docs/file-formats.md).
//
// { "format": "backprop-studio-model", "version": 1,
//   "layer_sizes": [2, 8, 8, 1], "activations": ["tanh", "tanh", "sigmoid"],
//   "theta": [ [[...], ...], ... ],   // Θ(l) as s_{l+1} rows of (s_l + 1) numbers, column 0 = bias
//   "normalization": null | {"kind": "standard"|"minmax", "offset": [...], "scale": [...]},
//   "class_names": [...] }

#include "network.h"
#include "preprocessing.h"

#include <string>
#include <vector>

namespace bp {

inline constexpr int kModelFormatVersion = 1;

struct Model
{
    Network network;
    Normalization normalization;
    std::vector<std::string> classNames;
};

/// Numbers written with 17 significant digits: a round trip is bit-exact.
std::string modelToJson(const Model& model);
/// Throws InputError naming sourceName, the key and what was expected.
Model modelFromJson(const std::string& text, const std::string& sourceName);

/// Atomic (writeFileAtomically: temporary file, fsync, rename); errors are InputError(path, …).
void saveModel(const std::string& path, const Model& model);
Model loadModel(const std::string& path);

} // namespace bp

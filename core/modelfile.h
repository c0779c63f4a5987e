#pragma once
// The JSON model file: architecture, Θ matrices, input features and normalisation
// (docs/file-formats.md).
//
// { "format": "backprop-studio-model", "version": 1,
//   "layer_sizes": [2, 8, 8, 1], "activations": ["tanh", "tanh", "sigmoid"],
//   "theta": [ [[...], ...], ... ],   // Θ(l) as s_{l+1} rows of (s_l + 1) numbers, column 0 = bias
//   "features": ["x1", "x1^2", ...],  // optional; absent = the data's features as they are
//   "normalization": null | {"kind": "standard"|"minmax", "offset": [...], "scale": [...]},
//   "class_names": [...] }
//
// A model predicts from the RAW data: features.apply (featuretransform.h), then the
// normalisation (one offset and scale per network input, i.e. per transformed feature), then
// forward propagation.

#include "featuretransform.h"
#include "network.h"
#include "preprocessing.h"

#include <string>
#include <vector>

namespace bp {

inline constexpr int kModelFormatVersion = 1;

struct Model
{
    Network network;
    Normalization normalization; // of the transformed features: one entry per network input
    std::vector<std::string> classNames;
    FeatureSet features; // identity (default) = the data's features as they are
};

/// What the network sees for raw data (n_raw × m, one example per column): the model's
/// feature transform, then its normalisation. Throws InputError(source, …) when the data
/// does not have the raw features the transform reads.
Matrix modelInputs(const Model& model, const Matrix& raw, const std::string& source = "data");
/// The outputs a(L) (K × m) for raw data: network.predict(modelInputs(model, raw)).
Matrix predictRaw(const Model& model, const Matrix& raw, const std::string& source = "data");

/// Numbers written with 17 significant digits: a round trip is bit-exact.
std::string modelToJson(const Model& model);
/// Throws InputError naming sourceName, the key and what was expected.
Model modelFromJson(const std::string& text, const std::string& sourceName);

/// Atomic (writeFileAtomically: temporary file, fsync, rename); errors are InputError(path, …).
void saveModel(const std::string& path, const Model& model);
Model loadModel(const std::string& path);

} // namespace bp

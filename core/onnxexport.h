#pragma once
// ONNX export of a trained network (docs/file-formats.md), written without a protobuf
// dependency: the wire format of the few messages we need is varints and length-prefixed
// bytes.
//
// Graph (opset 13, IR version 8; every tensor float32 by default, float64 on request):
// X [N, n] → (with a feature transform: X [N, 2] raw (x1, x2) → Slice each column → Mul /
// Sin → Concat the ticked features [N, k], as FeatureSet::apply computes them) →
// Sub(offset) → Div(scale) (omitted without normalisation) → per layer
// Gemm(A, W, b, transB=1) with W = Θ(l)(:, 1:) and b = Θ(l)(:, 0) → activation →
// "probabilities" [N, K] (sigmoid / softmax outputs) or "predictions" [N, K] (linear outputs).
// Examples run along rows here, unlike in core.

#include "featuretransform.h"
#include "modelfile.h"
#include "network.h"
#include "preprocessing.h"

#include <string>
#include <vector>

namespace bp {

/// Element type of every tensor in the file. Float32 is what runtimes and devices expect
/// (OpenCV's DNN importer, for one, reads no double initialisers); Float64 keeps the
/// studio's weights bit for bit.
enum class OnnxPrecision
{
    Float32,
    Float64
};

inline constexpr int kOnnxOpset = 13;
inline constexpr int kOnnxIrVersion = 8;

/// The serialised ModelProto. classNames (may be empty) go into the model's metadata as a
/// JSON array under "class_names". Throws InputError for non-finite weights or a
/// normalisation whose size does not match the inputs.
std::string onnxModelBytes(const Network& network, const Normalization& normalization,
                           const std::vector<std::string>& classNames,
                           OnnxPrecision precision = OnnxPrecision::Float32);

/// The same with the input feature transform computed in the graph: X is then the raw
/// [N, 2] (x1, x2) and the normalisation applies to the transformed features, as in the
/// model file (featuretransform.h). The identity FeatureSet gives the graph above. Throws
/// InputError also when the features' count is not the network's input size.
std::string onnxModelBytes(const Network& network, const FeatureSet& features,
                           const Normalization& normalization,
                           const std::vector<std::string>& classNames,
                           OnnxPrecision precision = OnnxPrecision::Float32);
/// The whole model: its network, features, normalisation and class names.
std::string onnxModelBytes(const Model& model, OnnxPrecision precision = OnnxPrecision::Float32);

/// Writes onnxModelBytes atomically (temporary file beside path, then rename).
void exportOnnx(const std::string& path, const Network& network, const Normalization& normalization,
                const std::vector<std::string>& classNames,
                OnnxPrecision precision = OnnxPrecision::Float32);

void exportOnnx(const std::string& path, const Model& model,
                OnnxPrecision precision = OnnxPrecision::Float32);

/// Name of the graph's output: "probabilities", or "predictions" for a linear output.
std::string onnxOutputName(const Network& network);

} // namespace bp

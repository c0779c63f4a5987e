#pragma once
// ONNX export of a trained network (docs/file-formats.md), written without a protobuf
// dependency: the wire format of the few messages we need is varints and length-prefixed
// bytes.
//
// Graph (opset 13, all tensors double): X [N, n] → Sub(offset) → Div(scale) (omitted
// without normalisation) → per layer Gemm(A, W, b, transB=1) with W = Θ(l)(:, 1:) and
// b = Θ(l)(:, 0) → activation → "probabilities" [N, K] (sigmoid / softmax outputs) or
// "predictions" [N, K] (linear outputs). Examples run along rows here, unlike in core.

#include "network.h"
#include "preprocessing.h"

#include <string>
#include <vector>

namespace bp {

/// The serialised ModelProto. classNames (may be empty) go into the model's metadata as a
/// JSON array under "class_names". Throws InputError for non-finite weights or a
/// normalisation whose size does not match the inputs.
std::string onnxModelBytes(const Network& network, const Normalization& normalization,
                           const std::vector<std::string>& classNames);

/// Writes onnxModelBytes atomically (temporary file beside path, then rename).
void exportOnnx(const std::string& path, const Network& network, const Normalization& normalization,
                const std::vector<std::string>& classNames);

/// Name of the graph's output: "probabilities", or "predictions" for a linear output.
std::string onnxOutputName(const Network& network);

} // namespace bp

#include "onnxexport.h"

#include "atomicfile.h"
#include "fit.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace bp {

namespace {

// Field numbers and enums from onnx/onnx.proto (IR version 8).
constexpr int kOnnxFloat = 1;        // TensorProto.DataType.FLOAT
constexpr int kOnnxDouble = 11;      // TensorProto.DataType.DOUBLE
constexpr int kOnnxInt64 = 7;        // TensorProto.DataType.INT64
constexpr int kAttributeInt = 2; // AttributeProto.AttributeType.INT

/// One protobuf message being serialised: fields are appended in the order written.
class Message
{
public:
    Message& varint(int field, std::uint64_t value)
    {
        key(field, 0);
        raw(value);
        return *this;
    }
    Message& bytes(int field, std::string_view data)
    {
        key(field, 2);
        raw(data.size());
        out_.append(data);
        return *this;
    }
    Message& message(int field, const Message& child) { return bytes(field, child.out_); }
    const std::string& data() const { return out_; }

private:
    void key(int field, int wireType) { raw(static_cast<std::uint64_t>(field) << 3 | wireType); }
    void raw(std::uint64_t value)
    {
        // Base-128, least significant group first, high bit = more to come.
        while (value >= 0x80) {
            out_.push_back(static_cast<char>((value & 0x7f) | 0x80));
            value >>= 7;
        }
        out_.push_back(static_cast<char>(value));
    }

    std::string out_;
};

int elementType(OnnxPrecision precision)
{
    return precision == OnnxPrecision::Float32 ? kOnnxFloat : kOnnxDouble;
}

/// Appends the bytes of bits, least significant first (raw_data is little-endian whatever
/// the host order).
template <typename Bits> void appendLittleEndian(std::string& raw, Bits bits)
{
    for (std::size_t byte = 0; byte < sizeof bits; ++byte)
        raw.push_back(static_cast<char>((bits >> (8 * byte)) & 0xff));
}

/// TensorProto in the given precision; float32 values are the doubles rounded to nearest.
Message tensor(const std::string& name, const std::vector<std::int64_t>& dims,
               const std::vector<double>& values, OnnxPrecision precision)
{
    Message t;
    for (std::int64_t d : dims)
        t.varint(1, static_cast<std::uint64_t>(d));                  // dims
    t.varint(2, static_cast<std::uint64_t>(elementType(precision))); // data_type
    t.bytes(8, name);                                                // name
    std::string raw;
    raw.reserve(values.size() * 8);
    for (double x : values) {
        if (precision == OnnxPrecision::Float32) {
            const float f = static_cast<float>(x);
            std::uint32_t bits = 0;
            std::memcpy(&bits, &f, sizeof bits);
            appendLittleEndian(raw, bits);
        } else {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &x, sizeof bits);
            appendLittleEndian(raw, bits);
        }
    }
    t.bytes(9, raw); // raw_data
    return t;
}

/// A 1-D int64 TensorProto (Slice's starts, ends and axes).
Message onnxInt64Tensor(const std::string& name, const std::vector<std::int64_t>& values)
{
    Message t;
    t.varint(1, values.size());                          // dims
    t.varint(2, static_cast<std::uint64_t>(kOnnxInt64)); // data_type
    t.bytes(8, name);                                    // name
    std::string raw;
    for (std::int64_t v : values)
        appendLittleEndian(raw, static_cast<std::uint64_t>(v));
    t.bytes(9, raw); // raw_data
    return t;
}

/// ValueInfoProto of a tensor [N, columns] with a symbolic batch dimension.
Message valueInfo(const std::string& name, Index columns, OnnxPrecision precision)
{
    Message batch;
    batch.bytes(2, "N"); // dim_param
    Message width;
    width.varint(1, static_cast<std::uint64_t>(columns)); // dim_value
    Message shape;
    shape.message(1, batch).message(1, width);
    Message tensorType;
    tensorType.varint(1, static_cast<std::uint64_t>(elementType(precision)))
        .message(2, shape); // elem_type, shape
    Message type;
    type.message(1, tensorType); // tensor_type
    Message info;
    info.bytes(1, name).message(2, type);
    return info;
}

Message intAttribute(const std::string& name, std::int64_t value)
{
    Message a;
    a.bytes(1, name).varint(3, static_cast<std::uint64_t>(value)).varint(20, kAttributeInt);
    return a;
}

/// NodeProto: inputs, outputs, name, op_type, attributes.
Message node(const std::string& op, const std::vector<std::string>& inputs,
             const std::string& output, const std::string& name,
             const std::vector<Message>& attributes = {})
{
    Message n;
    for (const std::string& in : inputs)
        n.bytes(1, in);
    n.bytes(2, output).bytes(3, name).bytes(4, op);
    for (const Message& a : attributes)
        n.message(5, a);
    return n;
}

/// Appends the nodes and initialisers that compute features from the raw X [N, 2]; returns
/// the name of the result [N, k] (the ticked features in order, as FeatureSet::apply
/// computes them: x1² as Mul(x1, x1)).
std::string onnxFeatureNodes(const FeatureSet& features, std::vector<Message>& nodes,
                             std::vector<Message>& initializers)
{
    // The columns picked by Slice rather than Gather: OpenCV 4.6 imports Slice with constant
    // bounds but not a Gather feeding Concat.
    bool uses[kRawFeatureCount] = {false, false};
    for (Feature f : features.features()) {
        uses[0] = uses[0] || f == Feature::X1 || f == Feature::X1Squared ||
                  f == Feature::X1TimesX2 || f == Feature::SinX1;
        uses[1] = uses[1] || f == Feature::X2 || f == Feature::X2Squared ||
                  f == Feature::X1TimesX2 || f == Feature::SinX2;
    }
    // Column j of X is Slice(X, starts = [j], ends = [j + 1], axes = [1]): [N, 1].
    initializers.push_back(onnxInt64Tensor("slice_axes", {1}));
    for (int bound = 0; bound <= kRawFeatureCount; ++bound) {
        const bool needed =
            (bound < kRawFeatureCount && uses[bound]) || (bound > 0 && uses[bound - 1]);
        if (needed)
            initializers.push_back(onnxInt64Tensor("slice_" + std::to_string(bound), {bound}));
    }
    for (int j = 0; j < kRawFeatureCount; ++j) {
        if (!uses[j])
            continue;
        const std::string name = "x" + std::to_string(j + 1);
        nodes.push_back(node(
            "Slice",
            {"X", "slice_" + std::to_string(j), "slice_" + std::to_string(j + 1), "slice_axes"},
            name, "features_" + name));
    }
    const auto raw = [](int j) { return std::string(j == 0 ? "x1" : "x2"); };
    std::vector<std::string> parts;
    for (Feature f : features.features()) {
        std::string part;
        switch (f) {
        case Feature::X1:
            part = raw(0);
            break;
        case Feature::X2:
            part = raw(1);
            break;
        case Feature::X1Squared:
            part = "x1_squared";
            nodes.push_back(node("Mul", {raw(0), raw(0)}, part, "features_" + part));
            break;
        case Feature::X2Squared:
            part = "x2_squared";
            nodes.push_back(node("Mul", {raw(1), raw(1)}, part, "features_" + part));
            break;
        case Feature::X1TimesX2:
            part = "x1_times_x2";
            nodes.push_back(node("Mul", {raw(0), raw(1)}, part, "features_" + part));
            break;
        case Feature::SinX1:
            part = "sin_x1";
            nodes.push_back(node("Sin", {raw(0)}, part, "features_" + part));
            break;
        case Feature::SinX2:
            part = "sin_x2";
            nodes.push_back(node("Sin", {raw(1)}, part, "features_" + part));
            break;
        }
        parts.push_back(part);
    }
    if (parts.size() == 1)
        return parts.front();
    nodes.push_back(
        node("Concat", parts, "features", "features_concat", {intAttribute("axis", 1)}));
    return "features";
}

} // namespace

std::string onnxOutputName(const Network& network)
{
    return network.architecture().outputActivation() == Activation::Linear ? "predictions"
                                                                           : "probabilities";
}

std::string onnxModelBytes(const Network& network, const Normalization& normalization,
                           const std::vector<std::string>& classNames, OnnxPrecision precision)
{
    return onnxModelBytes(network, FeatureSet(), normalization, classNames, precision);
}

std::string onnxModelBytes(const Model& model, OnnxPrecision precision)
{
    return onnxModelBytes(model.network, model.features, model.normalization, model.classNames,
                          precision);
}

std::string onnxModelBytes(const Network& network, const FeatureSet& features,
                           const Normalization& normalization,
                           const std::vector<std::string>& classNames, OnnxPrecision precision)
{
    const Architecture& arch = network.architecture();
    arch.validate();
    const Index n = arch.inputSize();
    if (!network.parameters().allFinite())
        throw InputError("ONNX export", "weights", "cannot export non-finite weights");
    checkWeightCount(arch, network.parameters().size(), "ONNX export");
    if (!features.isIdentity() && features.inputCount() != n)
        throw InputError("ONNX export", "features",
                         std::to_string(features.inputCount()) +
                             " features need as many input units, but the network has " +
                             std::to_string(n));

    std::vector<Message> nodes;
    std::vector<Message> initializers;
    std::string current = "X";
    // The raw columns the graph's input holds: 2 (x1, x2) with a feature transform.
    const Index rawInputs = features.isIdentity() ? n : kRawFeatureCount;
    if (!features.isIdentity())
        current = onnxFeatureNodes(features, nodes, initializers);
    if (!normalization.isIdentity()) {
        if (normalization.offset.size() != n || normalization.scale.size() != n ||
            !normalization.offset.allFinite() || !normalization.scale.allFinite())
            throw InputError("ONNX export", "normalization",
                             "expected " + std::to_string(n) + " finite offsets and scales");
        const std::vector<double> offset(normalization.offset.data(),
                                         normalization.offset.data() + n);
        const std::vector<double> scale(normalization.scale.data(), normalization.scale.data() + n);
        initializers.push_back(tensor("norm_offset", {n}, offset, precision));
        initializers.push_back(tensor("norm_scale", {n}, scale, precision));
        // x' = (x − offset) ./ scale, exactly as Normalization::apply computes it.
        nodes.push_back(node("Sub", {current, "norm_offset"}, "x_centred", "normalize_sub"));
        nodes.push_back(node("Div", {"x_centred", "norm_scale"}, "x_scaled", "normalize_div"));
        current = "x_scaled";
    }

    bool needSlope = false;
    const std::string output = onnxOutputName(network);
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const ConstMatrixMap theta = network.theta(l);
        const Index rows = theta.rows();
        const Index inputs = theta.cols() - 1;
        const std::string id = std::to_string(l + 1);
        // Gemm wants B as [rows, inputs] (with transB = 1) and C as [rows], row-major.
        std::vector<double> w;
        w.reserve(static_cast<std::size_t>(rows * inputs));
        for (Index r = 0; r < rows; ++r)
            for (Index c = 1; c <= inputs; ++c)
                w.push_back(theta(r, c));
        const std::vector<double> b(theta.col(0).data(), theta.col(0).data() + rows);
        initializers.push_back(tensor("W" + id, {rows, inputs}, w, precision));
        initializers.push_back(tensor("b" + id, {rows}, b, precision));
        const std::string z = "z" + id;
        nodes.push_back(node("Gemm", {current, "W" + id, "b" + id}, z, "layer" + id + "_gemm",
                             {intAttribute("transB", 1)}));

        const bool last = l + 1 == arch.thetaCount();
        const std::string a = last ? output : "a" + id;
        const std::string name = "layer" + id + "_activation";
        switch (arch.activations[static_cast<std::size_t>(l)]) {
        case Activation::Sigmoid:
            nodes.push_back(node("Sigmoid", {z}, a, name));
            break;
        case Activation::Tanh:
            nodes.push_back(node("Tanh", {z}, a, name));
            break;
        case Activation::ReLU:
            nodes.push_back(node("Relu", {z}, a, name));
            break;
        case Activation::LeakyReLU:
            // ONNX's LeakyRelu takes alpha as a float32 attribute, and 0.01f ≠ 0.01; max(z,
            // 0.01·z) with a double constant is the same function, exactly (slope < 1).
            needSlope = true;
            nodes.push_back(node("Mul", {z, "leaky_slope"}, z + "_slope", name + "_mul"));
            nodes.push_back(node("Max", {z, z + "_slope"}, a, name));
            break;
        case Activation::Softmax:
            nodes.push_back(node("Softmax", {z}, a, name, {intAttribute("axis", 1)}));
            break;
        case Activation::Linear:
            nodes.push_back(node("Identity", {z}, a, name));
            break;
        }
        current = a;
    }
    if (needSlope)
        initializers.push_back(tensor("leaky_slope", {}, {kLeakyReluSlope}, precision));

    Message graph;
    for (const Message& m : nodes)
        graph.message(1, m);
    graph.bytes(2, "backprop_studio_network");
    for (const Message& m : initializers)
        graph.message(5, m);
    graph.bytes(10, "Feed-forward network exported by Backprop Studio; rows of X are examples.");
    graph.message(11, valueInfo("X", rawInputs, precision));
    graph.message(12, valueInfo(output, arch.outputSize(), precision));

    Message opset;
    opset.bytes(1, "").varint(2, kOnnxOpset);
    // Protobuf strings must be UTF-8: invalid bytes become U+FFFD, escaped to ASCII.
    const std::string names =
        nlohmann::json(classNames).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
    Message classEntry;
    classEntry.bytes(1, "class_names").bytes(2, names);

    Message model;
    model.varint(1, kOnnxIrVersion)
        .bytes(2, "Backprop Studio")
        .bytes(3, BPS_VERSION)
        .message(7, graph)
        .message(8, opset)
        .message(14, classEntry);
    return model.data();
}

void exportOnnx(const std::string& path, const Network& network, const Normalization& normalization,
                const std::vector<std::string>& classNames, OnnxPrecision precision)
{
    writeFileAtomically(path, onnxModelBytes(network, normalization, classNames, precision));
}

void exportOnnx(const std::string& path, const Model& model, OnnxPrecision precision)
{
    writeFileAtomically(path, onnxModelBytes(model, precision));
}

} // namespace bp

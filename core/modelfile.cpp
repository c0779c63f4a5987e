#include "modelfile.h"

#include "atomicfile.h"
#include "jsonreader.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <system_error>

namespace bp {

namespace {

using Json = nlohmann::json;

constexpr const char* kFormatName = "backprop-studio-model";
// Far above any real model (a 32-layer, 4096-wide net is ~4 GB of text only if written
// wastefully); bounds the memory one bad file can make us allocate.
constexpr std::uintmax_t kMaxModelFileBytes = 512ull * 1024 * 1024;

/// Reads one model document, naming every problem by its key path.
class ModelReader
{
public:
    explicit ModelReader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& message) const
    {
        throw InputError(source_, path, message);
    }

    const Json& require(const Json& object, const char* key) const
    {
        const auto it = object.find(key);
        if (it == object.end())
            fail(key, "missing key (see docs/file-formats.md)");
        return *it;
    }

    void expectType(const Json& value, const std::string& path, bool ok, const char* expected) const
    {
        if (!ok)
            fail(path, std::string("expected ") + expected + ", found " + describeJsonType(value));
    }

    const Json& array(const Json& value, const std::string& path, std::size_t size,
                      const char* what) const
    {
        expectType(value, path, value.is_array(), "an array");
        if (value.size() != size)
            fail(path, "expected " + std::to_string(size) + " " + what + ", found " +
                           std::to_string(value.size()));
        return value;
    }

    long long integer(const Json& value, const std::string& path, long long lo, long long hi) const
    {
        expectType(value, path, value.is_number_integer(), "an integer");
        // Unsigned values above INT64_MAX would wrap in get<long long>().
        const bool tooLarge = value.is_number_unsigned() &&
                              value.get<std::uint64_t>() > static_cast<std::uint64_t>(hi);
        const long long n = tooLarge ? hi : value.get<long long>();
        if (tooLarge || n < lo || n > hi)
            fail(path, "expected an integer in " + std::to_string(lo) + ".." + std::to_string(hi) +
                           ", found " + value.dump());
        return n;
    }

    double number(const Json& value, const std::string& path) const
    {
        expectType(value, path, value.is_number(), "a number");
        const double x = value.get<double>();
        // JSON has no NaN, but 1e999 parses to infinity.
        if (!std::isfinite(x))
            fail(path, "expected a finite number, found " + value.dump());
        return x;
    }

    std::string string(const Json& value, const std::string& path) const
    {
        expectType(value, path, value.is_string(), "a string");
        return value.get<std::string>();
    }

    Model read(const Json& root) const;

private:
    Architecture readArchitecture(const Json& root) const;
    Vector readTheta(const Json& theta, const Architecture& arch) const;
    FeatureSet readFeatures(const Json& value, int inputs) const;
    Normalization readNormalization(const Json& value, int inputs) const;
    std::vector<std::string> readClassNames(const Json& value, int outputs) const;

    std::string source_;
};

Architecture ModelReader::readArchitecture(const Json& root) const
{
    Architecture arch;
    const Json& sizes = require(root, "layer_sizes");
    expectType(sizes, "layer_sizes", sizes.is_array(), "an array of layer sizes");
    if (sizes.size() < 2 || sizes.size() > static_cast<std::size_t>(kMaxLayers))
        fail("layer_sizes", "expected 2.." + std::to_string(kMaxLayers) +
                                " layer sizes (input first), found " +
                                std::to_string(sizes.size()));
    for (std::size_t l = 0; l < sizes.size(); ++l)
        arch.layerSizes.push_back(
            static_cast<int>(integer(sizes[l], jsonIndexed("layer_sizes", l), 1, kMaxLayerSize)));

    const std::size_t nonInput = sizes.size() - 1;
    const Json& activations = array(require(root, "activations"), "activations", nonInput,
                                    "activation names (one per non-input layer)");
    for (std::size_t l = 0; l < nonInput; ++l) {
        const std::string path = jsonIndexed("activations", l);
        const std::string name = string(activations[l], path);
        const std::optional<Activation> g = activationFromString(name);
        const bool isOutput = l + 1 == nonInput;
        const bool allowed = g && (isOutput ? isOutputActivation(*g) : isHiddenActivation(*g));
        if (!allowed) {
            std::string known;
            for (Activation a : isOutput ? outputActivations() : hiddenActivations())
                known += (known.empty() ? "" : ", ") + std::string(toString(a));
            fail(path, std::string("expected ") + (isOutput ? "an output" : "a hidden") +
                           " activation (" + known + "), found '" + name + "'");
        }
        arch.activations.push_back(*g);
    }

    // Anything our own checks missed still reaches the user with this file's name.
    try {
        arch.validate();
    } catch (const InputError& error) {
        fail(error.place(), error.message());
    }
    return arch;
}

Vector ModelReader::readTheta(const Json& theta, const Architecture& arch) const
{
    // Shapes first: only then is the parameter count known to match the file's contents,
    // so a small file cannot make us allocate a huge vector.
    array(theta, "theta", static_cast<std::size_t>(arch.thetaCount()), "matrices");
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const std::string path = jsonIndexed("theta", static_cast<std::size_t>(l));
        const std::size_t cols = static_cast<std::size_t>(arch.thetaCols(l));
        const Json& rows = array(theta[l], path, static_cast<std::size_t>(arch.thetaRows(l)),
                                 "rows (one per unit of the next layer)");
        for (std::size_t r = 0; r < rows.size(); ++r)
            array(rows[r], jsonIndexed(path, r), cols, "numbers (bias first, then one per unit)");
    }

    Vector params(arch.parameterCount());
    for (int l = 0; l < arch.thetaCount(); ++l) {
        MatrixMap view = thetaView(arch, params, l);
        const std::string path = jsonIndexed("theta", static_cast<std::size_t>(l));
        for (Index r = 0; r < view.rows(); ++r) {
            const std::string rowPath = jsonIndexed(path, static_cast<std::size_t>(r));
            for (Index c = 0; c < view.cols(); ++c)
                view(r, c) = number(theta[l][r][c], jsonIndexed(rowPath, static_cast<std::size_t>(c)));
        }
    }
    return params;
}

FeatureSet ModelReader::readFeatures(const Json& value, int inputs) const
{
    if (value.is_null())
        return FeatureSet();
    expectType(value, "features", value.is_array(), "null or an array of feature names");
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < value.size(); ++i)
        keys.push_back(string(value[i], jsonIndexed("features", i)));
    const FeatureSet features = featureSetFromKeys(keys, source_);
    if (features.inputCount() != inputs)
        fail("features", std::to_string(features.inputCount()) +
                             " features need as many input units, but layer_sizes[0] is " +
                             std::to_string(inputs));
    return features;
}

Normalization ModelReader::readNormalization(const Json& value, int inputs) const
{
    Normalization norm;
    if (value.is_null())
        return norm;
    expectType(value, "normalization", value.is_object(), "null or an object");
    const std::string kindName = string(require(value, "kind"), "normalization.kind");
    const std::optional<NormalizationKind> kind = normalizationFromString(kindName);
    if (!kind)
        fail("normalization.kind",
             "expected \"none\", \"standard\" or \"minmax\", found '" + kindName + "'");
    norm.kind = *kind;
    if (norm.kind == NormalizationKind::None)
        return norm;

    const auto readVector = [&](const char* key, bool nonZero) {
        const std::string path = std::string("normalization.") + key;
        const auto it = value.find(key);
        if (it == value.end())
            fail(path, "missing key");
        array(*it, path, static_cast<std::size_t>(inputs), "numbers (one per input feature)");
        Vector v(inputs);
        for (int j = 0; j < inputs; ++j) {
            v(j) = number((*it)[j], jsonIndexed(path, static_cast<std::size_t>(j)));
            if (nonZero && v(j) == 0.0)
                fail(jsonIndexed(path, static_cast<std::size_t>(j)), "expected a non-zero scale");
        }
        return v;
    };
    norm.offset = readVector("offset", false);
    norm.scale = readVector("scale", true);
    return norm;
}

std::vector<std::string> ModelReader::readClassNames(const Json& value, int outputs) const
{
    std::vector<std::string> names;
    if (value.is_null())
        return names;
    expectType(value, "class_names", value.is_array(), "an array of strings");
    // One name per output unit, or two names for a single logistic output.
    const std::size_t n = value.size();
    const auto k = static_cast<std::size_t>(outputs);
    if (n != 0 && n != k && !(k == 1 && n == 2))
        fail("class_names", "expected " + std::to_string(k) +
                                " names (one per output unit), found " + std::to_string(n));
    for (std::size_t i = 0; i < n; ++i)
        names.push_back(string(value[i], jsonIndexed("class_names", i)));
    return names;
}

Model ModelReader::read(const Json& root) const
{
    expectType(root, "", root.is_object(), "a JSON object");
    const Json& format = require(root, "format");
    if (!format.is_string() || format.get<std::string>() != kFormatName)
        fail("format", std::string("expected \"") + kFormatName + "\", found " + format.dump());
    const Json& versionValue = require(root, "version");
    const long long version =
        integer(versionValue, "version", 1, std::numeric_limits<long long>::max());
    if (version > kModelFormatVersion)
        fail("version", "version " + std::to_string(version) +
                            " is newer than this Backprop Studio understands (" +
                            std::to_string(kModelFormatVersion) + ")");

    Architecture arch = readArchitecture(root);
    const auto loss = root.find("loss");
    if (loss != root.end() && string(*loss, "loss") != toString(arch.loss()))
        fail("loss", "expected \"" + std::string(toString(arch.loss())) +
                         "\" (the loss of the output activation), found " + loss->dump());
    Vector params = readTheta(require(root, "theta"), arch);

    Model model;
    const auto features = root.find("features");
    model.features = readFeatures(features == root.end() ? Json() : *features, arch.inputSize());
    const auto norm = root.find("normalization");
    model.normalization = readNormalization(norm == root.end() ? Json() : *norm, arch.inputSize());
    const auto names = root.find("class_names");
    model.classNames = readClassNames(names == root.end() ? Json() : *names, arch.outputSize());
    model.network = Network(std::move(arch), std::move(params));
    return model;
}

/// Shortest text that reads back as the same double (nlohmann uses Grisu2 + a round-trip
/// guarantee, i.e. at most 17 significant digits).
std::string numberText(double x)
{
    return Json(x).dump();
}

void writeNumberArray(std::ostringstream& out, const auto& values, Index count)
{
    out << '[';
    for (Index i = 0; i < count; ++i)
        out << (i ? ", " : "") << numberText(values(i));
    out << ']';
}

} // namespace

std::string modelToJson(const Model& model)
{
    const Network& net = model.network;
    const Architecture& arch = net.architecture();
    if (!net.parameters().allFinite())
        throw InputError("model", "theta", "cannot store non-finite weights (NaN or infinity)");

    // Written by hand rather than with dump(indent): one matrix row per line keeps the file
    // readable and diffable; each value still goes through nlohmann's round-trip formatting.
    std::ostringstream out;
    out << "{\n  \"format\": \"" << kFormatName << "\",\n  \"version\": " << kModelFormatVersion
        << ",\n  \"layer_sizes\": [";
    for (int l = 0; l < arch.layerCount(); ++l)
        out << (l ? ", " : "") << arch.layerSizes[l];
    out << "],\n  \"activations\": [";
    for (std::size_t l = 0; l < arch.activations.size(); ++l)
        out << (l ? ", " : "") << Json(std::string(toString(arch.activations[l]))).dump();
    out << "],\n  \"loss\": " << Json(std::string(toString(arch.loss()))).dump();
    out << ",\n  \"theta\": [";
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const ConstMatrixMap theta = net.theta(l);
        out << (l ? ",\n    [" : "\n    [");
        for (Index r = 0; r < theta.rows(); ++r) {
            out << (r ? ",\n      " : "\n      ");
            writeNumberArray(out, theta.row(r), theta.cols());
        }
        out << "\n    ]";
    }
    out << "\n  ],";
    // Only for a real transform: a model without one is written exactly as before.
    if (!model.features.isIdentity()) {
        if (model.features.isEmpty() || model.features.inputCount() != arch.inputSize())
            throw InputError("model", "features",
                             std::to_string(model.features.inputCount()) +
                                 " features need as many input units, but the network has " +
                                 std::to_string(arch.inputSize()));
        out << "\n  \"features\": [";
        const std::vector<std::string> keys = model.features.keys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            out << (i ? ", " : "") << Json(keys[i]).dump();
        out << "],";
    }
    out << "\n  \"normalization\": ";
    const Normalization& norm = model.normalization;
    if (norm.isIdentity()) {
        out << "null";
    } else {
        out << "{\"kind\": \"" << toString(norm.kind) << "\",\n    \"offset\": ";
        writeNumberArray(out, norm.offset, norm.offset.size());
        out << ",\n    \"scale\": ";
        writeNumberArray(out, norm.scale, norm.scale.size());
        out << "}";
    }
    out << ",\n  \"class_names\": [";
    for (std::size_t k = 0; k < model.classNames.size(); ++k)
        out << (k ? ", " : "") << Json(model.classNames[k]).dump();
    out << "]\n}\n";
    return out.str();
}

Model modelFromJson(const std::string& text, const std::string& sourceName)
{
    if (text.size() > kMaxModelFileBytes)
        throw InputError(sourceName, "", "file is larger than the 512 MiB a model may have");
    checkJsonDepth(text, sourceName, kMaxJsonDepth, "a model file");
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::exception& error) {
        // what() reads "[json.exception.parse_error.101] parse error at line 3, column 5: …"
        // or, for 1e999, "[json.exception.out_of_range.406] number overflow parsing '1e999'".
        std::string message = error.what();
        const std::size_t at = message.find("] ");
        if (at != std::string::npos)
            message = message.substr(at + 2);
        if (error.id == 406)
            message += " (weights must be finite numbers)";
        throw InputError(sourceName, "", "not valid JSON: " + message);
    }
    return ModelReader(sourceName).read(root);
}

Matrix modelInputs(const Model& model, const Matrix& raw, const std::string& source)
{
    // Transform first, normalise second: the normalisation was fitted on the transformed
    // features (featuretransform.h).
    Matrix inputs = model.features.apply(raw, source);
    const int units = model.network.architecture().inputSize();
    if (inputs.rows() != units)
        throw InputError(source, "architecture",
                         "the input layer has " + std::to_string(units) +
                             (units == 1 ? " unit" : " units") + " but the data has " +
                             std::to_string(inputs.rows()) +
                             (inputs.rows() == 1 ? " feature" : " features"));
    model.normalization.apply(inputs);
    return inputs;
}

Matrix predictRaw(const Model& model, const Matrix& raw, const std::string& source)
{
    return model.network.predict(modelInputs(model, raw, source));
}

void saveModel(const std::string& path, const Model& model)
{
    writeFileAtomically(path, modelToJson(model));
}

Model loadModel(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const std::uintmax_t size = fs::file_size(path, error);
    if (error)
        throw InputError(path, "", "cannot read the model file: " + error.message());
    if (size > kMaxModelFileBytes)
        throw InputError(path, "", "file is larger than the 512 MiB a model may have");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "",
                         std::string("cannot open the model file: ") + std::strerror(errno));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        throw InputError(path, "", "cannot read the whole model file");
    return modelFromJson(text, path);
}

} // namespace bp

#include "pytorchexport.h"
#include "pytorchscripttext.h"

#include "atomicfile.h"
#include "csvloader.h"
#include "fit.h"
#include "loss.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <sstream>
#include <string_view>

namespace bp {

namespace {

/// The shortest decimal that reads back as the same double (Python's float() reads it
/// exactly, as does numpy): the embedded weights are the engine's, bit for bit.
std::string exactNumber(double x)
{
    char buffer[32];
    const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, x);
    return std::string(buffer, result.ptr);
}

std::string numberList(const double* values, Index count)
{
    std::string out = "[";
    for (Index i = 0; i < count; ++i)
        out += (i ? ", " : "") + exactNumber(values[i]);
    return out + "]";
}

/// A Python string literal: JSON's escaping is valid Python (invalid UTF-8 becomes U+FFFD).
std::string pyString(const std::string& text)
{
    return nlohmann::json(text).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

std::string pyStringList(const std::vector<std::string>& texts)
{
    std::string out = "[";
    for (std::size_t i = 0; i < texts.size(); ++i)
        out += (i ? ", " : "") + pyString(texts[i]);
    return out + "]";
}

/// The Python expression of g applied to the tensor named z.
std::string activationCode(Activation activation, const std::string& z)
{
    switch (activation) {
    case Activation::Sigmoid:
        return "torch.sigmoid(" + z + ")";
    case Activation::Tanh:
        return "torch.tanh(" + z + ")";
    case Activation::ReLU:
        return "torch.relu(" + z + ")";
    case Activation::LeakyReLU:
        return "torch.nn.functional.leaky_relu(" + z + ", LEAKY_RELU_SLOPE)";
    case Activation::Softmax:
        return "torch.softmax(" + z + ", dim=1)";
    case Activation::Linear:
        break;
    }
    return z;
}

std::string layerName(const Architecture& arch, int layer) // layer: 1-based, as the course
{
    if (layer == 1)
        return "the inputs";
    if (layer == arch.layerCount())
        return "the outputs";
    return "hidden layer " + std::to_string(layer - 1);
}

std::string costName(Loss loss)
{
    switch (loss) {
    case Loss::Logistic:
        return "the logistic cost (the course's)";
    case Loss::CrossEntropy:
        return "cross-entropy";
    case Loss::SquaredError:
        return "squared error";
    }
    return {};
}

/// ["x1", "x1^2", ...]: the model file's keys, a Python list.
std::string pyFeatureKeys(const FeatureSet& features)
{
    return pyStringList(features.keys());
}

/// The Network method computing the ticked features from raw (x1, x2), in order, with the
/// engine's operations (x1² as x1 * x1; FeatureSet::apply).
std::string pyFeatureMethod(const FeatureSet& features)
{
    std::string terms;
    for (Feature f : features.features()) {
        const char* term = "";
        switch (f) {
        case Feature::X1:
            term = "x1";
            break;
        case Feature::X2:
            term = "x2";
            break;
        case Feature::X1Squared:
            term = "x1 * x1";
            break;
        case Feature::X2Squared:
            term = "x2 * x2";
            break;
        case Feature::X1TimesX2:
            term = "x1 * x2";
            break;
        case Feature::SinX1:
            term = "torch.sin(x1)";
            break;
        case Feature::SinX2:
            term = "torch.sin(x2)";
            break;
        }
        terms += (terms.empty() ? "" : ", ") + std::string(term);
    }
    return "    def input_features(self, x):\n"
           "        \"\"\"The network's inputs before the normalisation: FEATURES of raw x\n"
           "        (m × 2, columns x1, x2), computed as the studio computes them.\"\"\"\n"
           "        x1, x2 = x[:, 0:1], x[:, 1:2]\n"
           "        return torch.cat([" +
           terms + "], dim=1)\n\n";
}

// A section rule of the script.
constexpr const char* kRule =
    "# ---------------------------------------------------------------------------------------\n";


} // namespace

std::string pytorchScript(const Model& model, const TrainingConfig& config)
{
    const Network& network = model.network;
    const Architecture& arch = network.architecture();
    arch.validate();
    checkWeightCount(arch, network.parameters().size(), "PyTorch export");
    if (!network.parameters().allFinite())
        throw InputError("PyTorch export", "weights", "cannot export non-finite weights");
    const Normalization& norm = model.normalization;
    const Index n = arch.inputSize();
    const FeatureSet& features = model.features;
    if (!features.isIdentity() && features.inputCount() != n)
        throw InputError("PyTorch export", "features",
                         std::to_string(features.inputCount()) +
                             " features need as many input units, but the network has " +
                             std::to_string(n));
    if (!norm.isIdentity() && (norm.offset.size() != n || norm.scale.size() != n ||
                               !norm.offset.allFinite() || !norm.scale.allFinite()))
        throw InputError("PyTorch export", "normalization",
                         "expected " + std::to_string(n) + " finite offsets and scales");

    const int L = arch.layerCount();
    const Activation output = arch.outputActivation();
    std::string shape = std::to_string(arch.layerSizes[0]) + " inputs";
    for (int l = 1; l < L; ++l)
        shape += " → " + std::to_string(arch.layerSizes[l]) + " (" +
                 std::string(toString(arch.activations[static_cast<std::size_t>(l - 1)])) + ")";
    std::vector<std::string> hidden;
    for (int l = 0; l + 1 < arch.thetaCount(); ++l)
        hidden.emplace_back(toString(arch.activations[static_cast<std::size_t>(l)]));

    std::ostringstream py;
    py << "#!/usr/bin/env python3\n"
       << "\"\"\"A feed-forward network exported by Backprop Studio " << BPS_VERSION
       << ", as a PyTorch script.\n\n"
       << "Network:  " << shape << "\n"
       << "Cost:     " << costName(arch.loss()) << " + L2 (λ = " << exactNumber(config.lambda)
       << ", bias weights not regularised)\n"
       << "Inputs:   "
       << (features.isIdentity() ? std::string()
                                 : "the features " + pyFeatureKeys(features) +
                                       " of the raw (x1, x2), then\n"
                                       "          ")
       << (norm.isIdentity()
               ? std::string(features.isIdentity() ? "used as they are (no normalisation)"
                                                   : "no normalisation")
               : std::string(toString(norm.kind)) +
                     " normalisation, x' = (x - offset) / scale, inside the model")
       << "\n"
       << "Training: " << toString(config.optimizer) << ", learning rate "
       << exactNumber(config.learningRate)
       << (config.batchSize > 0 ? ", mini-batches of " + std::to_string(config.batchSize)
                                : std::string(", full batch"))
       << "\n\n"
       << "Usage:\n"
       << "    python3 model.py predict data.csv > outputs.csv\n"
       << "    python3 model.py train data.csv --iterations N --save trained.json\n"
       << "        (trained.json is a studio model file: File → Import model… reads it)\n"
       << "    python3 model.py train --help      (optimiser, learning rate, λ, device, ...)\n\n"
       << "Computes in float64, as the studio does (--float32 to change). Needs torch and numpy\n"
       << "only. Examples run along rows here, as PyTorch expects (the studio's matrices hold one\n"
       << "example per column).\n"
       << "\"\"\"\n\n"
       << "import argparse\nimport csv\nimport sys\n\nimport numpy as np\nimport torch\n\n"
       << kRule << "# What the studio exported.\n\n"
       << "LAYER_SIZES = [";
    for (int l = 0; l < L; ++l)
        py << (l ? ", " : "") << arch.layerSizes[l];
    py << "]  # units per layer, inputs first (s_1 … s_L)\n"
       << "HIDDEN_ACTIVATIONS = " << pyStringList(hidden) << "\n"
       << "OUTPUT_ACTIVATION = " << pyString(std::string(toString(output)))
       << "  # its cost: " << toString(arch.loss()) << "\n"
       << "CLASS_NAMES = " << pyStringList(model.classNames)
       << "  # output unit k is class k (one sigmoid unit: P(the second class))\n"
       << "LEAKY_RELU_SLOPE = " << exactNumber(kLeakyReluSlope) << "\n"
       << "LABEL_COLUMN_NAMES = " << pyStringList(labelColumnNames())
       << "  # the studio's CSV reader's\n\n"
       << "# Input features: the network's inputs computed from the raw (x1, x2) columns of the\n"
       << "# data, in this order, before the normalisation (None: the data's columns as they\n"
       << "# are).\n"
       << "FEATURES = " << (features.isIdentity() ? std::string("None") : pyFeatureKeys(features))
       << "\n"
       << "RAW_INPUTS = " << (features.isIdentity() ? n : Index{kRawFeatureCount})
       << "  # feature columns in a data file\n\n"
       << "# Input normalisation, fitted on the studio's training split"
       << (features.isIdentity() ? "" : " (on the features above)") << ".\n"
       << "NORMALIZATION = " << pyString(std::string(toString(norm.kind))) << "\n";
    if (norm.isIdentity()) {
        py << "NORM_OFFSET = None\nNORM_SCALE = None\n";
    } else {
        py << "NORM_OFFSET = " << numberList(norm.offset.data(), n) << "\n"
           << "NORM_SCALE = " << numberList(norm.scale.data(), n) << "\n";
    }
    py << "\n# The project's training settings (the defaults of `train`).\n"
       << "OPTIMIZER = " << pyString(std::string(toString(config.optimizer))) << "\n"
       << "LEARNING_RATE = " << exactNumber(config.learningRate) << "\n"
       << "MOMENTUM = " << exactNumber(config.momentum) << "\n"
       << "ADAM_BETA1 = " << exactNumber(config.beta1) << "\n"
       << "ADAM_BETA2 = " << exactNumber(config.beta2) << "\n"
       << "ADAM_EPSILON = " << exactNumber(config.adamEpsilon) << "\n"
       << "LAMBDA = " << exactNumber(config.lambda) << "\n"
       << "BATCH_SIZE = " << config.batchSize << "  # 0 = full batch\n"
       << "SHUFFLE_SEED = " << config.shuffleSeed << "\n"
       << "ITERATIONS = " << (config.maxIterations > 0 ? config.maxIterations : 1000) << "\n\n"
       << "# The trained weights. THETA[l - 1] is Θ(l): s_{l+1} rows of s_l + 1 numbers;\n"
       << "# row j holds the weights into unit j of layer l + 1 and column 0 multiplies the\n"
       << "# bias unit (the model file's layout). Each number reads back as the studio's\n"
       << "# double exactly.\n"
       << "THETA = [";
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const ConstMatrixMap theta = network.theta(l);
        py << "\n    # Θ(" << l + 1 << "): " << layerName(arch, l + 1) << " → "
           << layerName(arch, l + 2) << ", " << theta.rows() << " × " << theta.cols() << "\n    [";
        for (Index r = 0; r < theta.rows(); ++r) {
            const Eigen::RowVectorXd row = theta.row(r);
            py << "\n        " << numberList(row.data(), row.size()) << ",";
        }
        py << "\n    ],";
    }
    py << "\n]\n\n";

    // The module: spelled out layer by layer, so it reads like the network diagram.
    py << kRule << "# The network.\n\n\n"
       << "class Network(torch.nn.Module):\n"
       << "    \"\"\"" << shape << ".\n\n"
       << "    nn.Linear(s_l, s_{l+1}) computes z = a Wᵀ + b for a batch a (m × s_l):\n"
       << "    W = Θ(l)[:, 1:], b = Θ(l)[:, 0]: the course's z(l+1) = Θ(l) [1; a(l)], one\n"
       << "    example per row.\n"
       << "    \"\"\"\n\n"
       << "    def __init__(self, theta=THETA, dtype=torch.float64):\n"
       << "        super().__init__()\n"
       << "        # The normalisation is part of the model (buffers: saved, never trained).\n"
       << "        n = LAYER_SIZES[0]\n"
       << "        self.register_buffer(\"offset\", torch.tensor(NORM_OFFSET or [0.0] * n, "
          "dtype=dtype))\n"
       << "        self.register_buffer(\"scale\", torch.tensor(NORM_SCALE or [1.0] * n, "
          "dtype=dtype))\n";
    for (int l = 0; l < arch.thetaCount(); ++l) {
        const std::string id = std::to_string(l + 1);
        py << "        self.layer" << id << " = torch.nn.Linear(" << arch.layerSizes[l] << ", "
           << arch.layerSizes[l + 1] << ", dtype=dtype)  # Θ(" << id
           << "): " << layerName(arch, l + 1) << " → " << layerName(arch, l + 2) << "\n";
    }
    py << "        with torch.no_grad():\n"
       << "            for layer, t in zip(self.linear_layers(), theta):\n"
       << "                t = torch.tensor(t, dtype=dtype)\n"
       << "                layer.bias.copy_(t[:, 0])  # column 0: the bias unit's weights\n"
       << "                layer.weight.copy_(t[:, 1:])\n\n"
       << "    def linear_layers(self):\n"
       << "        return [";
    for (int l = 0; l < arch.thetaCount(); ++l)
        py << (l ? ", " : "") << "self.layer" << l + 1;
    py << "]\n\n"
       << "    def thetas(self):\n"
       << "        \"\"\"The weights as the studio's Θ matrices [b | W] (numpy, float64).\"\"\"\n"
       << "        return [torch.cat([layer.bias[:, None], layer.weight], dim=1).detach().cpu()\n"
       << "                .double().numpy() for layer in self.linear_layers()]\n\n"
       << (features.isIdentity() ? std::string() : pyFeatureMethod(features))
       << "    def output_z(self, x):\n"
       << "        \"\"\"z(L), the output units before their activation, for raw inputs x\n"
       << "        (m × " << (features.isIdentity() ? "n" : "2: x1, x2") << ").\"\"\"\n"
       << "        a = (" << (features.isIdentity() ? "x" : "self.input_features(x)")
       << " - self.offset) / self.scale"
       << (norm.isIdentity() ? "  # no normalisation: offset 0, scale 1\n"
                             : "  # " + std::string(toString(norm.kind)) + " normalisation\n");
    for (int l = 0; l + 1 < arch.thetaCount(); ++l) {
        const Activation g = arch.activations[static_cast<std::size_t>(l)];
        const std::string id = std::to_string(l + 1);
        py << "        a = " << activationCode(g, "self.layer" + id + "(a)") << "  # a(" << l + 2
           << "): hidden layer " << l + 1 << ", " << toString(g) << "\n";
    }
    py << "        return self.layer" << arch.thetaCount() << "(a)\n\n"
       << "    def forward(self, x):\n"
       << "        \"\"\"h = a(L): " << toString(output)
       << (output == Activation::Linear ? " outputs (the predictions)" : " outputs (probabilities)")
       << ".\"\"\"\n"
       << "        return " << activationCode(output, "self.output_z(x)") << "\n";
    py << kPyTorchCodeAfterWeights;
    return py.str();
}

void exportPyTorch(const std::string& path, const Model& model, const TrainingConfig& config)
{
    writeFileAtomically(path, pytorchScript(model, config));
}

} // namespace bp

// `backprop-cli export`: a model file as ONNX, a PyTorch script or a (re-written) model file,
// without a display: the same writers as the studio's File → Export.

#include "args.h"
#include "commands.h"
#include "output.h"
#include "setup.h"

#include "modelfile.h"
#include "onnxexport.h"
#include "pytorchexport.h"
#include "trainer.h"

#include <cstdio>
#include <limits>

namespace bpcli {

namespace {

// The PyTorch script's training settings; only --pytorch takes them.
constexpr const char* kTrainingOptions[] = {"optimizer", "lr",         "momentum",
                                            "lambda",    "batch-size", "iterations"};

ArgParser exportParser()
{
    ArgParser parser("export",
                     "Write a model file in another format: ONNX for inference runtimes, a\n"
                     "PyTorch script that predicts and trains, or the model file again.\n"
                     "Give --model and exactly one of --onnx, --pytorch, --json.");
    parser.addOption("model", "FILE", "Model file written by train or the studio (required).");
    parser.addOption("onnx", "FILE",
                     "Write an ONNX model (opset 13, IR version 8), float32 unless --float64.");
    parser.addFlag("float64", "With --onnx: every tensor in float64 (bit-exact weights; not\n"
                              "every runtime reads it: OpenCV 4.6 does not).");
    parser.addOption("pytorch", "FILE",
                     "Write a self-contained PyTorch script (python3 FILE predict|train ...).");
    parser.addOption("json", "FILE", "Write the model file again (normalised formatting).");
    const bp::TrainingConfig defaults;
    parser.addOption("optimizer", "NAME",
                     "With --pytorch: the script's optimiser, gd|momentum|adam|lbfgs|cg\n"
                     "(default gd).");
    parser.addOption("lr", "RATE",
                     "With --pytorch: learning rate (default " + csvNumber(defaults.learningRate) +
                         ").");
    parser.addOption("momentum", "MU",
                     "With --pytorch: momentum coefficient (default " +
                         csvNumber(defaults.momentum) + ").");
    parser.addOption("lambda", "L", "With --pytorch: L2 strength, bias excluded (default 0).");
    parser.addOption("batch-size", "N",
                     "With --pytorch: mini-batch size; 0 = full batch (default 0).");
    parser.addOption("iterations", "N",
                     "With --pytorch: the script's default iteration count\n"
                     "(default " +
                         std::to_string(defaults.maxIterations) + ").");
    parser.setEpilog("Prints one JSON line: event \"export\", model, format, path (and precision\n"
                     "for ONNX).\n\n"
                     "Examples:\n"
                     "  backprop-cli export --model run1/model.json --onnx model.onnx\n"
                     "  backprop-cli export --model run1/model.json --pytorch model.py "
                     "--optimizer adam --lr 0.01\n"
                     "  python3 model.py predict data.csv");
    return parser;
}

bp::TrainingConfig scriptConfig(const ArgParser& args)
{
    bp::TrainingConfig config = optimiserOptions(args);
    constexpr long long kMaxLong = std::numeric_limits<long>::max();
    config.maxIterations = args.integer("iterations", config.maxIterations, 1, kMaxLong);
    if (config.batchSize > 0 && bp::isLineSearchOptimizer(config.optimizer))
        throw UsageError("--batch-size: " + std::string(bp::displayName(config.optimizer)) +
                         " always uses the full batch");
    return config;
}

} // namespace

int runExport(const Args& argv)
{
    ArgParser args = exportParser();
    args.parse(argv);
    if (args.helpRequested()) {
        std::fputs(args.help().c_str(), stdout);
        return kExitOk;
    }
    const std::string modelPath = args.required("model");
    const int targets = int(args.has("onnx")) + int(args.has("pytorch")) + int(args.has("json"));
    if (targets != 1)
        throw UsageError(std::string(targets == 0 ? "nothing to write" : "one format at a time") +
                         ": give exactly one of --onnx FILE, --pytorch FILE, --json FILE");
    if (args.has("float64") && !args.has("onnx"))
        throw UsageError("--float64 applies to --onnx only");
    if (!args.has("pytorch")) {
        for (const char* option : kTrainingOptions)
            if (args.has(option))
                throw UsageError(std::string("--") + option +
                                 " sets the PyTorch script's training; it needs --pytorch");
    }
    // Usage is settled before the model is read: a bad option never costs a load.
    const bp::TrainingConfig config =
        args.has("pytorch") ? scriptConfig(args) : bp::TrainingConfig{};
    const bp::Model model = bp::loadModel(modelPath);

    Json line;
    line["event"] = "export";
    line["model"] = modelPath;
    if (args.has("onnx")) {
        const std::string path = args.required("onnx");
        const bool wide = args.has("float64");
        // The whole model: a feature transform is computed in the graph, from raw (x1, x2).
        bp::exportOnnx(path, model, wide ? bp::OnnxPrecision::Float64 : bp::OnnxPrecision::Float32);
        line["format"] = "onnx";
        line["precision"] = wide ? "float64" : "float32";
        line["opset"] = bp::kOnnxOpset;
        line["ir_version"] = bp::kOnnxIrVersion;
        line["output"] = bp::onnxOutputName(model.network);
        line["path"] = path;
    } else if (args.has("pytorch")) {
        const std::string path = args.required("pytorch");
        bp::exportPyTorch(path, model, config);
        line["format"] = "pytorch";
        line["optimizer"] = std::string(bp::toString(config.optimizer));
        line["path"] = path;
    } else {
        const std::string path = args.required("json");
        bp::saveModel(path, model);
        line["format"] = "json";
        line["path"] = path;
    }
    printJsonLine(line);
    return kExitOk;
}

} // namespace bpcli

// `backprop-cli curve`: a learning curve (J against m) or a validation curve (J against λ or
// a hidden layer's units), headless, with exactly the studio's numbers: the same core code
// (core/curves.h), one job per point on two threads. Writes DIR/curve.csv and
// DIR/summary.json; prints one JSON line per finished point and the summary last.

#include "args.h"
#include "commands.h"
#include "output.h"
#include "setup.h"

#include "curves.h"
#include "initializer.h"
#include "memorybudget.h"
#include "projectfile.h"

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <limits>

namespace bpcli {

namespace {

bp::CancellationToken* gCurveInterrupt = nullptr;

extern "C" void onCurveInterrupt(int)
{
    if (gCurveInterrupt != nullptr)
        gCurveInterrupt->cancel();
    std::signal(SIGINT, SIG_DFL);
}

ArgParser curveParser()
{
    ArgParser parser("curve",
                     "Compute a learning curve (J against the training-set size m) or a\n"
                     "validation curve (J against lambda or a hidden layer's units) and write\n"
                     "DIR/curve.csv and DIR/summary.json. Each point trains from the same seeded\n"
                     "weights to the same budget; J is reported without the lambda term.");
    parser.addOption("kind", "KIND", "learning|lambda|units (required).");
    parser.addOption("project", "FILE",
                     "Use a studio project's data, split, network and settings\n"
                     "(instead of --data and the options below).");
    addNetworkOptions(parser, true);
    std::string optimizers;
    for (bp::OptimizerKind kind : bp::allOptimizers())
        optimizers += (optimizers.empty() ? "" : "|") + std::string(bp::toString(kind));
    parser.addOption("optimizer", "NAME", optimizers + " (default gd).");
    parser.addOption("lr", "RATE", "Learning rate for gd, momentum and adam (default 0.1).");
    parser.addOption("momentum", "MU", "Momentum coefficient (default 0.9).");
    parser.addOption("lambda", "L", "L2 strength of every point (learning and units; default 0).");
    parser.addOption("batch-size", "N", "Mini-batch size; 0 = full batch (default 0).");
    parser.addOption("iterations", "N", "Iterations per point; 0 = no limit (default 1000).");
    parser.addOption("epochs", "N", "Epochs per point; 0 = no limit (default 0).");
    parser.addOption("time-limit", "SECONDS", "Time limit per point; 0 = none (default 0).");
    parser.addOption("patience", "N", "Early stopping on the validation split.");
    parser.addOption("values", "LIST",
                     "The points, comma-separated: sizes m, lambdas or unit counts\n"
                     "(default: 10 log-spaced sizes; 0,0.001,0.003,...,100; 1,2,4,...,128).");
    parser.addOption("sizes", "N", "Learning curve: how many sizes (default 10).");
    parser.addOption("layer", "N", "Units: the hidden layer to resize, from 1 (default 1).");
    parser.addOption("threads", "N", "Points computed at once (default 2).");
    parser.addFlag("test", "Also report J_test (--test-data, or the project's test split).");
    parser.addOption("out", "DIR", "Output directory, created if missing (required).");
    parser.addFlag("quiet", "Print only the final summary line.");
    parser.setEpilog("--validation defaults to 0.2 here: J_cv needs a validation split.\n"
                     "Exit codes: 0 done, 2 bad usage or input, 130 interrupted.\n\n"
                     "Example:\n  backprop-cli curve --kind learning --data builtin:spiral "
                     "--hidden 16,16 \\\n      --optimizer adam --lr 0.01 --iterations 1000 "
                     "--out lc");
    return parser;
}

std::vector<double> parseValues(const std::string& text)
{
    std::vector<double> values;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string item =
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const std::optional<double> value = parseNumber(item);
        if (!value)
            throw UsageError("--values: expected numbers separated by commas, found '" + item +
                             "'");
        values.push_back(*value);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return values;
}

Json pointJson(std::size_t index, const bp::CurvePoint& p)
{
    Json j;
    j["index"] = index;
    j["value"] = number(p.value);
    j["train_examples"] = p.trainExamples;
    j["train_cost"] = number(p.trainCost);
    j["validation_cost"] = number(p.validationCost);
    j["test_cost"] = number(p.testCost);
    j["train_accuracy"] = number(p.trainAccuracy);
    j["validation_accuracy"] = number(p.validationAccuracy);
    j["test_accuracy"] = number(p.testAccuracy);
    j["iterations"] = p.iterations;
    j["stop_reason"] = std::string(bp::toString(p.reason));
    j["seconds"] = number(p.seconds);
    return j;
}

} // namespace

int runCurve(const Args& argv)
{
    ArgParser args = curveParser();
    // J_cv needs a validation split: --validation defaults to 0.2 for this command.
    Args withDefaults = argv;
    bool hasValidation = false;
    for (const std::string& arg : argv)
        hasValidation = hasValidation || arg == "--validation" || arg.rfind("--validation=", 0) == 0;
    args.parse(argv);
    if (args.helpRequested()) {
        std::fputs(args.help().c_str(), stdout);
        return kExitOk;
    }
    if (!hasValidation && !args.has("project")) {
        withDefaults.push_back("--validation=0.2");
        args = curveParser();
        args.parse(withDefaults);
    }
    const std::string kindName = args.required("kind");
    const std::optional<bp::CurveKind> kind = bp::curveKindFromString(kindName);
    if (!kind)
        throw UsageError("--kind: expected learning|lambda|units, found '" + kindName + "'");
    const std::string outDir = args.required("out");
    const bool quiet = args.has("quiet");
    const int threads = static_cast<int>(args.integer("threads", 2, 1, 64));

    bp::CurvePlan plan;
    plan.kind = *kind;
    bp::DataSplit split;
    if (args.has("project")) {
        for (const char* option :
             {"data", "test-data", "hidden", "activation", "output", "init-model", "init", "seed",
              "validation", "normalize", "optimizer", "lr", "momentum", "lambda", "batch-size",
              "iterations", "epochs", "time-limit", "patience"}) {
            if (args.has(option))
                throw UsageError(std::string("--") + option +
                                 " cannot be combined with --project: the project fixes it");
        }
        const std::string path = args.required("project");
        const bp::Project project = bp::loadProject(path);
        bp::PreparedProject prepared = bp::prepareProject(project, path);
        split = std::move(prepared.split);
        plan.architecture = project.architecture;
        plan.config = project.config;
        plan.initKind = project.initKind;
        plan.initSeed = project.initSeed;
    } else {
        if (args.has("init-model"))
            throw UsageError("--init-model: every point of a curve starts from seeded weights "
                             "(--init, --seed), not from a model file");
        Prepared prepared = prepare(args, true);
        const std::string initName = args.text("init", kDefaultInit);
        const std::optional<bp::InitKind> init = bp::initKindFromString(initName);
        if (!init)
            throw UsageError("--init: unknown initialisation '" + initName + "'");
        plan.architecture = prepared.model.network.architecture();
        plan.config = trainingOptions(args, prepared.seed);
        plan.initKind = *init;
        plan.initSeed = prepared.seed;
        split.train = std::move(prepared.train);
        split.validation = std::move(prepared.validation);
        split.test = std::move(prepared.test);
    }
    plan.evaluateTest = args.has("test");
    if (plan.evaluateTest && split.test.size() == 0)
        throw UsageError("--test needs a test set: --test-data SPEC (or a project with a test "
                         "fraction)");
    plan.hiddenLayer = static_cast<int>(args.integer("layer", 1, 1, bp::kMaxLayers)) - 1;
    if (args.has("values")) {
        plan.values = parseValues(args.required("values"));
    } else if (plan.kind == bp::CurveKind::Learning) {
        plan.values = bp::learningCurveSizes(split.train,
                                             static_cast<int>(args.integer("sizes", 10, 2, 50)));
    } else {
        plan.values = plan.kind == bp::CurveKind::Lambda ? bp::lambdaGrid() : bp::unitGrid();
    }
    bp::checkCurvePlan(plan, split);
    for (std::size_t i = 0; i < plan.values.size(); ++i)
        bp::checkTrainingMemory(bp::curvePointArchitecture(plan, i), plan.config,
                                split.train.size(), split.validation.size());

    std::error_code error;
    std::filesystem::create_directories(outDir, error);
    if (error)
        throw bp::InputError(outDir, "", "cannot create the output directory: " + error.message());

    bp::CancellationToken interrupt;
    gCurveInterrupt = &interrupt;
    const auto previousHandler = std::signal(SIGINT, onCurveInterrupt);
    const auto started = std::chrono::steady_clock::now();
    std::vector<bp::CurvePoint> points;
    bool interrupted = false;
    try {
        points = bp::runCurve(
            plan, split, threads,
            [quiet](std::size_t index, const bp::CurvePoint& point) {
                if (quiet)
                    return;
                Json line = pointJson(index, point);
                line["event"] = "point";
                printJsonLine(line);
            },
            &interrupt);
    } catch (const bp::Cancelled&) {
        interrupted = true;
    } catch (...) {
        std::signal(SIGINT, previousHandler);
        gCurveInterrupt = nullptr;
        throw;
    }
    std::signal(SIGINT, previousHandler);
    gCurveInterrupt = nullptr;
    if (interrupted) {
        std::fprintf(stderr, "backprop-cli curve: interrupted; nothing written\n");
        return kExitInterrupted;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const std::filesystem::path dir(outDir);
    writeTextFile((dir / "curve.csv").string(), bp::curveCsv(plan.kind, points));

    Json summary;
    summary["event"] = "summary";
    summary["kind"] = std::string(bp::toString(plan.kind));
    summary["architecture"] = architectureJson(plan.architecture);
    if (plan.kind == bp::CurveKind::Units)
        summary["hidden_layer"] = plan.hiddenLayer + 1;
    summary["optimizer"] = std::string(bp::toString(plan.config.optimizer));
    summary["lambda"] = number(plan.config.lambda);
    summary["max_iterations"] = plan.config.maxIterations;
    summary["init"] = std::string(bp::toString(plan.initKind));
    summary["seed"] = plan.initSeed;
    summary["train_examples"] = split.train.size();
    summary["validation_examples"] = split.validation.size();
    Json list = Json::array();
    for (std::size_t i = 0; i < points.size(); ++i)
        list.push_back(pointJson(i, points[i]));
    summary["points"] = std::move(list);
    if (plan.kind == bp::CurveKind::Learning) {
        summary["reading"] = bp::readLearningCurve(points);
    } else if (const std::optional<std::size_t> best = bp::bestValidationPoint(points)) {
        // Chosen on J_cv only; J_test never enters the choice.
        summary["best_index"] = *best;
        summary["best_value"] = number(points[*best].value);
        summary["best_validation_cost"] = number(points[*best].validationCost);
    }
    summary["threads"] = threads;
    summary["elapsed_seconds"] = number(seconds);
    summary["csv"] = (dir / "curve.csv").string();
    writeTextFile((dir / "summary.json").string(), summary.dump(2) + "\n");
    printJsonLine(summary);
    return kExitOk;
}

} // namespace bpcli

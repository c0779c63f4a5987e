// `backprop-cli gradcheck`, `evaluate` and `selftest`.

#include "commands.h"
#include "output.h"
#include "setup.h"

#include "costfunction.h"
#include "dataspec.h"
#include "gradientcheck.h"
#include "selftest.h"

#include <cstdio>
#include <limits>
#include <sstream>

namespace bpcli {

namespace {

constexpr double kDefaultThreshold = 1e-9; // the course's bound for a correct backprop

bool printHelpIfAsked(const ArgParser& args)
{
    if (args.helpRequested())
        std::fputs(args.help().c_str(), stdout);
    return args.helpRequested();
}

std::string gradientTableCsv(const bp::GradientCheckReport& report)
{
    std::ostringstream out;
    out << "index,layer,row,column,analytic,numeric,abs_difference,relative_difference\n";
    for (const bp::GradientCheckEntry& e : report.entries) {
        out << e.index << ',' << e.layer << ',' << e.row << ',' << e.column << ','
            << csvNumber(e.analytic) << ',' << csvNumber(e.numeric) << ','
            << csvNumber(e.absoluteDifference) << ',' << csvNumber(e.relativeDifference) << "\n";
    }
    return out.str();
}

} // namespace

int runGradcheck(const Args& argv)
{
    ArgParser args("gradcheck",
                   "Compare backpropagation's gradient with central differences\n"
                   "(J(t + e) - J(t - e)) / 2e at the initial weights, on the whole --data set.\n"
                   "Prints one JSON summary; exits 0 when the relative difference\n"
                   "||num - ana|| / ||num + ana|| is below --threshold, 1 otherwise.");
    addNetworkOptions(args, false);
    args.addOption("lambda", "L", "L2 regularisation strength in J (default 0).");
    args.addOption("params", "K",
                   "Check a seeded random subset of K parameters; 0 = all\n"
                   "(default 0; each costs two evaluations of J).");
    args.addOption("epsilon", "E", "Finite-difference step (default 1e-4).");
    args.addOption("threshold", "T",
                   "Pass when the relative difference is below T (default 1e-9).");
    args.addOption("out", "FILE.csv",
                   "Write the per-parameter table: index,layer,row,column,analytic,\n"
                   "numeric,abs_difference,relative_difference (layer is 0-based).");
    args.setEpilog("Example:\n  backprop-cli gradcheck --data 'builtin:xor?n=20' --hidden 5 "
                   "--lambda 3 --out check.csv");
    args.parse(argv);
    if (printHelpIfAsked(args))
        return kExitOk;

    constexpr double kHuge = std::numeric_limits<double>::max();
    const double lambda = args.number("lambda", 0.0, 0.0, kHuge);
    bp::GradientCheckOptions options;
    options.sampleCount = args.integer("params", 0, 0, std::numeric_limits<long long>::max());
    options.epsilon = args.number("epsilon", options.epsilon, 1e-300, 1.0);
    const double threshold = args.number("threshold", kDefaultThreshold, 0.0, kHuge);
    Prepared prepared = prepare(args, false);
    options.seed = prepared.seed;

    const bp::Network& network = prepared.model.network;
    const bp::Architecture& arch = network.architecture();
    const bp::Matrix Y = bp::encodeTargets(prepared.train, arch.outputSize());
    bp::CostFunction cost(arch, prepared.train.features, Y, lambda);
    bp::Vector analytic;
    cost.evaluate(network.parameters(), &analytic);
    const bp::GradientCheckReport report = bp::checkGradient(
        arch, [&](const bp::Vector& params) { return cost.evaluate(params, nullptr); },
        network.parameters(), analytic, options);

    if (args.has("out"))
        writeTextFile(args.required("out"), gradientTableCsv(report));

    Json summary;
    summary["event"] = "gradcheck";
    summary["relative_difference"] = number(report.relativeDifference);
    summary["threshold"] = threshold;
    summary["passed"] = report.passed(threshold);
    summary["epsilon"] = report.epsilon;
    summary["lambda"] = lambda;
    summary["parameters_checked"] = report.entries.size();
    summary["parameter_count"] = report.parameterCount;
    summary["examples"] = prepared.train.size();
    summary["architecture"] = architectureJson(arch);
    Json layers = Json::array();
    for (const bp::LayerCheckSummary& layer : report.layers) {
        Json entry;
        entry["layer"] = layer.layer;
        entry["checked"] = layer.checked;
        entry["relative_difference"] = number(layer.relativeDifference);
        entry["bias_relative_difference"] = number(layer.biasRelativeDifference);
        entry["weight_relative_difference"] = number(layer.weightRelativeDifference);
        entry["max_abs_difference"] = number(layer.maxAbsoluteDifference);
        layers.push_back(entry);
    }
    summary["layers"] = layers;
    if (args.has("out"))
        summary["table"] = args.required("out");
    printJsonLine(summary);
    return report.passed(threshold) ? kExitOk : kExitCheckFailed;
}

int runEvaluate(const Args& argv)
{
    ArgParser args("evaluate",
                   "Evaluate a model file on a data set and print the metrics as JSON:\n"
                   "cost, accuracy, confusion matrix (rows actual, columns predicted)\n"
                   "and per-class precision/recall/F1, or RMSE and R^2 for regression.\n"
                   "The model's input features (if any) and normalisation are applied\n"
                   "to the data first.");
    args.addOption("model", "FILE", "Model file written by train or the studio (required).");
    args.addOption("data", "SPEC", "Data to evaluate on (required), as for train --data.");
    args.parse(argv);
    if (printHelpIfAsked(args))
        return kExitOk;

    const std::string modelPath = args.required("model");
    const std::string spec = args.required("data");
    const bp::Model model = bp::loadModel(modelPath);
    bp::Dataset data = bp::loadDataSpec(spec);
    alignToModel(data, spec, model);

    Json result;
    result["event"] = "evaluation";
    result["model"] = modelPath;
    result["data"] = spec;
    const Json metrics = metricsJson(model.network, data, model.classNames);
    for (const auto& [key, value] : metrics.items())
        result[key] = value;
    printJsonLine(result);
    return kExitOk;
}

int runSelftest(const Args& argv)
{
    ArgParser args("selftest", "Run the course's reference checks (the 3-5-3 debug network's\n"
                               "gradient at lambda 0 and 3, gradient-check relative differences\n"
                               "and sigmoid gradient values). Exits 0 only if all pass.");
    args.addFlag("json", "Print each check as a JSON line instead of text.");
    args.parse(argv);
    if (printHelpIfAsked(args))
        return kExitOk;

    const bp::SelfTestReport report = bp::runCourseSelfTest();
    const bool json = args.has("json");
    int failed = 0;
    for (const bp::SelfTestCheck& check : report.checks) {
        failed += check.passed ? 0 : 1;
        if (json) {
            Json line;
            line["event"] = "check";
            line["name"] = check.name;
            line["expected"] = number(check.expected);
            line["actual"] = number(check.actual);
            line["tolerance"] = number(check.tolerance);
            line["passed"] = check.passed;
            printJsonLine(line);
        } else {
            std::printf("%s  %s: expected %.10g, got %.10g (tolerance %.3g)\n",
                        check.passed ? "PASS" : "FAIL", check.name.c_str(), check.expected,
                        check.actual, check.tolerance);
        }
    }
    const bool passed = report.passed() && !report.checks.empty();
    if (json) {
        Json line;
        line["event"] = "summary";
        line["checks"] = report.checks.size();
        line["failed"] = failed;
        line["passed"] = passed;
        printJsonLine(line);
    } else {
        std::printf("%s: %zu checks, %d failed\n", passed ? "PASSED" : "FAILED",
                    report.checks.size(), failed);
    }
    std::fflush(stdout);
    return passed ? kExitOk : kExitCheckFailed;
}

} // namespace bpcli

// `backprop-cli train --project FILE`: train a studio project headlessly with exactly its
// settings (data source, split, normalisation, architecture, initial or saved weights,
// hyper-parameters), and optionally write the trained weights and the run into a copy.

#include "args.h"
#include "commands.h"
#include "output.h"

#include "memorybudget.h"
#include "modelfile.h"
#include "projectfile.h"
#include "trainer.h"

#include <cstdio>
#include <filesystem>

namespace bpcli {

namespace {

ArgParser projectParser()
{
    ArgParser parser("train", "Train a Backprop Studio project (*.bpstudio) with its own "
                              "settings.\nProgress goes to stdout as JSON lines; the last line "
                              "is the summary.");
    parser.addOption("project", "FILE", "The project to train (required).");
    parser.addOption("write-project", "OUT",
                     "Write a copy of the project holding the trained weights and this run.");
    parser.addOption("out", "DIR", "Also write DIR/model.json and DIR/history.csv.");
    parser.addOption("progress-every", "N",
                     "Print a progress line every N iterations "
                     "(default 100).");
    parser.addFlag("quiet", "Print only the final summary line.");
    return parser;
}

} // namespace

bool wantsProject(const Args& args)
{
    for (const std::string& arg : args) {
        if (arg == "--project" || arg.rfind("--project=", 0) == 0)
            return true;
    }
    return false;
}

int runTrainProject(const Args& argv)
{
    ArgParser args = projectParser();
    args.parse(argv);
    if (args.helpRequested()) {
        std::fputs(args.help().c_str(), stdout);
        return kExitOk;
    }
    const std::string path = args.required("project");
    const long every = static_cast<long>(args.integer("progress-every", 100, 1, 1000000000));
    const bool quiet = args.has("quiet");
    bp::Project project = bp::loadProject(path);

    // Prepared exactly as the studio prepares it (bp::prepareProject).
    bp::PreparedProject prepared = bp::prepareProject(project, path);
    const bp::DataSplit& split = prepared.split;
    const bp::Architecture& arch = project.architecture;
    bp::checkTrainingMemory(arch, project.config, split.train.size(), split.validation.size());
    bp::Model model;
    model.classNames = split.train.classNames;
    model.normalization = prepared.normalization;
    model.features = project.features; // the written model predicts from the raw data
    model.network = bp::Network(arch, prepared.weights);

    bp::Trainer trainer(model.network, split.train,
                        split.validation.size() > 0 ? &split.validation : nullptr, project.config);
    const bp::TrainingResult result = trainer.run(
        [&](const bp::IterationStats& stats, const bp::Vector&) {
            if (!quiet && stats.iteration % every == 0)
                printJsonLine(statsJson(stats));
            return true;
        },
        nullptr);

    Json summary;
    summary["event"] = "summary";
    summary["project"] = path;
    summary["stop_reason"] = std::string(bp::toString(result.reason));
    summary["message"] = result.message;
    summary["iterations"] = result.iterations;
    summary["final_cost"] = number(result.finalCost);
    summary["train_accuracy"] = number(classificationAccuracy(model.network, split.train));
    summary["architecture"] = architectureJson(arch);
    if (const std::optional<std::string> out = args.value("out")) {
        const std::filesystem::path dir(*out);
        std::filesystem::create_directories(dir);
        bp::saveModel((dir / "model.json").string(), model);
        writeTextFile((dir / "history.csv").string(), historyCsv(trainer.history().rows()));
        summary["model"] = (dir / "model.json").string();
    }
    if (const std::optional<std::string> out = args.value("write-project")) {
        bp::ProjectRun run;
        run.name = "backprop-cli run " + std::to_string(project.runs.size() + 1);
        run.architecture = arch;
        run.config = project.config;
        run.initKind = project.initKind;
        run.initSeed = project.initSeed;
        run.history = trainer.history().rows();
        run.finalWeights = model.network.parameters();
        project.weights = model.network.parameters();
        project.runs.push_back(std::move(run));
        bp::saveProject(*out, project); // atomic; relative data paths follow the new place
        summary["written_project"] = *out;
    }
    printJsonLine(summary);
    return result.reason == bp::StopReason::Diverged ? kExitDiverged : kExitOk;
}

} // namespace bpcli

// backprop-cli: the headless entry point. Links bpcore only, which proves the engine stands
// without Qt.

#include "args.h"
#include "commands.h"
#include "memorybudget.h"

#include "types.h"

#include <cstdio>
#include <exception>
#include <new>
#include <string>

namespace bpcli {
int runCurve(const Args& args); // commands_curve.cpp
} // namespace bpcli

namespace {

constexpr const char* kProgramHelp =
    "Usage: backprop-cli COMMAND [OPTIONS]\n"
    "       backprop-cli --help | --version\n"
    "\n"
    "Backprop Studio without a display: the same engine as the studio.\n"
    "\n"
    "Commands:\n"
    "  train      Train a network; write model.json, history.csv and summary.json.\n"
    "             train --project FILE trains a studio project with its settings.\n"
    "  gradcheck  Compare backprop's gradient with central differences.\n"
    "  evaluate   Print a model's metrics on a data set as JSON.\n"
    "  selftest   Run the course's reference checks.\n"
    "  export     Write a model file as ONNX, a PyTorch script or a model file.\n"
    "  curve      Learning or validation curve (J against m, lambda or units).\n"
    "\n"
    "Run 'backprop-cli COMMAND --help' for a command's options.\n"
    "\n"
    "Data specs: builtin:NAME?n=500&noise=0.1&seed=1 (xor, circles, gaussians, spiral,\n"
    "moons, regression1d, regression2d), csv:PATH?label=COLUMN&task=regression,\n"
    "idx:IMAGES,LABELS?max=N.\n"
    "\n"
    "Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input, 3 training diverged,\n"
    "130 training interrupted.\n";

int dispatch(const std::string& command, const bpcli::Args& rest)
{
    if (command == "train")
        return bpcli::wantsProject(rest) ? bpcli::runTrainProject(rest) : bpcli::runTrain(rest);
    if (command == "gradcheck")
        return bpcli::runGradcheck(rest);
    if (command == "evaluate")
        return bpcli::runEvaluate(rest);
    if (command == "selftest")
        return bpcli::runSelftest(rest);
    if (command == "export")
        return bpcli::runExport(rest);
    if (command == "curve")
        return bpcli::runCurve(rest);
    throw bpcli::UsageError("unknown command '" + command + "' (see 'backprop-cli --help')");
}

} // namespace

int main(int argc, char** argv)
{
    bp::tuneAllocatorForTraining();
    if (argc < 2) {
        std::fputs(kProgramHelp, stderr);
        return bpcli::kExitBadInput;
    }
    const std::string first = argv[1];
    if ((first == "--help" || first == "-h" || first == "help") && argc <= 2) {
        std::fputs(kProgramHelp, stdout);
        return bpcli::kExitOk;
    }
    if (first == "--version") {
        std::printf("backprop-cli %s\n", BPS_VERSION);
        return bpcli::kExitOk;
    }

    try {
        // `help COMMAND` is the same as `COMMAND --help`.
        if (first == "help")
            return dispatch(argv[2], {"--help"});
        return dispatch(first, bpcli::Args(argv + 2, argv + argc));
    } catch (const bpcli::UsageError& error) {
        std::fprintf(stderr, "backprop-cli: %s\n", error.what());
        return bpcli::kExitBadInput;
    } catch (const bp::InputError& error) {
        std::fprintf(stderr, "backprop-cli: %s\n", error.what());
        return bpcli::kExitBadInput;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "backprop-cli: out of memory (is the network or data set too big?)\n");
        return bpcli::kExitCheckFailed;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "backprop-cli: internal error: %s\n", error.what());
        return bpcli::kExitCheckFailed;
    }
}

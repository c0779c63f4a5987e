#pragma once
// The backprop-cli subcommands. Each takes the arguments after its name and returns the
// process exit code; bad usage and bad input leave as UsageError / bp::InputError.

#include <string>
#include <vector>

namespace bpcli {

enum ExitCode : int
{
    kExitOk = 0,
    kExitCheckFailed = 1,  // a gradient check or self-test ran and failed (also internal errors)
    kExitBadInput = 2,     // bad usage or bad input
    kExitDiverged = 3,     // training stopped on a non-finite cost or gradient
    kExitInterrupted = 130 // Ctrl-C during training: files written, as for a normal stop
};

using Args = std::vector<std::string>;

int runTrain(const Args& args);
/// `train --project FILE`: trains a studio project with its own settings (commands_project).
int runTrainProject(const Args& args);
bool wantsProject(const Args& args);
int runGradcheck(const Args& args);
int runEvaluate(const Args& args);
int runSelftest(const Args& args);
/// `export --model FILE (--onnx FILE [--float64] | --pytorch FILE | --json FILE)`.
int runExport(const Args& args);

} // namespace bpcli

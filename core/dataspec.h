#pragma once
// Data SPEC strings shared by the CLI and project files:
//   builtin:NAME?n=500&noise=0.1&seed=1
//   csv:PATH?label=COLUMN&task=regression
//   idx:IMAGES_FILE,LABELS_FILE?max=1000

#include "dataset.h"

#include <string>
#include <vector>

namespace bp {

/// A loaded spec with the warnings to show (a CSV label column that does not look like a
/// class, see labelColumnWarning in csvloader.h); the CLI prints them on stderr.
struct DataSpecLoad
{
    Dataset data;
    std::vector<std::string> warnings;
};

/// Throws InputError naming the spec and the problem.
Dataset loadDataSpec(const std::string& spec, const CancellationToken* token = nullptr);
DataSpecLoad loadDataSpecWithWarnings(const std::string& spec,
                                      const CancellationToken* token = nullptr);

} // namespace bp

#pragma once
// Data SPEC strings shared by the CLI and project files:
//   builtin:NAME?n=500&noise=0.1&seed=1
//   csv:PATH?label=COLUMN&task=regression
//   idx:IMAGES_FILE,LABELS_FILE?max=1000

#include "dataset.h"

#include <string>

namespace bp {

/// Throws InputError naming the spec and the problem.
Dataset loadDataSpec(const std::string& spec, const CancellationToken* token = nullptr);

} // namespace bp

#pragma once
// Conversion between the GUI's ProjectModel and the core project file (bp::Project), so the
// studio and `backprop-cli train --project` read and write the same *.bpstudio documents.

#include "projectfile.h"

#include <vector>

namespace bpui {

class ProjectModel;
struct ProjectState;

/// Everything the model holds, plus the project's runs (RunsModel::toProjectRuns: the kept
/// and raced runs, then the live run when it has rows).
bp::Project toProject(const ProjectModel& model, std::vector<bp::ProjectRun> runs);

/// The project as a model state, ready for ProjectModel::replace: loads its data, checks
/// that everything fits (the architecture, the weight count, a split leaving a training
/// example), splits once and draws weights only when the file has none (prepareState).
/// Throws bp::InputError; any thread (the studio runs it on the data loader's).
/// Errors name `source` (the project file).
ProjectState projectState(const bp::Project& project, const std::string& source = "project",
                          const bp::CancellationToken* token = nullptr);

} // namespace bpui

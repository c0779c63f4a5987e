#pragma once
// Conversion between the GUI's ProjectModel and the core project file (bp::Project), so the
// studio and `backprop-cli train --project` read and write the same *.bpstudio documents.

#include "projectfile.h"

#include <vector>

namespace bpui {

class ProjectModel;

/// Everything the model holds, plus the project's runs (RunsModel::toProjectRuns: the kept
/// and raced runs, then the live run when it has rows).
bp::Project toProject(const ProjectModel& model, std::vector<bp::ProjectRun> runs);

/// Loads the data and replaces the model's whole state with the project's. Everything that
/// can fail (data loading, a split leaving no training example, an architecture or weight
/// count that does not fit the data) is checked before the model is touched: on
/// bp::InputError the model is left exactly as it was.
void applyProject(ProjectModel& model, const bp::Project& project);

} // namespace bpui

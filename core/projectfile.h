#pragma once
// The project file (*.bpstudio, JSON; docs/file-formats.md): everything the studio needs to
// restore a session — architecture, hyper-parameters, initialisation, the data source, split
// and normalisation, the current weights and the training runs with their histories.
//
// Weights are stored flat in the unrolled order (architecture.h): Θ(0) column-major first.

#include "architecture.h"
#include "atomicfile.h"
#include "curves.h"
#include "dataset.h"
#include "featuretransform.h"
#include "generators.h"
#include "gradienthealth.h"
#include "initializer.h"
#include "preprocessing.h"
#include "trainer.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace bp {

inline constexpr int kProjectFormatVersion = 1;
inline constexpr const char* kProjectFormatName = "backprop-studio-project";

/// Where the project's data comes from. Paths are data only: never executed, only opened
/// for reading by the loaders. In memory they are absolute (or relative to the current
/// directory); in the file they are relative to the project's directory when inside it.
struct ProjectDataSource
{
    enum class Kind
    {
        Generator,
        Csv,
        Idx
    };
    Kind kind = Kind::Generator;
    GeneratorSpec generator;                  // Generator
    std::string path;                         // Csv: the file; Idx: the images file
    std::string labelColumn;                  // Csv: header name or 0-based index; empty = last
    TaskKind task = TaskKind::Classification; // Csv
    std::string labelsPath;                   // Idx: the labels file
    Index maxExamples = 0;                    // Idx: 0 = all
    /// Generator, edited in the studio (points painted or removed): the data set itself,
    /// stored as explicit points ("points" in the file) and loaded instead of regenerating;
    /// null = regenerate from the spec. Its class and feature names are the generator's.
    std::shared_ptr<const Dataset> points;
};

/// Weights at one point of a run (the timeline the studio scrubs through).
struct TimelineSnapshot
{
    long iteration = 0;
    Vector weights; // unrolled, the run's architecture
};

/// One training run kept in the project.
struct ProjectRun
{
    std::string name;
    // The data set it was trained on, as the studio labels it ("spiral · 300 examples");
    // empty (files from before 0.9) = the project's own.
    std::string data;
    Architecture architecture; // the run's own: runs survive later architecture edits
    TrainingConfig config;
    InitKind initKind = InitKind::UniformEpsilon;
    std::uint64_t initSeed = 1;
    std::vector<IterationStats> history; // every recorded row, in order
    Vector finalWeights;                 // empty = not stored
    std::vector<TimelineSnapshot> timeline;
};

/// A learning or validation curve kept with the project (Diagnose → Learning curve… /
/// Validation curve…): the plan it ran and each point that finished. A curve cancelled, or
/// still running when the project was saved, keeps the points it had (the others nullopt).
struct ProjectCurve
{
    CurvePlan plan;
    std::vector<std::optional<CurvePoint>> points; // plan.values.size() slots
    bool cancelled = false;
};

/// One gradient-health sample of the live run (the Gradients dock), numbered like the cost
/// history's rows.
struct GradientHealthSample
{
    long iteration = 0;
    GradientHealth health;
};

/// The live run's gradient-health history as the studio thins it (ui/session/gradienthistory.h):
/// the samples kept, one kept in `stride` offered, `offered` counted since the last thinning.
/// It belongs to the live run: the studio restores it only when that run continues.
struct ProjectGradientHistory
{
    std::vector<GradientHealthSample> samples;
    std::size_t stride = 1;
    std::size_t offered = 0;
};

struct Project
{
    Architecture architecture;
    TrainingConfig config;
    InitKind initKind = InitKind::UniformEpsilon;
    std::uint64_t initSeed = 1;
    ProjectDataSource data;
    double validationFraction = 0.2;
    double testFraction = 0.0;
    std::uint64_t splitSeed = 1;
    NormalizationKind normalization = NormalizationKind::Standard;
    // Input features computed from 2-D data before the normalisation (featuretransform.h);
    // the identity (default) = the data's features as they are. architecture.layerSizes[0]
    // is features.inputCount() when it is not the identity.
    FeatureSet features;
    Vector weights; // current weights; empty = none stored (drawn from the init seed on load)
    std::vector<ProjectRun> runs;
    std::vector<ProjectCurve> curves; // at most one per CurveKind in the studio's files
    ProjectGradientHistory gradientHistory;
};

/// Numbers written with up to 17 significant digits: a round trip is bit-exact. Data paths
/// inside projectDir (lexically) are written relative to it. Throws InputError for what
/// cannot be written: weights of the wrong count, non-finite weights, non-UTF-8 text.
std::string projectToJson(const Project& project, const std::string& projectDir);

/// Throws InputError(sourceName, key path, what was expected). Relative data paths are
/// resolved against projectDir (lexically; the file system is not touched).
Project projectFromJson(const std::string& text, const std::string& sourceName,
                        const std::string& projectDir);

/// Atomic (writeFileAtomically): an interrupted save leaves the old PATH whole. progress
/// sees each 64 KiB chunk; throwing from it aborts the save. Data paths are made relative
/// to PATH's directory.
void saveProject(const std::string& path, const Project& project,
                 const SaveProgress& progress = {});
Project loadProject(const std::string& path);

/// Generates or loads the project's data set as its source describes (no split, no
/// normalisation). Throws the loaders' InputError.
Dataset loadProjectData(const ProjectDataSource& source, const CancellationToken* token = nullptr);

/// What must hold before a project's network is built on its data, in this order: a valid
/// architecture, one that fits the data (checkFits), within the memory budget
/// (checkNetworkMemory, before any weights are drawn), and stored weights of the right count
/// (none is fine: they are drawn). Throws InputError naming `source`.
void checkProject(const Architecture& arch, const Dataset& data, Index storedWeights,
                  const std::string& source);

/// A project ready to train, prepared as the studio and `backprop-cli train --project` both
/// do it: data loaded, its input features computed (transformDataset; nothing for the
/// identity), checked (checkProject), split and normalised (splitAndNormalize, fitted on the
/// transformed features), and the weights the file stores or, when it has none, drawn from
/// its initialisation.
struct PreparedProject
{
    Dataset data; // as loaded: the raw features, before the transform and the normalisation
    DataSplit split;
    Normalization normalization;
    Vector weights;
};
PreparedProject prepareProject(const Project& project, const std::string& source,
                               const CancellationToken* token = nullptr);

} // namespace bp

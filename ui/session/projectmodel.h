#pragma once
// The GUI thread's project state: data, architecture, hyper-parameters and the weights as
// last published by the worker. Views read it and listen to its signals; only the GUI
// thread touches it.
//
// Two kinds of change:
//   - one edit (a setter): one of datasetChanged / architectureChanged / parametersChanged /
//     configChanged, in that order when an edit implies the next (new data → new layers →
//     new weights);
//   - a whole new state (replace: New, Open, a lesson, undo / redo): replaced() alone, once,
//     saying what differs. A ProjectState is prepared off the model (prepareState), on any
//     thread, so opening a project splits its data and draws its weights exactly once.

#include "dataset.h"
#include "featuretransform.h"
#include "generators.h"
#include "initializer.h"
#include "network.h"
#include "preprocessing.h"
#include "trainer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace bpui {

/// Where the data came from (kept so a project can be saved and regenerated).
struct DataSource
{
    enum class Kind
    {
        Generator,
        Csv,
        Idx
    };
    Kind kind = Kind::Generator;
    bp::GeneratorSpec generator;
    QString path;       // CSV file or IDX images file
    QString labelsPath; // IDX labels file
    QString labelColumn;
    /// Generator data edited by hand (points painted or removed): a project stores the
    /// points themselves (bp::ProjectDataSource::points), Regenerate discards the edits.
    bool edited = false;
};

/// Everything the model holds, ready to install with ProjectModel::replace. Plain data: may
/// be built on a worker thread (a project being opened) and moved to the GUI thread.
struct ProjectState
{
    bp::Dataset dataset; // as loaded, unnormalised
    DataSource source;
    double validationFraction = 0.2;
    double testFraction = 0.0;
    std::uint64_t splitSeed = 1;
    bp::NormalizationKind normalizationKind = bp::NormalizationKind::Standard;
    /// Input features computed from 2-D raw data (featuretransform.h); identity otherwise.
    bp::FeatureSet features;
    bp::Architecture architecture;
    bp::InitKind initKind = bp::InitKind::UniformEpsilon;
    std::uint64_t initSeed = 1;
    bp::TrainingConfig config;
    /// Filled by prepareState when null / empty: the split of the TRANSFORMED data and its
    /// normalisation (fitted on the training part), and the initial weights drawn from
    /// initKind and initSeed.
    std::shared_ptr<const bp::DataSplit> split;
    /// The same split of the raw data, unnormalised, kept for data of at most two features
    /// (null otherwise): x₁² cannot be turned back into x₁, and the plots draw raw points.
    std::shared_ptr<const bp::DataSplit> rawSplit;
    bp::Normalization normalization;
    bp::Vector parameters;
};

/// The data as a hand edit left it (ProjectModel::dataEditState): what undo of a painted
/// stroke restores. Shares the splits; copies the data set (data that can be painted is small).
struct DataEditState
{
    bp::Dataset dataset;
    DataSource source;
    std::shared_ptr<const bp::DataSplit> split;
    std::shared_ptr<const bp::DataSplit> rawSplit;
    bp::Normalization normalization;
    bp::FeatureSet features;
};

/// Completes `state` (split and normalisation when `split` is null, weights when
/// `parameters` is empty) as bp::prepareProject does: raw → features → normalisation fitted
/// on the features. Throws bp::InputError for features on data that is not 2-D. After checking that everything fits: the architecture is valid,
/// fits the data (bp::checkFits), is within the memory budget, and the split leaves a
/// training example. Throws bp::InputError naming `source` (the project file); any thread.
void prepareState(ProjectState& state, const std::string& source = "project");

/// Work counters for tests: how many splits and weight draws the studio has made (any
/// thread). A project opened costs one of each at most.
struct ProjectWorkCounts
{
    long splits = 0;
    long weightDraws = 0;
};
ProjectWorkCounts projectWorkCounts();

/// What undo restores: everything the user sets, nothing that is learned or loaded.
struct ProjectSettings
{
    std::vector<int> hiddenSizes;
    std::vector<bp::Activation> activations; // hidden layers, then the output
    bp::TrainingConfig config;
    bp::InitKind initKind = bp::InitKind::UniformEpsilon;
    std::uint64_t initSeed = 1;
    bp::NormalizationKind normalization = bp::NormalizationKind::Standard;
    double validationFraction = 0.2;
    double testFraction = 0.0;
    std::uint64_t splitSeed = 1;
    bp::FeatureSet features;

    bool operator==(const ProjectSettings& other) const;
};

/// Where new weights come from. Set: a reset, an edit, a branch (the cost history starts
/// over). Trained: the worker's published weights, or a rewind to weights the history passed
/// through (the history goes on).
enum class WeightsOrigin
{
    Set,
    Trained,
};

/// Why the whole state was replaced (views and undo react differently).
enum class ReplaceCause
{
    NewProject, // File → New: the bundled example
    Opened,     // a project file or a lesson
    Undo,       // undo / redo of a settings edit
};

/// What a replace changed (flags).
enum ProjectChange : unsigned
{
    DataChanged = 1u << 0,         // data, split or normalisation
    ArchitectureChanged = 1u << 1, // layer sizes or activations
    ParametersChanged = 1u << 2,   // the weights
    ConfigChanged = 1u << 3,       // training settings, initialisation
};

class ProjectModel : public QObject
{
    Q_OBJECT
public:
    /// Starts on the bundled example (see loadExample), so views never see an empty project.
    explicit ProjectModel(QObject* parent = nullptr);

    /// The bundled example: 2-D spiral (300 points, 3 arms), a 2-16-16-3 tanh/softmax network
    /// and Adam at learning rate 0.01, so one click on Train shows learning within seconds.
    void loadExample();
    /// The bundled example's state (prepared: split and weights included).
    static ProjectState exampleState();
    /// Installs `state` (prepared, see prepareState) and emits replaced() once. Nothing is
    /// split or drawn here.
    void replace(ProjectState state, ReplaceCause cause);

    ProjectSettings settings() const;
    /// Undo / redo: `settings` on the current data, as one replace(…, Undo). Re-splits only
    /// when the split or normalisation differs and draws weights only when the architecture
    /// or initialisation does. Throws bp::InputError (the data changed since: fewer
    /// examples, other classes) and then changes nothing.
    void applySettings(const ProjectSettings& settings);

    // --- data -------------------------------------------------------------------------
    const bp::Dataset& dataset() const { return dataset_; } // as loaded, unnormalised
    const DataSource& dataSource() const { return source_; }
    /// Normalised train / validation / test parts (normalisation fitted on train only).
    const bp::DataSplit& split() const { return *split_; }
    /// The same split shared (immutable) with worker threads without copying the matrices.
    std::shared_ptr<const bp::DataSplit> sharedSplit() const { return split_; }
    const bp::Normalization& normalization() const { return normalization_; }
    bp::NormalizationKind normalizationKind() const { return normalizationKind_; }
    double validationFraction() const { return validationFraction_; }
    double testFraction() const { return testFraction_; }
    std::uint64_t splitSeed() const { return splitSeed_; }

    // --- input features (featuretransform.h) --------------------------------------------
    /// The features the network's input layer holds, computed from the raw data.
    const bp::FeatureSet& features() const { return features_; }
    /// Features other than the identity need 2-D raw data (the transforms read x₁, x₂).
    bool featuresApplicable() const { return dataset_.featureCount() == bp::kRawFeatureCount; }
    /// Re-splits the data through the new features, sizes the input layer to their count and
    /// resets the weights (datasetChanged, architectureChanged, parametersChanged, then
    /// featuresChanged). Throws bp::InputError (an empty set, data not 2-D); nothing changes.
    void setFeatures(const bp::FeatureSet& features);
    /// Raw examples (featureCount × m, as dataset() holds them) → what the network reads:
    /// features().apply, then normalization(). For predicting anywhere on the raw plane.
    bp::Matrix modelInputs(const bp::Matrix& raw) const;
    /// The raw (unnormalised, untransformed) features of split().train, .validation or .test
    /// (`part` must be one of them), for drawing the examples where they are.
    bp::Matrix rawFeatures(const bp::Dataset& part) const;
    // --- hand edits (painted points; projectmodeledits.cpp) ------------------------------
    /// Generated data of at most two features: examples can be added and removed by hand.
    bool editable() const;
    /// Appends raw examples (featureCount × k) with their labels (classification) or
    /// targets (regression, t × k) to the data set and to the TRAINING split, through the
    /// features and the current normalisation — not refitted: the other examples keep their
    /// values under a network that may be training on them (Regenerate or a new split
    /// refits). Marks the source edited; emits dataEdited. Needs editable().
    void addExamples(const bp::Matrix& raw, const std::vector<int>& labels,
                     const bp::Matrix& targets = {});
    /// Removes the example nearest `raw` (per-feature distances divided by `scale`, e.g.
    /// a plot's axis spans) from the data set and its split part; the training part keeps
    /// one example. False when nothing was removed. Emits dataEdited. Needs editable().
    bool removeExampleNear(const bp::Vector& raw, const bp::Vector& scale);
    DataEditState dataEditState() const;
    /// Puts an earlier edit state back (undo / redo of a stroke) and emits dataEdited.
    /// Throws bp::InputError, changing nothing, when the data was replaced since by data of
    /// another shape or the features differ.
    void restoreDataEdit(const DataEditState& state);

    /// The input units' names: the feature labels ("x₁²") or, for the identity, the data's
    /// feature names (may be empty).
    std::vector<std::string> inputNames() const;

    /// Replaces the data set; input and output layer sizes follow it (weights reset).
    /// These three throw bp::InputError (e.g. a split leaving no training example) and then
    /// leave the project unchanged.
    void setDataset(bp::Dataset data, DataSource source);
    void setSplit(double validationFraction, double testFraction, std::uint64_t seed);
    void setNormalization(bp::NormalizationKind kind);

    // --- architecture -----------------------------------------------------------------
    const bp::Architecture& architecture() const { return arch_; }
    std::vector<int> hiddenSizes() const;
    /// Replaces the hidden layers (sizes and activations, same length) and resets the weights.
    /// Throws bp::InputError for an invalid layer (size 0, too many layers); nothing changes.
    void setHiddenLayers(const std::vector<int>& sizes,
                         const std::vector<bp::Activation>& activations);
    void setOutputActivation(bp::Activation activation);
    /// Replaces the whole architecture, output size included (an imported model's: a
    /// two-class model may have one output or two), and resets the weights. Throws
    /// bp::InputError when it does not fit the data or memory; nothing changes then.
    void setArchitecture(const bp::Architecture& arch);

    // --- initialisation and weights ---------------------------------------------------
    bp::InitKind initKind() const { return initKind_; }
    std::uint64_t initSeed() const { return initSeed_; }
    void setInitialization(bp::InitKind kind, std::uint64_t seed);
    /// Draws new initial weights from the current init kind and seed.
    void resetWeights();
    const bp::Vector& parameters() const { return params_; }
    /// Called with the worker's published weights (same architecture).
    void setParameters(const bp::Vector& params, WeightsOrigin origin = WeightsOrigin::Set);

    // --- training configuration -------------------------------------------------------
    const bp::TrainingConfig& config() const { return config_; }
    void setConfig(const bp::TrainingConfig& config);

signals:
    /// The whole state was replaced; `changes` says what differs (ProjectChange flags).
    void replaced(unsigned changes, bpui::ReplaceCause cause);
    void datasetChanged();      // data, split or normalisation
    void architectureChanged(); // layer sizes or activations (weights were reset too)
    void parametersChanged(bpui::WeightsOrigin origin); // weights
    void configChanged();
    /// setFeatures changed the feature set (after datasetChanged, architectureChanged and
    /// parametersChanged: the input layer and weights were reset), so a view can say so.
    /// A replace (open, undo) says it through replaced() alone, as for every other setting.
    void featuresChanged();
    /// Examples were added or removed by hand (addExamples, removeExampleNear, undo of a
    /// stroke): the data set and the split changed, the normalisation, the architecture and
    /// the weights did not. Not datasetChanged: a run goes on, on the edited data.
    void dataEdited();

private:
    /// The architecture for the current data with the given hidden layers (throws InputError).
    bp::Architecture makeArchitecture(const bp::Dataset& data, const bp::FeatureSet& features,
                                      const std::vector<int>& hidden,
                                      const std::vector<bp::Activation>& activations,
                                      bp::Activation output) const;

    bp::Dataset dataset_;
    DataSource source_;
    std::shared_ptr<const bp::DataSplit> split_ = std::make_shared<bp::DataSplit>();
    bp::Normalization normalization_;
    bp::NormalizationKind normalizationKind_ = bp::NormalizationKind::Standard;
    double validationFraction_ = 0.2;
    double testFraction_ = 0.0;
    std::uint64_t splitSeed_ = 1;
    bp::FeatureSet features_;
    std::shared_ptr<const bp::DataSplit> rawSplit_; // see ProjectState::rawSplit
    bp::Architecture arch_;
    bp::InitKind initKind_ = bp::InitKind::UniformEpsilon;
    std::uint64_t initSeed_ = 1;
    bp::Vector params_;
    bp::TrainingConfig config_;
};

} // namespace bpui

Q_DECLARE_METATYPE(bpui::ReplaceCause)
Q_DECLARE_METATYPE(bpui::WeightsOrigin)

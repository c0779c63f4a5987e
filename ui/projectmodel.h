#pragma once
// The GUI thread's project state: data, architecture, hyper-parameters and the weights as
// last published by the worker. Views read it and listen to its signals; only the GUI
// thread touches it.

#include "dataset.h"
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
    enum class Kind { Generator, Csv, Idx };
    Kind kind = Kind::Generator;
    bp::GeneratorSpec generator;
    QString path;       // CSV file or IDX images file
    QString labelsPath; // IDX labels file
    QString labelColumn;
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
    void setHiddenLayers(const std::vector<int>& sizes, const std::vector<bp::Activation>& activations);
    void setOutputActivation(bp::Activation activation);

    // --- initialisation and weights ---------------------------------------------------
    bp::InitKind initKind() const { return initKind_; }
    std::uint64_t initSeed() const { return initSeed_; }
    void setInitialization(bp::InitKind kind, std::uint64_t seed);
    /// Draws new initial weights from the current init kind and seed.
    void resetWeights();
    const bp::Vector& parameters() const { return params_; }
    /// Called with the worker's published weights (same architecture).
    void setParameters(const bp::Vector& params);

    // --- training configuration -------------------------------------------------------
    const bp::TrainingConfig& config() const { return config_; }
    void setConfig(const bp::TrainingConfig& config);

signals:
    void datasetChanged();      // data, split or normalisation
    void architectureChanged(); // layer sizes or activations (weights were reset too)
    void parametersChanged();   // weights
    void configChanged();

private:
    /// The split and normalisation of `data` under the current settings (throws InputError).
    std::shared_ptr<const bp::DataSplit> makeSplit(const bp::Dataset& data, double validation,
                                                   double test, std::uint64_t seed,
                                                   bp::NormalizationKind kind,
                                                   bp::Normalization* normalization) const;
    /// The architecture for the current data with the given hidden layers (throws InputError).
    bp::Architecture makeArchitecture(const bp::Dataset& data, const std::vector<int>& hidden,
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
    bp::Architecture arch_;
    bp::InitKind initKind_ = bp::InitKind::UniformEpsilon;
    std::uint64_t initSeed_ = 1;
    bp::Vector params_;
    bp::TrainingConfig config_;
};

} // namespace bpui

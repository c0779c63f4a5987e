#pragma once
// The network and data options shared by `train` and `gradcheck`, and turning them into a
// ready model and normalised data sets.

#include "args.h"

#include "dataset.h"
#include "modelfile.h"
#include "trainer.h"

#include <cstdint>
#include <string>

namespace bpcli {

inline constexpr const char* kDefaultHidden = "8";
inline constexpr const char* kDefaultHiddenActivation = "tanh";
inline constexpr const char* kDefaultInit = "uniform";
inline constexpr const char* kDefaultNormalize = "standard";

/// Declares --data, --hidden, --activation, --output, --init-model, --init, --seed,
/// --normalize, and for training also --test-data and --validation.
void addNetworkOptions(ArgParser& parser, bool training);

/// A model ready to train or check, with its data already normalised and aligned.
struct Prepared
{
    bp::Model model; // initial parameters, normalisation (fitted on train), class names
    bp::Dataset train;
    bp::Dataset validation; // empty unless --validation
    bp::Dataset test;       // empty unless --test-data
    std::uint64_t seed = 1;
};

/// --optimizer, --lr, --momentum, --lambda and --batch-size, read the same way by every
/// command that trains or writes a training loop (train, curve, export --pytorch); the rest
/// of the config keeps its defaults. Throws UsageError.
bp::TrainingConfig optimiserOptions(const ArgParser& args);

/// optimiserOptions plus the limits (--iterations, --epochs, --time-limit, --patience) and the
/// shuffling seed, shared by train and curve; at least one limit is required. Throws
/// UsageError.
bp::TrainingConfig trainingOptions(const ArgParser& args, std::uint64_t seed);

/// Throws UsageError for contradictory options, bp::InputError for bad data or model files.
Prepared prepare(const ArgParser& args, bool training);

/// Makes data match a model: labels renumbered into the model's class order by name, class
/// names replaced by the model's, the model's feature transform applied to the raw features
/// (bp::FeatureSet) and then its normalisation. Throws bp::InputError naming source for a
/// class the model does not know, data its features cannot be computed from, or a model that
/// does not fit the data (bp::checkFits).
void alignToModel(bp::Dataset& data, const std::string& source, const bp::Model& model);

} // namespace bpcli

#pragma once
// Input feature transforms for 2-D data (TensorFlow Playground's "features"): the user ticks
// any subset of x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂, always taken in that fixed order, and
// the network's input layer has one unit per ticked feature, computed from the raw (x₁, x₂).
//
// Shapes (examples run along columns, as everywhere in core):
//   raw        2 × m   row 0 = x₁, row 1 = x₂
//   apply(raw) k × m   row i = the i-th ticked feature, k = inputCount()
//
// Where it sits in the pipeline (the one rule, used by the model file, the project's
// preparation, the CLI and both exports):
//
//   raw (x₁, x₂) → FeatureSet::apply → Normalization (fitted on the TRANSFORMED columns)
//                → network
//
// Transform first, then normalise: a Normalization has one offset and scale per network
// input (the model file's "normalization" holds s₁ entries, checked against layer_sizes[0]),
// so it can only describe the transformed columns; and normalising first would change what
// the features mean (sin x₁ of a standardised x₁ is not sin x₁). A saved model therefore
// predicts from RAW (x₁, x₂): transform, then its normalisation, then forward propagation.
//
// The default set is {x₁, x₂}, the identity: apply() then returns the data unchanged whatever
// its row count, so every model without features (an MNIST one with 784 inputs included)
// behaves as before. Any other set needs exactly two raw features.

#include "types.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

struct Dataset;

/// The seven features, in their fixed order (the order of the input units).
enum class Feature
{
    X1,
    X2,
    X1Squared,
    X2Squared,
    X1TimesX2,
    SinX1,
    SinX2
};

inline constexpr int kFeatureCount = 7;
inline constexpr int kRawFeatureCount = 2; // the transforms read (x₁, x₂)

/// All seven, in order.
const std::array<Feature, kFeatureCount>& allFeatures();
/// ASCII key used in files: "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)".
std::string_view featureKey(Feature feature);
/// Display label (UTF-8): "x₁", "x₂", "x₁²", "x₂²", "x₁·x₂", "sin x₁", "sin x₂".
std::string_view featureLabel(Feature feature);
/// The feature whose featureKey() is key, exactly (case-sensitive).
std::optional<Feature> featureFromKey(std::string_view key);
/// "x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)": the keys for error messages.
std::string featureKeyList();

/// Which of the seven features feed the network. A value type: copy, compare, store.
class FeatureSet
{
public:
    /// {x₁, x₂}: the identity.
    FeatureSet() = default;
    /// Exactly the given features (order and repeats do not matter: the order is fixed).
    FeatureSet(std::initializer_list<Feature> features);
    /// No feature ticked: not valid for a network (validate() refuses it), but a starting
    /// point for building a set with set().
    static FeatureSet empty();

    bool has(Feature feature) const { return (bits_ & bit(feature)) != 0; }
    void set(Feature feature, bool on = true);

    /// Units of the network's input layer: the number of ticked features (for the identity,
    /// 2 — though apply() passes any row count through unchanged, see above).
    int inputCount() const;
    bool isIdentity() const { return bits_ == kIdentityBits; }
    bool isEmpty() const { return bits_ == 0; }
    /// The ticked features in their fixed order.
    std::vector<Feature> features() const;
    /// featureKey() / featureLabel() of each ticked feature, in order.
    std::vector<std::string> keys() const;
    std::vector<std::string> labels() const;

    /// Throws InputError(source, place, "tick at least one input feature") for an empty set.
    void validate(const std::string& source = "features", const std::string& place = "") const;

    /// raw 2 × m → k × m. x₁² is x₁·x₁ (one rounding, the same as the ONNX graph's Mul), sin
    /// is std::sin. The identity returns raw unchanged (any row count). Throws InputError
    /// (source, "", …) for an empty set or raw without exactly 2 rows.
    Matrix apply(const Matrix& raw, const std::string& source = "data") const;

    bool operator==(const FeatureSet&) const = default;

private:
    static constexpr std::uint8_t bit(Feature f) { return std::uint8_t(1u << static_cast<int>(f)); }
    static constexpr std::uint8_t kIdentityBits = 0b11; // x₁, x₂

    std::uint8_t bits_ = kIdentityBits;
};

/// The file form (the model's and the project's "features" key): known keys, in the fixed
/// order, each at most once, at least one. Throws InputError(source, "PATH[i]" or "PATH",
/// what was expected) — an order other than the fixed one is refused rather than sorted,
/// since it would feed the weights other values than the writer meant.
FeatureSet featureSetFromKeys(const std::vector<std::string>& keys, const std::string& source,
                              const std::string& path = "features");

/// The data set with its features replaced by features.apply(data.features) and its feature
/// names by the feature labels (labels, targets and class names kept; no longer an image).
/// The identity returns data as it is. Throws apply()'s InputError naming source.
Dataset transformDataset(const FeatureSet& features, const Dataset& data,
                         const std::string& source = "data");

} // namespace bp

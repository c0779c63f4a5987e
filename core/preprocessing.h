#pragma once
// Feature scaling fitted on the training split only, and seeded splits.

#include "dataset.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace bp {

enum class NormalizationKind { None, Standard, MinMax };
std::string_view toString(NormalizationKind kind); // "none", "standard", "minmax"
std::optional<NormalizationKind> normalizationFromString(std::string_view name);

/// x' = (x − offset) ./ scale, per feature.
struct Normalization
{
    NormalizationKind kind = NormalizationKind::None;
    Vector offset; // n
    Vector scale;  // n, never zero (a constant feature gets scale 1)

    static Normalization fit(NormalizationKind kind, const Matrix& features);
    void apply(Matrix& features) const; // no-op for None
    bool isIdentity() const { return kind == NormalizationKind::None; }
};

struct DataSplit
{
    Dataset train;
    Dataset validation; // may be empty
    Dataset test;       // may be empty
};

/// Shuffles with seed and cuts validation and test fractions off (each in [0, 1)).
DataSplit splitDataset(const Dataset& data, double validationFraction, double testFraction,
                       std::uint64_t seed);

/// splitDataset, then `kind` fitted on the training part only (validation and test must not
/// leak into the scaling) and applied to every part; the fitted scaling goes to
/// *normalization. The one way the studio and the CLI prepare a project's data.
DataSplit splitAndNormalize(const Dataset& data, double validationFraction, double testFraction,
                            std::uint64_t seed, NormalizationKind kind,
                            Normalization* normalization);

} // namespace bp

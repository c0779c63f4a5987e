#pragma once
// The symmetry experiment behind SymmetryDemo, free of widgets so tests can drive it: one
// network trained twice with the same data and the same plain gradient descent, once from
// zero (or constant) weights and once from random ones. Identical hidden units receive
// identical gradients, so the symmetric start keeps every hidden layer's rows equal forever.

#include "dataset.h"
#include "initializer.h"
#include "network.h"
#include "trainer.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace bpui {

struct SymmetrySetup
{
    bp::Architecture architecture;
    bp::Dataset train; // normalised features, as the network sees them
    bp::InitKind symmetricKind = bp::InitKind::Zeros; // Zeros or Constant
    double constant = 0.1;                            // weight value for InitKind::Constant
    bp::InitKind randomKind = bp::InitKind::UniformEpsilon;
    std::uint64_t seed = 1;
    double learningRate = 0.5;
    long iterations = 400;
};

/// The result of one side: parameters before and after, cost history, final figures.
struct SymmetrySide
{
    bp::Vector initial;
    bp::Vector trained;
    std::vector<double> costs; // J after 0, 1, … iterations
    double finalCost = 0.0;
    double finalAccuracy = 0.0; // fraction in [0, 1]; NaN for regression
};

class SymmetryExperiment
{
public:
    enum class Side
    {
        Symmetric,
        Random
    };

    /// The bundled small case: 2-4-2 sigmoid/softmax on 200 XOR points (normalised), plain GD.
    static SymmetrySetup smallDemo(std::uint64_t seed = 1);

    explicit SymmetryExperiment(SymmetrySetup setup);

    /// Progress is reported as (iterations done over both sides, total); return false from it
    /// to cancel (then run() returns false and the results are incomplete).
    using Progress = std::function<bool(long done, long total)>;
    bool run(const Progress& progress = {});

    const SymmetrySetup& setup() const { return setup_; }
    const SymmetrySide& side(Side s) const { return s == Side::Symmetric ? symmetric_ : random_; }
    const bp::Vector& symmetricParameters() const { return symmetric_.trained; }
    const bp::Vector& randomParameters() const { return random_.trained; }

    /// max over unit pairs (i, j) and columns k of |Θ(layer)_{i,k} − Θ(layer)_{j,k}|, bias
    /// column included: 0 means every unit of layer+1 computes the same function.
    double maxRowDifference(Side s, int layer) const;

    /// Cosine similarity of the incoming weight rows (bias included) of Θ(layer): u × u.
    /// Two all-zero rows count as identical (1), a zero row against another as 0.
    static bp::Matrix rowSimilarity(const bp::Architecture& arch, const bp::Vector& params,
                                    int layer);
    static double maxRowDifference(const bp::Architecture& arch, const bp::Vector& params,
                                   int layer);

private:
    bool trainSide(SymmetrySide* side, bp::InitKind kind, long offset, const Progress& progress);

    SymmetrySetup setup_;
    SymmetrySide symmetric_;
    SymmetrySide random_;
};

} // namespace bpui

#pragma once
// Layer sizes, activations and the layout of the unrolled parameter vector.
//
// Indexing: layers are 0-based in code. Layer 0 is the input (s_0 = feature count),
// layer L−1 the output. theta(l), l = 0..L−2, is the course's Θ(l+1): it maps layer l to
// layer l+1 and is s_{l+1} × (s_l + 1); column 0 multiplies the bias unit.
// All Θ live in one vector, each stored column-major, Θ(0) first — exactly the course's
// unrolling [Θ(1)(:); Θ(2)(:); …].

#include "activation.h"
#include "loss.h"
#include "types.h"

#include <vector>

namespace bp {

inline constexpr int kMaxLayerSize = 4096;
inline constexpr int kMaxLayers = 32;

struct Architecture
{
    std::vector<int> layerSizes;         // s_0 … s_{L−1}, input first
    std::vector<Activation> activations; // one per non-input layer: activations[l] is g of layer l+1

    /// inputs, hidden sizes with one hidden activation, outputs with the output activation.
    static Architecture make(int inputs, const std::vector<int>& hidden, Activation hiddenActivation,
                             int outputs, Activation outputActivation);

    /// Throws InputError("architecture", …) naming the offending layer.
    void validate() const;

    int layerCount() const { return static_cast<int>(layerSizes.size()); }
    int thetaCount() const { return layerCount() - 1; }
    int inputSize() const { return layerSizes.front(); }
    int outputSize() const { return layerSizes.back(); }
    int thetaRows(int l) const { return layerSizes[l + 1]; }
    int thetaCols(int l) const { return layerSizes[l] + 1; }
    Index thetaOffset(int l) const;
    Index parameterCount() const;
    Activation outputActivation() const { return activations.back(); }
    Loss loss() const { return lossForOutput(outputActivation()); }

    /// Which Θ, row and column an unrolled index falls in.
    struct Position
    {
        int layer;
        int row;
        int column;
    };
    Position positionOf(Index parameterIndex) const;

    bool operator==(const Architecture&) const = default;
};

/// Θ(l) as a view into an unrolled parameter vector of this architecture.
MatrixMap thetaView(const Architecture& arch, Vector& params, int l);
ConstMatrixMap thetaView(const Architecture& arch, const Vector& params, int l);

} // namespace bp

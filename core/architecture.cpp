#include "architecture.h"

#include <cassert>
#include <string>

namespace bp {

Architecture Architecture::make(int inputs, const std::vector<int>& hidden,
                                Activation hiddenActivation, int outputs,
                                Activation outputActivation)
{
    Architecture arch;
    arch.layerSizes.push_back(inputs);
    for (int size : hidden) {
        arch.layerSizes.push_back(size);
        arch.activations.push_back(hiddenActivation);
    }
    arch.layerSizes.push_back(outputs);
    arch.activations.push_back(outputActivation);
    return arch;
}

void Architecture::validate() const
{
    const std::string source = "architecture";
    if (layerSizes.size() < 2)
        throw InputError(source, "", "a network needs an input and an output layer, found " +
                                         std::to_string(layerSizes.size()) + " layer(s)");
    if (layerSizes.size() > static_cast<size_t>(kMaxLayers))
        throw InputError(source, "", "at most " + std::to_string(kMaxLayers) + " layers, found " +
                                         std::to_string(layerSizes.size()));
    if (activations.size() != layerSizes.size() - 1)
        throw InputError(source, "", "expected " + std::to_string(layerSizes.size() - 1) +
                                         " activations (one per non-input layer), found " +
                                         std::to_string(activations.size()));
    for (size_t l = 0; l < layerSizes.size(); ++l) {
        if (layerSizes[l] < 1 || layerSizes[l] > kMaxLayerSize)
            throw InputError(source, "layer " + std::to_string(l + 1),
                             "a layer has 1 to " + std::to_string(kMaxLayerSize) +
                                 " units, found " + std::to_string(layerSizes[l]));
    }
    for (size_t l = 0; l + 1 < activations.size(); ++l) {
        if (!isHiddenActivation(activations[l]))
            throw InputError(source, "layer " + std::to_string(l + 2),
                             std::string(toString(activations[l])) +
                                 " can only be used on the output layer");
    }
    if (!isOutputActivation(activations.back()))
        throw InputError(source, "layer " + std::to_string(layerSizes.size()),
                         "the output activation must be sigmoid, softmax or linear, found " +
                             std::string(toString(activations.back())));
}

Index Architecture::thetaOffset(int l) const
{
    assert(l >= 0 && l <= thetaCount());
    Index offset = 0;
    for (int k = 0; k < l; ++k)
        offset += static_cast<Index>(thetaRows(k)) * thetaCols(k);
    return offset;
}

Index Architecture::parameterCount() const
{
    // An empty (default-constructed) architecture has no Θ at all, and so no parameters.
    return thetaCount() >= 0 ? thetaOffset(thetaCount()) : 0;
}

Architecture::Position Architecture::positionOf(Index parameterIndex) const
{
    assert(parameterIndex >= 0 && parameterIndex < parameterCount());
    for (int l = 0; l < thetaCount(); ++l) {
        const Index size = static_cast<Index>(thetaRows(l)) * thetaCols(l);
        if (parameterIndex < size) {
            // Column-major: index = column · rows + row.
            return {l, static_cast<int>(parameterIndex % thetaRows(l)),
                    static_cast<int>(parameterIndex / thetaRows(l))};
        }
        parameterIndex -= size;
    }
    return {0, 0, 0};
}

MatrixMap thetaView(const Architecture& arch, Vector& params, int l)
{
    assert(params.size() == arch.parameterCount());
    return MatrixMap(params.data() + arch.thetaOffset(l), arch.thetaRows(l), arch.thetaCols(l));
}

ConstMatrixMap thetaView(const Architecture& arch, const Vector& params, int l)
{
    assert(params.size() == arch.parameterCount());
    return ConstMatrixMap(params.data() + arch.thetaOffset(l), arch.thetaRows(l),
                          arch.thetaCols(l));
}

} // namespace bp

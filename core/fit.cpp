#include "fit.h"

#include <cassert>

namespace bp {

namespace {

/// "1 unit", "3 units", "2 classes".
std::string counted(Index n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

bool outputsFit(const Architecture& arch, const Dataset& data)
{
    const int needed = outputUnitsFor(data);
    if (arch.outputSize() == needed)
        return true;
    return data.task() == TaskKind::Classification && needed == 2 && arch.outputSize() == 1 &&
           arch.outputActivation() != Activation::Softmax;
}

} // namespace

void checkFits(const Architecture& arch, const Dataset& data, const std::string& source)
{
    assert(arch.layerCount() >= 2 && "checkFits needs a validated architecture");
    const char* place = "architecture";
    if (arch.inputSize() != data.featureCount())
        throw InputError(source, place,
                         "the input layer has " + counted(arch.inputSize(), "unit", "units") +
                             " but the data has " +
                             counted(data.featureCount(), "feature", "features"));
    if (!outputsFit(arch, data)) {
        const int needed = outputUnitsFor(data);
        const bool regression = data.task() == TaskKind::Regression;
        throw InputError(source, place,
                         "the output layer has " + counted(arch.outputSize(), "unit", "units") +
                             " but the data needs " + std::to_string(needed) + " (" +
                             (regression ? counted(needed, "target", "targets")
                                         : counted(needed, "class", "classes")) +
                             ")");
    }
}

void checkWeightCount(const Architecture& arch, Index count, const std::string& source,
                      const std::string& place)
{
    if (count != arch.parameterCount())
        throw InputError(source, place,
                         "expected " + counted(arch.parameterCount(), "weight", "weights") +
                             " (the unrolled parameters of the architecture), found " +
                             std::to_string(count));
}

} // namespace bp

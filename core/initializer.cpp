#include "initializer.h"

#include <cmath>
#include <random>

namespace bp {

namespace {
struct InitName
{
    InitKind kind;
    std::string_view name;
};
constexpr InitName kInitNames[] = {
    {InitKind::Zeros, "zeros"},           {InitKind::Constant, "constant"},
    {InitKind::UniformEpsilon, "uniform"}, {InitKind::Uniform012, "uniform012"},
    {InitKind::XavierNormal, "xavier"},   {InitKind::HeNormal, "he"},
};
} // namespace

std::string_view toString(InitKind kind)
{
    for (const InitName& n : kInitNames)
        if (n.kind == kind)
            return n.name;
    return "unknown";
}

std::optional<InitKind> initKindFromString(std::string_view name)
{
    for (const InitName& n : kInitNames)
        if (n.name == name)
            return n.kind;
    return std::nullopt;
}

std::vector<InitKind> allInitKinds()
{
    return {InitKind::UniformEpsilon, InitKind::Uniform012, InitKind::XavierNormal,
            InitKind::HeNormal,       InitKind::Zeros,      InitKind::Constant};
}

Vector initializeParameters(const Architecture& arch, InitKind kind, std::uint64_t seed,
                            double constant)
{
    arch.validate();
    Vector params(arch.parameterCount());
    std::mt19937_64 rng(seed);
    for (int l = 0; l < arch.thetaCount(); ++l) {
        MatrixMap theta = thetaView(arch, params, l);
        const double fanIn = arch.layerSizes[l];
        const double fanOut = arch.layerSizes[l + 1];
        // Distributions draw in a fixed order (column-major) so a seed always gives the same Θ.
        switch (kind) {
        case InitKind::Zeros:
            theta.setZero();
            break;
        case InitKind::Constant:
            theta.setConstant(constant);
            break;
        case InitKind::UniformEpsilon:
        case InitKind::Uniform012: {
            // ε = √6 / √(s_l + s_{l+1}) keeps the initial z(l+1) in g's sensitive range.
            const double eps = kind == InitKind::Uniform012 ? 0.12 : std::sqrt(6.0) / std::sqrt(fanIn + fanOut);
            std::uniform_real_distribution<double> dist(-eps, eps);
            for (Index k = 0; k < theta.size(); ++k)
                theta.data()[k] = dist(rng);
            break;
        }
        case InitKind::XavierNormal:
        case InitKind::HeNormal: {
            const double stddev = kind == InitKind::XavierNormal ? std::sqrt(2.0 / (fanIn + fanOut))
                                                                 : std::sqrt(2.0 / fanIn);
            std::normal_distribution<double> dist(0.0, stddev);
            for (Index k = 0; k < theta.size(); ++k)
                theta.data()[k] = dist(rng);
            break;
        }
        }
    }
    return params;
}

} // namespace bp

#pragma once
// Initial weights. Random kinds break the symmetry that zeros or a constant would keep.

#include "architecture.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bp {

enum class InitKind {
    Zeros,
    Constant,
    UniformEpsilon, // U[−ε, ε], ε = √6 / √(s_l + s_{l+1}) (the default)
    Uniform012,     // U[−0.12, 0.12]
    XavierNormal,   // N(0, 2 / (s_l + s_{l+1}))
    HeNormal        // N(0, 2 / s_l)
};

std::string_view toString(InitKind kind);
std::optional<InitKind> initKindFromString(std::string_view name);
std::vector<InitKind> allInitKinds();

/// Unrolled parameters for arch; the same seed gives identical weights (std::mt19937_64).
Vector initializeParameters(const Architecture& arch, InitKind kind, std::uint64_t seed,
                            double constant = 0.1);

} // namespace bp

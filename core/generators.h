#pragma once
// Built-in toy data sets, generated from (n, noise, seed).

#include "dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bp {

struct GeneratorSpec
{
    std::string name = "spiral"; // xor, circles, gaussians, spiral, moons, regression1d, regression2d
    Index n = 500;               // examples
    double noise = 0.1;          // relative noise level, 0..1 typical
    std::uint64_t seed = 1;
    int classes = 0;             // spiral / gaussians: arms or blobs (0 = generator default)
};

std::vector<std::string> generatorNames();
/// Throws InputError naming the generator and the bad parameter.
Dataset generateDataset(const GeneratorSpec& spec);

} // namespace bp

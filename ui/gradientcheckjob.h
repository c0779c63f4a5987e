#pragma once
// A gradient check sized for interactive use: every parameter of a small network, a seeded
// sample of a large one, on a seeded sample of the examples. Runs on any thread (no widgets).

#include "dataset.h"
#include "gradientcheck.h"
#include "trainingsnapshot.h"

#include <memory>

namespace bpui {

struct GradientCheckRequest
{
    bp::Architecture arch;
    bp::Vector params;
    std::shared_ptr<const bp::Dataset> data; // normalised training examples
    double lambda = 0.0;
    bp::Index allParametersUpTo = 2000; // check every parameter up to this count…
    bp::Index parameterSample = 500;    // …otherwise a seeded sample of this many
    bp::Index exampleSample = 500;      // examples used when m is larger
    std::uint64_t seed = 1;
};

/// Analytic gradient from bp::CostFunction on the sampled examples, compared with central
/// differences of the same J. Throws bp::Cancelled when token is set, InputError on bad input.
GradientCheckOutcome runGradientCheck(const GradientCheckRequest& request,
                                      const bp::ProgressCallback& progress = {},
                                      const bp::CancellationToken* token = nullptr);

} // namespace bpui

#pragma once
// A gradient check sized for interactive use: every parameter of a small network, a seeded
// sample of a large one, on a seeded sample of the examples. Runs on any thread (no widgets).

#include "dataset.h"
#include "gradientcheck.h"
#include "worker/trainingsnapshot.h"

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
    // Central differences err by about eps^2/6 * J''' (truncation) plus 1e-16 * J / eps
    // (rounding). The course's eps = 1e-4 and 1e-9 threshold suit sigmoid units; tanh has
    // g'''(0) = -2 against sigmoid's -1/8, so the default 2-16-16-3 tanh network reads 1.2e-9
    // at 1e-4 (truncation alone) and 1.1e-10 at 3e-5, where the two errors are about equal.
    // The note states eps; `backprop-cli gradcheck --epsilon` reproduces either figure.
    double epsilon = 3e-5;
};

/// Analytic gradient from bp::CostFunction on the sampled examples, compared with central
/// differences of the same J. Throws bp::Cancelled when token is set, InputError on bad input.
GradientCheckOutcome runGradientCheck(const GradientCheckRequest& request,
                                      const bp::ProgressCallback& progress = {},
                                      const bp::CancellationToken* token = nullptr);

} // namespace bpui

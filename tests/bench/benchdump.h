#pragma once
// `bps-bench --dump-workloads DIR`: writes W1–W4 (data, targets, initial weights, the
// hyper-parameters and our own reference costs) for the PyTorch / NumPy / SciPy peers that
// tests/bench/peers.py times on the same bytes (scripts/bench --peers).
//
// DIR/workloads.json describes every file. Arrays are raw little-endian float64 (the W2
// batch order int64), row-major with one example per row: Eigen's column-major n × m
// feature matrix written as it lies in memory. theta0 is the unrolled parameter vector of
// core/architecture.h (each Θ(l), s_{l+1} × (s_l + 1) with the bias in column 0, stored
// column-major, Θ(1) first), i.e. row-major Θ(l)ᵀ: row 0 the biases, rows 1… the weights.

#include "dataset.h"

#include <string>

namespace bench {

/// Writes the workloads into dir (created if needed); prints what it wrote. Returns the exit
/// code: 0, or 1 with a message on stderr when a file cannot be written or a reference
/// check of the export itself fails.
int dumpWorkloads(const std::string& dir, const bp::Dataset& fashion, bool real);

} // namespace bench

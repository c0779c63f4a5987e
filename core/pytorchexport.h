#pragma once
// PyTorch export: one self-contained, readable Python file (docs/file-formats.md) that
// depends on torch and numpy only, for a learner who takes the network to a GPU or a
// cluster. It holds
//   - the network as a torch.nn.Module: the input normalisation, then one nn.Linear per
//     Θ(l) (weight = Θ(l)(:, 1:), bias = Θ(l)(:, 0)) and the same activations;
//   - the trained weights, embedded as Θ matrices in the model file's layout (shortest
//     round-trip decimals: loading them is bit-exact);
//   - the engine's cost (core/loss.h, core/costfunction.h): the logistic cost, cross-entropy
//     or squared error from z(L), + (λ/2m) Σ Θ² without the bias column;
//   - a training loop with the project's optimiser settings (gd, momentum and Adam as the
//     engine computes them; L-BFGS and CG approximated by torch.optim.LBFGS, said in the file);
//   - a command line: `python3 model.py predict data.csv`, `python3 model.py train data.csv
//     --iterations N` (float64 by default, like the engine).
// Examples run along rows in the script (PyTorch's convention), along columns in core.

#include "modelfile.h"
#include "trainer.h"

#include <string>

namespace bp {

/// The script's text. config supplies the training loop's optimiser, learning rate, λ,
/// batch size, shuffle seed and iteration count. Throws InputError for non-finite weights,
/// a weight count that does not match the architecture, or a normalisation whose size does
/// not match the inputs.
std::string pytorchScript(const Model& model, const TrainingConfig& config);

/// Writes pytorchScript atomically (temporary file beside path, then rename).
void exportPyTorch(const std::string& path, const Model& model, const TrainingConfig& config);

} // namespace bp

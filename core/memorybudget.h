#pragma once
// How much memory training and loading may use, and estimates checked against it *before*
// anything is allocated, so a network or a data file too large for the machine is refused
// with a message stating the estimate and the budget instead of exhausting memory.
//
// The budget is half of physical memory (sysconf), or BPS_MEMORY_BUDGET (bytes, with an
// optional K, M or G suffix) when set, or setMemoryBudgetBytes() (tests, the CLI).

#include "architecture.h"
#include "trainer.h"

#include <cstdint>
#include <string>

namespace bp {

/// Installed physical memory in bytes; 0 when the system does not say.
std::uint64_t physicalMemoryBytes();
/// The budget in force (see the file comment).
std::uint64_t memoryBudgetBytes();
/// How the budget was chosen, for messages: "half of the 15.5 GiB of physical memory".
std::string memoryBudgetOrigin();
/// Overrides the budget for this process; 0 restores the default. Not thread-safe: set it
/// before work starts.
void setMemoryBudgetBytes(std::uint64_t bytes);
/// "1.5 GiB", "12.0 MiB", "640 bytes".
std::string formatBytes(double bytes);

/// Asks the kernel to back a large buffer that is about to be written for the first time with
/// transparent huge pages (Linux with THP in "madvise" mode, as Debian ships it; elsewhere a
/// no-op). Measured on the 2-core VM: the first touch of 376 MB (Fashion-MNIST as doubles)
/// took 1.1 s in 4 KiB pages and 0.05–0.7 s in 2 MiB pages. Buffers under 4 MiB are left alone.
void adviseHugePages(void* data, std::size_t bytes);

/// Keeps freed blocks below 32 MiB in the process instead of handing them back to the kernel
/// (glibc's mmap and trim thresholds), so the matrices an optimiser frees and allocates again
/// at every evaluation are not faulted in afresh each time: on the VM measured, W4 (50 L-BFGS
/// iterations) took 1.0 s with glibc's defaults and 0.39 s with this. Called first thing by
/// the studio, the CLI and the benchmarks; a no-op outside glibc.
void tuneAllocatorForTraining();

/// The bytes training needs beyond the data set already loaded, by kind.
struct TrainingMemoryEstimate
{
    double parameters = 0;     // P, the unrolled Θ length
    double parameterBytes = 0; // weights, gradient, trainer copies (last / best)
    double optimizerBytes = 0; // momentum velocity, Adam moments, L-BFGS pairs, CG vectors
    double workspaceBytes = 0; // z, a, δ, g′ of one column chunk (+ the gathered mini-batch)
    double targetBytes = 0;    // encoded targets K × m (train + validation)
    long chunkColumns = 0;     // examples per chunk of the workspace

    double total() const { return parameterBytes + optimizerBytes + workspaceBytes + targetBytes; }
    /// "weights and gradient 1.2 GiB, Adam moments 0.8 GiB, …".
    std::string breakdown(OptimizerKind optimizer) const;
};

/// Parameter-sized vectors live at the same time while training (network, trainer copy,
/// gradient, last finite and best parameters).
inline constexpr int kTrainingParameterCopies = 5;
/// Examples per column chunk of a full-batch evaluation (CostFunction's default).
inline constexpr long kCostChunkColumns = 4096;

/// Computed in double: an architecture that failed validation (10⁹ units) cannot overflow.
TrainingMemoryEstimate estimateTrainingMemory(const Architecture& arch,
                                              const TrainingConfig& config, Index trainExamples,
                                              Index validationExamples = 0);

/// Throws InputError("training", "", "training this network needs about … but the memory
/// budget is …") when the estimate exceeds budget.
void checkTrainingMemory(const Architecture& arch, const TrainingConfig& config,
                         Index trainExamples, Index validationExamples = 0);
/// The network alone (its weights and the copies training keeps) against the budget: for the
/// network editor and file loads, before the weights are drawn. Throws InputError(source,
/// place, "a network of N weights needs about …").
void checkNetworkMemory(const Architecture& arch, const std::string& source = "architecture",
                        const std::string& place = "");
/// A data file whose contents need `bytes` in memory: throws InputError(source, "", "WHAT
/// need about N, more than the memory budget of …") when over the budget.
void checkDataMemory(const std::string& source, double bytes, const std::string& what);

} // namespace bp

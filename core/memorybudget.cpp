#include "memorybudget.h"

#include <unistd.h>
#ifdef __linux__
#include <sys/mman.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <limits>

namespace bp {

namespace {

// Read from loader threads as well as the GUI thread.
std::atomic<std::uint64_t> overrideBytes{0};

constexpr double kDouble = sizeof(double);
constexpr double kKiB = 1024.0;
constexpr double kMiB = kKiB * 1024.0;
constexpr double kGiB = kMiB * 1024.0;
// Without sysconf's answer, assume a small laptop rather than refuse everything.
constexpr std::uint64_t kFallbackBudget = std::uint64_t{4} << 30;

/// "512M", "2G", "1000000" → bytes; 0 when not a positive size.
std::uint64_t parseSize(const char* text)
{
    if (text == nullptr || *text == '\0')
        return 0;
    char* end = nullptr;
    const double value = std::strtod(text, &end);
    if (end == text || !(value > 0))
        return 0;
    double factor = 1;
    switch (std::toupper(static_cast<unsigned char>(*end))) {
    case 'K':
        factor = kKiB;
        ++end;
        break;
    case 'M':
        factor = kMiB;
        ++end;
        break;
    case 'G':
        factor = kGiB;
        ++end;
        break;
    default:
        break;
    }
    if (*end != '\0' && !(std::toupper(static_cast<unsigned char>(*end)) == 'B' && end[1] == '\0'))
        return 0;
    const double bytes = value * factor;
    return bytes >= 18e18 ? std::numeric_limits<std::uint64_t>::max()
                          : static_cast<std::uint64_t>(bytes);
}

std::uint64_t environmentBudget()
{
    return parseSize(std::getenv("BPS_MEMORY_BUDGET"));
}

double sum(const std::vector<int>& sizes, std::size_t from)
{
    double total = 0;
    for (std::size_t l = from; l < sizes.size(); ++l)
        total += sizes[l];
    return total;
}

/// Parameter-sized vectors an optimiser keeps besides the gradient.
double optimizerVectors(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::GradientDescent:
        return 0;
    case OptimizerKind::Momentum:
        return 1; // velocity
    case OptimizerKind::Adam:
        return 2; // first and second moments
    // LBFGSpp: m correction pairs s and y, plus x, gradient, direction and the previous x
    // and gradient, and the line search's trial point and gradient.
    case OptimizerKind::LBFGS:
        return 2.0 * 10 + 7;
    // fmincg: X0, df0, df1, df2, s and the trial point.
    case OptimizerKind::ConjugateGradient:
        return 6;
    }
    return 0;
}

const char* optimizerStateName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::GradientDescent:
        return "no optimiser state";
    case OptimizerKind::Momentum:
        return "momentum velocity";
    case OptimizerKind::Adam:
        return "Adam moments";
    case OptimizerKind::LBFGS:
        return "L-BFGS history";
    case OptimizerKind::ConjugateGradient:
        return "conjugate-gradient vectors";
    }
    return "optimiser state";
}

std::string budgetText()
{
    return "the memory budget of " + formatBytes(static_cast<double>(memoryBudgetBytes())) + " (" +
           memoryBudgetOrigin() + ")";
}

} // namespace

std::uint64_t physicalMemoryBytes()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return 0;
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
}

std::uint64_t memoryBudgetBytes()
{
    if (const std::uint64_t forced = overrideBytes.load(std::memory_order_relaxed))
        return forced;
    if (const std::uint64_t fromEnvironment = environmentBudget())
        return fromEnvironment;
    const std::uint64_t physical = physicalMemoryBytes();
    // Half: the rest is for the OS, the GUI and the user's other programs.
    return physical > 0 ? physical / 2 : kFallbackBudget;
}

std::string memoryBudgetOrigin()
{
    if (overrideBytes.load(std::memory_order_relaxed) != 0)
        return "set by the program";
    if (environmentBudget() != 0)
        return "set by BPS_MEMORY_BUDGET";
    const std::uint64_t physical = physicalMemoryBytes();
    if (physical == 0)
        return "physical memory unknown";
    return "half of the " + formatBytes(static_cast<double>(physical)) + " of physical memory";
}

void setMemoryBudgetBytes(std::uint64_t bytes)
{
    overrideBytes.store(bytes, std::memory_order_relaxed);
}

std::string formatBytes(double bytes)
{
    char text[64];
    if (bytes >= kGiB)
        std::snprintf(text, sizeof text, "%.1f GiB", bytes / kGiB);
    else if (bytes >= kMiB)
        std::snprintf(text, sizeof text, "%.1f MiB", bytes / kMiB);
    else if (bytes >= kKiB)
        std::snprintf(text, sizeof text, "%.1f KiB", bytes / kKiB);
    else
        std::snprintf(text, sizeof text, "%.0f bytes", bytes);
    return text;
}

std::string TrainingMemoryEstimate::breakdown(OptimizerKind optimizer) const
{
    std::string text = "weights and gradient " + formatBytes(parameterBytes);
    if (optimizerBytes > 0)
        text +=
            ", " + std::string(optimizerStateName(optimizer)) + " " + formatBytes(optimizerBytes);
    text += ", activations and deltas of " + std::to_string(chunkColumns) + "-example chunks " +
            formatBytes(workspaceBytes);
    text += ", encoded targets " + formatBytes(targetBytes);
    return text;
}

TrainingMemoryEstimate estimateTrainingMemory(const Architecture& arch,
                                              const TrainingConfig& config, Index trainExamples,
                                              Index validationExamples)
{
    TrainingMemoryEstimate e;
    const std::vector<int>& s = arch.layerSizes;
    if (s.size() < 2)
        return e;
    // P = Σ_l s_{l+1} (s_l + 1), in double so that absurd sizes cannot overflow.
    for (std::size_t l = 0; l + 1 < s.size(); ++l)
        e.parameters += static_cast<double>(s[l + 1]) * (static_cast<double>(s[l]) + 1.0);
    e.parameterBytes = kTrainingParameterCopies * e.parameters * kDouble;
    e.optimizerBytes = optimizerVectors(config.optimizer) * e.parameters * kDouble;

    // Mini-batches (not for line-search optimisers) evaluate one batch at a time; a full
    // batch runs in chunks of kCostChunkColumns columns.
    const bool miniBatch = config.batchSize > 0 && !isLineSearchOptimizer(config.optimizer);
    const double batch =
        miniBatch ? std::min<double>(static_cast<double>(config.batchSize), trainExamples)
                  : static_cast<double>(trainExamples);
    const double columns = std::max(1.0, std::min<double>(kCostChunkColumns, batch));
    e.chunkColumns = static_cast<long>(columns);
    const double inputs = s.front();
    const double outputs = s.back();
    const double widest = *std::max_element(s.begin() + 1, s.end());
    // z(l), a(l), δ(l) for every non-input layer, g′ of the widest, a(0) with its bias row.
    e.workspaceBytes = columns * (3.0 * sum(s, 1) + widest + inputs + 1.0) * kDouble;
    if (miniBatch) // the gathered batch X and Y
        e.workspaceBytes += batch * (inputs + outputs) * kDouble;
    e.targetBytes = outputs * static_cast<double>(trainExamples + validationExamples) * kDouble;
    return e;
}

void checkTrainingMemory(const Architecture& arch, const TrainingConfig& config,
                         Index trainExamples, Index validationExamples)
{
    const TrainingMemoryEstimate e =
        estimateTrainingMemory(arch, config, trainExamples, validationExamples);
    const auto budget = static_cast<double>(memoryBudgetBytes());
    if (e.total() <= budget)
        return;
    throw InputError("training", "",
                     "training this network needs about " + formatBytes(e.total()) + " (" +
                         e.breakdown(config.optimizer) + "), more than " + budgetText() +
                         ": use fewer or smaller layers, a smaller batch or fewer examples");
}

void checkNetworkMemory(const Architecture& arch, const std::string& source,
                        const std::string& place)
{
    TrainingConfig plain; // gradient descent: the least any training needs
    const TrainingMemoryEstimate e = estimateTrainingMemory(arch, plain, 0, 0);
    const auto budget = static_cast<double>(memoryBudgetBytes());
    if (e.parameterBytes <= budget)
        return;
    char count[32];
    std::snprintf(count, sizeof count, "%.0f", e.parameters);
    throw InputError(source, place,
                     "a network of " + std::string(count) + " weights needs about " +
                         formatBytes(e.parameterBytes) + " to train (weights, gradient and " +
                         std::to_string(kTrainingParameterCopies - 2) + " copies), more than " +
                         budgetText() + ": use fewer or smaller layers");
}

void checkDataMemory(const std::string& source, double bytes, const std::string& what)
{
    const auto budget = static_cast<double>(memoryBudgetBytes());
    if (bytes <= budget)
        return;
    throw InputError(source, "",
                     what + " need about " + formatBytes(bytes) + ", more than " + budgetText());
}

void adviseHugePages(void* data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    if (data == nullptr || bytes < 2 * huge)
        return;
    // Only the whole 2 MiB pages inside the buffer: madvise wants page-aligned ranges.
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE); // a hint: errors ignored
#else
    (void)data;
    (void)bytes;
#endif
}

void tuneAllocatorForTraining()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // the largest glibc accepts
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
}

} // namespace bp

#include "worker/gradientcheckjob.h"

#include "costfunction.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <random>

namespace bpui {

namespace {

/// k distinct example columns out of m, seeded; all of them (in order) when m <= k.
std::vector<bp::Index> sampleColumns(bp::Index m, bp::Index k, std::uint64_t seed)
{
    std::vector<bp::Index> columns(static_cast<std::size_t>(m));
    std::iota(columns.begin(), columns.end(), bp::Index{0});
    if (m <= k)
        return columns;
    // Partial Fisher–Yates by hand: std::shuffle's algorithm differs between libraries and
    // the report must name the same examples everywhere for a given seed.
    std::mt19937_64 rng(seed);
    for (bp::Index i = 0; i < k; ++i) {
        std::uniform_int_distribution<bp::Index> pick(i, m - 1);
        std::swap(columns[static_cast<std::size_t>(i)],
                  columns[static_cast<std::size_t>(pick(rng))]);
    }
    columns.resize(static_cast<std::size_t>(k));
    std::sort(columns.begin(), columns.end());
    return columns;
}

} // namespace

GradientCheckOutcome runGradientCheck(const GradientCheckRequest& request,
                                      const bp::ProgressCallback& progress,
                                      const bp::CancellationToken* token)
{
    if (!request.data || request.data->size() == 0)
        throw bp::InputError("gradient check", "", "there are no training examples");
    if (request.params.size() != request.arch.parameterCount())
        throw bp::InputError("gradient check", "", "the weights do not fit the network");

    const bp::Dataset& data = *request.data;
    const std::vector<bp::Index> columns =
        sampleColumns(data.size(), request.exampleSample, request.seed);
    const bp::Dataset sample = data.subset(columns);
    const bp::Matrix X = sample.features;
    const bp::Matrix Y = bp::encodeTargets(sample, request.arch.outputSize());

    // X and Y outlive the cost function: it keeps references.
    bp::CostFunction cost(request.arch, X, Y, request.lambda);
    cost.setCancellationToken(token);
    bp::Vector analytic;
    cost.evaluate(request.params, &analytic);

    const bp::Index n = request.arch.parameterCount();
    bp::GradientCheckOptions options;
    options.seed = request.seed;
    options.epsilon = request.epsilon;
    options.sampleCount = n > request.allParametersUpTo ? request.parameterSample : 0;

    GradientCheckOutcome outcome;
    outcome.report = bp::checkGradient(
        request.arch, [&cost](const bp::Vector& p) { return cost.evaluate(p, nullptr); },
        request.params, analytic, options, progress, token);

    // QCoreApplication::translate may be called from any thread.
    const QLocale locale;
    const QString params =
        options.sampleCount > 0
            ? QCoreApplication::translate("bpui::GradientCheckJob",
                                          "%1 of %2 parameters (seeded sample)")
                  .arg(locale.toString(static_cast<qlonglong>(options.sampleCount)),
                       locale.toString(static_cast<qlonglong>(n)))
            : QCoreApplication::translate("bpui::GradientCheckJob", "all %1 parameters")
                  .arg(locale.toString(static_cast<qlonglong>(n)));
    const QString examples =
        sample.size() < data.size()
            ? QCoreApplication::translate("bpui::GradientCheckJob",
                                          "%1 of %2 training examples (seeded sample)")
                  .arg(locale.toString(static_cast<qlonglong>(sample.size())),
                       locale.toString(static_cast<qlonglong>(data.size())))
            : QCoreApplication::translate("bpui::GradientCheckJob", "all %1 training examples")
                  .arg(locale.toString(static_cast<qlonglong>(data.size())));
    outcome.samplingNote =
        QCoreApplication::translate("bpui::GradientCheckJob", "Checked %1 on %2, ε = %3, λ = %4.")
            .arg(params, examples)
            .arg(options.epsilon)
            .arg(request.lambda);
    return outcome;
}

} // namespace bpui

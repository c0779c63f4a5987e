#include "session/teaching/plantedbugcheck.h"

#include "costfunction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <random>

namespace bpui {

QString bugTitle(bp::PlantedBug bug)
{
    switch (bug) {
    case bp::PlantedBug::None:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "No bug (textbook backprop)");
    case bp::PlantedBug::NoActivationDerivative:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "g′(z) factor left out");
    case bp::PlantedBug::RegularizeBias:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "Bias column regularised");
    case bp::PlantedBug::NoDivideByM:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "1/m left out");
    case bp::PlantedBug::DeltaThroughBias:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "δ through the bias row");
    case bp::PlantedBug::WrongOutputSign:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "Wrong sign on δ(L)");
    case bp::PlantedBug::NoOneHot:
        return QCoreApplication::translate("bpui::PlantedBugCheck", "y not recoded one-hot");
    }
    return {};
}

QString bugDescription(bp::PlantedBug bug)
{
    // English as bp::describe (the lesson text), translated here: core stays Qt-free.
    switch (bug) {
    case bp::PlantedBug::None:
        return QCoreApplication::translate("bpui::PlantedBugCheck",
                                           "No bug: the textbook backpropagation.");
    case bp::PlantedBug::NoActivationDerivative:
        return QCoreApplication::translate("bpui::PlantedBugCheck",
                                           "The g'(z) factor is left out of the hidden δ terms.");
    case bp::PlantedBug::RegularizeBias:
        return QCoreApplication::translate(
            "bpui::PlantedBugCheck", "The bias column is regularised like the other weights.");
    case bp::PlantedBug::NoDivideByM:
        return QCoreApplication::translate(
            "bpui::PlantedBugCheck",
            "The accumulated Δ is not divided by the number of examples m.");
    case bp::PlantedBug::DeltaThroughBias:
        return QCoreApplication::translate("bpui::PlantedBugCheck",
                                           "δ is propagated through the bias row, so every hidden "
                                           "δ is shifted by one unit.");
    case bp::PlantedBug::WrongOutputSign:
        return QCoreApplication::translate("bpui::PlantedBugCheck",
                                           "The output error has the wrong sign: δ(L) = y − a(L).");
    case bp::PlantedBug::NoOneHot:
        return QCoreApplication::translate(
            "bpui::PlantedBugCheck",
            "y is used as the raw class number instead of its one-hot vector.");
    }
    return {};
}

QString bugName(bp::PlantedBug bug)
{
    const std::string_view text = bp::toString(bug);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString whyBugIsInvisible(const bp::Architecture& arch, bp::PlantedBug bug)
{
    const bool hidden = arch.layerCount() > 2;
    switch (bug) {
    case bp::PlantedBug::NoActivationDerivative: {
        if (!hidden)
            return QCoreApplication::translate(
                "bpui::PlantedBugCheck",
                "without a hidden layer there is no hidden δ to scale by g′");
        bool allLinear = true;
        for (int l = 0; l + 2 < arch.layerCount(); ++l)
            allLinear =
                allLinear && arch.activations[static_cast<size_t>(l)] == bp::Activation::Linear;
        if (allLinear)
            return QCoreApplication::translate("bpui::PlantedBugCheck",
                                               "linear hidden units have g′(z) = 1");
        return {};
    }
    case bp::PlantedBug::DeltaThroughBias:
        return hidden
                   ? QString()
                   : QCoreApplication::translate("bpui::PlantedBugCheck",
                                                 "without a hidden layer no δ is propagated back");
    default:
        return {};
    }
}

std::vector<bp::PlantedBug> bugsVisibleOn(const bp::Architecture& arch)
{
    std::vector<bp::PlantedBug> bugs;
    for (bp::PlantedBug bug : bp::allPlantedBugs())
        if (whyBugIsInvisible(arch, bug).isEmpty())
            bugs.push_back(bug);
    return bugs;
}

bp::PlantedBug quizBug(std::uint64_t seed, const std::vector<bp::PlantedBug>& candidates)
{
    if (candidates.empty())
        return bp::PlantedBug::None;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, candidates.size() - 1);
    return candidates[pick(rng)];
}

QString locateDiscrepancy(const bp::GradientCheckReport& report, double threshold)
{
    QStringList places;
    for (const bp::LayerCheckSummary& s : report.layers) {
        QStringList parts;
        if (s.biasRelativeDifference > threshold)
            parts << QCoreApplication::translate("bpui::PlantedBugCheck", "bias column (%1)")
                         .arg(QString::number(s.biasRelativeDifference, 'e', 1));
        if (s.weightRelativeDifference > threshold)
            parts << QCoreApplication::translate("bpui::PlantedBugCheck", "weights (%1)")
                         .arg(QString::number(s.weightRelativeDifference, 'e', 1));
        if (!parts.isEmpty())
            places << QStringLiteral("Θ(%1): ").arg(s.layer + 1) + parts.join(QStringLiteral(", "));
    }
    return places.join(QStringLiteral("; "));
}

PlantedBugCheck runPlantedBugCheck(const PlantedBugProblem& problem, bp::PlantedBug bug,
                                   double threshold)
{
    bp::TraceOptions trace;
    trace.lambda = problem.lambda;
    trace.bug = bug;
    trace.labels = problem.labels;
    const bp::Vector analytic =
        bp::traceBackprop(problem.arch, problem.params, problem.X, problem.Y, trace).gradient;

    // The numeric side always differentiates the correct J: the bug is only in backprop.
    bp::CostFunction cost(problem.arch, problem.X, problem.Y, problem.lambda);
    bp::GradientCheckOptions options;
    const bp::Index count = problem.arch.parameterCount();
    PlantedBugCheck result;
    const QLocale locale;
    if (count > kAllParametersUpTo) {
        options.sampleCount = kSampledParameters;
        options.seed = 1;
        result.samplingNote = QCoreApplication::translate("bpui::PlantedBugCheck",
                                                          "%1 of %2 parameters sampled (seed %3)")
                                  .arg(locale.toString(qlonglong(kSampledParameters)),
                                       locale.toString(qlonglong(count)))
                                  .arg(options.seed);
    } else {
        result.samplingNote =
            QCoreApplication::translate("bpui::PlantedBugCheck", "all %1 parameters")
                .arg(locale.toString(qlonglong(count)));
    }
    result.samplingNote +=
        QCoreApplication::translate("bpui::PlantedBugCheck", ", %1 examples, λ = %2")
            .arg(problem.X.cols())
            .arg(problem.lambda);
    result.bug = bug;
    result.threshold = threshold;
    result.report = bp::checkGradient(
        problem.arch, [&cost](const bp::Vector& p) { return cost.evaluate(p, nullptr); },
        problem.params, analytic, options);
    result.passed = result.report.passed(threshold);
    result.where = locateDiscrepancy(result.report, threshold);
    return result;
}

} // namespace bpui

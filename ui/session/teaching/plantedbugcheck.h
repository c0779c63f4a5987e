#pragma once
// The planted-bug lesson's gradient check, without widgets: the "analytic" gradient comes
// from bp::traceBackprop carrying one classic mistake, the numeric one from central
// differences of the correct bp::CostFunction. Where the two disagree (which Θ, its bias
// column or its weights) is what the learner reads off to name the bug.

#include "backproptrace.h"
#include "gradientcheck.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace bpui {

/// A short title for menus and quiz answers, e.g. "Bias column regularised" (translated).
QString bugTitle(bp::PlantedBug bug);
/// bp::describe(bug) in the studio's language.
QString bugDescription(bp::PlantedBug bug);
/// bp::toString(bug), e.g. "regularize_bias" (used in objectNames).
QString bugName(bp::PlantedBug bug);

/// Why bug cannot change the gradient of this network (empty when it can), e.g. the g′
/// factor of a network without hidden layers, or of linear hidden units (g′ = 1). Translated,
/// as every text here except bugName.
QString whyBugIsInvisible(const bp::Architecture& arch, bp::PlantedBug bug);
/// The planted bugs that do change this network's gradient (quiz candidates).
std::vector<bp::PlantedBug> bugsVisibleOn(const bp::Architecture& arch);
/// The quiz's hidden bug for a seed: uniform over candidates with std::mt19937_64(seed).
bp::PlantedBug quizBug(std::uint64_t seed, const std::vector<bp::PlantedBug>& candidates);

struct PlantedBugProblem
{
    bp::Architecture arch;
    bp::Vector params;
    bp::Matrix X;            // n × m
    bp::Matrix Y;            // K × m, encoded (one-hot for classes)
    std::vector<int> labels; // class per example (for PlantedBug::NoOneHot); may be empty
    double lambda = 0.0;
    QString description; // e.g. "course debug network 3-5-3, 5 examples"
};

struct PlantedBugCheck
{
    bp::PlantedBug bug = bp::PlantedBug::None;
    bp::GradientCheckReport report;
    double threshold = 1e-9;
    bool passed = false;
    QString samplingNote; // "all 67 parameters" or "500 of 101,770 parameters (seed 1)"
    QString where;        // plain text: which Θ, bias column and / or weights disagree
};

/// Above this many parameters only kSampledParameters (seeded) are checked.
inline constexpr bp::Index kAllParametersUpTo = 5000;
inline constexpr bp::Index kSampledParameters = 500;

/// Runs the check (synchronously: 2 cost evaluations per checked parameter).
PlantedBugCheck runPlantedBugCheck(const PlantedBugProblem& problem, bp::PlantedBug bug,
                                   double threshold);

/// "Θ(1): bias column, weights; Θ(2): bias column" style summary of the layers whose bias or
/// weight relative difference exceeds threshold (empty when none does).
QString locateDiscrepancy(const bp::GradientCheckReport& report, double threshold);

} // namespace bpui

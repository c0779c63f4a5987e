#pragma once
// The reference path: backpropagation one example at a time (the course's `for i = 1:m`),
// recording every intermediate for the step-through inspector. Slow and plain on purpose;
// tests hold it equal to CostFunction's vectorised gradient.

#include "architecture.h"

#include <string_view>
#include <vector>

namespace bp {

/// Classic mistakes that the gradient-check lessons can plant in this path.
enum class PlantedBug {
    None,
    NoActivationDerivative, // δ(l) without the .* g'(z(l)) factor
    RegularizeBias,         // λ/m Θ added to the bias column too
    NoDivideByM,            // D = Δ + λ/m Θ (the 1/m left out)
    DeltaThroughBias,       // δ(l) keeps the bias row, shifting every hidden δ by one
    WrongOutputSign,        // δ(L) = y − a(L)
    NoOneHot                // y used as the raw class index instead of its one-hot vector
};
std::string_view toString(PlantedBug bug);
std::string_view describe(PlantedBug bug); // one sentence for the lesson text
std::vector<PlantedBug> allPlantedBugs();  // every bug except None

struct ExampleTrace
{
    Index example = 0;        // column of X
    std::vector<Vector> a;     // a[0] = x … a[L−1] = h (without bias units)
    std::vector<Vector> z;     // z[l] for l = 1..L−1; z[0] is empty
    std::vector<Vector> delta; // δ[l] for l = 1..L−1; δ[0] is empty
    std::vector<Matrix> Delta; // running Δ(l) after this example, l = 0..L−2
    double loss = 0.0;         // this example's loss term (before 1/m)
};

struct BackpropTrace
{
    std::vector<ExampleTrace> examples; // in processing order
    std::vector<Matrix> D;              // D(l) = Δ(l)/m + λ/m Θ(l) (bias column unregularised)
    Vector gradient;                    // D unrolled like the parameters
    double cost = 0.0;                  // J(Θ) including the λ term
};

struct TraceOptions
{
    double lambda = 0.0;
    PlantedBug bug = PlantedBug::None;
    std::vector<int> labels; // class index per example: only needed for PlantedBug::NoOneHot
};

/// Backprop over every column of X (n × m) with targets Y (K × m), one example at a time.
BackpropTrace traceBackprop(const Architecture& arch, const Vector& params, const Matrix& X,
                            const Matrix& Y, const TraceOptions& options = {});

} // namespace bp

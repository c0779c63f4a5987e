#pragma once
// The step-through inspector's logic without widgets: one batch traced by bp::traceBackprop,
// cut into the course's steps, each with its equation, its terms (name, shape, values) and
// the part of the diagram it concerns. Tests read the values shown here and hold them equal
// to the core's traced path and vectorised gradient.
//
// Steps, per example i of the batch (B examples, m = B in the formulas):
//   Input        a(1) = x(i)                                    (layer 0)
//   Forward l    z(l+2) = Θ(l+1)·[1; a(l+1)], a(l+2) = g(z(l+2)) (l = 0 … L−2, the Θ index)
//   OutputError  δ(L) = a(L) − y                                 (layer L−1)
//   Backward l   δ(l+1) = (Θ(l+1)ᵀ δ(l+2))[without bias] .* g′(z(l+1))  (layer l = L−2 … 1)
//   Accumulate l Δ(l+1) += δ(l+2)·[1; a(l+1)]ᵀ                    (l = 0 … L−2)
// then once for the batch:
//   Gradient l   D(l+1) = Δ(l+1)/m + (λ/m)·Θ(l+1), bias column unregularised
//   Update l     Θ(l+1) ← Θ(l+1) − α·D(l+1)
// `layer` is 0-based (core and NetworkScene); the displayed text is 1-based (the course).
//
// Term keys (what value(key) returns) per kind:
//   Input: "x", "y" · Forward: "theta", "aBias", "z", "a" · OutputError: "a", "y", "delta"
//   Backward: "theta", "deltaNext", "thetaTDelta" (with the bias row), "z", "gPrime", "delta"
//   Accumulate: "deltaNext", "aBias", "product", "DeltaBefore", "Delta"
//   Gradient: "Delta", "theta", "D" · Update: "theta", "D", "thetaNew"

#include "architecture.h"
#include "backproptrace.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace bpui {

enum class StepKind
{
    Input,
    Forward,
    OutputError,
    Backward,
    Accumulate,
    Gradient,
    Update
};

QString toString(StepKind kind); // "Forward", … in the studio's language

/// One term of a step as displayed: e.g. label "z(2)", html "z<sup>(2)</sup>".
struct StepTerm
{
    QString key;   // stable name for code and tests ("z", "theta", …)
    QString label; // course notation, plain text
    QString html;  // course notation, rich text
    bp::Matrix value;
    bool biasColumn = false; // column 0 multiplies the bias unit (Θ, Δ, D)
    bool biasRow = false;    // entry 0 is the bias unit's 1 ([1; a]) or its δ (Θᵀδ)
};

class StepInspectorModel
{
    Q_DECLARE_TR_FUNCTIONS(bpui::StepInspectorModel) // its texts are translated (tr)

public:
    struct Step
    {
        StepKind kind = StepKind::Input;
        int example = -1; // position in the batch, −1 for the batch-wide steps
        int layer = 0;    // see the table above
    };

    /// Traces the batch (columns of X, targets Y) at params and rewinds to step 0.
    /// Throws bp::InputError when the shapes do not match the architecture.
    void setProblem(const bp::Architecture& arch, const bp::Vector& params, const bp::Matrix& X,
                    const bp::Matrix& Y, double lambda, double learningRate);
    void clear();

    bool isEmpty() const { return steps_.empty(); }
    int stepCount() const { return static_cast<int>(steps_.size()); }
    int batchSize() const { return static_cast<int>(X_.cols()); }
    double lambda() const { return lambda_; }
    double learningRate() const { return alpha_; }
    const bp::Architecture& architecture() const { return arch_; }
    const bp::BackpropTrace& trace() const { return trace_; }
    /// Θ − α·D for the whole batch, unrolled like the parameters.
    const bp::Vector& updatedParameters() const { return updated_; }

    // --- navigation (all clamp; return whether the position moved) ----------------------
    int currentStep() const { return current_; }
    bool setCurrentStep(int step);
    bool next();
    bool previous();
    /// First step of the next example, or of the batch-wide steps after the last example.
    bool nextExample();
    /// The first step after the last example (D of Θ(1)).
    bool runToEnd();
    /// First step (Input) of the given example (0-based position in the batch).
    bool goToExample(int example);
    /// First step index of the batch-wide part (Gradient of Θ(1)).
    int firstBatchStep() const;

    // --- the current step ---------------------------------------------------------------
    const Step& step() const { return steps_[static_cast<size_t>(current_)]; }
    StepKind kind() const { return step().kind; }
    int layer() const { return step().layer; }
    /// Example of the current step; for batch-wide steps the last example of the batch.
    int example() const;
    const std::vector<StepTerm>& terms() const { return terms_; }
    /// The value shown under key (asserts that it exists).
    const bp::Matrix& value(const QString& key) const;

    QString title() const;        // "Backward · δ(2) · example 3 of 10"
    QString equationHtml() const; // the formula with its symbols, and the scalars filled in
    QString shapesText() const;   // "Θ(1): 5 × 4, [1; a(1)]: 4 × 1, z(2): 5 × 1"
    QString explanation() const;  // one or two sentences of why, for the learner

    /// The diagram part this step concerns: "units" (a of `layer`), "weights" (Θ(`layer`)
    /// and the units of layer + 1 it feeds) or "delta" (δ of `layer`).
    QString highlightPart() const;
    int highlightLayer() const;

private:
    void buildSteps();
    void buildTerms();
    void addTerm(const char* key, const QString& label, const bp::Matrix& value,
                 bool biasColumn = false, bool biasRow = false);
    bp::Matrix theta(int l) const;

    bp::Architecture arch_;
    bp::Vector params_;
    bp::Matrix X_, Y_;
    double lambda_ = 0.0;
    double alpha_ = 0.0;
    bp::BackpropTrace trace_;
    bp::Vector updated_;
    std::vector<Step> steps_;
    int current_ = 0;
    std::vector<StepTerm> terms_;
};

} // namespace bpui

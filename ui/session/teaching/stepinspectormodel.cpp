#include "session/teaching/stepinspectormodel.h"

#include "activation.h"
#include "session/displaynames.h"
#include "session/matrixformat.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cassert>

namespace bpui {

namespace {

QString course(int zeroBasedLayer)
{
    return QString::number(zeroBasedLayer + 1);
}

/// "a(2)" → "a<sup>(2)</sup>": the course writes the layer as a parenthesised superscript.
QString htmlFromLabel(const QString& label)
{
    static const QRegularExpression layerIndex(QStringLiteral("([\\p{L}\\]])\\((\\d+)\\)"));
    QString html = label.toHtmlEscaped();
    html.replace(layerIndex, QStringLiteral("\\1<sup>(\\2)</sup>"));
    return html;
}

bp::Matrix withBias(const bp::Vector& a)
{
    bp::Vector v(a.size() + 1);
    v << 1.0, a;
    return v;
}

} // namespace

QString toString(StepKind kind)
{
    switch (kind) {
    case StepKind::Input:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Input", "step kind");
    case StepKind::Forward:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Forward", "step kind");
    case StepKind::OutputError:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Output error", "step kind");
    case StepKind::Backward:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Backward", "step kind");
    case StepKind::Accumulate:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Accumulate", "step kind");
    case StepKind::Gradient:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Gradient", "step kind");
    case StepKind::Update:
        return QCoreApplication::translate("bpui::StepInspectorModel", "Update", "step kind");
    }
    return {};
}

void StepInspectorModel::setProblem(const bp::Architecture& arch, const bp::Vector& params,
                                    const bp::Matrix& X, const bp::Matrix& Y, double lambda,
                                    double learningRate)
{
    arch.validate();
    if (params.size() != arch.parameterCount() || X.rows() != arch.inputSize() ||
        Y.rows() != arch.outputSize() || X.cols() != Y.cols())
        throw bp::InputError("step inspector", "", "the batch does not fit the network");
    arch_ = arch;
    params_ = params;
    X_ = X;
    Y_ = Y;
    lambda_ = lambda;
    alpha_ = learningRate;
    bp::TraceOptions options;
    options.lambda = lambda;
    trace_ = bp::traceBackprop(arch_, params_, X_, Y_, options);
    updated_ = params_ - alpha_ * trace_.gradient;
    buildSteps();
    current_ = 0;
    buildTerms();
}

void StepInspectorModel::clear()
{
    *this = StepInspectorModel();
}

void StepInspectorModel::buildSteps()
{
    steps_.clear();
    const int L = arch_.layerCount();
    if (X_.cols() == 0)
        return;
    for (int i = 0; i < X_.cols(); ++i) {
        steps_.push_back({StepKind::Input, i, 0});
        for (int l = 0; l + 1 < L; ++l)
            steps_.push_back({StepKind::Forward, i, l});
        steps_.push_back({StepKind::OutputError, i, L - 1});
        for (int l = L - 2; l >= 1; --l)
            steps_.push_back({StepKind::Backward, i, l});
        for (int l = 0; l + 1 < L; ++l)
            steps_.push_back({StepKind::Accumulate, i, l});
    }
    for (int l = 0; l + 1 < L; ++l)
        steps_.push_back({StepKind::Gradient, -1, l});
    for (int l = 0; l + 1 < L; ++l)
        steps_.push_back({StepKind::Update, -1, l});
}

bool StepInspectorModel::setCurrentStep(int step)
{
    if (steps_.empty())
        return false;
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == current_)
        return false;
    current_ = step;
    buildTerms();
    return true;
}

bool StepInspectorModel::next()
{
    return setCurrentStep(current_ + 1);
}

bool StepInspectorModel::previous()
{
    return setCurrentStep(current_ - 1);
}

int StepInspectorModel::firstBatchStep() const
{
    for (int s = 0; s < stepCount(); ++s)
        if (steps_[static_cast<size_t>(s)].example < 0)
            return s;
    return stepCount() - 1;
}

bool StepInspectorModel::nextExample()
{
    if (steps_.empty() || step().example < 0)
        return false;
    return step().example + 1 < batchSize() ? goToExample(step().example + 1) : runToEnd();
}

bool StepInspectorModel::runToEnd()
{
    return setCurrentStep(firstBatchStep());
}

bool StepInspectorModel::goToExample(int example)
{
    for (int s = 0; s < stepCount(); ++s)
        if (steps_[static_cast<size_t>(s)].example == example)
            return setCurrentStep(s);
    return false;
}

int StepInspectorModel::example() const
{
    if (steps_.empty())
        return -1;
    return step().example >= 0 ? step().example : batchSize() - 1;
}

bp::Matrix StepInspectorModel::theta(int l) const
{
    return bp::thetaView(arch_, params_, l);
}

void StepInspectorModel::addTerm(const char* key, const QString& label, const bp::Matrix& value,
                                 bool biasColumn, bool biasRow)
{
    terms_.push_back(
        {QString::fromLatin1(key), label, htmlFromLabel(label), value, biasColumn, biasRow});
}

void StepInspectorModel::buildTerms()
{
    terms_.clear();
    if (steps_.empty())
        return;
    const Step& s = step();
    const int L = arch_.layerCount();
    const int l = s.layer;
    const QString c = course(l); // this layer (or Θ index) in course notation
    const QString c1 = course(l + 1);
    if (s.example < 0) {
        const bp::ExampleTrace& last = trace_.examples.back();
        const QString D = QStringLiteral("D(%1)").arg(c);
        if (s.kind == StepKind::Gradient) {
            addTerm("Delta", QStringLiteral("Δ(%1)").arg(c), last.Delta[static_cast<size_t>(l)],
                    true);
            addTerm("theta", QStringLiteral("Θ(%1)").arg(c), theta(l), true);
            addTerm("D", D, trace_.D[static_cast<size_t>(l)], true);
        } else {
            addTerm("theta", QStringLiteral("Θ(%1)").arg(c), theta(l), true);
            addTerm("D", D, trace_.D[static_cast<size_t>(l)], true);
            //: A term's label: keep "Θ(%1)" as it is (it is set as Θ with a superscript).
            addTerm("thetaNew", tr("Θ(%1) new").arg(c), bp::thetaView(arch_, updated_, l), true);
        }
        return;
    }
    const bp::ExampleTrace& ex = trace_.examples[static_cast<size_t>(s.example)];
    switch (s.kind) {
    case StepKind::Input:
        addTerm("x", QStringLiteral("a(1) = x"), ex.a[0]);
        addTerm("y", QStringLiteral("y"), Y_.col(s.example));
        break;
    case StepKind::Forward:
        addTerm("theta", QStringLiteral("Θ(%1)").arg(c), theta(l), true);
        addTerm("aBias", QStringLiteral("[1; a(%1)]").arg(c),
                withBias(ex.a[static_cast<size_t>(l)]), false, true);
        addTerm("z", QStringLiteral("z(%1)").arg(c1), ex.z[static_cast<size_t>(l + 1)]);
        addTerm("a", QStringLiteral("a(%1)").arg(c1), ex.a[static_cast<size_t>(l + 1)]);
        break;
    case StepKind::OutputError:
        addTerm("a", QStringLiteral("a(%1)").arg(course(L - 1)), ex.a[static_cast<size_t>(L - 1)]);
        addTerm("y", QStringLiteral("y"), Y_.col(s.example));
        addTerm("delta", QStringLiteral("δ(%1)").arg(course(L - 1)),
                ex.delta[static_cast<size_t>(L - 1)]);
        break;
    case StepKind::Backward: {
        const bp::Vector& deltaNext = ex.delta[static_cast<size_t>(l + 1)];
        const bp::Matrix& z = ex.z[static_cast<size_t>(l)];
        addTerm("theta", QStringLiteral("Θ(%1)").arg(c), theta(l), true);
        addTerm("deltaNext", QStringLiteral("δ(%1)").arg(c1), deltaNext);
        const bp::Matrix full = theta(l).transpose() * deltaNext;
        addTerm("thetaTDelta", QStringLiteral("Θ(%1)ᵀδ(%2)").arg(c, c1), full, false, true);
        addTerm("z", QStringLiteral("z(%1)").arg(c), z);
        addTerm("gPrime", QStringLiteral("g′(z(%1))").arg(c),
                bp::activationDerivative(arch_.activations[static_cast<size_t>(l - 1)], z));
        addTerm("delta", QStringLiteral("δ(%1)").arg(c), ex.delta[static_cast<size_t>(l)]);
        break;
    }
    case StepKind::Accumulate: {
        const bp::Matrix aBias = withBias(ex.a[static_cast<size_t>(l)]);
        const bp::Vector& deltaNext = ex.delta[static_cast<size_t>(l + 1)];
        const bp::Matrix before =
            s.example > 0
                ? trace_.examples[static_cast<size_t>(s.example - 1)].Delta[static_cast<size_t>(l)]
                : bp::Matrix(bp::Matrix::Zero(arch_.thetaRows(l), arch_.thetaCols(l)));
        addTerm("deltaNext", QStringLiteral("δ(%1)").arg(c1), deltaNext);
        addTerm("aBias", QStringLiteral("[1; a(%1)]").arg(c), aBias, false, true);
        addTerm("product", QStringLiteral("δ(%1)[1; a(%2)]ᵀ").arg(c1, c),
                deltaNext * aBias.transpose(), true);
        //: A term's label: keep "Δ(%1)" as it is (it is set as Δ with a superscript).
        addTerm("DeltaBefore", tr("Δ(%1) before").arg(c), before, true);
        //: A term's label: keep "Δ(%1)" as it is (it is set as Δ with a superscript).
        addTerm("Delta", tr("Δ(%1) after").arg(c), ex.Delta[static_cast<size_t>(l)], true);
        break;
    }
    case StepKind::Gradient:
    case StepKind::Update:
        break; // batch-wide, handled above
    }
}

const bp::Matrix& StepInspectorModel::value(const QString& key) const
{
    for (const StepTerm& t : terms_)
        if (t.key == key)
            return t.value;
    assert(false && "no such term in this step");
    static const bp::Matrix empty;
    return empty;
}

QString StepInspectorModel::title() const
{
    if (steps_.empty())
        return tr("No batch");
    const Step& s = step();
    const int l = s.layer;
    QString what;
    switch (s.kind) {
    case StepKind::Input:
        what = QStringLiteral("a(1) = x");
        break;
    case StepKind::Forward:
        what = tr("layer %1 → %2").arg(course(l), course(l + 1));
        break;
    case StepKind::OutputError:
    case StepKind::Backward:
        what = QStringLiteral("δ(%1)").arg(course(l));
        break;
    case StepKind::Accumulate:
        what = QStringLiteral("Δ(%1)").arg(course(l));
        break;
    case StepKind::Gradient:
        what = QStringLiteral("D(%1)").arg(course(l));
        break;
    case StepKind::Update:
        what = QStringLiteral("Θ(%1)").arg(course(l));
        break;
    }
    const QString where = s.example >= 0
                              ? tr("example %1 of %2").arg(s.example + 1).arg(batchSize())
                              : tr("whole batch, m = %1").arg(batchSize());
    return toString(s.kind) + QStringLiteral(" · ") + what + QStringLiteral(" · ") + where;
}

QString StepInspectorModel::equationHtml() const
{
    if (steps_.empty())
        return {};
    const Step& s = step();
    const int L = arch_.layerCount();
    const QString c = course(s.layer);
    const QString c1 = course(s.layer + 1);
    QString eq;
    switch (s.kind) {
    case StepKind::Input:
        eq = QStringLiteral("a(1) = x(%1)").arg(s.example + 1);
        break;
    case StepKind::Forward: {
        const bp::Activation g = arch_.activations[static_cast<size_t>(s.layer)];
        eq = QStringLiteral("z(%2) = Θ(%1) · [1; a(%1)],   a(%2) = g(z(%2)),   g = %3")
                 .arg(c, c1, DisplayNames::activation(g));
        break;
    }
    case StepKind::OutputError:
        eq = QStringLiteral("δ(%1) = a(%1) − y").arg(course(L - 1));
        break;
    case StepKind::Backward:
        //: An equation: translate only the words in brackets; keep the symbols and the spaces.
        eq =
            tr("δ(%1) = (Θ(%1)ᵀ δ(%2))[without bias row] .* g′(z(%1)),   g = %3")
                .arg(c, c1,
                     DisplayNames::activation(arch_.activations[static_cast<size_t>(s.layer - 1)]));
        break;
    case StepKind::Accumulate:
        eq = QStringLiteral("Δ(%1) := Δ(%1) + δ(%2) · [1; a(%1)]ᵀ").arg(c, c1);
        break;
    case StepKind::Gradient:
        //: An equation: translate only the words in parentheses; keep the symbols and spaces.
        eq = tr("D(%1) = Δ(%1) / m + (λ / m) · Θ(%1)   (column 0, the bias: Δ(%1) / m only),   "
                "m = %2, λ = %3")
                 .arg(c)
                 .arg(batchSize())
                 .arg(lambda_);
        break;
    case StepKind::Update:
        eq = QStringLiteral("Θ(%1) := Θ(%1) − α · D(%1),   α = %2").arg(c).arg(alpha_);
        break;
    }
    return htmlFromLabel(eq).replace(QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;"));
}

QString StepInspectorModel::shapesText() const
{
    QStringList parts;
    for (const StepTerm& t : terms_)
        parts << t.label + QStringLiteral(": ") + shapeText(t.value.rows(), t.value.cols());
    return parts.join(QStringLiteral(",  "));
}

QString StepInspectorModel::explanation() const
{
    if (steps_.empty())
        return {};
    const Step& s = step();
    switch (s.kind) {
    case StepKind::Input:
        return tr("The input layer's units are the example's features (normalised "
                  "as for training); y is its target, one-hot for classes.");
    case StepKind::Forward:
        return tr("Row j of Θ weighs the bias unit 1 (tinted column) and every unit "
                  "of the layer below into unit j's input z_j; g turns it into "
                  "the unit's activation.");
    case StepKind::OutputError:
        return tr("With its matching loss (logistic for sigmoid, cross-entropy for "
                  "softmax, squared error for linear outputs) ∂J/∂z of the output "
                  "layer is simply a − y.");
    case StepKind::Backward:
        return tr("The error flows back through the same weights, transposed. The "
                  "bias unit has no input, so its entry (tinted) is dropped; g′(z) "
                  "scales each unit's share by how sensitive it was.");
    case StepKind::Accumulate:
        return tr("Each weight's gradient for this example is (error of the unit it "
                  "feeds) × (activation it carries); Δ sums them over the batch.");
    case StepKind::Gradient:
        return tr("Averaging over the m examples and adding the regularisation "
                  "gives ∂J/∂Θ. The bias column (tinted) is not regularised.");
    case StepKind::Update:
        return tr("One plain gradient-descent step. The project's optimiser may "
                  "step differently (momentum, Adam, line searches); this is the "
                  "textbook update.");
    }
    return {};
}

QString StepInspectorModel::highlightPart() const
{
    if (steps_.empty())
        return {};
    switch (step().kind) {
    case StepKind::Input:
        return QStringLiteral("units");
    case StepKind::OutputError:
    case StepKind::Backward:
        return QStringLiteral("delta");
    default:
        return QStringLiteral("weights");
    }
}

int StepInspectorModel::highlightLayer() const
{
    return steps_.empty() ? -1 : step().layer;
}

} // namespace bpui

#include "session/displaynames.h"

#include "session/numberformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string_view>
#include <vector>

namespace bpui {

namespace {

constexpr const char* kContext = "bpui::DisplayNames";

/// One identifier and its English display name (source and disambiguation, as lupdate sees
/// them in QT_TRANSLATE_NOOP3).
struct Name
{
    const char* identifier;
    struct
    {
        const char* source;
        const char* comment;
    } text;
};

QString translated(const char* source, const char* comment)
{
    return QCoreApplication::translate(kContext, source, comment);
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

template <std::size_t N> QString lookUp(const Name (&table)[N], const QString& identifier)
{
    for (const Name& n : table)
        if (identifier == QLatin1String(n.identifier))
            return translated(n.text.source, n.text.comment);
    return identifier; // an identifier this studio does not know yet: shown as it is
}

template <std::size_t N> QStringList identifiers(const Name (&table)[N])
{
    QStringList list;
    for (const Name& n : table)
        list << QString::fromLatin1(n.identifier);
    return list;
}

// English as core's bp::displayName (tst_displaynames holds them equal).
const Name kOptimizers[] = {
    {"gd", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "Gradient descent", "optimiser")},
    {"momentum", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "Momentum", "optimiser")},
    {"adam", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "Adam", "optimiser")},
    {"lbfgs", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "L-BFGS", "optimiser")},
    {"cg", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "Conjugate gradient", "optimiser")},
};

// English: the identifiers themselves, as the network editor always showed them.
const Name kActivations[] = {
    {"sigmoid", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "sigmoid", "activation function")},
    {"tanh", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "tanh", "activation function")},
    {"relu", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "relu", "activation function")},
    {"leaky_relu", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "leaky_relu", "activation function")},
    {"linear", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "linear", "activation function")},
    {"softmax", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "softmax", "activation function")},
};

const Name kInitializations[] = {
    {"uniform", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "uniform",
                                   "weight initialisation: U[−ε, ε], ε = √6 / √(s_l + s_{l+1})")},
    {"uniform012", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "uniform012",
                                      "weight initialisation: U[−0.12, 0.12]")},
    {"xavier",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "xavier", "weight initialisation: Xavier normal")},
    {"he", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "he", "weight initialisation: He normal")},
    {"zeros", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "zeros", "weight initialisation: all 0")},
    {"constant",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "constant", "weight initialisation: all one value")},
};

const Name kGenerators[] = {
    {"xor",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "xor", "data set generator: four XOR clusters")},
    {"circles",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "circles", "data set generator: two nested rings")},
    {"gaussians",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "gaussians", "data set generator: Gaussian blobs")},
    {"spiral",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "spiral", "data set generator: spiral arms")},
    {"moons",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "moons", "data set generator: two half-moons")},
    {"regression1d", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "regression1d",
                                        "data set generator: regression, one input")},
    {"regression2d", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "regression2d",
                                        "data set generator: regression, two inputs")},
};

const Name kStopReasons[] = {
    {"max_iterations",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "iteration limit reached", "how a run ended")},
    {"max_epochs",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "epoch limit reached", "how a run ended")},
    {"target_cost",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "target cost reached", "how a run ended")},
    {"converged", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "converged", "how a run ended")},
    {"time_limit",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "time limit reached", "how a run ended")},
    {"early_stopping",
     QT_TRANSLATE_NOOP3("bpui::DisplayNames", "stopped early", "how a run ended")},
    {"diverged", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "diverged", "how a run ended")},
    {"cancelled", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "cancelled", "how a run ended")},
    {"stopped_by_hook", QT_TRANSLATE_NOOP3("bpui::DisplayNames", "stopped", "how a run ended")},
};

// The clauses core's trainer and optimisers join with "; " (core/trainer.cpp,
// lbfgsoptimizer.cpp, conjugategradient.cpp) and the worker's stop. %1, %2 stand for a
// number as the trainer printed it; `freeText` for a library's own message (kept English).
struct Clause
{
    const char* source;
    bool freeText = false;
};

const Clause kTrainerClauses[] = {
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "the gradient became non-finite at the initial weights")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "cost became %1 at the initial weights")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "check the data for missing or huge values")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "the gradient became non-finite at iteration %1")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "cost became %1 at iteration %2")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "the line search reached weights where the cost overflows")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "the learning rate %1 is probably too high")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "restored the weights of iteration %1")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "reached the target cost %1 at iteration %2")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "converged: the cost changed by less than %1 (relative) at iteration %2")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "early stopping: the validation cost has not improved for %1 checks")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "restored the weights of iteration %1 (validation cost %2)")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "reached the limit of %1 iterations")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "reached the limit of %1 epochs")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "reached the time limit of %1 s")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "stopped on request after iteration %1")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "cancelled")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "kept the weights of iteration %1")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "cancelled before the first evaluation")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "the weights are unchanged")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "Training was stopped.")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "L-BFGS converged: the gradient norm fell below %1")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "L-BFGS converged: its line search cannot lower the cost any further (%1)"),
     true},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames", "conjugate gradient converged: the gradient is zero")},
    {QT_TRANSLATE_NOOP("bpui::DisplayNames",
                       "conjugate gradient converged: two line searches in a row found no lower "
                       "cost")},
};

/// A clause's English source as a pattern: the text literally, each %N a capture (a number
/// has no space; free text may have any).
QRegularExpression clausePattern(const Clause& clause)
{
    static const QRegularExpression argument(QStringLiteral("%(\\d)"));
    const QString source = QString::fromUtf8(clause.source);
    QString pattern = QStringLiteral("^");
    qsizetype from = 0;
    for (auto it = argument.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(source.mid(from, match.capturedStart() - from));
        pattern += clause.freeText ? QStringLiteral("(.+)") : QStringLiteral("(\\S+)");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(from)) + QLatin1Char('$');
    return QRegularExpression(pattern);
}

/// The trainer prints an overflowed cost as "infinite" (core/trainer.cpp readableNumber).
QString numberWord(const QString& text)
{
    const QString infinite =
        QCoreApplication::translate("bpui::DisplayNames", "infinite", "an overflowed cost");
    if (text == QLatin1String("infinite"))
        return infinite;
    if (text == QLatin1String("-infinite"))
        return QLatin1Char('-') + infinite;
    return text;
}

/// One clause in the studio's language, or a null string for a clause not in the table.
QString translatedClause(const QString& clause)
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> list;
        for (const Clause& c : kTrainerClauses)
            list.push_back(clausePattern(c));
        return list;
    }();
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch match = patterns[i].match(clause);
        if (!match.hasMatch())
            continue;
        QString text = QCoreApplication::translate(kContext, kTrainerClauses[i].source);
        if (match.lastCapturedIndex() == 1)
            text = text.arg(numberWord(match.captured(1)));
        else if (match.lastCapturedIndex() == 2)
            text = text.arg(numberWord(match.captured(1)), numberWord(match.captured(2)));
        return text;
    }
    return {};
}

} // namespace

QString DisplayNames::optimizer(bp::OptimizerKind kind)
{
    return optimizer(fromView(bp::toString(kind)));
}

QString DisplayNames::optimizer(const QString& identifier)
{
    return lookUp(kOptimizers, identifier);
}

QString DisplayNames::activation(bp::Activation activation)
{
    return DisplayNames::activation(fromView(bp::toString(activation)));
}

QString DisplayNames::activation(const QString& identifier)
{
    return lookUp(kActivations, identifier);
}

QString DisplayNames::initialization(bp::InitKind kind)
{
    return initialization(fromView(bp::toString(kind)));
}

QString DisplayNames::initialization(const QString& identifier)
{
    return lookUp(kInitializations, identifier);
}

QString DisplayNames::generator(const QString& identifier)
{
    return lookUp(kGenerators, identifier);
}

QString DisplayNames::stopReason(bp::StopReason reason)
{
    return stopReason(fromView(bp::toString(reason)));
}

QString DisplayNames::stopReason(const QString& identifier)
{
    return lookUp(kStopReasons, identifier);
}

QStringList DisplayNames::optimizerIdentifiers()
{
    return identifiers(kOptimizers);
}

QStringList DisplayNames::activationIdentifiers()
{
    return identifiers(kActivations);
}

QStringList DisplayNames::initializationIdentifiers()
{
    return identifiers(kInitializations);
}

QStringList DisplayNames::generatorIdentifiers()
{
    return identifiers(kGenerators);
}

QStringList DisplayNames::stopReasonIdentifiers()
{
    return identifiers(kStopReasons);
}

QString DisplayNames::trainerMessage(const QString& english)
{
    const QStringList clauses = english.split(QStringLiteral("; "));
    QStringList out;
    for (const QString& clause : clauses) {
        const QString text = translatedClause(clause);
        if (text.isNull())
            return english; // half a translated sentence would read worse than English
        out << text;
    }
    return out.join(QStringLiteral("; "));
}

QString DisplayNames::learningCurveReading(const bp::LearningCurveReading& r)
{
    using Finding = bp::LearningCurveReading::Finding;
    const QString m = QString::number(r.trainExamples);
    const QString train = displayNumber(r.trainCost, 3);
    const QString validation = displayNumber(r.validationCost, 3);
    switch (r.finding) {
    case Finding::None:
        return {};
    case Finding::HighVariance:
        return (r.gapClosing ? QCoreApplication::translate(
                                   "bpui::DisplayNames",
                                   "High variance (overfitting): at m = %1 J_cv = %2 stays well "
                                   "above J_train = %3. The gap is closing: more data should "
                                   "help; so would a larger λ or a smaller network.")
                             : QCoreApplication::translate(
                                   "bpui::DisplayNames",
                                   "High variance (overfitting): at m = %1 J_cv = %2 stays well "
                                   "above J_train = %3. The gap is not closing yet: try a larger "
                                   "λ or a smaller network; more data may help."))
            .arg(m, validation, train);
    case Finding::HighBias:
        return QCoreApplication::translate(
                   "bpui::DisplayNames",
                   "High bias (underfitting): the curves meet high (J_train = %1, J_cv "
                   "= %2 at m = %3). More data will not help; try a larger network, "
                   "more features or a smaller λ.")
            .arg(train, validation, m);
    case Finding::Neither:
        return QCoreApplication::translate("bpui::DisplayNames",
                                           "Neither high bias nor high variance: the curves meet "
                                           "low (J_train = %1, J_cv = %2 at m = %3).")
            .arg(train, validation, m);
    }
    return {};
}

} // namespace bpui

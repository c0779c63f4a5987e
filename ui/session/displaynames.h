#pragma once
// What the window calls the engine's identifiers, in the studio's language. core/ names its
// optimisers, activations, initialisations, generators and stop reasons with English
// identifiers ("gd", "relu", "he", "moons", "max_iterations") that project files and the CLI
// keep; these functions are for people only. What is stored (a combo's item data, a project
// file) stays the identifier: never read a name back from its display text.
//
// Every name is QCoreApplication::translate("bpui::DisplayNames", English, what) with the
// English literal in a table (QT_TRANSLATE_NOOP3), so lupdate extracts it; an identifier
// the table does not know is shown as it is.
//
// The trainer's sentences (TrainingResult::message) are built in core from a few fixed
// clauses joined by "; ": trainerMessage() translates a sentence whose every clause it knows,
// keeping the numbers as the trainer wrote them, and leaves any other sentence in English.

#include "activation.h"
#include "curves.h"
#include "initializer.h"
#include "trainer.h"

#include <QString>
#include <QStringList>

namespace bpui {

class DisplayNames
{
public:
    /// "Gradient descent", "L-BFGS", … (bp::toString gives the identifier, "gd", "lbfgs").
    static QString optimizer(bp::OptimizerKind kind);
    static QString optimizer(const QString& identifier);
    /// "sigmoid", "relu", … as the network editor shows them.
    static QString activation(bp::Activation activation);
    static QString activation(const QString& identifier);
    /// "uniform", "he", "zeros", … (the Training panel's Weights list).
    static QString initialization(bp::InitKind kind);
    static QString initialization(const QString& identifier);
    /// "xor", "spiral", "moons", … (bp::generatorNames()).
    static QString generator(const QString& identifier);
    /// A few words for how a run ended: "iteration limit reached", "diverged", …
    static QString stopReason(bp::StopReason reason);
    static QString stopReason(const QString& identifier);

    /// The identifiers of each family, in the engine's order (for lists and tests).
    static QStringList optimizerIdentifiers();
    static QStringList activationIdentifiers();
    static QStringList initializationIdentifiers();
    static QStringList generatorIdentifiers();
    static QStringList stopReasonIdentifiers();

    /// The trainer's (or an optimiser's) English sentence in the studio's language, e.g.
    /// "reached the target cost 0.01 at iteration 42". Unknown sentences come back unchanged.
    static QString trainerMessage(const QString& english);

    /// The course's reading of a learning curve (bp::diagnoseLearningCurve) in one or two
    /// sentences; empty for Finding::None.
    static QString learningCurveReading(const bp::LearningCurveReading& reading);
};

} // namespace bpui

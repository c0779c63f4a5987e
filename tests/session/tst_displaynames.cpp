// DisplayNames: every optimiser, activation, initialisation, generator and stop reason the
// engine knows has a name for the window; an identifier it does not know is shown as it is;
// in English the names are what the window always showed (core's displayName, the
// identifiers), and the German catalogue changes some of them. The trainer's sentences and the
// learning-curve reading are translated clause by clause, numbers kept, and a sentence with an
// unknown clause stays English whole.

#include "session/displaynames.h"
#include "session/language/language.h"
#include "session/teaching/plantedbugcheck.h"

#include "backproptrace.h"
#include "generators.h"

#include "languagetestutil.h"

#include <QtTest/QtTest>

using namespace bpui;

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The family's display name for `identifier` ("optimizer", "activation", …).
QString nameOf(const QString& family, const QString& identifier)
{
    if (family == QLatin1String("optimizer"))
        return DisplayNames::optimizer(identifier);
    if (family == QLatin1String("activation"))
        return DisplayNames::activation(identifier);
    if (family == QLatin1String("initialization"))
        return DisplayNames::initialization(identifier);
    if (family == QLatin1String("generator"))
        return DisplayNames::generator(identifier);
    if (family == QLatin1String("stop reason"))
        return DisplayNames::stopReason(identifier);
    qFatal("unknown family %s", qPrintable(family));
}

const bp::StopReason kStopReasons[] = {
    bp::StopReason::MaxIterations, bp::StopReason::MaxEpochs, bp::StopReason::TargetCost,
    bp::StopReason::Converged,     bp::StopReason::TimeLimit, bp::StopReason::EarlyStopping,
    bp::StopReason::Diverged,      bp::StopReason::Cancelled, bp::StopReason::StoppedByHook};

const bp::Activation kActivations[] = {bp::Activation::Sigmoid, bp::Activation::Tanh,
                                       bp::Activation::ReLU,    bp::Activation::LeakyReLU,
                                       bp::Activation::Linear,  bp::Activation::Softmax};

/// Two points of a learning curve: m = 10 and m = 100.
std::vector<bp::CurvePoint> curve(double train10, double cv10, double train100, double cv100)
{
    bp::CurvePoint a;
    a.trainExamples = 10;
    a.trainCost = train10;
    a.validationCost = cv10;
    bp::CurvePoint b = a;
    b.trainExamples = 100;
    b.trainCost = train100;
    b.validationCost = cv100;
    return {a, b};
}

} // namespace

class TestDisplayNames : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { bptest::uninstallTranslators(); }

    void everyEngineNameIsNamed_data();
    void everyEngineNameIsNamed();
    void englishIsWhatTheWindowShowed();
    void unknownIdentifierFallsBack_data();
    void unknownIdentifierFallsBack();
    void germanNamesDiffer_data();
    void germanNamesDiffer();
    void trainerMessage_data();
    void trainerMessage();
    void learningCurveReadingInEnglishIsCore_data();
    void learningCurveReadingInEnglishIsCore();
    void germanLearningCurveReading();
    void bugDescriptionsInEnglishAreCore();
};

void TestDisplayNames::everyEngineNameIsNamed_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("enumName"); // the enum overload's answer (null: none)
    for (bp::OptimizerKind kind : bp::allOptimizers()) {
        const QString id = fromView(bp::toString(kind));
        QTest::addRow("optimizer %s", qPrintable(id))
            << "optimizer" << id << DisplayNames::optimizer(kind);
    }
    for (bp::Activation activation : kActivations) {
        const QString id = fromView(bp::toString(activation));
        QTest::addRow("activation %s", qPrintable(id))
            << "activation" << id << DisplayNames::activation(activation);
    }
    for (bp::InitKind kind : bp::allInitKinds()) {
        const QString id = fromView(bp::toString(kind));
        QTest::addRow("initialization %s", qPrintable(id))
            << "initialization" << id << DisplayNames::initialization(kind);
    }
    for (const std::string& name : bp::generatorNames()) {
        const QString id = QString::fromStdString(name);
        QTest::addRow("generator %s", qPrintable(id)) << "generator" << id << QString();
    }
    for (bp::StopReason reason : kStopReasons) {
        const QString id = fromView(bp::toString(reason));
        QTest::addRow("stop reason %s", qPrintable(id))
            << "stop reason" << id << DisplayNames::stopReason(reason);
    }
}

void TestDisplayNames::everyEngineNameIsNamed()
{
    QFETCH(QString, family);
    QFETCH(QString, identifier);
    QFETCH(QString, enumName);
    const QString name = nameOf(family, identifier);
    QVERIFY(!name.trimmed().isEmpty());
    if (!enumName.isNull())
        QCOMPARE(name, enumName);
    // Known to the table, not merely passed through as an unknown identifier.
    const QStringList known =
        family == QLatin1String("optimizer")        ? DisplayNames::optimizerIdentifiers()
        : family == QLatin1String("activation")     ? DisplayNames::activationIdentifiers()
        : family == QLatin1String("initialization") ? DisplayNames::initializationIdentifiers()
        : family == QLatin1String("generator")      ? DisplayNames::generatorIdentifiers()
                                                    : DisplayNames::stopReasonIdentifiers();
    QVERIFY2(known.contains(identifier), qPrintable(known.join(QStringLiteral(", "))));
}

void TestDisplayNames::englishIsWhatTheWindowShowed()
{
    // Tests and English users see what they always saw: core's optimiser names, and the
    // identifiers for the rest (stop reasons, never shown before, read as words).
    for (bp::OptimizerKind kind : bp::allOptimizers())
        QCOMPARE(DisplayNames::optimizer(kind), fromView(bp::displayName(kind)));
    for (bp::Activation activation : kActivations)
        QCOMPARE(DisplayNames::activation(activation), fromView(bp::toString(activation)));
    for (bp::InitKind kind : bp::allInitKinds())
        QCOMPARE(DisplayNames::initialization(kind), fromView(bp::toString(kind)));
    for (const std::string& name : bp::generatorNames())
        QCOMPARE(DisplayNames::generator(QString::fromStdString(name)),
                 QString::fromStdString(name));
    QCOMPARE(DisplayNames::stopReason(bp::StopReason::MaxIterations),
             QStringLiteral("iteration limit reached"));
}

void TestDisplayNames::unknownIdentifierFallsBack_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("optimizer") << "optimizer" << "nesterov";
    QTest::newRow("activation") << "activation" << "gelu";
    QTest::newRow("initialization") << "initialization" << "orthogonal";
    QTest::newRow("generator") << "generator" << "checkerboard";
    QTest::newRow("stop reason") << "stop reason" << "bored";
    QTest::newRow("empty") << "generator" << "";
}

void TestDisplayNames::unknownIdentifierFallsBack()
{
    QFETCH(QString, family);
    QFETCH(QString, identifier);
    QCOMPARE(nameOf(family, identifier), identifier);
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    QCOMPARE(nameOf(family, identifier), identifier);
}

void TestDisplayNames::germanNamesDiffer_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("gradient descent") << "optimizer" << "gd";
    QTest::newRow("conjugate gradient") << "optimizer" << "cg";
    QTest::newRow("sigmoid") << "activation" << "sigmoid";
    QTest::newRow("relu") << "activation" << "relu";
    QTest::newRow("zeros") << "initialization" << "zeros";
    QTest::newRow("constant") << "initialization" << "constant";
    QTest::newRow("spiral") << "generator" << "spiral";
    QTest::newRow("moons") << "generator" << "moons";
    QTest::newRow("iteration limit") << "stop reason" << "max_iterations";
    QTest::newRow("diverged") << "stop reason" << "diverged";
}

void TestDisplayNames::germanNamesDiffer()
{
    QFETCH(QString, family);
    QFETCH(QString, identifier);
    const QString english = nameOf(family, identifier);
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    const QString german = nameOf(family, identifier);
    QVERIFY(!german.isEmpty());
    QVERIFY2(german != english, qPrintable(german));
}

void TestDisplayNames::trainerMessage_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QStringList>("kept"); // what the German sentence still shows (numbers)
    QTest::addColumn<bool>("translated");  // false: the German catalogue leaves it English
    QTest::newRow("target cost")
        << "reached the target cost 0.01 at iteration 42" << QStringList{"0.01", "42"} << true;
    QTest::newRow("converged")
        << "converged: the cost changed by less than 1e-06 (relative) at iteration 310"
        << QStringList{"1e-06", "310"} << true;
    QTest::newRow("diverged, learning rate")
        << "cost became infinite at iteration 12; the learning rate 10 is probably too high; "
           "restored the weights of iteration 11"
        << QStringList{"12", "10", "11"} << true;
    QTest::newRow("diverged at the start")
        << "the gradient became non-finite at the initial weights; check the data for missing "
           "or huge values"
        << QStringList{} << true;
    QTest::newRow("early stopping")
        << "early stopping: the validation cost has not improved for 5 checks; restored the "
           "weights of iteration 40 (validation cost 0.25)"
        << QStringList{"5", "40", "0.25"} << true;
    QTest::newRow("time limit") << "reached the time limit of 30 s" << QStringList{"30"} << true;
    QTest::newRow("L-BFGS, the library's words")
        << "L-BFGS converged: its line search cannot lower the cost any further (the line "
           "search routine reached the maximum number of iterations)"
        << QStringList{"the line search routine reached the maximum number of iterations"}
        << true;
    QTest::newRow("conjugate gradient")
        << "conjugate gradient converged: two line searches in a row found no lower cost"
        << QStringList{} << true;
    QTest::newRow("unknown clause: English whole")
        << "reached the target cost 0.01 at iteration 42; the moon is full" << QStringList{}
        << false;
    QTest::newRow("empty") << "" << QStringList{} << false;
}

void TestDisplayNames::trainerMessage()
{
    QFETCH(QString, english);
    QFETCH(QStringList, kept);
    QFETCH(bool, translated);
    QCOMPARE(DisplayNames::trainerMessage(english), english); // English: the trainer's own
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    const QString german = DisplayNames::trainerMessage(english);
    QCOMPARE(german != english, translated);
    for (const QString& number : kept)
        QVERIFY2(german.contains(number), qPrintable(german));
}

void TestDisplayNames::learningCurveReadingInEnglishIsCore_data()
{
    // J_train and J_cv at m = 10 and m = 100, chosen so that three significant digits print
    // alike in both formattings.
    QTest::addColumn<double>("train10");
    QTest::addColumn<double>("cv10");
    QTest::addColumn<double>("train100");
    QTest::addColumn<double>("cv100");
    QTest::newRow("high variance, closing") << 0.05 << 0.9 << 0.1 << 0.5;
    QTest::newRow("high variance, not closing") << 0.05 << 0.5 << 0.1 << 0.9;
    QTest::newRow("high bias") << 0.3 << 0.5 << 0.4 << 0.45;
    QTest::newRow("neither") << 0.1 << 0.8 << 0.25 << 0.3;
    QTest::newRow("no finite J_cv: no reading") << 0.1 << qQNaN() << 0.2 << qQNaN();
}

void TestDisplayNames::learningCurveReadingInEnglishIsCore()
{
    QFETCH(double, train10);
    QFETCH(double, cv10);
    QFETCH(double, train100);
    QFETCH(double, cv100);
    const std::vector<bp::CurvePoint> points = curve(train10, cv10, train100, cv100);
    QCOMPARE(DisplayNames::learningCurveReading(bp::diagnoseLearningCurve(points)),
             QString::fromStdString(bp::readLearningCurve(points)));
}

void TestDisplayNames::germanLearningCurveReading()
{
    const bp::LearningCurveReading reading = bp::diagnoseLearningCurve(curve(0.3, 0.5, 0.4, 0.45));
    QCOMPARE(reading.finding, bp::LearningCurveReading::Finding::HighBias);
    const QString english = DisplayNames::learningCurveReading(reading);
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    const QString german = DisplayNames::learningCurveReading(reading);
    QVERIFY2(german != english, qPrintable(german));
    for (const char* kept : {"0.4", "0.45", "100"})
        QVERIFY2(german.contains(QLatin1String(kept)), qPrintable(german));
}

void TestDisplayNames::bugDescriptionsInEnglishAreCore()
{
    // The quiz translates the lesson's sentences itself (core stays Qt-free): in English they
    // must stay core's words.
    std::vector<bp::PlantedBug> bugs{bp::PlantedBug::None};
    for (bp::PlantedBug bug : bp::allPlantedBugs())
        bugs.push_back(bug);
    for (bp::PlantedBug bug : bugs) {
        QCOMPARE(bugDescription(bug), fromView(bp::describe(bug)));
        QVERIFY(!bugTitle(bug).isEmpty());
    }
}

QTEST_MAIN(TestDisplayNames)
#include "tst_displaynames.moc"

// EngineMessages: the engine's error messages as the window shows them. Every row is a text
// core really throws (a malformed file of tests/malformedcases.h loaded by core's loader, or
// a network, a fit or a memory check that fails); in English the window's text is the
// engine's byte for byte, and in German it is translated while the source file name, every
// number and every quoted value stay as the engine wrote them. A text the tables do not know
// stays English whole.

#include "session/enginemessages.h"
#include "session/language/language.h"

#include "architecture.h"
#include "csvloader.h"
#include "fit.h"
#include "generators.h"
#include "idxloader.h"
#include "malformedcases.h"
#include "memorybudget.h"
#include "modelfile.h"
#include "projectfile.h"
#include "trainer.h"

#include "languagetestutil.h"

#include <QtTest/QtTest>

#include <functional>
#include <utility>
#include <vector>

using namespace bpui;

namespace {

const std::string dataDir = BPS_TEST_DATA_DIR;

/// The what() of what `run` throws; empty when it throws nothing.
QString errorOf(const std::function<void()>& run)
{
    try {
        run();
    } catch (const std::exception& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

bp::Architecture network(std::vector<int> sizes, std::vector<bp::Activation> activations)
{
    bp::Architecture arch;
    arch.layerSizes = std::move(sizes);
    arch.activations = std::move(activations);
    return arch;
}

/// Every family's messages, as core throws them: (row name, what()).
std::vector<std::pair<QByteArray, QString>> engineTexts()
{
    using bp::Activation;
    std::vector<std::pair<QByteArray, QString>> rows;
    const auto add = [&rows](const QByteArray& name, const std::function<void()>& run) {
        rows.emplace_back(name, errorOf(run));
    };
    for (const bpt::CsvCase& c : bpt::kCsvCases) {
        add(QByteArray("csv ") + c.file, [&c] {
            bp::CsvOptions options;
            options.labelColumn = c.labelColumn;
            options.task = c.regression ? bp::TaskKind::Regression : bp::TaskKind::Classification;
            bp::loadCsv(dataDir + "/csv/" + c.file, options);
        });
    }
    add("csv delimiter", [] {
        bp::CsvOptions options;
        options.delimiter = '"';
        bp::loadCsv(dataDir + "/csv/ragged-short.csv", options);
    });
    for (const bpt::IdxCase& c : bpt::kIdxCases) {
        add(QByteArray("idx ") + c.name, [&c] {
            bp::loadIdx(dataDir + "/idx/" + c.images, dataDir + "/idx/" + c.labels, c.maxExamples);
        });
    }
    for (const bpt::ModelCase& c : bpt::kModelCases)
        add(QByteArray("model ") + c.name, [&c] { bp::loadModel(dataDir + "/model/" + c.file); });
    for (const bpt::ProjectCase& c : bpt::kProjectCases) {
        add(QByteArray("project ") + c.file,
            [&c] { bp::loadProject(dataDir + "/project/" + c.file + ".bpstudio"); });
    }

    const auto sig = Activation::Sigmoid;
    add("network one layer", [=] { network({2}, {}).validate(); });
    add("network too many layers",
        [=] { network(std::vector<int>(40, 2), std::vector<Activation>(39, sig)).validate(); });
    add("network activation count", [=] { network({2, 3, 1}, {sig}).validate(); });
    add("network layer size zero", [=] { network({2, 0, 1}, {sig, sig}).validate(); });
    add("network softmax hidden", [=] {
        network({2, 3, 1}, {Activation::Softmax, sig}).validate();
    });
    add("network relu output", [=] { network({2, 3, 1}, {sig, Activation::ReLU}).validate(); });

    bp::GeneratorSpec spec;
    spec.name = "xor";
    spec.n = 20;
    const bp::Dataset xorData = bp::generateDataset(spec);
    add("fit inputs", [&] { bp::checkFits(network({3, 4, 1}, {sig, sig}), xorData); });
    add("fit input unit", [&] { bp::checkFits(network({1, 4, 1}, {sig, sig}), xorData); });
    add("fit outputs", [&] {
        bp::checkFits(network({2, 4, 3}, {sig, Activation::Softmax}), xorData);
    });
    add("fit weights", [&] { bp::checkWeightCount(network({2, 4, 1}, {sig, sig}), 5, "project"); });

    // The studio's own and the exports', thrown as ui/ and core/onnxexport.cpp build them.
    add("training without data", [] { throw bp::InputError("training", "", "no data set"); });
    add("gradient check without examples", [] {
        throw bp::InputError("gradient check", "", "there are no training examples");
    });
    add("export non-finite", [] {
        throw bp::InputError("ONNX export", "weights", "cannot export non-finite weights");
    });
    add("export features", [] {
        throw bp::InputError("PyTorch export", "features",
                             "5 features need as many input units, but the network has 2");
    });

    bp::setMemoryBudgetBytes(1 << 20);
    add("memory network", [=] {
        bp::checkNetworkMemory(network({2, 1000, 1000, 1}, {sig, sig, sig}), "project",
                               "architecture.layer_sizes");
    });
    add("memory training", [=] {
        bp::TrainingConfig config;
        config.optimizer = bp::OptimizerKind::Adam;
        bp::checkTrainingMemory(network({2, 300, 1}, {sig, sig}), config, 100000, 1000);
    });
    add("memory csv", [] {
        bp::checkDataMemory("big.csv", 3.0 * (1 << 20),
                            "the " + bp::formatBytes(1.5 * (1 << 20)) +
                                " of text and the numbers parsed from it");
    });
    add("memory idx",
        [] { bp::checkDataMemory("big.idx3", 5.0 * (1 << 20), "7000 images of 28x28"); });
    bp::setMemoryBudgetBytes(0);
    return rows;
}

/// What a translation must keep of the engine's text: every number, every quoted value, and
/// the source when it is a file (it holds a '.').
QStringList keptParts(const QString& english)
{
    QStringList parts;
    static const QRegularExpression kept(QStringLiteral("\\d+|'[^']*'"));
    for (auto it = kept.globalMatch(english); it.hasNext();)
        parts << it.next().captured();
    const QString source = english.section(QStringLiteral(": "), 0, 0);
    if (source.contains(QLatin1Char('.')))
        parts << source;
    return parts;
}

} // namespace

class TestEngineMessages : public QObject
{
    Q_OBJECT

private slots:
    void init() { bptest::uninstallTranslators(); }
    void cleanup() { bptest::uninstallTranslators(); }

    void englishIsTheEngineText_data();
    void englishIsTheEngineText();
    void germanKeepsNumbersAndNames_data();
    void germanKeepsNumbersAndNames();
    void placesAreTranslated();
    void unknownTextStaysEnglish();
};

void TestEngineMessages::englishIsTheEngineText_data()
{
    QTest::addColumn<QString>("engine");
    for (const auto& [name, text] : engineTexts())
        QTest::newRow(name.constData()) << text;
}

void TestEngineMessages::englishIsTheEngineText()
{
    QFETCH(QString, engine);
    QVERIFY2(!engine.isEmpty(), "the engine threw nothing");
    QCOMPARE(EngineMessages::text(engine.toStdString()), engine);
    QCOMPARE(EngineMessages::text(engine.toUtf8().constData()), engine);
}

void TestEngineMessages::germanKeepsNumbersAndNames_data()
{
    englishIsTheEngineText_data();
}

void TestEngineMessages::germanKeepsNumbersAndNames()
{
    QFETCH(QString, engine);
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    const QString german = EngineMessages::text(engine);
    QVERIFY2(german != engine, qPrintable(QStringLiteral("not translated: ") + engine));
    static const QRegularExpression englishPlace(QStringLiteral("(^|: )(line|column|layer) \\d"));
    QVERIFY2(!englishPlace.match(german).hasMatch(), qPrintable(german));
    for (const QString& part : keptParts(engine)) {
        QVERIFY2(german.contains(part),
                 qPrintable(QStringLiteral("'%1' lost in: %2").arg(part, german)));
    }
}

void TestEngineMessages::placesAreTranslated()
{
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    const QString german = EngineMessages::text(
        std::string("data/x.csv: line 3, column 2: expected a number, found 'abc'"));
    QVERIFY2(german.startsWith(QStringLiteral("data/x.csv: Zeile 3, Spalte 2: ")),
             qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("'abc'")) &&
                 !german.contains(QStringLiteral("expected")),
             qPrintable(german));
    // A place inside a place (a project names the key, the network check the layer).
    const QString nested = EngineMessages::text(
        std::string("m.json: architecture: layer 2: softmax can only be used on the output layer"));
    QVERIFY2(nested.startsWith(QStringLiteral("m.json: architecture: Schicht 2: softmax ")),
             qPrintable(nested));
    // A JSON key path is the file's own name for the place: kept.
    const QString key = EngineMessages::text(std::string(
        "p.bpstudio: architecture.layer_sizes[1]: expected an integer in 1..4096, found 0"));
    QVERIFY2(key.startsWith(QStringLiteral("p.bpstudio: architecture.layer_sizes[1]: ")),
             qPrintable(key));
    QVERIFY(!key.contains(QStringLiteral("expected")));
}

void TestEngineMessages::unknownTextStaysEnglish()
{
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    const char* unknown[] = {
        "x.csv: line 3: a message this studio has never seen",
        "x.csv: expected a number, found a string of some new kind",
        "no source and no place",
        "x.json: runs[0]: expected an array of unicorns, found an object",
        "",
    };
    for (const char* text : unknown)
        QCOMPARE(EngineMessages::text(std::string(text)), QString::fromUtf8(text));
}

QTEST_MAIN(TestEngineMessages)
#include "tst_enginemessages.moc"

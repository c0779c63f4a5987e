// `backprop-cli export` end to end: runs the built executable (BPS_CLI_PATH) on a model file
// and checks that each format holds exactly what the core writers produce, the JSON line,
// and that bad usage or bad input exits 2 with a message naming the problem.
#include "clitestutil.h"
#include "initializer.h"
#include "modelfile.h"
#include "onnxexport.h"
#include "pytorchexport.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {


using bptest::CliRun;

/// The built CLI (BPS_CLI_PATH) with `args`.
CliRun runCli(const QStringList& args)
{
    return bptest::runProgram(QStringLiteral(BPS_CLI_PATH), args);
}

std::string readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

/// A small trained-looking model with normalisation and class names.
bp::Model sampleModel()
{
    const bp::Architecture arch =
        bp::Architecture::make(3, {5}, bp::Activation::Tanh, 2, bp::Activation::Softmax);
    bp::Model model;
    model.network =
        bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::XavierNormal, 7));
    model.normalization.kind = bp::NormalizationKind::Standard;
    model.normalization.offset = (bp::Vector(3) << 1.5, -2.0, 100.0).finished();
    model.normalization.scale = (bp::Vector(3) << 0.5, 3.0, 25.0).finished();
    model.classNames = {"no", "yes"};
    return model;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpListsTheFormats();
    void onnxIsTheCoreWritersBytes_data();
    void onnxIsTheCoreWritersBytes();
    void pytorchScriptCarriesTheTrainingOptions();
    void jsonRoundTripsBitExact();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();

private:
    QTemporaryDir dir_;
    QString modelPath_;
    bp::Model model_;
};

void TestCliExport::initTestCase()
{
    QVERIFY(dir_.isValid());
    model_ = sampleModel();
    modelPath_ = dir_.filePath(QStringLiteral("model.json"));
    bp::saveModel(modelPath_.toStdString(), model_);
}

void TestCliExport::helpListsTheFormats()
{
    const CliRun top = runCli({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(QStringLiteral("export")));
    const CliRun help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    for (const char* option : {"--model", "--onnx", "--float64", "--pytorch", "--json", "--lr"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void TestCliExport::onnxIsTheCoreWritersBytes_data()
{
    QTest::addColumn<bool>("float64");
    QTest::newRow("float32 (default)") << false;
    QTest::newRow("float64") << true;
}

void TestCliExport::onnxIsTheCoreWritersBytes()
{
    QFETCH(bool, float64);
    const QString path =
        dir_.filePath(float64 ? QStringLiteral("m64.onnx") : QStringLiteral("m.onnx"));
    QStringList args{QStringLiteral("export"), QStringLiteral("--model"), modelPath_,
                     QStringLiteral("--onnx"), path};
    if (float64)
        args << QStringLiteral("--float64");
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const std::string expected =
        bp::onnxModelBytes(model_.network, model_.normalization, model_.classNames,
                           float64 ? bp::OnnxPrecision::Float64 : bp::OnnxPrecision::Float32);
    QVERIFY(readBytes(path) == expected);

    const QJsonObject line = run.json();
    QCOMPARE(line.value(QStringLiteral("event")).toString(), QStringLiteral("export"));
    QCOMPARE(line.value(QStringLiteral("format")).toString(), QStringLiteral("onnx"));
    QCOMPARE(line.value(QStringLiteral("precision")).toString(),
             float64 ? QStringLiteral("float64") : QStringLiteral("float32"));
    QCOMPARE(line.value(QStringLiteral("opset")).toInt(), bp::kOnnxOpset);
    QCOMPARE(line.value(QStringLiteral("ir_version")).toInt(), bp::kOnnxIrVersion);
    QCOMPARE(line.value(QStringLiteral("output")).toString(), QStringLiteral("probabilities"));
    QCOMPARE(line.value(QStringLiteral("path")).toString(), path);
}

void TestCliExport::pytorchScriptCarriesTheTrainingOptions()
{
    const QString path = dir_.filePath(QStringLiteral("model.py"));
    const CliRun run =
        runCli({QStringLiteral("export"), QStringLiteral("--model"), modelPath_,
                QStringLiteral("--pytorch"), path, QStringLiteral("--optimizer"),
                QStringLiteral("momentum"), QStringLiteral("--lr=0.25"),
                QStringLiteral("--momentum"), QStringLiteral("0.5"), QStringLiteral("--lambda"),
                QStringLiteral("0.125"), QStringLiteral("--batch-size"), QStringLiteral("32"),
                QStringLiteral("--iterations"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::Momentum;
    config.learningRate = 0.25;
    config.momentum = 0.5;
    config.lambda = 0.125;
    config.batchSize = 32;
    config.maxIterations = 300;
    const std::string text = readBytes(path);
    QVERIFY(text == bp::pytorchScript(model_, config));
    QVERIFY(text.find("BATCH_SIZE = 32") != std::string::npos);
    QCOMPARE(run.json().value(QStringLiteral("format")).toString(), QStringLiteral("pytorch"));
    QCOMPARE(run.json().value(QStringLiteral("optimizer")).toString(), QStringLiteral("momentum"));
}

void TestCliExport::jsonRoundTripsBitExact()
{
    const QString path = dir_.filePath(QStringLiteral("copy.json"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--model"), modelPath_,
                               QStringLiteral("--json"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const bp::Model copy = bp::loadModel(path.toStdString());
    QVERIFY(bptest::bitEqual(copy.network.parameters(), model_.network.parameters()));
    QVERIFY(bptest::bitEqual(copy.normalization.offset, model_.normalization.offset));
    QVERIFY(copy.classNames == model_.classNames);
    QCOMPARE(readBytes(path), readBytes(modelPath_));
}

void TestCliExport::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args"); // after "export"; MODEL stands for the model file
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("out.file");
    QTest::newRow("no model") << QStringList{QStringLiteral("--onnx"), out}
                              << QStringLiteral("'export' needs --model FILE");
    QTest::newRow("no format") << QStringList{QStringLiteral("--model"), QStringLiteral("MODEL")}
                               << QStringLiteral("nothing to write: give exactly one of --onnx");
    QTest::newRow("two formats") << QStringList{QStringLiteral("--model"), QStringLiteral("MODEL"),
                                                QStringLiteral("--onnx"),  out,
                                                QStringLiteral("--json"),  out}
                                 << QStringLiteral("one format at a time");
    QTest::newRow("float64 without onnx")
        << QStringList{QStringLiteral("--model"), QStringLiteral("MODEL"), QStringLiteral("--json"),
                       out, QStringLiteral("--float64")}
        << QStringLiteral("--float64 applies to --onnx only");
    QTest::newRow("training option without pytorch")
        << QStringList{QStringLiteral("--model"),  QStringLiteral("MODEL"),
                       QStringLiteral("--onnx"),   out,
                       QStringLiteral("--lambda"), QStringLiteral("1")}
        << QStringLiteral("--lambda sets the PyTorch script's training; it needs --pytorch");
    QTest::newRow("unknown optimiser")
        << QStringList{QStringLiteral("--model"),     QStringLiteral("MODEL"),
                       QStringLiteral("--pytorch"),   out,
                       QStringLiteral("--optimizer"), QStringLiteral("sgd")}
        << QStringLiteral("--optimizer: unknown optimiser 'sgd'");
    QTest::newRow("negative learning rate")
        << QStringList{QStringLiteral("--model"),   QStringLiteral("MODEL"),
                       QStringLiteral("--pytorch"), out,
                       QStringLiteral("--lr"),      QStringLiteral("-1")}
        << QStringLiteral("--lr");
    QTest::newRow("cg with mini-batches")
        << QStringList{QStringLiteral("--model"),      QStringLiteral("MODEL"),
                       QStringLiteral("--pytorch"),    out,
                       QStringLiteral("--optimizer"),  QStringLiteral("cg"),
                       QStringLiteral("--batch-size"), QStringLiteral("8")}
        << QStringLiteral("always uses the full batch");
    QTest::newRow("missing model file")
        << QStringList{QStringLiteral("--model"), QStringLiteral("no-such-model.json"),
                       QStringLiteral("--onnx"), out}
        << QStringLiteral("no-such-model.json: cannot read the model file");
    QTest::newRow("not a model file")
        << QStringList{QStringLiteral("--model"), QStringLiteral("NOTMODEL"),
                       QStringLiteral("--pytorch"), out}
        << QStringLiteral("format");
    QTest::newRow("unwritable target")
        << QStringList{QStringLiteral("--model"), QStringLiteral("MODEL"), QStringLiteral("--onnx"),
                       QStringLiteral("no/such/dir/m.onnx")}
        << QStringLiteral("no/such/dir/m.onnx");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--model"), QStringLiteral("MODEL"),
                       QStringLiteral("--tflite"), out}
        << QStringLiteral("unknown option --tflite for 'export'");
}

void TestCliExport::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString notModel = dir_.filePath(QStringLiteral("not-a-model.json"));
    {
        QFile file(notModel);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"something else\", \"version\": 1}\n");
    }
    for (QString& arg : args) {
        if (arg == QLatin1String("MODEL"))
            arg = modelPath_;
        else if (arg == QLatin1String("NOTMODEL"))
            arg = notModel;
        else if (arg == QLatin1String("out.file") || arg.startsWith(QLatin1String("no")))
            arg = dir_.filePath(arg);
    }
    const CliRun run = runCli(QStringList{QStringLiteral("export")} + args);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("backprop-cli: ")), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("out.file")))); // nothing written
}

QTEST_APPLESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"

// Memory limits: the training estimate by hand for small networks, refusals that state the
// estimate and the budget, data files over the budget refused before reading, and the CLI
// exiting 2 with the same message.

#include "csvloader.h"
#include "idxloader.h"
#include "memorybudget.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>

#include <cstdlib>

Q_DECLARE_METATYPE(bp::OptimizerKind)

namespace {

using bptest::errorOf;

bp::Architecture makeArch(const std::vector<int>& hidden, int inputs = 2, int outputs = 1)
{
    return bp::Architecture::make(inputs, hidden, bp::Activation::Tanh, outputs,
                                  bp::Activation::Sigmoid);
}

/// Restores the default budget whatever a test row set.
struct BudgetGuard
{
    explicit BudgetGuard(std::uint64_t bytes) { bp::setMemoryBudgetBytes(bytes); }
    ~BudgetGuard() { bp::setMemoryBudgetBytes(0); }
};

} // namespace

class TestMemoryBudget : public QObject
{
    Q_OBJECT
private slots:
    void estimateByHand_data();
    void estimateByHand();
    void trainingCheck_data();
    void trainingCheck();
    void absurdNetworkIsRefusedWithoutOverflow();
    void budgetSources_data();
    void budgetSources();
    void formatBytes_data();
    void formatBytes();
    void idxOverBudgetIsRefusedBeforeReading();
    void csvOverBudgetIsRefusedBeforeReading();
    void cliRefusesWithExitCode2_data();
    void cliRefusesWithExitCode2();
};

void TestMemoryBudget::estimateByHand_data()
{
    QTest::addColumn<bp::OptimizerKind>("optimizer");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("validation");
    QTest::addColumn<double>("parameterBytes");
    QTest::addColumn<double>("optimizerBytes");
    QTest::addColumn<double>("workspaceBytes");
    QTest::addColumn<double>("targetBytes");

    // Network 2-3-1: P = 3·3 + 1·4 = 13 weights. Per column the workspace holds z, a, δ of
    // layers 1 and 2 (3·(3 + 1)), g′ of the widest (3) and a(0) with bias (3): 18 doubles.
    // Parameter vectors: 5 copies · 13 · 8 bytes = 520.
    QTest::newRow("gd, full batch of 100") << bp::OptimizerKind::GradientDescent << 0 << 100 << 0
                                           << 520.0 << 0.0 << 100.0 * 18 * 8 << 100.0 * 8;
    QTest::newRow("momentum: one velocity") << bp::OptimizerKind::Momentum << 0 << 100 << 0 << 520.0
                                            << 13.0 * 8 << 100.0 * 18 * 8 << 100.0 * 8;
    // Mini-batch of 32: 32 columns of workspace plus the gathered X (2 rows) and Y (1 row).
    QTest::newRow("adam, batch 32, validation 20")
        << bp::OptimizerKind::Adam << 32 << 100 << 20 << 520.0 << 2.0 * 13 * 8
        << 32.0 * 18 * 8 + 32.0 * 3 * 8 << 120.0 * 8;
    // Line-search optimisers ignore the batch size and evaluate in 4096-column chunks.
    QTest::newRow("lbfgs, 10000 examples: 10 pairs + 7 vectors, 4096-column chunks")
        << bp::OptimizerKind::LBFGS << 32 << 10000 << 0 << 520.0 << 27.0 * 13 * 8 << 4096.0 * 18 * 8
        << 10000.0 * 8;
    QTest::newRow("cg: 6 vectors") << bp::OptimizerKind::ConjugateGradient << 0 << 50 << 0 << 520.0
                                   << 6.0 * 13 * 8 << 50.0 * 18 * 8 << 50.0 * 8;
}

void TestMemoryBudget::estimateByHand()
{
    QFETCH(bp::OptimizerKind, optimizer);
    QFETCH(int, batch);
    QFETCH(int, m);
    QFETCH(int, validation);
    QFETCH(double, parameterBytes);
    QFETCH(double, optimizerBytes);
    QFETCH(double, workspaceBytes);
    QFETCH(double, targetBytes);

    bp::TrainingConfig config;
    config.optimizer = optimizer;
    config.batchSize = batch;
    const bp::TrainingMemoryEstimate e =
        bp::estimateTrainingMemory(makeArch({3}), config, m, validation);
    QCOMPARE(e.parameters, 13.0);
    QCOMPARE(e.parameterBytes, parameterBytes);
    QCOMPARE(e.optimizerBytes, optimizerBytes);
    QCOMPARE(e.workspaceBytes, workspaceBytes);
    QCOMPARE(e.targetBytes, targetBytes);
    QCOMPARE(e.total(), parameterBytes + optimizerBytes + workspaceBytes + targetBytes);
}

void TestMemoryBudget::trainingCheck_data()
{
    QTest::addColumn<QString>("hidden"); // comma-separated sizes
    QTest::addColumn<bp::OptimizerKind>("optimizer");
    QTest::addColumn<qulonglong>("budget");
    QTest::addColumn<QString>("expected"); // empty: accepted

    // 2-3-1, GD, 100 examples: 520 + 14400 + 800 = 15720 bytes.
    QTest::newRow("fits exactly") << "3" << bp::OptimizerKind::GradientDescent << 15720ULL << "";
    QTest::newRow("one byte short")
        << "3" << bp::OptimizerKind::GradientDescent << 15719ULL
        << "training: training this network needs about 15.4 KiB (weights and gradient 520 "
           "bytes, activations and deltas of 100-example chunks 14.1 KiB, encoded targets 800 "
           "bytes), more than the memory budget of 15.4 KiB (set by the program): use fewer or "
           "smaller layers, a smaller batch or fewer examples";
    // 2-4096-4096-1: P = 4096·3 + 4096·4097 + 4097 = 16,797,697; Adam adds two moments.
    QTest::newRow("wide network, Adam, 256 MiB")
        << "4096,4096" << bp::OptimizerKind::Adam << (256ULL << 20)
        << "training: training this network needs about 919.0 MiB (weights and gradient 640.8 "
           "MiB, Adam moments 256.3 MiB, activations and deltas of 100-example chunks 21.9 "
           "MiB, encoded targets 800 bytes), more than the memory budget of 256.0 MiB (set by "
           "the program): use fewer or smaller layers, a smaller batch or fewer examples";
    QTest::newRow("wide network, Adam, 2 GiB")
        << "4096,4096" << bp::OptimizerKind::Adam << (2ULL << 30) << "";
}

void TestMemoryBudget::trainingCheck()
{
    QFETCH(QString, hidden);
    QFETCH(bp::OptimizerKind, optimizer);
    QFETCH(qulonglong, budget);
    QFETCH(QString, expected);

    std::vector<int> sizes;
    for (const QString& part : hidden.split(QLatin1Char(',')))
        sizes.push_back(part.toInt());
    bp::TrainingConfig config;
    config.optimizer = optimizer;
    const BudgetGuard guard(budget);
    const QString message =
        errorOf([&] { bp::checkTrainingMemory(makeArch(sizes), config, 100, 0); });
    QCOMPARE(message, expected.isEmpty() ? QStringLiteral("<no InputError>") : expected);
}

void TestMemoryBudget::absurdNetworkIsRefusedWithoutOverflow()
{
    // 10⁹ units per layer: P = 2·10⁹·(10⁹ + 1) ≈ 2·10¹⁸, far past 64-bit byte counts once
    // multiplied; the estimate is in double, so the refusal is a message, not a wrapped-around
    // small number.
    const BudgetGuard guard(1ULL << 30);
    bp::Architecture arch;
    arch.layerSizes = {1'000'000'000, 1'000'000'000, 1'000'000'000};
    arch.activations = {bp::Activation::Tanh, bp::Activation::Sigmoid};
    const QString message = errorOf([&] { bp::checkNetworkMemory(arch); });
    QVERIFY2(message.startsWith(QStringLiteral("architecture: a network of 2000000002000000000 "
                                               "weights needs about ")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("more than the memory budget of 1.0 GiB (set by the "
                                             "program): use fewer or smaller layers")),
             qPrintable(message));
    bp::TrainingConfig config;
    QVERIFY(errorOf([&] {
                bp::checkTrainingMemory(arch, config, 1000, 0);
            }).startsWith(QStringLiteral("training: training this network needs about")));
    // The largest valid network (32 layers of 4096) fits no laptop budget either.
    bp::Architecture largest;
    largest.layerSizes.assign(bp::kMaxLayers, bp::kMaxLayerSize);
    largest.activations.assign(bp::kMaxLayers - 1, bp::Activation::Tanh);
    largest.activations.back() = bp::Activation::Sigmoid;
    largest.validate();
    QVERIFY(errorOf([&] {
                bp::checkNetworkMemory(largest);
            }).contains(QStringLiteral("520220672 weights needs about 19.4 GiB")));
}

void TestMemoryBudget::budgetSources_data()
{
    QTest::addColumn<QString>("environment"); // BPS_MEMORY_BUDGET, empty = unset
    QTest::addColumn<qulonglong>("forced");   // setMemoryBudgetBytes, 0 = none
    QTest::addColumn<qulonglong>("expected"); // 0 = half of physical memory
    QTest::addColumn<QString>("origin");

    QTest::newRow("default") << "" << 0ULL << 0ULL << "half of the ";
    QTest::newRow("environment, plain bytes")
        << "1000000" << 0ULL << 1000000ULL << "set by BPS_MEMORY_BUDGET";
    QTest::newRow("environment, K") << "64K" << 0ULL << 65536ULL << "set by BPS_MEMORY_BUDGET";
    QTest::newRow("environment, MB") << "3MB" << 0ULL << (3ULL << 20) << "set by BPS_MEMORY_BUDGET";
    QTest::newRow("environment, 1.5G")
        << "1.5G" << 0ULL << (3ULL << 29) << "set by BPS_MEMORY_BUDGET";
    QTest::newRow("environment garbage is ignored") << "lots" << 0ULL << 0ULL << "half of the ";
    QTest::newRow("environment negative is ignored") << "-5M" << 0ULL << 0ULL << "half of the ";
    QTest::newRow("program beats environment")
        << "64K" << 4096ULL << 4096ULL << "set by the program";
}

void TestMemoryBudget::budgetSources()
{
    QFETCH(QString, environment);
    QFETCH(qulonglong, forced);
    QFETCH(qulonglong, expected);
    QFETCH(QString, origin);

    if (environment.isEmpty())
        qunsetenv("BPS_MEMORY_BUDGET");
    else
        qputenv("BPS_MEMORY_BUDGET", environment.toUtf8());
    const BudgetGuard guard(forced);
    const std::uint64_t physical = bp::physicalMemoryBytes();
    QVERIFY2(physical > (64ULL << 20), "sysconf should report the machine's memory");
    QCOMPARE(bp::memoryBudgetBytes(), expected == 0 ? physical / 2 : expected);
    QVERIFY2(QString::fromStdString(bp::memoryBudgetOrigin()).startsWith(origin),
             bp::memoryBudgetOrigin().c_str());
    qunsetenv("BPS_MEMORY_BUDGET");
}

void TestMemoryBudget::formatBytes_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << 640.0 << "640 bytes";
    QTest::newRow("KiB") << 1536.0 << "1.5 KiB";
    QTest::newRow("MiB") << 5.0 * 1024 * 1024 << "5.0 MiB";
    QTest::newRow("GiB") << 3.25 * 1024 * 1024 * 1024 << "3.2 GiB";
    QTest::newRow("past the largest unit") << 1e21 << "931322574615.5 GiB";
}

void TestMemoryBudget::formatBytes()
{
    QFETCH(double, bytes);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(bp::formatBytes(bytes)), text);
}

void TestMemoryBudget::idxOverBudgetIsRefusedBeforeReading()
{
    const std::string images = BPS_TEST_DATA_DIR "/idx/small-images.idx3";
    const std::string labels = BPS_TEST_DATA_DIR "/idx/small-labels.idx1";
    {
        // 5 images of 3×2: 30 raw bytes + 30 doubles = 270 bytes.
        const BudgetGuard guard(256);
        QCOMPARE(errorOf([&] { bp::loadIdx(images, labels); }),
                 QStringLiteral("small-images.idx3: 5 images of 3x2 need about 270 bytes, more "
                                "than the memory budget of 256 bytes (set by the program)"));
        // Fewer examples fit: the check uses the count that will be read.
        QCOMPARE(bp::loadIdx(images, labels, 2).size(), bp::Index{2});
    }
    QCOMPARE(bp::loadIdx(images, labels).size(), bp::Index{5});
}

void TestMemoryBudget::csvOverBudgetIsRefusedBeforeReading()
{
    const std::string path = BPS_TEST_DATA_DIR "/csv/valid-regression.tsv";
    const auto size = static_cast<double>(QFileInfo(QString::fromStdString(path)).size());
    QVERIFY(size > 32 && size < 1024);
    {
        // The text and the doubles parsed from it: twice the file size.
        const BudgetGuard guard(static_cast<std::uint64_t>(2 * size) - 1);
        QCOMPARE(errorOf([&] { bp::loadCsv(path); }),
                 QStringLiteral("valid-regression.tsv: the %1 bytes of text and the numbers "
                                "parsed from it need about %2 bytes, more than the memory budget "
                                "of %3 bytes (set by the program)")
                     .arg(size)
                     .arg(2 * size)
                     .arg(2 * size - 1));
    }
    const BudgetGuard exact(static_cast<std::uint64_t>(2 * size));
    bp::CsvOptions options;
    options.task = bp::TaskKind::Regression;
    QVERIFY(bp::loadCsv(path, options).size() > 0);
}

void TestMemoryBudget::cliRefusesWithExitCode2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("budget");
    QTest::addColumn<QString>("expected"); // the start of stderr's message

    // xor has 2 classes (2 output units): P = 1000·3 + 1000·1001 + 2·1001 = 1,006,002.
    QTest::newRow("wide network, 1 MiB budget")
        << QStringList{"train",        "--data", "builtin:xor?n=50", "--hidden", "1000,1000",
                       "--iterations", "1",      "--quiet"}
        << "1M"
        << "backprop-cli: architecture: a network of 1006002 weights needs about 38.4 MiB";
    QTest::newRow("activations of the whole batch, 64 KiB budget")
        << QStringList{"train", "--data", "builtin:xor?n=2000", "--hidden", "8", "--iterations",
                       "1",     "--quiet"}
        << "64K"
        << "backprop-cli: training: training this network needs about ";
    QTest::newRow("IDX images over the budget")
        << QStringList{"train",
                       "--data",
                       BPS_TEST_DATA_DIR "/idx/small-images.idx3," BPS_TEST_DATA_DIR
                                         "/idx/small-labels.idx1",
                       "--iterations",
                       "1",
                       "--quiet"}
        << "200"
        << "backprop-cli: small-images.idx3: 5 images of 3x2 need about 270 bytes";
}

void TestMemoryBudget::cliRefusesWithExitCode2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, budget);
    QFETCH(QString, expected);

    QTemporaryDir out;
    QVERIFY(out.isValid());
    if (args.at(2).startsWith(QLatin1Char('/')))
        args[2].prepend(QStringLiteral("idx:"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BPS_MEMORY_BUDGET"), budget);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BPS_CLI_PATH), args << "--out" << out.path());
    QVERIFY(process.waitForFinished(60000));
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("(set by BPS_MEMORY_BUDGET)")), qPrintable(error));
    // Nothing was trained or written.
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("model.json"))));
}

QTEST_GUILESS_MAIN(TestMemoryBudget)
#include "tst_memorybudget.moc"

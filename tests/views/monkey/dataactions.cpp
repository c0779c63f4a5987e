// The monkey's actions on data: regenerate, preprocessing, open CSV / IDX / project, import.

#include "views/monkey/monkey.h"

// --- data ---------------------------------------------------------------------------------------

void TestMonkey::doRegenerate(const Draw& d)
{
    auto* combo = find<QComboBox>(QStringLiteral("generatorCombo"));
    auto* samples = find<QSpinBox>(QStringLiteral("generatorSamples"));
    auto* seed = find<QSpinBox>(QStringLiteral("generatorSeed"));
    if (combo == nullptr || !combo->isVisible() || loaderBusy()) {
        note(QStringLiteral("(not usable)"));
        return;
    }
    if (combo->isEnabled() && d.a % 2 == 0) {
        combo->setFocus();
        QTest::keyClick(combo, d.a % 4 == 0 ? Qt::Key_Down : Qt::Key_Up);
    }
    if (samples->isEnabled() && d.b % 3 == 0)
        type(samples, QString::number(50 + d.b % 351));
    if (seed->isEnabled() && d.c % 3 == 0)
        type(seed, QString::number(d.c % 50));
    note(QStringLiteral("%1, %2 examples, seed %3")
             .arg(combo->currentText())
             .arg(samples->value())
             .arg(seed->value()));
    auto* panel = find<DataPanel>(QStringLiteral("dataPanel"));
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    if (!click(QStringLiteral("regenerateButton")))
        return;
    if (loaded.isEmpty() && !waitFor([&] { return !loaded.isEmpty(); }, 60000)) {
        fail(QStringLiteral("Regenerate never finished"));
        return;
    }
    const bool ok = loaded.constFirst().at(0).toBool();
    note(ok ? QStringLiteral("ok") : QStringLiteral("refused: %1").arg(dataError()));
    if (ok && model()->dataSource().generator.name != combo->currentText().toStdString())
        fail(QStringLiteral("regenerated %1, the model holds %2")
                 .arg(combo->currentText(),
                      QString::fromStdString(model()->dataSource().generator.name)));
}

void TestMonkey::doPreprocessing(const Draw& d)
{
    switch (d.a % 4) {
    case 0:
        doComboStep(QStringLiteral("normalizationCombo"), d);
        return;
    case 1:
    case 2: {
        const char* name = d.a % 4 == 1 ? "validationFraction" : "testFraction";
        auto* spin = find<QDoubleSpinBox>(QString::fromLatin1(name));
        if (spin == nullptr || !spin->isVisible() || !spin->isEnabled()) {
            note(QStringLiteral("(%1 not usable)").arg(QLatin1String(name)));
            return;
        }
        static const char* const values[] = {"0", "0.2", "0.5", "0.9", "0.1"};
        const char* value = values[d.b % std::size(values)];
        note(QStringLiteral("%1 ← %2").arg(QLatin1String(name), QLatin1String(value)));
        type(spin, QString::fromLatin1(value));
        return;
    }
    default: {
        auto* spin = find<QSpinBox>(QStringLiteral("splitSeed"));
        if (spin == nullptr || !spin->isVisible() || !spin->isEnabled()) {
            note(QStringLiteral("(splitSeed not usable)"));
            return;
        }
        note(QStringLiteral("split seed ← %1").arg(d.b % 20));
        type(spin, QString::number(d.b % 20));
        return;
    }
    }
}

void TestMonkey::doOpenCsv(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    // Classification cases whose label column is the default (the last one): as the File →
    // Open dialog would load them.
    std::vector<const bpt::CsvCase*> malformed;
    for (const bpt::CsvCase& c : bpt::kCsvCases)
        if (c.labelColumn[0] == '\0' && !c.regression)
            malformed.push_back(&c);
    const bpt::CsvCase* bad = nullptr;
    QString path;
    switch (d.a % 4) {
    case 0:
        path = QString::fromLatin1(kValidCsv);
        break;
    case 1:
        path = QString::fromLatin1(kMaybeCsv[d.b % std::size(kMaybeCsv)]);
        break;
    default:
        bad = malformed[d.b % malformed.size()];
        path = QStringLiteral(BPS_TEST_DATA_DIR "/csv/") + QLatin1String(bad->file);
        break;
    }
    note(QFileInfo(path).fileName());
    const Frozen before = freeze();
    auto* panel = find<DataPanel>(QStringLiteral("dataPanel"));
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    nextPath_ = path;
    if (!trigger("actionOpenProject")) // File → Open… hands a data file to the Data dock
        return;
    if (loaded.isEmpty() && !waitFor([&] { return !loaded.isEmpty(); }, 60000)) {
        fail(QStringLiteral("opening %1 never finished").arg(path));
        return;
    }
    const bool ok = loaded.constFirst().at(0).toBool();
    note(ok ? QStringLiteral("loaded") : QStringLiteral("refused: ") + dataError());
    if (bad != nullptr) {
        if (ok)
            fail(QStringLiteral("the malformed %1 loaded").arg(path));
        else if (!dataError().contains(QLatin1String(bad->message)))
            fail(QStringLiteral("%1: expected \"%2\", the panel says \"%3\"")
                     .arg(path, QLatin1String(bad->message), dataError()));
        expectUnchanged(before, QStringLiteral("the malformed %1").arg(path));
    } else if (path == QLatin1String(kValidCsv)) {
        if (!ok)
            fail(QStringLiteral("iris.csv was refused: %1").arg(dataError()));
        else if (model()->dataset().size() != 150 || model()->architecture().inputSize() != 4)
            fail(QStringLiteral("iris.csv loaded as %1 examples, network %2")
                     .arg(model()->dataset().size())
                     .arg(layerText(model()->architecture())));
    } else if (!ok) {
        expectUnchanged(before, QStringLiteral("the refused %1").arg(path));
    }
}

void TestMonkey::doOpenIdx(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    const QString idx = QStringLiteral(BPS_TEST_DATA_DIR "/idx/");
    const bpt::IdxCase* bad = nullptr;
    QString images = idx + QStringLiteral("small-images.idx3");
    QString labels = idx + QStringLiteral("small-labels.idx1");
    if (d.a % 3 != 0) {
        bad = &bpt::kIdxCases[d.b % std::size(bpt::kIdxCases)];
        if (bad->maxExamples != 0) {
            note(QStringLiteral("(%1 needs a limit)").arg(QLatin1String(bad->name)));
            return;
        }
        images = idx + QLatin1String(bad->images);
        labels = idx + QLatin1String(bad->labels);
    }
    note(QStringLiteral("%1 + %2").arg(QFileInfo(images).fileName(), QFileInfo(labels).fileName()));
    const Frozen before = freeze();
    auto* panel = find<DataPanel>(QStringLiteral("dataPanel"));
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    // Open IDX… asks for two files with QFileDialog; this is what it does with the answers.
    panel->openIdxFiles(images, labels);
    if (loaded.isEmpty() && !waitFor([&] { return !loaded.isEmpty(); }, 60000)) {
        fail(QStringLiteral("opening %1 never finished").arg(images));
        return;
    }
    const bool ok = loaded.constFirst().at(0).toBool();
    note(ok ? QStringLiteral("loaded") : QStringLiteral("refused: ") + dataError());
    if (bad == nullptr) {
        if (!ok)
            fail(QStringLiteral("the valid IDX files were refused: %1").arg(dataError()));
        return;
    }
    QString expected = QLatin1String(bad->expected);
    if (expected.endsWith(QLatin1Char('*')))
        expected.chop(1);
    if (ok)
        fail(QStringLiteral("the malformed IDX case '%1' loaded").arg(QLatin1String(bad->name)));
    else if (!dataError().contains(expected))
        fail(QStringLiteral("IDX case '%1': expected \"%2\", the panel says \"%3\"")
                 .arg(QLatin1String(bad->name), expected, dataError()));
    expectUnchanged(before, QStringLiteral("the malformed IDX case %1").arg(bad->name));
}

void TestMonkey::doOpenProject(const Draw& d)
{
    if (loaderBusy()) {
        note(QStringLiteral("(loader busy)"));
        return;
    }
    const bpt::ProjectCase* bad = nullptr;
    QString path;
    if (d.a % 3 == 0) {
        // (valid_minimal.bpstudio is valid to read, but names a CSV file beside it that is not)
        path = QStringLiteral(BPS_TEST_DATA_DIR "/project/valid.bpstudio");
    } else if (d.a % 3 == 1) {
        bad = &bpt::kProjectCases[d.b % std::size(bpt::kProjectCases)];
        path = QStringLiteral(BPS_TEST_DATA_DIR "/project/%1.bpstudio").arg(bad->file);
    } else {
        // One this run saved earlier, when there is one.
        const QStringList saved =
            QDir(dir_.path()).entryList({QStringLiteral("saved-*.bpstudio")}, QDir::Files,
                                        QDir::Name);
        if (saved.isEmpty()) {
            note(QStringLiteral("(nothing saved yet)"));
            return;
        }
        path = dir_.filePath(saved[static_cast<int>(d.b % saved.size())]);
    }
    note(QFileInfo(path).fileName());
    const Frozen before = freeze();
    ProjectFiles* files = window_->projectFiles();
    QSignalSpy opened(files, &ProjectFiles::opened);
    QSignalSpy failed(files, &ProjectFiles::openFailed);
    nextPath_ = path;
    if (!trigger("actionOpenProject"))
        return;
    if (!files->isOpening() && opened.isEmpty() && failed.isEmpty()) {
        note(QStringLiteral("(not started: %1)").arg(files->lastError()));
        return;
    }
    if (!waitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000)) {
        fail(QStringLiteral("opening %1 never finished").arg(path));
        return;
    }
    if (bad != nullptr) {
        if (!opened.isEmpty())
            fail(QStringLiteral("the malformed %1 opened").arg(path));
        else if (!files->lastError().contains(QLatin1String(bad->message)))
            fail(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                     .arg(path, QLatin1String(bad->message), files->lastError()));
        note(QStringLiteral("refused"));
        expectUnchanged(before, QStringLiteral("the malformed %1").arg(path));
        return;
    }
    if (opened.isEmpty()) {
        fail(QStringLiteral("the valid %1 was refused: %2").arg(path, files->lastError()));
        return;
    }
    note(QStringLiteral("opened"));
    expectOpenedAs(path);
}

void TestMonkey::expectOpenedAs(const QString& path)
{
    bp::Project project;
    try {
        project = bp::loadProject(path.toStdString());
    } catch (const std::exception& error) {
        fail(QStringLiteral("%1 opened but does not load: %2").arg(path, error.what()));
        return;
    }
    if (!(model()->architecture() == project.architecture))
        fail(QStringLiteral("%1 holds %2, the window shows %3")
                 .arg(path, layerText(project.architecture), layerText(model()->architecture())));
    else if (project.weights.size() > 0 && !bitEqual(model()->parameters(), project.weights))
        fail(QStringLiteral("%1: the weights differ from the file's").arg(path));
    else if (project.weights.size() == 0 &&
             !bitEqual(model()->parameters(),
                       bp::initializeParameters(project.architecture, project.initKind,
                                                project.initSeed)))
        fail(QStringLiteral("%1 has no weights: they are not its initialisation's").arg(path));
    if (controller()->isActive())
        fail(QStringLiteral("opening %1 left training %2")
                 .arg(path, toDisplayString(controller()->state())));
    const bool continues = !project.runs.empty() &&
                           bitEqual(project.runs.back().finalWeights, project.weights);
    const std::size_t rows = continues ? project.runs.back().history.size() : 0;
    if (history()->size() != rows)
        fail(QStringLiteral("%1: %2 live history rows, the file's last run has %3")
                 .arg(path)
                 .arg(history()->size())
                 .arg(rows));
}

void TestMonkey::doImportModel(const Draw& d)
{
    QString path;
    const bpt::ModelCase* bad = nullptr;
    if (d.a % 3 == 0) {
        path = QStringLiteral(BPS_TEST_DATA_DIR "/model/%1.json")
                   .arg(d.b % 2 == 0 ? QStringLiteral("valid") : QStringLiteral("valid_minimal"));
    } else {
        bad = &bpt::kModelCases[d.b % std::size(bpt::kModelCases)];
        path = QStringLiteral(BPS_TEST_DATA_DIR "/model/") + QLatin1String(bad->file);
    }
    note(QFileInfo(path).fileName());
    const Frozen before = freeze();
    auto* import = find<ModelImport>(QStringLiteral("modelImport"));
    nextPath_ = path;
    if (!trigger("actionImportModel"))
        return;
    settle();
    const QString error = import->lastError();
    note(error.isEmpty() ? QStringLiteral("imported") : QStringLiteral("refused: ") + error);
    if (before.active) { // refused first of all: the run owns the weights
        if (!error.contains(QStringLiteral("training is running")))
            fail(QStringLiteral("importing while training: %1").arg(error));
    } else if (bad != nullptr) {
        if (error.isEmpty())
            fail(QStringLiteral("the malformed %1 was imported").arg(path));
        else if (!error.contains(QLatin1String(bad->message)))
            fail(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                     .arg(path, QLatin1String(bad->message), error));
    }
    if (!error.isEmpty())
        expectUnchanged(before, QStringLiteral("the refused model %1").arg(path));
}

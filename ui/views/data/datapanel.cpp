#include "views/data/datapanel.h"

#include "views/plots/colormaps.h"

#include "views/data/featureselector.h"

#include "views/shell/docks.h"
#include "csvloader.h"
#include "session/dataloader.h"
#include "session/displaynames.h"
#include "session/enginemessages.h"
#include "views/data/datapreview.h"
#include "idxloader.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bpui {

DataPanel::DataPanel(ProjectModel* model, DataLoader* loader, QWidget* parent)
    : QWidget(parent), model_(model), loader_(loader)
{
    connect(classPaletteSignals(), &ClassPaletteSignals::changed, this,
            [this] { preview_->showDataset(model_->dataset()); });
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    sourceLabel_ = new QLabel;
    sourceLabel_->setObjectName(QStringLiteral("dataSourceLabel"));
    sourceLabel_->setWordWrap(true);
    sourceLabel_->setTextFormat(Qt::RichText);
    layout->addWidget(sourceLabel_);
    layout->addWidget(makeGeneratorGroup());
    layout->addWidget(makeFileGroup());
    layout->addWidget(makeCsvGroup());

    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("dataErrorLabel"));
    errorLabel_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel_->hide();
    layout->addWidget(errorLabel_);

    warningLabel_ = new QLabel;
    warningLabel_->setObjectName(QStringLiteral("dataWarningLabel"));
    warningLabel_->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    warningLabel_->setWordWrap(true);
    warningLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warningLabel_->hide();
    layout->addWidget(warningLabel_);

    auto* loading = new QHBoxLayout;
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("dataLoadProgress"));
    progress_->setRange(0, 0); // loaders report no fraction: a busy indicator
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setObjectName(QStringLiteral("cancelLoadButton"));
    loading->addWidget(progress_);
    loading->addWidget(cancelButton_);
    layout->addLayout(loading);
    progress_->hide();
    cancelButton_->hide();

    auto* dataGroup = new QGroupBox(tr("Data set"));
    auto* dataLayout = new QVBoxLayout(dataGroup);
    summaryLabel_ = new QLabel;
    summaryLabel_->setObjectName(QStringLiteral("dataSummaryLabel"));
    summaryLabel_->setWordWrap(true);
    preview_ = new DataPreview;
    preview_->setObjectName(QStringLiteral("dataPreview"));
    dataLayout->addWidget(summaryLabel_);
    dataLayout->addWidget(preview_);
    layout->addWidget(dataGroup);
    auto* features = new FeatureSelector(model_, this);
    connect(features, &FeatureSelector::statusMessage, this, &DataPanel::statusMessage);
    layout->addWidget(features);
    layout->addWidget(makePreprocessingGroup());
    layout->addStretch(1);

    fillWithScrollArea(this, content);

    connect(cancelButton_, &QPushButton::clicked, loader_, &DataLoader::cancel);
    connect(loader_, &DataLoader::busyChanged, this, [this](bool busy, const QString& what) {
        progress_->setVisible(busy);
        cancelButton_->setVisible(busy);
        progress_->setFormat(what);
        if (busy)
            emit statusMessage(what);
    });
    connect(loader_, &DataLoader::failed, this, [this](const QString& message) {
        showError(message);
        emit loadFinished(false);
    });
    connect(loader_, &DataLoader::cancelled, this, [this] {
        emit statusMessage(tr("Loading cancelled; the previous data set is kept."));
        emit loadFinished(false);
    });
    connect(model_, &ProjectModel::datasetChanged, this, &DataPanel::syncFromModel);
    connect(model_, &ProjectModel::dataEdited, this, &DataPanel::syncFromModel);
    connect(model_, &ProjectModel::replaced, this, &DataPanel::onReplaced);
    syncFromModel();
}

QWidget* DataPanel::makeGeneratorGroup()
{
    generatorGroup_ = new QGroupBox(tr("Built-in generator"));
    generatorGroup_->setObjectName(QStringLiteral("generatorGroup"));
    QGroupBox* group = generatorGroup_;
    auto* form = new QFormLayout(group);
    generatorCombo_ = new QComboBox;
    generatorCombo_->setObjectName(QStringLiteral("generatorCombo"));
    for (const std::string& name : bp::generatorNames()) {
        const QString identifier = QString::fromStdString(name); // what the project stores
        generatorCombo_->addItem(DisplayNames::generator(identifier), identifier);
    }
    samplesSpin_ = new QSpinBox;
    samplesSpin_->setObjectName(QStringLiteral("generatorSamples"));
    samplesSpin_->setRange(10, 100000);
    samplesSpin_->setValue(300);
    noiseSpin_ = new QDoubleSpinBox;
    noiseSpin_->setObjectName(QStringLiteral("generatorNoise"));
    noiseSpin_->setRange(0.0, 2.0);
    noiseSpin_->setSingleStep(0.05);
    noiseSpin_->setValue(0.1);
    seedSpin_ = new QSpinBox;
    seedSpin_->setObjectName(QStringLiteral("generatorSeed"));
    seedSpin_->setRange(0, 1000000);
    seedSpin_->setValue(1);
    auto* regenerate = new QPushButton(tr("Regenerate"));
    regenerate->setObjectName(QStringLiteral("regenerateButton"));
    form->addRow(tr("Generator"), generatorCombo_);
    form->addRow(tr("Examples (m)"), samplesSpin_);
    form->addRow(tr("Noise"), noiseSpin_);
    form->addRow(tr("Seed"), seedSpin_);
    form->addRow(regenerate);
    connect(regenerate, &QPushButton::clicked, this, &DataPanel::regenerate);
    // Picking a generator shows it at once: one click to see the new problem.
    connect(generatorCombo_, &QComboBox::activated, this, &DataPanel::regenerate);
    return group;
}

QWidget* DataPanel::makeFileGroup()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* csv = new QPushButton(tr("Open CSV…"));
    csv->setObjectName(QStringLiteral("openCsvButton"));
    auto* idx = new QPushButton(tr("Open IDX…"));
    idx->setObjectName(QStringLiteral("openIdxButton"));
    layout->addWidget(csv);
    layout->addWidget(idx);
    connect(csv, &QPushButton::clicked, this, &DataPanel::chooseCsvFile);
    connect(idx, &QPushButton::clicked, this, &DataPanel::chooseIdxFiles);
    return row;
}

QWidget* DataPanel::makeCsvGroup()
{
    csvGroup_ = new QGroupBox(tr("CSV file"));
    csvGroup_->setObjectName(QStringLiteral("csvGroup"));
    auto* layout = new QVBoxLayout(csvGroup_);
    csvTable_ = new QTableWidget;
    csvTable_->setObjectName(QStringLiteral("csvPreviewTable"));
    csvTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    csvTable_->setMaximumHeight(160);
    csvTable_->horizontalHeader()->setDefaultSectionSize(70);
    auto* form = new QFormLayout;
    labelCombo_ = new QComboBox;
    labelCombo_->setObjectName(QStringLiteral("csvLabelColumnCombo"));
    headerCombo_ = new QComboBox;
    headerCombo_->setObjectName(QStringLiteral("csvHeaderCombo"));
    headerCombo_->addItem(tr("Detect"));
    headerCombo_->addItem(tr("First row is a header"));
    headerCombo_->addItem(tr("No header"));
    taskCombo_ = new QComboBox;
    taskCombo_->setObjectName(QStringLiteral("csvTaskCombo"));
    taskCombo_->addItem(tr("Classification"));
    taskCombo_->addItem(tr("Regression"));
    auto* load = new QPushButton(tr("Load with these settings"));
    load->setObjectName(QStringLiteral("csvLoadButton"));
    form->addRow(tr("Label column"), labelCombo_);
    form->addRow(tr("Header"), headerCombo_);
    form->addRow(tr("Task"), taskCombo_);
    layout->addWidget(csvTable_);
    layout->addLayout(form);
    layout->addWidget(load);
    connect(load, &QPushButton::clicked, this, &DataPanel::loadPreviewedCsv);
    csvGroup_->hide();
    return csvGroup_;
}

QWidget* DataPanel::makePreprocessingGroup()
{
    auto* group = new QGroupBox(tr("Preprocessing"));
    auto* form = new QFormLayout(group);
    normalizationCombo_ = new QComboBox;
    normalizationCombo_->setObjectName(QStringLiteral("normalizationCombo"));
    normalizationCombo_->addItem(tr("None"), QStringLiteral("none"));
    normalizationCombo_->addItem(tr("Standardise (z-score)"), QStringLiteral("standard"));
    normalizationCombo_->addItem(tr("Min–max to [0, 1]"), QStringLiteral("minmax"));
    auto fraction = [](const char* name) {
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(0.0, 0.9);
        spin->setSingleStep(0.05);
        spin->setDecimals(2);
        return spin;
    };
    validationSpin_ = fraction("validationFraction");
    testSpin_ = fraction("testFraction");
    splitSeedSpin_ = new QSpinBox;
    splitSeedSpin_->setObjectName(QStringLiteral("splitSeed"));
    splitSeedSpin_->setRange(0, 1000000);
    form->addRow(tr("Normalisation"), normalizationCombo_);
    form->addRow(tr("Validation fraction"), validationSpin_);
    form->addRow(tr("Test fraction"), testSpin_);
    form->addRow(tr("Split seed"), splitSeedSpin_);

    connect(normalizationCombo_, &QComboBox::activated, this, [this] {
        const auto kind = bp::normalizationFromString(
            normalizationCombo_->currentData().toString().toStdString());
        try {
            model_->setNormalization(kind.value_or(bp::NormalizationKind::None));
            clearError();
        } catch (const std::exception& error) {
            showError(EngineMessages::text(error.what()));
        }
    });
    connect(validationSpin_, &QDoubleSpinBox::editingFinished, this, &DataPanel::applySplit);
    connect(testSpin_, &QDoubleSpinBox::editingFinished, this, &DataPanel::applySplit);
    connect(splitSeedSpin_, &QSpinBox::editingFinished, this, &DataPanel::applySplit);
    return group;
}

// --- loading ------------------------------------------------------------------------------

QString DataPanel::errorText() const
{
    return errorLabel_->isVisible() ? errorLabel_->text() : QString();
}

void DataPanel::showError(const QString& text)
{
    errorLabel_->setText(text + tr("\nThe previous data set is kept."));
    errorLabel_->show();
    emit statusMessage(text);
}

void DataPanel::clearError()
{
    errorLabel_->clear();
    errorLabel_->hide();
}

void DataPanel::applyDataset(bp::Dataset data, const DataSource& source)
{
    model_->setDataset(std::move(data), source); // throws InputError, leaving the old data
    clearError();
    emit statusMessage(tr("Loaded %1 examples: the network's input and output layers follow "
                          "the data, weights reset.")
                           .arg(model_->dataset().size()));
    emit loadFinished(true);
}

void DataPanel::regenerate()
{
    bp::GeneratorSpec spec;
    spec.name = generatorCombo_->currentData().toString().toStdString();
    spec.n = samplesSpin_->value();
    spec.noise = noiseSpin_->value();
    spec.seed = static_cast<std::uint64_t>(seedSpin_->value());
    DataSource source;
    source.kind = DataSource::Kind::Generator;
    source.generator = spec;
    try {
        applyDataset(bp::generateDataset(spec), source);
    } catch (const std::exception& error) {
        showError(EngineMessages::text(error.what()));
        emit loadFinished(false);
    }
}

void DataPanel::chooseCsvFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open CSV data"), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openCsvFile(path);
}

void DataPanel::chooseIdxFiles()
{
    const QString filter = tr("IDX files (*-ubyte *.idx* *.gz);;All files (*)");
    const QString images =
        QFileDialog::getOpenFileName(this, tr("Open IDX images"), QString(), filter);
    if (images.isEmpty())
        return;
    const QString labels = QFileDialog::getOpenFileName(this, tr("Open IDX labels"),
                                                        QFileInfo(images).absolutePath(), filter);
    if (!labels.isEmpty())
        openIdxFiles(images, labels);
}

void DataPanel::openCsvFile(const QString& path)
{
    bp::CsvPreview preview;
    try {
        preview = bp::previewCsv(path.toStdString());
    } catch (const std::exception& error) {
        showError(EngineMessages::text(error.what()));
        emit loadFinished(false);
        return;
    }
    csvPath_ = path;
    csvGroup_->setTitle(tr("CSV file: %1").arg(QFileInfo(path).fileName()));
    csvTable_->clear();
    csvTable_->setColumnCount(static_cast<int>(preview.header.size()));
    csvTable_->setRowCount(static_cast<int>(preview.rows.size()));
    QStringList header;
    for (const std::string& name : preview.header)
        header << QString::fromStdString(name);
    csvTable_->setHorizontalHeaderLabels(header);
    for (std::size_t r = 0; r < preview.rows.size(); ++r)
        for (std::size_t c = 0; c < preview.rows[r].size() && c < preview.header.size(); ++c)
            csvTable_->setItem(static_cast<int>(r), static_cast<int>(c),
                               new QTableWidgetItem(QString::fromStdString(preview.rows[r][c])));
    labelCombo_->clear();
    for (int c = 0; c < header.size(); ++c)
        labelCombo_->addItem(header[c], preview.hasHeader ? header[c] : QString::number(c));
    labelCombo_->setCurrentIndex(static_cast<int>(preview.labelColumn)); // the loader's default
    headerCombo_->setItemText(0, preview.hasHeader ? tr("Detect (found a header)")
                                                   : tr("Detect (no header found)"));
    headerCombo_->setCurrentIndex(0);
    csvGroup_->show();
    loadPreviewedCsv();
}

void DataPanel::loadPreviewedCsv()
{
    if (csvPath_.isEmpty())
        return;
    bp::CsvOptions options;
    options.labelColumn = labelCombo_->currentData().toString().toStdString();
    if (headerCombo_->currentIndex() > 0)
        options.hasHeader = headerCombo_->currentIndex() == 1;
    options.task =
        taskCombo_->currentIndex() == 1 ? bp::TaskKind::Regression : bp::TaskKind::Classification;
    DataSource source;
    source.kind = DataSource::Kind::Csv;
    source.path = csvPath_;
    source.labelColumn = labelCombo_->currentData().toString();
    const std::string path = csvPath_.toStdString();
    loader_->load(
        tr("Loading %1…").arg(QFileInfo(csvPath_).fileName()),
        [path, options](const bp::CancellationToken* token) {
            return bp::loadCsv(path, options, token);
        },
        [this, source](bp::Dataset data) { applyDataset(std::move(data), source); });
}

void DataPanel::openIdxFiles(const QString& imagesPath, const QString& labelsPath)
{
    DataSource source;
    source.kind = DataSource::Kind::Idx;
    source.path = imagesPath;
    source.labelsPath = labelsPath;
    const std::string images = imagesPath.toStdString();
    const std::string labels = labelsPath.toStdString();
    loader_->load(
        tr("Loading %1…").arg(QFileInfo(imagesPath).fileName()),
        [images, labels](const bp::CancellationToken* token) {
            return bp::loadIdx(images, labels, 0, token);
        },
        [this, source](bp::Dataset data) { applyDataset(std::move(data), source); });
}

// --- preprocessing and summary ------------------------------------------------------------

void DataPanel::applySplit()
{
    const double validation = validationSpin_->value();
    const double test = testSpin_->value();
    const auto seed = static_cast<std::uint64_t>(splitSeedSpin_->value());
    if (validation == model_->validationFraction() && test == model_->testFraction() &&
        seed == model_->splitSeed())
        return;
    try {
        model_->setSplit(validation, test, seed);
        clearError();
    } catch (const std::exception& error) {
        showError(EngineMessages::text(error.what()));
        syncFromModel();
    }
}

void DataPanel::onReplaced()
{
    // A new or opened project: the last error and a preview of another file belonged to
    // the project before.
    clearError();
    syncFromModel();
}

void DataPanel::syncFromModel()
{
    const QString kind = QString::fromUtf8(bp::toString(model_->normalizationKind()).data());
    normalizationCombo_->setCurrentIndex(std::max(0, normalizationCombo_->findData(kind)));
    validationSpin_->setValue(model_->validationFraction());
    testSpin_->setValue(model_->testFraction());
    splitSeedSpin_->setValue(static_cast<int>(model_->splitSeed()));
    const DataSource& source = model_->dataSource();
    if (source.kind == DataSource::Kind::Generator) {
        const int index = generatorCombo_->findData(QString::fromStdString(source.generator.name));
        if (index >= 0)
            generatorCombo_->setCurrentIndex(index);
        samplesSpin_->setValue(static_cast<int>(source.generator.n));
        noiseSpin_->setValue(source.generator.noise);
        seedSpin_->setValue(static_cast<int>(source.generator.seed));
    }
    showSource();
    updateSummary();
    updateWarning();
    preview_->showDataset(model_->dataset());
}

void DataPanel::showSource()
{
    const DataSource& source = model_->dataSource();
    const bool generated = source.kind == DataSource::Kind::Generator;
    // The controls stay visible (the way back to generated data) but do not claim to
    // describe file data.
    generatorGroup_->setEnabled(generated);
    generatorGroup_->setTitle(generated ? tr("Built-in generator")
                                        : tr("Built-in generator (not in use)"));
    const auto name = [](const QString& path) {
        return QFileInfo(path).fileName().toHtmlEscaped();
    };
    QString text;
    QString tooltip;
    switch (source.kind) {
    case DataSource::Kind::Generator:
        text = tr("<b>Data:</b> generator %1")
                   .arg(DisplayNames::generator(QString::fromStdString(source.generator.name))
                            .toHtmlEscaped());
        if (source.edited) {
            // Painted on the Prediction plot: the project keeps these points.
            text += tr(", <b>edited</b>");
            tooltip = tr("Points were painted or removed on the Prediction plot. The project "
                         "saves the points themselves; Regenerate discards the edits.");
        }
        break;
    case DataSource::Kind::Csv:
        text = tr("<b>Data:</b> CSV file %1").arg(name(source.path));
        if (!source.labelColumn.isEmpty())
            text += tr(", label column %1").arg(source.labelColumn.toHtmlEscaped());
        tooltip = source.path;
        break;
    case DataSource::Kind::Idx:
        text = tr("<b>Data:</b> IDX files %1 and %2").arg(name(source.path), name(source.labelsPath));
        tooltip = source.path + QLatin1Char('\n') + source.labelsPath;
        break;
    }
    sourceLabel_->setText(text);
    sourceLabel_->setToolTip(tooltip);
    // The CSV settings belong to the file previewed last: shown only while it is the data.
    const bool previewIsData =
        source.kind == DataSource::Kind::Csv && !csvPath_.isEmpty() &&
        QFileInfo(source.path).absoluteFilePath() == QFileInfo(csvPath_).absoluteFilePath();
    if (!previewIsData && !loader_->isBusy())
        csvGroup_->hide();
}

void DataPanel::updateWarning()
{
    const DataSource& source = model_->dataSource();
    std::string warning;
    if (source.kind == DataSource::Kind::Csv)
        warning = bp::labelColumnWarning(model_->dataset(), source.labelColumn.toStdString());
    if (warning.empty()) {
        warningLabel_->clear();
        warningLabel_->hide();
        return;
    }
    QString text = QString::fromStdString(warning);
    text[0] = text[0].toUpper();
    warningLabel_->setText(tr("⚠ %1").arg(text));
    warningLabel_->show();
}

void DataPanel::updateSummary()
{
    const bp::Dataset& data = model_->dataset();
    const bp::DataSplit& split = model_->split();
    QString name = QString::fromStdString(data.name); // a generator's is its identifier
    if (model_->dataSource().kind == DataSource::Kind::Generator)
        name = DisplayNames::generator(name);
    QString text = tr("<b>%1</b><br>m = %2 examples · %3 features")
                       .arg(name.toHtmlEscaped())
                       .arg(data.size())
                       .arg(data.featureCount());
    if (data.isImage())
        text += tr(" (%1 × %2 images)").arg(data.imageWidth).arg(data.imageHeight);
    if (data.task() == bp::TaskKind::Classification) {
        text += tr(" · %1 classes<br>Class balance: ").arg(data.classCount());
        const std::vector<bp::Index> counts = data.classCounts();
        QStringList parts;
        const int shown = std::min<int>(static_cast<int>(counts.size()), 10);
        for (int k = 0; k < shown; ++k) {
            const double share = data.size() > 0 ? 100.0 * static_cast<double>(counts[k]) /
                                                       static_cast<double>(data.size())
                                                 : 0.0;
            parts << tr("%1: %2 (%3 %)")
                         .arg(QString::fromStdString(data.classNames[static_cast<std::size_t>(k)])
                                  .toHtmlEscaped())
                         .arg(counts[static_cast<std::size_t>(k)])
                         .arg(share, 0, 'f', 0);
        }
        if (static_cast<int>(counts.size()) > shown)
            parts << tr("…");
        text += parts.join(QStringLiteral(" · "));
    } else {
        text += tr(" · regression, %1 target(s)").arg(data.targets.rows());
    }
    text += tr("<br>Split: train %1 · validation %2 · test %3")
                .arg(split.train.size())
                .arg(split.validation.size())
                .arg(split.test.size());
    summaryLabel_->setText(text);
}

} // namespace bpui

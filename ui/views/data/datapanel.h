#pragma once
// The Data dock: built-in generators, CSV (with a preview, label column and header choice)
// and IDX files, the data set's summary and preview, normalisation and the split.
// Loader errors appear in red in the panel; the previous data set stays. It shows the
// project's data as it is now: a new or opened project (ProjectModel::replaced) clears the
// last error and a preview of another file; the generator box is enabled only for generated
// data, and a line names where the data comes from; a CSV label column that does not look
// like classes (bp::labelColumnWarning) is warned about in amber.
//
// objectNames: "dataSourceLabel", "generatorGroup", "generatorCombo", "generatorSamples", "generatorNoise", "generatorSeed",
// "regenerateButton", "openCsvButton", "openIdxButton", "csvGroup", "csvPreviewTable",
// "csvLabelColumnCombo", "csvHeaderCombo", "csvTaskCombo", "csvLoadButton", "dataErrorLabel", "dataWarningLabel",
// "dataSummaryLabel", "dataLoadProgress", "cancelLoadButton", "normalizationCombo",
// "validationFraction", "testFraction", "splitSeed", "dataPreview".

#include "session/projectmodel.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bpui {

class DataLoader;
class DataPreview;

class DataPanel : public QWidget
{
    Q_OBJECT
public:
    /// Loads through `loader` (the session's: a project being opened shows its progress and
    /// Cancel here too).
    DataPanel(ProjectModel* model, DataLoader* loader, QWidget* parent = nullptr);

    /// The last error shown (empty when the last action succeeded).
    QString errorText() const;

public slots:
    /// Ask for a file with a QFileDialog, then open it.
    void chooseCsvFile();
    void chooseIdxFiles();
    /// Previews the file, then loads it with the detected settings (asynchronously).
    void openCsvFile(const QString& path);
    /// Loads the CSV previewed last with the label column / header / task chosen in the panel.
    void loadPreviewedCsv();
    void openIdxFiles(const QString& imagesPath, const QString& labelsPath);
    /// Generates from the generator controls.
    void regenerate();

signals:
    /// After every load attempt (generator, CSV, IDX): ok false when an error is shown.
    void loadFinished(bool ok);
    void statusMessage(const QString& text);

private:
    QWidget* makeGeneratorGroup();
    QWidget* makeFileGroup();
    QWidget* makeCsvGroup();
    QWidget* makePreprocessingGroup();
    void showError(const QString& text);
    void clearError();
    void applyDataset(bp::Dataset data, const DataSource& source);
    void updateSummary();
    void applySplit();
    void syncFromModel();
    void onReplaced();
    void showSource(); // the source line, the generator box, the CSV preview's visibility
    void updateWarning();

    ProjectModel* model_;
    DataLoader* loader_ = nullptr;
    QLabel* sourceLabel_ = nullptr;
    QGroupBox* generatorGroup_ = nullptr;
    QComboBox* generatorCombo_ = nullptr;
    QSpinBox* samplesSpin_ = nullptr;
    QDoubleSpinBox* noiseSpin_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QGroupBox* csvGroup_ = nullptr;
    QTableWidget* csvTable_ = nullptr;
    QComboBox* labelCombo_ = nullptr;
    QComboBox* headerCombo_ = nullptr;
    QComboBox* taskCombo_ = nullptr;
    QString csvPath_;
    QLabel* errorLabel_ = nullptr;
    QLabel* warningLabel_ = nullptr;
    QLabel* summaryLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QComboBox* normalizationCombo_ = nullptr;
    QDoubleSpinBox* validationSpin_ = nullptr;
    QDoubleSpinBox* testSpin_ = nullptr;
    QSpinBox* splitSeedSpin_ = nullptr;
    DataPreview* preview_ = nullptr;
};

} // namespace bpui

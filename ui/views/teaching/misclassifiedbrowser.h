#pragma once
// Where the network goes wrong: the confusion matrix of the validation split (training split
// if there is none); a click on cell (actual i, predicted j) lists its examples, and picking
// one shows the network's output per class and announces the example so the diagram can
// show its forward pass.
//
// objectNames (for tests and the main window):
//   "misclassifiedCaption" QLabel: which split, how many examples, or why nothing is shown
//   "confusionTable"       QTableWidget: counts, row = actual class, column = predicted
//   "cellExamplesList"     QListWidget: the chosen cell's examples (thumbnails for images);
//                          item data Qt::UserRole = index into the evaluated split
//   "classOutputPlot"      QCustomPlot: h_k of the chosen example, one QCPBars per class
//   "exampleImage"         QLabel: the chosen example's picture (image data only)
//   "exampleCaption"       QLabel: the chosen example, its actual and predicted class

#include "session/livethrottle.h"
#include "types.h"

#include <QWidget>

#include <memory>

#include <vector>

class QCustomPlot;
class QLabel;
class QListWidget;
class QTableWidget;

namespace bp {
struct Dataset;
}

namespace bpui {

class ChunkedPrediction;
class ProjectModel;

class MisclassifiedBrowser : public QWidget
{
    Q_OBJECT
public:
    /// At most this many examples (the first of the split) are evaluated; the caption says so.
    static constexpr bp::Index kExampleLimit = 10000;
    static constexpr int kThumbnailPixels = 48;

    explicit MisclassifiedBrowser(ProjectModel* model, QWidget* parent = nullptr);

    /// "validation" or "training" (empty when nothing is shown): an identifier, never shown.
    QString splitName() const { return splitName_; }
    /// counts(actual, predicted) as drawn in the table.
    const Eigen::MatrixXi& counts() const { return counts_; }
    /// Predicted class of each evaluated example (index into the evaluated split).
    const std::vector<int>& predictions() const { return predicted_; }

public slots:
    /// Lists the examples with this actual and predicted class (as a click on the cell does).
    void selectCell(int actual, int predicted);
    /// Picks row `row` of the cell's list: shows its outputs and emits exampleSelected.
    void selectExample(int row);

signals:
    /// x: the example's features as the network sees them (normalised, n entries);
    /// datasetIndex: its column in the evaluated split (validation, else training).
    void exampleSelected(const bp::Vector& x, int datasetIndex);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool onValidation() const { return splitName_ == QLatin1String("validation"); }
    void makeConfusionTable(); // with the caption above it
    void makeCellList();
    void makeOutputView(); // the chosen example: its outputs, picture and caption
    void layOut();
    void makeSweep(); // the chunked prediction and the timer that paces it
    void followModel();
    void connectControls();
    void scheduleUpdate(UpdateCause cause);
    void updateView();
    void showPredictions();
    void fillTable(const bp::Dataset& data);
    void fillCellList();
    void showOutputs(bp::Index column);
    void clearOutputs();
    const bp::Dataset* evaluatedSplit() const;

    ProjectModel* model_;
    QLabel* caption_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* cellCaption_ = nullptr;
    QListWidget* list_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QLabel* exampleImage_ = nullptr;
    QLabel* exampleCaption_ = nullptr;
    std::unique_ptr<LiveUpdateTimer> timer_;
    ChunkedPrediction* sweep_ = nullptr;
    QString splitName_;
    Eigen::MatrixXi counts_;
    std::vector<int> predicted_;
    bp::Matrix outputs_; // K × evaluated: h of every evaluated example
    std::vector<bp::Index> cellExamples_;
    int cellActual_ = -1;
    int cellPredicted_ = -1;
    bp::Index chosen_ = -1; // split index of the example shown in the plot
    bool dirty_ = true;     // an update was skipped while hidden or while a sweep ran
};

} // namespace bpui

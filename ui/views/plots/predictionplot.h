#pragma once
// What the network predicts, in the form that fits the data:
//  - 2-D classification: the decision surface over the input plane (class colour, paler where
//    the network is less sure) under the training (filled) and validation (hollow) points;
//  - 1-D regression: the fitted curve over the points;
//  - other regression: predicted against actual on the y = x line;
//  - other classification: the confusion matrix on the validation split (train if none).
//
// objectNames (for tests): "predictionPlotArea" (QCustomPlot; the surface is a QCPItemPixmap
// named "decisionSurface"), "confusionMatrixTable" (QTableWidget, rows actual, columns
// predicted), "predictionCaption" (QLabel saying what is drawn).

#include "session/livethrottle.h"
#include "types.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace bp {
class Network;
struct Dataset;
}

namespace bpui {

class ChunkedPrediction;
class DataPainter;
class PaintPalette;
class PlotPaintTool;
class ProjectModel;

class PredictionPlot : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        None,
        DecisionSurface,
        RegressionCurve,
        PredictedVsActual,
        ConfusionMatrix
    };

    explicit PredictionPlot(ProjectModel* model, QWidget* parent = nullptr);

    Mode mode() const { return mode_; }
    /// Lets the user paint data on the plot (2-D classification, 1-D regression): adds the
    /// paint palette above the plot (paintpalette.h). Without it the plot only shows.
    void setPainter(DataPainter* painter);
    /// Multiplies line widths and marker sizes (presentation mode: 1.6; 1 = normal).
    Q_INVOKABLE void setLineScale(double scale);
    double lineScale() const { return lineScale_; }
    /// Grid resolution of the decision surface (cells per side).
    static constexpr int kSurfaceGrid = 120;
    /// The confusion matrix evaluates at most this many examples (the caption says so).
    static constexpr long kConfusionLimit = 5000;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleUpdate(UpdateCause cause);
    void updateView();
    void drawSurface(const bp::Network& network);
    void drawRegressionCurve(const bp::Network& network);
    /// The split the confusion and predicted-vs-actual views evaluate: validation, else train.
    const bp::Dataset& evaluatedPart() const;
    void showPredictions();
    void drawPredictedVsActual(const bp::Matrix& h);
    void drawConfusion(const bp::Matrix& h);
    void resetPlot();

    void syncPalette();

    ProjectModel* model_;
    DataPainter* painter_ = nullptr;
    PaintPalette* palette_ = nullptr;
    PlotPaintTool* paintTool_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QTableWidget* confusion_ = nullptr;
    QLabel* caption_ = nullptr;
    std::unique_ptr<LiveUpdateTimer> timer_;
    ChunkedPrediction* sweep_ = nullptr;
    Mode mode_ = Mode::None;
    bool dirty_ = true; // an update was skipped while hidden or while a sweep ran
    double lineScale_ = 1.0;
};

} // namespace bpui

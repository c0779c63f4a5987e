#pragma once
// The Gradients dock: per layer, ‖D(l)‖ or ‖D(l)‖/‖Θ(l)‖ against iteration on a log axis (one
// line per Θ(l), coloured as in the gradient-check dock), and beside it the share of saturated
// units in each hidden layer at the newest sample (core/gradienthealth.h says what counts).
// It draws the session's GradientHistory; redraws are coalesced by a LiveUpdateTimer (≤ 2 %
// of a core) and skipped while the dock is hidden.
//
// Children by objectName (tests): "gradientsQuantityCombo", "gradientsNormPlot",
// "gradientsSaturationPlot" (QCustomPlot), "gradientsNote" (QLabel).

#include <QWidget>

#include <memory>

class QCPBars;
class QComboBox;
class QCustomPlot;
class QLabel;

namespace bpui {

class GradientHistory;
class LiveUpdateTimer;

class GradientsDock : public QWidget
{
    Q_OBJECT
public:
    enum class Quantity
    {
        GradientNorm, // ‖D(l)‖
        Ratio         // ‖D(l)‖ / ‖Θ(l)‖
    };

    explicit GradientsDock(GradientHistory* history, QWidget* parent = nullptr);
    ~GradientsDock() override;

    Quantity quantity() const { return quantity_; }
    void setQuantity(Quantity quantity);
    QCustomPlot* normPlot() const { return normPlot_; }
    QCustomPlot* saturationPlot() const { return saturationPlot_; }
    /// Points drawn in the line plot over all layers (after the last redraw).
    int pointCount() const;

public slots:
    /// Presentation mode: lines `scale` times as thick.
    void setLineScale(double scale);
    /// Redraws in the current class palette (one colour a layer).
    void recolour();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void redraw();
    void clearPlots();

    GradientHistory* history_;
    QComboBox* quantityCombo_ = nullptr;
    QCustomPlot* normPlot_ = nullptr;
    QCustomPlot* saturationPlot_ = nullptr;
    QCPBars* bars_ = nullptr;
    QLabel* note_ = nullptr;
    std::unique_ptr<LiveUpdateTimer> timer_;
    Quantity quantity_ = Quantity::GradientNorm;
    double lineScale_ = 1.0;
    bool dirty_ = false; // samples arrived while hidden
};

} // namespace bpui

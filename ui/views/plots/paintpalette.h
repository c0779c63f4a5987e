#pragma once
// The Prediction plot's paint palette: "Pan" (the plot drags and zooms as usual) or one
// button per class (regression: one "Add (x, y)" button); with a class chosen, a click on
// the plot adds a point of that class, Shift+click removes the nearest point, dragging
// paints several — one undo step per stroke (DataPainter). The line beside the buttons
// states the rules; the palette is disabled, with the reason as its tool tip, on data that
// cannot be painted.
//
// objectNames: "paintPalette", "paintPanButton", "paintClassButton0", "paintClassButton1", …,
// "paintRulesLabel".

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;

namespace bpui {

class PaintPalette : public QWidget
{
    Q_OBJECT
public:
    explicit PaintPalette(QWidget* parent = nullptr);

    /// −1: pan (no painting); otherwise the class painted (0 for regression).
    int mode() const;
    void setMode(int mode);
    /// Rebuilds the buttons for these classes (regression: one button); keeps the mode
    /// when that class still exists. `why` non-empty disables the palette and says why.
    void sync(const QStringList& classNames, bool regression, const QString& why);
    /// Repaints the class swatches in the current class palette.
    void recolour();

signals:
    void modeChanged(int mode);

private:
    QButtonGroup* group_;
    QHBoxLayout* buttons_;
    QLabel* rules_;
    QStringList classes_;
    bool regression_ = false;
};

} // namespace bpui

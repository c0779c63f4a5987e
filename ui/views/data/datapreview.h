#pragma once
// A glance at the loaded data: a class-coloured scatter for 2-D data, a grid of example
// images for image data, nothing otherwise.
//
// objectNames: "dataScatter" (QCustomPlot), "dataImages" (QLabel holding the grid).

#include "dataset.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace bpui {

class DataPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DataPreview(QWidget* parent = nullptr);

    /// Redraws from data (the raw, unnormalised set).
    void showDataset(const bp::Dataset& data);
    /// Points drawn in the scatter (0 when hidden), for tests.
    int scatterPointCount() const { return scatterPoints_; }

    /// Example i of an image data set as a grey-scale image (pixels in [0, 1]).
    static QImage exampleImage(const bp::Dataset& data, bp::Index i);

private:
    void showScatter(const bp::Dataset& data);
    void showImages(const bp::Dataset& data);

    QCustomPlot* scatter_ = nullptr;
    QLabel* images_ = nullptr;
    int scatterPoints_ = 0;
};

} // namespace bpui

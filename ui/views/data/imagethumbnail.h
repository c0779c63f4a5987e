#pragma once
// Small pictures of image examples, shared by the hidden-unit gallery and the misclassified
// browser so an image looks the same in both.

#include "dataset.h"
#include "preprocessing.h"

#include <QImage>
#include <QPixmap>

namespace bpui {

/// Example `column` of `data` (an image data set, features normalised by `normalization`) as
/// an imageWidth × imageHeight grey-scale image: the normalisation is undone so it looks like
/// the loaded image, then stretched to the example's own range, dark ink on white paper.
QImage exampleImage(const bp::Dataset& data, const bp::Normalization& normalization,
                    bp::Index column);

/// image enlarged by a whole factor to about `pixels` per side, nearest neighbour (the pixels
/// are the point), never shrunk.
QPixmap enlargedPixmap(const QImage& image, int pixels);

} // namespace bpui

#include "views/data/imagethumbnail.h"

#include <algorithm>

namespace bpui {

QImage exampleImage(const bp::Dataset& data, const bp::Normalization& normalization,
                    bp::Index column)
{
    const int w = data.imageWidth;
    const int h = data.imageHeight;
    if (!data.isImage() || column < 0 || column >= data.size() ||
        static_cast<bp::Index>(w) * h != data.featureCount())
        return {};
    // x = x'·scale + offset inverts x' = (x − offset) ./ scale.
    bp::Vector pixels = data.features.col(column);
    if (!normalization.isIdentity() && normalization.scale.size() == pixels.size())
        pixels = pixels.cwiseProduct(normalization.scale) + normalization.offset;
    const double lo = pixels.minCoeff();
    const double span = std::max(pixels.maxCoeff() - lo, 1e-12);
    QImage image(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < w; ++x)
            line[x] = static_cast<uchar>(255.0 - 255.0 * (pixels(y * w + x) - lo) / span);
    }
    return image;
}

QPixmap enlargedPixmap(const QImage& image, int pixels)
{
    if (image.isNull())
        return {};
    const int factor = std::max(1, pixels / std::max(image.width(), image.height()));
    return QPixmap::fromImage(
        image.scaled(image.size() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation));
}

} // namespace bpui

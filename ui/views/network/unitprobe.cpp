#include "views/network/unitprobe.h"

#include "views/plots/colormaps.h"
#include "network.h"
#include "session/displaynames.h"
#include "session/projectmodel.h"

#include <QBuffer>
#include <QImage>

#include <cmath>

namespace bpui {

bool UnitProbe::ensure(const ProjectModel& model)
{
    if (valid_)
        return true;
    const bp::Architecture& arch = model.architecture();
    const bp::Vector& params = model.parameters();
    const bp::Dataset& train = model.split().train;
    if (arch.layerCount() < 2 || params.size() != arch.parameterCount() ||
        train.featureCount() != arch.inputSize() || train.size() == 0)
        return false;
    const bp::Network network(arch, params);
    const bp::Index m = std::min(train.size(), kExampleLimit);
    examples_ = network.forwardAll(train.features.leftCols(m));
    grid_.clear();
    if (model.featuresApplicable()) {
        // The raw plane (x₁, x₂) spanning the training data, through the input features and
        // the normalisation (ProjectModel::modelInputs): what the network sees there.
        const bp::Matrix raw = model.rawFeatures(train);
        const Eigen::Vector2d lo = raw.rowwise().minCoeff();
        const Eigen::Vector2d hi = raw.rowwise().maxCoeff();
        const Eigen::Vector2d pad = ((hi - lo) * 0.05).cwiseMax(1e-3);
        bp::Matrix plane(2, kGrid * kGrid);
        for (int j = 0; j < kGrid; ++j)
            for (int i = 0; i < kGrid; ++i) {
                plane(0, j * kGrid + i) =
                    lo.x() - pad.x() + (i + 0.5) * (hi.x() - lo.x() + 2 * pad.x()) / kGrid;
                plane(1, j * kGrid + i) =
                    lo.y() - pad.y() + (j + 0.5) * (hi.y() - lo.y() + 2 * pad.y()) / kGrid;
            }
        grid_ = network.forwardAll(model.modelInputs(plane));
    }
    valid_ = true;
    return true;
}

QString UnitProbe::thumbnail(int layer, int unit) const
{
    const auto values = grid_[static_cast<std::size_t>(layer)].row(unit);
    double m = values.cwiseAbs().maxCoeff();
    if (!(m > 0.0) || !std::isfinite(m))
        m = 1.0;
    QImage image(kGrid, kGrid, QImage::Format_RGB32);
    for (int j = 0; j < kGrid; ++j)
        for (int i = 0; i < kGrid; ++i)
            image.setPixel(i, kGrid - 1 - j, divergingColor(values(j * kGrid + i) / m).rgb());
    const QImage scaled = image.scaled(kThumbnailPixels, kThumbnailPixels, Qt::IgnoreAspectRatio,
                                       Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%2\"><br>")
               .arg(QString::fromLatin1(png.toBase64()))
               .arg(kThumbnailPixels) +
           tr("<small>a over the input plane (x₁ across, x₂ up): blue &gt; 0, orange-red &lt; 0, "
              "white 0; colour range ±%1</small>")
               .arg(m, 0, 'g', 3);
}

QString UnitProbe::describe(const ProjectModel& model, int layer, int unit)
{
    const bp::Architecture& arch = model.architecture();
    const int L = arch.layerCount();
    QString role;
    if (layer == 0)
        role = tr("input");
    else if (layer == L - 1)
        role = tr("output, %1")
                   .arg(DisplayNames::activation(
                       arch.activations[static_cast<std::size_t>(layer - 1)]));
    else
        role = tr("hidden, %1")
                   .arg(DisplayNames::activation(
                       arch.activations[static_cast<std::size_t>(layer - 1)]));
    QString html = tr("<b>a(%1)<sub>%2</sub></b> — unit %2 of layer %1 (%3)")
                       .arg(layer + 1)
                       .arg(unit + 1)
                       .arg(role);
    if (layer == 0) {
        const std::vector<std::string> names = model.inputNames();
        if (unit < static_cast<int>(names.size()) && !names[unit].empty())
            html += tr("<br>feature “%1” (normalised)")
                        .arg(QString::fromStdString(names[unit]).toHtmlEscaped());
    }
    if (!ensure(model) || layer >= static_cast<int>(examples_.size()) ||
        unit >= examples_[static_cast<std::size_t>(layer)].rows())
        return html;
    const bp::Matrix& a = examples_[static_cast<std::size_t>(layer)];
    html += tr("<br>training example 1: a = %1").arg(a(unit, 0), 0, 'g', 4);
    if (layer > 0) {
        // z = Θ(l−1)·[1; a(l−1)] for this unit: what g was applied to.
        const bp::ConstMatrixMap theta = bp::thetaView(arch, model.parameters(), layer - 1);
        const bp::Matrix& previous = examples_[static_cast<std::size_t>(layer - 1)];
        const double z =
            theta(unit, 0) + theta.row(unit).tail(previous.rows()).dot(previous.col(0));
        html += QStringLiteral(", z = %1").arg(z, 0, 'g', 4);
    }
    html += tr("<br>mean over the first %1 training examples: %2")
                .arg(a.cols())
                .arg(a.row(unit).mean(), 0, 'g', 4);
    if (!grid_.empty())
        html += QStringLiteral("<br>") + thumbnail(layer, unit);
    return html;
}

} // namespace bpui

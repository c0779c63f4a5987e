#pragma once
// The network diagram as a QGraphicsScene: layers as columns of units (or one summarised
// block when wider than kBlockThreshold), a bias square above every non-output layer, and
// the weights Θ(l)_{ij} as links coloured by sign and drawn wider with |Θ|.
//
// Layers are 0-based here (0 = input) and shown 1-based as in the course; link (θ, i, j) is
// Θ(θ+1)_{i+1, j} in course notation, j = 0 being the bias column.

#include "architecture.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace bpui {

class LinkItem;

class NetworkScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /// Layers with more units than this are drawn as one block that states the count.
    static constexpr int kBlockThreshold = 32;

    using UnitDescriber = std::function<QString(int layer, int unit)>;

    explicit NetworkScene(QObject* parent = nullptr);

    /// Rebuilds every item for a new architecture.
    void setNetwork(const bp::Architecture& arch, const bp::Vector& params);
    /// Names drawn left of the input units by the next setNetwork (e.g. "x₁²" for a computed
    /// feature); empty = "x₁" … "xₙ".
    void setInputLabels(QStringList labels) { inputLabels_ = std::move(labels); }
    /// The input units' labels drawn now (empty when the input layer is a block).
    QStringList drawnInputLabels() const;
    /// Restyles the links for new weights of the same architecture.
    void setParameters(const bp::Vector& params);
    /// False between an architecture change and the first weights that fit it.
    bool hasParameters() const { return params_.size() == arch_.parameterCount(); }
    /// The network drawn now.
    const bp::Architecture& architecture() const { return arch_; }
    void setUnitDescriber(UnitDescriber describer) { unitDescriber_ = std::move(describer); }

    QString describeLink(const LinkItem& link) const;
    QString describeUnit(int layer, int unit) const;

    static bool isBlock(int units) { return units > kBlockThreshold; }

    /// Multiplies link and outline widths (presentation mode: 1.6; 1 = normal).
    Q_INVOKABLE void setLineScale(double scale);
    double lineScale() const { return lineScale_; }

    /// Marks the part of the diagram a teaching step is about (0-based layer): "units" or
    /// "delta" shade that layer's column, "weights" the band of Θ(layer) between layer and
    /// layer + 1. layer < 0 clears the mark. Survives weight updates, not rebuilds.
    void highlight(int layer, const QString& part);
    /// Fills every drawn unit with its activation for one example (a[l] per layer, as from
    /// bp::Network::forwardAll) on the diverging colour scale, scaled per layer to ±max |a|;
    /// an empty vector restores the plain fills.
    void showActivations(const std::vector<bp::Vector>& activations);

private:
    struct Column
    {
        double x = 0.0;
        int units = 0;
        bool block = false;
        QRectF blockRect;
        QPointF bias;
    };
    QPointF unitCentre(int layer, int unit) const;
    /// Where a link into (incoming) or out of a block attaches: spread along its edge.
    QPointF blockAnchor(int layer, bool incoming, int index, int count) const;
    void addLinks(int theta);
    void restyleLinks();

    bp::Architecture arch_;
    bp::Vector params_;
    QStringList inputLabels_;
    std::vector<Column> columns_;
    std::vector<std::vector<LinkItem*>> links_; // per Θ
    UnitDescriber unitDescriber_;
    QGraphicsRectItem* highlight_ = nullptr; // owned by the scene; null when cleared
    int highlightLayer_ = -1;
    std::vector<bp::Vector> shownActivations_;
    QString highlightPart_;
    double lineScale_ = 1.0;
};

} // namespace bpui

#include "views/network/networkeditor.h"

#include "views/network/networkscene.h"
#include "session/livethrottle.h"
#include "session/displaynames.h"
#include "session/projectmodel.h"
#include "session/enginemessages.h"
#include "views/network/unitprobe.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace bpui {

namespace {

void fillActivations(QComboBox* combo, const std::vector<bp::Activation>& activations)
{
    for (bp::Activation a : activations)
        combo->addItem(DisplayNames::activation(a), static_cast<int>(a));
}

void selectActivation(QComboBox* combo, bp::Activation activation)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(activation)));
}

constexpr int kMaxHiddenLayers = bp::kMaxLayers - 2;

/// The row of layer groups: as tall as its groups, as narrow as the editor; more layers than
/// fit scroll sideways instead of widening the editor (and the window, and moving "Add hidden
/// layer" away from the pointer).
class LayerStripArea : public QScrollArea
{
public:
    LayerStripArea()
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override
    {
        const int content = widget() != nullptr ? widget()->sizeHint().height() : 0;
        return {120, content + horizontalScrollBar()->sizeHint().height()};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

NetworkEditor::NetworkEditor(ProjectModel* model, QWidget* parent)
    : QWidget(parent), model_(model), probe_(std::make_unique<UnitProbe>())
{
    QLayout* toolbar = makeToolbar();
    QWidget* strip = makeLayerStrip();
    makeDiagram();
    QWidget* legend = makeLegend();
    makeStatusLabel();
    layOut(toolbar, strip, legend);
    makeWeightsTimer();
    connectControls();
    followModel();
    onArchitectureChanged();
}

QLayout* NetworkEditor::makeToolbar()
{
    addButton_ = new QPushButton(tr("Add hidden layer"), this);
    addButton_->setObjectName(QStringLiteral("addLayerButton"));
    addButton_->setToolTip(tr("Append a hidden layer before the output (same width and "
                              "activation as the last hidden layer). Resets the weights."));
    removeButton_ = new QPushButton(tr("Remove hidden layer"), this);
    removeButton_->setObjectName(QStringLiteral("removeLayerButton"));
    removeButton_->setToolTip(tr("Remove the last hidden layer. Resets the weights."));
    outputCombo_ = new QComboBox(this);
    outputCombo_->setObjectName(QStringLiteral("outputActivationCombo"));
    outputCombo_->setToolTip(tr("Output activation; it picks the loss: sigmoid → logistic "
                                "(the course's), softmax → cross-entropy, linear → squared "
                                "error"));
    fillActivations(outputCombo_, bp::outputActivations());

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(addButton_);
    toolbar->addWidget(removeButton_);
    toolbar->addStretch(1);
    outputLabel_ = new QLabel(tr("Output activation:"), this);
    toolbar->addWidget(outputLabel_);
    toolbar->addWidget(outputCombo_);
    return toolbar;
}

QWidget* NetworkEditor::makeLayerStrip()
{
    auto* area = new LayerStripArea;
    area->setObjectName(QStringLiteral("layerStrip"));
    auto* strip = new QWidget;
    layersLayout_ = new QHBoxLayout(strip);
    layersLayout_->setContentsMargins(0, 0, 0, 0);
    layersLayout_->addStretch(1);
    area->setWidget(strip);
    stripArea_ = area;
    return area;
}

void NetworkEditor::makeDiagram()
{
    scene_ = new NetworkScene(this);
    scene_->setUnitDescriber(
        [this](int layer, int unit) { return probe_->describe(*model_, layer, unit); });
    view_ = new QGraphicsView(scene_, this);
    view_->setObjectName(QStringLiteral("networkView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setDragMode(QGraphicsView::ScrollHandDrag);
    view_->setMinimumSize(240, 200);
}

QWidget* NetworkEditor::makeLegend()
{
    auto* legend = new QLabel(
        tr("Circles: units a = g(z); squares: bias units (+1); lines: weights Θ(l)<sub>ij</sub>, "
           "with z(l+1) = Θ(l)·[1; a(l)]. <span style='color:#2166ac'>Blue</span> positive, "
           "<span style='color:#d7301f'>orange-red</span> negative, wider = larger |Θ| "
           "(relative within each Θ). Layers over %1 units are drawn as a block. Hover a unit "
           "or a line for its value.")
            .arg(NetworkScene::kBlockThreshold),
        this);
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    legend_ = legend;
    return legend;
}

void NetworkEditor::setPresenting(bool on)
{
    // In front of a class the diagram is the point: the editing controls and the reading
    // notes give it their room (the teacher edits with presentation mode off).
    for (QWidget* w : {static_cast<QWidget*>(addButton_), static_cast<QWidget*>(removeButton_),
                       static_cast<QWidget*>(outputLabel_), static_cast<QWidget*>(outputCombo_),
                       static_cast<QWidget*>(stripArea_), static_cast<QWidget*>(legend_)})
        w->setVisible(!on);
    fitView();
}

void NetworkEditor::makeStatusLabel()
{
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("networkEditorStatus"));
    status_->setStyleSheet(QStringLiteral("color: #c62828;"));
    status_->setWordWrap(true);
}

void NetworkEditor::layOut(QLayout* toolbar, QWidget* strip, QWidget* legend)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(toolbar);
    layout->addWidget(strip);
    layout->addWidget(view_, 1);
    layout->addWidget(status_);
    layout->addWidget(legend);
}

void NetworkEditor::makeWeightsTimer()
{
    // At most once a frame, and after a rest of kDiagramRestFactor × the last restyle and its
    // repaint (painted at once so that its cost is counted: deferred, it would run untimed).
    // The lessons' small diagrams (2 ms, bps-guibench N1) keep 30 Hz; a 784-128-10 one
    // (7-11 ms on a loaded machine) slows to about 8 Hz instead of taking a quarter of a core.
    weightsUpdate_ = std::make_unique<LiveUpdateTimer>(
        this, kRefreshIntervalMs,
        [this] {
            weightsUpdate_->runTimed([this] {
                scene_->setParameters(model_->parameters());
                if (view_->isVisible())
                    view_->viewport()->repaint();
            });
        },
        kDiagramRestFactor);
}

void NetworkEditor::connectControls()
{
    connect(addButton_, &QPushButton::clicked, this, &NetworkEditor::addLayer);
    connect(removeButton_, &QPushButton::clicked, this, &NetworkEditor::removeLayer);
    connect(outputCombo_, &QComboBox::currentIndexChanged, this, [this] {
        const auto activation = static_cast<bp::Activation>(outputCombo_->currentData().toInt());
        try {
            model_->setOutputActivation(activation);
            status_->clear();
        } catch (const std::exception& e) {
            status_->setText(EngineMessages::text(e.what()));
            syncControls();
        }
    });
}

void NetworkEditor::followModel()
{
    connect(model_, &ProjectModel::architectureChanged, this,
            &NetworkEditor::onArchitectureChanged);
    connect(model_, &ProjectModel::datasetChanged, this, [this] { probe_->invalidate(); });
    // Other features with as many units (x₁, x₂ → x₁², x₂²) leave the architecture as it
    // was; the input labels still change.
    connect(model_, &ProjectModel::featuresChanged, this, &NetworkEditor::onArchitectureChanged);
    // Another project: everything at once, as a new architecture (which redraws the weights).
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes) {
        probe_->invalidate();
        if (changes & (ArchitectureChanged | ParametersChanged))
            onArchitectureChanged();
    });
    connect(model_, &ProjectModel::parametersChanged, this, [this] {
        probe_->invalidate();
        if (!scene_->hasParameters())
            scene_->setParameters(model_->parameters()); // first weights of a new architecture
        else
            weightsUpdate_->live();
    });
}

NetworkEditor::~NetworkEditor() = default;

void NetworkEditor::onArchitectureChanged()
{
    probe_->invalidate();
    weightsUpdate_->stop(); // setNetwork below styles the links with the current weights
    QStringList labels;
    if (!model_->features().isIdentity())
        for (const std::string& label : model_->features().labels())
            labels.append(QString::fromStdString(label));
    scene_->setInputLabels(labels);
    scene_->setNetwork(model_->architecture(), model_->parameters());
    syncControls();
    fitView();
}

std::vector<bp::Activation> NetworkEditor::hiddenActivations() const
{
    const bp::Architecture& arch = model_->architecture();
    if (arch.activations.size() < 2)
        return {};
    return {arch.activations.begin(), arch.activations.end() - 1};
}

void NetworkEditor::syncControls()
{
    const std::vector<int> sizes = model_->hiddenSizes();
    const std::vector<bp::Activation> activations = hiddenActivations();
    if (layerGroups_.size() != sizes.size())
        rebuildLayerControls();
    for (std::size_t i = 0; i < sizes.size() && i < layerSpins_.size(); ++i) {
        const QSignalBlocker blocker(layerSpins_[i]);
        layerSpins_[i]->setValue(sizes[i]);
        selectActivation(layerCombos_[i], activations[i]);
    }
    const bp::Architecture& arch = model_->architecture();
    if (!arch.activations.empty())
        selectActivation(outputCombo_, arch.outputActivation());
    addButton_->setEnabled(arch.layerCount() >= 2 &&
                           static_cast<int>(sizes.size()) < kMaxHiddenLayers);
    removeButton_->setEnabled(!sizes.empty());
}

void NetworkEditor::rebuildLayerControls()
{
    // Old groups leave the widget tree at once and are deleted later: one of their own
    // signals may be running right now.
    for (QWidget* group : layerGroups_) {
        group->hide();
        group->setParent(nullptr);
        group->deleteLater();
    }
    layerGroups_.clear();
    layerSpins_.clear();
    layerCombos_.clear();
    const int count = static_cast<int>(model_->hiddenSizes().size());
    for (int i = 0; i < count; ++i) {
        const QString suffix = QString::number(i);
        auto* group = new QGroupBox(tr("Layer %1 · hidden").arg(i + 2), this);
        auto* minus = new QToolButton(group);
        minus->setObjectName(QStringLiteral("layerMinusButton_") + suffix);
        minus->setText(QStringLiteral("−"));
        minus->setToolTip(tr("One unit fewer"));
        auto* spin = new QSpinBox(group);
        spin->setObjectName(QStringLiteral("layerSizeSpin_") + suffix);
        layerSpins_.push_back(spin);
        spin->setRange(1, bp::kMaxLayerSize);
        spin->setKeyboardTracking(false); // typing 128 must not build 1-, 12- and 128-unit nets
        spin->setSuffix(tr(" units"));
        spin->setToolTip(tr("Units in hidden layer %1 (course layer %2). Resets the weights.")
                             .arg(i + 1)
                             .arg(i + 2));
        auto* plus = new QToolButton(group);
        plus->setObjectName(QStringLiteral("layerPlusButton_") + suffix);
        plus->setText(QStringLiteral("+"));
        plus->setToolTip(tr("One unit more"));
        auto* combo = new QComboBox(group);
        combo->setObjectName(QStringLiteral("layerActivationCombo_") + suffix);
        layerCombos_.push_back(combo);
        combo->setToolTip(tr("Activation g of this layer's units"));
        fillActivations(combo, bp::hiddenActivations());

        auto* grid = new QGridLayout(group);
        grid->setContentsMargins(4, 2, 4, 2);
        grid->addWidget(minus, 0, 0);
        grid->addWidget(spin, 0, 1);
        grid->addWidget(plus, 0, 2);
        grid->addWidget(combo, 1, 0, 1, 3);

        connect(spin, &QSpinBox::valueChanged, this, [this, i](int v) { setLayerSize(i, v); });
        connect(minus, &QToolButton::clicked, spin, &QSpinBox::stepDown);
        connect(plus, &QToolButton::clicked, spin, &QSpinBox::stepUp);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
            setLayerActivation(i, static_cast<bp::Activation>(combo->currentData().toInt()));
        });
        layersLayout_->insertWidget(i, group);
        layerGroups_.push_back(group);
    }
    stripArea_->updateGeometry(); // its height follows the groups'
    if (!layerGroups_.empty()) // the newest layer's controls in view
        QTimer::singleShot(0, stripArea_, [this] {
            if (!layerGroups_.empty())
                stripArea_->ensureWidgetVisible(layerGroups_.back());
        });
}

void NetworkEditor::applyHidden(const std::vector<int>& sizes,
                                const std::vector<bp::Activation>& activations)
{
    try {
        model_->setHiddenLayers(sizes, activations);
        status_->clear();
    } catch (const std::exception& e) {
        // The model is unchanged; put the controls back and say why.
        status_->setText(EngineMessages::text(e.what()));
        syncControls();
    }
}

void NetworkEditor::setLayerSize(int index, int size)
{
    std::vector<int> sizes = model_->hiddenSizes();
    if (index < 0 || index >= static_cast<int>(sizes.size()) || sizes[index] == size)
        return;
    sizes[index] = size;
    applyHidden(sizes, hiddenActivations());
}

void NetworkEditor::setLayerActivation(int index, bp::Activation activation)
{
    std::vector<bp::Activation> activations = hiddenActivations();
    if (index < 0 || index >= static_cast<int>(activations.size()) ||
        activations[index] == activation)
        return;
    activations[index] = activation;
    applyHidden(model_->hiddenSizes(), activations);
}

void NetworkEditor::addLayer()
{
    std::vector<int> sizes = model_->hiddenSizes();
    std::vector<bp::Activation> activations = hiddenActivations();
    // The design's default: several hidden layers share one width.
    sizes.push_back(sizes.empty() ? 8 : sizes.back());
    activations.push_back(activations.empty() ? bp::Activation::Sigmoid : activations.back());
    applyHidden(sizes, activations);
}

void NetworkEditor::removeLayer()
{
    std::vector<int> sizes = model_->hiddenSizes();
    std::vector<bp::Activation> activations = hiddenActivations();
    if (sizes.empty())
        return;
    sizes.pop_back();
    activations.pop_back();
    applyHidden(sizes, activations);
}

void NetworkEditor::fitView()
{
    const QRectF rect = scene_->sceneRect();
    const QSize viewport = view_->viewport()->size();
    if (rect.isEmpty() || viewport.isEmpty())
        return;
    // Fit, but do not blow a three-unit network up to poster size.
    const double scale =
        std::min({viewport.width() / rect.width(), viewport.height() / rect.height(), 1.4}) * 0.98;
    view_->setTransform(QTransform::fromScale(scale, scale));
    view_->centerOn(rect.center());
}

void NetworkEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitView();
}

void NetworkEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitView();
}

} // namespace bpui

#pragma once
// The network diagram editor: a toolbar (add / remove a hidden layer, output activation), one
// control group per hidden layer (unit count and activation), and the diagram itself, whose
// links follow the weights live. Every edit goes through ProjectModel; input and output
// layer sizes follow the data.
//
// objectNames (for tests and the main window). Hidden-layer indices i are 0-based: i = 0 is
// the first hidden layer (course layer 2).
//   "addLayerButton"          QPushButton: append a hidden layer (width and activation of the
//                             last hidden layer; 8 sigmoid units when there is none)
//   "removeLayerButton"       QPushButton: remove the last hidden layer
//   "outputActivationCombo"   QComboBox: output activation (item data: int(bp::Activation))
//   "layerSizeSpin_<i>"       QSpinBox: units of hidden layer i (no keyboard tracking: typing
//                             "128" applies once, on Enter or focus-out)
//   "layerMinusButton_<i>"    QToolButton: one unit fewer
//   "layerPlusButton_<i>"     QToolButton: one unit more
//   "layerActivationCombo_<i>" QComboBox: activation of hidden layer i (item data as above)
//   "networkView"             QGraphicsView showing the NetworkScene (item data roles in
//                             networkitems.h: kind "unit", "bias", "link", "block", "label")
//   "networkEditorStatus"     QLabel: the last rejected edit, if any

#include "activation.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QSpinBox;
class QGraphicsView;
class QHBoxLayout;
class QScrollArea;
class QLabel;
class QLayout;
class QPushButton;

namespace bpui {

class LiveUpdateTimer;
class NetworkScene;
class ProjectModel;
class UnitProbe;

class NetworkEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkEditor(ProjectModel* model, QWidget* parent = nullptr);
    ~NetworkEditor() override;

    NetworkScene* scene() const { return scene_; }
    QGraphicsView* view() const { return view_; }
    /// Presentation mode: only the diagram (no editing controls, no reading notes).
    void setPresenting(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QLayout* makeToolbar();    // add / remove a hidden layer, output activation
    QWidget* makeLayerStrip(); // holds layersLayout_: one group per hidden layer
    void makeDiagram();
    QWidget* makeLegend();
    void makeStatusLabel();
    void layOut(QLayout* toolbar, QWidget* strip, QWidget* legend);
    void makeWeightsTimer();
    void connectControls();
    void followModel();
    void onArchitectureChanged();
    void rebuildLayerControls();
    void syncControls();
    void applyHidden(const std::vector<int>& sizes, const std::vector<bp::Activation>& activations);
    void setLayerSize(int index, int size);
    void setLayerActivation(int index, bp::Activation activation);
    void addLayer();
    void removeLayer();
    void fitView();
    std::vector<bp::Activation> hiddenActivations() const;

    ProjectModel* model_;
    NetworkScene* scene_ = nullptr;
    QGraphicsView* view_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* removeButton_ = nullptr;
    QComboBox* outputCombo_ = nullptr;
    QHBoxLayout* layersLayout_ = nullptr;
    QScrollArea* stripArea_ = nullptr; // scrolls layersLayout_ sideways
    QLabel* outputLabel_ = nullptr;
    QLabel* legend_ = nullptr;
    std::vector<QWidget*> layerGroups_;
    std::vector<QSpinBox*> layerSpins_;     // one per hidden layer, as layerGroups_
    std::vector<QComboBox*> layerCombos_;
    QLabel* status_ = nullptr;
    // Restyles the links for published weights, resting kDiagramRestFactor × its own cost
    // (restyle and repaint) in between: a 784-128-10 diagram took 7-11 ms of the GUI thread
    // per frame at 30 Hz, a quarter of a core taken from training (bps-guibench GW2r).
    static constexpr double kDiagramRestFactor = 15.0; // ≤ about 6 % of a core
    std::unique_ptr<LiveUpdateTimer> weightsUpdate_;
    std::unique_ptr<UnitProbe> probe_; // hover read-outs, cached until the weights change
};

} // namespace bpui

// The monkey's actions on training, the network and the settings (see monkey.h).

#include "views/monkey/monkey.h"

// --- training ---------------------------------------------------------------------------------

void TestMonkey::doTrainPause(const Draw& d)
{
    const TrainingState before = controller()->state();
    if (trigger("actionTrainPause")) {
        const TrainingState after = controller()->state();
        note(QStringLiteral("%1 → %2").arg(toDisplayString(before), toDisplayString(after)));
        const bool ok = before == TrainingState::Running ? after == TrainingState::Paused
                                                         : after == TrainingState::Running ||
                                                               find<QMessageBox>(QStringLiteral(
                                                                   "trainingMemoryError"));
        if (!ok)
            fail(QStringLiteral("Train/Pause went from %1 to %2")
                     .arg(toDisplayString(before), toDisplayString(after)));
    }
    settle(static_cast<int>(d.a % 25));
}

void TestMonkey::doSpaceKey(const Draw& d)
{
    // Space trains or pauses from anywhere in the window, also after typing in a spin box; a
    // focused button takes it as a click, as it would for a user.
    QWidget* focus = QApplication::focusWidget();
    QWidget* target = focus != nullptr && focus->window() == window_.get() ? focus : window_.get();
    note(QStringLiteral("(focus %1)").arg(target->objectName()));
    QTest::keyClick(target, Qt::Key_Space);
    settle(static_cast<int>(d.a % 25));
}

void TestMonkey::doStep(const Draw& d)
{
    const long before = controller()->totalIterations();
    const bool wasActive = controller()->isActive();
    if (!trigger("actionStep"))
        return;
    note(QStringLiteral("at %1").arg(before));
    if (d.a % 2 == 0 && wasActive && controller()->state() == TrainingState::Paused) {
        // A paused step: exactly one more iteration, still paused (unless the budget ended it).
        const bool stepped = waitFor(
            [&] {
                return !controller()->isActive() || controller()->totalIterations() >= before + 1;
            },
            30000);
        if (!stepped)
            fail(QStringLiteral("a step from iteration %1 never came").arg(before));
        settle(5);
    }
}

void TestMonkey::doStop(const Draw& d)
{
    (void)d;
    const bool wasActive = controller()->isActive();
    trigger("actionStop");
    if (!wasActive)
        return;
    if (!waitFor([this] { return !controller()->isActive(); }, 60000))
        fail(QStringLiteral("Stop did not end the run within 60 s"));
    note(QStringLiteral("→ %1 at %2")
             .arg(toDisplayString(controller()->state()))
             .arg(controller()->totalIterations()));
    // Nothing more may arrive now (the snapshot watcher fails the test if it does).
    settle(static_cast<int>(d.a % 30));
}

// --- the network and the settings --------------------------------------------------------------

void TestMonkey::doLayerUnits(const Draw& d)
{
    const std::vector<int> hidden = model()->hiddenSizes();
    if (hidden.empty()) {
        note(QStringLiteral("(no hidden layer)"));
        return;
    }
    const int i = static_cast<int>(d.a % hidden.size());
    switch (d.b % 3) {
    case 0:
        if (hidden[static_cast<std::size_t>(i)] < 48)
            click(QStringLiteral("layerPlusButton_%1").arg(i));
        break;
    case 1:
        click(QStringLiteral("layerMinusButton_%1").arg(i));
        break;
    default: {
        auto* spin = find<QSpinBox>(QStringLiteral("layerSizeSpin_%1").arg(i));
        if (spin == nullptr || !spin->isVisible()) {
            note(QStringLiteral("(no visible spin box %1)").arg(i));
            return;
        }
        const int units = 1 + static_cast<int>(d.c % 32);
        note(QStringLiteral("layer %1 ← %2").arg(i).arg(units));
        type(spin, QString::number(units));
        if (model()->hiddenSizes().size() > static_cast<std::size_t>(i) &&
            model()->hiddenSizes()[static_cast<std::size_t>(i)] != units)
            fail(QStringLiteral("typed %1 units into layer %2, the model has %3")
                     .arg(units)
                     .arg(i)
                     .arg(model()->hiddenSizes()[static_cast<std::size_t>(i)]));
        break;
    }
    }
}

void TestMonkey::doLayerActivation(const Draw& d)
{
    const std::size_t layers = model()->hiddenSizes().size();
    if (layers == 0) {
        note(QStringLiteral("(no hidden layer)"));
        return;
    }
    doComboStep(QStringLiteral("layerActivationCombo_%1").arg(d.a % layers), d);
}

void TestMonkey::doComboStep(const QString& name, const Draw& d)
{
    auto* combo = find<QComboBox>(name);
    if (combo == nullptr || !combo->isVisible() || !combo->isEnabled()) {
        note(QStringLiteral("(%1 not usable)").arg(name));
        return;
    }
    // Up / Down on a closed combo box chooses the neighbouring item, as a keyboard user does.
    const Qt::Key key = d.b % 2 == 0 ? Qt::Key_Down : Qt::Key_Up;
    combo->setFocus();
    QTest::keyClick(combo, key);
    note(QStringLiteral("%1 → %2").arg(name, combo->currentText()));
}

void TestMonkey::doLearningRate(const Draw& d)
{
    auto* spin = find<QDoubleSpinBox>(QStringLiteral("learningRateSpin"));
    if (spin == nullptr || !spin->isVisible()) {
        note(QStringLiteral("(hidden)"));
        return;
    }
    if (d.a % 3 == 0) {
        static const char* const rates[] = {"0.001", "0.01", "0.05", "0.3", "1", "5", "40"};
        const char* rate = rates[d.b % std::size(rates)];
        note(QStringLiteral("← %1").arg(QLatin1String(rate)));
        type(spin, QString::fromLatin1(rate));
    } else {
        spin->setFocus();
        QTest::keyClick(spin, d.b % 2 == 0 ? Qt::Key_Up : Qt::Key_Down);
        note(QStringLiteral("→ %1").arg(spin->value()));
    }
}

void TestMonkey::doOtherSetting(const Draw& d)
{
    struct Setting
    {
        const char* name;
        const char* values[4];
    };
    static const Setting settings[] = {
        {"lambdaSpin", {"0", "0.01", "0.5", "3"}},
        {"batchSizeSpin", {"0", "16", "64", "1"}},
        {"maxIterationsSpin", {"0", "30", "200", "5"}},
        {"maxEpochsSpin", {"0", "3", "50", "0"}},
        {"momentumSpin", {"0", "0.5", "0.9", "0.99"}},
        {"beta1Spin", {"0.9", "0.5", "0", "0.99"}},
        {"beta2Spin", {"0.999", "0.9", "0.5", "0.99999"}},
        {"targetCostSpin", {"0", "0.1", "0.5", "0"}},
        {"patienceSpin", {"0", "3", "20", "0"}},
    };
    const Setting& s = settings[d.a % std::size(settings)];
    auto* spin = find<QAbstractSpinBox>(QString::fromLatin1(s.name));
    if (spin == nullptr || !spin->isVisible() || !spin->isEnabled()) {
        note(QStringLiteral("(%1 not usable)").arg(QLatin1String(s.name)));
        return;
    }
    const char* value = s.values[d.b % 4];
    note(QStringLiteral("%1 ← %2").arg(QLatin1String(s.name), QLatin1String(value)));
    type(spin, QString::fromLatin1(value));
}

void TestMonkey::doInitialisation(const Draw& d)
{
    if (d.a % 2 == 0) {
        doComboStep(QStringLiteral("initCombo"), d);
        return;
    }
    auto* seed = find<QSpinBox>(QStringLiteral("initSeedSpin"));
    if (seed == nullptr || !seed->isVisible()) {
        note(QStringLiteral("(hidden)"));
        return;
    }
    const int value = static_cast<int>(d.c % 100);
    note(QStringLiteral("seed ← %1").arg(value));
    type(seed, QString::number(value));
}

// The monkey's invariants, checked after every action (see monkey.h and tst_monkey.cpp).

#include "views/monkey/monkey.h"

// --- invariants -----------------------------------------------------------------------------------

TestMonkey::Frozen TestMonkey::freeze() const
{
    Frozen f;
    f.arch = model()->architecture();
    f.settings = model()->settings();
    f.params = model()->parameters();
    f.examples = model()->dataset().size();
    f.sourcePath = model()->dataSource().path;
    f.active = controller()->isActive();
    return f;
}

void TestMonkey::expectUnchanged(const Frozen& before, const QString& why)
{
    const Frozen now = freeze();
    if (!(now.arch == before.arch))
        fail(QStringLiteral("%1 changed the network from %2 to %3")
                 .arg(why, layerText(before.arch), layerText(now.arch)));
    else if (!(now.settings == before.settings))
        fail(QStringLiteral("%1 changed the settings").arg(why));
    else if (now.examples != before.examples || now.sourcePath != before.sourcePath)
        fail(QStringLiteral("%1 changed the data").arg(why));
    else if (!before.active && !now.active && !bitEqual(now.params, before.params))
        fail(QStringLiteral("%1 changed the weights").arg(why));
}

void TestMonkey::checkInvariants()
{
    if (violation_.isEmpty())
        checkModel();
    if (violation_.isEmpty())
        checkHistory();
    if (violation_.isEmpty())
        checkViews();
    if (violation_.isEmpty())
        checkMessages();
}

void TestMonkey::checkModel()
{
    const ProjectModel* m = model();
    const bp::Architecture& arch = m->architecture();
    const bp::Dataset& data = m->dataset();
    try {
        bp::checkFits(arch, data, "monkey");
    } catch (const std::exception& error) {
        fail(QStringLiteral("the network does not fit the data: %1").arg(error.what()));
        return;
    }
    if (m->parameters().size() != arch.parameterCount())
        fail(QStringLiteral("%1 weights for %2 (%3 expected)")
                 .arg(m->parameters().size())
                 .arg(layerText(arch))
                 .arg(arch.parameterCount()));
    else if (!allFinite(m->parameters()))
        fail(QStringLiteral("non-finite weights in the project"));
    const bp::DataSplit& split = m->split();
    const bp::Index parts = split.train.size() + split.validation.size() + split.test.size();
    if (parts != data.size())
        fail(QStringLiteral("the split holds %1 examples, the data %2").arg(parts).arg(data.size()));
    else if (split.train.size() == 0 || split.train.featureCount() != arch.inputSize())
        fail(QStringLiteral("the training part has %1 examples of %2 features for %3")
                 .arg(split.train.size())
                 .arg(split.train.featureCount())
                 .arg(layerText(arch)));
    if (m->hiddenSizes().size() + 2 != arch.layerSizes.size())
        fail(QStringLiteral("hiddenSizes() disagrees with %1").arg(layerText(arch)));
}

void TestMonkey::checkHistory()
{
    const bp::TrainingHistory& rows = history()->rows();
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].iteration != rows[i - 1].iteration + 1) {
            fail(QStringLiteral("history row %1 is iteration %2 after iteration %3")
                     .arg(i)
                     .arg(rows[i].iteration)
                     .arg(rows[i - 1].iteration));
            return;
        }
    }
    const TrainingState state = controller()->state();
    if (!rows.empty() && !controller()->isActive() && state != TrainingState::Failed &&
        rows.back().iteration != controller()->totalIterations())
        fail(QStringLiteral("the history ends at iteration %1, the controller counts %2 (%3)")
                 .arg(rows.back().iteration)
                 .arg(controller()->totalIterations())
                 .arg(toDisplayString(state)));
    int live = 0;
    for (int row = 0; row < runs()->count(); ++row) {
        const RunsModel::Run* run = runs()->find(runs()->idAt(row));
        if (run == nullptr) {
            fail(QStringLiteral("run row %1 has no run").arg(row));
            return;
        }
        live += run->live ? 1 : 0;
    }
    if (live != 1 || !runs()->liveRun().live)
        fail(QStringLiteral("%1 live runs").arg(live));
}

void TestMonkey::checkViews()
{
    const bp::Architecture& arch = model()->architecture();
    // The action states follow the controller.
    if (action("actionStop")->isEnabled() != controller()->isActive())
        fail(QStringLiteral("Stop is %1 while %2")
                 .arg(action("actionStop")->isEnabled() ? QStringLiteral("enabled")
                                                        : QStringLiteral("disabled"))
                 .arg(toDisplayString(controller()->state())));
    // (the check's thread ends a moment before its finished() reaches the window)
    const auto checkAgrees = [this] {
        return action("actionGradientCheck")->isEnabled() !=
               window_->gradientCheckRunner()->isRunning();
    };
    if (!checkAgrees() && !waitFor(checkAgrees, 2000))
        fail(QStringLiteral("Gradient check's enabled state disagrees with the runner"));
    // The diagram and the layer controls show the model's network.
    auto* editor = find<NetworkEditor>(QStringLiteral("networkEditor"));
    if (!(editor->scene()->architecture() == arch)) {
        fail(QStringLiteral("the diagram shows %1, the model holds %2")
                 .arg(layerText(editor->scene()->architecture()), layerText(arch)));
        return;
    }
    const std::vector<int> hidden = model()->hiddenSizes();
    for (std::size_t i = 0; i <= hidden.size(); ++i) {
        auto* spin = find<QSpinBox>(QStringLiteral("layerSizeSpin_%1").arg(i));
        if (i == hidden.size()) {
            if (spin != nullptr)
                fail(QStringLiteral("a size box for layer %1 of %2").arg(i).arg(layerText(arch)));
        } else if (spin == nullptr || (!spin->hasFocus() && spin->value() != hidden[i])) {
            fail(QStringLiteral("the size box of layer %1 shows %2, the model has %3")
                     .arg(i)
                     .arg(spin != nullptr ? spin->value() : -1)
                     .arg(hidden[i]));
        }
    }
    auto* optimizer = find<QComboBox>(QStringLiteral("optimizerCombo"));
    if (optimizer->currentData().toInt() != static_cast<int>(model()->config().optimizer))
        fail(QStringLiteral("the Training panel shows %1").arg(optimizer->currentText()));

    // Once training rests and nothing loads, the plots catch up with the history within their
    // coalescing interval: one cost point per row while the rows are too few to decimate, one
    // heat map per Θ.
    if (controller()->state() == TrainingState::Running || loaderBusy())
        return;
    auto* cost = find<CostPlot>(QStringLiteral("costPlot"));
    const bp::TrainingHistory& rows = history()->rows();
    const int width = cost->plot()->axisRect()->width();
    // Exact while every row has a pixel column of its own (overlaid runs widen the range).
    const bool exact = cost->xAxis() == CostPlot::XAxis::Iteration && rows.size() <= 60 &&
                       width >= 150 && !cost->logScale() &&
                       cost->plot()->xAxis->range().size() <= width / 2.0;
    const auto drawn = [cost] { return cost->plot()->graph(0)->dataCount(); };
    // The rows in the shown x range, and one either side (the line runs to the edges); the
    // range follows the data unless something moved the axis.
    const auto shown = [&] {
        const QCPRange range = cost->plot()->xAxis->range();
        int inside = 0;
        for (const bp::IterationStats& row : rows)
            inside += row.iteration >= range.lower && row.iteration <= range.upper ? 1 : 0;
        return inside;
    };
    const auto matches = [&] {
        if (rows.empty())
            return drawn() == 0;
        if (exact)
            return drawn() >= shown() && drawn() <= std::min<int>(shown() + 2, rows.size());
        return drawn() > 0 && drawn() <= static_cast<int>(rows.size());
    };
    if (!matches() && !waitFor(matches, 2000))
        fail(QStringLiteral("the cost plot draws %1 points for %2 history rows (%3 in its x "
                            "range %4..%5)")
                 .arg(drawn())
                 .arg(rows.size())
                 .arg(shown())
                 .arg(cost->plot()->xAxis->range().lower)
                 .arg(cost->plot()->xAxis->range().upper));
    auto* maps = find<WeightHeatmaps>(QStringLiteral("weightHeatmaps"));
    if (maps->isVisible()) {
        const auto sameMaps = [&] { return maps->mapCount() == arch.thetaCount(); };
        if (!sameMaps() && !waitFor(sameMaps, 2000))
            fail(QStringLiteral("%1 heat maps for %2").arg(maps->mapCount()).arg(layerText(arch)));
    }
}

#include "moc_monkey.cpp" // TestMonkey's moc output, here with the precompiled header

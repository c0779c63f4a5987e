#include "views/runs/racedialog.h"

#include "session/displaynames.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace bpui {

namespace {

QString raceNumber(double value)
{
    return QString::number(value, 'g', 6);
}

QListWidgetItem* addItem(QListWidget* list, const QString& text, bool checked, bool editable)
{
    auto* item = new QListWidgetItem(text, list);
    Qt::ItemFlags flags = item->flags() | Qt::ItemIsUserCheckable;
    if (editable)
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

RaceDialog::RaceDialog(ProjectModel* model, RunsModel* runs, QWidget* parent)
    : QDialog(parent), model_(model), runs_(runs), runner_(new RaceRunner(this))
{
    setObjectName(QStringLiteral("raceDialog"));
    setWindowTitle(tr("Race"));
    setModal(false);

    makeRacerControls();
    makeProgressView();
    QWidget* buttons = makeButtons();
    layOut(buttons);
    connectControls();
    followRunner();

    fillList();
    setRunning(false);
}

void RaceDialog::makeRacerControls()
{
    varyCombo_ = new QComboBox(this);
    varyCombo_->setObjectName(QStringLiteral("raceVaryCombo"));
    varyCombo_->addItems({tr("Optimisers"), tr("Learning rates"), tr("λ values")});
    varyCombo_->setToolTip(tr("What differs between the racers; everything else is the "
                              "Training panel's settings"));
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("raceList"));
    list_->setToolTip(tr("Tick the racers; double-click a number to edit it"));
    valueEdit_ = new QLineEdit(this);
    valueEdit_->setObjectName(QStringLiteral("raceValueEdit"));
    valueEdit_->setPlaceholderText(tr("another value, e.g. 0.05"));
    addButton_ = new QPushButton(tr("Add"), this);
    addButton_->setObjectName(QStringLiteral("raceAddButton"));
    sequential_ = new QRadioButton(tr("One after another"), this);
    sequential_->setObjectName(QStringLiteral("raceSequentialRadio"));
    interleaved_ = new QRadioButton(tr("Interleaved (take turns, one iteration each)"), this);
    interleaved_->setObjectName(QStringLiteral("raceInterleavedRadio"));
    interleaved_->setChecked(true);
    budget_ = new QSpinBox(this);
    budget_->setObjectName(QStringLiteral("raceBudgetSpin"));
    budget_->setRange(1, 10'000'000);
    budget_->setValue(300);
    budget_->setSuffix(tr(" iterations"));
    budget_->setToolTip(tr("Each racer trains for this many iterations (other stopping rules "
                           "of the Training panel still apply)"));
}

void RaceDialog::makeProgressView()
{
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("raceProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    status_ = new QLabel(tr("All racers start from the current weights."), this);
    status_->setObjectName(QStringLiteral("raceStatus"));
    status_->setWordWrap(true);
}

QWidget* RaceDialog::makeButtons()
{
    auto* buttons = new QDialogButtonBox(this);
    startButton_ = buttons->addButton(tr("&Start race"), QDialogButtonBox::AcceptRole);
    startButton_->setObjectName(QStringLiteral("raceStartButton"));
    stopButton_ = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    stopButton_->setObjectName(QStringLiteral("raceStopButton"));
    stopButton_->setToolTip(tr("Stop every racer now; what they trained is kept as runs"));
    closeButton_ = buttons->addButton(QDialogButtonBox::Close);
    startButton_->setDefault(true);
    return buttons;
}

void RaceDialog::layOut(QWidget* buttons)
{
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(valueEdit_, 1);
    addRow->addWidget(addButton_);
    auto* order = new QVBoxLayout;
    order->addWidget(sequential_);
    order->addWidget(interleaved_);
    auto* form = new QFormLayout;
    form->addRow(tr("Vary:"), varyCombo_);
    form->addRow(list_);
    form->addRow(addRow);
    form->addRow(tr("Order:"), order);
    form->addRow(tr("Budget:"), budget_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(buttons);
}

void RaceDialog::connectControls()
{
    connect(varyCombo_, &QComboBox::currentIndexChanged, this, &RaceDialog::fillList);
    connect(addButton_, &QPushButton::clicked, this, &RaceDialog::addValue);
    connect(valueEdit_, &QLineEdit::returnPressed, this, &RaceDialog::addValue);
    connect(startButton_, &QPushButton::clicked, this, &RaceDialog::startRace);
    connect(stopButton_, &QPushButton::clicked, this, &RaceDialog::stopRace);
    connect(closeButton_, &QPushButton::clicked, this, &QDialog::hide);
}

void RaceDialog::followRunner()
{
    connect(runner_, &RaceRunner::rowsArrived, this,
            [this](int racer, const std::vector<bp::IterationStats>& rows) {
                runs_->appendRows(runIds_.at(static_cast<std::size_t>(racer)), rows);
            });
    connect(runner_, &RaceRunner::weightsArrived, this,
            [this](int racer, long iteration, const bp::Vector& weights) {
                runs_->offerSnapshot(runIds_.at(static_cast<std::size_t>(racer)), iteration,
                                     weights);
            });
    connect(
        runner_, &RaceRunner::racerFinished, this,
        [this](int racer, const bp::TrainingResult&, const bp::Vector& finalWeights,
               const QString& error) {
            const int id = runIds_.at(static_cast<std::size_t>(racer));
            const RunsModel::Run* run = runs_->find(id);
            if (!error.isEmpty())
                showError(
                    tr("%1 failed: %2").arg(labels_.at(static_cast<std::size_t>(racer)), error));
            if (run != nullptr && run->history.empty())
                runs_->removeRun(id); // stopped before its first row
            else
                runs_->finishRun(id, finalWeights);
        });
    connect(runner_, &RaceRunner::progress, this, [this](long done, long total) {
        progress_->setRange(0, static_cast<int>(std::min<long>(total, 1'000'000'000)));
        progress_->setValue(static_cast<int>(std::min<long>(done, 1'000'000'000)));
    });
    connect(runner_, &RaceRunner::finished, this, &RaceDialog::onFinished);
}

RaceDialog::~RaceDialog()
{
    delete runner_; // joins the racers while the runs model is still there
}

void RaceDialog::setVary(Vary vary)
{
    varyCombo_->setCurrentIndex(static_cast<int>(vary));
}

void RaceDialog::fillList()
{
    list_->clear();
    const auto vary = static_cast<Vary>(varyCombo_->currentIndex());
    const bp::TrainingConfig& config = model_->config();
    switch (vary) {
    case Vary::Optimizer:
        for (bp::OptimizerKind kind : bp::allOptimizers()) {
            const bool on = kind == bp::OptimizerKind::GradientDescent ||
                            kind == bp::OptimizerKind::Momentum || kind == bp::OptimizerKind::Adam;
            QListWidgetItem* item = addItem(list_, DisplayNames::optimizer(kind), on, false);
            item->setData(Qt::UserRole, static_cast<int>(kind));
        }
        break;
    case Vary::LearningRate: {
        const double lr = config.learningRate > 0.0 ? config.learningRate : 0.1;
        for (double factor : {10.0, 3.0, 1.0, 1.0 / 3.0, 0.1})
            addItem(list_, raceNumber(lr * factor), factor >= 1.0 / 3.0 && factor <= 3.0, true);
        break;
    }
    case Vary::Lambda:
        for (double lambda : {0.0, 0.001, 0.01, 0.1, 1.0})
            addItem(list_, raceNumber(lambda), lambda == 0.0 || lambda == 0.01 || lambda == 0.1, true);
        break;
    }
    const bool numbers = vary != Vary::Optimizer;
    valueEdit_->setEnabled(numbers);
    addButton_->setEnabled(numbers);
}

void RaceDialog::addValue()
{
    bool ok = false;
    const double value = valueEdit_->text().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0) {
        showError(tr("\"%1\" is not a number ≥ 0.").arg(valueEdit_->text()));
        return;
    }
    addItem(list_, raceNumber(value), true, true);
    valueEdit_->clear();
}

void RaceDialog::showError(const QString& text)
{
    status_->setText(text);
    emit statusMessage(text);
}

void RaceDialog::setRunning(bool running)
{
    for (QWidget* w : std::initializer_list<QWidget*>{varyCombo_, list_, sequential_, interleaved_,
                                                      budget_, startButton_})
        w->setEnabled(!running);
    const bool numbers = static_cast<Vary>(varyCombo_->currentIndex()) != Vary::Optimizer;
    valueEdit_->setEnabled(!running && numbers);
    addButton_->setEnabled(!running && numbers);
    stopButton_->setEnabled(running);
}

bool RaceDialog::startRace()
{
    if (runner_->isRunning())
        return false;
    if (startCheck_) {
        const QString reason = startCheck_();
        if (!reason.isEmpty()) {
            showError(reason);
            return false;
        }
    }
    const bp::Architecture& arch = model_->architecture();
    if (model_->parameters().size() != arch.parameterCount() || model_->split().train.size() == 0) {
        showError(tr("There are no weights or no training data to race on."));
        return false;
    }
    const auto vary = static_cast<Vary>(varyCombo_->currentIndex());
    bp::TrainingConfig base = model_->config();
    base.maxIterations = budget_->value();
    base.maxEpochs = 0;
    if (vary == Vary::LearningRate && bp::isLineSearchOptimizer(base.optimizer)) {
        showError(tr("%1 chooses its own step length: pick another optimiser in the Training "
                     "panel to race learning rates.")
                      .arg(DisplayNames::optimizer(base.optimizer)));
        return false;
    }
    std::vector<RaceEntry> entries;
    for (int i = 0; i < list_->count(); ++i) {
        const QListWidgetItem* item = list_->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        RaceEntry entry;
        entry.config = base;
        if (vary == Vary::Optimizer) {
            entry.config.optimizer =
                static_cast<bp::OptimizerKind>(item->data(Qt::UserRole).toInt());
            entry.label = item->text();
        } else {
            bool ok = false;
            const double value = item->text().trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(value) || value < 0.0 ||
                (vary == Vary::LearningRate && value == 0.0)) {
                showError((vary == Vary::LearningRate ? tr("\"%1\" is not a valid learning rate.")
                                                      : tr("\"%1\" is not a valid λ (≥ 0)."))
                              .arg(item->text()));
                return false;
            }
            if (vary == Vary::LearningRate) {
                entry.config.learningRate = value;
                entry.label = tr("lr %1").arg(raceNumber(value));
            } else {
                entry.config.lambda = value;
                entry.label = tr("λ %1").arg(raceNumber(value));
            }
        }
        entries.push_back(std::move(entry));
    }
    if (entries.size() < 2) {
        showError(tr("Tick at least two racers."));
        return false;
    }

    ++raceNumber_;
    runIds_.clear();
    labels_.clear();
    RaceSpec spec;
    spec.architecture = arch;
    spec.initialWeights = model_->parameters();
    spec.split = model_->sharedSplit();
    spec.interleaved = interleaved_->isChecked();
    for (const RaceEntry& entry : entries) {
        RunsModel::Run run;
        run.name = tr("Race %1 · %2").arg(raceNumber_).arg(entry.label);
        run.architecture = arch;
        run.config = entry.config;
        run.initKind = model_->initKind();
        run.initSeed = model_->initSeed();
        run.timeline.offer(0, spec.initialWeights);
        run.ticked = true;
        run.racing = true;
        runIds_.push_back(runs_->addRun(std::move(run)));
        labels_.push_back(entry.label);
    }
    spec.entries = std::move(entries);
    const long total = static_cast<long>(spec.entries.size()) * budget_->value();
    progress_->setRange(0, static_cast<int>(std::min<long>(total, 1'000'000'000)));
    progress_->setValue(0);
    status_->setText(tr("Race %1: %2 racers, %3.")
                         .arg(raceNumber_)
                         .arg(spec.entries.size())
                         .arg(spec.interleaved ? tr("interleaved") : tr("one after another")));
    setRunning(true);
    runner_->start(std::move(spec));
    return true;
}

void RaceDialog::stopRace()
{
    runner_->stop();
}

void RaceDialog::onFinished(bool stopped)
{
    setRunning(false);
    // The winner: the lowest last training cost.
    QString best;
    double bestCost = std::numeric_limits<double>::infinity();
    for (int id : runIds_) {
        const RunsModel::Run* run = runs_->find(id);
        if (run == nullptr || run->history.empty())
            continue;
        const double cost = run->history.back().trainCost;
        if (std::isfinite(cost) && cost < bestCost) {
            bestCost = cost;
            best = run->name;
        }
    }
    QString text = stopped ? tr("Race %1 stopped.").arg(raceNumber_)
                           : tr("Race %1 finished.").arg(raceNumber_);
    if (!best.isEmpty())
        text += tr(" Lowest cost: %1 (J = %2).").arg(best).arg(bestCost, 0, 'g', 5);
    status_->setText(text);
    emit statusMessage(text);
    emit raceFinished();
}

} // namespace bpui

#pragma once
// Runs a gradient check on the project's current weights on a background thread, with
// progress and cancel, so the GUI stays responsive during the 2 × P cost evaluations.

#include "worker/backgroundtask.h"
#include "worker/gradientcheckjob.h"
#include "session/projectmodel.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace bpui {

class GradientCheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit GradientCheckRunner(ProjectModel* model, QObject* parent = nullptr);
    /// Cancels a running check and waits for it.
    ~GradientCheckRunner() override;

    bool isRunning() const { return task_.isRunning(); }

public slots:
    void run();
    void cancel();

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const bpui::GradientCheckOutcome& outcome);
    void cancelled();
    void failed(const QString& message);

private:
    /// What the checking thread hands back: exceptions stay there and become a message.
    struct Attempt
    {
        std::optional<GradientCheckOutcome> outcome;
        bool cancelled = false;
        QString error;
    };
    void onDone();

    ProjectModel* model_;
    BackgroundTask task_;
    ProgressRelay progress_; // ≤ 20 progress signals a second, however fast the checks are
    // Shared with the checking thread, which may still read it after a cancel.
    std::shared_ptr<bp::CancellationToken> token_;
    std::shared_ptr<Attempt> attempt_; // written there, read after finished()
};

} // namespace bpui

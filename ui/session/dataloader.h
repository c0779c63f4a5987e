#pragma once
// Loads a data set or a whole project off the GUI thread (a BackgroundTask) with cancel, so
// a 60000-image IDX file never freezes the window. One load at a time; the session owns the
// one loader, so the Data dock's progress and Cancel serve a project being opened too.

#include "dataset.h"
#include "types.h"
#include "worker/backgroundtask.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace bpui {

class DataLoader : public QObject
{
    Q_OBJECT
public:
    using Task = std::function<bp::Dataset(const bp::CancellationToken* token)>;
    using Done = std::function<void(bp::Dataset data)>;
    /// What a job hands back to the GUI thread: installs its result there (may throw
    /// bp::InputError, reported like a failed load).
    using Apply = std::function<void()>;
    /// Runs on the loader's thread; returns how to install what it made.
    using Job = std::function<Apply(const bp::CancellationToken* token)>;

    explicit DataLoader(QObject* parent = nullptr);
    /// Cancels a running load and waits for it.
    ~DataLoader() override;

    bool isBusy() const { return task_.isRunning(); }
    /// Runs task on a background thread; on success calls done on the GUI thread, otherwise emits
    /// failed with the loader's message (bp::InputError::what()). False when busy.
    bool load(const QString& description, Task task, Done done);
    /// How a job ended, for its owner: applied, cancelled, or failed with a message.
    struct End
    {
        bool applied = false;
        bool cancelled = false;
        QString error;
    };
    using Ended = std::function<void(const End& end)>;
    /// The general form: job runs on the background thread, its Apply on the GUI thread.
    /// With `ended`, the owner hears how it ended and failed() / cancelled() stay silent.
    bool run(const QString& description, Job job, Ended ended = {});

public slots:
    void cancel();

signals:
    void busyChanged(bool busy, const QString& description);
    void failed(const QString& message);
    void cancelled();

private:
    struct Outcome
    {
        Apply apply; // empty on failure or cancel
        bool cancelled = false;
        QString error;
    };
    void onFinished();

    BackgroundTask task_;
    std::shared_ptr<bp::CancellationToken> token_; // shared with the loading thread
    std::shared_ptr<Outcome> outcome_;             // written there, read after finished()
    Ended ended_;
};

} // namespace bpui

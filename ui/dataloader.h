#pragma once
// Loads a data set off the GUI thread (a BackgroundTask) with cancel, so a 60000-image IDX
// file never freezes the window. One load at a time.

#include "backgroundtask.h"
#include "dataset.h"

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

    explicit DataLoader(QObject* parent = nullptr);
    /// Cancels a running load and waits for it.
    ~DataLoader() override;

    bool isBusy() const { return task_.isRunning(); }
    /// Runs task on a background thread; on success calls done on the GUI thread, otherwise emits
    /// failed with the loader's message (bp::InputError::what()). False when busy.
    bool load(const QString& description, Task task, Done done);

public slots:
    void cancel();

signals:
    void busyChanged(bool busy, const QString& description);
    void failed(const QString& message);
    void cancelled();

private:
    struct Outcome
    {
        std::shared_ptr<bp::Dataset> data; // null on failure or cancel
        bool cancelled = false;
        QString error;
    };
    void onFinished();

    BackgroundTask task_;
    std::shared_ptr<bp::CancellationToken> token_; // shared with the loading thread
    std::shared_ptr<Outcome> outcome_;             // written there, read after finished()
    Done done_;
};

} // namespace bpui

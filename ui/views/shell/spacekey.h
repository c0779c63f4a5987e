#pragma once
// Space trains or pauses from anywhere in the window — also right after typing a number in a
// spin box, which would otherwise swallow the key (its line edit claims every printable key
// before shortcuts see it). The typed value is committed first, so "type 0.3, press Space"
// trains with 0.3. Text fields where a space is text (run names, file names) keep it.

#include <QObject>

class QAction;

namespace bpui {

class SpaceKeyForwarder : public QObject
{
    Q_OBJECT
public:
    /// Watches the application's key events for `window`'s widgets; `action` is Train/Pause.
    SpaceKeyForwarder(QWidget* window, QAction* action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
    QAction* action_;
};

} // namespace bpui

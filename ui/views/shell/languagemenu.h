#pragma once
// Help → Language: follow the system, or English, Deutsch, Español. The choice is saved and
// applies from the next start (the window says so); the language in use is ticked.

#include <QMenu>

class QActionGroup;

namespace bpui {

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /// The action choosing `code` ("de"), or "follow the system" for an empty code.
    QAction* actionFor(const QString& code) const;

signals:
    /// A different language was chosen; `message` tells when it applies.
    void chosen(const QString& code, const QString& message);

private:
    void choose(const QString& code);

    QActionGroup* group_;
};

} // namespace bpui

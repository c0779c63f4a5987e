#include "views/project/recoveryprompt.h"

#include "session/session.h"
#include "views/project/projectfiles.h"
#include "views/shell/screens.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bpui {

RecoveryPrompt::RecoveryPrompt(const RecoveryCopy& copy, int others, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryPrompt"));
    setWindowTitle(tr("Recover unsaved changes"));
    const QString where = copy.originalPath.isEmpty()
                              ? tr("It had not been saved yet.")
                              : tr("Its file: %1").arg(QDir::toNativeSeparators(copy.originalPath));
    QString text = tr("<p>Backprop Studio did not close properly. It kept a copy of the "
                      "unsaved project <b>%1</b>, written %2.</p><p>%3</p>")
                       .arg(copy.displayName().toHtmlEscaped(),
                            QLocale().toString(copy.written, QLocale::LongFormat).toHtmlEscaped(),
                            where.toHtmlEscaped());
    text += tr("<p>Restore opens it with its changes unsaved; Discard deletes the copy.</p>");
    if (others > 0)
        text += tr("<p>%n more copies wait; they are offered next.</p>", nullptr, others);
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("recoveryText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox;
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setDefault(true);
    QPushButton* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    connect(restore, &QPushButton::clicked, this, [this] { done(Restore); });
    connect(discard, &QPushButton::clicked, this, [this] { done(Discard); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool startCrashRecovery(ProjectFiles* files, Session* session, RecoveryQuestion ask)
{
    RecoveryKeeper* keeper = session->recovery();
    bool restoring = false;
    if (ask || hasVisibleScreen()) {
        std::vector<RecoveryCopy> copies = keeper->orphanedCopies();
        for (std::size_t i = 0; i < copies.size() && !restoring; ++i) {
            const RecoveryCopy& copy = copies[i];
            RecoveryPrompt::Answer answer = RecoveryPrompt::Later;
            if (ask) {
                answer = ask(copy);
            } else {
                RecoveryPrompt prompt(copy, int(copies.size() - i - 1),
                                      qobject_cast<QWidget*>(files->parent()));
                answer = RecoveryPrompt::Answer(prompt.exec());
            }
            if (answer == RecoveryPrompt::Restore)
                restoring = files->restoreRecovery(copy);
            else if (answer == RecoveryPrompt::Discard)
                keeper->discard(copy);
        }
    }
    keeper->setEnabled(true);
    return restoring;
}

} // namespace bpui

#pragma once
// The start-up question after a crash: a recovery copy (RecoveryKeeper) was left by a studio
// that is gone — restore it or discard it? Shows the project's name and path and when the
// copy was written.
//
// objectNames: this "recoveryPrompt"; buttons "restoreButton", "discardButton".

#include "session/recoverykeeper.h"

#include <QDialog>

#include <functional>

namespace bpui {

class ProjectFiles;
class Session;

class RecoveryPrompt : public QDialog
{
    Q_OBJECT
public:
    enum Answer
    {
        Later = 0,   // closed or Escape: the copy stays and is offered at the next start
        Restore = 1, // open it as a modified project
        Discard = 2, // delete it
    };

    /// `others`: how many more copies wait after this one.
    explicit RecoveryPrompt(const RecoveryCopy& copy, int others = 0, QWidget* parent = nullptr);
};

/// Answers the prompt for one copy (tests script it; by default the dialog).
using RecoveryQuestion = std::function<RecoveryPrompt::Answer(const RecoveryCopy& copy)>;

/// At start: offers each copy left by a studio that is gone, newest first, until one is
/// restored (Restore opens it through ProjectFiles::restoreRecovery; the others wait for the
/// next start); Discard deletes a copy and offers the next. Then turns the session's recovery
/// keeper on. Without `ask`, on a platform with no visible screen (offscreen, minimal) nothing
/// is offered: nobody could answer. Returns true when a restore was started.
bool startCrashRecovery(ProjectFiles* files, Session* session, RecoveryQuestion ask = {});

} // namespace bpui

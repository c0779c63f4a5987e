#pragma once
// The studio's settings store (recent files, last directories, the welcome screen's choice).

#include <QSettings>

namespace bpui {

/// The one store every part of the studio reads and writes. It names its organisation and
/// application itself, so it is the same store whatever main() set on QCoreApplication (or a
/// test did not set); tests keep it out of the user's settings with QStandardPaths test mode.
QSettings studioSettings();

} // namespace bpui

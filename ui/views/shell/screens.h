#pragma once

namespace bpui {

/// False on the offscreen and minimal platforms (tests, headless runs): a question that
/// would wait for a person (a recovery offer, a lesson's first-start tour) is not asked.
bool hasVisibleScreen();

} // namespace bpui

// Compiled only to build the precompiled headers the test executables reuse.

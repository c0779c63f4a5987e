#pragma once
// Runs a Python script for the export tests (ONNX in OpenCV, the PyTorch script) with the
// first interpreter that has the modules it needs.

#include <QtTest/QtTest>

#include <QProcess>

namespace bptest {

/// Exit status a checking script uses for "a module I need is missing": the test skips.
inline constexpr int kPythonSkip = 77;

struct PythonRun
{
    bool ran = false;  // an interpreter started and the script did not ask to be skipped
    int exitCode = -1; // the script's exit code when ran
    QByteArray out;    // stdout
    QByteArray err;    // stderr (with the skip reason when !ran)
    QString interpreter;
};

/// Tries $BPS_PYTHON, then python3 on PATH, then /usr/bin/python3: the python3 first on
/// PATH may be a private one (pyenv, a venv) without Debian's python3-onnx, python3-opencv
/// or python3-torch. An interpreter whose script exits with kPythonSkip passes the turn to
/// the next one. timeoutMs bounds each run. The interpreter that ran a script is tried first
/// for the next one: a test runs its script once per row, and asking a private python3 first
/// each time (a pyenv shim takes ≈ 0.5 s to start) cost tst_onnxexport about 40 s.
inline PythonRun runPython(const QStringList& arguments, int timeoutMs = 300000)
{
    static QString lastGood;
    QStringList interpreters{QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")};
    if (qEnvironmentVariableIsSet("BPS_PYTHON"))
        interpreters.prepend(qEnvironmentVariable("BPS_PYTHON"));
    if (!lastGood.isEmpty()) {
        interpreters.removeAll(lastGood);
        interpreters.prepend(lastGood);
    }
    PythonRun result;
    result.err = "python3 is not installed";
    for (const QString& interpreter : interpreters) {
        QProcess python;
        python.start(interpreter, arguments);
        if (!python.waitForStarted(10000))
            continue;
        if (!python.waitForFinished(timeoutMs)) {
            python.kill();
            python.waitForFinished();
            result.ran = true;
            result.interpreter = interpreter;
            result.err = "timed out after " + QByteArray::number(timeoutMs) + " ms";
            return result;
        }
        const QByteArray out = python.readAllStandardOutput();
        const QByteArray err = python.readAllStandardError();
        if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == kPythonSkip) {
            result.err = interpreter.toUtf8() + ": " + (out + err).trimmed();
            continue;
        }
        result.ran = true;
        result.interpreter = interpreter;
        lastGood = interpreter;
        result.exitCode = python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
        result.out = out;
        result.err = err;
        return result;
    }
    return result;
}

} // namespace bptest

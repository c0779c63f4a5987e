#pragma once
// Running the built backprop-cli from a test (tests/core/tst_cli*.cpp). A test that includes
// this must name BPS_CLI_PATH in its own source too: tests/CMakeLists.txt looks for it there
// to build the CLI before the test.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace bptest {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    /// The whole of stdout as one JSON object.
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().toUtf8()).object(); }
    /// The last non-empty stdout line as a JSON object (a command's summary).
    QJsonObject lastJson() const
    {
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QJsonObject()
                               : QJsonDocument::fromJson(lines.last().toUtf8()).object();
    }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

/// Runs `program` (the CLI: BPS_CLI_PATH) with `args` and collects its exit code and output;
/// a run that does not end normally within `timeoutMs` is killed and says so in `err`.
inline CliRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        run.err = QStringLiteral("backprop-cli did not finish normally: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace bptest

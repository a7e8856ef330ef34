#include "tests/cli/CliRunner.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace percorsi::test {

CliRunner::CliRunner()
{
    REQUIRE(m_dir.isValid());
}

CliRunner::Run CliRunner::operator()(const QStringList& arguments) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(PERCORSI_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace percorsi::test

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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PERCORSI_USER"));
    env.remove(QStringLiteral("PERCORSI_PASSWORD"));
    if (!m_user.isEmpty())
        env.insert(QStringLiteral("PERCORSI_USER"), m_user);
    if (!m_password.isEmpty())
        env.insert(QStringLiteral("PERCORSI_PASSWORD"), m_password);
    // C.UTF-8 rather than C: Qt warns on stderr about a locale that is not UTF-8.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PERCORSI_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void CliRunner::setEnvironment(const QString& name, const QString& value)
{
    m_environment.insert(name, value);
}

void CliRunner::signInAs(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

} // namespace percorsi::test

#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace percorsi::test {

// Runs percorsi-cli in a temporary working directory.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    CliRunner();
    Run operator()(const QStringList& arguments) const;
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace percorsi::test

#pragma once

#include <initializer_list>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace percorsi::test {

// Runs percorsi-cli in a temporary working directory, signed in through
// PERCORSI_USER and PERCORSI_PASSWORD as the demo administrator unless told
// otherwise (init creates that account, demo creates it too). The child speaks
// English whatever the machine's locale, unless a test sets its own.
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
    // Empty values leave the variables unset.
    void signInAs(const QString& user, const QString& password);
    // Sets a variable of the child's environment after the English defaults;
    // an empty value unsets it.
    void setEnvironment(const QString& name, const QString& value);

    static QString demoPassword() { return QStringLiteral("percorsi-demo"); }
    // Command-line arguments from literals.
    static QStringList args(std::initializer_list<const char*> list)
    {
        QStringList out;
        for (const char* a : list)
            out << QString::fromUtf8(a);
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_user = QStringLiteral("admin");
    QString m_password = demoPassword();
    QMap<QString, QString> m_environment;
};

} // namespace percorsi::test

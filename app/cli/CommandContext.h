#pragma once

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "core/storage/Database.h"
#include "core/util/Error.h"

namespace percorsi::cli {

// An option name or help text from a literal (QT_NO_CAST_FROM_ASCII is on).
inline QString opt(const char* text)
{
    return QString::fromLatin1(text);
}

// The translation context of percorsi-cli's messages: Cli::tr("...").
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of percorsi-cli.
enum Exit { Success = 0, Usage = 1, Invalid = 2, IoError = 3 };

// What every command gets: its arguments, a parser for its options, the
// output streams, and helpers that turn core errors into messages and exit codes.
class CommandContext
{
public:
    CommandContext(QString command, QStringList arguments);

    QCommandLineParser& parser() { return m_parser; }
    QTextStream& out() { return m_out; }

    // Parses the options. An exit code when the command must stop here
    // (wrong options: 1 after a message; --help: 0 after the help text).
    std::optional<int> parse(int minPositional, int maxPositional);
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    // An integer option within [min, max]; `fallback` when absent. Reports misuse.
    bool integer(const QString& option, qint64 min, qint64 max, qint64 fallback, qint64* out);

    // Adds the usual --db FILE option, and --user NAME and --password-file FILE.
    void addDatabaseOption();
    // Opens the database named by --db and signs the user in (an existing
    // database only); on failure reports, returns null and leaves the exit
    // code in exitCode().
    std::unique_ptr<Database> openDatabase(bool create = false);
    // The user name and password from --user/--password-file, or else from
    // PERCORSI_USER/PERCORSI_PASSWORD; false after reporting what is missing.
    bool credentials(QString* username, QString* password);
    // For commands whose only option is --db: parses and opens; on null the
    // command returns exitCode() (0 after --help).
    std::unique_ptr<Database> parseAndOpen();
    int exitCode() const { return m_exitCode; }

    int usage(const QString& message);
    int fail(const Error& error);
    int fail(Exit code, const QString& message);
    static Exit exitCodeOf(const Error& error);

private:
    bool signIn(Database& db);

    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = Success;
};

} // namespace percorsi::cli

#include "app/cli/CommandContext.h"

#include <cstdio>

#include <QCoreApplication>
#include <QFile>

#include "core/security/Authenticator.h"

namespace percorsi::cli {

CommandContext::CommandContext(QString command, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments)), m_out(stdout),
      m_err(stderr)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): Qt's description of it is untranslated in some languages.
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")});
}

std::optional<int> CommandContext::parse(int minPositional, int maxPositional)
{
    if (!m_parser.parse(m_arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        return Success;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional)
        return usage(Cli::tr("missing argument"));
    if (maxPositional >= 0 && n > maxPositional)
        return usage(Cli::tr("unexpected argument '%1'")
                         .arg(m_parser.positionalArguments().value(maxPositional)));
    return std::nullopt;
}

bool CommandContext::integer(const QString& option, qint64 min, qint64 max, qint64 fallback,
                             qint64* out)
{
    if (!m_parser.isSet(option)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 v = m_parser.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usage(Cli::tr("--%1 takes a whole number from %2 to %3, not '%4'")
                  .arg(option)
                  .arg(min)
                  .arg(max)
                  .arg(m_parser.value(option)));
        return false;
    }
    *out = v;
    return true;
}

void CommandContext::addDatabaseOption()
{
    m_parser.addOption({QStringLiteral("db"), Cli::tr("The database file."),
                        QStringLiteral("FILE")});
    m_parser.addOption({QStringLiteral("user"),
                        Cli::tr("The user name (default: $PERCORSI_USER)."),
                        QStringLiteral("NAME")});
    m_parser.addOption({QStringLiteral("password-file"),
                        Cli::tr("A file whose first line is the password "
                                       "(default: $PERCORSI_PASSWORD)."),
                        QStringLiteral("FILE")});
}

bool CommandContext::credentials(QString* username, QString* password)
{
    *username = m_parser.isSet(QStringLiteral("user"))
                    ? m_parser.value(QStringLiteral("user"))
                    : qEnvironmentVariable("PERCORSI_USER");
    if (username->trimmed().isEmpty()) {
        m_exitCode = usage(Cli::tr("--user NAME (or PERCORSI_USER) is required"));
        return false;
    }
    if (!m_parser.isSet(QStringLiteral("password-file"))) {
        *password = qEnvironmentVariable("PERCORSI_PASSWORD");
        if (!password->isEmpty())
            return true;
        m_exitCode = usage(Cli::tr("--password-file FILE (or PERCORSI_PASSWORD) is required"));
        return false;
    }
    QFile file(m_parser.value(QStringLiteral("password-file")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_exitCode = fail(IoError, Cli::tr("cannot read the password file %1: %2")
                                       .arg(file.fileName(), file.errorString()));
        return false;
    }
    *password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}

bool CommandContext::signIn(Database& db)
{
    QString username, password;
    if (!credentials(&username, &password))
        return false;
    Authenticator auth(db);
    auto signedIn = auth.signIn(username, password);
    if (!signedIn) {
        m_exitCode = fail(signedIn.error());
        return false;
    }
    if (!auth.notice().isEmpty())
        m_err << auth.notice() << Qt::endl;
    return true;
}

std::unique_ptr<Database> CommandContext::openDatabase(bool create)
{
    if (!m_parser.isSet(QStringLiteral("db"))) {
        m_exitCode = usage(Cli::tr("--db FILE is required"));
        return nullptr;
    }
    Database::Options options;
    options.create = create;
    auto db = Database::open(m_parser.value(QStringLiteral("db")), options);
    if (!db) {
        m_exitCode = fail(db.error());
        return nullptr;
    }
    if (!create && !signIn(*db.value()))
        return nullptr;
    return std::move(db.value());
}

std::unique_ptr<Database> CommandContext::parseAndOpen()
{
    addDatabaseOption();
    if (auto stop = parse(0, 0)) {
        m_exitCode = *stop;
        return nullptr;
    }
    return openDatabase();
}

int CommandContext::usage(const QString& message)
{
    m_err << "percorsi-cli " << m_command << ": "
          << Cli::tr("%1 (see percorsi-cli %2 --help)").arg(message, m_command) << '\n';
    m_err.flush();
    return Usage;
}

int CommandContext::fail(const Error& error)
{
    return fail(exitCodeOf(error), error.message());
}

int CommandContext::fail(Exit code, const QString& message)
{
    m_err << "percorsi-cli " << m_command << ": " << message << '\n';
    m_err.flush();
    return code;
}

Exit CommandContext::exitCodeOf(const Error& error)
{
    return error.kind() == Error::Kind::Io ? IoError : Invalid;
}

} // namespace percorsi::cli

#include "app/gui/Launcher.h"

#include <cstdio>
#include <functional>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include "core/demo/DemoGenerator.h"
#include "core/security/Authenticator.h"
#include "core/storage/BackupFolder.h"
#include "core/storage/Backups.h"
#include "core/storage/DatabaseCheck.h"
#include "core/storage/Database.h"
#include "ui/Appearance.h"
#include "ui/Language.h"
#include "ui/DailyBackup.h"
#include "ui/FirstPaintProbe.h"
#include "ui/MainWindow.h"
#include "ui/pages/SettingsPage.h"
#include "ui/accounts/LoginDialog.h"

namespace percorsi::gui {

namespace {

constexpr int kDemoPeople = 2000;

bool canShowDialogs()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

int Launcher::run(QApplication& app)
{
    if (const auto exitCode = parseArguments(app)) return *exitCode;
    Appearance::apply();
    auto db = openDatabase();
    if (!db) {
        if (m_cancelled) return 0;
        if (!m_damageShown) fail(db.error().message());
        return kDatabaseError;
    }
    if (m_benchFirstPaint) return benchFirstPaint(app, *db.value());
    // Nothing of the database is shown before a user signs in (or, in a
    // database without accounts, its first administrator is created).
    LoginDialog login(*db.value());
    if (login.exec() != QDialog::Accepted) return 0;
    DailyBackup daily(*db.value());
    std::unique_ptr<MainWindow> window;
    // After a restore every page reads the replaced content: a new window shows it.
    std::function<void()> showWindow = [&] {
        window = std::make_unique<MainWindow>(*db.value());
        QObject::connect(window->settingsPage(), &SettingsPage::databaseRestored, &app,
                         [&] { QMetaObject::invokeMethod(&app, showWindow, Qt::QueuedConnection); });
        QObject::connect(&daily, &DailyBackup::finished, window.get(),
                         [w = window.get()](const QString&, const QString& error) {
                             if (!error.isEmpty())
                                 w->statusBar()->showMessage(tr("The daily backup failed: %1").arg(error));
                         });
        window->show();
    };
    showWindow();
    if (!login.notice().isEmpty())
        QMessageBox::information(window.get(), tr("Notes"), login.notice());
    daily.startIfDue();
    return app.exec();
}

std::optional<int> Launcher::parseArguments(QApplication& app)
{
    // The language first, so that --help and the errors below speak it too.
    const QString asked = requestedLanguage(app.arguments());
    Language::apply(Language::isSupported(asked) ? asked : Language::current());
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Case management for integration programmes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Open the database FILE (default: the demo database)."),
                                tr("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use the language CODE for this session (%1).")
                                      .arg(Language::codes().join(QLatin1String(", "))),
                                  tr("CODE"));
    const QCommandLineOption backups(QStringLiteral("backups"),
                                     tr("Look for backups in DIR when the database is damaged."),
                                     tr("DIR"));
    // For percorsi-bench: start to the first paint of the main window.
    QCommandLineOption benchFirstPaint(QStringLiteral("bench-first-paint"));
    benchFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, lang, backups, benchFirstPaint});
    parser.process(app);
    m_benchFirstPaint = parser.isSet(benchFirstPaint);

    if (parser.isSet(lang)) {
        const QString code = parser.value(lang);
        if (!Language::isSupported(code)) {
            const QString message = tr("percorsi: unknown language \"%1\"; accepted: %2.\n")
                                        .arg(code, Language::codes().join(QLatin1String(", ")));
            std::fputs(qPrintable(message), stderr);
            return kBadArguments;
        }
        Language::useForSession(code);
    }
    m_dbGiven = parser.isSet(db);
    m_dbPath = m_dbGiven ? parser.value(db) : defaultPath();
    m_backupDirectory = parser.isSet(backups) ? parser.value(backups) : DailyBackup::defaultFolder();
    return std::nullopt;
}

// The CODE of --lang CODE or --lang=CODE, before the parser (whose texts are
// translated) exists.
QString Launcher::requestedLanguage(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size()) return arguments[i + 1];
        if (arguments[i].startsWith(option + QLatin1Char('='))) return arguments[i].mid(7);
    }
    return {};
}

Result<std::unique_ptr<Database>> Launcher::openDatabase()
{
    if (QFileInfo::exists(m_dbPath)) {
        auto db = Database::open(m_dbPath);
        if (!db && DatabaseCheck::isDamaged(m_dbPath)) return offerRestore(db.error());
        return db;
    }
    if (m_dbGiven)
        return Error::notFound(
            tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(m_dbPath)));
    return createDemo(m_dbPath);
}

// The first start without --db: a demo database, so there is something to see.
Result<std::unique_ptr<Database>> Launcher::createDemo(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db) return db;

    QProgressDialog progress(tr("Creating a demo database with %1 people…").arg(kDemoPeople),
                             tr("Cancel"), 0, 100);
    progress.setWindowTitle(tr("Percorsi"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    DemoGenerator::Options demo;
    demo.people = kDemoPeople;
    demo.progress = [&progress](int percent) {
        progress.setValue(percent);
        return !progress.wasCanceled();
    };
    auto summary = DemoGenerator(*db.value()).generate(demo);
    if (summary) return db;
    m_cancelled = progress.wasCanceled();
    db.value().reset();
    removeDatabaseFiles(path);
    return Error::io(
        tr("The demo database could not be created: %1").arg(summary.error().message()));
}

Result<std::unique_ptr<Database>> Launcher::offerRestore(const Error& damage)
{
    // The daily backups of this database, where the application keeps them
    // (the folder chosen in Settings is inside the damaged file, out of reach).
    const auto newest = BackupFolder(m_backupDirectory, m_dbPath).newest();
    if (!newest || !canShowDialogs()) return damage;
    const QString backup = newest->path;
    QMessageBox box(QMessageBox::Critical, tr("Percorsi"), damage.message());
    box.setInformativeText(
        tr("The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.")
            .arg(QDir::toNativeSeparators(backup),
                 QLocale().toString(newest->takenAt.toLocalTime(), QLocale::LongFormat)));
    QPushButton* restore = box.addButton(tr("&Restore the latest backup"), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        m_damageShown = true;
        return damage;
    }
    auto aside = Backups::restore(backup, m_dbPath);
    if (!aside) return aside.error();
    return Database::open(m_dbPath);
}

// Signs in from PERCORSI_USER and PERCORSI_PASSWORD instead of the login
// dialog, shows the main window and reports the time to its first paint; the
// password hash is reported apart, as it waits for typing in real use. No
// daily backup: it would compete with what is measured.
int Launcher::benchFirstPaint(QApplication& app, Database& db)
{
    QElapsedTimer signInTime;
    signInTime.start();
    const double cpuBefore = FirstPaintProbe::cpuMillis();
    auto signedIn = Authenticator(db).signIn(qEnvironmentVariable("PERCORSI_USER"),
                                             qEnvironmentVariable("PERCORSI_PASSWORD"));
    if (!signedIn) {
        fail(signedIn.error().message());
        return kDatabaseError;
    }
    const double signInMs = double(signInTime.nsecsElapsed()) / 1e6;
    const double signInCpuMs = FirstPaintProbe::cpuMillis() - cpuBefore;
    MainWindow window(db);
    auto* probe = new FirstPaintProbe(&window);
    probe->exclude(signInMs, signInCpuMs);
    window.show();
    return app.exec();
}

QString Launcher::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.percorsi"));
}

// A half-made demo must not be mistaken for a good one at the next start.
void Launcher::removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void Launcher::fail(const QString& message)
{
    std::fputs(qPrintable(tr("percorsi: %1\n").arg(message)), stderr);
    if (canShowDialogs()) QMessageBox::critical(nullptr, tr("Percorsi"), message);
}

} // namespace percorsi::gui

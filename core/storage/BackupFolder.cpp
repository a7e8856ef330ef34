#include "core/storage/BackupFolder.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kSuffix = QStringLiteral(".backup");

} // namespace

BackupFolder::BackupFolder(QString folder, const QString& databasePath)
    : m_folder(std::move(folder)),
      m_prefix(QFileInfo(databasePath).completeBaseName() + QLatin1Char('-'))
{}

std::vector<BackupFolder::Entry> BackupFolder::list() const
{
    std::vector<Entry> entries;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({m_prefix + QLatin1Char('*') + kSuffix}, QDir::Files);
    for (const QString& name : names) {
        const QString stamp =
            name.mid(m_prefix.size(), name.size() - m_prefix.size() - kSuffix.size());
        QDateTime at = QDateTime::fromString(stamp, kStampFormat);
        if (!at.isValid()) continue; // another database whose name begins with ours
        at.setTimeSpec(Qt::UTC);
        entries.push_back({dir.filePath(name), at, QFileInfo(dir.filePath(name)).size()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.takenAt > b.takenAt; });
    return entries;
}

std::optional<BackupFolder::Entry> BackupFolder::newest() const
{
    auto entries = list();
    if (entries.empty()) return std::nullopt;
    return entries.front();
}

QString BackupFolder::pathFor(const QDateTime& at) const
{
    return QDir(m_folder).filePath(m_prefix + at.toUTC().toString(kStampFormat) + kSuffix);
}

bool BackupFolder::isDue(const QDateTime& now) const
{
    const auto entries = list();
    return entries.empty() || entries.front().takenAt.secsTo(now) >= 24 * 3600;
}

int BackupFolder::prune(int keepDays, const QDateTime& now) const
{
    const auto entries = list();
    int removed = 0;
    for (size_t i = 1; i < entries.size(); ++i) {
        if (entries[i].takenAt.daysTo(now) > keepDays && QFile::remove(entries[i].path)) ++removed;
    }
    return removed;
}

Result<QString> BackupFolder::backUp(const QString& databasePath, int keepDays,
                                     const QDateTime& now, const Backup::Progress& progress) const
{
    if (!QDir().mkpath(m_folder))
        return Error::io(Tr::tr("Cannot create the backup folder %1.").arg(m_folder));
    const QString target = pathFor(now);
    if (Status st = Backup::create(databasePath, target, progress); !st.ok()) return st.error();
    prune(keepDays, now);
    return target;
}

} // namespace percorsi

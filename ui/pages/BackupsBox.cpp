#include "ui/pages/BackupsBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/storage/Backup.h"
#include "core/storage/BackupFolder.h"
#include "core/storage/Database.h"
#include "core/storage/ProtectionSettings.h"
#include "core/util/SystemUser.h"
#include "ui/DailyBackup.h"

namespace percorsi {

BackupsBox::BackupsBox(Database& db, QWidget* parent)
    : QGroupBox(tr("Backups"), parent), m_db(db), m_folder(new QLineEdit(this)),
      m_keepDays(new QSpinBox(this)), m_list(new QListWidget(this)),
      m_runner(new DailyBackup(db, this)), m_status(new QLabel(this))
{
    connect(m_runner, &DailyBackup::finished, this, &BackupsBox::backupDone);
    m_list->setAccessibleName(tr("Backups in the folder, newest first"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSettings());
    layout->addWidget(m_list, 1);
    layout->addWidget(createButtons());
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Outcome"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    layout->addWidget(m_status);
    reload();
}

QWidget* BackupsBox::createSettings()
{
    auto* settings = new QWidget(this);
    auto* form = new QFormLayout(settings);
    form->setContentsMargins(0, 0, 0, 0);
    ProtectionSettings stored(m_db);
    m_folder->setText(QDir::toNativeSeparators(DailyBackup::folder(m_db)));
    m_folder->setAccessibleName(tr("Backup folder"));
    auto* choose = new QPushButton(tr("C&hoose…"), settings);
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(choose);
    auto* label = new QLabel(tr("&Folder"), settings);
    label->setBuddy(m_folder);
    form->addRow(label, row);
    m_keepDays->setRange(1, 3650);
    m_keepDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_keepDays->setValue(stored.backupKeepDays());
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setAccessibleName(tr("Days backups are kept"));
    form->addRow(tr("&Keep backups for"), m_keepDays);
    connect(choose, &QPushButton::clicked, this, &BackupsBox::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupsBox::saveFolder);
    connect(m_keepDays, &QSpinBox::valueChanged, this, &BackupsBox::saveKeepDays);
    return settings;
}

QWidget* BackupsBox::createButtons()
{
    auto* buttons = new QWidget(this);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_backUp = new QPushButton(tr("&Back up now"), buttons);
    m_restore = new QPushButton(tr("&Restore from…"), buttons);
    row->addWidget(m_backUp);
    row->addWidget(m_restore);
    row->addStretch(1);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsBox::backUpNow);
    connect(this, &BackupsBox::backupFinished, this, [this](const QString&, const QString& error) {
        report(error, tr("The backup was written and checked."));
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupsBox::chooseRestore);
    return buttons;
}

void BackupsBox::reload()
{
    m_list->clear();
    const BackupFolder place(DailyBackup::folder(m_db), m_db.path());
    const QLocale locale;
    for (const BackupFolder::Entry& e : place.list()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(locale.toString(e.takenAt.toLocalTime(), QLocale::ShortFormat),
                              locale.formattedDataSize(e.bytes)),
            m_list);
        item->setData(Qt::UserRole, e.path);
        item->setToolTip(QDir::toNativeSeparators(e.path));
    }
    if (m_list->count() > 0) m_list->setCurrentRow(0);
}

bool BackupsBox::backUpNow()
{
    if (!m_runner->start()) return false;
    m_backUp->setEnabled(false);
    m_backUp->setText(tr("Backing up…"));
    return true;
}

void BackupsBox::backupDone(const QString& path, const QString& error)
{
    m_backUp->setText(tr("&Back up now"));
    m_backUp->setEnabled(true);
    reload();
    emit backupFinished(path, error);
}

QString BackupsBox::restoreFrom(const QString& file)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = Backup::restore(m_db, file, systemUserName());
    QApplication::restoreOverrideCursor();
    if (!st.ok()) return st.error().message();
    emit restored();
    return {};
}

void BackupsBox::chooseRestore()
{
    const QListWidgetItem* current = m_list->currentItem();
    const QString start =
        current ? current->data(Qt::UserRole).toString() : DailyBackup::folder(m_db);
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), start,
                                                      tr("Backups (*.backup);;All files (*)"));
    if (file.isEmpty()) return;
    const auto answer = QMessageBox::warning(
        this, tr("Restore from a backup"),
        tr("Replace everything in this database with the backup %1? Changes made since that "
           "backup are lost. The backup is checked first; if it is damaged nothing changes.")
            .arg(QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) report(restoreFrom(file), tr("The database was restored."));
}

void BackupsBox::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
    if (dir.isEmpty()) return;
    m_folder->setText(QDir::toNativeSeparators(dir));
    saveFolder();
}

void BackupsBox::saveFolder()
{
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    // The default stays unset, so that it follows the computer the file moves to.
    ProtectionSettings(m_db).setBackupFolder(dir == DailyBackup::defaultFolder() ? QString() : dir);
    reload();
}

void BackupsBox::saveKeepDays(int days)
{
    ProtectionSettings(m_db).setBackupKeepDays(days);
}

void BackupsBox::report(const QString& error, const QString& done)
{
    m_status->setText(error.isEmpty() ? done : error);
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_status->show();
}

} // namespace percorsi

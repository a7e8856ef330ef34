#include "ui/sync/BundleImportBox.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/sync/BundleCrypto.h"
#include "ui/sync/BundleProgress.h"

namespace percorsi {

namespace {

const char* const kCountKeys[] = {"inserted", "updated", "unchanged",
                                  "deleted",  "skipped", "conflicts"};

} // namespace

BundleImportBox::BundleImportBox(RecordStore& store, QWidget* parent)
    : QGroupBox(tr("Receive a bundle"), parent), m_store(store),
      m_open(new QPushButton(tr("&Open bundle…"), this)), m_secretRow(new QWidget(this)),
      m_passphrase(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Pre&view"), this)),
      m_counts(createCounts()), m_message(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_cancel(new QPushButton(tr("Ca&ncel"), this))
{
    auto* hint = new QLabel(tr("Or drop a .percorsi file on the window."), this);
    hint->setWordWrap(true);
    m_open->setAccessibleName(tr("Open a bundle"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the bundle"));
    auto* secret = new QHBoxLayout(m_secretRow);
    secret->setContentsMargins(0, 0, 0, 0);
    auto* secretLabel = new QLabel(tr("Passphrase to &unlock:"), m_secretRow);
    secretLabel->setBuddy(m_passphrase);
    secret->addWidget(secretLabel);
    secret->addWidget(m_passphrase, 1);
    secret->addWidget(m_previewButton);
    m_secretRow->hide();
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Import result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setAccessibleName(tr("Apply the bundle"));
    m_cancel->setAccessibleName(tr("Cancel the import"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addWidget(m_secretRow);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);
    cancel();

    connect(m_open, &QPushButton::clicked, this, &BundleImportBox::chooseFile);
    connect(m_previewButton, &QPushButton::clicked, this, &BundleImportBox::preview);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &BundleImportBox::preview);
    connect(m_apply, &QPushButton::clicked, this, &BundleImportBox::apply);
    connect(m_cancel, &QPushButton::clicked, this, &BundleImportBox::cancel);
}

QWidget* BundleImportBox::createCounts()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const QString names[] = {tr("New:"),
                             tr("Updated:"),
                             tr("Unchanged:"),
                             tr("Deleted:"),
                             tr("Skipped (deleted here):"),
                             tr("Conflicts:")};
    for (int i = 0; i < 6; ++i) {
        auto* value = new QLabel(box);
        value->setObjectName(QLatin1StringView(kCountKeys[i]));
        value->setAccessibleName(names[i].chopped(1));
        m_countLabels << value;
        form->addRow(names[i], value);
    }
    return box;
}

QString BundleImportBox::message() const
{
    return m_message->text();
}

QString BundleImportBox::count(const QString& key) const
{
    for (QLabel* l : m_countLabels)
        if (l->objectName() == key) return l->text();
    return {};
}

bool BundleImportBox::canApply() const
{
    return m_apply->isEnabled();
}

void BundleImportBox::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
}

void BundleImportBox::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open bundle"), QDir::homePath(),
                                                      tr("Percorsi bundles (*.percorsi)"));
    if (!path.isEmpty()) openBundle(path);
}

void BundleImportBox::openBundle(const QString& path)
{
    cancel();
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    if (BundleCrypto::isEncrypted(&file)) {
        m_secretRow->show();
        setMessage(tr("%1 is encrypted: type its passphrase, then Preview.")
                       .arg(QFileInfo(path).fileName()),
                   false);
        m_passphrase->setFocus();
        return;
    }
    preview();
}

Result<BundleImporter::Report> BundleImportBox::run(bool dryRun)
{
    BundleImporter::Options options;
    options.dryRun = dryRun;
    options.passphrase = m_passphrase->text();
    const QString path = m_path;
    BundleImporter::Report report;
    BundleProgress progress(dryRun ? tr("Reading the bundle…") : tr("Merging the bundle…"), this);
    // On the worker thread, which opens the file too.
    const Status read = progress.run(m_store.database(), [&](Database& db, const auto& onProgress) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Status(Error::io(tr("Cannot read %1: %2").arg(path, file.errorString())));
        options.progress = onProgress;
        auto result = BundleImporter(db).read(&file, options);
        if (!result)
            return Status(result.error());
        report = *result;
        return Status();
    });
    if (!read.ok())
        return read.error();
    return report;
}

void BundleImportBox::preview()
{
    if (m_path.isEmpty()) return;
    auto report = run(true);
    if (!report) {
        showCounts(nullptr);
        setMessage(tr("This bundle cannot be merged: %1").arg(report.error().message()), true);
        return;
    }
    m_secretRow->hide();
    showCounts(&report->stats);
    setMessage(tr("%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.")
                   .arg(QFileInfo(m_path).fileName(), report->sourceDesk,
                        QLocale().toString(report->rows)),
               false);
    m_apply->setEnabled(true);
    m_apply->setFocus();
}

bool BundleImportBox::apply()
{
    if (!canApply()) return false;
    auto report = run(false);
    m_apply->setEnabled(false);
    if (!report) {
        setMessage(tr("The bundle was not merged: %1").arg(report.error().message()), true);
        return false;
    }
    showCounts(&report->stats);
    setMessage(tr("Merged %1 from %2.").arg(QFileInfo(m_path).fileName(), report->sourceDesk),
               false);
    m_path.clear();
    emit imported();
    return true;
}

void BundleImportBox::cancel()
{
    m_path.clear();
    m_passphrase->clear();
    m_secretRow->hide();
    showCounts(nullptr);
    setMessage({}, false);
    m_apply->setEnabled(false);
}

void BundleImportBox::showCounts(const Merger::Stats* s)
{
    m_counts->setVisible(s != nullptr);
    const qint64 values[] = {s ? s->inserted : 0, s ? s->updated : 0, s ? s->unchanged : 0,
                             s ? s->deleted : 0,  s ? s->skipped : 0, s ? s->conflicts : 0};
    for (int i = 0; i < 6; ++i)
        m_countLabels[i]->setText(s ? QLocale().toString(values[i]) : QString());
}

} // namespace percorsi

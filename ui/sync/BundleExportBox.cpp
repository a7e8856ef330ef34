#include "ui/sync/BundleExportBox.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/sync/BundleExporter.h"
#include "ui/LocalDesk.h"
#include "ui/sync/BundleProgress.h"

namespace percorsi {

BundleExportBox::BundleExportBox(RecordStore& store, QWidget* parent)
    : QGroupBox(tr("Send a bundle"), parent), m_store(store), m_peer(new QComboBox(this)),
      m_format(new QComboBox(this)), m_passphrase(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_export(new QPushButton(tr("&Export bundle…"), this)),
      m_message(new QLabel(this))
{
    m_peer->setAccessibleName(tr("Desk the bundle is for"));
    m_format->addItem(tr("JSON Lines"), QStringLiteral("json"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->setAccessibleName(tr("Bundle format"));
    for (QLineEdit* edit : {m_passphrase, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(tr("Optional"));
    }
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Passphrase again"));
    m_export->setAccessibleName(tr("Export a bundle"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Export result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&For:"), m_peer);
    form->addRow(tr("For&mat:"), m_format);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("A&gain:"), m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_message);

    reloadDesks();
    connect(m_export, &QPushButton::clicked, this, &BundleExportBox::chooseFileAndExport);
}

void BundleExportBox::reloadDesks()
{
    const QString current = m_peer->currentData().toString();
    m_peer->clear();
    m_peer->addItem(tr("Everything (a full bundle)"), QString());
    const qint64 local = m_store.database().localDeskId();
    const RecordStore::Query byName{.field = nullptr, .equals = {}, .orderBy = "name"};
    if (auto desks = m_store.list(schema::def(Entity::Desk), byName)) {
        for (const Record& d : *desks)
            if (d.id() != local)
                m_peer->addItem(tr("%1 (%2): changes since the last bundle")
                                    .arg(d.text("name"), d.text("code")),
                                d.uuid());
    }
    m_peer->setCurrentIndex(qMax(0, m_peer->findData(current)));
}

QString BundleExportBox::deskCode(const QString& uuid) const
{
    auto desk = m_store.getByUuid(schema::def(Entity::Desk), uuid);
    return desk ? desk->text("code") : QString();
}

QString BundleExportBox::defaultFileName() const
{
    auto local = LocalDesk::read(m_store);
    const QString from = local ? local->text("code") : QStringLiteral("desk");
    const QString peer = m_peer->currentData().toString();
    const QString to = peer.isEmpty() ? QStringLiteral("all") : deskCode(peer);
    return QStringLiteral("%1-to-%2-%3.percorsi")
        .arg(from, to, m_store.database().today().toString(Qt::ISODate));
}

QString BundleExportBox::message() const
{
    return m_message->text();
}

void BundleExportBox::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
}

void BundleExportBox::chooseFileAndExport()
{
    if (m_passphrase->text() != m_confirm->text()) {
        setMessage(tr("The two passphrases differ: type the same one twice."), true);
        m_confirm->setFocus();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bundle"),
                                                      QDir::home().filePath(defaultFileName()),
                                                      tr("Percorsi bundles (*.percorsi)"));
    if (!path.isEmpty()) exportTo(path);
}

bool BundleExportBox::exportTo(const QString& path)
{
    if (m_passphrase->text() != m_confirm->text()) {
        setMessage(tr("The two passphrases differ: type the same one twice."), true);
        return false;
    }
    BundleExporter::Options options;
    options.format = m_format->currentData().toString();
    options.peerDesk = m_peer->currentData().toString();
    options.passphrase = m_passphrase->text();
    BundleExporter::Summary summary;
    BundleProgress progress(tr("Writing the bundle…"), this);
    const Status written = progress.run(m_store.database(), [&](Database& db, const auto& report) {
        return write(db, path, options, report, summary);
    });
    if (!written.ok()) {
        setMessage(progress.wasCancelled() ? tr("Export cancelled; no file was written.")
                                           : written.error().message(),
                   true);
        return false;
    }
    setMessage(tr("Wrote %n record(s) to %1.", nullptr, int(summary.rows))
                   .arg(QFileInfo(path).fileName()),
               false);
    emit exported();
    return true;
}

// On the worker thread: the file is written whole or not at all.
Status BundleExportBox::write(Database& db, const QString& path, BundleExporter::Options options,
                              const std::function<bool(int)>& progress,
                              BundleExporter::Summary& summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    options.progress = progress;
    auto written = BundleExporter(db).write(&file, options);
    if (!written)
        return written.error();
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    summary = *written;
    return {};
}

} // namespace percorsi

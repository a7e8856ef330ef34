#pragma once

#include <functional>

#include <QGroupBox>

#include "core/sync/BundleExporter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace percorsi {

class Database;
class RecordStore;

// Writes a bundle for another desk: everything, or what changed since the
// last bundle sent to a chosen peer; JSON Lines or CSV; optionally
// encrypted with a passphrase typed twice.
class BundleExportBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BundleExportBox(RecordStore& store, QWidget* parent = nullptr);

    // A name such as MI-SS-to-BA-RA-2026-11-22.percorsi.
    QString defaultFileName() const;
    QString message() const;
    QComboBox* peerBox() const { return m_peer; }
    QComboBox* formatBox() const { return m_format; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }

public slots:
    void reloadDesks();
    void chooseFileAndExport();
    // Writes the bundle to `path`; says whether it was written.
    bool exportTo(const QString& path);

signals:
    void exported();

private:
    static Status write(Database& db, const QString& path, BundleExporter::Options options,
                        const std::function<bool(int)>& progress, BundleExporter::Summary& summary);
    QString deskCode(const QString& uuid) const;
    void setMessage(const QString& text, bool error);

    RecordStore& m_store;
    QComboBox* m_peer;
    QComboBox* m_format;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QPushButton* m_export;
    QLabel* m_message;
};

} // namespace percorsi

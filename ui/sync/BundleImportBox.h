#pragma once

#include <QGroupBox>

#include "core/sync/BundleImporter.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace percorsi {

class RecordStore;

// Brings in a bundle from another desk in two steps: a dry run shows what
// would change (or why core refuses the bundle), then Apply merges it.
// An encrypted bundle asks for its passphrase first.
class BundleImportBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BundleImportBox(RecordStore& store, QWidget* parent = nullptr);

    QString message() const;
    // "new, updated, …" counts of the last preview, by key ("inserted", "conflicts" …).
    QString count(const QString& key) const;
    bool canApply() const;
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* applyButton() const { return m_apply; }

public slots:
    void chooseFile();
    // Opens a bundle and previews it (or asks for its passphrase).
    void openBundle(const QString& path);
    void preview();
    bool apply();
    void cancel();

signals:
    void imported();

private:
    QWidget* createCounts();
    Result<BundleImporter::Report> run(bool dryRun);
    void showCounts(const Merger::Stats* stats);
    void setMessage(const QString& text, bool error);

    RecordStore& m_store;
    QString m_path;
    QList<QLabel*> m_countLabels; // before m_counts, which fills it
    QPushButton* m_open;
    QWidget* m_secretRow;
    QLineEdit* m_passphrase;
    QPushButton* m_previewButton;
    QWidget* m_counts;
    QLabel* m_message;
    QPushButton* m_apply;
    QPushButton* m_cancel;
};

} // namespace percorsi

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;

namespace percorsi {

class BackupsBox;
class RecordStore;
class RetentionBox;

// This installation: its desk, its database file, the language of the user
// interface and the high-contrast choice (saved, and applied at once).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(RecordStore& store, QWidget* parent = nullptr);

    QComboBox* languageSelector() const { return m_language; }
    BackupsBox* backups() const { return m_backups; }
    RetentionBox* retention() const { return m_retention; }
    QCheckBox* highContrastBox() const { return m_highContrast; }

signals:
    void languageChanged(const QString& code);
    // A backup replaced the database's content.
    void databaseRestored();

private:
    QWidget* createDeskBox();
    QWidget* createDatabaseBox();
    QWidget* createLanguageBox();
    QLayout* createProtectionRow();
    QWidget* createAccessibilityBox();
    QFormLayout* createForm(QWidget* box);
    void addRow(QFormLayout* form, const QString& label, const QString& value);
    void chooseLanguage(int index);

    RecordStore& m_store;
    QComboBox* m_language = nullptr;
    BackupsBox* m_backups = nullptr;
    RetentionBox* m_retention = nullptr;
    QCheckBox* m_highContrast = nullptr;
};

} // namespace percorsi

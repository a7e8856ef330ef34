#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;

namespace percorsi {

class RecordStore;

// This installation: its desk, its database file, the language of the user
// interface and the high-contrast choice (saved, and applied at once).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(RecordStore& store, QWidget* parent = nullptr);

    QComboBox* languageSelector() const { return m_language; }
    QCheckBox* highContrastBox() const { return m_highContrast; }

signals:
    void languageChanged(const QString& code);

private:
    QWidget* createDeskBox();
    QWidget* createDatabaseBox();
    QWidget* createLanguageBox();
    QWidget* createAccessibilityBox();
    QFormLayout* createForm(QWidget* box);
    void addRow(QFormLayout* form, const QString& label, const QString& value);
    void chooseLanguage(int index);

    RecordStore& m_store;
    QComboBox* m_language = nullptr;
    QCheckBox* m_highContrast = nullptr;
};

} // namespace percorsi

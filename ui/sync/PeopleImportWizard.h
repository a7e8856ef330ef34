#pragma once

#include <memory>

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace percorsi {

class Database;
class PeopleImport;

// Brings in people from a desk's spreadsheet in three steps: the file, which
// column is which (guessed from the headers), and a preview with every row
// checked and possible duplicates named. Finish creates all of them or, when
// a row is refused, none.
class PeopleImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, PreviewPage };

    explicit PeopleImportWizard(Database& db, QWidget* parent = nullptr);
    ~PeopleImportWizard() override;

    QLineEdit* fileEdit() const { return m_file; }
    QTableWidget* mappingTable() const { return m_mapping; }
    QComboBox* mappingBox(int column) const;
    QTableWidget* previewTable() const { return m_preview; }
    QString message() const;
    int imported() const { return m_imported; }

    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage* createFilePage();
    QWizardPage* createMappingPage();
    QWizardPage* createPreviewPage();
    void browse();
    bool loadFile();
    void fillMapping();
    void fillPreview();
    bool importAll();
    void setMessage(QLabel* label, const QString& text, bool error);

    Database& m_db;
    std::unique_ptr<PeopleImport> m_import;
    QLineEdit* m_file = nullptr;
    QLabel* m_fileMessage = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewMessage = nullptr;
    int m_imported = 0;
};

} // namespace percorsi

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace percorsi {

class RecordStore;

// Lists for the spreadsheets desks keep (people, a path's attendance
// register, placements) as XLSX or CSV in the user's dialect, and the way in
// for people already kept in a spreadsheet.
class SpreadsheetsTab : public QWidget
{
    Q_OBJECT

public:
    enum List { People, Register, Placements };

    explicit SpreadsheetsTab(RecordStore& store, QWidget* parent = nullptr);

    QComboBox* listBox() const { return m_list; }
    QComboBox* pathBox() const { return m_path; }
    QComboBox* formatBox() const { return m_format; }
    QString message() const;

public slots:
    void reloadPaths();
    void chooseFileAndExport();
    // Writes the chosen list to `file`; says whether it was written.
    bool exportTo(const QString& file);
    void importPeople();

signals:
    void peopleImported();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createExportBox();
    QWidget* createImportBox();
    void setMessage(const QString& text, bool error);

    RecordStore& m_store;
    QComboBox* m_list = nullptr;
    QComboBox* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_message = nullptr;
    bool m_loaded = false; // the paths are read when first shown, not while the main window starts
};

} // namespace percorsi

#include "ui/sync/SpreadsheetsTab.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/exchange/ListSheets.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "ui/sync/PeopleImportWizard.h"
#include "ui/sync/SheetFile.h"

namespace percorsi {

SpreadsheetsTab::SpreadsheetsTab(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store)
{
    auto* row = new QHBoxLayout;
    row->addWidget(createExportBox(), 1);
    row->addWidget(createImportBox(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
}

void SpreadsheetsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) reloadPaths();
}

QWidget* SpreadsheetsTab::createExportBox()
{
    auto* box = new QGroupBox(tr("Export a list"), this);
    m_list = new QComboBox(box);
    m_list->addItem(tr("People"), People);
    m_list->addItem(tr("Attendance register of a path"), Register);
    m_list->addItem(tr("Placements"), Placements);
    m_list->setAccessibleName(tr("List to export"));
    m_path = new QComboBox(box);
    m_path->setAccessibleName(tr("Path of the register"));
    m_format = new QComboBox(box);
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV for this computer's spreadsheet"), QStringLiteral("csv"));
    m_format->setAccessibleName(tr("Spreadsheet format"));
    auto* go = new QPushButton(tr("E&xport list…"), box);
    go->setAccessibleName(tr("Export the list"));
    m_message = new QLabel(box);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("List export result"));

    auto* form = new QFormLayout;
    form->addRow(tr("&List:"), m_list);
    form->addRow(tr("Pa&th:"), m_path);
    form->addRow(tr("F&ormat:"), m_format);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(go, 0, Qt::AlignLeft);
    layout->addWidget(m_message);

    connect(go, &QPushButton::clicked, this, &SpreadsheetsTab::chooseFileAndExport);
    connect(m_list, &QComboBox::currentIndexChanged, this,
            [this] { m_path->setEnabled(m_list->currentData().toInt() == Register); });
    m_path->setEnabled(false);
    return box;
}

QWidget* SpreadsheetsTab::createImportBox()
{
    auto* box = new QGroupBox(tr("Import people"), this);
    auto* note = new QLabel(tr("Bring in the people a desk already keeps in a spreadsheet saved "
                               "as CSV. You choose which column is which, see every row checked, "
                               "and nothing is written until you confirm."),
                            box);
    note->setWordWrap(true);
    auto* go = new QPushButton(tr("&Import people from a spreadsheet…"), box);
    go->setAccessibleName(tr("Import people from a spreadsheet"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addWidget(go, 0, Qt::AlignLeft);
    connect(go, &QPushButton::clicked, this, &SpreadsheetsTab::importPeople);
    return box;
}

void SpreadsheetsTab::reloadPaths()
{
    m_loaded = true;
    m_path->clear();
    const RecordStore::Query byName{.field = nullptr, .equals = {}, .orderBy = "name"};
    if (auto paths = m_store.list(schema::def(Entity::Path), byName))
        for (const Record& p : *paths)
            m_path->addItem(p.text("name"), p.id());
}

QString SpreadsheetsTab::message() const
{
    return m_message->text();
}

void SpreadsheetsTab::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
}

void SpreadsheetsTab::chooseFileAndExport()
{
    const QString ext = m_format->currentData().toString();
    const QString name = m_list->currentText() + QLatin1Char('-') +
                         m_store.database().today().toString(Qt::ISODate) + QLatin1Char('.') + ext;
    const QString filter =
        ext == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export list"), QDir::home().filePath(name), filter);
    if (!file.isEmpty()) exportTo(file);
}

bool SpreadsheetsTab::exportTo(const QString& file)
{
    ListSheets sheets(m_store.database());
    const int list = m_list->currentData().toInt();
    if (list == Register && m_path->currentIndex() < 0) {
        setMessage(tr("There is no path to export the register of."), true);
        return false;
    }
    auto sheet = list == People     ? sheets.people()
                 : list == Register ? sheets.attendanceRegister(m_path->currentData().toLongLong())
                                    : sheets.placements();
    const bool xlsx = m_format->currentData().toString() == QLatin1String("xlsx");
    const Status st = sheet ? SheetFile::write(file, *sheet, xlsx) : Status(sheet.error());
    if (!st.ok()) {
        setMessage(st.error().message(), true);
        return false;
    }
    setMessage(tr("Wrote %n row(s) to %1.", nullptr, int(sheet->rows.size()))
                   .arg(QFileInfo(file).fileName()),
               false);
    return true;
}

void SpreadsheetsTab::importPeople()
{
    PeopleImportWizard wizard(m_store.database(), this);
    if (wizard.exec() == QDialog::Accepted) emit peopleImported();
}

} // namespace percorsi

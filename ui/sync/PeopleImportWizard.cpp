#include "ui/sync/PeopleImportWizard.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/exchange/PeopleColumns.h"
#include "core/exchange/PeopleImport.h"
#include "ui/format/FieldLabels.h"

namespace percorsi {

namespace {

QTableWidget* newTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PeopleImportWizard::PeopleImportWizard(Database& db, QWidget* parent)
    : QWizard(parent), m_db(db), m_import(std::make_unique<PeopleImport>(db))
{
    setWindowTitle(tr("Import people from a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(820, 560);
}

PeopleImportWizard::~PeopleImportWizard() = default;

QWizardPage* PeopleImportWizard::createFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Choose the spreadsheet"));
    page->setSubTitle(tr("Save it as CSV first. Commas or semicolons, UTF-8 or Windows "
                         "encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood."));
    m_file = new QLineEdit(page);
    m_file->setAccessibleName(tr("Spreadsheet file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    m_fileMessage = new QLabel(page);
    m_fileMessage->setWordWrap(true);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), page);
    label->setBuddy(m_file);
    row->addWidget(label);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileMessage);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &PeopleImportWizard::browse);
    return page;
}

QWizardPage* PeopleImportWizard::createMappingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Which column is which"));
    page->setSubTitle(tr("Columns were matched by their headers. Change what is wrong; columns "
                         "left out are not imported."));
    m_mapping =
        newTable({tr("Column"), tr("First value"), tr("Person field")}, tr("Column mapping"), page);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping);
    return page;
}

QWizardPage* PeopleImportWizard::createPreviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("Nothing has been written yet. Every row must be valid: one refused row "
                         "refuses the whole import."));
    page->setFinalPage(true);
    m_preview =
        newTable({tr("Line"), tr("Given name"), tr("Family name"), tr("Birth date"), tr("Check")},
                 tr("Rows to import"), page);
    m_previewMessage = new QLabel(page);
    m_previewMessage->setWordWrap(true);
    m_previewMessage->setAccessibleName(tr("Import summary"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_previewMessage);
    layout->addWidget(m_preview, 1);
    return page;
}

QComboBox* PeopleImportWizard::mappingBox(int column) const
{
    return qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
}

QString PeopleImportWizard::message() const
{
    return currentId() == FilePage ? m_fileMessage->text() : m_previewMessage->text();
}

void PeopleImportWizard::setMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
}

void PeopleImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Spreadsheet of people"), QDir::homePath(), tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty()) m_file->setText(path);
}

bool PeopleImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) return loadFile();
    if (currentId() == PreviewPage) return importAll();
    return true;
}

void PeopleImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMapping();
    else if (id == PreviewPage)
        fillPreview();
}

bool PeopleImportWizard::loadFile()
{
    QFile file(m_file->text());
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(m_fileMessage, tr("Cannot read %1: %2").arg(m_file->text(), file.errorString()),
                   true);
        return false;
    }
    Status st = m_import->read(&file);
    setMessage(m_fileMessage, st.ok() ? QString() : st.error().message(), !st.ok());
    return st.ok();
}

void PeopleImportWizard::fillMapping()
{
    const QStringList fields = PeopleColumns::fields();
    const QStringList& header = m_import->header();
    m_mapping->setRowCount(int(header.size()));
    m_import->preview(); // for the first values
    for (int c = 0; c < header.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(header[c]));
        auto* box = new QComboBox(m_mapping);
        box->setAccessibleName(tr("Field for column %1").arg(header[c]));
        box->addItem(tr("(leave out)"), QString());
        for (const QString& f : fields)
            box->addItem(FieldLabels::label(QLatin1StringView(f.toLatin1())), f);
        box->setCurrentIndex(qMax(0, box->findData(m_import->mapping().value(c))));
        connect(box, &QComboBox::activated, this, [this, c, box] {
            m_import->setMapping(c, box->currentData().toString());
            for (int other = 0; other < m_mapping->rowCount(); ++other) // a field fills one column
                if (QComboBox* b = mappingBox(other); b && other != c)
                    b->setCurrentIndex(qMax(0, b->findData(m_import->mapping().value(other))));
        });
        m_mapping->setCellWidget(c, 2, box);
    }
    m_mapping->resizeColumnsToContents();
}

void PeopleImportWizard::fillPreview()
{
    const auto& rows = m_import->preview();
    m_preview->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const PeopleImport::Row& row = rows[size_t(r)];
        QStringList notes;
        for (const auto& p : row.problems)
            notes << p.message;
        for (const auto& d : row.duplicates)
            notes << tr("maybe %1 %2 (%3)").arg(d.givenName, d.familyName, d.caseNumber);
        const QStringList cells{QString::number(row.line), row.person.text("given_name"),
                                row.person.text("family_name"), row.person.text("birth_date"),
                                notes.isEmpty() ? tr("OK") : notes.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!row.ok()) item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    const int bad = m_import->problemCount();
    setMessage(m_previewMessage,
               bad ? tr("%n row(s) cannot be imported: correct the spreadsheet or the mapping.",
                        nullptr, bad)
                   : tr("%n person(s) ready to import.", nullptr, int(rows.size())),
               bad > 0);
}

bool PeopleImportWizard::importAll()
{
    auto done = m_import->apply();
    if (!done) {
        setMessage(m_previewMessage, done.error().message(), true);
        return false;
    }
    m_imported = *done;
    return true;
}

} // namespace percorsi

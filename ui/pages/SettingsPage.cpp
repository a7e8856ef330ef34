#include "ui/pages/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "ui/Appearance.h"
#include "ui/Language.h"
#include "ui/LocalDesk.h"
#include "ui/format/FieldFormatter.h"
#include "ui/format/FieldLabels.h"
#include "ui/pages/BackupsBox.h"
#include "ui/pages/RetentionBox.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

SettingsPage::SettingsPage(RecordStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    // The boxes scroll, so that the window still fits a 1366x768 screen.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(new PageHeader(
        tr("Settings"), tr("This installation and how it speaks to you."), nullptr, this));
    layout->addWidget(createDeskBox());
    layout->addWidget(createDatabaseBox());
    layout->addWidget(createLanguageBox());
    layout->addLayout(createProtectionRow());
    layout->addWidget(createAccessibilityBox());
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget* SettingsPage::createDeskBox()
{
    auto* box = new QGroupBox(tr("This desk"), this);
    auto* form = createForm(box);
    const auto desk = LocalDesk::read(m_store);
    if (!desk) {
        addRow(form, tr("Desk"), LocalDesk::nameAndCode(m_store));
        return box;
    }
    FieldFormatter format(m_store);
    for (const char* field : {"name", "code", "city", "neighbourhood", "country"})
        addRow(form, FieldLabels::label(QLatin1StringView(field)), format.display(*desk, field));
    return box;
}

QWidget* SettingsPage::createDatabaseBox()
{
    auto* box = new QGroupBox(tr("Database"), this);
    auto* form = createForm(box);
    Database& db = m_store.database();
    addRow(form, tr("File"), QDir::toNativeSeparators(db.path()));
    addRow(form, tr("Schema version"), QString::number(db.schemaVersion()));
    return box;
}

QWidget* SettingsPage::createLanguageBox()
{
    auto* box = new QGroupBox(tr("Language"), this);
    auto* form = createForm(box);
    m_language = new QComboBox(box);
    m_language->setAccessibleName(tr("Language of the user interface"));
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Language"), m_language);
    auto* note = new QLabel(tr("Your choice is saved and applies at once, reading direction "
                               "included."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::chooseLanguage);
    return box;
}

QLayout* SettingsPage::createProtectionRow()
{
    Database& db = m_store.database();
    m_backups = new BackupsBox(db, this);
    m_retention = new RetentionBox(db, this);
    connect(m_backups, &BackupsBox::restored, this, &SettingsPage::databaseRestored);
    auto* row = new QHBoxLayout;
    row->addWidget(m_backups, 1);
    row->addWidget(m_retention, 1);
    return row;
}

QWidget* SettingsPage::createAccessibilityBox()
{
    auto* box = new QGroupBox(tr("Accessibility"), this);
    auto* form = createForm(box);
    m_highContrast = new QCheckBox(tr("&High contrast"), box);
    m_highContrast->setAccessibleDescription(
        tr("White text on black, with the selection and the keyboard focus in yellow"));
    m_highContrast->setChecked(Appearance::highContrast());
    form->addRow(m_highContrast);
    auto* note = new QLabel(tr("Applies at once and is saved. For larger text and controls, "
                               "start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's "
                               "scaling)."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    connect(m_highContrast, &QCheckBox::toggled, this, &Appearance::chooseHighContrast);
    return box;
}

// Values and choices stay next to their labels, in either reading direction.
QFormLayout* SettingsPage::createForm(QWidget* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

void SettingsPage::addRow(QFormLayout* form, const QString& label, const QString& value)
{
    auto* text = new QLabel(value.isEmpty() ? tr("—", "no value") : value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setTextFormat(Qt::PlainText);
    text->setAccessibleName(label);
    form->addRow(label, text);
}

void SettingsPage::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    Language::choose(code);
    emit languageChanged(code);
}

} // namespace percorsi

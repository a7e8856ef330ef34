#include "ui/forms/RecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "core/storage/RecordStore.h"
#include "ui/format/FieldLabels.h"
#include "ui/forms/FieldEditor.h"

namespace percorsi {

RecordForm::RecordForm(RecordStore& store, const EntityDef& entity,
                       std::vector<const char*> fields, QWidget* parent)
    : QWidget(parent), m_store(store), m_record(entity), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setContentsMargins(0, 0, 0, 0);
    if (fields.empty()) {
        for (const FieldDef& f : entity.fields) {
            if (!f.derived && !f.owner)
                fields.push_back(f.name);
        }
    }
    for (const char* name : fields)
        addField(*entity.field(QLatin1StringView(name)));
}

void RecordForm::addField(const FieldDef& field)
{
    QWidget* editor = FieldEditor::create(field, m_store, this);
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->hide();
    QString label = FieldLabels::label(QLatin1StringView(field.name));
    editor->setAccessibleName(label);
    error->setAccessibleName(tr("%1: problem").arg(label));
    if (field.required)
        label += QStringLiteral(" *");
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(error);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_layout->addRow(caption, cell);
    m_rows[field.name] = {editor, error};
    m_order.push_back(field.name);
    watch(editor);
}

void RecordForm::watch(QWidget* editor)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textEdited, this, &RecordForm::edited);
    else if (auto* box = qobject_cast<QComboBox*>(editor))
        connect(box, &QComboBox::currentIndexChanged, this, &RecordForm::edited);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        connect(check, &QCheckBox::toggled, this, &RecordForm::edited);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, &RecordForm::edited);
}

void RecordForm::setRecord(const Record& record)
{
    m_record = record;
    const QSignalBlocker block(this);
    for (const char* name : m_order)
        FieldEditor::setValue(m_rows[name].editor, record.value(QLatin1StringView(name)));
    clearErrors();
}

Record RecordForm::record() const
{
    Record r = m_record;
    for (const char* name : m_order)
        r.set(QLatin1StringView(name), FieldEditor::value(m_rows.at(name).editor));
    return r;
}

QWidget* RecordForm::editor(const char* field) const
{
    auto it = m_rows.find(field);
    return it == m_rows.end() ? nullptr : it->second.editor;
}

bool RecordForm::showErrors(const Error& error)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const auto& fm : error.fieldMessages()) {
        auto it = m_rows.find(fm.field.toStdString());
        if (it == m_rows.end())
            continue;
        it->second.error->setText(fm.message);
        it->second.error->show();
        if (!first)
            first = it->second.editor;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first != nullptr;
}

void RecordForm::clearErrors()
{
    for (auto& [name, row] : m_rows) {
        row.error->clear();
        row.error->hide();
    }
}

QString RecordForm::errorText(const char* field) const
{
    auto it = m_rows.find(field);
    return it == m_rows.end() || it->second.error->isHidden() ? QString() : it->second.error->text();
}

} // namespace percorsi

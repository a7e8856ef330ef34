#include "ui/forms/FieldEditor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "core/domain/Codes.h"
#include "core/domain/Record.h"
#include "core/i18n/RegionNames.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

namespace {

constexpr const char* kFreeText = "percorsiFreeText";

QString placeholder(FieldType type)
{
    switch (type) {
    case FieldType::Date: return QCoreApplication::translate("FieldEditor", "YYYY-MM-DD");
    case FieldType::Time: return QCoreApplication::translate("FieldEditor", "HH:MM");
    case FieldType::Year: return QCoreApplication::translate("FieldEditor", "YYYY");
    case FieldType::Country: return QCoreApplication::translate("FieldEditor", "A name, or a two-letter code such as MA");
    case FieldType::CountryList: return QCoreApplication::translate("FieldEditor", "Two-letter codes, e.g. MA, IT");
    case FieldType::LanguageList: return QCoreApplication::translate("FieldEditor", "Language codes, e.g. ar, fr, it");
    default: return {};
    }
}

} // namespace

QWidget* FieldEditor::create(const FieldDef& field, RecordStore& store, QWidget* parent)
{
    if (field.type == FieldType::Code || field.type == FieldType::Ref) {
        auto* box = new QComboBox(parent);
        box->addItem(QString(), QVariant());
        if (field.type == FieldType::Code)
            fillCodes(box, field);
        else
            fillRefs(box, field, store);
        return box;
    }
    if (field.type == FieldType::Country) return countryBox(parent);
    if (field.type == FieldType::Bool)
        return new QCheckBox(parent);
    if (field.type == FieldType::LongText) {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().height() * 4 + 12);
        return edit;
    }
    auto* line = new QLineEdit(parent);
    line->setPlaceholderText(placeholder(field.type));
    return line;
}

void FieldEditor::fillCodes(QComboBox* box, const FieldDef& field)
{
    for (const Code& c : codes::set(QLatin1StringView(field.codes)))
        box->addItem(codes::label(QLatin1StringView(field.codes), QLatin1StringView(c.code)),
                     QString::fromLatin1(c.code));
}

// Countries by their names in the interface's language; a typed two-letter
// code is kept as it is for the validator to judge.
QComboBox* FieldEditor::countryBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(QString(), QVariant());
    for (const auto& [code, name] : RegionNames::countries())
        box->addItem(name, code);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->lineEdit()->setPlaceholderText(placeholder(FieldType::Country));
    box->setProperty(kFreeText, true);
    return box;
}

// References are picked by typing part of the name: the directory of services
// has hundreds of entries.
void FieldEditor::fillRefs(QComboBox* box, const FieldDef& field, RecordStore& store)
{
    const EntityDef* target = schema::find(QLatin1StringView(field.ref));
    auto records = store.list(*target, {.equals = {}, .orderBy = target->label, .limit = 5000});
    if (records) {
        for (const Record& r : *records)
            box->addItem(r.text(QLatin1StringView(target->label)), r.id());
    }
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void FieldEditor::setValue(QWidget* editor, const QVariant& value)
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        const int i = value.isNull() ? 0 : box->findData(value);
        box->setCurrentIndex(qMax(0, i));
        if (i < 0 && box->property(kFreeText).toBool()) box->setEditText(value.toString());
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
    }
}

QVariant FieldEditor::value(QWidget* editor)
{
    QString text;
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        // An edited combo whose text names no entry has no value.
        const int i = box->findText(box->currentText());
        if (i > 0) return box->itemData(i);
        const QString typed = box->currentText().trimmed();
        return box->property(kFreeText).toBool() && !typed.isEmpty() ? QVariant(typed) : QVariant();
    }
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked() ? 1 : 0;
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
        text = edit->toPlainText();
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        text = line->text();
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
}

} // namespace percorsi

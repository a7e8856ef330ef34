#include "ui/dialogs/PersonDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/domain/Record.h"
#include "ui/format/FieldFormatter.h"
#include "ui/format/FieldLabels.h"

namespace percorsi {

PersonDetailsDialog::PersonDetailsDialog(FieldFormatter& format, const Record& person,
                                         QWidget* parent)
    : QDialog(parent)
{
    const QString name = tr("%1 %2", "given name, family name")
                             .arg(person.text("given_name"), person.text("family_name"));
    setWindowTitle(tr("Person — %1").arg(name));
    setAccessibleName(tr("Details of %1").arg(name));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createFields(format, person));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeading(person));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QWidget* PersonDetailsDialog::createHeading(const Record& person)
{
    auto* heading = new QLabel(this);
    heading->setText(tr("%1 %2 · %3", "given name, family name, case number")
                         .arg(person.text("given_name"), person.text("family_name"),
                              person.text("case_number")));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QWidget* PersonDetailsDialog::createFields(FieldFormatter& format, const Record& person)
{
    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const EntityDef& def = person.def();
    for (int i = 0; i < person.size(); ++i) {
        const FieldDef& field = def.fields[size_t(i)];
        if (!field.synced) continue;
        const bool longText = field.type == FieldType::LongText;
        const QString value =
            longText ? person.value(i).toString() : format.display(field, person.value(i));
        addRow(form, FieldLabels::label(QLatin1StringView(field.name)), value, longText);
    }
    addRow(form, tr("Desk"), format.deskLabel(person.deskId()), false);
    return fields;
}

void PersonDetailsDialog::addRow(QFormLayout* form, const QString& label, const QString& value,
                                 bool wrap)
{
    auto* text = new QLabel(value.isEmpty() ? tr("—", "no value") : value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(wrap);
    text->setTextFormat(Qt::PlainText);
    text->setAccessibleName(label);
    form->addRow(label, text);
}

} // namespace percorsi

#include "app/cli/PersonCommands.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/CommandContext.h"
#include "app/cli/RightsCommands.h"
#include "core/domain/Validator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"

namespace percorsi::cli {

namespace {

QJsonValue jsonValue(RecordStore& store, const FieldDef& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    if (f.type == FieldType::Ref) {
        auto target = store.get(*schema::find(QLatin1StringView(f.ref)), v.toLongLong());
        return target ? QJsonValue(target->uuid()) : QJsonValue::Null;
    }
    if (f.type == FieldType::Bool)
        return v.toLongLong() != 0;
    if (f.type == FieldType::Integer || f.type == FieldType::Year)
        return v.toLongLong();
    if (f.type == FieldType::Decimal)
        return v.toDouble();
    return v.toString();
}

QJsonObject personJson(PersonStore& people, const Record& person)
{
    QJsonObject json;
    json.insert(QStringLiteral("uuid"), person.uuid());
    auto desk = people.get(schema::def(Entity::Desk), person.deskId());
    json.insert(QStringLiteral("desk"), desk ? desk->text("code") : QString());
    for (int i = 0; i < person.size(); ++i) {
        const FieldDef& f = person.def().fields[size_t(i)];
        json.insert(QLatin1StringView(f.name), jsonValue(people, f, person.value(i)));
    }
    return json;
}

int show(CommandContext& c, PersonStore& people, const Record& person)
{
    c.out() << QJsonDocument(personJson(people, person)).toJson(QJsonDocument::Indented);
    return Success;
}

// A reference is given by uuid, or for users also by username.
Result<QVariant> resolveRef(PersonStore& people, const FieldDef& f, const QString& text)
{
    if (text.isEmpty())
        return QVariant();
    const EntityDef& target = *schema::find(QLatin1StringView(f.ref));
    auto byUuid = people.getByUuid(target, text.toLower());
    if (byUuid)
        return QVariant(byUuid->id());
    if (target.indexOf("username") >= 0) {
        auto byName = people.list(target, {.field = "username", .equals = text, .limit = 1});
        if (byName && !byName->empty())
            return QVariant(byName->front().id());
    }
    return Error::invalid(Cli::tr("%1: there is no %2 '%3'")
                              .arg(QLatin1StringView(f.name), target.displayName(), text));
}

int set(CommandContext& c, PersonStore& people, Record person, const QStringList& assignments)
{
    if (assignments.isEmpty())
        return c.usage(Cli::tr("give at least one FIELD=VALUE"));
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return c.usage(Cli::tr("'%1' is not of the form FIELD=VALUE").arg(a));
        const QString name = a.left(eq);
        const QString value = a.mid(eq + 1);
        const FieldDef* f = person.def().field(name);
        if (!f)
            return c.fail(Invalid, Cli::tr("a person has no field '%1'").arg(name));
        if (f->derived)
            return c.fail(Invalid, Cli::tr("%1 is set by Percorsi and cannot be changed")
                                       .arg(name));
        if (f->type == FieldType::Ref) {
            auto id = resolveRef(people, *f, value);
            if (!id)
                return c.fail(id.error());
            person.set(name, *id);
        } else {
            person.set(name, value);
        }
    }
    auto saved = people.update(person);
    if (!saved)
        return c.fail(saved.error());
    c.out() << Cli::tr("Updated %1").arg(saved->text("case_number")) << '\n';
    return Success;
}

} // namespace

int runPerson(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addPositionalArgument(QStringLiteral("show|set|export"), Cli::tr("What to do."));
    c.parser().addOption({opt("out"), Cli::tr("With export: the JSON file to write."), opt("FILE")});
    c.parser().addPositionalArgument(QStringLiteral("ID"),
                                     Cli::tr("The person's uuid or case number."));
    c.parser().addPositionalArgument(QStringLiteral("FIELD=VALUE"),
                                     Cli::tr("With set: the fields to change."));
    if (auto stop = c.parse(2, -1))
        return *stop;
    const QStringList args = c.positional();
    const QString action = args.at(0);
    if (action != QLatin1String("show") && action != QLatin1String("set")
        && action != QLatin1String("export"))
        return c.usage(Cli::tr("unknown action '%1' (show, set or export)").arg(action));
    if (action != QLatin1String("set") && args.size() > 2)
        return c.usage(Cli::tr("unexpected argument '%1'").arg(args.at(2)));
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    PersonStore people(*db);
    auto person = people.resolve(args.at(1));
    if (!person)
        return c.fail(person.error());
    if (action == QLatin1String("show")) {
        if (Status st = AuditLog(*db).viewed(QStringLiteral("person"), person->uuid()); !st.ok())
            return c.fail(st.error());
        return show(c, people, *person);
    }
    if (action == QLatin1String("export"))
        return exportPerson(c, *db, *person);
    return set(c, people, person.value(), args.mid(2));
}

} // namespace percorsi::cli

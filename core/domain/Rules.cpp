#include "core/domain/Rules.h"

#include <array>
#include <cstdint>
#include <unordered_map>

#include <QCoreApplication>
#include <QRegularExpression>

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

// The index of the field a rule names in `def`. The rules name fields by
// string literals only, which live as long as the program: each is looked up
// by name once for an entity, then found by its address. An import checks
// a million records.
int indexOf(const EntityDef& def, const char* literal)
{
    struct Slot
    {
        const EntityDef* def = nullptr;
        const char* name = nullptr;
        int index = -1;
    };
    thread_local std::array<Slot, 256> known;
    const auto key = reinterpret_cast<std::uintptr_t>(literal) >> 3 ^
                     reinterpret_cast<std::uintptr_t>(&def) >> 4;
    Slot& slot = known[key % known.size()];
    if (slot.def != &def || slot.name != literal)
        slot = {&def, literal, def.indexOf(QLatin1StringView(literal))};
    Q_ASSERT_X(slot.index >= 0, "Rules", "unknown field");
    return slot.index;
}

const QVariant& valueOf(const Record& r, const char* f)
{
    static const QVariant none;
    const int i = indexOf(r.def(), f);
    return i < 0 ? none : r.value(i);
}

bool isNull(const Record& r, const char* f)
{
    const QVariant& v = valueOf(r, f);
    return !v.isValid() || v.isNull();
}

QDate dateOf(const Record& r, const char* f)
{
    const int i = indexOf(r.def(), f);
    return i < 0 ? QDate() : r.date(i);
}

QString textOf(const Record& r, const char* f) { return valueOf(r, f).toString(); }
qint64 integerOf(const Record& r, const char* f) { return valueOf(r, f).toLongLong(); }

// Whether the text value of a field is `literal`, without a copy of it.
bool holds(const Record& r, const char* f, QLatin1StringView literal)
{
    const QVariant& v = valueOf(r, f);
    if (v.typeId() == QMetaType::QString)
        return *static_cast<const QString*>(v.constData()) == literal;
    return v.toString() == literal;
}

// Small helpers so that each rule reads as one sentence.
class Check
{
public:
    Check(const Record& r, RuleContext& c, Error& e) : rec(r), ctx(c), err(e) {}

    bool has(const char* f) const { return !isNull(rec, f); }
    QDate date(const char* f) const { return dateOf(rec, f); }
    QString text(const char* f) const { return textOf(rec, f); }
    qint64 integer(const char* f) const { return integerOf(rec, f); }
    bool is(const char* f, const char* literal) const
    {
        return holds(rec, f, QLatin1StringView(literal));
    }
    void fail(const char* f, const QString& message) { err.addField(QLatin1StringView(f), message); }

    // The labels and messages are source texts (QT_TRANSLATE_NOOP), translated
    // only for a failure: an import checks millions of values that pass.
    void notFuture(const char* f, const char* label)
    {
        if (has(f) && date(f) > ctx.today())
            fail(f, Tr::tr("%1 %2 is in the future").arg(Tr::tr(label), text(f)));
    }
    void notBefore(const char* later, const char* earlier, const char* message)
    {
        if (has(later) && has(earlier) && date(later) < date(earlier))
            fail(later, Tr::tr(message).arg(text(later), text(earlier)));
    }
    void requiredWhen(bool condition, const char* f, const char* message)
    {
        if (condition && !has(f))
            fail(f, Tr::tr(message));
    }

    const Record& rec;
    RuleContext& ctx;
    Error& err;
};

void checkDesk(Check& c)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2,3}(-[A-Z0-9]{1,4})?$"));
    if (c.has("code") && !code.match(c.text("code")).hasMatch())
        c.fail("code", Tr::tr("code: '%1' is not a desk code of the form MI-SS (two or three "
                              "capital letters, optionally a dash and up to four more)")
                           .arg(c.text("code")));
}

void checkUser(Check& c)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (c.has("username") && !name.match(c.text("username")).hasMatch())
        c.fail("username", Tr::tr("username: '%1' must be 2 to 32 lower-case letters, digits, "
                                  "dots, dashes or underscores")
                               .arg(c.text("username")));
}

void checkPerson(Check& c)
{
    const int thisYear = c.ctx.today().year();
    c.notFuture("birth_date", QT_TRANSLATE_NOOP("Rules", "Birth date"));
    c.notFuture("intake_date", QT_TRANSLATE_NOOP("Rules", "Intake date"));
    if (c.has("birth_year") && c.integer("birth_year") > thisYear)
        c.fail("birth_year", Tr::tr("Birth year %1 is in the future").arg(c.integer("birth_year")));
    if (c.has("birth_date") && c.has("birth_year")
        && c.date("birth_date").year() != c.integer("birth_year"))
        c.fail("birth_year", Tr::tr("Birth year %1 does not match the birth date %2")
                                 .arg(c.text("birth_year"), c.text("birth_date")));
    const int born = c.has("birth_date") ? c.date("birth_date").year()
                                         : int(c.integer("birth_year"));
    if (c.has("arrival_year")) {
        const qint64 arrival = c.integer("arrival_year");
        if (arrival > thisYear)
            c.fail("arrival_year", Tr::tr("Arrival year %1 is in the future").arg(arrival));
        else if (born > 0 && arrival < born)
            c.fail("arrival_year",
                   Tr::tr("Arrival year %1 is before the birth year %2").arg(arrival).arg(born));
    }
    if (c.has("birth_date") && c.has("intake_date") && c.date("intake_date") < c.date("birth_date"))
        c.fail("intake_date", Tr::tr("Intake date %1 is before the birth date %2")
                                  .arg(c.text("intake_date"), c.text("birth_date")));
    if (c.has("children") && c.has("household_size")
        && c.integer("children") >= c.integer("household_size"))
        c.fail("children", Tr::tr("%1 children do not fit in a household of %2")
                               .arg(c.integer("children"))
                               .arg(c.integer("household_size")));
    const bool closed = c.is("status", "closed");
    c.requiredWhen(closed, "exit_date", QT_TRANSLATE_NOOP("Rules", "A closed case needs an exit date"));
    c.requiredWhen(closed, "close_reason", QT_TRANSLATE_NOOP("Rules", "A closed case needs a reason for closing"));
    if (!closed && (c.has("exit_date") || c.has("close_reason")))
        c.fail("status", Tr::tr("Only a closed case has an exit date and a reason for closing"));
    c.notBefore("exit_date", "intake_date", QT_TRANSLATE_NOOP("Rules", "Exit date %1 is before the intake date %2"));
}

void checkPeriod(Check& c, const char* start, const char* end)
{
    c.notBefore(end, start, QT_TRANSLATE_NOOP("Rules", "End date %1 is before the start date %2"));
}

void checkConsent(Check& c)
{
    c.notFuture("given_on", QT_TRANSLATE_NOOP("Rules", "Consent date"));
    c.notBefore("expires_on", "given_on", QT_TRANSLATE_NOOP("Rules", "Expiry %1 is before the consent date %2"));
    c.notBefore("withdrawn_on", "given_on", QT_TRANSLATE_NOOP("Rules", "Withdrawal %1 is before the consent date %2"));
}

void checkPath(Check& c)
{
    checkPeriod(c, "start_date", "end_date");
}

void checkSession(Check& c)
{
    const auto path = c.ctx.find(Entity::Path, c.integer("path_id"));
    if (!path || !c.has("date"))
        return;
    const QDate d = c.date("date");
    if (d < dateOf(*path, "start_date") || d > dateOf(*path, "end_date"))
        c.fail("date", Tr::tr("Session date %1 is outside the path's dates (%2 to %3)")
                           .arg(c.text("date"), textOf(*path, "start_date"), textOf(*path, "end_date")));
}

void checkEnrolment(Check& c)
{
    c.notBefore("ended_on", "enrolled_on", QT_TRANSLATE_NOOP("Rules", "End %1 is before the enrolment date %2"));
    const QString status = c.text("status");
    c.requiredWhen(status == QLatin1String("completed") || status == QLatin1String("withdrawn"),
                   "ended_on", QT_TRANSLATE_NOOP("Rules", "A completed or withdrawn enrolment needs an end date"));
}

void checkAttendance(Check& c)
{
    const auto session = c.ctx.find(Entity::Session, c.integer("session_id"));
    if (!session)
        return;
    if (!c.ctx.isEnrolled(integerOf(*session, "path_id"), c.integer("person_id")))
        c.fail("person_id", Tr::tr("The person is not enrolled in this session's path"));
    if (c.has("hours") && valueOf(c.rec, "hours").toDouble() * 60 > integerOf(*session, "minutes") + 0.5)
        c.fail("hours", Tr::tr("%1 hours is longer than the session (%2 minutes)")
                            .arg(c.text("hours"))
                            .arg(integerOf(*session, "minutes")));
    if (c.has("hours") && !c.is("status", "present")
        && valueOf(c.rec, "hours").toDouble() > 0)
        c.fail("hours", Tr::tr("Only a person present has hours of attendance"));
}

void checkReferral(Check& c)
{
    c.notFuture("referred_on", QT_TRANSLATE_NOOP("Rules", "Referral date"));
    c.notBefore("closed_on", "referred_on", QT_TRANSLATE_NOOP("Rules", "Closing date %1 is before the referral %2"));
}

void checkPlacement(Check& c)
{
    checkPeriod(c, "start_date", "end_date");
    const QString stage = c.text("stage");
    const bool begun = stage == QLatin1String("started") || stage == QLatin1String("ended");
    c.requiredWhen(begun, "start_date", QT_TRANSLATE_NOOP("Rules", "A started placement needs a start date"));
    c.requiredWhen(stage == QLatin1String("ended"), "end_date",
                   QT_TRANSLATE_NOOP("Rules", "An ended placement needs an end date"));
    if (stage == QLatin1String("ended"))
        c.notFuture("end_date", QT_TRANSLATE_NOOP("Rules", "End date"));
    c.requiredWhen(!c.is("type", "self_employment"), "employer_id",
                   QT_TRANSLATE_NOOP("Rules", "A placement other than self-employment needs an employer"));
    if (c.has("outcome") && stage != QLatin1String("ended"))
        c.fail("outcome", Tr::tr("Only an ended placement has an outcome"));
    c.requiredWhen(c.is("outcome", "interrupted"), "outcome_note",
                   QT_TRANSLATE_NOOP("Rules", "An interrupted placement needs a note saying why"));
}

void checkFollowupPlacement(Check& c)
{
    const bool afterPlacement = c.is("reason", "placement_end");
    c.requiredWhen(afterPlacement, "placement_id",
                   QT_TRANSLATE_NOOP("Rules", "A follow-up after a placement needs the placement"));
    if (!afterPlacement && c.has("placement_id"))
        c.fail("placement_id", Tr::tr("A follow-up after leaving the programme has no placement"));
    const auto placement = c.has("placement_id")
                               ? c.ctx.find(Entity::Placement, c.integer("placement_id"))
                               : nullptr;
    if (!placement)
        return;
    if (integerOf(*placement, "person_id") != c.integer("person_id"))
        c.fail("placement_id", Tr::tr("The placement is of another person"));
    if (c.has("done_on") && !isNull(*placement, "end_date")
        && c.date("done_on") < dateOf(*placement, "end_date"))
        c.fail("done_on", Tr::tr("Follow-up date %1 is before the placement ended (%2)")
                              .arg(c.text("done_on"), textOf(*placement, "end_date")));
}

void checkFollowup(Check& c)
{
    c.notFuture("done_on", QT_TRANSLATE_NOOP("Rules", "Follow-up date"));
    c.requiredWhen(c.has("done_on"), "situation",
                   QT_TRANSLATE_NOOP("Rules", "A follow-up done needs the situation found"));
    c.requiredWhen(c.has("situation"), "done_on",
                   QT_TRANSLATE_NOOP("Rules", "A situation needs the date of the follow-up"));
    checkFollowupPlacement(c);
}

void checkVenture(Check& c)
{
    c.notFuture("started_on", QT_TRANSLATE_NOOP("Rules", "Start of the business"));
    c.requiredWhen(c.is("stage", "started"), "started_on",
                   QT_TRANSLATE_NOOP("Rules", "A business started needs its start date"));
}

// People are named once they have come: an event still to come has no named participants.
void checkEventParticipant(Check& c)
{
    const auto event = c.ctx.find(Entity::Event, c.integer("event_id"));
    if (event && dateOf(*event, "date") > c.ctx.today())
        c.fail("event_id", Tr::tr("The event of %1 has not taken place yet: participants are "
                                  "named after it")
                               .arg(textOf(*event, "date")));
}

void checkEvent(Check& c)
{
    auto sum = [&c](std::initializer_list<const char*> fields, bool* any) {
        qint64 total = 0;
        for (const char* f : fields) {
            *any = *any || c.has(f);
            total += c.integer(f);
        }
        return total;
    };
    bool anyGender = false, anyAge = false;
    const qint64 genders = sum({"women", "men", "non_binary"}, &anyGender);
    const qint64 ages = sum({"age_under_18", "age_18_29", "age_30_54", "age_55_plus"}, &anyAge);
    if (anyGender && anyAge && genders != ages)
        c.fail("age_under_18", Tr::tr("The headcount by age (%1) differs from the headcount by "
                                      "gender (%2)")
                                   .arg(ages)
                                   .arg(genders));
}

} // namespace

void Rules::check(const Record& record, RuleContext& context, Error& error)
{
    using Rule = void (*)(Check&);
    // By the schema's own definitions, found by address, not by name: an
    // import checks a million records.
    static const std::unordered_map<const EntityDef*, Rule> rules = [] {
        const auto period = [](Check& c) { checkPeriod(c, "start_date", "end_date"); };
        const std::pair<Entity, Rule> all[] = {
            {Entity::Desk, checkDesk},
            {Entity::User, checkUser},
            {Entity::Person, checkPerson},
            {Entity::Project, period},
            {Entity::Consent, checkConsent},
            {Entity::Assessment,
             [](Check& c) { c.notFuture("assessed_on", QT_TRANSLATE_NOOP("Rules", "Assessment date")); }},
            {Entity::Path, checkPath},
            {Entity::Session, checkSession},
            {Entity::Enrolment, checkEnrolment},
            {Entity::Attendance, checkAttendance},
            {Entity::Intervention,
             [](Check& c) { c.notFuture("date", QT_TRANSLATE_NOOP("Rules", "Intervention date")); }},
            {Entity::Referral, checkReferral},
            {Entity::Placement, checkPlacement},
            {Entity::Event, checkEvent},
            {Entity::Followup, checkFollowup},
            {Entity::Venture, checkVenture},
            {Entity::EventParticipant, checkEventParticipant},
        };
        std::unordered_map<const EntityDef*, Rule> map;
        for (const auto& [entity, rule] : all)
            map.emplace(&schema::def(entity), rule);
        return map;
    }();
    const auto it = rules.find(&record.def());
    if (it == rules.end())
        return;
    Check c(record, context, error);
    it->second(c);
}

} // namespace percorsi

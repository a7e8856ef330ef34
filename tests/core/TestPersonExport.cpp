#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/exchange/PersonExport.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProtectionSettings.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

QJsonObject field(const QJsonObject& record, const char* name)
{
    for (const QJsonValue& f : record.value(QStringLiteral("fields")).toArray()) {
        if (f.toObject().value(QStringLiteral("name")).toString() == QLatin1String(name))
            return f.toObject();
    }
    return {};
}

std::vector<QJsonObject> recordsOf(const QJsonObject& doc, const char* entity)
{
    std::vector<QJsonObject> out;
    for (const QJsonValue& r : doc.value(QStringLiteral("records")).toArray()) {
        if (r.toObject().value(QStringLiteral("entity")).toString() == QLatin1String(entity))
            out.push_back(r.toObject());
    }
    return out;
}

} // namespace

TEST_CASE("A person's export holds every record of hers with labels", "[person-export]")
{
    TestDatabase t;
    const qint64 her = test::addPerson(t.db());
    const qint64 other =
        test::addPerson(t.db(), QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    const qint64 path = test::add(t.db(), test::path(QStringLiteral("Italiano A2")));
    const qint64 session = test::add(t.db(), test::session(path));
    for (qint64 p : {her, other}) {
        test::add(t.db(), test::enrolment(path, p));
        test::add(t.db(), test::attendance(session, p));
    }
    test::add(t.db(), Record(Entity::Consent)
                          .with("person_id", her)
                          .with("purpose", QStringLiteral("services"))
                          .with("legal_basis", QStringLiteral("consent"))
                          .with("given_on", QStringLiteral("2026-02-10")));

    auto doc = PersonExport(t.db()).build(her);
    REQUIRE(doc.ok());
    CHECK(doc->value(QStringLiteral("format")).toString() ==
          QLatin1String("percorsi-person-export"));
    const auto person = recordsOf(*doc, "person");
    REQUIRE(person.size() == 1);
    CHECK(field(person[0], "given_name").value(QStringLiteral("value")).toString() ==
          QLatin1String("Amina"));
    CHECK(field(person[0], "given_name").value(QStringLiteral("label")).toString() ==
          QLatin1String("Given name"));
    CHECK(field(person[0], "gender").value(QStringLiteral("text")).toString() ==
          QLatin1String("Woman"));
    CHECK(recordsOf(*doc, "consent").size() == 1);
    CHECK(
        field(recordsOf(*doc, "consent")[0], "purpose").value(QStringLiteral("value")).toString() ==
        QLatin1String("services"));
    REQUIRE(recordsOf(*doc, "enrolment").size() == 1);
    CHECK(field(recordsOf(*doc, "enrolment")[0], "path_id")
              .value(QStringLiteral("text"))
              .toString() == QLatin1String("Italiano A2"));
    CHECK(recordsOf(*doc, "attendance").size() == 1);
    CHECK(doc->value(QStringLiteral("records")).toArray().size() == 4);
    CHECK_FALSE(QJsonDocument(*doc).toJson().contains("Fátima"));

    const QString file = t.dir() + QStringLiteral("/her.json");
    REQUIRE(PersonExport(t.db()).exportTo(her, file, QStringLiteral("operator")).ok());
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject read = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(read.value(QStringLiteral("case_number")).toString() ==
          doc->value(QStringLiteral("case_number")).toString());
    CHECK(*t.db().connection().scalar("SELECT count(*) FROM audit WHERE action = 'export'") == 1);
}

TEST_CASE("Closed cases past the retention period are listed for erasure", "[retention]")
{
    TestDatabase t;
    PersonStore people(t.db());
    auto old = people.create(test::person(QStringLiteral("Old"), QStringLiteral("Case"))
                                 .with("intake_date", QStringLiteral("2019-01-10")));
    auto recent = people.create(test::person(QStringLiteral("Recent"), QStringLiteral("Case"))
                                    .with("intake_date", QStringLiteral("2019-01-10")));
    REQUIRE(old.ok());
    REQUIRE(recent.ok());
    test::addPerson(t.db()); // active
    REQUIRE(people.closeCase(old->id(), QStringLiteral("completed"), QDate(2020, 3, 1)).ok());
    REQUIRE(people.closeCase(recent->id(), QStringLiteral("completed"), QDate(2024, 3, 1)).ok());

    ProtectionSettings settings(t.db());
    CHECK(settings.retentionMonths() == 60);
    auto due = settings.dueForErasure();
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->front().personId == old->id());
    CHECK(due->front().exitDate == QDate(2020, 3, 1));

    REQUIRE(settings.setRetentionMonths(24).ok());
    CHECK(settings.dueForErasure()->size() == 2);
    auto bad = settings.setRetentionMonths(0);
    REQUIRE_FALSE(bad.ok());
    CHECK(settings.retentionMonths() == 24);
    REQUIRE(settings.setBackupKeepDays(30).ok());
    CHECK(settings.backupKeepDays() == 30);
    CHECK_FALSE(settings.setBackupKeepDays(-1).ok());
}

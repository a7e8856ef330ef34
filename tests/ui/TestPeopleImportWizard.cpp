#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/sync/PeopleImportWizard.h"

using namespace percorsi;

namespace {

QString writeFile(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 people(Database& db)
{
    return *RecordStore(db).count(schema::def(Entity::Person));
}

// Chooses a field for a column as the user does: pick it in the column's box.
void mapColumn(PeopleImportWizard& wizard, int column, const QString& field)
{
    QComboBox* box = wizard.mappingBox(column);
    REQUIRE(box);
    const int index = box->findData(field);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

} // namespace

TEST_CASE("The people import wizard maps columns, shows a refused row and writes nothing")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    const QString path = writeFile(dir, "Nome;Cognome;Sesso;Nata il\r\n"
                                        "Amina;Diallo;F;12/04/1990\r\n"
                                        "Sara;Haile;F;31/02/1991\r\n");
    PeopleImportWizard wizard(t.db());
    REQUIRE(uitest::showActive(wizard));
    QTest::keyClicks(wizard.fileEdit(), path);
    wizard.next();
    REQUIRE(wizard.currentId() == PeopleImportWizard::MappingPage);
    CHECK(wizard.mappingBox(0)->currentData().toString() == QStringLiteral("given_name"));
    CHECK(wizard.mappingBox(1)->currentData().toString() == QStringLiteral("family_name"));
    CHECK(wizard.mappingBox(3)->currentData().toString().isEmpty()); // "Nata il" is not known
    mapColumn(wizard, 3, QStringLiteral("birth_date"));

    wizard.next();
    REQUIRE(wizard.currentId() == PeopleImportWizard::PreviewPage);
    QTableWidget* rows = wizard.previewTable();
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->item(0, 3)->text() == QStringLiteral("1990-04-12"));
    CHECK(rows->item(0, 4)->text() == QStringLiteral("OK"));
    CHECK(rows->item(1, 0)->text() == QStringLiteral("3"));
    CHECK(rows->item(1, 4)->text().contains(QStringLiteral("birth date")));
    CHECK(wizard.message().startsWith(QStringLiteral("1 row(s) cannot be imported")));

    CHECK(!wizard.validateCurrentPage());
    CHECK(wizard.message().contains(QStringLiteral("Line 3")));
    CHECK(people(t.db()) == 0);
}

TEST_CASE("The people import wizard creates every person when all rows are valid")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    const QString path = writeFile(dir, "First name,Last name,Gender,Phone\n"
                                        "Amina,Diallo,woman,+39 333 1234567\n"
                                        "Mariam,Kone,F,\n");
    PeopleImportWizard wizard(t.db());
    REQUIRE(uitest::showActive(wizard));
    wizard.fileEdit()->setText(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == PeopleImportWizard::PreviewPage);
    CHECK(wizard.message() == QStringLiteral("2 person(s) ready to import."));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.imported() == 2);
    CHECK(people(t.db()) == 2);
}

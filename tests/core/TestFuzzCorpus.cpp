// The fuzz harnesses' seed corpus, and every input that once crashed a
// harness (tests/data/fuzz/<harness>/), run through the harness bodies in the
// ordinary (sanitized) test build: a fix stays fixed.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include "core/storage/Checker.h"
#include "core/sync/Digest.h"
#include "tests/fuzz/FuzzTargets.h"

using namespace percorsi;

namespace {

using Target = int (*)(const uint8_t*, size_t);

int runDirectory(const QString& path, Target target)
{
    int inputs = 0;
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO("input " << dir.filePath(name).toStdString());
        CHECK(target(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())) ==
              0);
        ++inputs;
    }
    return inputs;
}

// Every seed and regression input of one harness; the database the importing
// harnesses read into must come out unchanged and sound.
void runHarness(const char* name, Target target)
{
    Database& db = fuzz::database();
    const QString before = *Digest::compute(db);
    const QString harness = QString::fromLatin1(name);
    const int seeds = runDirectory(QStringLiteral(PERCORSI_FUZZ_CORPUS "/") + harness, target);
    runDirectory(QStringLiteral(PERCORSI_TEST_DATA "/fuzz/") + harness, target);
    CHECK(seeds > 0);
    CHECK(*Digest::compute(db) == before);
    auto report = Checker(db).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}

} // namespace

TEST_CASE("the manifest harness's corpus is refused or read without harm", "[fuzz]")
{
    runHarness("manifest", fuzz::manifest);
}

TEST_CASE("the JSON Lines harness's corpus is read without harm", "[fuzz]")
{
    runHarness("jsonl", fuzz::jsonLines);
}

TEST_CASE("the CSV harness's corpus is read without harm", "[fuzz]")
{
    runHarness("csv", fuzz::csv);
}

TEST_CASE("the zip harness's corpus is refused or dry-run without harm", "[fuzz]")
{
    runHarness("zip", fuzz::zip);
}

TEST_CASE("the decryption harness's corpus is refused or decrypted without harm", "[fuzz]")
{
    runHarness("decrypt", fuzz::decrypt);
}

TEST_CASE("the spreadsheet import harness's corpus is previewed without harm", "[fuzz]")
{
    runHarness("people_import", fuzz::peopleImport);
}

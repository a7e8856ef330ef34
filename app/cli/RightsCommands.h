#pragma once

namespace percorsi {
class Database;
class PersonStore;
class Record;
} // namespace percorsi

namespace percorsi::cli {

class CommandContext;

// Data protection: erasure, export of one person's data, retention, backups.
int runErase(CommandContext& context);
int runRetention(CommandContext& context);
int runBackup(CommandContext& context);
int runRestore(CommandContext& context);
// `person export`: everything about her as JSON into --out FILE.
int exportPerson(CommandContext& context, Database& db, const Record& person);

} // namespace percorsi::cli

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>Logga in först: %1 kräver ett konto.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>Rollen %1 för %2 tillåter inte %3.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>läsa %1-poster</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>läsa den här %1-posten: den hör till en person utanför ditt kontor eller dina aktiviteter</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 av en %2-post</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1: tillfället hör inte till någon av dina aktiviteter</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1: personen hör till ett annat kontor</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1: personen är utanför ditt kontor eller dina aktiviteter</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>söka personer</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Ingen når närvarogränsen på %1 %.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Det finns inget att skriva ut.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Namnlista — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>Närvarolista — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>Närvarointyg — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Det finns ingen aktivitet med id %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>Granskningspost %1 följer inte posten före: en post har tagits bort eller lagts till.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>Granskningspost %1 har ändrats.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>Granskningsloggen slutar vid post %1, men slutade vid %2: poster har tagits bort.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>läsa granskningsloggen</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>Kontot %1 är låst efter %2 misslyckade inloggningar; försök igen efter %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuter</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>Den här databasen har redan konton; nya konton skapas av en administratör.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Säkerhetskopieringen avbröts.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan inte ersätta %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Kan inte skriva säkerhetskopian %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan inte läsa %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 är ingen säkerhetskopia av Percorsi: de första byten är inte de i en SQLite-databas.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 är ingen Percorsi-databas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 har skrivits av en nyare version av Percorsi (schema %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>En databas kan inte återställas från sig själv.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>Databasen är upptagen; försök igen.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>%1 kunde inte återställas; databasen lämnades som den var: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>det gick inte att skriva till disken</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas: %2. Själva databasen är oförändrad; frigör utrymme eller välj en annan mapp och försök igen.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Kan inte skapa mappen för säkerhetskopior %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>Kan inte flytta undan den skadade databasen %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Kan inte flytta undan %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>Kan inte kopiera säkerhetskopian %1 till %2; den skadade filen har lagts tillbaka.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite-integritet: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>Databasen %1 är skadad och kan inte kontrolleras (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>Post %1 i %2 hänvisar till en saknad %3.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Kan inte kontrollera %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1: %2 post(er)</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 med felaktigt uuid</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 levande under en raderingsmarkering</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 tom</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 med okänd kod</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 inte ett giltigt datum</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>det lokala kontoret saknas</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>avslutade ärenden utan utskrivningsdatum</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>personer som lämnade före sitt intag</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 som slutar innan den börjar</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>träffar utanför aktivitetens datum</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>närvaro för personer som inte är inskrivna i aktiviteten</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>personer som saknas i sökindexet eller är indexerade under ett annat namn</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>poster i sökindexet utan person</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>personer vars uppgifter för rapporterna saknas eller är inaktuella</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>uppgifter för rapporterna utan person</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>aktiviteter vars närvarosammanställning saknas eller är inaktuell</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   skapar en databas och dess kontor</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          fyller en ny databas med demodata</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  räknar posterna för varje entitet</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             söker personer efter namn eller ärendenummer</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   visar, ändrar eller exporterar en person</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  kontrollerar integritet och invarianter</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  fingeravtryck av allt synligt innehåll</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   sammanfogar ett paket</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   listar eller löser konflikter</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   lägesrapport för finansiärer</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               raderar en person och alla hennes poster</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             avslutade ärenden efter bevarandetiden</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       säkerhetskopierar databasen och kontrollerar kopian</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     återställer databasen från en kontrollerad säkerhetskopia</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>Användning: percorsi-cli [--lang CODE] KOMMANDO [FLAGGOR]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>Kommandon som öppnar en databas loggar in med --user NAME och --password-file FILE,
eller med PERCORSI_USER och PERCORSI_PASSWORD; init skapar den användaren som administratör.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>--lang CODE väljer meddelandenas språk (%1); utan det systemets språk
(LC_ALL, LC_MESSAGES, LANG) om Percorsi talar det, annars engelska.
Listor, JSON och namn på flaggor och kommandon är desamma på alla språk.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>Slutkoder: 0 lyckades, 1 felaktig användning, 2 ogiltig indata eller data (inget skrivs),
fel lösenord eller ett låst konto, eller en roll som inte tillåter det,
3 I/O- eller databasfel (en fil som saknas, är skadad eller från en nyare version).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>okänt kommando '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument saknas</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>oväntat argument '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 tar ett heltal från %2 till %3, inte '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasfilen.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>Användarnamnet (standard: $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>En fil vars första rad är lösenordet (standard: $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (eller PERCORSI_USER) krävs</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (eller PERCORSI_PASSWORD) krävs</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>kan inte läsa lösenordsfilen %1: %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE krävs</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (se percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>Kontorets namn.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>Kontorets stad.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>Prefix för ärendenummer, till exempel MI-SS (härleds från stad och namn om det utelämnas).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>Kontorets stadsdel.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>ISO-landskod, till exempel SE.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>Administratörens fullständiga namn (standard: användarnamnet).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME krävs</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>Skapade kontoret %1 (%2) i %3 med administratören %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>Hur många personer (standard 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Slumpfrö (standard 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>Skapade %1 personer och %2 poster på %3 s</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>Namn, del av ett namn eller ärendenummer.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>Högst så många personer (standard 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>databasen %1 är skadad; återställ den från en säkerhetskopia</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>%n invariant håller inte</numerusform>
            <numerusform>%n invarianter håller inte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1: det finns ingen %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>ange minst ett FIELD=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' har inte formen FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>en person har inget fält '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>%1 sätts av Percorsi och kan inte ändras</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Uppdaterade %1</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>Med export: JSON-filen som skrivs.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>Personens uuid eller ärendenummer.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>Med set: fälten som ändras.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>okänd åtgärd '%1' (show, set eller export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>Exporterade uppgifterna om %1 till %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>Raderade %1: hennes poster är borta och bara en raderingsmarkering finns kvar för att meddela andra kontor.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>Anger bevarandetiden i månader efter avslut.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>Bevarandetid: %1 månader efter avslut; %n avslutat ärende har passerat den</numerusform>
            <numerusform>Bevarandetid: %1 månader efter avslut; %n avslutade ärenden har passerat den</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Säkerhetskopian som skrivs.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>Säkerhetskopierade %1 till %2 (kontrollerad)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Säkerhetskopian som återställs.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE krävs</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>Återställde %1 från %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>%1 innehåller ingen lösenfras</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 borttagna, %5 överhoppade (borttagna här), %6 konflikter</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Paketfilen som skrivs.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines, standard) eller csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>Bara det som ändrats sedan det senaste paketet till det här kontoret (kod eller uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>Kryptera med lösenfrasen i den här filen.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE krävs</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>--format tar json eller csv, inte '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>Skrev %1 poster till %2 (paket %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>Paketet som sammanfogas.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>Rapportera vad som skulle ändras och ändra ingenting.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>Lösenfrasen för ett krypterat paket.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>Skulle sammanfoga %1 rader från %2: %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>Sammanfogade %1 rader från %2: %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>Även konflikter som redan är lösta.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>Löser konflikt ID genom att behålla värdet som vann.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>Löser konflikt ID genom att skriva tillbaka det förlorade värdet.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>ange --keep eller --reverse, inte båda</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>Löste konflikt %1</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>--%1 måste vara ett datum som 2026-06-30, inte "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>Projektnamn (standard: alla personer).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Periodens första dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Periodens sista dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>Kontorets namn (standard: alla kontor).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json, csv, xlsx eller pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som skrivs.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>--format måste vara json, csv, xlsx eller pdf</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>Skrev rapporten om %1 personer till %2 (indikatorer beräknade på %3 ms)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>--%1 tar ett datum som 2026-06-15, inte '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>Kontrollera att ingen post har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>Bara posterna för det här användarnamnet.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>Bara den här åtgärden (login, view, update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>Från och med den här dagen (ÅÅÅÅ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>Till och med den här dagen (ÅÅÅÅ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>Hur många ändringar.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>Prefix för de skrivna värdena.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>det finns ingen att ändra</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>okänt språk '%1'; tillgängliga: %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>--lang behöver en språkkod: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visar den här hjälpen.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Inget uppehållstillstånd</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Asylsökande</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Flyktingstatus</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Alternativt skyddsbehövande</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>Synnerligen ömmande omständigheter</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Tillfälligt skydd</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Anknytning</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>Varaktigt bosatt (EU)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>EU-medborgare</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>Svenskt medborgarskap</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <source>C2</source>
        <translation>C2</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Egenföretagare</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Utanför arbetskraften</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Utanför arbetskraften, studerar</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Stabilt boende</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>Bor hos släkt eller vänner</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Migrationsverkets boende</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Härbärge</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>Osäkert eller otillräckligt boende</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Hemlös</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>Kom själv</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mun till mun</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Förening eller organisation</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>Kvartersmottagning</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>Planen genomförd</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>Fick arbete</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttade</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Tappade kontakten</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Avbröt</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>Söker arbete</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>Studerar</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Fick en examen</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>Delning av uppgifter med partner</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>Anonym rapportering</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rättslig förpliktelse</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Grundläggande intressen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Uppgift av allmänt intresse</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridik</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Barnomsorg</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Socialt nätverk</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>Stärkandegrupp</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Språkkurs</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Yrkesutbildning</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>Yrkesvägledning</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>Eget företagande</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>Stadsbesök</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Lärande mellan deltagare</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorskap</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>Konstverkstad</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giltig frånvaro</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psykologiskt</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>Språklig och kulturell tolkning</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>Vägledning till tjänster</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Jobbcoachning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>Idrott och fritid</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Mikro (under 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>Litet (10–49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>Medelstort (50–249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>Stort (250 eller fler)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>Informationsmöte</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>Stöd för mångfaldsarbete</translation>
    </message>
    <message>
        <source>Vacancy shared</source>
        <translation>Delad vakans</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Curricular internship</source>
        <translation>Praktik inom utbildning</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>Praktik (arbetsmarknadsinsats)</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Lärlingsanställning</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Visstidsanställning</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Tillsvidareanställning</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Eget företag</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>Anställningsstöd</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Söker arbete</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Lämnade programmet</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Placeringen avslutad</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Affärsplan</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>Företaget startat</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Öppet hus</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Informationskampanj</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Offentligt evenemang</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Andel kvinnor (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Kvinnor i utbildning för eget företagande</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>Beslutsfattare i samskapande</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>Föreningar i samskapande</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>Tjänstepersoner i samskapande</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>Tillfrågade invånare</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>Personer vid evenemang</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>Personer som kampanjen nådde</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>Placeringar i arbete</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>Genomförda utbildningstimmar</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>Genomförda aktiviteter</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Kan inte öppna databasen %1: %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Nådda personer över tid, mot målet</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>Nådda personer per kontor</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Nådda personer per kön och åldersgrupp</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>Närvarograd per aktivitetstyp (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Remisser per utfall</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Placeringar: föreslagna, påbörjade, anställda</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagna</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>Behov (0–3) och egenmakt (1–5): vid inskrivning och senaste</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Vid inskrivning</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>Att göra, inte gjorda</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gjorda: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>Ett krypterat värde har ändrats eller flyttats från posten det skrevs för.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan inte läsa %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 är inte en Percorsi-databas, eller så är den skadad: de första byten är inte de för en SQLite-databas.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 är en SQLite-databas för ett annat program, inte för Percorsi; den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>%1 skrevs av en nyare version av Percorsi (schema %2; den här versionen känner till högst schema %3). Den öppnades inte och inget ändrades; använd den nyare versionen.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Det finns ingen databas på %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>Databasen %1 är skadad och kan inte läsas (%2). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Kan inte läsa schemaversionen för %1.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Kan inte konfigurera databasen %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>Databasen %1 har inget kontor än; skapa ett först med "percorsi-cli init --db %1 --desk-name NAMN".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 har schema %2, inte %3: öppna den först för skrivning.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>Databasen %1 är skadad (%2). Den öppnades inte och inget i den ändrades; återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>kontrollen gav inget svar</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>den är avkortad: %1 byte av %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>Antalet personer måste vara mellan 0 och %L1.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>Databasen %1 innehåller redan personer; demodata kan bara läggas till i en databas utan personer.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>Skapandet av demodata avbröts; inget skrevs.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>Databasen %1 har redan sitt kontor.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Det finns inget kontor med id %1.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>desk</source>
        <translation>kontor</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>projektmål</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>kartläggning</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>planmål</translation>
    </message>
    <message>
        <source>path</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>session</source>
        <translation>träff</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inskrivning</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>remiss</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>arbetsgivare</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>arbetsgivarinsats</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placering</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evenemang</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>företag</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>deltagare i evenemang</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>Ett kontor i programmet: detta och de som är kända via synkronisering</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>En handläggare, utbildare, samordnare eller administratör</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>Ett finansierat program med period och finansiär</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>Projektmål</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>Ett mål för en projektindikator</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>En person som programmet stöder</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>Ett samtycke från en person, per ändamål</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Kartläggningar</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>En social kartläggning: behov och självskattad egenmakt</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Planmål</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>Ett mål i en persons individuella plan</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>En kurs, grupp eller aktivitet med schema</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>En träff i en aktivitet</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>En person som deltar i en aktivitet</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Närvaroposter</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>En persons närvaro vid en träff</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>Individuellt stöd: juridiskt, psykologiskt, socialt …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>En lokal tjänst i den delade katalogen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>En person som remitterats till en tjänst, och utfallet</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>Ett företag som deltar i programmet</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>Arbetsgivarinsatser</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>En informations- eller mångfaldsinsats med en arbetsgivare</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>En praktik, ett anställningsstöd eller ett arbete för en person</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>Ett evenemang och antalet deltagare</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Det finns ingen %1 med id %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>Hennes poster raderades, men filen %1 kunde inte komprimeras: %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>Hennes poster raderades, men gamla kopior av dem finns kvar i filen %1 eftersom ett annat program läser den; de tas bort vid nästa radering när den har stängts.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>Anteckningar av särskild kategori är krypterade och ditt konto har ingen nyckel till dem: en administratör måste återställa ditt lösenord för att ge dig tillgång till anteckningarna.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>Fältet %1 i %2-posten %3 kan inte dekrypteras: det har ändrats eller flyttats från en annan post eller ett annat fält.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. MA, IT</source>
        <translation>Koder med två bokstäver, t.ex. MA, SE</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>Språkkoder, t.ex. ar, fr, sv</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>Ett namn, eller en kod med två bokstäver som MA</translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>18–29 år</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>30–54 år</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>55 år och äldre</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Ankomstår</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Kartlagd den</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>Närvarogräns (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Självständighet</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Affärsidé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>Behöver barnomsorg</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Födelseland</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gjord den</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Senast den</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>Utbildning (ISCED-nivå)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Sysselsättning vid inskrivning</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inskriven den</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Utskrivningsdatum</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation vid utskrivning</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Upphör den</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Hushållets storlek</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Förbättrad ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intagsdatum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>Nivå i svenska</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>Minoritetsbakgrund</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Behov: barnomsorg</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>Behov: digital kompetens</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Behov: hälsa</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Behov: boende</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Behov: inkomst</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Behov: språk</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Behov: juridik</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Behov: socialt nätverk</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Behov: arbete</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Stadsdel</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>Nästa ärendenummer</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>Andra utbildare</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Anteckning om utfallet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Tillståndet upphör</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Uppehållstillstånd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planerade timmar</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Tilltalsnamn</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitterad av</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Remitterad den</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Självkänsla</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Kännedom om tjänster</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Påbörjad den</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Givet stöd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>Training followed</source>
        <translation>Genomgången utbildning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Skäl till avbrott</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Avbröt den</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>Uppföljningen registrerades %1: den kan inte ångras.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Perioden börjar %1, efter sitt slut %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>Det finns inget projekt med namnet "%1".</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>Det finns inget kontor med namnet "%1".</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>Det finns inget projekt med id %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Det finns inget kontor med id %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>Uppgifterna som sparas för rapporterna om person %1 är skadade.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Inte tillräckligt med minne för att hålla nyckeln.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Det finns inget konto med id %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>Den sparade nyckeln för det här kontot är skadad.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Inte tillräckligt med minne för att härleda nyckeln från lösenordet.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Kryptografibiblioteket kunde inte starta.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Inte tillräckligt med minne för att hålla nyckeln.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>Nyckeln till anteckningarna kunde inte öppnas med det här lösenordet.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>Ärendehantering för integrationsprogram.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>Öppna databasen FILE (standard: demodatabasen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>Använd språket CODE under den här sessionen (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi: okänt språk "%1"; tillåtna: %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>Skapar en demodatabas med %1 personer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Demodatabasen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi: %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Den dagliga säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>Leta efter säkerhetskopior i DIR när databasen är skadad.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>Den senaste säkerhetskopian, %1, togs %2. Vill du återställa den? Den skadade filen sparas bredvid.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Paths</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>Kurser, grupper, vägledning och andra aktiviteter med schema.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 aktivitet</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 aktiviteter</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>Träffar i alla aktiviteter, nyaste först.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 träffar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>Den delade katalogen över lokala tjänster som personer remitteras till.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 tjänst</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 tjänster</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Företag som deltar i placeringar, information och mångfaldsarbete.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 arbetsgivare</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 arbetsgivare</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Evenemang och antalet deltagare, nyaste först.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evenemang</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 evenemang</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Födelse</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Detta kontor</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
</context>
<context>
    <name>LocalDesk</name>
    <message>
        <source>no desk</source>
        <translation>inget kontor</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>Inget kontor än: kör percorsi-cli init</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>desk name, desk code</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema revision %1 is missing from this build.</source>
        <translation>Schemarevision %1 saknas i den här versionen.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>Uppgraderingen av databasen till schema %1 (%2) misslyckades: %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Kryptobiblioteket kunde inte starta.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Inte tillräckligt med minne för att hasha lösenordet.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Det finns ingen aktivitet med id %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>En träff behöver en starttid och ett slut efter den.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>Ange varför personen avbryter.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>Personuppgifter som finns om ärende %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>Allt som Percorsi har om den här personen, per %1 (UTC). Lämnas enligt artiklarna 15 och 20 i GDPR.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Personuppgifter för %1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Kan inte skriva exporten: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>Din roll tillåter inte att läsa den här personens historik.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>Det finns ingen person med id eller ärendenummer '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>Ärendet för %1 %2 är redan avslutat.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>Utskrivningsdatum %1 ligger i framtiden</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Bara ett avslutat ärende kan öppnas igen.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>Redigera placering</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>Ny placering: för vem?</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>'%1' är inget skede i en placering</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>En avslutad placering behöver sitt utfall: anställd, genomförd eller avbruten</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>Placeringen är avslutad: det finns inget skede efter.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>Placeringen är bara föreslagen: det finns inget skede före.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>Bevarandetiden i månader</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>Antal dagar som säkerhetskopior sparas</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 måste vara mellan %2 och %3; %4 angavs.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1: det finns redan en med samma %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Det finns ingen %1 med id %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Det finns ingen %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: det finns ingen %2 med id %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>Denna %1 kan inte tas bort: %2 %3-poster hänvisar till den.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>räkna %1-poster</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>lägga till</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ändra</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>Typen på en insats vars anteckning du inte får läsa kan inte ändras.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>ta bort</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>People reached</source>
        <translation>Nådda personer</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>Aktiviteter och närvaro</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Remisser per utfall</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>Behov och egenmakt: vid inskrivning och senaste</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Gemensamma ESF+-indikatorer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ställning</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18-29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30-54</source>
        <translation>30–54</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 och äldre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>Medborgare i kontorets land</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>Medborgare i ett annat EU-land</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Tredjelandsmedborgare</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Genomförda timmar</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Närvarotimmar</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Närvarograd (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Genomförandegrad (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>Genomförda inskrivningar</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>Inskrivningar i avslutade aktiviteter</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Kvinnor i utbildning för eget företagande</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>Föreslagna placeringar</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Påbörjade placeringar</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Praktikplatser</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>Anställda efter praktik</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Gjorda uppföljningar</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Förbättrad ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Genomförda evenemang</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>Personer på evenemang</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Arbetslösa, inklusive långtidsarbetslösa</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslösa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Personer utanför arbetskraften</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Sysselsatta, inklusive egenföretagare</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Under 18 år</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>Mellan 18 och 29 år</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>55 år och äldre</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Med högst grundskoleutbildning (ISCED 0–2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Med gymnasial eller eftergymnasial utbildning (ISCED 3–4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Med högskoleutbildning (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Totalt antal deltagare</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Deltagare med funktionsnedsättning</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Deltagare med utländsk bakgrund</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>Deltagare från minoriteter</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Hemlösa eller drabbade av bostadsutestängning</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Arbetssökande vid avslut</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>I utbildning vid avslut</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Som fått en kvalifikation vid avslut</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>I arbete, inklusive eget företag, vid avslut</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>I arbete sex månader efter avslut</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>Förbättrad ställning på arbetsmarknaden sex månader efter avslut</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Behov: språk</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Behov: arbete</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Behov: bostad</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Behov: juridik</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Behov: hälsa</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Behov: barnomsorg</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>Behov: digitalt</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Behov: socialt nätverk</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Behov: inkomst</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Självkänsla</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Självständighet</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Kunskap om samhällets tjänster</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 vid inskrivning</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1, senaste</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>Lägesrapport – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF-filen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · lägesrapport · %2 till %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alla personer</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Finansiär: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerad</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 till %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Kontor: %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>alla kontor</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>Räknar bara personer som samtyckt till anonym rapportering. Inga namn eller andra direkta identifierare. Antal från 1 till 4 visas som "&lt;5".</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>Räknar varje person i urvalet: endast för internt bruk.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Nyckeltal mot målen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>Inga mål angivna.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Nådda personer över tid, mot målet</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per kön</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per åldersgrupp</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Per kontor</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>Närvarograd per aktivitetstyp</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Remisser per utfall</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Placeringar: föreslagna, påbörjade, anställda</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source> (entry)</source>
        <translation> (inskrivning)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>senaste</translation>
    </message>
    <message>
        <source>Needs and empowerment at entry and latest</source>
        <translation>Behov och egenmakt vid inskrivning och senaste bedömning</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Gemensamma ESF+-indikatorer</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Sammanfattning av perioden</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Svårigheter</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 ligger i framtiden</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code: '%1' är inte en kontorskod på formen MI-SS (två eller tre versaler, eventuellt ett bindestreck och upp till fyra till)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username: '%1' måste vara 2 till 32 gemener, siffror, punkter, bindestreck eller understreck</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intagsdatum</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>Födelseår %1 ligger i framtiden</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>Födelseår %1 stämmer inte med födelsedatum %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>Ankomstår %1 ligger i framtiden</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>Ankomstår %1 är före födelseår %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>Intagsdatum %1 är före födelsedatum %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>%1 barn ryms inte i ett hushåll på %2</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>Ett avslutat ärende behöver ett utskrivningsdatum</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>Ett avslutat ärende behöver ett skäl till avslut</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>Bara ett avslutat ärende har utskrivningsdatum och skäl till avslut</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>Utskrivningsdatum %1 är före intagsdatum %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>Slutdatum %1 är före startdatum %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>Upphörande %1 är före samtyckesdatum %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>Återkallande %1 är före samtyckesdatum %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>Träffdatum %1 ligger utanför aktivitetens datum (%2 till %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>Slut %1 är före inskrivningsdatum %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>En genomförd eller avbruten inskrivning behöver ett slutdatum</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>Personen är inte inskriven i den här träffens aktivitet</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 timmar är längre än träffen (%2 minuter)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>Bara en närvarande person har närvarotimmar</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>Avslutsdatum %1 är före remissen %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>En påbörjad placering behöver ett startdatum</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>En avslutad placering behöver ett slutdatum</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>En placering som inte är eget företag behöver en arbetsgivare</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>Bara en avslutad placering har ett utfall</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>Antalet deltagare per ålder (%1) skiljer sig från antalet per kön (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Kartläggningsdatum</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>Insatsdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>En avbruten placering behöver en anteckning om varför</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>En uppföljning efter en placering behöver placeringen</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>En uppföljning efter avslut i programmet har ingen placering</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>Placeringen tillhör en annan person</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>Uppföljningsdatum %1 är före placeringens slut (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>En gjord uppföljning behöver den situation som konstaterades</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>En situation behöver uppföljningens datum</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>Företagets start</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>Ett startat företag behöver sitt startdatum</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>Evenemanget den %1 har inte ägt rum ännu: deltagare anges efteråt</translation>
    </message>
</context>
<context>
    <name>SheetData</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>The path's register cannot be read.</source>
        <translation>Aktivitetens närvarolista kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-arbetsböcker (*.xlsx);;CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportera lista</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>Finansierat av %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>Närvarolista — namnlista</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Aktivitet:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 timmar)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Utbildare:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <source>Enrolled: %1    Present: ______</source>
        <translation>Inskrivna: %1    Närvarande: ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>Utbildarens underskrift: ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>Närvarolista — sammanfattning</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>%1 till %2, %3 timmar planerade</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Träffar:</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>%1 till %2 av %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personer:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 personer, %2 träffar, %3 närvarotimmar totalt.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>N närvarande, F frånvarande, G giltig frånvaro.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Närvarointyg</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Härmed intygas att</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>har deltagit i aktiviteten ”%1” (%2), från %3 till %4, under %5 av %6 planerade timmar (%7 av träffarna).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>Aktiviteten ingår i projektet %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>Uppnådd examen: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>Utbildaren</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again (%1).</source>
        <translation>Disken är full: ändringen sparades inte. Frigör utrymme och försök igen (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>Det gick inte att skriva till eller läsa från disken: ändringen sparades inte. Kontrollera enheten och försök igen (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>Databasen är skadad: inget ändrades. Återställ den senaste säkerhetskopian (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>Det finns ingen användare '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>ställa in inaktivitetstiden</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>Inaktivitetstiden måste vara från 1 till 240 minuter.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Logga in först för att byta lösenord.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Det nya lösenordet är detsamma som det nuvarande.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>Kontot %1 tillhör ett annat kontor och kan inte logga in här; skapa i stället ett konto på det här kontoret åt henne.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>Den här sessionen har ingen nyckel till anteckningarna, så ett nytt lösenord skulle kosta kontot åtkomsten till dem; en administratör som har nyckeln måste ange det.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>innehåller ett styrtecken (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' är inte ett heltal</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' är inte ett tal</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 ligger utanför intervallet %2 till %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' är inte ja eller nej</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' är inte ett giltigt datum (använd ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' är inte en giltig tid (använd TT:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' är inte ett känt värde (förväntat ett av: %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' är inte en landskod enligt ISO 3166 (som SE, MA eller UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' är inte en språkkod enligt ISO 639 (som sv, ar eller ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' är inte ett telefonnummer (6 till 15 siffror, eventuellt ett inledande +)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' är inte en e-postadress</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 måste anges</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Återställ lösenord…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Byt r&amp;oll…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;Stäng av eller på</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>&amp;Lås fönstret efter denna inaktivitetstid:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Byt roll</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Roll för %1:</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>Loggar in här</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>nej: ett konto från ett annat kontor, utan lösenord här</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>Skriv ut &amp;namnlista…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Spara närvarolistan</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>Skriv ut namnlistan för aktuell träff</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>Närvarolistans status</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Aktivitet:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>En aktivitets närvarolista: en rad per person, en kolumn per träff.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>N närvarande, F frånvarande, G giltig frånvaro, Mellanslag växlar, H markerar hela träffen närvarande, Retur redigerar timmarna, Ctrl+S sparar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Ändringar inte sparade än.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>När (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Vem:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Åt&amp;gärd:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>Granskningsloggen är hel: ingen post har ändrats eller tagits bort.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>Säkerhetskopior i mappen, nyaste först</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>Dagar som säkerhetskopior sparas</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>&amp;Spara säkerhetskopior i</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Återställ från…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>Säkerhetskopian skrevs och kontrollerades.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>Säkerhetskopior (*.backup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>Ersätta allt i den här databasen med säkerhetskopian %1? Ändringar gjorda efter den säkerhetskopian går förlorade. Säkerhetskopian kontrolleras först; om den är skadad ändras ingenting.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>Databasen har återställts.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>Skicka ett paket</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportera paket…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>Kontor som paketet är till</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Paketformat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfras igen</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportera ett paket</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultat</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Allt (ett fullständigt paket)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2): ändringar sedan förra paketet</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>De två lösenfraserna skiljer sig: skriv samma två gånger.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Percorsi-paket (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Skriver paketet…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n post till %1.</numerusform>
            <numerusform>Skrev %n poster till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Skickade och mottagna paket</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>vem som helst (fullständigt paket)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleImportBox</name>
    <message>
        <source>Receive a bundle</source>
        <translation>Ta emot ett paket</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Öppna paket…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;vbryt</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>Eller släpp en .percorsi-fil på fönstret.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Öppna ett paket</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Paketets lösenfras</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>Lösenfras för att &amp;låsa upp:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importresultat</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>Verkställ paketet</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nya:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Uppdaterade:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Oförändrade:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Borttagna:</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>Överhoppade (borttagna här):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikter:</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Öppna paket</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Percorsi-paket (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 är krypterat: skriv dess lösenfras och sedan Förhandsgranska.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Läser paketet…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Sammanfogar paketet…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>Paketet kan inte sammanfogas: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 från %2, %3 rader. Inget har ändrats än: Verkställ sammanfogar det.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>Paketet sammanfogades inte: %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>Sammanfogade %1 från %2.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Avsluta ärendet</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Utskrivningsdatum</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situation vid utskrivning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Skäl *</translation>
    </message>
    <message>
        <source>E&amp;xit date *</source>
        <translation>&amp;Utskrivningsdatum *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;Situation vid utskrivning</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>Behåll &amp;detta</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>Behåll d&amp;et andra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Behållet värde</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Förlorat värde</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>Bekräfta det behållna värdet</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Behåll det behållna värdet</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>Skriv tillbaka det förlorade värdet; ändringen når alla kontor</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>Behåll det förlorade värdet</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>Meddelande om konflikter</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n öppen konflikt.</numerusform>
            <numerusform>%n öppna konflikter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>okänt kontor</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nytt samtycke…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>Nådda personer, aktiviteter och resultat för ett projekt mot dess mål, för en period och ett kontor.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rån:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>Projekt och &amp;mål…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>&amp;Lägesrapport…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alla personer</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Alla kontor</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 nådda personer · %2 timmar genomförda, %3 närvarotimmar · närvaro %4% · genomförande %5% · %6 placeringar påbörjade, %7 anställda · %8 uppföljningar att göra</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>Exportera lägesrapporten</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>lagesrapport.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Kalkylblad (*.xlsx);;CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::DeskBox</name>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>Alla kontor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>desk name, desk code</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>percorsi::DesksTab</name>
    <message>
        <source>Known desks</source>
        <translation>Kända kontor</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Innehållets fingeravtryck</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>Två kontor med samma innehåll visar samma fingeravtryck.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Inte beräknat än</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>&amp;Beräkna fingeravtryck</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>Beräkna innehållets fingeravtryck</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>Kan inte beräkna fingeravtrycket: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Å&amp;terställ</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>Spara ändringarna i hennes uppgifter (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Öppna den befintliga posten</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Hon kan redan vara registrerad: %n möjlig dubblett.</numerusform>
            <numerusform>Hon kan redan vara registrerad: %n möjliga dubbletter.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>samma telefon</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>samma födelseår</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, född %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployerPanel</name>
    <message>
        <source>Add &amp;entry…</source>
        <translation>Lägg till p&amp;ost…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>Ny &amp;placering här…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>Kontaktlogg</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>Personer placerade här</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Redigera kontakt</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Ny arbetsgivare…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>Sök på namn, bransch, kontaktperson eller adress</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Sök arbetsgivare</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Antal arbetsgivare</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Företag som deltar i placeringar, information och mångfaldsarbete.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 arbetsgivare</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 arbetsgivare</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Redigera arbetsgivare</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>Avsluta placeringen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>Varför, eller vad som händer sedan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>&amp;Slutdatum *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Utfall *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;Varför, eller vad som händer sedan</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>Skriv in personer</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>Namn eller ärendenummer; Nedåt till listan, Mellanslag bockar</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Hittade personer</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Skriv in</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n person vald.</numerusform>
            <numerusform>%n personer valda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>%n person vald; %1 lediga platser.</numerusform>
            <numerusform>%n personer valda; %1 lediga platser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>%n person vald; %1 lediga platser: %2 hamnar på väntelistan.</numerusform>
            <numerusform>%n personer valda; %1 lediga platser: %2 hamnar på väntelistan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Radera %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Radera %1 (%2) och alla hennes poster?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hennes uppgifter, kartläggningar, plan, aktiviteter och närvaro, stöd, remisser, placeringar, uppföljningar och samtycken tas bort för gott från den här datorn och från varje kontor som tar emot nästa paket. Det går inte att ångra. Exportera först hennes uppgifter om hon har bett om en kopia.&lt;/p&gt;&lt;p&gt;Skriv ärendenumret &lt;b&gt;%1&lt;/b&gt; för att bekräfta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>Ärendenummer för att bekräfta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Radera för gott</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Redigera evenemang</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per kön</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per åldersgrupp</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>Personer som kom, med namn (valfritt)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Namngivna deltagare</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Lägg till en deltagare</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Antal evenemang</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Evenemang i närområdet och antal deltagare, nyaste först.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evenemang</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 evenemang</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;Registrera situation…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Att göra senast</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>Eftersom hon</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>Antal uppföljningar att göra</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Att göra &amp;senast</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Kan inte läsa uppföljningarna: %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 uppföljning att göra</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 uppföljningar att göra</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), senast %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Ny uppföljning…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>En uppföljning ska göras sex månader efter att hon lämnar programmet eller en placering slutar; öppna den (Enter) för att då registrera hennes situation.</translation>
    </message>
</context>
<context>
    <name>percorsi::HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intag</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Ärendet avslutat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Planmål</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>Inskrivning i en aktivitet</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>Första kontakt och intag</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Rättslig &amp;grund</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>percorsi::ListSheets</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi är låst. %1, ange ditt lösenord för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>percorsi::LoginDialog</name>
    <message>
        <source>Percorsi — first administrator</source>
        <translation>Percorsi — första administratör</translation>
    </message>
    <message>
        <source>Percorsi — sign in</source>
        <translation>Percorsi — logga in</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>Den här databasen har inget konto ännu. Välj namn och lösenord för dess administratör, som skapar de andra kontona.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De två lösenorden skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>percorsi::MainWindow</name>
    <message>
        <source>Percorsi — %1</source>
        <translation>Percorsi — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Kontor: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>Percorsis sidor; Ctrl+1 … Ctrl+0 öppnar dem direkt.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Inloggad: %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Byt &amp;lösenord…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>Första &amp;lösenord:</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Återställ lösenordet för %1</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Byt ditt lösenord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa det:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De två nya lösenorden skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>Redigera aktivitet</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Utbildare:</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>&amp;Andra utbildare:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>Planerade &amp;timmar:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Platser:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>Närvaro för ett &amp;intyg:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>percorsi::PathManageDialog</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>Skäl eller examen</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>Aktivitetens personer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>Aktivitetens träffar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>Personer och träffar — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Skriv ut ur…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Markera som &amp;genomförd…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>&amp;Redigera eller flytta…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;Ställ in eller återställ</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Träffar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Skriv ut ur</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>Uppnådd examen (kan vara tom):</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Redigera träffen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuter:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Ä&amp;mne:</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsPage</name>
    <message>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>Today's sessions</source>
        <translation>Dagens träffar</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planerade timmar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>Utbil&amp;dare:</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>Da&amp;gens träffar:</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>Kurser, grupper och workshoppar med schema, personer och närvaro.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;Ny aktivitet…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>Redigera aktiviteten</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Planera träffar…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>Planera träffarna</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>Skriv &amp;in…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>Skriv in personer</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>Person&amp;er och träffar…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>Aktivitetens personer och träffar</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Närvaro&amp;lista</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>Öppna närvarolistan</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>Samman&amp;fattning…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>Skriv ut sammanfattningen</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>&amp;Intyg…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>Skriv ut närvarointygen</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Alla utbildare</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Ingen träff i dag.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>Träffar inte skapade</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Inte inskriven</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Ingen når närvarogränsen på %1 %.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;Skriv in i en aktivitet…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 av %3)</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Alla kontor</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Alla aktiviteter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>Öppna &amp;behov</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Signaler</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>Den senaste kartläggningen ger ett behov nivå 2 eller högre</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>Uppehållstillstånd som upphör inom 60 dagar, uppföljning att göra eller tre frånvaron i rad</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>Filen är större än 64 MiB: dela upp den först.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen innehåller inga rader.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Rad %1: %2. Inget importerades.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importera personer från ett kalkylark</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Välj kalkylarket</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>Spara det som CSV först. Kommatecken eller semikolon, UTF-8- eller Windows-kodning, datum som dd/mm/åååå eller åååå-mm-dd förstås.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Kalkylarksfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Vilken kolumn är vilken</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>Kolumnerna matchades efter rubrikerna. Ändra det som är fel; utelämnade kolumner importeras inte.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Person field</source>
        <translation>Personfält</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolumnmatchning</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Kontrollera raderna</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>Inget har skrivits än. Varje rad måste vara giltig: en nekad rad nekar hela importen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rader att importera</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Sammanfattning av importen</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>Kalkylark med personer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Fält för kolumn %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(utelämna)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>kanske %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>%n rad kan inte importeras: rätta kalkylarket eller matchningen.</numerusform>
            <numerusform>%n rader kan inte importeras: rätta kalkylarket eller matchningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n person redo att importeras.</numerusform>
            <numerusform>%n personer redo att importeras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>Sök på namn eller ärendenummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Antal personer</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Registrera en ny person (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>Alla som programmet stöder, från alla kontor.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>Kan inte läsa personerna: %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>Första %1 träffarna</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 träffar</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportera lista…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>Spara personerna i listan, filtrerade och sorterade, som XLSX eller CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>Importera personer från ett kalkylblad som kontoret redan för</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultat</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>Det finns ingen i listan att exportera.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n person till %1.</numerusform>
            <numerusform>Skrev %n personer till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>Namn eller ärendenummer; Nedåtpil till listan, Enter väljer</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Hittade personer</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>percorsi::PipelineView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 till %2, %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+Höger flyttar den valda placeringen till nästa skede, Ctrl+Vänster tillbaka; eller dra den till en annan kolumn. Enter öppnar den.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (senaste %2 av %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>Placeringen är avslutad: det finns inget skede efter.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>Placeringen är bara föreslagen: det finns inget skede före.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny placering…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Flöde</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>Praktik, anställningsstöd och jobb per skede, och uppföljningarna sex månader efter.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Uppföljningar att göra (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny placering…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål…</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileHeader</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (”%1”)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>avslutat den %1: %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>ingen handläggare tilldelad</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>handläggare %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Samtycke: %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>Kan inte läsa signalerna: %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>Uppehållstillståndet upphör den %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Uppföljning att göra</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 frånvaron i rad</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>&amp;Kartläggning</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>&amp;Aktiviteter</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>S&amp;töd</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Remisser</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>Place&amp;ringar</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>Sa&amp;mtycken</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Avsluta ärende…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Öppna ärendet &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Stäng &amp;fönster</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avsluta ärende</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Öppna ärendet igen</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Uppfö&amp;ljningar</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>F&amp;öretag</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>E&amp;xportera hennes uppgifter…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Ra&amp;dera…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>Exportera hennes uppgifter</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>Läsbart dokument (*.pdf);;Data för ett annat system (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>Projekt och mål</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>Projektets mål</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Redigera projekt…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>Nytt &amp;mål…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>Red&amp;igera mål…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>M&amp;ål för det valda projektet:</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Redigera projekt</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Redigera mål</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordForm</name>
    <message>
        <source>%1: problem</source>
        <translation>%1: problem</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordListPage</name>
    <message>
        <source>Number of records</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Kan inte läsa posterna: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>Planera träffarna</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Helgdagar</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>Ett datum per rad, t.ex. 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Planerade träffar</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Veckodagar:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Helgdagar:</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>Skapa träffar</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>Sluttiden måste vara efter starttiden.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>Ingen träff: välj veckodagar inom aktivitetens datum.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n träff, från %1 till %2, %3 timmar totalt.</numerusform>
            <numerusform>%n träffar, från %1 till %2, %3 timmar totalt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny remiss…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>Välj en tjänst i katalogen; öppna en remiss för att ändra dess status.</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterModel</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>G</translation>
    </message>
    <message numerus="yes">
        <source>%n absences in a row</source>
        <translation>
            <numerusform>%n frånvaro i rad</numerusform>
            <numerusform>%n frånvaron i rad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key: the whole session present</comment>
        <translation>H</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportExport</name>
    <message>
        <source>Progress summary</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binära</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Alla kontor</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1, %2 till %3. Räknar bara personer som samtyckt till anonym rapportering; antal från 1 till 4 visas som "&lt;5".</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alla personer</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;Sammanfattning av perioden:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>Svår&amp;igheter:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Nästa steg:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>lagesrapport.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Bevarande av avslutade ärenden</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> månader efter avslut</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bevarandetid</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Avslutsdatum</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Avslutade ärenden efter bevarandetiden</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>&amp;Spara avslutade ärenden i</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny kartläggning…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>Behov: 0 inget, 1 lågt, 2 medel, 3 högt. Skalor: 1 (låg) till 5 (hög).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Förändring över tid</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>Behov: </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>Genomsnittligt behov (0–3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Lägg till tjänst…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>Sök på namn, adress, språk eller behörighet</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Sök tjänster</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Antal tjänster</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>Den delade katalogen över lokala tjänster som personer remitteras till.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 tjänst</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 tjänster</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Ny tjänst</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Redigera tjänst</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>Den här installationen och hur den talar till dig.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Detta kontor</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Användargränssnittets språk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>Ditt val sparas och gäller direkt, läsriktningen också.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>Vit text på svart, med markeringen och tangentbordsfokus i gult</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>Gäller direkt och sparas. För större text och kontroller, starta Percorsi med QT_SCALE_FACTOR=1.5 (eller skrivbordets skalning).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>Hennes situation har &amp;förbättrats sedan hon slutade</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>Registrera situationen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>&amp;Situation *</source>
        <translation>&amp;Situation *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
</context>
<context>
    <name>percorsi::SpreadsheetsTab</name>
    <message>
        <source>Export a list</source>
        <translation>Exportera en lista</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>Närvarolista för en aktivitet</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Lista att exportera</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>Närvarolistans aktivitet</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV för den här datorns kalkylprogram</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Kalkylarksformat</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportera lista…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportera listan</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>Resultat av listexporten</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>Akti&amp;vitet:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importera personer</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>Ta in de personer som ett kontor redan har i ett kalkylark sparat som CSV. Du väljer vilken kolumn som är vilken, ser varje rad kontrolleras, och inget skrivs förrän du bekräftar.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;Importera personer från ett kalkylark…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importera personer från ett kalkylark</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportera lista</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>Det finns ingen aktivitet att exportera närvarolistan för.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n rad till %1.</numerusform>
            <numerusform>Skrev %n rader till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;Ny insats…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>Anteckningar är känsliga personuppgifter (hälsa, juridik, psykologi): de visas inte i listan; öppna en insats för att läsa dess anteckning.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>Synkroniseringens delar</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Kalkylark</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Kontor</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>Kontoren utbyter sina data genom paket, på ett USB-minne eller via e-post; ingen server behövs.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>Skickade och &amp;mottagna paket</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikter (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>&amp;Ny affärsidé…</translation>
    </message>
</context>
</TS>

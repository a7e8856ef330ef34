<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>Meld je eerst aan: voor %1 is een account nodig.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>De rol %1 van %2 staat %3 niet toe.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>%1-gegevens lezen</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>dit %1-gegeven lezen: het hoort bij een persoon buiten je loket of trajecten</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 van een %2-gegeven</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1: de bijeenkomst hoort niet bij een van je trajecten</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1: de persoon hoort bij een ander loket</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1: de persoon valt buiten je loket of trajecten</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>personen zoeken</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Niemand haalt de aanwezigheidsdrempel van %1%.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Er is niets om af te drukken.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Tekenlijst — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>Presentielijst — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>Deelnamecertificaten — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Er is geen traject met id %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>Auditregel %1 volgt niet op de vorige: er is een regel verwijderd of ingevoegd.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>Auditregel %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>Het auditlogboek eindigt bij regel %1, maar eindigde bij %2: er zijn regels verwijderd.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>het auditlogboek lezen</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Verkeerde gebruikersnaam of verkeerd wachtwoord.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>Het account %1 is geblokkeerd na %2 mislukte aanmeldingen; probeer het opnieuw na %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>Deze database heeft al accounts; nieuwe accounts maakt een beheerder aan.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>De back-up is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is beschadigd: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan %1 niet vervangen.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Kan de back-up %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 is geen back-up van Percorsi: de eerste bytes zijn niet die van een SQLite-database.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 is geen Percorsi-database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 is geschreven door een nieuwere versie van Percorsi (schema %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Een database kan niet uit zichzelf worden hersteld.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>De database is bezet; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>%1 kon niet worden hersteld; de database is gebleven zoals hij was: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>er kon niet naar de schijf worden geschreven</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>De back-up %1 kon niet worden geschreven: %2. De database zelf is ongewijzigd; maak ruimte vrij of kies een andere map en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Kan de back-upmap %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>Kan de beschadigde database %1 niet opzijzetten.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Kan %1 niet opzijzetten.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>De back-up %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>Kan de back-up %1 niet naar %2 kopiëren; het beschadigde bestand staat weer op zijn plaats.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite-integriteit: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>De database %1 is beschadigd en kan niet worden gecontroleerd (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>Record %1 van %2 verwijst naar een ontbrekende %3.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Kan %1 niet controleren: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1: %2 record(s)</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 met een ongeldige uuid</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 levend onder een verwijdermarkering</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 leeg</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 met een onbekende code</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 geen geldige datum</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>het eigen loket ontbreekt</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>gesloten dossiers zonder uitstroomdatum</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>mensen die vertrokken vóór hun intake</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 die eindigt voordat hij begint</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>bijeenkomsten buiten de data van hun traject</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>aanwezigheid van mensen die niet in het traject zijn ingeschreven</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>mensen die ontbreken in de zoekindex of onder een andere naam staan</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>zoekindexregels zonder persoon</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>mensen van wie de gegevens voor de rapporten ontbreken of verouderd zijn</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>gegevens voor de rapporten zonder persoon</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>trajecten waarvan de aanwezigheidstelling ontbreekt of verouderd is</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   maakt een database en het loket ervan</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          vult een nieuwe database met demogegevens</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  telt de records van elke entiteit</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             zoekt personen op naam of dossiernummer</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   toont, wijzigt of exporteert één persoon</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  controleert integriteit en invarianten</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  vingerafdruk van alle zichtbare inhoud</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   voegt een bundel samen</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   toont of beslecht conflicten</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   voortgangsrapportage voor financiers</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               wist een persoon en al haar gegevens</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             gesloten dossiers voorbij de bewaartermijn</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       maakt een back-up van de database en controleert de kopie</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     zet de database terug uit een gecontroleerde back-up</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>Gebruik: percorsi-cli [--lang CODE] OPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>Opdrachten die een database openen, melden zich aan met --user NAME en --password-file FILE,
of met PERCORSI_USER en PERCORSI_PASSWORD; init maakt die gebruiker aan als beheerder.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>--lang CODE kiest de taal van de meldingen (%1); zonder is het de taal van het
systeem (LC_ALL, LC_MESSAGES, LANG) als Percorsi die spreekt, anders Engels.
Lijsten, JSON en namen van opties en opdrachten blijven in elke taal gelijk.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>Afsluitcodes: 0 gelukt, 1 gebruiksfout, 2 ongeldige invoer of gegevens (niets geschreven),
een verkeerd wachtwoord of een geblokkeerd account, of een rol die het niet toestaat,
3 I/O- of databasefout (een ontbrekend, beschadigd of nieuwer bestand).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>onbekende opdracht '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument ontbreekt</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>onverwacht argument '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 verwacht een geheel getal van %2 tot %3, niet '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Het databasebestand.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>De gebruikersnaam (standaard: $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>Een bestand waarvan de eerste regel het wachtwoord is (standaard: $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (of PERCORSI_USER) is verplicht</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (of PERCORSI_PASSWORD) is verplicht</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is verplicht</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (zie percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>De naam van het loket.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>De stad van het loket.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>Voorvoegsel van de dossiernummers, zoals MI-SS (afgeleid van stad en naam als het ontbreekt).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>De wijk van het loket.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>ISO-landcode, zoals NL.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>De volledige naam van de beheerder (standaard: de gebruikersnaam).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME is verplicht</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>Loket %1 (%2) aangemaakt in %3 met de beheerder %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>Hoeveel personen (standaard 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Willekeurig zaad (standaard 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>%1 personen en %2 records gegenereerd in %3 s</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>Naam, deel van een naam of dossiernummer.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>Hoogstens zoveel personen (standaard 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>de database %1 is beschadigd; zet hem terug uit een back-up</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>%n invariant klopt niet</numerusform>
            <numerusform>%n invarianten kloppen niet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1: er is geen %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>geef minstens één FIELD=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' heeft niet de vorm FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>een persoon heeft geen veld '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>%1 wordt door Percorsi ingesteld en kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 bijgewerkt</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>Bij export: het JSON-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>De uuid of het dossiernummer van de persoon.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>Bij set: de velden om te wijzigen.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>onbekende actie '%1' (show, set of export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is verplicht</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>De gegevens van %1 zijn geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>%1 gewist: haar gegevens zijn weg en alleen een verwijdermarkering blijft om andere loketten te informeren.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>Stelt de bewaartermijn in maanden na uitstroom in.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>Bewaartermijn: %1 maanden na uitstroom; %n gesloten dossier voorbij de termijn</numerusform>
            <numerusform>Bewaartermijn: %1 maanden na uitstroom; %n gesloten dossiers voorbij de termijn</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Het back-upbestand om te schrijven.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>Back-up van %1 gemaakt naar %2 (gecontroleerd)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Het back-upbestand om terug te zetten.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE is verplicht</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 teruggezet uit %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>%1 bevat geen wachtzin</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 nieuw, %2 bijgewerkt, %3 ongewijzigd, %4 verwijderd, %5 overgeslagen (hier verwijderd), %6 conflicten</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Het bundelbestand om te schrijven.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines, standaard) of csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>Alleen wat veranderd is sinds de laatste bundel naar dit loket (code of uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>Versleutel met de wachtzin in dit bestand.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE is verplicht</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>--format verwacht json of csv, niet '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>%1 records geschreven naar %2 (bundel %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>De bundel om samen te voegen.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>Meld wat er zou veranderen en verander niets.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>De wachtzin van een versleutelde bundel.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>Zou %1 rijen van %2 samenvoegen: %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>%1 rijen van %2 samengevoegd: %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>Ook de al beslechte conflicten.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>Beslecht conflict ID door de winnende waarde te houden.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>Beslecht conflict ID door de verloren waarde terug te schrijven.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>geef --keep of --reverse, niet allebei</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>Conflict %1 beslecht</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>--%1 moet een datum zijn zoals 2026-06-30, niet "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>Projectnaam (standaard: alle personen).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Eerste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Laatste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>Naam van het loket (standaard: alle loketten).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json, csv, xlsx of pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>--format moet json, csv, xlsx of pdf zijn</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>Rapport over %1 personen geschreven naar %2 (indicatoren berekend in %3 ms)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>--%1 verwacht een datum zoals 2026-06-15, niet '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>Controleer dat geen regel is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>Alleen de regels van deze gebruikersnaam.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>Alleen deze actie (login, view, update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>Vanaf deze dag (JJJJ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>Tot en met deze dag (JJJJ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>Hoeveel wijzigingen.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>Voorvoegsel van de geschreven waarden.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>er is niemand om te bewerken</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>onbekende taal '%1'; beschikbaar: %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>--lang heeft een taalcode nodig: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toont deze hulp.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Geen verblijfsvergunning</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Asielzoeker</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Vluchtelingenstatus</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Subsidiaire bescherming</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>Humanitaire bescherming</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Tijdelijke bescherming</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>Langdurig ingezetene (EU)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>EU-burger</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>Nederlandse nationaliteit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
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
        <translation>Werkend</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Werkloos</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Langdurig werkloos</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Niet actief, in opleiding</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Vaste woonruimte</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>Inwonend bij familie of vrienden</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Opvanglocatie (COA)</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Nachtopvang</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>Onzekere of ongeschikte woonruimte</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Dakloos</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>Kwam uit zichzelf</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mond-tot-mondreclame</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sociaal wijkteam</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Vereniging of ngo</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>UWV of werkplein</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>Buurtloket</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>Plan afgerond</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>Werk gevonden</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Contact verloren</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>Op zoek naar werk</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>In opleiding</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Diploma behaald</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>Aan het werk</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>Gegevens delen met partners</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>Anonieme rapportage</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto's</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Taak van algemeen belang</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>Empowermentgroep</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Taalcursus</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Beroepsopleiding</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>Loopbaanoriëntatie</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>Ondernemerschap</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>Stadsbezoek</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Leren van elkaar</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoraat</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>Kunstworkshop</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychologisch</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>Tolk- en cultuurbemiddeling</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>Wegwijs in voorzieningen</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Jobcoaching</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>Sport en vrije tijd</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Micro (minder dan 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>Klein (10-49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>Middelgroot (50-249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>Groot (250 of meer)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>Bewustwordingsbijeenkomst</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>Ondersteuning bij diversiteitsbeleid</translation>
    </message>
    <message>
        <source>Vacancy shared</source>
        <translation>Vacature gedeeld</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Curricular internship</source>
        <translation>Stage binnen de opleiding</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>Stage buiten de opleiding</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Leerwerkplek (BBL)</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Tijdelijk contract</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Vast contract</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Zelfstandig ondernemerschap</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>Werkvoucher</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Sollicitatiegesprek</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Op zoek naar werk</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Uit het programma</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Plaatsing beëindigd</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>Bedrijf gestart</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Open dag</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Bewustwordingscampagne</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Openbaar evenement</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Bereikte mensen</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Aandeel vrouwen (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Vrouwen in ondernemerschapstraining</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>Beleidsmakers in co-creatie</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>Verenigingen in co-creatie</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>Ambtenaren in co-creatie</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>Ondervraagde burgers</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>Mensen bij buurtevenementen</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>Mensen bereikt door de campagne</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>Plaatsingen in werk</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>Gegeven trainingsuren</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>Afgeronde trajecten</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Kan de database %1 niet openen: %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Bereikte personen in de tijd, tegenover de doelstelling</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Bereikte personen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>Bereikte personen per loket</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Bereikte personen per gender en leeftijdsgroep</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>Aanwezigheid per soort traject (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Verwijzingen per uitkomst</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Plaatsingen: voorgesteld, gestart, aangenomen</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>Behoeften (0-3) en empowerment (1-5): bij instroom en laatste meting</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Bij instroom</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>Te doen, niet gedaan</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nazorgcontacten</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>Een versleutelde waarde is gewijzigd of verplaatst van het record waarvoor ze is geschreven.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 is geen Percorsi-database of is beschadigd: de eerste bytes zijn niet die van een SQLite-database.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 is een SQLite-database van een andere toepassing, niet van Percorsi; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>%1 is geschreven door een nieuwere versie van Percorsi (schema %2; deze versie kent hoogstens schema %3). Het is niet geopend en er is niets gewijzigd; gebruik de nieuwere versie.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Er is geen database op %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>De database %1 is beschadigd en kan niet worden gelezen (%2). Zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Kan de schemaversie van %1 niet lezen.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Kan de database %1 niet instellen: %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>De database %1 heeft nog geen loket; maak er eerst een met "percorsi-cli init --db %1 --desk-name NAAM".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 heeft schema %2, niet %3: open het eerst om te schrijven.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>De database %1 is beschadigd (%2). Hij is niet geopend en er is niets in veranderd; zet de laatste back-up terug.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>de controle gaf geen antwoord</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>hij is afgekapt: %1 bytes van %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>Het aantal mensen moet tussen 0 en %L1 liggen.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>De database %1 bevat al mensen; demogegevens kunnen alleen worden toegevoegd aan een database zonder mensen.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>Het maken van demogegevens is geannuleerd; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>De database %1 heeft al een loket.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Er is geen loket met id %1.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>desk</source>
        <translation>loket</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>projectdoel</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>screening</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>plandoel</translation>
    </message>
    <message>
        <source>path</source>
        <translation>traject</translation>
    </message>
    <message>
        <source>session</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inschrijving</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>interventie</translation>
    </message>
    <message>
        <source>service</source>
        <translation>voorziening</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>werkgever</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>werkgeversactie</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>plaatsing</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>nazorg</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>deelnemer aan evenement</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>Loketten</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>Een vestiging van het programma: deze en die via synchronisatie bekend zijn</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>Een consulent, trainer, coördinator of beheerder</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>Een gefinancierd programma met looptijd en financier</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>Projectdoelen</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>Een streefwaarde van een projectindicator</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>Iemand die het programma ondersteunt</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>Een toestemming van een persoon, per doel</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>Een sociale screening: behoeften en zelf ingeschatte empowerment</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Plandoelen</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>Een doel in iemands persoonlijk plan</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>Een cursus, groep of activiteit met een rooster</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>Eén bijeenkomst van een traject</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>Iemand die aan een traject deelneemt</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Aanwezigheidsregistraties</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>Iemands aanwezigheid bij een bijeenkomst</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventies</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>Individuele ondersteuning: juridisch, psychologisch, sociaal …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>Een lokale voorziening in de gedeelde sociale kaart</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>Iemand verwezen naar een voorziening, en de uitkomst</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>Een bedrijf dat bij het programma betrokken is</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>Werkgeversacties</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>Een bewustwordings- of diversiteitsactie met een werkgever</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>Een stage, voucher of baan van iemand</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>Een buurtevenement en het aantal bezoekers</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Er is geen %1 met id %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>Haar gegevens zijn verwijderd, maar het bestand %1 kon niet worden gecomprimeerd: %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>Haar gegevens zijn verwijderd, maar er blijven oude kopieën van in het bestand %1 omdat een ander programma het leest; die worden bij de volgende verwijdering gewist, zodra het gesloten is.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>Notities van bijzondere categorie zijn versleuteld en je account heeft er geen sleutel voor: een beheerder moet je wachtwoord opnieuw instellen om je toegang tot notities te geven.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>Het veld %1 van het %2-record %3 kan niet worden ontsleuteld: het is gewijzigd of verplaatst van een ander record of veld.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. MA, IT</source>
        <translation>Codes van twee letters, bijv. MA, NL</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>Taalcodes, bijv. ar, fr, nl</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>Een naam, of een code van twee letters zoals MA</translation>
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
        <translation>Nee</translation>
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
        <translation>Actief</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>18-29 jaar</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>30-54 jaar</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>55 jaar en ouder</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Jonger dan 18</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Jaar van aankomst</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Gescreend op</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>Aanwezigheidsdrempel (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Zelfredzaamheid</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Bedrijfsidee</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>Heeft kinderopvang nodig</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Nationaliteiten</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiten</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Geboorteland</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>Opleiding (ISCED-niveau)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Toelatingseisen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Arbeidssituatie bij instroom</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Uitstroomdatum</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situatie bij uitstroom</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Verloopt op</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Grootte van het huishouden</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Verbeterde positie op de arbeidsmarkt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>Niveau Nederlands</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>Minderheidsachtergrond</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Behoefte: kinderopvang</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>Behoefte: digitale vaardigheden</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Behoefte: gezondheid</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Behoefte: wonen</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Behoefte: inkomen</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Behoefte: taal</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Behoefte: juridisch</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Behoefte: sociaal netwerk</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Behoefte: werk</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>Volgend dossiernummer</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>Andere trainers</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Toelichting op de uitkomst</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Vervaldatum vergunning</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Geplande uren</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Zelfvertrouwen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Voorziening</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Kennis van voorzieningen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Geboden ondersteuning</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Training followed</source>
        <translation>Gevolgde opleiding</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Reden van uitschrijving</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Uitgeschreven op</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>Het nazorgcontact is vastgelegd op %1: dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na het einde op %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>Er is geen project met de naam "%1".</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>Er is geen loket met de naam "%1".</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>Er is geen project met id %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Er is geen loket met id %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>De gegevens die voor de rapporten van persoon %1 worden bewaard, zijn beschadigd.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Niet genoeg geheugen om de sleutel te bewaren.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Er is geen account met id %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>De opgeslagen sleutel van dit account is beschadigd.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Niet genoeg geheugen om de sleutel uit het wachtwoord af te leiden.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>De cryptografische bibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Niet genoeg geheugen om de sleutel te bewaren.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>De sleutel van de notities kan met dit wachtwoord niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>Casemanagement voor integratieprogramma's.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>Open de database FILE (standaard: de demodatabase).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>Gebruik de taal CODE voor deze sessie (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi: onbekende taal "%1"; toegestaan: %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>Demodatabase met %1 mensen wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>De demodatabase kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi: %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>Zoek back-ups in DIR als de database beschadigd is.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>De laatste back-up, %1, is gemaakt op %2. Terugzetten? Het beschadigde bestand wordt ernaast bewaard.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Laatste back-up terugzetten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Paths</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>Cursussen, groepen, oriëntatie en andere activiteiten met een rooster.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>Uren</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 traject</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 trajecten</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>Bijeenkomsten van alle trajecten, nieuwste eerst.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 bijeenkomst</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 bijeenkomsten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>De gedeelde sociale kaart van lokale voorzieningen waarnaar mensen worden verwezen.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 voorziening</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 voorzieningen</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Bedrijven betrokken bij plaatsingen, bewustwording en diversiteitsbeleid.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 werkgever</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 werkgevers</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Buurtevenementen en hun bezoekersaantallen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evenement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 evenementen</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Geboorte</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Dit loket</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokaal</translation>
    </message>
</context>
<context>
    <name>LocalDesk</name>
    <message>
        <source>no desk</source>
        <translation>geen loket</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>Nog geen loket: voer percorsi-cli init uit</translation>
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
        <translation>Schemarevisie %1 ontbreekt in deze versie.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>Bijwerken van de database naar schema %1 (%2) is mislukt: %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>De cryptografische bibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Onvoldoende geheugen om het wachtwoord te hashen.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Er is geen traject met id %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>Een bijeenkomst heeft een begintijd en een latere eindtijd nodig.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>Geef aan waarom de persoon stopt.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>Bewaarde persoonsgegevens over dossier %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>Alles wat Percorsi over deze persoon bewaart, per %1 (UTC). Verstrekt op grond van artikel 15 en 20 van de AVG.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Persoonsgegevens van %1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Kan de export niet schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>Je rol staat niet toe de geschiedenis van deze persoon te lezen.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>Er is geen persoon met id of dossiernummer '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>Het dossier van %1 %2 is al gesloten.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>Uitstroomdatum %1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Alleen een gesloten dossier kan worden heropend.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>Plaatsing bewerken</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nieuwe plaatsing</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>Nieuwe plaatsing: voor wie?</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>'%1' is geen fase van een plaatsing</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>Een beëindigde plaatsing heeft een uitkomst nodig: aangenomen, afgerond of afgebroken</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>De plaatsing is beëindigd: er is geen volgende fase.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>De plaatsing is alleen voorgesteld: er is geen vorige fase.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>De bewaartermijn in maanden</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>Het aantal dagen dat back-ups worden bewaard</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 moet tussen %2 en %3 liggen; %4 is opgegeven.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1: er is er al een met dezelfde %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Er is geen %1 met id %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Er is geen %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: er is geen %2 met id %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>Deze %1 kan niet worden verwijderd: %2 %3-records verwijzen ernaar.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>%1-gegevens tellen</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>Het soort van een interventie waarvan je de notitie niet mag lezen, kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>People reached</source>
        <translation>Bereikte personen</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>Trajecten en aanwezigheid</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Verwijzingen per uitkomst</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nazorgcontacten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>Behoeften en empowerment: bij instroom en laatste meting</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Gemeenschappelijke ESF+-indicatoren</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Jonger dan 18</translation>
    </message>
    <message>
        <source>18-29</source>
        <translation>18-29</translation>
    </message>
    <message>
        <source>30-54</source>
        <translation>30-54</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 en ouder</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>Burger van het land van het loket</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>Burger van een ander EU-land</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Onderdanen van derde landen</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Gegeven uren</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Bijgewoonde uren</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Aanwezigheid (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Afronding (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>Afgeronde inschrijvingen</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>Inschrijvingen in beëindigde trajecten</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Vrouwen in training voor ondernemerschap</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>Voorgestelde plaatsingen</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Gestarte plaatsingen</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>Aangenomen na een stage</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Nazorgcontacten te doen</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Nazorgcontacten gedaan</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Verbeterde positie op de arbeidsmarkt</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Gehouden evenementen</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>Bezoekers van evenementen</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Werklozen, inclusief langdurig werklozen</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Langdurig werklozen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactieven</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Werkenden, inclusief zelfstandigen</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Jonger dan 18 jaar</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>Tussen 18 en 29 jaar</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>55 jaar en ouder</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Met lager secundair onderwijs of minder (ISCED 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Met hoger secundair of postsecundair onderwijs (ISCED 3-4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Met tertiair onderwijs (ISCED 5-8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Totaal aantal deelnemers</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Deelnemers met een handicap</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Deelnemers met een migratieachtergrond</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>Deelnemers uit minderheden</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Dak- of thuislozen of getroffen door uitsluiting van huisvesting</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Op zoek naar werk bij vertrek</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>In onderwijs of opleiding bij vertrek</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Met een kwalificatie bij vertrek</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Aan het werk, ook als zelfstandige, bij vertrek</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>Aan het werk zes maanden na vertrek</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>Verbeterde positie op de arbeidsmarkt zes maanden na vertrek</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Behoefte: taal</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Behoefte: werk</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Behoefte: huisvesting</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Behoefte: juridisch</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Behoefte: gezondheid</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Behoefte: kinderopvang</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>Behoefte: digitaal</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Behoefte: sociaal netwerk</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Behoefte: inkomen</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Zelfvertrouwen</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Zelfstandigheid</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Kennis van voorzieningen</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 bij instroom</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1, laatste</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>Voortgangsrapportage – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>De pdf kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · voortgangsrapportage · %2 tot %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle personen</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Voortgangsrapportage</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Financier: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periode: %1 tot %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Loket: %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>alle loketten</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>Telt alleen personen die toestemming gaven voor anonieme rapportage. Geen namen of andere directe identificatoren. Aantallen van 1 tot 4 worden getoond als "&lt;5".</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>Telt elke persoon binnen de selectie: alleen voor intern gebruik.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Kerncijfers tegenover de doelstellingen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>Geen doelstellingen ingesteld.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Bereikte personen in de tijd, tegenover de doelstelling</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per gender</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per leeftijdsgroep</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>Aanwezigheid per soort traject</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Verwijzingen per resultaat</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Plaatsingen: voorgesteld, begonnen, aangenomen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source> (entry)</source>
        <translation> (instroom)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>Needs and empowerment at entry and latest</source>
        <translation>Behoeften en empowerment bij instroom en laatste meting</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Gemeenschappelijke ESF+-indicatoren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Samenvatting van de periode</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Moeilijkheden</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 ligt in de toekomst</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code: '%1' is geen loketcode van de vorm MI-SS (twee of drie hoofdletters, eventueel een streepje en maximaal vier tekens)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username: '%1' moet 2 tot 32 kleine letters, cijfers, punten, streepjes of liggende streepjes bevatten</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>Geboortejaar %1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>Geboortejaar %1 klopt niet met geboortedatum %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>Jaar van aankomst %1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>Jaar van aankomst %1 ligt vóór geboortejaar %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>Intakedatum %1 ligt vóór geboortedatum %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>%1 kinderen passen niet in een huishouden van %2</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>Een gesloten dossier heeft een uitstroomdatum nodig</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>Een gesloten dossier heeft een reden van afsluiten nodig</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>Alleen een gesloten dossier heeft een uitstroomdatum en een reden van afsluiten</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>Uitstroomdatum %1 ligt vóór intakedatum %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>Einddatum %1 ligt vóór begindatum %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>Vervaldatum %1 ligt vóór de toestemmingsdatum %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>Intrekking %1 ligt vóór de toestemmingsdatum %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>Bijeenkomstdatum %1 ligt buiten de data van het traject (%2 tot %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>Einde %1 ligt vóór de inschrijfdatum %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>Een afgeronde of beëindigde inschrijving heeft een einddatum nodig</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>De persoon is niet ingeschreven in het traject van deze bijeenkomst</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 uur is langer dan de bijeenkomst (%2 minuten)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>Alleen iemand die aanwezig is heeft aanwezigheidsuren</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Verwijsdatum</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>Afsluitdatum %1 ligt vóór de verwijzing %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>Een begonnen plaatsing heeft een begindatum nodig</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>Een beëindigde plaatsing heeft een einddatum nodig</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>Een plaatsing anders dan als zelfstandige heeft een werkgever nodig</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>Alleen een beëindigde plaatsing heeft een uitkomst</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>Het aantal bezoekers per leeftijd (%1) wijkt af van het aantal per gender (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Screeningsdatum</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>Interventiedatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>Een afgebroken plaatsing heeft een notitie nodig met de reden</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>Een nazorgcontact na een plaatsing heeft de plaatsing nodig</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>Een nazorgcontact na vertrek uit het programma heeft geen plaatsing</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>De plaatsing hoort bij een andere persoon</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>Nazorgdatum %1 ligt vóór het einde van de plaatsing (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Nazorgdatum</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>Een gedaan nazorgcontact heeft de aangetroffen situatie nodig</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>Een situatie heeft de datum van het nazorgcontact nodig</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>Start van het bedrijf</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>Een gestart bedrijf heeft een startdatum nodig</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>Het evenement van %1 heeft nog niet plaatsgevonden: deelnemers worden daarna vermeld</translation>
    </message>
</context>
<context>
    <name>SheetData</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>The path's register cannot be read.</source>
        <translation>De presentielijst van het traject kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>Gefinancierd door %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>Presentielijst — tekenlijst</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Traject:</translation>
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
        <translation>Tijd:</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 uur)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Enrolled: %1    Present: ______</source>
        <translation>Ingeschreven: %1    Aanwezig: ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>Handtekening trainer: ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>Presentielijst — overzicht</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>%1 tot %2, %3 uur gepland</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Bijeenkomsten:</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>%1 tot %2 van %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Mensen:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 mensen, %2 bijeenkomsten, %3 aanwezigheidsuren in totaal.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>A aanwezig, N niet aanwezig, G geoorloofd afwezig.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Deelnamecertificaat</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Hierbij verklaren wij dat</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>heeft deelgenomen aan het traject “%1” (%2), van %3 tot %4, gedurende %5 van de %6 geplande uren (%7 van de bijeenkomsten).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>Het traject maakt deel uit van het project %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>Behaald diploma: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>De trainer</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again (%1).</source>
        <translation>De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>De schijf kon niet worden beschreven of gelezen: de wijziging is niet opgeslagen. Controleer de schijf en probeer het opnieuw (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>De database is beschadigd: er is niets gewijzigd. Zet de laatste back-up terug (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Het wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>Er is geen gebruiker '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>de inactiviteitstijd instellen</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>De inactiviteitstijd moet tussen 1 en 240 minuten liggen.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Meld je eerst aan om je wachtwoord te wijzigen.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Het huidige wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Het nieuwe wachtwoord is hetzelfde als het huidige.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>Het account %1 hoort bij een ander loket en kan zich hier niet aanmelden; maak in plaats daarvan een account van dit loket voor haar aan.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>Deze sessie heeft geen sleutel tot de notities, dus een nieuw wachtwoord zou het account de toegang tot de notities kosten; een beheerder die de sleutel heeft moet het instellen.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>bevat een stuurteken (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' is geen geheel getal</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' is geen getal</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 ligt buiten het bereik %2 tot %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' is geen ja of nee</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' is geen geldige datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' is geen geldige tijd (gebruik UU:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' is geen bekende waarde (verwacht een van: %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' is geen ISO 3166-landcode (zoals NL, MA of UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' is geen ISO 639-taalcode (zoals nl, ar of ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' is geen telefoonnummer (6 tot 15 cijfers, eventueel met + ervoor)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' is geen e-mailadres</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is verplicht</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>R&amp;ol wijzigen…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;Uit- of inschakelen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>Venster &amp;vergrendelen na deze inactiviteitstijd:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol van %1:</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>Meldt zich hier aan</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>nee: een account van een ander loket, zonder wachtwoord hier</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>&amp;Tekenlijst afdrukken…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>De presentielijst opslaan</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>De tekenlijst van de huidige bijeenkomst afdrukken</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>Status van de presentielijst</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Traject:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>De presentielijst van een traject: een rij per persoon, een kolom per bijeenkomst.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>A aanwezig, N niet aanwezig, G geoorloofd afwezig, Spatie wisselt, H zet de hele bijeenkomst op aanwezig, Enter bewerkt de uren, Ctrl+S slaat op.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Wijzigingen nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Keten controleren</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Elke handeling</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>Het auditlogboek is volledig: er is geen regel gewijzigd of verwijderd.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>Back-ups in de map, nieuwste eerst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>Dagen dat back-ups worden bewaard</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>Back-ups be&amp;waren gedurende</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Terugzetten uit…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>De back-up is geschreven en gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een back-up</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>Back-ups (*.backup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>Alles in deze database vervangen door de back-up %1? Wijzigingen sinds die back-up gaan verloren. De back-up wordt eerst gecontroleerd; als hij beschadigd is, verandert er niets.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>De database is teruggezet.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>Een bundel versturen</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Bundel &amp;exporteren…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>Loket waarvoor de bundel is</translation>
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
        <translation>Bundelformaat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtzin nogmaals</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Een bundel exporteren</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultaat van de export</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;maat:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Nog&amp;maals:</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Alles (een volledige bundel)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2): wijzigingen sinds de vorige bundel</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>De twee wachtzinnen verschillen: typ twee keer dezelfde.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Bundel exporteren</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Percorsi-bundels (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Bundel wordt geschreven…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n record naar %1 geschreven.</numerusform>
            <numerusform>%n records naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Verstuurde en ontvangen bundels</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>iedereen (volledige bundel)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>naar %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>van %1</translation>
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
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
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
        <translation>Een bundel ontvangen</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>Bundel &amp;openen…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;leren</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>Of sleep een .percorsi-bestand naar het venster.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Een bundel openen</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Wachtzin van de bundel</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>Wachtzin om te &amp;ontgrendelen:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultaat van de import</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>De bundel toepassen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>De import annuleren</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nieuw:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Ongewijzigd:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>Overgeslagen (hier verwijderd):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicten:</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Bundel openen</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Percorsi-bundels (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 is versleuteld: typ de wachtzin en kies dan Voorbeeld.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Bundel wordt gelezen…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Bundel wordt samengevoegd…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>Deze bundel kan niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 van %2, %3 rijen. Er is nog niets veranderd: Toepassen voegt hem samen.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>De bundel is niet samengevoegd: %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>%1 van %2 samengevoegd.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Het dossier sluiten</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiten</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Uitstroomdatum</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situatie bij uitstroom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reden *</translation>
    </message>
    <message>
        <source>E&amp;xit date *</source>
        <translation>&amp;Uitstroomdatum *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;Situatie bij uitstroom</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>&amp;Deze houden</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>D&amp;ie houden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Behouden waarde</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verloren waarde</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>De behouden waarde bevestigen</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>De behouden waarde houden</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>De verloren waarde terugzetten; de wijziging bereikt elk loket</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>De verloren waarde houden</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>Melding over conflicten</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n open conflict.</numerusform>
            <numerusform>%n open conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>onbekend loket</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nieuwe toestemming…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>Bereikte personen, activiteiten en resultaten van een project tegenover de doelstellingen, per periode en loket.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Loket:</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>Projecten en &amp;doelstellingen…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>Voort&amp;gangsrapportage…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle personen</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Alle loketten</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 personen bereikt · %2 uur gegeven, %3 bijgewoond · aanwezigheid %4% · afronding %5% · %6 plaatsingen gestart, %7 aangenomen · %8 nazorgcontacten te doen</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Voortgangsrapportage</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>De voortgangsrapportage exporteren</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>voortgangsrapportage.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Spreadsheets (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::DeskBox</name>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>Alle loketten</translation>
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
        <translation>Bekende loketten</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Inhoudsvingerafdruk</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>Twee loketten met dezelfde inhoud tonen dezelfde vingerafdruk.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Nog niet berekend</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>Vingerafdruk &amp;berekenen</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>De inhoudsvingerafdruk berekenen</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>Kan de vingerafdruk niet berekenen: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;opslaan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>De wijzigingen in haar dossier opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>Het bestaande dossier &amp;openen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Ze staat misschien al geregistreerd: %n mogelijke dubbele.</numerusform>
            <numerusform>Ze staat misschien al geregistreerd: %n mogelijke dubbelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoon</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>zelfde geboortejaar</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, geboren in %1</translation>
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
        <translation>&amp;Regel toevoegen…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>Nieuwe &amp;plaatsing hier…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>Contactlogboek</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>Hier geplaatste personen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Contact bewerken</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Nieuwe werkgever…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>Zoeken op naam, sector, contactpersoon of adres</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Werkgevers zoeken</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Aantal werkgevers</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Bedrijven die meedoen aan plaatsingen, bewustwording en diversiteitsbeleid.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 werkgever</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 werkgevers</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Werkgever bewerken</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>De plaatsing beëindigen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>Waarom, of wat nu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>&amp;Einddatum *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Uitkomst *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;Waarom, of wat nu</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>Mensen inschrijven</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Mensen zoeken</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>Naam of dossiernummer; Omlaag naar de lijst, Spatie vinkt aan</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden mensen</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n persoon gekozen.</numerusform>
            <numerusform>%n personen gekozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>%n persoon gekozen; %1 plaats(en) vrij.</numerusform>
            <numerusform>%n personen gekozen; %1 plaats(en) vrij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>%n persoon gekozen; %1 plaats(en) vrij: %2 gaan naar de wachtlijst.</numerusform>
            <numerusform>%n personen gekozen; %1 plaats(en) vrij: %2 gaan naar de wachtlijst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 (%2) en al haar gegevens wissen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Haar gegevens, intakes, plan, trajecten en aanwezigheid, ondersteuning, verwijzingen, plaatsingen, nazorgcontacten en toestemmingen worden definitief verwijderd van deze computer en van elk loket dat de volgende bundel ontvangt. Dit kan niet ongedaan worden gemaakt. Exporteer eerst haar gegevens als ze om een kopie heeft gevraagd.&lt;/p&gt;&lt;p&gt;Typ het dossiernummer &lt;b&gt;%1&lt;/b&gt; om te bevestigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>Dossiernummer ter bevestiging</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Definitief wissen</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Evenement bewerken</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Aantal bezoekers</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per gender</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per leeftijdsgroep</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>Bezoekers bij naam (optioneel)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Deelnemers bij naam</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Een deelnemer toevoegen</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuw evenement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Aantal evenementen</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Buurtevenementen en hun bezoekersaantallen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evenement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 evenementen</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bij %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;Situatie vastleggen…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Nazorgcontacten te doen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>Omdat ze</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>Aantal nazorgcontacten te doen</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Kan de nazorgcontacten niet lezen: %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 nazorgcontact te doen</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 nazorgcontacten te doen</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), uiterlijk %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nieuw nazorgcontact…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>Een nazorgcontact is zes maanden nadat ze het programma verlaat of een plaatsing eindigt aan de beurt; open het (Enter) om dan haar situatie vast te leggen.</translation>
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
        <translation>Wat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier gesloten</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Plandoel</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>Inschrijving in een traject</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>Eerste contact en intake</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Rechtsgrond</translation>
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
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi is vergrendeld. %1, voer je wachtwoord in om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>percorsi::LoginDialog</name>
    <message>
        <source>Percorsi — first administrator</source>
        <translation>Percorsi — eerste beheerder</translation>
    </message>
    <message>
        <source>Percorsi — sign in</source>
        <translation>Percorsi — aanmelden</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>Deze database heeft nog geen account. Kies de naam en het wachtwoord van de beheerder, die de andere accounts aanmaakt.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
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
        <translation>Pagina's</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Loket: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>De pagina's van Percorsi; Ctrl+1 … Ctrl+0 openen ze direct.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Aangemeld: %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Eerste wachtwoord:</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Wachtwoord van %1 opnieuw instellen</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Je wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>He&amp;rhalen:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>Traject bewerken</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>&amp;Andere trainers:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>&amp;Geplande uren:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>Aanwezigheid voor een ce&amp;rtificaat:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>percorsi::PathManageDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>Reden of diploma</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>Mensen van het traject</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>Bijeenkomsten van het traject</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>Mensen en bijeenkomsten — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Uitschrijven…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Als &amp;afgerond markeren…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>&amp;Bewerken of verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;Annuleren of herstellen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Uitschrijven</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>Behaald diploma (mag leeg zijn):</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>De bijeenkomst bewerken</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsPage</name>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Today's sessions</source>
        <translation>Bijeenkomsten van vandaag</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Geplande uren</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>Tr&amp;ainer:</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>Bijeenkomsten van &amp;vandaag:</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>Cursussen, groepen en workshops met hun rooster, mensen en aanwezigheid.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>Het traject bewerken</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>Bijeenkomsten &amp;plannen…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>De bijeenkomsten plannen</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>Ins&amp;chrijven…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>Mensen inschrijven</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>Mensen en bijeenkoms&amp;ten…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>Mensen en bijeenkomsten van het traject</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Presentie&amp;lijst</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>De presentielijst openen</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>O&amp;verzicht…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>Het overzicht afdrukken</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>Cer&amp;tificaten…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>De deelnamecertificaten afdrukken</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Alle trainers</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Vandaag geen bijeenkomst.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>Bijeenkomsten niet aangemaakt</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Niet ingeschreven</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Niemand haalt de aanwezigheidsdrempel van %1%.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;Inschrijven in een traject…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 van %3)</translation>
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
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Elk loket</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Elk traject</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Elke consulent</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>Open &amp;behoeften</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Signalen</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>De laatste screening geeft een behoefte niveau 2 of hoger</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>Verblijfsvergunning verloopt binnen 60 dagen, nazorg gepland of drie keer achter elkaar afwezig</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>Het bestand is groter dan 64 MiB: splits het eerst.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Het bestand bevat geen rijen.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Regel %1: %2. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Mensen importeren uit een spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Kies de spreadsheet</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>Sla hem eerst op als CSV. Komma's of puntkomma's, UTF-8- of Windows-codering, datums als dd/mm/jjjj of jjjj-mm-dd worden allemaal begrepen.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Spreadsheetbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Welke kolom is welke</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>De kolommen zijn gekoppeld op hun kopteksten. Verbeter wat niet klopt; weggelaten kolommen worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Person field</source>
        <translation>Persoonsveld</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolomkoppeling</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Controleer de rijen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>Er is nog niets geschreven. Elke rij moet geldig zijn: één geweigerde rij weigert de hele import.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Te importeren rijen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Samenvatting van de import</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>Spreadsheet met mensen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(weglaten)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>misschien %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>%n rij kan niet worden geïmporteerd: verbeter de spreadsheet of de koppeling.</numerusform>
            <numerusform>%n rijen kunnen niet worden geïmporteerd: verbeter de spreadsheet of de koppeling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n persoon klaar om te importeren.</numerusform>
            <numerusform>%n personen klaar om te importeren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>Zoeken op naam of dossiernummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Mensen zoeken</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Aantal mensen</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Een nieuwe persoon registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>Iedereen die het programma ondersteunt, van elk loket.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>Kan de mensen niet lezen: %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 mensen</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>Eerste %1 resultaten</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Lijst e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>De vermelde personen, gefilterd en gesorteerd, opslaan als XLSX of CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>Personen importeren uit een spreadsheet die het loket al bijhoudt</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultaat</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>Er staat niemand in de lijst om te exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>%n persoon naar %1 geschreven.</numerusform>
            <numerusform>%n personen naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>Naam of dossiernummer; Omlaag naar de lijst, Enter kiest</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
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
        <translation>%1 bij %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 tot %2, %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+Rechts zet de gekozen plaatsing naar de volgende fase, Ctrl+Links terug; of sleep hem naar een andere kolom. Enter opent hem.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (laatste %2 van %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>De plaatsing is beëindigd: er is geen volgende fase.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>De plaatsing is alleen voorgesteld: er is geen vorige fase.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nieuwe plaatsing…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pijplijn</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>Nazorg te &amp;doen</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>Stages, werkvouchers en banen per fase, en de nazorgcontacten na zes maanden.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>Nazorg te &amp;doen (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nieuwe plaatsing…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nieuw doel…</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileHeader</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>gesloten op %1: %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>geen consulent toegewezen</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>consulent %1</translation>
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
        <translation>Toestemming: %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>Kan de signalen niet lezen: %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>Verblijfsvergunning verloopt op %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Nazorg gepland</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 keer achter elkaar afwezig</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>S&amp;creening</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>&amp;Trajecten</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>&amp;Ondersteuning</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Verwijzingen</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>Plaats&amp;ingen</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>T&amp;oestemmingen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>Dossier &amp;sluiten…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Dossier &amp;heropenen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;opslaan</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>&amp;Venster sluiten</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Nazorg</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>Bed&amp;rijf</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>Haar gegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>Haar gegevens exporteren</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>Leesbaar document (*.pdf);;Gegevens voor een ander systeem (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>Projecten en doelstellingen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>Doelstellingen van het project</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>Project &amp;bewerken…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>Nieuwe &amp;doelstelling…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>Doelstelling b&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projecten:</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>Doel&amp;stellingen van het gekozen project:</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Project bewerken</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nieuwe doelstelling</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Doelstelling bewerken</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordForm</name>
    <message>
        <source>%1: problem</source>
        <translation>%1: probleem</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordListPage</name>
    <message>
        <source>Number of records</source>
        <translation>Aantal records</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Kan de records niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>De bijeenkomsten plannen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>Eén datum per regel, bijv. 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Geplande bijeenkomsten</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Weekdagen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Feestdagen:</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>Bijeenkomsten aanmaken</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>Geen bijeenkomst: kies weekdagen binnen de data van het traject.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n bijeenkomst, van %1 tot %2, %3 uur in totaal.</numerusform>
            <numerusform>%n bijeenkomsten, van %1 tot %2, %3 uur in totaal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nieuwe verwijzing…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>Kies een voorziening uit de sociale kaart; open een verwijzing om de status te wijzigen.</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterModel</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>G</translation>
    </message>
    <message numerus="yes">
        <source>%n absences in a row</source>
        <translation>
            <numerusform>%n keer achter elkaar afwezig</numerusform>
            <numerusform>%n keer achter elkaar afwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>Presentielijst</translation>
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
        <translation>Voortgangsrapportage</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Alle loketten</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Voortgangsrapportage</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1, %2 tot %3. Telt alleen personen die toestemming gaven voor anonieme rapportage; aantallen van 1 tot 4 staan als "&lt;5".</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle personen</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;Samenvatting van de periode:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Resultaten:</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>&amp;Knelpunten:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>V&amp;olgende stappen:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>voortgangsrapportage.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Bewaren van gesloten dossiers</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> maanden na uitstroom</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Uitstroomdatum</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Gesloten dossiers voorbij de bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>Gesloten dossiers &amp;bewaren gedurende</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nieuwe screening…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>Behoeften: 0 geen, 1 laag, 2 gemiddeld, 3 hoog. Schalen: 1 (laag) tot 5 (hoog).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Verloop in de tijd</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>Behoefte: </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>Gemiddelde behoefte (0-3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>Voorziening &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>Zoeken op naam, adres, taal of toelatingseisen</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Voorzieningen zoeken</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Elke categorie</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Aantal voorzieningen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>De gedeelde sociale kaart van lokale voorzieningen waarnaar mensen worden verwezen.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 voorziening</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 voorzieningen</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nieuwe voorziening</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Voorziening bewerken</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>Deze installatie en hoe ze tegen je praat.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Dit loket</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Taal van de gebruikersinterface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>Je keuze wordt opgeslagen en geldt meteen, leesrichting inbegrepen.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>Witte tekst op zwart, met de selectie en de toetsenbordfocus in geel</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>Geldt meteen en wordt opgeslagen. Voor grotere tekst en knoppen start je Percorsi met QT_SCALE_FACTOR=1.5 (of met de schaal van je bureaublad).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>Haar situatie is &amp;verbeterd sinds haar vertrek</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>Situatie vastleggen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Nazorgdatum</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>&amp;Situation *</source>
        <translation>&amp;Situatie *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
</context>
<context>
    <name>percorsi::SpreadsheetsTab</name>
    <message>
        <source>Export a list</source>
        <translation>Een lijst exporteren</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>Presentielijst van een traject</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Te exporteren lijst</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>Traject van de presentielijst</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV voor de spreadsheet van deze computer</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Spreadsheetformaat</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Lijst e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>De lijst exporteren</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>Resultaat van de lijstexport</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>Tra&amp;ject:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormaat:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>Haal de mensen binnen die een loket al bijhoudt in een spreadsheet, opgeslagen als CSV. Je kiest welke kolom welke is, ziet elke rij gecontroleerd, en er wordt niets geschreven tot je bevestigt.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>Mensen &amp;importeren uit een spreadsheet…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Mensen importeren uit een spreadsheet</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>Er is geen traject om de presentielijst van te exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij naar %1 geschreven.</numerusform>
            <numerusform>%n rijen naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;Nieuwe interventie…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>Notities zijn bijzondere persoonsgegevens (gezondheid, juridisch, psychologisch): ze staan niet in de lijst; open een interventie om de notitie te lezen.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>Onderdelen van synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Bundels</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Spreadsheets</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Loketten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>Loketten wisselen hun gegevens uit via bundels, op een usb-stick of per mail; er is geen server nodig.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>Verstuurde en &amp;ontvangen bundels</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflicten (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>&amp;Nieuw bedrijfsidee…</translation>
    </message>
</context>
</TS>

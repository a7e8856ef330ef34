<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>Accedi prima: %1 richiede un account.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>Il ruolo %1 di %2 non consente %3.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>lettura dei record %1</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>lettura di questo record %1: appartiene a una persona fuori dal tuo sportello o dai tuoi percorsi</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 di un record %2</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1: la sessione non è di uno dei tuoi percorsi</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1: la persona appartiene a un altro sportello</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1: la persona è fuori dal tuo sportello o dai tuoi percorsi</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>ricerca di persone</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Nessuna persona raggiunge la soglia di frequenza del %1%.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Non c'è nulla da stampare.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Foglio firme — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>Registro presenze — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>Attestati di frequenza — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Non esiste un percorso con id %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>La voce di registro %1 non segue la precedente: una voce è stata rimossa o inserita.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>La voce di registro %1 è stata alterata.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>Il registro di controllo termina alla voce %1, ma terminava alla %2: sono state rimosse delle voci.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lettura del registro di controllo</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>L'account %1 è bloccato dopo %2 accessi non riusciti; riprova dopo %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuti</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>Questo database ha già degli account; i nuovi li crea un amministratore.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Il backup è stato annullato.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 è danneggiato: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossibile sostituire %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossibile scrivere il backup %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 non è un backup di Percorsi: i primi byte non sono quelli di un database SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 non è un database di Percorsi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 è stato scritto da una versione più recente di Percorsi (schema %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Un database non può essere ripristinato da se stesso.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>Il database è occupato; riprova.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>Impossibile ripristinare %1; il database è rimasto com'era: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>non è stato possibile scrivere sul disco</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>Non è stato possibile scrivere il backup %1: %2. Il database non è stato modificato; libera spazio o scegli un'altra cartella, poi riprova.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossibile creare la cartella dei backup %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>Impossibile spostare da parte il database danneggiato %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Impossibile spostare da parte %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Il backup %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>Impossibile copiare il backup %1 in %2; il file danneggiato è stato rimesso al suo posto.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Integrità SQLite: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>Il database %1 è danneggiato e non può essere verificato (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>Il record %1 di %2 rimanda a un %3 mancante.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Impossibile verificare %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1: %2 record</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 con uuid non valido</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 attivo sotto una cancellazione</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 vuoto</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 con un codice sconosciuto</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 non è una data valida</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>manca lo sportello locale</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>casi chiusi senza data di uscita</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>persone uscite prima della presa in carico</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 che finisce prima di iniziare</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>incontri fuori dalle date del percorso</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>presenze di persone non iscritte al percorso</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>persone assenti dall'indice di ricerca o indicizzate con un altro nome</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>voci dell'indice di ricerca senza persona</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>persone i cui dati per i rapporti mancano o non sono aggiornati</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>dati per i rapporti senza persona</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>percorsi il cui conteggio delle presenze manca o non è aggiornato</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   crea un database e il suo sportello</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          riempie un nuovo database con dati dimostrativi</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  conta i record di ogni entità</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             trova persone per nome o numero di cartella</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   mostra, modifica o esporta una persona</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  verifica l'integrità e le invarianti</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  impronta di tutto il contenuto visibile</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   unisce un pacchetto</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   elenca o risolve i conflitti</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   relazione di avanzamento per i finanziatori</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               cancella una persona e tutti i suoi dati</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             cartelle chiuse oltre il periodo di conservazione</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       salva una copia del database e la verifica</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     ripristina il database da una copia verificata</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>Uso: percorsi-cli [--lang CODE] COMANDO [OPZIONI]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>I comandi che aprono un database accedono con --user NAME e --password-file FILE,
o con PERCORSI_USER e PERCORSI_PASSWORD; init crea quell'utente come amministratrice.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>--lang CODE sceglie la lingua dei messaggi (%1); senza, la lingua del sistema
(LC_ALL, LC_MESSAGES, LANG) se Percorsi la parla, altrimenti l'inglese.
Elenchi, JSON, nomi di opzioni e di comandi restano uguali in ogni lingua.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>Codici di uscita: 0 riuscito, 1 errore d'uso, 2 dati non validi (nulla è scritto),
una password errata o un account bloccato, o un ruolo che non lo consente,
3 errore di I/O o del database (un file mancante, danneggiato o di una versione più recente).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>comando sconosciuto '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argomento mancante</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argomento inatteso '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 vuole un numero intero da %2 a %3, non '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Il file del database.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>Il nome utente (predefinito: $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>Un file la cui prima riga è la password (predefinito: $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (o PERCORSI_USER) è obbligatorio</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (o PERCORSI_PASSWORD) è obbligatorio</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossibile leggere il file della password %1: %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (vedi percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>Il nome dello sportello.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>La città dello sportello.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>Prefisso dei numeri di cartella, come MI-SS (ricavato da città e nome se omesso).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>Il quartiere dello sportello.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>Codice ISO del paese, come IT.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>Il nome completo dell'amministratrice (predefinito: il nome utente).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME è obbligatorio</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>Creato lo sportello %1 (%2) in %3 con l'amministratrice %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>Quante persone (predefinito 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Seme casuale (predefinito 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>Generate %1 persone e %2 record in %3 s</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>Nome, parte di un nome o numero di cartella.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>Al massimo questo numero di persone (predefinito 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>il database %1 è danneggiato; ripristinalo da una copia di sicurezza</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>%n invariante non è rispettata</numerusform>
            <numerusform>%n invarianti non sono rispettate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1: non c'è nessun %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>indica almeno un FIELD=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' non è nella forma FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>una persona non ha il campo '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>%1 è impostato da Percorsi e non si può modificare</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aggiornata %1</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Che cosa fare.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>Con export: il file JSON da scrivere.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>L'uuid o il numero di cartella della persona.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>Con set: i campi da modificare.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>azione sconosciuta '%1' (show, set o export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE è obbligatorio</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>Esportati i dati di %1 in %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>Cancellata %1: i suoi dati non ci sono più e resta solo una traccia di cancellazione per informare gli altri sportelli.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>Imposta il periodo di conservazione in mesi dopo l'uscita.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>Conservazione: %1 mesi dopo l'uscita; %n cartella chiusa oltre il periodo</numerusform>
            <numerusform>Conservazione: %1 mesi dopo l'uscita; %n cartelle chiuse oltre il periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Il file di backup da scrivere.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>Copia di %1 salvata in %2 (verificata)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Il file di backup da ripristinare.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE è obbligatorio</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>Ripristinato %1 da %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>%1 non contiene nessuna frase segreta</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 nuovi, %2 aggiornati, %3 invariati, %4 eliminati, %5 saltati (eliminati qui), %6 conflitti</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Il file del pacchetto da scrivere.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines, predefinito) o csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>Solo ciò che è cambiato dall'ultimo pacchetto inviato a questo sportello (codice o uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>Cifra con la frase segreta contenuta in questo file.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE è obbligatorio</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>--format vuole json o csv, non '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>Scritti %1 record in %2 (pacchetto %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>Il pacchetto da unire.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>Mostra che cosa cambierebbe, senza cambiare nulla.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>La frase segreta di un pacchetto cifrato.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>Si unirebbero %1 righe da %2: %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>Unite %1 righe da %2: %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>Anche i conflitti già risolti.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>Risolve il conflitto ID tenendo il valore che ha prevalso.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>Risolve il conflitto ID riscrivendo il valore perso.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>indica --keep o --reverse, non entrambi</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>Risolto il conflitto %1</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>--%1 deve essere una data come 2026-06-30, non "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>Nome del progetto (predefinito: tutte le persone).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primo giorno del periodo (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Ultimo giorno del periodo (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>Nome dello sportello (predefinito: tutti gli sportelli).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json, csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>--format deve essere json, csv, xlsx o pdf</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>Scritta la relazione su %1 persone in %2 (indicatori calcolati in %3 ms)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>--%1 vuole una data come 2026-06-15, non '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>Verifica che nessuna voce sia stata alterata o rimossa.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>Solo le voci di questo nome utente.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>Solo questa azione (login, view, update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>Da questo giorno (AAAA-MM-GG, UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>Fino a questo giorno (AAAA-MM-GG, UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>Quante modifiche.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>Prefisso dei valori scritti.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>non c'è nessuno da modificare</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>lingua sconosciuta '%1'; disponibili: %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>--lang richiede un codice di lingua: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>Donna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binario</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Senza permesso di soggiorno</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Richiedente asilo</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Status di rifugiata</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protezione sussidiaria</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>Protezione speciale o umanitaria</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Protezione temporanea</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Motivi familiari</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>Soggiornante di lungo periodo (UE)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Cittadina UE</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>Cittadina italiana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
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
        <translation>Occupata</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Lavoratrice autonoma</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Disoccupata</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Disoccupata di lunga durata</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattiva</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Inattiva, in istruzione o formazione</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Alloggio stabile</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>Ospite di familiari o amici</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Centro di accoglienza (CAS/SAI)</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Dormitorio</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>Alloggio precario o inadeguato</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Senza dimora</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>Arrivata da sola</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Passaparola</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Associazione o ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Servizio sanitario</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Centro per l'impiego</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>Sportello di comunità</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>Progetto completato</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>Ha trovato lavoro</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Trasferita altrove</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Contatto perso</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>In istruzione o formazione</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Ha ottenuto una qualifica</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>Occupata</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>Condivisione dei dati con i partner</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>Rendicontazione anonima</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligo di legge</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interessi vitali</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Compito di interesse pubblico</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legittimo interesse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Abitazione</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legale</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cura dei figli</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitale</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Rete sociale</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Reddito</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>Gruppo di empowerment</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Corso di lingua</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formazione professionale</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>Orientamento al lavoro</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>Autoimprenditorialità</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>Visita in città</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Apprendimento tra pari</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>Laboratorio artistico</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritta</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista d'attesa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giustificata</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psicologico</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>Mediazione linguistico-culturale</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>Orientamento ai servizi</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Accompagnamento al lavoro</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trasporti</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>Sport e tempo libero</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Micro (meno di 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>Piccola (10-49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>Media (50-249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>Grande (250 o più)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>Incontro di sensibilizzazione</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>Supporto al diversity management</translation>
    </message>
    <message>
        <source>Vacancy shared</source>
        <translation>Offerta di lavoro condivisa</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Curricular internship</source>
        <translation>Tirocinio curriculare</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>Tirocinio extracurriculare</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprendistato</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Contratto a tempo determinato</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Contratto a tempo indeterminato</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Lavoro autonomo</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>Dote lavoro</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Assunta</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Uscita dal programma</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Inserimento concluso</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Business plan</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>Attività avviata</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Open day</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Campagna di sensibilizzazione</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Evento pubblico</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatrice</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatrice</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatrice</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratrice</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Persone raggiunte</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Quota di donne (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Donne in formazione all'autoimprenditorialità</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>Decisori politici nella co-progettazione</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>Associazioni nella co-progettazione</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>Funzionari nella co-progettazione</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>Cittadini intervistati</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>Persone agli eventi di comunità</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>Persone raggiunte dalla campagna</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>Ore di formazione erogate</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>Percorsi completati</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Impossibile aprire il database %1: %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Persone raggiunte nel tempo, rispetto all'obiettivo</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Persone raggiunte</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>Persone raggiunte per sportello</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Persone raggiunte per genere e fascia d'età</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>Tasso di frequenza per tipo di percorso (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Invii per esito</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Inserimenti lavorativi: proposti, avviati, assunzioni</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Assunzioni</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviati</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposti</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>Bisogni (0-3) ed empowerment (1-5): ingresso e ultimo rilevamento</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>All'ingresso</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultimo</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>Da fare, non fatti</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fatti: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Monitoraggi</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>Un valore cifrato è stato alterato o spostato dal record per cui era stato scritto.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 non è un database di Percorsi, oppure è danneggiato: i primi byte non sono quelli di un database SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 è un database SQLite di un'altra applicazione, non di Percorsi; non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>%1 è stato scritto da una versione più recente di Percorsi (schema %2; questa versione conosce al massimo lo schema %3). Non è stato aperto e nulla è stato modificato; usa la versione più recente.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Non c'è nessun database in %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>Il database %1 è danneggiato e non può essere letto (%2). Ripristinalo da una copia di sicurezza.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossibile leggere la versione dello schema di %1.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Impossibile configurare il database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>Il database %1 non ha ancora uno sportello; crealo prima con "percorsi-cli init --db %1 --desk-name NOME".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 è allo schema %2, non %3: apritelo prima in scrittura.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>Il database %1 è danneggiato (%2). Non è stato aperto e nulla è stato modificato; ripristina l'ultimo backup.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>la verifica non ha dato risposta</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>è troncato: %1 byte su %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>Il numero di persone deve essere tra 0 e %L1.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>Il database %1 contiene già persone; i dati dimostrativi si aggiungono solo a un database senza persone.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>La generazione dei dati dimostrativi è stata annullata; non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>Il database %1 ha già il suo sportello.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Non esiste uno sportello con id %1.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>desk</source>
        <translation>sportello</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>project</source>
        <translation>progetto</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>obiettivo di progetto</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>obiettivo del piano</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>session</source>
        <translation>incontro</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>iscrizione</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenza</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervento</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>invio</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>azienda</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>azione con l'azienda</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>inserimento lavorativo</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>monitoraggio</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>attività imprenditoriale</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>partecipante all'evento</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>Sportelli</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>Una sede del programma: questa e quelle conosciute tramite sincronizzazione</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>Un'operatrice, formatrice, coordinatrice o amministratrice</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>Un programma finanziato con il suo periodo e il suo finanziatore</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>Obiettivi di progetto</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>Un obiettivo di un indicatore del progetto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>Una persona seguita dal programma</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>Un consenso dato da una persona, per finalità</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>Una valutazione sociale: bisogni ed empowerment autovalutato</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Obiettivi del piano</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>Un obiettivo del piano individuale di una persona</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>Un corso, gruppo o attività con un calendario</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>Un incontro di un percorso</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>Una persona che partecipa a un percorso</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>La presenza di una persona a un incontro</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventi</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>Sostegno individuale: legale, psicologico, sociale …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>Un servizio del territorio nella rubrica condivisa</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>Una persona inviata a un servizio, e l'esito</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>Un'azienda coinvolta nel programma</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>Azioni con le aziende</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>Un'azione di sensibilizzazione o sulla diversità con un'azienda</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>Un tirocinio, una dote o un lavoro di una persona</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>Un evento di comunità e i suoi partecipanti</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Non esiste %1 con id %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>I suoi record sono stati eliminati, ma il file %1 non è stato compattato: %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>I suoi record sono stati eliminati, ma ne restano vecchie copie nel file %1 perché un altro programma lo sta leggendo; saranno rimosse alla prossima cancellazione, quando sarà chiuso.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>Le note di categoria particolare sono cifrate e il tuo account non ne possiede la chiave: un amministratore deve reimpostare la tua password per darti accesso alle note.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>Il campo %1 del record %2 %3 non può essere decifrato: è stato alterato o spostato da un altro record o campo.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. MA, IT</source>
        <translation>Codici di due lettere, es. MA, IT</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>Codici di lingua, es. ar, fr, it</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>Un nome, o un codice di due lettere come MA</translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>Età 18-29</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>Età 30-54</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>Età 55+</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Meno di 18 anni</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Anno di arrivo</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Valutata il</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>Soglia di frequenza (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Idea imprenditoriale</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>Necessita di cura dei figli</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Figli</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Cittadinanze</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo di chiusura</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Paese di nascita</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Svolto il</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>Istruzione (livello ISCED)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisiti di accesso</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Condizione occupazionale all'ingresso</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Concluso il</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Iscritta il</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situazione all'uscita</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Componenti del nucleo familiare</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Abitazione</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Situazione lavorativa migliorata</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Data di presa in carico</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>Livello di italiano</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>Appartenenza a una minoranza</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Bisogno: cura dei figli</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>Bisogno: competenze digitali</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Bisogno: salute</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Bisogno: abitazione</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Bisogno: reddito</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Bisogno: lingua</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Bisogno: legale</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Bisogno: rete sociale</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Bisogno: lavoro</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>Prossimo numero di cartella</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatrice</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>Altre formatrici</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota sull'esito</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Scadenza del permesso</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserimento lavorativo</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Ore previste</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nome preferito</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Inviata da</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Inviata il</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Autostima</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Conoscenza dei servizi</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniziato il</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Sostegno dato</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatrice</translation>
    </message>
    <message>
        <source>Training followed</source>
        <translation>Formazione seguita</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Motivo del ritiro</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ritirata il</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>Il suo monitoraggio è stato registrato il %1: non si può annullare.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Il periodo inizia il %1, dopo la sua fine il %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>Non esiste un progetto chiamato "%1".</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>Non esiste uno sportello chiamato "%1".</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>Non esiste un progetto con id %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Non esiste uno sportello con id %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>I dati conservati per i rapporti della persona %1 sono danneggiati.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Memoria insufficiente per conservare la chiave.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Non esiste alcun account con id %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>La chiave salvata di questo account è danneggiata.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Memoria insufficiente per derivare la chiave dalla password.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Non è stato possibile avviare la libreria crittografica.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Memoria insufficiente per conservare la chiave.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>Con questa password non è possibile aprire la chiave delle note.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>Gestione dei casi per i programmi di integrazione.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>Apri il database FILE (predefinito: il database dimostrativo).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>Usa la lingua CODICE per questa sessione (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi: lingua sconosciuta "%1"; accettate: %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Il database %1 non esiste.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>Creazione di un database dimostrativo con %1 persone…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Impossibile creare il database dimostrativo: %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi: %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Il backup giornaliero non è riuscito: %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>Cerca i backup in DIR quando il database è danneggiato.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>L'ultimo backup, %1, è stato fatto il %2. Ripristinarlo? Il file danneggiato viene conservato accanto.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Ripristina l'ultimo backup</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Paths</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>Corsi, gruppi, orientamento e altre attività con un calendario.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>Ore</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 percorso</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 percorsi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>Incontri di tutti i percorsi, dal più recente.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 incontro</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 incontri</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>La rubrica condivisa dei servizi del territorio a cui si inviano le persone.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 servizio</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 servizi</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Aziende coinvolte in inserimenti, sensibilizzazione e diversity management.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 azienda</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 aziende</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Eventi di comunità e i loro partecipanti, dal più recente.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventi</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Nascita</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Questo sportello</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
</context>
<context>
    <name>LocalDesk</name>
    <message>
        <source>no desk</source>
        <translation>nessuno sportello</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>Ancora nessuno sportello: esegui percorsi-cli init</translation>
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
        <translation>La revisione %1 dello schema manca in questa versione.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>L'aggiornamento del database allo schema %1 (%2) non è riuscito: %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La libreria crittografica non è partita.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Memoria insufficiente per cifrare la password.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Non esiste un percorso con id %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>Un incontro richiede un'ora di inizio e una fine successiva.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>Indica perché la persona si ritira.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>Dati personali conservati sulla cartella %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>Tutto ciò che Percorsi conserva su questa persona, al %1 (UTC). Fornito ai sensi degli articoli 15 e 20 del GDPR.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Dati personali di %1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossibile scrivere l'esportazione: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>Il tuo ruolo non consente di leggere la storia di questa persona.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>Non esiste una persona con id o numero di cartella '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>Il caso di %1 %2 è già chiuso.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>La data di uscita %1 è nel futuro</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Si può riaprire solo un caso chiuso.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>Modifica inserimento lavorativo</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nuovo inserimento lavorativo</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>Nuovo inserimento lavorativo: per chi?</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>'%1' non è una fase di un inserimento lavorativo</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>Un inserimento lavorativo concluso richiede l'esito: assunzione, completato o interrotto</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>L'inserimento lavorativo è concluso: non ci sono fasi successive.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>L'inserimento lavorativo è solo proposto: non ci sono fasi precedenti.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>Il periodo di conservazione in mesi</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>I giorni di conservazione dei backup</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 deve essere tra %2 e %3; è stato indicato %4.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1: ne esiste già uno con lo stesso %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Non esiste %1 con id %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Non esiste %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: non esiste %2 con id %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>Impossibile eliminare questo %1: %2 record di %3 vi fanno riferimento.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>conteggio dei record %1</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>inserimento</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>Non si può cambiare il tipo di un intervento di cui non puoi leggere la nota.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminazione</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>People reached</source>
        <translation>Persone raggiunte</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>Percorsi e frequenza</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Invii per esito</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Monitoraggi</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>Bisogni ed empowerment: ingresso e ultimo rilevamento</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicatori comuni FSE+</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Fascia d'età</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Meno di 18</translation>
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
        <translation>55 e oltre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>Cittadina del paese dello sportello</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>Cittadina di un altro paese UE</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Cittadine di paesi terzi</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Ore erogate</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Ore frequentate</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Tasso di frequenza (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Tasso di completamento (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>Iscrizioni completate</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>Iscrizioni a percorsi conclusi</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Donne in formazione all'autoimprenditorialità</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>Inserimenti lavorativi proposti</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Inserimenti lavorativi avviati</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Assunzioni</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Tirocini</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>Assunzioni dopo un tirocinio</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Monitoraggi da fare</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Monitoraggi fatti</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Situazione lavorativa migliorata</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Eventi svolti</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>Persone agli eventi</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Disoccupati, compresi i disoccupati di lungo periodo</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Disoccupati di lungo periodo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivi</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Occupati, compresi i lavoratori autonomi</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Di età inferiore a 18 anni</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>Di età compresa tra 18 e 29 anni</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>Di età pari o superiore a 55 anni</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Con istruzione secondaria inferiore o meno (ISCED 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Con istruzione secondaria superiore o post-secondaria (ISCED 3-4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Con istruzione terziaria (ISCED 5-8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Numero totale di partecipanti</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Partecipanti con disabilità</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Partecipanti di origine straniera</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>Partecipanti appartenenti a minoranze</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Senza dimora o colpiti da esclusione abitativa</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Impegnati nella ricerca di lavoro all'uscita</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>In istruzione o formazione all'uscita</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Che ottengono una qualifica all'uscita</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Occupati, anche autonomi, all'uscita</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>Occupati sei mesi dopo l'uscita</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>Situazione lavorativa migliorata sei mesi dopo l'uscita</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Bisogno: lingua</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Bisogno: lavoro</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Bisogno: casa</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Bisogno: legale</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Bisogno: salute</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Bisogno: cura dei figli</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>Bisogno: digitale</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Bisogno: rete sociale</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Bisogno: reddito</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Autostima</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Conoscenza dei servizi</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 all'ingresso</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1, ultimo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>Relazione di avanzamento – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Non è stato possibile scrivere il PDF.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · relazione di avanzamento · dal %2 al %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Tutte le persone</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Relazione di avanzamento</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Progetto: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Finanziatore: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: dal %1 al %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Sportello: %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>tutti gli sportelli</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>Conta solo le persone che hanno acconsentito alla rendicontazione anonima. Nessun nome né altro identificativo diretto. I conteggi da 1 a 4 sono indicati come "&lt;5".</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>Conta ogni persona considerata: solo per uso interno.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Dati principali rispetto agli obiettivi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>Nessun obiettivo impostato.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Persone raggiunte nel tempo, rispetto all'obiettivo</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per genere</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per fascia d'età</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Per sportello</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>Tasso di frequenza per tipo di percorso</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Invii per esito</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Inserimenti: proposti, avviati, assunte</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Assunta</translation>
    </message>
    <message>
        <source> (entry)</source>
        <translation> (ingresso)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>ultima</translation>
    </message>
    <message>
        <source>Needs and empowerment at entry and latest</source>
        <translation>Bisogni ed empowerment all'ingresso e all'ultima valutazione</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicatori comuni FSE+</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relazione descrittiva</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Sintesi del periodo</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Risultati raggiunti</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficoltà</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 è nel futuro</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code: '%1' non è un codice sportello della forma MI-SS (due o tre lettere maiuscole, eventualmente un trattino e fino a quattro altre)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username: '%1' deve avere da 2 a 32 lettere minuscole, cifre, punti, trattini o trattini bassi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Data di presa in carico</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>L'anno di nascita %1 è nel futuro</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>L'anno di nascita %1 non corrisponde alla data di nascita %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>L'anno di arrivo %1 è nel futuro</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>L'anno di arrivo %1 è precedente all'anno di nascita %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>La data di presa in carico %1 è precedente alla data di nascita %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>%1 figli non stanno in un nucleo di %2</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>Un caso chiuso richiede una data di uscita</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>Un caso chiuso richiede un motivo di chiusura</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>Solo un caso chiuso ha data di uscita e motivo di chiusura</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>La data di uscita %1 è precedente alla presa in carico %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>La data di fine %1 è precedente alla data di inizio %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>La scadenza %1 è precedente alla data del consenso %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>La revoca %1 è precedente alla data del consenso %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>La data dell'incontro %1 è fuori dalle date del percorso (da %2 a %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>La fine %1 è precedente alla data di iscrizione %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>Un'iscrizione completata o ritirata richiede una data di fine</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>La persona non è iscritta al percorso di questo incontro</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 ore sono più della durata dell'incontro (%2 minuti)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>Solo una persona presente ha ore di frequenza</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Data dell'invio</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>La data di chiusura %1 è precedente all'invio %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>Un inserimento avviato richiede una data di inizio</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>Un inserimento concluso richiede una data di fine</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>Un inserimento diverso dal lavoro autonomo richiede un'azienda</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>Solo un inserimento concluso ha un esito</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>I partecipanti per età (%1) non coincidono con quelli per genere (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>Data dell'intervento</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>Un inserimento lavorativo interrotto richiede una nota che ne spieghi il motivo</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>Un monitoraggio dopo un inserimento lavorativo richiede l'inserimento</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>Un monitoraggio dopo l'uscita dal programma non ha inserimento lavorativo</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>L'inserimento lavorativo è di un'altra persona</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>La data del monitoraggio %1 è precedente alla fine dell'inserimento lavorativo (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del monitoraggio</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>Un monitoraggio fatto richiede la situazione rilevata</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>Una situazione richiede la data del monitoraggio</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>Avvio dell'attività</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>Un'attività avviata richiede la data di avvio</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>L'evento del %1 non si è ancora svolto: i partecipanti si indicano dopo</translation>
    </message>
</context>
<context>
    <name>SheetData</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>The path's register cannot be read.</source>
        <translation>Impossibile leggere il registro del percorso.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx);;File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Esporta elenco</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>Finanziato da %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>Registro presenze — foglio firme</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Percorso:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Orario:</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 ore)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Luogo:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Formatrice:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Argomento:</translation>
    </message>
    <message>
        <source>Enrolled: %1    Present: ______</source>
        <translation>Iscritte: %1    Presenti: ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>Firma della formatrice: ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>Registro presenze — riepilogo</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>dal %1 al %2, %3 ore previste</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Incontri:</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>da %1 a %2 di %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Persone:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 persone, %2 incontri, %3 ore di frequenza in tutto.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>P presente, A assente, G giustificata.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestato di frequenza</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Si attesta che</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>ha frequentato il percorso “%1” (%2), dal %3 al %4, per %5 ore su %6 previste (%7 degli incontri).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>Il percorso fa parte del progetto %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>Qualifica ottenuta: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>La formatrice</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again (%1).</source>
        <translation>Il disco è pieno: la modifica non è stata salvata. Libera spazio e riprova (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>Impossibile scrivere o leggere il disco: la modifica non è stata salvata. Controlla l'unità e riprova (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>Il database è danneggiato: non è stato modificato nulla. Ripristina l'ultimo backup (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>Non esiste l'utente '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>impostazione del tempo di inattività</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>Il tempo di inattività deve essere da 1 a 240 minuti.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Accedi prima per cambiare la password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La nuova password è uguale a quella attuale.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>L'account %1 appartiene a un altro sportello e non può accedere qui; crea invece per lei un account di questo sportello.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>Questa sessione non possiede la chiave delle note, quindi una nuova password farebbe perdere all'account l'accesso alle note; deve impostarla un amministratore che possiede la chiave.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>contiene un carattere di controllo (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>supera i %1 caratteri</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' non è un numero intero</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' non è un numero</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 è fuori dall'intervallo da %2 a %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' non è sì o no</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' non è una data valida (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' non è un orario valido (usa HH:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' non è un valore conosciuto (atteso uno tra: %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' non è un codice paese ISO 3166 (come IT, MA o UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' non è un codice lingua ISO 639 (come it, ar o ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' non è un numero di telefono (da 6 a 15 cifre, eventualmente con + iniziale)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 è obbligatorio</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Cambia r&amp;uolo…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;Disattiva o attiva</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>&amp;Blocca la finestra dopo questo tempo di inattività:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Ruolo di %1:</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>Accede qui</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>no: un account di un altro sportello, senza password qui</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>Stampa il &amp;foglio firme…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Salva il registro</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>Stampa il foglio firme dell'incontro corrente</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>Stato del registro</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Percorso:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>Il registro di un percorso: una riga per persona, una colonna per incontro.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>P presente, A assente, G giustificata, Spazio alterna, M segna presente tutto l'incontro, Invio modifica le ore, Ctrl+S salva.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifiche non ancora salvate.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di controllo</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Chi:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;zione:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verifica la catena</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualsiasi azione</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>Il registro di controllo è integro: nessuna voce è stata alterata o rimossa.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>Backup nella cartella, dal più recente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Cartella dei backup</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>Giorni di conservazione dei backup</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>Conser&amp;va i backup per</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Ripristina da…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>Il backup è stato scritto e verificato.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>Backup (*.backup);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>Sostituire tutto il contenuto di questo database con il backup %1? Le modifiche fatte dopo quel backup andranno perse. Il backup viene prima verificato; se è danneggiato non cambia nulla.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>Il database è stato ripristinato.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>Invia un pacchetto</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Esporta pacchetto…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>Sportello a cui è destinato il pacchetto</translation>
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
        <translation>Formato del pacchetto</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativa</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ripeti la frase segreta</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Esporta un pacchetto</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito dell'esportazione</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase segreta:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Ri&amp;peti:</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Tutto (pacchetto completo)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2): modifiche dall'ultimo pacchetto</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Le due frasi segrete sono diverse: scrivi due volte la stessa.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Esporta pacchetto</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Pacchetti Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Scrittura del pacchetto…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Scritto %n record in %1.</numerusform>
            <numerusform>Scritti %n record in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Pacchetti inviati e ricevuti</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>chiunque (pacchetto completo)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>da %1</translation>
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
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
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
        <translation>Ricevi un pacchetto</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Apri pacchetto…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>Oppure trascina un file .percorsi sulla finestra.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Apri un pacchetto</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Frase segreta del pacchetto</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>Frase segreta per &amp;sbloccare:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Esito dell'importazione</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>Applica il pacchetto</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annulla l'importazione</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nuovi:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aggiornati:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Invariati:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Eliminati:</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>Saltati (eliminati qui):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflitti:</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Apri pacchetto</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Pacchetti Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 è cifrato: scrivi la sua frase segreta, poi Anteprima.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lettura del pacchetto…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Unione del pacchetto…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>Questo pacchetto non può essere unito: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 da %2, %3 righe. Non è ancora cambiato nulla: Applica lo unisce.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>Il pacchetto non è stato unito: %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>Unito %1 da %2.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Chiudi il caso</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo di chiusura</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situazione all'uscita</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <source>E&amp;xit date *</source>
        <translation>Data di &amp;uscita *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;Situazione all'uscita</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>Tieni &amp;questo</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>Tieni q&amp;uello</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valore tenuto</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valore perso</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitti aperti</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>Conferma il valore tenuto</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Tieni il valore tenuto</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>Riscrive il valore perso; la modifica arriva a ogni sportello</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>Tieni il valore perso</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>Messaggio sui conflitti</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Nessun conflitto aperto.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n conflitto aperto.</numerusform>
            <numerusform>%n conflitti aperti.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>sportello sconosciuto</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nuovo consenso…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>Dati principali</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>Persone raggiunte, attività ed esiti di un progetto rispetto ai suoi obiettivi, per un periodo e uno sportello.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Progetto:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Sportello:</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>Progetti e obiet&amp;tivi…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>&amp;Relazione di avanzamento…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Esp&amp;orta…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Tutte le persone</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 persone raggiunte · %2 ore erogate, %3 frequentate · frequenza %4% · completamento %5% · %6 inserimenti avviati, %7 assunzioni · %8 monitoraggi da fare</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Relazione di avanzamento</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>Esporta la relazione di avanzamento</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>relazione-avanzamento.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Fogli di calcolo (*.xlsx);;File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::DeskBox</name>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>Tutti gli sportelli</translation>
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
        <translation>Sportelli conosciuti</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Impronta del contenuto</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>Due sportelli con lo stesso contenuto mostrano la stessa impronta.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Non ancora calcolata</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>&amp;Calcola impronta</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>Calcola l'impronta del contenuto</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>Impossibile calcolare l'impronta: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva modifiche</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>Salva le modifiche alla sua scheda (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Apri la scheda esistente</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili doppioni</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Potrebbe essere già registrata: %n possibile doppione.</numerusform>
            <numerusform>Potrebbe essere già registrata: %n possibili doppioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>stesso telefono</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>stesso anno di nascita</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, nata nel %1</translation>
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
        <translation>Aggiungi &amp;voce…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>Nuovo &amp;inserimento qui…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>Registro dei contatti</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>Persone inserite qui</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Modifica contatto</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Nuova azienda…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>Cerca per nome, settore, referente o indirizzo</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Cerca aziende</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Numero di aziende</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Aziende coinvolte in inserimenti lavorativi, sensibilizzazione e gestione della diversità.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 azienda</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 aziende</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Modifica azienda</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>Concludi l'inserimento lavorativo</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>Motivo, o passi successivi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>Data di &amp;fine *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Esito *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;Motivo, o passi successivi</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>Iscrivi persone</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>Nome o numero di cartella; Giù per la lista, Spazio seleziona</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Iscrivi</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n persona scelta.</numerusform>
            <numerusform>%n persone scelte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>%n persona scelta; %1 posti liberi.</numerusform>
            <numerusform>%n persone scelte; %1 posti liberi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>%n persona scelta; %1 posti liberi: %2 vanno in lista d'attesa.</numerusform>
            <numerusform>%n persone scelte; %1 posti liberi: %2 vanno in lista d'attesa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Cancella %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cancellare %1 (%2) e tutti i suoi record?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;I suoi dati, colloqui di valutazione, piano, percorsi e presenze, sostegno, invii, inserimenti lavorativi, monitoraggi e consensi vengono rimossi definitivamente da questo computer e da ogni sportello che riceve il prossimo pacchetto. L'operazione è irreversibile. Se ha chiesto una copia, esporta prima i suoi dati.&lt;/p&gt;&lt;p&gt;Scrivi il numero di cartella &lt;b&gt;%1&lt;/b&gt; per confermare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>Numero di cartella per conferma</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Cancella definitivamente</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Aggiungi persona…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per genere</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per fascia d'età</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>Persone presenti, per nome (facoltativo)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Partecipanti nominativi</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Aggiungi un partecipante</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Numero di eventi</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Eventi sul territorio e relative presenze, dal più recente.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventi</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 presso %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;Registra situazione…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Monitoraggi da fare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserimento lavorativo</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>Numero di monitoraggi da fare</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Entro il</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Impossibile leggere i monitoraggi: %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 monitoraggio da fare</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 monitoraggi da fare</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), scadenza %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nuovo monitoraggio…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>Un monitoraggio scade sei mesi dopo l'uscita dal programma o la fine di un inserimento lavorativo; aprilo (Invio) per registrare allora la sua situazione.</translation>
    </message>
</context>
<context>
    <name>percorsi::HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caso chiuso</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Obiettivo del piano</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>Iscrizione a un percorso</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Sostegno</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserimento lavorativo</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>Primo contatto e presa in carico</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
</context>
<context>
    <name>percorsi::ListSheets</name>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi è bloccato. %1, inserisci la password per continuare.</translation>
    </message>
</context>
<context>
    <name>percorsi::LoginDialog</name>
    <message>
        <source>Percorsi — first administrator</source>
        <translation>Percorsi — primo amministratore</translation>
    </message>
    <message>
        <source>Percorsi — sign in</source>
        <translation>Percorsi — accesso</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>Questo database non ha ancora account. Scegli il nome e la password del suo amministratore, che creerà gli altri account.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome e &amp;cognome:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ripeti la password:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
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
        <translation>Pagine</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Sportello: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>Le pagine di Percorsi; Ctrl+1 … Ctrl+0 le aprono direttamente.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Accesso: %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome e &amp;cognome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Password iniziale:</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reimposta la password di %1</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambia la tua password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password non coincidono.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>Modifica percorso</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nuovo percorso</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Progetto:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Formatrice:</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>&amp;Altre formatrici:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;ne:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>&amp;Ore previste:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Po&amp;sti:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>Frequenza per l'a&amp;ttestato:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>percorsi::PathManageDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>Motivo o qualifica</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>Persone del percorso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>Incontri del percorso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>Persone e incontri — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Ritira…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Segna &amp;completato…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>&amp;Modifica o sposta…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;Annulla o ripristina</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Incontri</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>Qualifica ottenuta (può essere vuota):</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Modifica l'incontro</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuti:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Argomento:</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsPage</name>
    <message>
        <source>Trainer</source>
        <translation>Formatrice</translation>
    </message>
    <message>
        <source>Today's sessions</source>
        <translation>Incontri di oggi</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Ore previste</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>Forma&amp;trice:</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>Incontri di &amp;oggi:</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>Corsi, gruppi e laboratori con calendario, persone e presenze.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;Nuovo percorso…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nuovo percorso</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>Modifica il percorso</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Pianifica incontri…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>Pianifica gli incontri</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>Iscri&amp;vi…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>Iscrivi persone</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>Perso&amp;ne e incontri…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>Persone e incontri del percorso</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>Apri il registro presenze</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>Registro di &amp;riepilogo…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>Stampa il registro di riepilogo</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>A&amp;ttestati…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>Stampa gli attestati di frequenza</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Tutte le formatrici</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Nessun incontro oggi.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>Incontri non creati</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non iscritta</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Nessuna persona raggiunge la soglia di frequenza del %1%.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;Iscrivi a un percorso…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 su %3)</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Qualsiasi sportello</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Qualsiasi percorso</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatrice</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Qualsiasi operatrice</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>&amp;Bisogni aperti</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Avvisi</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>L'ultima valutazione indica un bisogno di livello 2 o più</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>Permesso di soggiorno in scadenza entro 60 giorni, monitoraggio dovuto o tre assenze di fila</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>Il file supera i 64 MiB: dividilo prima.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Il file non contiene righe.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Riga %1: %2. Non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importa persone da un foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Scegli il foglio di calcolo</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>Salvalo prima come CSV. Virgole o punti e virgola, codifica UTF-8 o Windows, date come gg/mm/aaaa o aaaa-mm-gg: tutto viene riconosciuto.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>File del foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Quale colonna è quale</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>Le colonne sono state abbinate dalle intestazioni. Correggi ciò che è sbagliato; le colonne escluse non vengono importate.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Person field</source>
        <translation>Campo della persona</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Abbinamento delle colonne</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Controlla le righe</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>Non è ancora stato scritto nulla. Ogni riga deve essere valida: una riga rifiutata rifiuta l'intera importazione.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Righe da importare</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Riepilogo dell'importazione</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>Foglio di calcolo delle persone</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>File CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo per la colonna %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(escludi)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>forse %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>%n riga non può essere importata: correggi il foglio o l'abbinamento.</numerusform>
            <numerusform>%n righe non possono essere importate: correggi il foglio o l'abbinamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n persona pronta da importare.</numerusform>
            <numerusform>%n persone pronte da importare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nuova persona…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>Cerca per nome o numero di cartella (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Numero di persone</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Registra una nuova persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>Tutte le persone seguite dal programma, da ogni sportello.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>Impossibile leggere le persone: %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 persone</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>Primi %1 risultati</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 risultato</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 risultati</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;sporta elenco…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>Salva le persone elencate, filtrate e ordinate, in XLSX o CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>Importa persone da un foglio di calcolo già tenuto dallo sportello</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Risultato dell'esportazione</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>Nell'elenco non c'è nessuno da esportare.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>Scritta %n persona in %1.</numerusform>
            <numerusform>Scritte %n persone in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>Nome o numero di cartella; Giù per l'elenco, Invio per scegliere</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Scegli</translation>
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
        <translation>%1 presso %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>Da %1 a %2, %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Dal %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+Destra porta l'inserimento selezionato alla fase successiva, Ctrl+Sinistra a quella precedente; oppure trascinalo in un'altra colonna. Invio lo apre.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (ultimo %2 di %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>L'inserimento lavorativo è concluso: non ci sono fasi successive.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>L'inserimento lavorativo è solo proposto: non ci sono fasi precedenti.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nuovo inserimento lavorativo…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Flusso</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Monitoraggi da fare</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>Tirocini, doti lavoro e impieghi per fase, e i monitoraggi da fare dopo sei mesi.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Monitoraggi da fare (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nuovo inserimento…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nuovo obiettivo…</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileHeader</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 anni</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>chiuso il %1: %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>nessuna operatrice assegnata</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>operatrice %1</translation>
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
        <translation>Consenso: %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>Impossibile leggere gli avvisi: %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>Il permesso di soggiorno scade il %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Monitoraggio dovuto</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 assenze di fila</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>&amp;Valutazione</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>P&amp;ercorsi</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>S&amp;ostegno</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Invii</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>Inseri&amp;menti</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsensi</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>S&amp;torico</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Chiudi caso…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Ri&amp;apri caso</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva modifiche</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Chiudi &amp;finestra</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Chiudi caso</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Riapri caso</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Monitora&amp;ggi</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Lavoro autonomo</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>Esporta i s&amp;uoi dati…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Ca&amp;ncella…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>Esporta i suoi dati</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>Documento leggibile (*.pdf);;Dati per un altro sistema (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>Progetti e obiettivi</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>Obiettivi del progetto</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Modifica progetto…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>Nuovo &amp;obiettivo…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>Mod&amp;ifica obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Progetti:</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>Obi&amp;ettivi del progetto scelto:</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifica progetto</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Modifica obiettivo</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordForm</name>
    <message>
        <source>%1: problem</source>
        <translation>%1: problema</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordListPage</name>
    <message>
        <source>Number of records</source>
        <translation>Numero di record</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Impossibile leggere i record: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>Pianifica gli incontri</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ora di fine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festività</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>Una data per riga, es. 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Incontri pianificati</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Giorni della settimana:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;ne:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Festività:</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>Crea incontri</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>L'ora di fine deve essere successiva all'inizio.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>Nessun incontro: scegli giorni della settimana entro le date del percorso.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n incontro, dal %1 al %2, %3 ore in tutto.</numerusform>
            <numerusform>%n incontri, dal %1 al %2, %3 ore in tutto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nuovo invio…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>Scegli un servizio della rubrica; apri un invio per cambiarne lo stato.</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterModel</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>G</translation>
    </message>
    <message numerus="yes">
        <source>%n absences in a row</source>
        <translation>
            <numerusform>%n assenza di fila</numerusform>
            <numerusform>%n assenze di fila</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>Registro presenze</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key: the whole session present</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportExport</name>
    <message>
        <source>Progress summary</source>
        <translation>Relazione di avanzamento</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binari</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Relazione di avanzamento</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1, dal %2 al %3. Conta solo le persone che hanno acconsentito alla rendicontazione anonima; i conteggi da 1 a 4 appaiono come "&lt;5".</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Tutte le persone</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;Sintesi del periodo:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Risultati raggiunti:</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>&amp;Difficoltà:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Pross&amp;imi passi:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Anteprima di stampa…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>relazione-avanzamento.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservazione delle cartelle chiuse</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Cancella…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> mesi dopo l'uscita</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Periodo di conservazione</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Cartelle chiuse oltre il periodo di conservazione</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>Conser&amp;va le cartelle chiuse per</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nuova valutazione…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>Bisogni: 0 nessuno, 1 basso, 2 medio, 3 alto. Scale: da 1 (basso) a 5 (alto).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Andamento nel tempo</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>Bisogno: </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>Bisogno medio (0-3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Aggiungi servizio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>Cerca per nome, indirizzo, lingua o requisiti</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Cerca servizi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Numero di servizi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>La rubrica condivisa dei servizi del territorio a cui si inviano le persone.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 servizio</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 servizi</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifica servizio</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>Questa installazione e la lingua in cui ti parla.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Questo sportello</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versione dello schema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Lingua dell'interfaccia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>La scelta viene salvata e si applica subito, direzione di lettura compresa.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contrasto elevato</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>Testo bianco su nero, con la selezione e il focus della tastiera in giallo</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>Si applica subito e viene salvato. Per testo e controlli più grandi, avvia Percorsi con QT_SCALE_FACTOR=1.5 (o con il ridimensionamento del desktop).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>La sua situazione è &amp;migliorata dopo l'uscita</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>Registra la situazione</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del monitoraggio</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>&amp;Situation *</source>
        <translation>&amp;Situazione *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>percorsi::SpreadsheetsTab</name>
    <message>
        <source>Export a list</source>
        <translation>Esporta un elenco</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>Registro presenze di un percorso</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Elenco da esportare</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>Percorso del registro</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV per il foglio di calcolo di questo computer</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Formato del foglio di calcolo</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;sporta elenco…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Esporta l'elenco</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>Esito dell'esportazione dell'elenco</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Elenco:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>Perc&amp;orso:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importa persone</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>Porta dentro le persone che uno sportello tiene già in un foglio di calcolo salvato come CSV. Scegli quale colonna è quale, vedi ogni riga controllata, e nulla viene scritto finché non confermi.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;Importa persone da un foglio di calcolo…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importa persone da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Esporta elenco</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>Non c'è nessun percorso di cui esportare il registro.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Scritta %n riga in %1.</numerusform>
            <numerusform>Scritte %n righe in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;Nuovo intervento…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>Le note sono dati di categoria particolare (salute, legale, psicologico): non compaiono nell'elenco; apri un intervento per leggerne la nota.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>Sezioni della sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Pacchetti</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Fogli di calcolo</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Sportelli</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>Gli sportelli si scambiano i dati tramite pacchetti, su chiavetta USB o per posta; non serve alcun server.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>Pacchetti inviati e &amp;ricevuti</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflitti (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflitti</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>&amp;Nuova idea d'impresa…</translation>
    </message>
</context>
</TS>

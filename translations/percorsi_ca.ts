<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>Inicieu la sessió primer: %1 requereix un compte.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>El rol %1 de %2 no permet %3.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>llegir registres de %1</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>llegir aquest registre de %1: pertany a una persona de fora de la vostra oficina o dels vostres itineraris</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 d'un registre de %2</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1: la sessió no és d'un dels vostres itineraris</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1: la persona pertany a una altra oficina</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1: la persona és fora de la vostra oficina o dels vostres itineraris</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>cercar persones</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Ningú no arriba al llindar d'assistència del %1%.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hi ha res per imprimir.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Desa com a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Desa com a &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No s'ha pogut escriure %1: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Full de signatures — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>Registre d'assistència — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>Certificats d'assistència — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>No hi ha cap itinerari amb l'id %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>L'entrada d'auditoria %1 no segueix l'anterior: s'ha eliminat o inserit una entrada.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>L'entrada d'auditoria %1 ha estat alterada.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>El registre d'auditoria acaba a l'entrada %1, però acabava a la %2: s'han eliminat entrades.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>llegir el registre d'auditoria</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d'usuari o contrasenya incorrectes.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>El compte %1 està bloquejat després de %2 inicis de sessió fallits; torneu-ho a provar després de %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuts</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloquejat</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>Aquesta base de dades ja té comptes; els nous els crea un administrador.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>S'ha cancel·lat la còpia de seguretat.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 està malmès: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No es pot substituir %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>No es pot escriure la còpia de seguretat %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 no és una còpia de seguretat de Percorsi: els primers bytes no són els d'una base de dades SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 no és una base de dades de Percorsi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 s'ha escrit amb una versió més recent de Percorsi (esquema %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Una base de dades no es pot restaurar des d'ella mateixa.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de dades està ocupada; torneu-ho a provar.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>No s'ha pogut restaurar %1; la base de dades ha quedat com estava: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disc és ple</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>no s'ha pogut escriure al disc</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>No s'ha pogut escriure la còpia de seguretat %1: %2. La base de dades no ha canviat; allibereu espai o trieu una altra carpeta i torneu-ho a provar.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No es pot crear la carpeta de còpies de seguretat %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>No es pot apartar la base de dades malmesa %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>No es pot apartar %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La còpia de seguretat %1 no existeix.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>No es pot copiar la còpia de seguretat %1 a %2; el fitxer malmès ha tornat al seu lloc.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Integritat d'SQLite: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>La base de dades %1 està malmesa i no es pot comprovar (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>El registre %1 de %2 remet a un %3 inexistent.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>No es pot comprovar %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1: %2 registre(s)</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 amb un uuid mal format</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 viu sota una marca d'esborrat</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 buit</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 amb un codi desconegut</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 no és una data vàlida</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>falta l'oficina local</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>casos tancats sense data de sortida</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>persones que van sortir abans de l'acollida</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 que acaba abans de començar</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>sessions fora de les dates del seu itinerari</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>assistència de persones no inscrites a l'itinerari</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>persones absents de l'índex de cerca o indexades amb un altre nom</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>entrades de l'índex de cerca sense persona</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>persones de qui falten les dades per als informes o no estan al dia</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>dades per als informes sense persona</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>itineraris amb el recompte d'assistència absent o no actualitzat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   crea una base de dades i la seva oficina</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          omple una base de dades nova amb dades de demostració</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  compta els registres de cada entitat</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             cerca persones per nom o número d'expedient</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   mostra, canvia o exporta una persona</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  comprova la integritat i els invariants</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  empremta de tot el contingut visible</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   fusiona un paquet</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   llista o resol conflictes</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   informe de seguiment per als finançadors</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               esborra una persona i tots els seus registres</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             expedients tancats que superen el període de conservació</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       fa una còpia de seguretat i la comprova</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     restaura la base de dades des d'una còpia comprovada</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>Ús: percorsi-cli [--lang CODE] ORDRE [OPCIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Ordres:</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>Les ordres que obren una base de dades inicien la sessió amb --user NAME i --password-file FILE,
o amb PERCORSI_USER i PERCORSI_PASSWORD; init crea aquest usuari com a administradora.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>--lang CODE tria la llengua dels missatges (%1); sense, la llengua del sistema
(LC_ALL, LC_MESSAGES, LANG) si Percorsi la parla; si no, l'anglès.
Els llistats, el JSON i els noms d'opcions i ordres no canvien amb la llengua.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>Codis de sortida: 0 èxit, 1 error d'ús, 2 entrada o dades no vàlides (no s'escriu res),
una contrasenya errònia o un compte bloquejat, o un rol que no ho permet,
3 error d'E/S o de la base de dades (un fitxer que falta, malmès o d'una versió més recent).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>ordre desconeguda '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>falta un argument</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inesperat '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 admet un nombre enter de %2 a %3, no '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>El fitxer de la base de dades.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>El nom d'usuari (per defecte: $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>Un fitxer la primera línia del qual és la contrasenya (per defecte: $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (o PERCORSI_USER) és obligatori</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (o PERCORSI_PASSWORD) és obligatori</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>no es pot llegir el fitxer de la contrasenya %1: %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE és obligatori</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (vegeu percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>El nom de l'oficina.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>La ciutat de l'oficina.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>Prefix dels números d'expedient, com ara MI-SS (es deriva de la ciutat i el nom si s'omet).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>El barri de l'oficina.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>Codi ISO del país, com ara ES.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>El nom complet de l'administradora (per defecte: el nom d'usuari).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME és obligatori</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>Creada l'oficina %1 (%2) a %3 amb l'administradora %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>Quantes persones (per defecte 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Llavor aleatòria (per defecte 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>Generades %1 persones i %2 registres en %3 s</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>Nom, part d'un nom o número d'expedient.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>Com a màxim aquest nombre de persones (per defecte 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>la base de dades %1 està malmesa; restaureu-la des d'una còpia de seguretat</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>%n invariant no es compleix</numerusform>
            <numerusform>%n invariants no es compleixen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1: no hi ha cap %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>indiqueu almenys un FIELD=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' no té la forma FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>una persona no té el camp '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>%1 el fixa Percorsi i no es pot canviar</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualitzat %1</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Què cal fer.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>Amb export: el fitxer JSON que s'escriu.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>L'uuid o el número d'expedient de la persona.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>Amb set: els camps que es canvien.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>acció desconeguda '%1' (show, set o export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE és obligatori</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>Exportades les dades de %1 a %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>Esborrat %1: els seus registres han desaparegut i només queda una marca d'esborrat per avisar les altres oficines.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>Fixa el període de conservació en mesos després de la sortida.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>Conservació: %1 mesos després de la sortida; %n expedient tancat el supera</numerusform>
            <numerusform>Conservació: %1 mesos després de la sortida; %n expedients tancats el superen</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>El fitxer de còpia de seguretat que s'escriu.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>Còpia de seguretat de %1 a %2 (comprovada)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>El fitxer de còpia de seguretat que es restaura.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE és obligatori</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>Restaurat %1 des de %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>%1 no conté cap frase de pas</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 nous, %2 actualitzats, %3 sense canvis, %4 eliminats, %5 omesos (eliminats aquí), %6 conflictes</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>El fitxer del paquet que s'escriu.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines, per defecte) o csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>Només el que ha canviat des de l'últim paquet enviat a aquesta oficina (codi o uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>Xifra amb la frase de pas d'aquest fitxer.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE és obligatori</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>--format admet json o csv, no '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>Escrits %1 registres a %2 (paquet %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>El paquet que es fusiona.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>Informa del que canviaria, sense canviar res.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>La frase de pas d'un paquet xifrat.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>Es fusionarien %1 files de %2: %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>Fusionades %1 files de %2: %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>També els conflictes ja resolts.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>Resol el conflicte ID conservant el valor que va guanyar.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>Resol el conflicte ID tornant a escriure el valor perdut.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>indiqueu --keep o --reverse, no tots dos</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>Resolt el conflicte %1</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>--%1 ha de ser una data com ara 2026-06-30, no "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>Nom del projecte (per defecte: totes les persones).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primer dia del període (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Últim dia del període (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>Nom de l'oficina (per defecte: totes les oficines).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json, csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El fitxer que s'escriu.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>--format ha de ser json, csv, xlsx o pdf</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>Escrit l'informe sobre %1 persones a %2 (indicadors calculats en %3 ms)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>--%1 admet una data com ara 2026-06-15, no '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>Comprova que cap entrada no s'ha alterat ni eliminat.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>Només les entrades d'aquest nom d'usuari.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>Només aquesta acció (login, view, update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>Des d'aquest dia (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>Fins a aquest dia (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>Quantes modificacions.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>Prefix dels valors escrits.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>no hi ha ningú per modificar</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>llengua desconeguda '%1'; disponibles: %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>--lang necessita un codi de llengua: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra aquesta ajuda.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>Dona</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binari</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Sense permís de residència</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Sol·licitant de protecció internacional</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Estatut de refugiada</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protecció subsidiària</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>Protecció per raons humanitàries</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Protecció temporal</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Reagrupament familiar</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Treball</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudis</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>Resident de llarga durada (UE)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Ciutadana de la UE</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>Nacionalitat espanyola</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Cap</translation>
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
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Autònoma</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Aturada</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Aturada de llarga durada</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Inactiva, en educació o formació</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Habitatge estable</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>Acollida per familiars o amistats</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Centre d'acollida</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Alberg</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>Habitatge insegur o inadequat</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sense llar</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>Va venir pel seu compte</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Boca-orella</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Serveis socials</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Associació o ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Servei de salut</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Servei d'ocupació</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>Punt comunitari</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspès</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>Pla completat</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>Ha trobat feina</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>S'ha traslladat</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>S'ha perdut el contacte</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>S'ha retirat</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>Cercant feina</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>En educació o formació</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Ha obtingut una qualificació</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>Amb feina</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>Cessió de dades a entitats sòcies</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>Informes anònims</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografies</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contracte</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligació legal</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interessos vitals</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Missió d'interès públic</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Interès legítim</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Habitatge</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídic</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salut</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cura dels fills</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Xarxa social</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingressos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curs</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Assolit</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonat</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>Grup d'apoderament</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Curs de llengua</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formació professional</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>Orientació laboral</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>Emprenedoria</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>Visita a la ciutat</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Aprenentatge entre iguals</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoria</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>Taller artístic</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Llista d'espera</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completat</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psicològic</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>Mediació intercultural</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>Orientació als serveis</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Acompanyament laboral</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educació</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>Esport i lleure</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Ocupació</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rebutjada</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Micro (menys de 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>Petita (10-49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>Mitjana (50-249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>Gran (250 o més)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>Reunió de sensibilització</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>Suport a la gestió de la diversitat</translation>
    </message>
    <message>
        <source>Vacancy shared</source>
        <translation>Oferta compartida</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Curricular internship</source>
        <translation>Pràctiques curriculars</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>Pràctiques extracurriculars</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Contracte de formació</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Contracte temporal</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Contracte indefinit</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Treball per compte propi</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>Xec d'ocupació</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposada</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalitzada</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contractada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompuda</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Cercant feina</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Sortida del programa</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Inserció finalitzada</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Pla d'empresa</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>Negoci iniciat</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Jornada de portes obertes</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Campanya de sensibilització</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Acte públic</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Tècnica</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formadora</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinadora</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administradora</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Persones ateses</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Proporció de dones (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Dones en formació per a l'emprenedoria</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>Responsables polítics en el codisseny</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>Associacions en el codisseny</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>Personal de l'administració en el codisseny</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>Ciutadania enquestada</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>Persones en actes comunitaris</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>Persones assolides per la campanya</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>Hores de formació impartides</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>Itineraris completats</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>No es pot obrir la base de dades %1: %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Persones ateses al llarg del temps, davant l'objectiu</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Persones ateses</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectiu</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>Persones ateses per oficina</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Persones ateses per gènere i franja d'edat</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>Taxa d'assistència per tipus d'itinerari (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Derivacions per resultat</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Insercions laborals: proposades, iniciades, contractacions</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contractacions</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciades</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposades</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>Necessitats (0-3) i apoderament (1-5): entrada i darrer registre</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>A l'entrada</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Darrer</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>Pendents, no fets</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fets: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguiments</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>Un valor xifrat s'ha alterat o s'ha mogut del registre per al qual es va escriure.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 no és una base de dades de Percorsi o està malmesa: els primers bytes no són els d'una base de dades SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 és una base de dades SQLite d'una altra aplicació, no de Percorsi; no s'ha modificat.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>%1 l'ha escrita una versió més nova de Percorsi (esquema %2; aquesta versió coneix com a màxim l'esquema %3). No s'ha obert ni s'hi ha canviat res; feu servir la versió més nova.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hi ha cap base de dades a %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>La base de dades %1 està malmesa i no es pot llegir (%2). Restaureu-la des d'una còpia de seguretat.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>No es pot llegir la versió de l'esquema de %1.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>No es pot configurar la base de dades %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>La base de dades %1 encara no té oficina; creeu-la primer amb "percorsi-cli init --db %1 --desk-name NOM".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 és a l'esquema %2, no %3: obriu-lo abans per escriure-hi.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>La base de dades %1 està malmesa (%2). No s'ha obert i no s'hi ha canviat res; restaureu la darrera còpia de seguretat.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>la seva comprovació no ha donat resposta</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>està truncada: %1 bytes de %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>El nombre de persones ha de ser entre 0 i %L1.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>La base de dades %1 ja conté persones; les dades de demostració només s'afegeixen a una base de dades sense persones.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>S'ha cancel·lat la generació de dades de demostració; no s'ha escrit res.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>La base de dades %1 ja té la seva oficina.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>No hi ha cap oficina amb l'id %1.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>desk</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuari</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projecte</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>fita del projecte</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentiment</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>valoració</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>objectiu del pla</translation>
    </message>
    <message>
        <source>path</source>
        <translation>itinerari</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessió</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inscripció</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>assistència</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervenció</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servei</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>derivació</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>acció amb empresa</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>inserció laboral</translation>
    </message>
    <message>
        <source>event</source>
        <translation>acte</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>seguiment</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>emprenedoria</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>participant de l'acte</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>Oficines</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>Una seu del programa: aquesta i les conegudes per sincronització</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuaris</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>Una tècnica, formadora, coordinadora o administradora</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projectes</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>Un programa finançat amb el seu període i finançador</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>Fites del projecte</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>Una fita d'un indicador del projecte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>Una persona atesa pel programa</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentiments</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>Un consentiment donat per una persona, per finalitat</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valoracions</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>Una valoració social: necessitats i apoderament autopercebut</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Objectius del pla</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>Un objectiu del pla individual d'una persona</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Itineraris</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>Un curs, grup o activitat amb calendari</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>Una sessió d'un itinerari</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscripcions</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>Una persona que participa en un itinerari</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Registres d'assistència</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>La presència d'una persona en una sessió</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervencions</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>Suport individual: jurídic, psicològic, social …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>Un servei local del directori compartit</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivacions</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>Una persona derivada a un servei, i el resultat</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empreses</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>Una empresa implicada en el programa</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>Accions amb empreses</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>Una acció de sensibilització o de diversitat amb una empresa</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>Unes pràctiques, un xec o una feina d'una persona</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>Un acte comunitari i la seva assistència</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hi ha cap %1 amb id %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>S'han eliminat els seus registres, però no s'ha pogut compactar el fitxer %1: %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>S'han eliminat els seus registres, però en queden còpies antigues al fitxer %1 perquè un altre programa el llegeix; s'eliminaran en el proper esborrament, quan s'hagi tancat.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>Les notes de categoria especial estan xifrades i el teu compte no en té la clau: un administrador ha de restablir la teva contrasenya per donar-te accés a les notes.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>El camp %1 del registre %2 %3 no es pot desxifrar: s'ha alterat o s'ha mogut d'un altre registre o camp.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
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
        <translation>Codis de dues lletres, p. ex. MA, ES</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>Codis de llengua, p. ex. ar, fr, ca</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>Un nom, o un codi de dues lletres com ara MA</translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Actiu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>De 18 a 29 anys</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>De 30 a 54 anys</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>55 anys o més</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menors de 18</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Any d'arribada</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Valorada el</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>Llindar d'assistència (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de naixement</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Any de naixement</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Idea de negoci</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lada</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>Necessita cura dels fills</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Fills</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Nacionalitats</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motiu del tancament</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Tancat el</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codi</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de naixement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacitat</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Àmbit</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fet el</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Venç el</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>Educació (nivell CINE)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisits</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Situació laboral en entrar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Finalitzat el</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrita el</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data de sortida</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situació a la sortida</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finançador</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gènere</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donat el</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectiu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hores setmanals</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Membres de la llar</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Habitatge</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Millora de la situació laboral</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Data d'acollida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>Nivell de català</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Llengües</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homes</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>Pertinença a una minoria</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Necessitat: cura dels fills</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>Necessitat: competències digitals</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Necessitat: salut</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Necessitat: habitatge</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Necessitat: ingressos</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Necessitat: llengua</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Necessitat: jurídica</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Necessitat: xarxa social</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Necessitat: feina</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barri</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>Número d'expedient següent</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binari</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Tècnica</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>Altres formadores</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota sobre el resultat</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Entitats sòcies</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Itinerari</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Caducitat del permís</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permís de residència (NIE/TIE)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lloc</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserció laboral</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Hores previstes</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom preferit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecte</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalitat</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualificació</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivada per</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Derivada el</translation>
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
        <translation>Autoestima</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Coneixement dels serveis</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessió</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Seus</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situació</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora d'inici</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciat el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Suport donat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fita</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data objectiu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formadora</translation>
    </message>
    <message>
        <source>Training followed</source>
        <translation>Formació seguida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'usuari</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Motiu de la baixa</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Baixa el</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Dones</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>El seu seguiment es va registrar el %1: no es pot desfer.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>El període comença el %1, després del seu final el %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>No hi ha cap projecte anomenat "%1".</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>No hi ha cap oficina anomenada "%1".</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>No hi ha cap projecte amb id %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>No hi ha cap oficina amb id %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>Les dades desades per als informes de la persona %1 estan malmeses.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>No hi ha prou memòria per guardar la clau.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>No existeix cap compte amb l'id %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>La clau desada d'aquest compte està malmesa.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>No hi ha prou memòria per derivar la clau de la contrasenya.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No s'ha pogut iniciar la biblioteca criptogràfica.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>No hi ha prou memòria per guardar la clau.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>Amb aquesta contrasenya no es pot obrir la clau de les notes.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>Gestió de casos per a programes d'integració.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>Obre la base de dades FILE (per defecte: la base de dades de demostració).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>Fes servir la llengua CODE en aquesta sessió (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi: llengua desconeguda "%1"; s'accepten: %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de dades %1 no existeix.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>S'està creant una base de dades de demostració amb %1 persones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>No s'ha pogut crear la base de dades de demostració: %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi: %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La còpia de seguretat diària ha fallat: %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>Cerca còpies de seguretat a DIR quan la base de dades estigui malmesa.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>La darrera còpia de seguretat, %1, es va fer el %2. Voleu restaurar-la? El fitxer malmès es conserva al costat.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaura la darrera còpia de seguretat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Paths</source>
        <translation>Itineraris</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>Cursos, grups, orientació i altres activitats amb calendari.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>Hores</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 itinerari</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 itineraris</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>Sessions de tots els itineraris, les més recents primer.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessió</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>El directori compartit de serveis locals on es deriven les persones.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 servei</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 serveis</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empreses</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Empreses implicades en insercions, sensibilització i gestió de la diversitat.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 empresa</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 empreses</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Actes comunitaris i la seva assistència, els més recents primer.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 acte</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 actes</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Naixement</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Aquesta oficina</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>LocalDesk</name>
    <message>
        <source>no desk</source>
        <translation>sense oficina</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>Encara no hi ha oficina: executeu percorsi-cli init</translation>
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
        <translation>Falta la revisió %1 de l'esquema en aquesta versió.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>Ha fallat l'actualització de la base de dades a l'esquema %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No s'ha pogut iniciar la biblioteca criptogràfica.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>No hi ha prou memòria per xifrar la contrasenya.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>No hi ha cap itinerari amb l'id %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>Una sessió necessita una hora d'inici i un final posterior.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>Indiqueu per què es retira la persona.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>Dades personals conservades de l'expedient %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>Tot el que Percorsi conserva sobre aquesta persona, a data de %1 (UTC). Facilitat d'acord amb els articles 15 i 20 del RGPD.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Dades personals de %1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No es pot escriure l'exportació: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>El vostre rol no permet llegir l'historial d'aquesta persona.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>No hi ha cap persona amb l'id o número d'expedient '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>El cas de %1 %2 ja està tancat.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>La data de sortida %1 és en el futur</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Només es pot reobrir un cas tancat.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>Edita la inserció laboral</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nova inserció laboral</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>Nova inserció laboral: per a qui?</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>'%1' no és una fase d'una inserció laboral</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>Una inserció laboral finalitzada necessita el resultat: contractació, completada o interrompuda</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>La inserció laboral ha finalitzat: no hi ha cap fase posterior.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>La inserció laboral només està proposada: no hi ha cap fase anterior.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>El període de conservació en mesos</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>Els dies que es conserven les còpies de seguretat</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 ha de ser entre %2 i %3; s'ha indicat %4.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1: ja n'hi ha un amb el mateix %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hi ha cap %1 amb l'id %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>No hi ha cap %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: no hi ha cap %2 amb l'id %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>No es pot esborrar aquest %1: %2 registres de %3 s'hi refereixen.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>comptar registres de %1</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>inserir</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modificar</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>No es pot canviar el tipus d'una intervenció la nota de la qual no podeu llegir.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>People reached</source>
        <translation>Persones ateses</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>Itineraris i assistència</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Derivacions per resultat</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguiments</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>Necessitats i apoderament: entrada i darrer registre</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectius</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicadors comuns del FSE+</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gènere</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja d'edat</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nacionalitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situació</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menors de 18</translation>
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
        <translation>55 o més</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sap</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>Ciutadana del país de l'oficina</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>Ciutadana d'un altre país de la UE</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Nacionals de tercers països</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Hores impartides</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hores assistides</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Taxa d'assistència (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Taxa de finalització (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>Inscripcions completades</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>Inscripcions en itineraris finalitzats</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Dones en formació per a l'autoocupació</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>Insercions laborals proposades</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Insercions laborals iniciades</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contractacions</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Pràctiques</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>Contractacions després d'unes pràctiques</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguiments pendents</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Seguiments fets</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Situació laboral millorada</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Actes celebrats</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>Persones als actes</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Aturats, inclosos els aturats de llarga durada</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Aturats de llarga durada</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactius</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Ocupats, inclosos els treballadors per compte propi</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Menors de 18 anys</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>D'entre 18 i 29 anys</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>De 55 anys o més</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Amb educació secundària inferior o menys (CINE 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Amb educació secundària superior o postsecundària (CINE 3-4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Amb educació terciària (CINE 5-8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Nombre total de participants</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participants amb discapacitat</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participants d'origen estranger</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>Participants de minories</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Persones sense llar o afectades per l'exclusió residencial</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Que busquen feina a la sortida</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Que segueixen estudis o formació a la sortida</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Que obtenen una qualificació a la sortida</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Amb feina, inclosa per compte propi, a la sortida</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>Amb feina sis mesos després de la sortida</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>Amb situació laboral millorada sis mesos després de la sortida</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Necessitat: llengua</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Necessitat: feina</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Necessitat: habitatge</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Necessitat: jurídica</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Necessitat: salut</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Necessitat: cura dels fills</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>Necessitat: digital</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Necessitat: xarxa social</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Necessitat: ingressos</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Autoestima</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Coneixement dels serveis</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 a l'entrada</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1, darrer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecte</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finançador</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>Informe de seguiment – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No s'ha pogut escriure el PDF.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · informe de seguiment · del %2 al %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Totes les persones</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pàgina %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Informe de seguiment</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projecte: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Finançador: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrat</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Període: del %1 al %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>totes les oficines</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>Només compta les persones que van consentir la informació anònima. Sense noms ni altres identificadors directes. Els recomptes d'1 a 4 es mostren com a "&lt;5".</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>Compta totes les persones de l'àmbit: només per a ús intern.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Xifres clau davant els objectius</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>No hi ha objectius fixats.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gràfics</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Persones ateses al llarg del temps, davant l'objectiu</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per gènere</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per franja d'edat</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Per oficina</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>Taxa d'assistència per tipus d'itinerari</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Derivacions per resultat</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Insercions: proposades, iniciades, contractades</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contractada</translation>
    </message>
    <message>
        <source> (entry)</source>
        <translation> (entrada)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>última</translation>
    </message>
    <message>
        <source>Needs and empowerment at entry and latest</source>
        <translation>Necessitats i apoderament a l'entrada i a l'última valoració</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicadors comuns del FSE+</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Dones</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binari</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relat</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Resum del període</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Assoliments</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Dificultats</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Propers passos</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 és en el futur</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code: '%1' no és un codi d'oficina de la forma MI-SS (dues o tres majúscules, opcionalment un guionet i fins a quatre més)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username: '%1' ha de tenir de 2 a 32 minúscules, xifres, punts, guionets o guions baixos</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de naixement</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Data d'acollida</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>L'any de naixement %1 és en el futur</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>L'any de naixement %1 no coincideix amb la data de naixement %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>L'any d'arribada %1 és en el futur</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>L'any d'arribada %1 és anterior a l'any de naixement %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>La data d'acollida %1 és anterior a la data de naixement %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>%1 fills no caben en una llar de %2</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>Un cas tancat necessita una data de sortida</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>Un cas tancat necessita un motiu de tancament</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>Només un cas tancat té data de sortida i motiu de tancament</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>La data de sortida %1 és anterior a la data d'acollida %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>La data final %1 és anterior a la d'inici %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consentiment</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>La caducitat %1 és anterior a la data del consentiment %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>La retirada %1 és anterior a la data del consentiment %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>La data de la sessió %1 és fora de les dates de l'itinerari (de %2 a %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>El final %1 és anterior a la data d'inscripció %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>Una inscripció completada o retirada necessita una data final</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>La persona no està inscrita a l'itinerari d'aquesta sessió</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 hores és més que la sessió (%2 minuts)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>Només una persona present té hores d'assistència</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Data de derivació</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>La data de tancament %1 és anterior a la derivació %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>Una inserció iniciada necessita una data d'inici</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>Una inserció finalitzada necessita una data final</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>Una inserció que no és per compte propi necessita una empresa</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>Només una inserció finalitzada té resultat</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>L'assistència per edat (%1) no coincideix amb l'assistència per gènere (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Data de la valoració</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>Data de la intervenció</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de final</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>Una inserció laboral interrompuda necessita una nota que n'expliqui el motiu</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>Un seguiment després d'una inserció laboral necessita la inserció</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>Un seguiment després de la sortida del programa no té inserció laboral</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>La inserció laboral és d'una altra persona</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>La data de seguiment %1 és anterior al final de la inserció laboral (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data de seguiment</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>Un seguiment fet necessita la situació trobada</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>Una situació necessita la data del seguiment</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>Inici del negoci</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>Un negoci iniciat necessita la data d'inici</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>L'acte del %1 encara no s'ha celebrat: els participants s'indiquen després</translation>
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
        <translation>J</translation>
    </message>
    <message>
        <source>The path's register cannot be read.</source>
        <translation>No es pot llegir el registre de l'itinerari.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Llibres d'Excel (*.xlsx);;Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporta la llista</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>Finançat per %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>Registre d'assistència — full de signatures</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Itinerari:</translation>
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
        <translation>Hora:</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 hores)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lloc:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Formadora:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Enrolled: %1    Present: ______</source>
        <translation>Inscrites: %1    Presents: ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>Signatura de la formadora: ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>Registre d'assistència — resum</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>del %1 al %2, %3 hores previstes</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions:</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>de %1 a %2 de %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Persones:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 persones, %2 sessions, %3 hores d'assistència en total.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>P present, A absent, J justificada.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Certificat d'assistència</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Es certifica que</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>ha assistit a l'itinerari “%1” (%2), del %3 al %4, durant %5 hores de %6 previstes (%7 de les sessions).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>L'itinerari forma part del projecte %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>Qualificació obtinguda: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>La formadora</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again (%1).</source>
        <translation>El disc és ple: el canvi no s'ha desat. Allibereu espai i torneu-ho a provar (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>No s'ha pogut escriure o llegir el disc: el canvi no s'ha desat. Comproveu la unitat i torneu-ho a provar (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>La base de dades està malmesa: no s'ha canviat res. Restaureu l'última còpia de seguretat (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contrasenya ha de tenir almenys %1 caràcters.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>No existeix l'usuari '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>establir el temps d'inactivitat</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>El temps d'inactivitat ha de ser d'1 a 240 minuts.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Inicieu la sessió primer per canviar la contrasenya.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contrasenya actual és incorrecta.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La contrasenya nova és igual que l'actual.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>El compte %1 pertany a una altra oficina i no pot iniciar sessió aquí; crea-li en canvi un compte d'aquesta oficina.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>Aquesta sessió no té la clau de les notes, de manera que una contrasenya nova faria perdre al compte l'accés a les notes; l'ha d'establir un administrador que tingui la clau.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>conté un caràcter de control (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>supera els %1 caràcters</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' no és un nombre enter</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' no és un nombre</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 és fora de l'interval de %2 a %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' no és sí o no</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' no és una data vàlida (feu servir AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' no és una hora vàlida (feu servir HH:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' no és un valor conegut (s'espera un de: %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' no és un codi de país ISO 3166 (com ES, MA o UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' no és un codi de llengua ISO 639 (com ca, ar o ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' no és un número de telèfon (de 6 a 15 xifres, opcionalment amb + al davant)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' no és una adreça de correu electrònic</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 és obligatori</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>no registrat</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Nom d'usuari</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Compte nou…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restableix la contrasenya…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Canvia el r&amp;ol…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;Desactiva o activa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>&amp;Bloqueja la finestra després d'aquest temps d'inactivitat:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Canvia el rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>Inicia sessió aquí</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>no: un compte d'una altra oficina, sense contrasenya aquí</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>Imprimeix el &amp;full de signatures…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Itinerari</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Desa el registre</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>Imprimeix el full de signatures de la sessió actual</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>Estat del registre</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Itinerari:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>El registre d'un itinerari: una fila per persona, una columna per sessió.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>P present, A absent, J justificada, Espai alterna, M marca present tota la sessió, Retorn edita les hores, Ctrl+S desa.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Desat.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No desat: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Canvis encara no desats.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quan (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detall</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registre d'auditoria</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;cció:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fins a:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verifica la cadena</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualsevol persona</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualsevol acció</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>El registre d'auditoria és íntegre: no s'ha alterat ni eliminat cap entrada.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Còpies de seguretat</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>Còpies de seguretat de la carpeta, de la més recent a la més antiga</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de còpies de seguretat</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Tria…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dies</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>Dies que es conserven les còpies de seguretat</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>Conser&amp;va les còpies durant</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fes una còpia ara</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Restaura des de…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>La còpia de seguretat s'ha escrit i comprovat.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>S'està fent la còpia de seguretat…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaura des d'una còpia de seguretat</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>Còpies de seguretat (*.backup);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>Voleu substituir tot el contingut d'aquesta base de dades per la còpia de seguretat %1? Els canvis fets després d'aquesta còpia es perdran. Primer es comprova la còpia; si està malmesa, no canvia res.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>S'ha restaurat la base de dades.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>Envia un paquet</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporta el paquet…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>Oficina a la qual va el paquet</translation>
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
        <translation>Format del paquet</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de pas</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetiu la frase de pas</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporta un paquet</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultat de l'exportació</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per a:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de pas:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petiu:</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Tot (un paquet complet)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2): canvis des de l'últim paquet</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les dues frases de pas no coincideixen: escriviu la mateixa dues vegades.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporta el paquet</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Paquets de Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>S'està escrivint el paquet…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportació cancel·lada; no s'ha escrit cap fitxer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>S'ha escrit %n registre a %1.</numerusform>
            <numerusform>S'han escrit %n registres a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentit</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquets enviats i rebuts</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>qualsevol (paquet complet)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
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
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebut</translation>
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
        <translation>Rep un paquet</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Obre un paquet…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Previsualitza</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plica</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel·la</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>O deixeu anar un fitxer .percorsi a la finestra.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Obre un paquet</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Frase de pas del paquet</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>Frase per &amp;desbloquejar:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultat de la importació</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>Aplica el paquet</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel·la la importació</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nous:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualitzats:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Sense canvis:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Esborrats:</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>Omesos (esborrats aquí):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflictes:</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Obre el paquet</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Paquets de Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 està xifrat: escriviu la frase de pas i després Previsualitza.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>S'està llegint el paquet…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>S'està fusionant el paquet…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>Aquest paquet no es pot fusionar: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 de %2, %3 files. Encara no ha canviat res: Aplica el fusiona.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>El paquet no s'ha fusionat: %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>Fusionat %1 de %2.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronització</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrés</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Tanca el cas</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motiu del tancament</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data de sortida</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situació a la sortida</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motiu *</translation>
    </message>
    <message>
        <source>E&amp;xit date *</source>
        <translation>Data de &amp;sortida *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;Situació a la sortida</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>Conserva &amp;aquest</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>Conserva a&amp;quell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservat</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valor perdut</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectat</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictes oberts</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>Confirma el valor conservat</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Conserva el valor conservat</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>Torna a escriure el valor perdut; el canvi arriba a totes les oficines</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>Conserva el valor perdut</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>Missatge de conflictes</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hi ha conflictes oberts.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n conflicte obert.</numerusform>
            <numerusform>%n conflictes oberts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(esborrat)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>oficina desconeguda</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nou consentiment…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>Xifres clau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tauler</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>Persones ateses, activitats i resultats d'un projecte davant els seus objectius, per període i oficina.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecte</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projecte:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fins a:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>Projectes i ob&amp;jectius…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>&amp;Informe de seguiment…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporta…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Totes les persones</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Totes les oficines</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 persones ateses · %2 hores impartides, %3 assistides · assistència %4% · finalització %5% · %6 insercions iniciades, %7 contractacions · %8 seguiments pendents</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Informe de seguiment</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>Exporta l'informe de seguiment</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>informe-seguiment.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Fulls de càlcul (*.xlsx);;Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No s'ha pogut escriure %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::DeskBox</name>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>Totes les oficines</translation>
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
        <translation>Oficines conegudes</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Empremta del contingut</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>Dues oficines amb el mateix contingut mostren la mateixa empremta.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Encara no calculada</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>&amp;Calcula l'empremta</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>Calcula l'empremta del contingut</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>No es pot calcular l'empremta: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Desa els canvis</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Reverteix</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>Desa els canvis a la seva fitxa (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Obre la fitxa existent</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibles duplicats</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Potser ja està registrada: %n possible duplicat.</numerusform>
            <numerusform>Potser ja està registrada: %n possibles duplicats.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mateix nom</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mateix telèfon</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>mateix any de naixement</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, nascuda el %1</translation>
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
        <translation>Afegeix una &amp;entrada…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>Nova &amp;inserció aquí…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>Registre de contactes</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>Persones inserides aquí</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Contacte nou</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Edita el contacte</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>Empresa &amp;nova…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>Cerca per nom, sector, persona de contacte o adreça</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Cerca empreses</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Nombre d'empreses</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empreses</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Empreses implicades en insercions laborals, sensibilització i gestió de la diversitat.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 empresa</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 empreses</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Empresa nova</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Edita l'empresa</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>Finalitza la inserció laboral</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de final</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>Motiu, o passos següents</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>Data de &amp;final *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Resultat *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;Motiu, o passos següents</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>Inscriu persones</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persones</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>Nom o número d'expedient; Avall a la llista, Espai marca</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Persones trobades</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscriu</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n persona triada.</numerusform>
            <numerusform>%n persones triades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>%n persona triada; %1 places lliures.</numerusform>
            <numerusform>%n persones triades; %1 places lliures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>%n persona triada; %1 places lliures: %2 passen a la llista d'espera.</numerusform>
            <numerusform>%n persones triades; %1 places lliures: %2 passen a la llista d'espera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Esborra %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voleu esborrar %1 (%2) i tots els seus registres?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les seves dades, valoracions, pla, itineraris i assistència, suport, derivacions, insercions laborals, seguiments i consentiments s'eliminen definitivament d'aquest ordinador i de cada oficina que rebi el proper paquet. No es pot desfer. Si ha demanat una còpia, exporteu abans les seves dades.&lt;/p&gt;&lt;p&gt;Escriviu el número d'expedient &lt;b&gt;%1&lt;/b&gt; per confirmar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>Número d'expedient per confirmar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Esborra definitivament</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Afegeix una persona…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Treu</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edita l'acte</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Acte nou</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Assistents</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per gènere</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per franja d'edat</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>Persones que hi van assistir, per nom (opcional)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Participants amb nom</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Afegeix un participant</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Acte nou…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Nombre d'actes</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Actes comunitaris i el seu nombre d'assistents, del més recent al més antic.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 acte</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 actes</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;Registra la situació…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Pendents fins al</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguiments pendents</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Venciment</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>Perquè</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserció laboral</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>Nombre de seguiments pendents</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Pendents &amp;fins al</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>No es poden llegir els seguiments: %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 seguiment pendent</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 seguiments pendents</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), venç el %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Seguiment nou…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>Un seguiment venç sis mesos després que ella surti del programa o que acabi una inserció laboral; obriu-lo (Retorn) per registrar llavors la seva situació.</translation>
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
        <translation>Què</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detall</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Acollida</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Cas tancat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Valoració</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Objectiu del pla</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>Inscripció a un itinerari</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suport</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivació</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserció laboral</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>Primer contacte i acollida</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>Persona nova</translation>
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
        <translation>Consentiment</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consentiment</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base jurídica</translation>
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
        <translation>Persones</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hores setmanals</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Contrasenya</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloqueja</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi està bloquejat. %1, escriviu la contrasenya per continuar.</translation>
    </message>
</context>
<context>
    <name>percorsi::LoginDialog</name>
    <message>
        <source>Percorsi — first administrator</source>
        <translation>Percorsi — primer administrador</translation>
    </message>
    <message>
        <source>Percorsi — sign in</source>
        <translation>Percorsi — inici de sessió</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>Aquesta base de dades encara no té comptes. Trieu el nom i la contrasenya del seu administrador, que crearà els altres comptes.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'usuari:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repetiu la contrasenya:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inicia la sessió</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les dues contrasenyes no coincideixen.</translation>
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
        <translation>Pàgines</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Itineraris</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empreses</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronització</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fitxer de la base de dades</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>Les pàgines de Percorsi; Ctrl+1 … Ctrl+0 les obren directament.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sessió iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Canvia la &amp;contrasenya…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloqueja</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Compte nou</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'usuari:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Contrasenya inicial:</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restableix la contrasenya de %1</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Canvieu la vostra contrasenya</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contrasenya &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contrasenya &amp;nova:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repetiu-la:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les dues contrasenyes noves no coincideixen.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>Edita l'itinerari</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Itinerari nou</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sense límit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipus:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projecte:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Formadora:</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>&amp;Altres formadores:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;nal:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>&amp;Hores previstes:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Pla&amp;ces:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lloc:</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>Assistència per al ce&amp;rtificat:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
</context>
<context>
    <name>percorsi::PathManageDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalitzada</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>Motiu o qualificació</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>Persones de l'itinerari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuts</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lloc</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>Sessions de l'itinerari</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>Persones i sessions — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Dona de baixa…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Marca com a &amp;completat…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>&amp;Edita o mou…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;Cancel·la o restaura</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Persones</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancel·lada</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dona de baixa</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motiu:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completat</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>Qualificació obtinguda (pot quedar buida):</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Edita la sessió</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuts:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lloc:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsPage</name>
    <message>
        <source>Trainer</source>
        <translation>Formadora</translation>
    </message>
    <message>
        <source>Today's sessions</source>
        <translation>Sessions d'avui</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Itineraris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecte</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Hores previstes</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completat</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>Form&amp;adora:</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>Sessions d'a&amp;vui:</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>Cursos, grups i tallers amb el seu calendari, persones i assistència.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;Itinerari nou…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Itinerari nou</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>Edita l'itinerari</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Planifica sessions…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>Planifica les sessions</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>Ins&amp;criu…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>Inscriu persones</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>Perso&amp;nes i sessions…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>Persones i sessions de l'itinerari</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>Obre el registre d'assistència</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>Registre &amp;resum…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>Imprimeix el registre resum</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>Cer&amp;tificats…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>Imprimeix els certificats d'assistència</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Totes les formadores</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancel·lada</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Avui no hi ha cap sessió.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>Sessions no creades</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrita</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Ningú no arriba al llindar d'assistència del %1%.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;Inscriu en un itinerari…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assistència</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsevol estat</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Qualsevol oficina</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Itinerari</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Qualsevol itinerari</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Tècnica</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Qualsevol tècnica</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>&amp;Necessitats obertes</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>L'última valoració dona a una necessitat el nivell 2 o més</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>Permís de residència que caduca d'aquí a 60 dies, seguiment pendent o tres absències seguides</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>El fitxer supera els 64 MiB: dividiu-lo primer.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>El fitxer no conté cap fila.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Línia %1: %2. No s'ha importat res.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importa persones d'un full de càlcul</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Trieu el full de càlcul</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>Deseu-lo abans com a CSV. S'entenen comes o punts i comes, codificació UTF-8 o Windows, i dates com dd/mm/aaaa o aaaa-mm-dd.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fitxer del full de càlcul</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fitxer:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Quina columna és quina</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>Les columnes s'han aparellat per les capçaleres. Corregiu el que estigui malament; les columnes excloses no s'importen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Person field</source>
        <translation>Camp de la persona</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondència de columnes</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Reviseu les files</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>Encara no s'ha escrit res. Totes les files han de ser vàlides: una fila rebutjada rebutja tota la importació.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línia</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de naixement</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprovació</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Files per importar</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resum de la importació</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>Full de càlcul de persones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fitxers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Camp per a la columna %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(exclou)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>potser %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>D'acord</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>%n fila no es pot importar: corregiu el full o la correspondència.</numerusform>
            <numerusform>%n files no es poden importar: corregiu el full o la correspondència.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n persona a punt per importar.</numerusform>
            <numerusform>%n persones a punt per importar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Persona nova…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>Cerca per nom o número d'expedient (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persones</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de persones</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Registra una persona nova (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>Totes les persones ateses pel programa, de totes les oficines.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>No es poden llegir les persones: %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 persones</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>Primeres %1 coincidències</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidència</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidències</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporta la llista…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>Desa les persones de la llista, filtrades i ordenades, en XLSX o CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>Importa persones d'un full de càlcul que ja porta l'oficina</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultat de l'exportació</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persones</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>No hi ha ningú a la llista per exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>S'ha escrit %n persona a %1.</numerusform>
            <numerusform>S'han escrit %n persones a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Cerca persones</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>Nom o número d'expedient; Avall va a la llista, Retorn tria</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Persones trobades</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Tria</translation>
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
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>Del %1 al %2, %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Des del %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+Dreta passa la inserció seleccionada a la fase següent i Ctrl+Esquerra a l'anterior; o arrossegueu-la a una altra columna. Retorn l'obre.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (darrer %2 de %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>La inserció laboral ha finalitzat: no hi ha cap fase posterior.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>La inserció laboral només està proposada: no hi ha cap fase anterior.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Inserció laboral nova…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Seguiments pendents</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>Pràctiques, xecs d'ocupació i feines per fase, i els seguiments pendents als sis mesos.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Seguiments pendents (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Inserció nova…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Objectiu nou…</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileHeader</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentiments</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 anys</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>tancat el %1: %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>sense tècnica assignada</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>tècnica %1</translation>
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
        <translation>Consentiment: %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>No es poden llegir les alertes: %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>El permís de residència caduca el %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguiment pendent</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 absències seguides</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dades</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>&amp;Valoració</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Pla</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>&amp;Itineraris</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>S&amp;uport</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Derivacions</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>Inser&amp;cions</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsentiments</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Tanca el cas…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Re&amp;obre el cas</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Desa els canvis</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Tanca la &amp;finestra</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edita %1</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Tanca el cas</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Reobre el cas</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seguiments</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Negoci</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>E&amp;xporta les seves dades…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Esbo&amp;rra…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>Exporta les seves dades</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>Document llegible (*.pdf);;Dades per a un altre sistema (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>Projectes i objectius</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projectes</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>Objectius del projecte</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Projecte &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Edita el projecte…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>&amp;Objectiu nou…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>Ed&amp;ita l'objectiu…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projectes:</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>Ob&amp;jectius del projecte triat:</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Projecte nou</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edita el projecte</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Objectiu nou</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Edita l'objectiu</translation>
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
        <translation>Nombre de registres</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>No es poden llegir els registres: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>Edita %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>Planifica les sessions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora d'inici</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora final</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lloc</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festius</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>Una data per línia, p. ex. 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Sessions previstes</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Dies de la setmana:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fins a:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;nal:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lloc:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Festius:</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>Crea sessions</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>L'hora final ha de ser posterior a l'inici.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>Cap sessió: trieu dies de la setmana dins de les dates de l'itinerari.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n sessió, del %1 al %2, %3 hores en total.</numerusform>
            <numerusform>%n sessions, del %1 al %2, %3 hores en total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Derivació nova…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>Trieu un servei del directori; obriu una derivació per canviar-ne l'estat.</translation>
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
        <translation>J</translation>
    </message>
    <message numerus="yes">
        <source>%n absences in a row</source>
        <translation>
            <numerusform>%n absència seguida</numerusform>
            <numerusform>%n absències seguides</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrat</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a les %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>Registre d'assistència</translation>
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
        <translation>Informe de seguiment</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secció</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Dones</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binàries</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectiu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Totes les oficines</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Desa com a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Informe de seguiment</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1, del %2 al %3. Només compta les persones que han consentit als informes anònims; els recomptes d'1 a 4 es mostren com a "&lt;5".</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Totes les persones</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;Resum del període:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Assoliments:</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>&amp;Dificultats:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Passos &amp;següents:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Pre&amp;visualització d'impressió…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Desa com a &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>informe-seguiment.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No s'ha pogut escriure %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservació d'expedients tancats</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Esborra…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> mesos després de la sortida</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Període de conservació</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número d'expedient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data de sortida</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Expedients tancats que superen el període de conservació</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>&amp;Conserva els expedients tancats durant</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Valoració nova…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>Necessitats: 0 cap, 1 baixa, 2 mitjana, 3 alta. Escales: d'1 (baixa) a 5 (alta).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Evolució</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>Necessitat: </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>Necessitat mitjana (0-3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Afegeix un servei…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>Cerca per nom, adreça, llengua o requisits</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Cerca serveis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Totes les categories</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Nombre de serveis</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>El directori compartit de serveis locals on es deriven les persones.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 servei</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 serveis</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Servei nou</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Edita el servei</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>Aquesta instal·lació i com us parla.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Aquesta oficina</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dades</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versió de l'esquema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Llengua de la interfície</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Llengua</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>La tria es desa i s'aplica de seguida, també el sentit de lectura.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilitat</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contrast alt</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>Text blanc sobre negre, amb la selecció i el focus del teclat en groc</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>S'aplica de seguida i es desa. Per a text i controls més grans, inicieu Percorsi amb QT_SCALE_FACTOR=1.5 (o amb l'escalat de l'escriptori).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>La seva situació ha &amp;millorat des de la sortida</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>Registra la situació</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data de seguiment</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situació</translation>
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
        <translation>&amp;Situació *</translation>
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
        <translation>Exporta una llista</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persones</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>Registre d'assistència d'un itinerari</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Insercions laborals</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Llista per exportar</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>Itinerari del registre</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Llibre d'Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV per al full de càlcul d'aquest ordinador</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Format del full de càlcul</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporta la llista…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporta la llista</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>Resultat de l'exportació de la llista</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Llista:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>I&amp;tinerari:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importa persones</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>Incorporeu les persones que una oficina ja té en un full de càlcul desat com a CSV. Trieu quina columna és quina, veieu cada fila comprovada, i no s'escriu res fins que confirmeu.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;Importa persones d'un full de càlcul…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importa persones d'un full de càlcul</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llibres d'Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporta la llista</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>No hi ha cap itinerari del qual exportar el registre.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>S'ha escrit %n fila a %1.</numerusform>
            <numerusform>S'han escrit %n files a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;Intervenció nova…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>Les notes són dades de categoria especial (salut, jurídiques, psicològiques): no es mostren a la llista; obriu una intervenció per llegir-ne la nota.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>Seccions de sincronització</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paquets</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Fulls de càlcul</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Oficines</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronització</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>Les oficines intercanvien les dades amb paquets, en una memòria USB o per correu; no cal cap servidor.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>Paquets enviats i &amp;rebuts</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictes (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictes</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>&amp;Idea de negoci nova…</translation>
    </message>
</context>
</TS>

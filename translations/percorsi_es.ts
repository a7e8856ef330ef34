<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>Inicie sesión primero: %1 requiere una cuenta.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>El rol %1 de %2 no permite %3.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>leer registros de %1</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>leer este registro de %1: pertenece a una persona de fuera de su oficina o de sus itinerarios</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 de un registro de %2</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1: la sesión no es de uno de sus itinerarios</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1: la persona pertenece a otra oficina</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1: la persona está fuera de su oficina o de sus itinerarios</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>buscar personas</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Nadie alcanza el umbral de asistencia del %1%.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Hoja de firmas — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>Registro de asistencia — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>Certificados de asistencia — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>No existe ningún itinerario con id %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>La entrada de auditoría %1 no sigue a la anterior: se eliminó o insertó una entrada.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>La entrada de auditoría %1 fue alterada.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>El registro de auditoría termina en la entrada %1, pero terminaba en la %2: se eliminaron entradas.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>La cuenta %1 está bloqueada tras %2 intentos fallidos de inicio de sesión; vuelva a intentarlo después de %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>Esta base de datos ya tiene cuentas; las nuevas las crea un administrador.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Se canceló la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede sustituir %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>No se puede escribir la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 no es una copia de seguridad de Percorsi: sus primeros bytes no son los de una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 no es una base de datos de Percorsi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 se escribió con una versión más reciente de Percorsi (esquema %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Una base de datos no se puede restaurar desde sí misma.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>No se pudo restaurar %1; la base de datos quedó como estaba: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>no se ha podido escribir en el disco</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>No se ha podido escribir la copia de seguridad %1: %2. La base de datos no ha cambiado; libere espacio o elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>No se puede apartar la base de datos dañada %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>No se puede apartar %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La copia de seguridad %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>No se puede copiar la copia de seguridad %1 en %2; el archivo dañado ha vuelto a su lugar.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>La base de datos %1 está dañada y no se puede comprobar (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>El registro %1 de %2 remite a un %3 inexistente.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>No se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1: %2 registro(s)</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 con un uuid mal formado</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 vivo bajo una marca de borrado</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 vacío</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 con un código desconocido</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 no es una fecha válida</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>falta la oficina local</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>casos cerrados sin fecha de salida</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>personas que salieron antes de su acogida</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 que termina antes de empezar</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>sesiones fuera de las fechas de su itinerario</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>asistencia de personas no inscritas en el itinerario</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>personas ausentes del índice de búsqueda o indexadas con otro nombre</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>entradas del índice de búsqueda sin persona</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>personas cuyos datos para los informes faltan o no están al día</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>datos para los informes sin persona</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>itinerarios cuyo recuento de asistencia falta o no está al día</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   crea una base de datos y su oficina</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          llena una base de datos nueva con datos de demostración</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  cuenta los registros de cada entidad</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             busca personas por nombre o número de expediente</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   muestra, cambia o exporta una persona</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  comprueba la integridad y los invariantes</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  huella de todo el contenido visible</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   fusiona un paquete</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   lista o resuelve conflictos</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   informe de seguimiento para financiadores</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               borra a una persona y todos sus registros</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             expedientes cerrados que superan el periodo de conservación</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       hace una copia de seguridad y la comprueba</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     restaura la base de datos desde una copia comprobada</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>Uso: percorsi-cli [--lang CODE] ORDEN [OPCIONES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>Las órdenes que abren una base de datos inician sesión con --user NAME y --password-file FILE,
o con PERCORSI_USER y PERCORSI_PASSWORD; init crea ese usuario como administradora.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>--lang CODE elige el idioma de los mensajes (%1); sin él, el idioma del sistema
(LC_ALL, LC_MESSAGES, LANG) si Percorsi lo habla; si no, el inglés.
Los listados, el JSON y los nombres de opciones y órdenes no cambian con el idioma.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>Códigos de salida: 0 éxito, 1 error de uso, 2 entrada o datos no válidos (no se escribe nada),
una contraseña errónea o una cuenta bloqueada, o un rol que no lo permite,
3 error de E/S o de la base de datos (un archivo que falta, dañado o de una versión más reciente).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>orden desconocida '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>falta un argumento</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argumento inesperado '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 admite un número entero de %2 a %3, no '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>El archivo de la base de datos.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>El nombre de usuario (por defecto: $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>Un archivo cuya primera línea es la contraseña (por defecto: $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (o PERCORSI_USER) es obligatorio</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (o PERCORSI_PASSWORD) es obligatorio</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>no se puede leer el archivo de la contraseña %1: %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE es obligatorio</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (véase percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>El nombre de la oficina.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>La ciudad de la oficina.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>Prefijo de los números de expediente, como MI-SS (se deriva de la ciudad y el nombre si se omite).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>El barrio de la oficina.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>Código ISO del país, como ES.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>El nombre completo de la administradora (por defecto: el nombre de usuario).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME es obligatorio</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>Creada la oficina %1 (%2) en %3 con la administradora %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>Cuántas personas (por defecto 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (por defecto 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>Generadas %1 personas y %2 registros en %3 s</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>Nombre, parte de un nombre o número de expediente.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>Como máximo este número de personas (por defecto 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>la base de datos %1 está dañada; restáurela desde una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>%n invariante no se cumple</numerusform>
            <numerusform>%n invariantes no se cumplen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1: no hay ningún %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>indique al menos un FIELD=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' no tiene la forma FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>una persona no tiene el campo '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>%1 lo fija Percorsi y no se puede cambiar</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>Con export: el archivo JSON que se escribe.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>El uuid o el número de expediente de la persona.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>Con set: los campos que se cambian.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>acción desconocida '%1' (show, set o export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE es obligatorio</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>Exportados los datos de %1 a %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>Borrado %1: sus registros han desaparecido y solo queda una marca de borrado para avisar a las demás oficinas.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>Fija el periodo de conservación en meses tras la salida.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>Conservación: %1 meses tras la salida; %n expediente cerrado lo supera</numerusform>
            <numerusform>Conservación: %1 meses tras la salida; %n expedientes cerrados lo superan</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>El archivo de copia de seguridad que se escribe.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>Copia de seguridad de %1 en %2 (comprobada)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>El archivo de copia de seguridad que se restaura.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE es obligatorio</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>Restaurado %1 desde %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>%1 no contiene ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 nuevos, %2 actualizados, %3 sin cambios, %4 eliminados, %5 omitidos (eliminados aquí), %6 conflictos</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>El archivo del paquete que se escribe.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines, por defecto) o csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>Solo lo que ha cambiado desde el último paquete enviado a esta oficina (código o uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>Cifra con la frase de contraseña de este archivo.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE es obligatorio</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>--format admite json o csv, no '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>Escritos %1 registros en %2 (paquete %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>El paquete que se fusiona.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>Informa de lo que cambiaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>La frase de contraseña de un paquete cifrado.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>Se fusionarían %1 filas de %2: %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>Fusionadas %1 filas de %2: %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>También los conflictos ya resueltos.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>Resuelve el conflicto ID conservando el valor que ganó.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>Resuelve el conflicto ID volviendo a escribir el valor perdido.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>indique --keep o --reverse, no ambos</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>Resuelto el conflicto %1</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>--%1 debe ser una fecha como 2026-06-30, no "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>Nombre del proyecto (por defecto: todas las personas).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primer día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Último día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>Nombre de la oficina (por defecto: todas las oficinas).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json, csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>--format debe ser json, csv, xlsx o pdf</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>Escrito el informe sobre %1 personas en %2 (indicadores calculados en %3 ms)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>--%1 admite una fecha como 2026-06-15, no '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>Comprueba que ninguna entrada se ha alterado ni eliminado.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>Solo las entradas de este nombre de usuario.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>Solo esta acción (login, view, update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>Desde este día (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>Hasta este día (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>Cuántas modificaciones.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>Prefijo de los valores escritos.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>no hay nadie que modificar</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>idioma desconocido '%1'; disponibles: %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>--lang necesita un código de idioma: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Sin permiso de residencia</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Solicitante de protección internacional</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Estatuto de refugiada</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protección subsidiaria</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>Protección por razones humanitarias</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Protección temporal</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Reagrupación familiar</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>Residente de larga duración (UE)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Ciudadana de la UE</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>Nacionalidad española</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>Autónoma</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Desempleada</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Desempleada de larga duración</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Inactiva, en educación o formación</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Vivienda estable</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>Acogida por familiares o amistades</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Centro de acogida</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>Vivienda insegura o inadecuada</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>Vino por su cuenta</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Asociación u ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Servicio de salud</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Servicio público de empleo</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>Punto comunitario</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>Plan completado</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>Encontró trabajo</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Se trasladó</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Se perdió el contacto</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Se retiró</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>Buscando empleo</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>En educación o formación</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Obtuvo una cualificación</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>Con empleo</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>Cesión de datos a entidades socias</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>Informes anónimos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intereses vitales</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Misión de interés público</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Interés legítimo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de hijos</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Red social</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>Grupo de empoderamiento</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Curso de idioma</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formación profesional</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>Orientación laboral</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>Emprendimiento</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>Visita a la ciudad</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Aprendizaje entre iguales</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>Taller artístico</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psicológico</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>Mediación intercultural</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>Orientación a servicios</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Acompañamiento laboral</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>Deporte y ocio</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Micro (menos de 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>Pequeña (10-49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>Mediana (50-249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>Grande (250 o más)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>Reunión de sensibilización</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>Apoyo a la gestión de la diversidad</translation>
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
        <translation>Prácticas curriculares</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>Prácticas extracurriculares</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Contrato de formación</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Contrato temporal</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Contrato indefinido</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Trabajo por cuenta propia</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>Bono de empleo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
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
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contratada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Buscando empleo</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Salida del programa</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Inserción finalizada</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Plan de empresa</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>Negocio iniciado</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Jornada de puertas abiertas</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Campaña de sensibilización</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Acto público</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Técnica</translation>
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
        <translation>Personas alcanzadas</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Proporción de mujeres (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Mujeres en formación para el emprendimiento</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>Responsables políticos en el codiseño</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>Asociaciones en el codiseño</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>Personal de la administración en el codiseño</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>Ciudadanía encuestada</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>Personas en actos comunitarios</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>Personas alcanzadas por la campaña</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>Inserciones laborales</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>Horas de formación impartidas</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>Itinerarios completados</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>No se puede abrir la base de datos %1: %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Personas atendidas a lo largo del tiempo, frente al objetivo</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personas atendidas</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>Personas atendidas por oficina</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Personas atendidas por género y franja de edad</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>Tasa de asistencia por tipo de itinerario (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Derivaciones por resultado</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Inserciones laborales: propuestas, iniciadas, contrataciones</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contrataciones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>Necesidades (0-3) y empoderamiento (1-5): entrada y último registro</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>A la entrada</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>Pendientes, no hechos</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hechos: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>Un valor cifrado fue alterado o trasladado desde el registro para el que se escribió.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 no es una base de datos de Percorsi o está dañada: sus primeros bytes no son los de una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no de Percorsi; no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>%1 fue escrita por una versión más reciente de Percorsi (esquema %2; esta versión conoce como máximo el esquema %3). No se abrió ni se cambió nada; use la versión más reciente.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>La base de datos %1 está dañada y no se puede leer (%2). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>No se puede leer la versión del esquema de %1.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>No se puede configurar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>La base de datos %1 aún no tiene oficina; créela primero con "percorsi-cli init --db %1 --desk-name NOMBRE".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 está en el esquema %2, no %3: ábralo antes para escribir.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>La base de datos %1 está dañada (%2). No se abrió y no se modificó nada; restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>su comprobación no dio respuesta</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>está truncada: %1 bytes de %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>El número de personas debe estar entre 0 y %L1.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>La base de datos %1 ya contiene personas; los datos de demostración solo se añaden a una base de datos sin personas.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>Se canceló la generación de datos de demostración; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>La base de datos %1 ya tiene su oficina.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>No existe ninguna oficina con id %1.</translation>
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
        <translation>usuario</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>meta del proyecto</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>objetivo del plan</translation>
    </message>
    <message>
        <source>path</source>
        <translation>itinerario</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>derivación</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>acción con empresa</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>inserción laboral</translation>
    </message>
    <message>
        <source>event</source>
        <translation>acto</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>emprendimiento</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>participante del acto</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>Una sede del programa: esta y las conocidas mediante sincronización</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>Una técnica, formadora, coordinadora o administradora</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>Un programa financiado con su periodo y su financiador</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>Metas del proyecto</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>Una meta de un indicador del proyecto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>Una persona atendida por el programa</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>Un consentimiento dado por una persona, por finalidad</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>Una valoración social: necesidades y empoderamiento autopercibido</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Objetivos del plan</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>Un objetivo del plan individual de una persona</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>Un curso, grupo o actividad con calendario</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>Una sesión de un itinerario</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>Una persona que participa en un itinerario</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Registros de asistencia</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>La presencia de una persona en una sesión</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>Apoyo individual: jurídico, psicológico, social …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>Un servicio local del directorio compartido</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>Una persona derivada a un servicio, y el resultado</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>Una empresa implicada en el programa</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>Acciones con empresas</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>Una acción de sensibilización o de diversidad con una empresa</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserciones laborales</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>Unas prácticas, un bono o un empleo de una persona</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actos</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>Un acto comunitario y su asistencia</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No existe %1 con id %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>Se eliminaron sus registros, pero no se pudo compactar el archivo %1: %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>Se eliminaron sus registros, pero quedan copias antiguas en el archivo %1 porque otro programa lo está leyendo; se eliminarán en el próximo borrado, cuando se haya cerrado.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>Las notas de categoría especial están cifradas y tu cuenta no tiene su clave: un administrador debe restablecer tu contraseña para darte acceso a las notas.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>El campo %1 del registro %2 %3 no se puede descifrar: fue alterado o trasladado desde otro registro o campo.</translation>
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
        <translation>Códigos de dos letras, p. ej. MA, ES</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>Códigos de idioma, p. ej. ar, fr, es</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>Un nombre, o un código de dos letras como MA</translation>
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
        <translation>Activo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>De 18 a 29 años</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>De 30 a 54 años</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>55 años o más</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menores de 18</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Año de llegada</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Valorada el</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>Umbral de asistencia (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomía</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Idea de negocio</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>Necesita cuidado de hijos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>Educación (nivel CINE)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Situación laboral al entrar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Finalizado el</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrita el</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acto</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situación a la salida</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas semanales</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Miembros del hogar</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Mejora de la situación laboral</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de acogida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>Nivel de castellano</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>Pertenencia a una minoría</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Necesidad: cuidado de hijos</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>Necesidad: competencias digitales</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Necesidad: salud</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Necesidad: vivienda</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Necesidad: ingresos</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Necesidad: idioma</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Necesidad: jurídica</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Necesidad: red social</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Necesidad: empleo</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>Próximo número de expediente</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>Otras formadoras</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota sobre el resultado</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Entidades socias</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Caducidad del permiso</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permiso de residencia (NIE/TIE)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserción laboral</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Horas previstas</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cualificación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivada por</translation>
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
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Conocimiento de los servicios</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Apoyo prestado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
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
        <translation>Formación seguida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Motivo de la baja</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Baja el</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>Su seguimiento se registró el %1: no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>El periodo empieza el %1, después de su fin el %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>No existe ningún proyecto llamado "%1".</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>No existe ninguna oficina llamada "%1".</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>No existe ningún proyecto con id %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>No existe ninguna oficina con id %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>Los datos guardados para los informes de la persona %1 están dañados.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>No hay memoria suficiente para guardar la clave.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>No existe ninguna cuenta con id %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>La clave guardada de esta cuenta está dañada.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>No hay memoria suficiente para derivar la clave de la contraseña.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>No hay memoria suficiente para guardar la clave.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>Con esta contraseña no se puede abrir la clave de las notas.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>Gestión de casos para programas de integración.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>Abrir la base de datos FILE (por defecto: la base de datos de demostración).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>Usar el idioma CODE en esta sesión (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi: idioma desconocido "%1"; aceptados: %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>Creando una base de datos de demostración con %1 personas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>No se pudo crear la base de datos de demostración: %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi: %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La copia de seguridad diaria falló: %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>Buscar copias de seguridad en DIR cuando la base de datos esté dañada.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>La última copia de seguridad, %1, se hizo el %2. ¿Restaurarla? El archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Paths</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>Cursos, grupos, orientación y otras actividades con calendario.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>Horas</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 itinerario</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 itinerarios</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>Sesiones de todos los itinerarios, las más recientes primero.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>El directorio compartido de servicios locales a los que se deriva a las personas.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 servicio</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 servicios</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Empresas implicadas en inserciones, sensibilización y gestión de la diversidad.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 empresa</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 empresas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actos</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Actos comunitarios y su asistencia, los más recientes primero.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 acto</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 actos</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Esta oficina</translation>
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
        <translation>sin oficina</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>Aún no hay oficina: ejecute percorsi-cli init</translation>
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
        <translation>Falta la revisión %1 del esquema en esta versión.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>Falló la actualización de la base de datos al esquema %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>No hay memoria suficiente para cifrar la contraseña.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>No existe ningún itinerario con id %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>Una sesión necesita una hora de inicio y un final posterior.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>Indique por qué se retira la persona.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>Datos personales conservados del expediente %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>Todo lo que Percorsi conserva sobre esta persona, a fecha de %1 (UTC). Facilitado conforme a los artículos 15 y 20 del RGPD.</translation>
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
        <translation>Datos personales de %1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>Su rol no permite leer el historial de esta persona.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>No existe ninguna persona con el id o número de expediente '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>El caso de %1 %2 ya está cerrado.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>La fecha de salida %1 está en el futuro</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Solo se puede reabrir un caso cerrado.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>Editar inserción laboral</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nueva inserción laboral</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>Nueva inserción laboral: ¿para quién?</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>'%1' no es una fase de una inserción laboral</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>Una inserción laboral finalizada necesita su resultado: contratación, completada o interrumpida</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>La inserción laboral ha finalizado: no hay ninguna fase posterior.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>La inserción laboral solo está propuesta: no hay ninguna fase anterior.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>El periodo de conservación en meses</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>Los días que se conservan las copias de seguridad</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 debe estar entre %2 y %3; se indicó %4.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1: ya existe uno con el mismo %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No existe %1 con id %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>No existe %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: no existe %2 con id %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>No se puede borrar este %1: %2 registros de %3 lo mencionan.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>contar registros de %1</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>insertar</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modificar</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>No se puede cambiar el tipo de una intervención cuya nota no puede leer.</translation>
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
        <translation>Personas atendidas</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>Itinerarios y asistencia</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Derivaciones por resultado</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserciones laborales</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actos</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>Necesidades y empoderamiento: entrada y último registro</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicadores comunes del FSE+</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menores de 18</translation>
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
        <translation>55 o más</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>Ciudadana del país de la oficina</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>Ciudadana de otro país de la UE</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Nacionales de terceros países</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Horas impartidas</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Horas asistidas</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Tasa de asistencia (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Tasa de finalización (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>Inscripciones completadas</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>Inscripciones en itinerarios finalizados</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Mujeres en formación para el autoempleo</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>Inserciones laborales propuestas</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Inserciones laborales iniciadas</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contrataciones</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>Contrataciones tras unas prácticas</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Seguimientos hechos</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Situación laboral mejorada</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Actos celebrados</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>Personas en los actos</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Desempleados, incluidos los desempleados de larga duración</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Desempleados de larga duración</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Empleados, incluidos los trabajadores por cuenta propia</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Menores de 18 años</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>De entre 18 y 29 años</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>De 55 años o más</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Con educación secundaria inferior o menos (CINE 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Con educación secundaria superior o postsecundaria (CINE 3-4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Con educación terciaria (CINE 5-8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Número total de participantes</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participantes con discapacidad</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participantes de origen extranjero</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>Participantes pertenecientes a minorías</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Personas sin hogar o afectadas por la exclusión en materia de vivienda</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Que buscan trabajo a su salida</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Que siguen estudios o formación a su salida</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Que obtienen una cualificación a su salida</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Con empleo, incluido por cuenta propia, a su salida</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>Con empleo seis meses después de su salida</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>Con situación laboral mejorada seis meses después de su salida</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Necesidad: idioma</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Necesidad: trabajo</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Necesidad: vivienda</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Necesidad: jurídica</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Necesidad: salud</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Necesidad: cuidado de hijos</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>Necesidad: digital</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Necesidad: red social</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Necesidad: ingresos</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Autoestima</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomía</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Conocimiento de los servicios</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 a la entrada</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1, último</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>Informe de seguimiento – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No se ha podido escribir el PDF.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · informe de seguimiento · del %2 al %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Informe de seguimiento</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Financiador: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>todas las oficinas</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>Solo cuenta a las personas que consintieron la información anónima. Sin nombres ni otros identificadores directos. Los recuentos de 1 a 4 se muestran como "&lt;5".</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>Cuenta a todas las personas del ámbito: solo para uso interno.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Cifras clave frente a los objetivos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>No hay objetivos fijados.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Personas atendidas a lo largo del tiempo, frente al objetivo</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Por franja de edad</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Por oficina</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>Tasa de asistencia por tipo de itinerario</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Derivaciones por resultado</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Inserciones: propuestas, iniciadas, contratadas</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contratada</translation>
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
        <translation>Necesidades y empoderamiento a la entrada y en la última valoración</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicadores comunes del FSE+</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
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
        <translation>Relato</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Resumen del periodo</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 está en el futuro</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code: '%1' no es un código de oficina de la forma MI-SS (dos o tres mayúsculas, opcionalmente un guion y hasta cuatro más)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username: '%1' debe tener de 2 a 32 minúsculas, cifras, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de acogida</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>El año de nacimiento %1 está en el futuro</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>El año de nacimiento %1 no coincide con la fecha de nacimiento %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>El año de llegada %1 está en el futuro</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>El año de llegada %1 es anterior al año de nacimiento %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>La fecha de acogida %1 es anterior a la fecha de nacimiento %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>%1 hijos no caben en un hogar de %2</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>Un caso cerrado necesita una fecha de salida</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>Un caso cerrado necesita un motivo de cierre</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>Solo un caso cerrado tiene fecha de salida y motivo de cierre</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>La fecha de salida %1 es anterior a la fecha de acogida %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>La fecha de fin %1 es anterior a la de inicio %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>La caducidad %1 es anterior a la fecha del consentimiento %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>La retirada %1 es anterior a la fecha del consentimiento %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>La fecha de la sesión %1 está fuera de las fechas del itinerario (de %2 a %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>El fin %1 es anterior a la fecha de inscripción %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>Una inscripción completada o retirada necesita una fecha de fin</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>La persona no está inscrita en el itinerario de esta sesión</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 horas es más que la sesión (%2 minutos)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>Solo una persona presente tiene horas de asistencia</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>La fecha de cierre %1 es anterior a la derivación %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>Una inserción iniciada necesita una fecha de inicio</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>Una inserción finalizada necesita una fecha de fin</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>Una inserción que no es por cuenta propia necesita una empresa</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>Solo una inserción finalizada tiene resultado</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>La asistencia por edad (%1) difiere de la asistencia por género (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la valoración</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>Fecha de la intervención</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>Una inserción laboral interrumpida necesita una nota que explique el motivo</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>Un seguimiento tras una inserción laboral necesita la inserción</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>Un seguimiento tras la salida del programa no tiene inserción laboral</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>La inserción laboral es de otra persona</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>La fecha de seguimiento %1 es anterior al fin de la inserción laboral (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>Un seguimiento hecho necesita la situación encontrada</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>Una situación necesita la fecha del seguimiento</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>Inicio del negocio</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>Un negocio iniciado necesita su fecha de inicio</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>El acto del %1 aún no se ha celebrado: los participantes se indican después</translation>
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
        <translation>No se puede leer el registro del itinerario.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>Financiado por %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>Registro de asistencia — hoja de firmas</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Itinerario:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 horas)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
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
        <translation>Inscritas: %1    Presentes: ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>Firma de la formadora: ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>Registro de asistencia — resumen</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>del %1 al %2, %3 horas previstas</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>de %1 a %2 de %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 personas, %2 sesiones, %3 horas de asistencia en total.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>P presente, A ausente, J justificada.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Certificado de asistencia</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>ha asistido al itinerario “%1” (%2), del %3 al %4, durante %5 horas de %6 previstas (%7 de las sesiones).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>El itinerario forma parte del proyecto %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>Cualificación obtenida: %1.</translation>
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
        <translation>El disco está lleno: el cambio no se guardó. Libere espacio y vuelva a intentarlo (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>No se pudo escribir o leer el disco: el cambio no se guardó. Revise la unidad y vuelva a intentarlo (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>La base de datos está dañada: no se ha cambiado nada. Restaure la última copia de seguridad (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>No existe el usuario '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>establecer el tiempo de inactividad</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>El tiempo de inactividad debe ser de 1 a 240 minutos.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Inicie sesión primero para cambiar su contraseña.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La nueva contraseña es igual que la actual.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>La cuenta %1 pertenece a otra oficina y no puede iniciar sesión aquí; crea en su lugar una cuenta de esta oficina para ella.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>Esta sesión no tiene la clave de las notas, así que una nueva contraseña haría perder a la cuenta el acceso a ellas; debe establecerla un administrador que tenga la clave.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>contiene un carácter de control (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' no es un número entero</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' no es un número</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 está fuera del intervalo de %2 a %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' no es sí o no</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' no es una fecha válida (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' no es una hora válida (use HH:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' no es un valor conocido (se espera uno de: %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' no es un código de país ISO 3166 (como ES, MA o UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' no es un código de idioma ISO 639 (como es, ar o ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' no es un número de teléfono (de 6 a 15 cifras, opcionalmente con + delante)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;Desactivar o activar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>&amp;Bloquear la ventana tras este tiempo de inactividad:</translation>
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
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>Inicia sesión aquí</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>no: una cuenta de otra oficina, sin contraseña aquí</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>Imprimir la &amp;hoja de firmas…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>Imprimir la hoja de firmas de la sesión actual</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Itinerario:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>El registro de un itinerario: una fila por persona, una columna por sesión.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>P presente, A ausente, J justificada, Espacio alterna, M marca presente toda la sesión, Intro edita las horas, Ctrl+S guarda.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Cambios aún sin guardar.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>El registro de auditoría está íntegro: no se alteró ni eliminó ninguna entrada.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>Copias de seguridad de la carpeta, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>Días que se conservan las copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>Conser&amp;var las copias durante</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Restaurar desde…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>La copia de seguridad se escribió y se comprobó.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>Copias de seguridad (*.backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>¿Sustituir todo el contenido de esta base de datos por la copia de seguridad %1? Los cambios hechos después de esa copia se perderán. Primero se comprueba la copia; si está dañada, no cambia nada.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>La base de datos se restauró.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>Enviar un paquete</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>Oficina a la que va el paquete</translation>
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
        <translation>Formato del paquete</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Todo (un paquete completo)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2): cambios desde el último paquete</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden: escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Paquetes de Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n registro en %1.</numerusform>
            <numerusform>Se escribieron %n registros en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquetes enviados y recibidos</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>cualquiera (paquete completo)</translation>
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
        <translation>Recibido</translation>
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
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Abrir paquete…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>O suelte un archivo .percorsi sobre la ventana.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>Frase para &amp;desbloquear:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>Aplicar el paquete</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nuevos:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizados:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Borrados:</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>Omitidos (borrados aquí):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Abrir paquete</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Paquetes de Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 está cifrado: escriba su frase de contraseña y luego Vista previa.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Leyendo el paquete…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Fusionando el paquete…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>Este paquete no se puede fusionar: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 de %2, %3 filas. Aún no ha cambiado nada: Aplicar lo fusiona.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>El paquete no se fusionó: %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>Fusionado %1 de %2.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situación a la salida</translation>
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
        <translation>Fecha de &amp;salida *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;Situación a la salida</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>Conservar &amp;este</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>Conservar &amp;aquel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>Confirmar el valor conservado</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Conservar el valor conservado</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>Volver a escribir el valor perdido; el cambio llega a todas las oficinas</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>Conservar el valor perdido</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>Mensaje de conflictos</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n conflicto abierto.</numerusform>
            <numerusform>%n conflictos abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>oficina desconocida</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nuevo consentimiento…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>Personas atendidas, actividades y resultados de un proyecto frente a sus objetivos, por periodo y oficina.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>Proyectos y ob&amp;jetivos…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>&amp;Informe de seguimiento…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 personas atendidas · %2 horas impartidas, %3 asistidas · asistencia %4% · finalización %5% · %6 inserciones iniciadas, %7 contrataciones · %8 seguimientos pendientes</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Informe de seguimiento</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>Exportar el informe de seguimiento</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>informe-seguimiento.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Hojas de cálculo (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>Todas las oficinas</translation>
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
        <translation>Oficinas conocidas</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Huella del contenido</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>Dos oficinas con el mismo contenido muestran la misma huella.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Aún no calculada</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>&amp;Calcular huella</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>Calcular la huella del contenido</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>No se puede calcular la huella: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>Guardar los cambios en su ficha (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Abrir la ficha existente</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Puede que ya esté registrada: %n posible duplicado.</numerusform>
            <numerusform>Puede que ya esté registrada: %n posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>mismo año de nacimiento</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, nacida en %1</translation>
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
        <translation>Añadir &amp;entrada…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>Nueva &amp;inserción aquí…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>Personas insertadas aquí</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Editar contacto</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>Buscar por nombre, sector, persona de contacto o dirección</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Buscar empresas</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Número de empresas</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Empresas implicadas en inserciones laborales, sensibilización y gestión de la diversidad.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 empresa</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 empresas</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Editar empresa</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>Finalizar la inserción laboral</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>Motivo, o próximos pasos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>Fecha de &amp;fin *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Resultado *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;Motivo, o próximos pasos</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>Inscribir personas</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>Nombre o número de expediente; Abajo a la lista, Espacio marca</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n persona elegida.</numerusform>
            <numerusform>%n personas elegidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>%n persona elegida; %1 plazas libres.</numerusform>
            <numerusform>%n personas elegidas; %1 plazas libres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>%n persona elegida; %1 plazas libres: %2 pasan a la lista de espera.</numerusform>
            <numerusform>%n personas elegidas; %1 plazas libres: %2 pasan a la lista de espera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Borrar a %1 (%2) y todos sus registros?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sus datos, valoraciones, plan, itinerarios y asistencia, apoyo, derivaciones, inserciones laborales, seguimientos y consentimientos se eliminan definitivamente de este ordenador y de cada oficina que reciba el próximo paquete. No se puede deshacer. Si ha pedido una copia, exporte antes sus datos.&lt;/p&gt;&lt;p&gt;Escriba el número de expediente &lt;b&gt;%1&lt;/b&gt; para confirmar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>Número de expediente para confirmar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar definitivamente</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar acto</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo acto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Por franja de edad</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>Personas que asistieron, por nombre (opcional)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Participantes con nombre</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Añadir un participante</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo acto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actos</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Número de actos</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Actos comunitarios y su número de asistentes, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 acto</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 actos</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;Registrar situación…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Pendientes hasta</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserción laboral</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>Número de seguimientos pendientes</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Pendientes &amp;hasta</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>No se pueden leer los seguimientos: %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 seguimiento pendiente</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 seguimientos pendientes</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), vence el %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nuevo seguimiento…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>Un seguimiento vence seis meses después de que ella salga del programa o de que termine una inserción laboral; ábralo (Intro) para registrar entonces su situación.</translation>
    </message>
</context>
<context>
    <name>percorsi::HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caso cerrado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Objetivo del plan</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>Inscripción en un itinerario</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Inserción laboral</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>Primer contacto y acogida</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base jurídica</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>percorsi::ListSheets</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserciones laborales</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas semanales</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi está bloqueado. %1, escriba su contraseña para continuar.</translation>
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
        <translation>Percorsi — iniciar sesión</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>Esta base de datos aún no tiene cuentas. Elija el nombre y la contraseña de su administrador, que creará las demás cuentas.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserciones laborales</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>Las páginas de Percorsi; Ctrl+1 … Ctrl+0 las abren directamente.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Contraseña inicial:</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>Editar itinerario</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nuevo itinerario</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Formadora:</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>&amp;Otras formadoras:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>&amp;Horas previstas:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Pla&amp;zas:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>Asistencia para el ce&amp;rtificado:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>percorsi::PathManageDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>Motivo o cualificación</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>Personas del itinerario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>Sesiones del itinerario</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>Personas y sesiones — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Marcar &amp;completado…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>&amp;Editar o mover…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;Cancelar o restaurar</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>Cualificación obtenida (puede quedar vacía):</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
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
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Horas previstas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Plazas</translation>
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
        <translation>Completado</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>Form&amp;adora:</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>Sesiones de &amp;hoy:</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>Cursos, grupos y talleres con su calendario, personas y asistencia.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;Nuevo itinerario…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nuevo itinerario</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>Editar el itinerario</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Planificar sesiones…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>Planificar las sesiones</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>Ins&amp;cribir…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>Inscribir personas</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>Perso&amp;nas y sesiones…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>Personas y sesiones del itinerario</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>Abrir el registro de asistencia</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>Registro &amp;resumen…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>Imprimir el registro resumen</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>Cer&amp;tificados…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>Imprimir los certificados de asistencia</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Todas las formadoras</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Hoy no hay sesiones.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>Sesiones no creadas</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrita</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Nadie alcanza el umbral de asistencia del %1%.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;Inscribir en un itinerario…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Cualquier oficina</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Cualquier itinerario</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Cualquier técnica</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>&amp;Necesidades abiertas</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>La última valoración da a una necesidad el nivel 2 o más</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>Permiso de residencia que caduca en 60 días, seguimiento pendiente o tres ausencias seguidas</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>El archivo supera los 64 MiB: divídalo primero.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>El archivo no contiene filas.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Línea %1: %2. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importar personas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elija la hoja de cálculo</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>Guárdela antes como CSV. Se entienden comas o puntos y comas, codificación UTF-8 o Windows, y fechas como dd/mm/aaaa o aaaa-mm-dd.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Qué columna es cuál</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>Las columnas se emparejaron por sus encabezados. Corrija lo que esté mal; las columnas excluidas no se importan.</translation>
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
        <translation>Campo de la persona</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Revisar las filas</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>Aún no se ha escrito nada. Todas las filas deben ser válidas: una fila rechazada rechaza toda la importación.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que importar</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>Hoja de cálculo de personas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(excluir)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>quizá %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>%n fila no se puede importar: corrija la hoja o la correspondencia.</numerusform>
            <numerusform>%n filas no se pueden importar: corrija la hoja o la correspondencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n persona lista para importar.</numerusform>
            <numerusform>%n personas listas para importar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>Buscar por nombre o número de expediente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Registrar una nueva persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>Todas las personas atendidas por el programa, de todas las oficinas.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>No se pueden leer las personas: %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>Primeras %1 coincidencias</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportar lista…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>Guardar las personas de la lista, filtradas y ordenadas, en XLSX o CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>Importar personas desde una hoja de cálculo que ya lleva la oficina</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>No hay nadie en la lista para exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n persona en %1.</numerusform>
            <numerusform>Se escribieron %n personas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>Nombre o número de expediente; Abajo va a la lista, Intro elige</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
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
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>Del %1 al %2, %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+Derecha pasa la inserción seleccionada a la fase siguiente y Ctrl+Izquierda a la anterior; o arrástrela a otra columna. Intro la abre.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (último %2 de %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>La inserción laboral ha finalizado: no hay ninguna fase posterior.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>La inserción laboral solo está propuesta: no hay ninguna fase anterior.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nueva inserción laboral…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Flujo</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserciones laborales</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>Prácticas, bonos de empleo y empleos por fase, y los seguimientos pendientes a los seis meses.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Seguimientos pendientes (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nueva inserción…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nuevo objetivo…</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileHeader</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>cerrado el %1: %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>sin técnica asignada</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>técnica %1</translation>
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
        <translation>Consentimiento: %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>No se pueden leer las alertas: %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>El permiso de residencia caduca el %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 ausencias seguidas</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>&amp;Itinerarios</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>A&amp;poyo</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Derivaciones</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>Inser&amp;ciones</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsentimientos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Cerrar caso…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Re&amp;abrir caso</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Cerrar &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Reabrir caso</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Negocio</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>E&amp;xportar sus datos…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>Documento legible (*.pdf);;Datos para otro sistema (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>Proyectos y objetivos</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>Objetivos del proyecto</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Editar proyecto…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>Nuevo &amp;objetivo…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>Ed&amp;itar objetivo…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Proyectos:</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>Ob&amp;jetivos del proyecto elegido:</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar proyecto</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Editar objetivo</translation>
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
        <translation>Número de registros</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>No se pueden leer los registros: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>Planificar las sesiones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>Una fecha por línea, p. ej. 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Sesiones previstas</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Días de la semana:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Festivos:</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>Crear sesiones</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>La hora de fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>Ninguna sesión: elija días de la semana dentro de las fechas del itinerario.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n sesión, del %1 al %2, %3 horas en total.</numerusform>
            <numerusform>%n sesiones, del %1 al %2, %3 horas en total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nueva derivación…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>Elija un servicio del directorio; abra una derivación para cambiar su estado.</translation>
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
            <numerusform>%n ausencia seguida</numerusform>
            <numerusform>%n ausencias seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>Registro de asistencia</translation>
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
        <translation>Informe de seguimiento</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binarias</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Todas las oficinas</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Informe de seguimiento</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1, del %2 al %3. Solo cuenta a las personas que consintieron en los informes anónimos; los recuentos de 1 a 4 se muestran como "&lt;5".</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;Resumen del periodo:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Logros:</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>&amp;Dificultades:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Próximos pa&amp;sos:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>informe-seguimiento.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservación de expedientes cerrados</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> meses después de la salida</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Periodo de conservación</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Expedientes cerrados que superan el periodo de conservación</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>&amp;Conservar los expedientes cerrados durante</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva valoración…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>Necesidades: 0 ninguna, 1 baja, 2 media, 3 alta. Escalas: de 1 (baja) a 5 (alta).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>Necesidad: </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>Necesidad media (0-3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Añadir servicio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>Buscar por nombre, dirección, idioma o requisitos</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Número de servicios</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>El directorio compartido de servicios locales a los que se deriva a las personas.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 servicio</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 servicios</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>Esta instalación y cómo le habla.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>Su elección se guarda y se aplica al momento, también el sentido de lectura.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>Texto blanco sobre negro, con la selección y el foco del teclado en amarillo</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>Se aplica al momento y se guarda. Para texto y controles más grandes, inicie Percorsi con QT_SCALE_FACTOR=1.5 (o con el escalado del escritorio).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>Su situación ha &amp;mejorado desde su salida</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>Registrar la situación</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
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
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <source>&amp;Situation *</source>
        <translation>&amp;Situación *</translation>
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
        <translation>Exportar una lista</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>Registro de asistencia de un itinerario</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserciones laborales</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Lista que exportar</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>Itinerario del registro</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV para la hoja de cálculo de este equipo</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Formato de hoja de cálculo</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportar lista…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>Resultado de la exportación de la lista</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>I&amp;tinerario:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>Incorpore las personas que una oficina ya lleva en una hoja de cálculo guardada como CSV. Usted elige qué columna es cuál, ve cada fila comprobada, y no se escribe nada hasta que confirme.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;Importar personas desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importar personas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>No hay ningún itinerario del que exportar el registro.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n fila en %1.</numerusform>
            <numerusform>Se escribieron %n filas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;Nueva intervención…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>Las notas son datos de categoría especial (salud, jurídicos, psicológicos): no se muestran en la lista; abra una intervención para leer su nota.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>Secciones de sincronización</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paquetes</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Hojas de cálculo</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Oficinas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>Las oficinas intercambian sus datos mediante paquetes, en una memoria USB o por correo; no hace falta ningún servidor.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>Paquetes enviados y &amp;recibidos</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictos (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>&amp;Nueva idea de negocio…</translation>
    </message>
</context>
</TS>

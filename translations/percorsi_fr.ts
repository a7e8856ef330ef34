<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>Connectez-vous d'abord : %1 nécessite un compte.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>Le rôle %1 de %2 ne permet pas %3.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>lire les fiches %1</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>lire cette fiche %1 : elle concerne une personne hors de votre antenne ou de vos parcours</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 d'une fiche %2</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1 : la séance ne fait pas partie de vos parcours</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1 : la personne relève d'une autre antenne</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1 : la personne est hors de votre antenne ou de vos parcours</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>rechercher des personnes</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Personne n'atteint le seuil d'assiduité de %1 %.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n'y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Feuille d'émargement — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>Registre de présence — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>Attestations de présence — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Il n'existe aucun parcours d'id %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>L'entrée d'audit %1 ne suit pas la précédente : une entrée a été supprimée ou insérée.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>L'entrée d'audit %1 a été modifiée.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>Le journal d'audit se termine à l'entrée %1, mais il se terminait à %2 : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lire le journal d'audit</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>Le compte %1 est verrouillé après %2 connexions échouées ; réessayez après %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>Cette base de données a déjà des comptes ; c'est un administrateur qui crée les nouveaux.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossible d'écrire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 n'est pas une sauvegarde de Percorsi : ses premiers octets ne sont pas ceux d'une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 n'est pas une base de données Percorsi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 a été écrit par une version plus récente de Percorsi (schéma %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Une base de données ne peut pas être restaurée à partir d'elle-même.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de données est occupée ; réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>%1 n'a pas pu être restauré ; la base de données est restée telle quelle : %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>le disque n'a pas pu être écrit</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>La sauvegarde %1 n'a pas pu être écrite : %2. La base de données elle-même est inchangée ; libérez de l'espace ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegardes %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>Impossible de mettre de côté la base de données endommagée %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Impossible de mettre de côté %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>Impossible de copier la sauvegarde %1 vers %2 ; le fichier endommagé a été remis à sa place.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Intégrité SQLite : %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>La base de données %1 est endommagée et ne peut pas être vérifiée (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>L'enregistrement %1 de %2 renvoie à un %3 manquant.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1 : %2 enregistrement(s)</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 avec un uuid mal formé</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 vivant sous une marque de suppression</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 vide</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 avec un code inconnu</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 n'est pas une date valide</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>l'antenne locale est absente</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>dossiers clos sans date de sortie</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>personnes sorties avant leur accueil</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 qui finit avant de commencer</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>séances hors des dates de leur parcours</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>présences de personnes non inscrites au parcours</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>personnes absentes de l'index de recherche ou indexées sous un autre nom</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>entrées de l'index de recherche sans personne</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>personnes dont les données pour les rapports manquent ou ne sont pas à jour</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>données pour les rapports sans personne</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>parcours dont le décompte des présences manque ou n'est pas à jour</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   crée une base de données et son antenne</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          remplit une nouvelle base avec des données de démonstration</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  compte les enregistrements de chaque entité</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             cherche des personnes par nom ou numéro de dossier</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   affiche, modifie ou exporte une personne</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  vérifie l'intégrité et les invariants</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  empreinte de tout le contenu visible</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   fusionne un paquet</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   liste ou résout les conflits</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   bilan d'avancement pour les financeurs</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               efface une personne et tous ses enregistrements</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             dossiers clos au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       sauvegarde la base de données et vérifie la copie</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     restaure la base de données depuis une sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>Utilisation : percorsi-cli [--lang CODE] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>Les commandes qui ouvrent une base se connectent avec --user NAME et --password-file FILE,
ou avec PERCORSI_USER et PERCORSI_PASSWORD ; init crée cet utilisateur comme administratrice.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>--lang CODE choisit la langue des messages (%1) ; sans lui, la langue du système
(LC_ALL, LC_MESSAGES, LANG) si Percorsi la parle, sinon l'anglais.
Les listes, le JSON et les noms d'options et de commandes restent identiques dans toutes les langues.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>Codes de sortie : 0 succès, 1 erreur d'utilisation, 2 saisie ou données non valides (rien n'est écrit),
un mauvais mot de passe ou un compte verrouillé, ou un rôle qui ne le permet pas,
3 erreur d'E/S ou de base de données (un fichier absent, endommagé ou d'une version plus récente).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>commande inconnue '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument manquant</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de la base de données.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>Le nom d'utilisateur (par défaut : $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>Un fichier dont la première ligne est le mot de passe (par défaut : $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (ou PERCORSI_USER) est obligatoire</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (ou PERCORSI_PASSWORD) est obligatoire</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier du mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE est obligatoire</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (voir percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>Le nom de l'antenne.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>La ville de l'antenne.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>Préfixe des numéros de dossier, comme MI-SS (déduit de la ville et du nom s'il est omis).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>Le quartier de l'antenne.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>Code ISO du pays, comme FR.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>Le nom complet de l'administratrice (par défaut : le nom d'utilisateur).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME est obligatoire</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>Antenne %1 (%2) créée dans %3 avec l'administratrice %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>Combien de personnes (par défaut 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (par défaut 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>%1 personnes et %2 enregistrements générés en %3 s</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>Nom, partie d'un nom ou numéro de dossier.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>Au plus ce nombre de personnes (par défaut 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>la base de données %1 est endommagée ; restaurez-la depuis une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>%n invariant n'est pas respecté</numerusform>
            <numerusform>%n invariants ne sont pas respectés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1 : il n'y a pas de %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>indiquez au moins un FIELD=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' n'est pas de la forme FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>une personne n'a pas de champ '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>%1 est fixé par Percorsi et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Ce qu'il faut faire.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>Avec export : le fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>L'uuid ou le numéro de dossier de la personne.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>Avec set : les champs à modifier.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>action inconnue '%1' (show, set ou export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE est obligatoire</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>Données de %1 exportées vers %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>%1 effacé : ses enregistrements ont disparu et seule une marque de suppression reste pour prévenir les autres antennes.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>Fixe la durée de conservation en mois après la sortie.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>Conservation : %1 mois après la sortie ; %n dossier clos au-delà</numerusform>
            <numerusform>Conservation : %1 mois après la sortie ; %n dossiers clos au-delà</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>%1 sauvegardé dans %2 (vérifié)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE est obligatoire</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 restauré depuis %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>%1 ne contient aucune phrase secrète</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés, %4 supprimés, %5 ignorés (supprimés ici), %6 conflits</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Le fichier du paquet à écrire.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines, par défaut) ou csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>Seulement ce qui a changé depuis le dernier paquet envoyé à cette antenne (code ou uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>Chiffre avec la phrase secrète de ce fichier.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE est obligatoire</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>--format attend json ou csv, pas '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>%1 enregistrements écrits dans %2 (paquet %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>Le paquet à fusionner.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>Indique ce qui changerait, sans rien changer.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>La phrase secrète d'un paquet chiffré.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>Fusionnerait %1 lignes de %2 : %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>%1 lignes de %2 fusionnées : %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>Aussi les conflits déjà résolus.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>Résout le conflit ID en gardant la valeur qui l'a emporté.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>Résout le conflit ID en réécrivant la valeur perdue.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>indiquez --keep ou --reverse, pas les deux</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>Conflit %1 résolu</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>--%1 doit être une date comme 2026-06-30, pas "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>Nom du projet (par défaut : toutes les personnes).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>Nom de l'antenne (par défaut : toutes les antennes).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json, csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>--format doit être json, csv, xlsx ou pdf</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>Rapport sur %1 personnes écrit dans %2 (indicateurs calculés en %3 ms)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>--%1 attend une date comme 2026-06-15, pas '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>Vérifie qu'aucune entrée n'a été modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>Seulement les entrées de ce nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>Seulement cette action (login, view, update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>À partir de ce jour (AAAA-MM-JJ, UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>Jusqu'à ce jour (AAAA-MM-JJ, UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>Combien de modifications.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>Préfixe des valeurs écrites.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>il n'y a personne à modifier</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>langue inconnue '%1' ; disponibles : %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>--lang attend un code de langue : %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Sans titre de séjour</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Demandeuse d'asile</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Statut de réfugiée</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protection subsidiaire</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>Protection humanitaire</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Protection temporaire</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Motifs familiaux</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>Résidente de longue durée (UE)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Citoyenne de l'UE</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>Nationalité française</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
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
        <translation>En emploi</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Indépendante</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Sans emploi</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Chômeuse de longue durée</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Inactive, en études ou en formation</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Logement stable</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>Hébergée par la famille ou des amis</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Centre d'accueil (CADA)</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement d'urgence</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>Logement précaire ou inadapté</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sans abri</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>Venue d'elle-même</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Association ou ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Service de santé</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>France Travail</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>Point d'accueil de quartier</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>Projet abouti</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>A trouvé un emploi</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Contact perdu</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>S'est retirée</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>En recherche d'emploi</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>En études ou en formation</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>A obtenu une qualification</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>Partage des données avec les partenaires</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>Statistiques anonymes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d'intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d'enfants</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>Groupe d'empowerment</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Cours de langue</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>Orientation professionnelle</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>Entrepreneuriat</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>Visite de la ville</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Apprentissage entre pairs</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>Atelier artistique</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrite</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusée</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>Médiation linguistique et culturelle</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>Orientation vers les services</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Accompagnement vers l'emploi</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>Sport et loisirs</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Micro (moins de 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>Petite (10-49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>Moyenne (50-249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>Grande (250 ou plus)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>Réunion de sensibilisation</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>Appui à la gestion de la diversité</translation>
    </message>
    <message>
        <source>Vacancy shared</source>
        <translation>Offre d'emploi partagée</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Curricular internship</source>
        <translation>Stage conventionné</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>Stage hors cursus (PMSMP)</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>CDD</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>CDI</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Travail indépendant</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>Aide à l'embauche</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauchée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>En recherche d'emploi</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Sortie du programme</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Placement terminé</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Plan d'affaires</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>Activité lancée</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Portes ouvertes</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Campagne de sensibilisation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Événement public</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Conseillère</translation>
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
        <translation>Administratrice</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Part des femmes (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Femmes en formation à l'entrepreneuriat</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>Élus dans la co-construction</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>Associations dans la co-construction</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>Agents publics dans la co-construction</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>Habitants interrogés</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>Personnes aux événements de quartier</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>Personnes touchées par la campagne</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>Placements en emploi</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>Heures de formation dispensées</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>Parcours terminés</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Personnes touchées au fil du temps, par rapport à l'objectif</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>Personnes touchées par antenne</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Personnes touchées par genre et tranche d'âge</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>Taux d'assiduité par type de parcours (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Orientations par résultat</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Placements : proposés, commencés, embauches</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauches</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencés</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>Besoins (0-3) et autonomisation (1-5) : à l'entrée et dernière évaluation</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>À l'entrée</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>À faire, non faits</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Faits : %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>Une valeur chiffrée a été modifiée ou déplacée depuis l'enregistrement pour lequel elle a été écrite.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 n'est pas une base de données Percorsi, ou elle est endommagée : ses premiers octets ne sont pas ceux d'une base SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 est une base SQLite d'une autre application, pas de Percorsi ; elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>%1 a été écrite par une version plus récente de Percorsi (schéma %2 ; cette version connaît au plus le schéma %3). Elle n'a pas été ouverte et rien n'y a été modifié ; utilisez la version plus récente.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n'y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>La base de données %1 est endommagée et ne peut pas être lue (%2). Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Impossible de configurer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>La base de données %1 n'a pas encore d'antenne ; créez-la d'abord avec "percorsi-cli init --db %1 --desk-name NOM".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 est au schéma %2, et non %3 : ouvrez-le d'abord en écriture.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>La base de données %1 est endommagée (%2). Elle n'a pas été ouverte et rien n'y a été modifié ; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>sa vérification n'a donné aucune réponse</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>elle est tronquée : %1 octets sur %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>Le nombre de personnes doit être compris entre 0 et %L1.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>La base de données %1 contient déjà des personnes ; les données de démonstration ne s'ajoutent qu'à une base sans personnes.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>La génération des données de démonstration a été annulée ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>La base de données %1 a déjà son antenne.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Il n'existe aucune antenne d'id %1.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>desk</source>
        <translation>antenne</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>cible du projet</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>objectif du plan</translation>
    </message>
    <message>
        <source>path</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>action employeur</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>activité entrepreneuriale</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>participant à l'événement</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>Un bureau du programme : celui-ci et ceux connus par synchronisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>Une conseillère, formatrice, coordinatrice ou administratrice</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>Un programme financé avec sa période et son financeur</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>Cibles du projet</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>Une cible d'un indicateur du projet</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>Une personne accompagnée par le programme</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>Un consentement donné par une personne, par finalité</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>Un diagnostic social : besoins et empowerment auto-évalué</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Objectifs du plan</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>Un objectif du plan individuel d'une personne</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>Un cours, groupe ou activité avec un calendrier</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>Une séance d'un parcours</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>Une personne qui suit un parcours</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>La présence d'une personne à une séance</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>Accompagnement individuel : juridique, psychologique, social …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>Un service local de l'annuaire partagé</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>Une personne orientée vers un service, et le résultat</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>Une entreprise engagée dans le programme</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>Actions employeurs</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>Une action de sensibilisation ou de diversité avec un employeur</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>Un stage, une aide à l'embauche ou un emploi d'une personne</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>Un événement de quartier et sa fréquentation</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Il n'existe aucun(e) %1 avec l'identifiant %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>Ses données ont été supprimées, mais le fichier %1 n'a pas pu être compacté : %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>Ses données ont été supprimées, mais d'anciennes copies restent dans le fichier %1 car un autre programme le lit ; elles seront supprimées lors du prochain effacement, une fois le fichier fermé.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>Les notes de catégorie particulière sont chiffrées et votre compte n'en détient pas la clé : un administrateur doit réinitialiser votre mot de passe pour vous donner accès aux notes.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>Le champ %1 de l'enregistrement %2 %3 ne peut pas être déchiffré : il a été modifié ou déplacé depuis un autre enregistrement ou champ.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
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
        <translation>Codes à deux lettres, p. ex. MA, FR</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>Codes de langue, p. ex. ar, fr, it</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>Un nom, ou un code à deux lettres comme MA</translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>18-29 ans</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>30-54 ans</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>55 ans et plus</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Année d'arrivée</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>Seuil d'assiduité (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Idée d'activité</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>A besoin de garde d'enfants</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>Études (niveau CITE)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Conditions d'accès</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Situation d'emploi à l'entrée</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrite le</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation à la sortie</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Taille du foyer</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Situation sur le marché du travail améliorée</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d'accueil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>Niveau de français</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>Origine minoritaire</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Besoin : garde d'enfants</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>Besoin : compétences numériques</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Besoin : santé</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Besoin : logement</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Besoin : revenus</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Besoin : langue</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Besoin : juridique</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Besoin : réseau social</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Besoin : emploi</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>Prochain numéro de dossier</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>Autres formatrices</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Expiration du titre</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d'usage</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orientée par</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Orientée le</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Estime de soi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Connaissance des services</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Aide apportée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatrice</translation>
    </message>
    <message>
        <source>Training followed</source>
        <translation>Formation suivie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>Son suivi a été enregistré le %1 : il ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, après sa fin le %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>Il n'existe aucun projet nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>Il n'existe aucune antenne nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>Il n'existe aucun projet avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>Il n'existe aucune antenne avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>Les données conservées pour les rapports de la personne %1 sont endommagées.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Mémoire insuffisante pour conserver la clé.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Il n'existe aucun compte avec l'id %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>La clé enregistrée de ce compte est endommagée.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Mémoire insuffisante pour dériver la clé du mot de passe.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque cryptographique n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>Mémoire insuffisante pour conserver la clé.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>La clé des notes ne peut pas être ouverte avec ce mot de passe.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>Gestion de dossiers pour les programmes d'intégration.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>Ouvrir la base de données FILE (par défaut : la base de démonstration).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>Utiliser la langue CODE pour cette session (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi : langue inconnue "%1" ; acceptées : %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>Création d'une base de démonstration avec %1 personnes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>La base de démonstration n'a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi : %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>Chercher les sauvegardes dans DIR lorsque la base de données est endommagée.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>La dernière sauvegarde, %1, a été faite le %2. La restaurer ? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>Cours, groupes, orientation et autres activités avec un calendrier.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>Heures</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 parcours</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 parcours</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>Séances de tous les parcours, les plus récentes d'abord.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>L'annuaire partagé des services locaux vers lesquels les personnes sont orientées.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Entreprises engagées dans les placements, la sensibilisation et la gestion de la diversité.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 employeur</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 employeurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Événements de quartier et leur fréquentation, les plus récents d'abord.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Cette antenne</translation>
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
        <translation>aucune antenne</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>Pas encore d'antenne : lancez percorsi-cli init</translation>
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
        <translation>La révision %1 du schéma manque dans cette version.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>La mise à niveau de la base vers le schéma %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque cryptographique n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Mémoire insuffisante pour hacher le mot de passe.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>Il n'existe aucun parcours d'id %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>Une séance a besoin d'une heure de début et d'une fin après celle-ci.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>Indiquez pourquoi la personne se retire.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>Données personnelles détenues sur le dossier %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>Tout ce que Percorsi détient sur cette personne, au %1 (UTC). Fourni en application des articles 15 et 20 du RGPD.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Données personnelles de %1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d'écrire l'export : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>Votre rôle ne permet pas de lire l'historique de cette personne.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>Aucune personne n'a l'id ou le numéro de dossier '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>Le dossier de %1 %2 est déjà clos.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>La date de sortie %1 est dans le futur</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Seul un dossier clos peut être rouvert.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>Modifier le placement</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nouveau placement</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>Nouveau placement : pour qui ?</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>« %1 » n'est pas une étape d'un placement</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>Un placement terminé nécessite son résultat : embauche, achevé ou interrompu</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>Le placement est terminé : il n'y a pas d'étape suivante.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>Le placement est seulement proposé : il n'y a pas d'étape précédente.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>La durée de conservation en mois</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>Le nombre de jours de conservation des sauvegardes</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 doit être compris entre %2 et %3 ; %4 a été indiqué.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1 : il en existe déjà un avec le même %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Il n'existe aucun %1 d'id %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Il n'existe aucun %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1 : il n'existe aucun %2 d'id %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>Impossible de supprimer ce %1 : %2 enregistrements %3 y font référence.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>compter les fiches %1</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>Le type d'une intervention dont vous ne pouvez pas lire la note ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>Parcours et assiduité</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Orientations par résultat</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>Besoins et autonomisation : à l'entrée et dernière évaluation</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicateurs communs du FSE+</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
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
        <translation>55 ans et plus</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>Ressortissante du pays de l'antenne</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>Ressortissante d'un autre pays de l'UE</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Ressortissants de pays tiers</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Heures dispensées</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Heures suivies</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Taux d'assiduité (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Taux d'achèvement (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>Inscriptions achevées</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>Inscriptions à des parcours terminés</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>Femmes en formation à l'entrepreneuriat</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>Placements proposés</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Placements commencés</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauches</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>Embauches après un stage</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Suivis faits</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>Situation sur le marché du travail améliorée</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Événements organisés</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>Participants aux événements</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Chômeurs, y compris les chômeurs de longue durée</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Chômeurs de longue durée</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Personnes inactives</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Personnes occupant un emploi, y compris les indépendants</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Âgés de moins de 18 ans</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>Âgés de 18 à 29 ans</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>Âgés de 55 ans et plus</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Titulaires d'un diplôme de l'enseignement secondaire inférieur ou moins (CITE 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Titulaires d'un diplôme de l'enseignement secondaire supérieur ou post-secondaire (CITE 3-4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Titulaires d'un diplôme de l'enseignement supérieur (CITE 5-8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Nombre total de participants</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participants handicapés</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participants d'origine étrangère</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>Participants issus de minorités</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Sans-abri ou personnes touchées par l'exclusion du logement</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>En recherche d'emploi à la sortie</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Suivant un enseignement ou une formation à la sortie</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Obtenant une qualification à la sortie</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Occupant un emploi, y compris indépendant, à la sortie</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>Occupant un emploi six mois après la sortie</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>Situation sur le marché du travail améliorée six mois après la sortie</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>Besoin : langue</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>Besoin : emploi</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>Besoin : logement</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>Besoin : juridique</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>Besoin : santé</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>Besoin : garde d'enfants</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>Besoin : numérique</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>Besoin : réseau social</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>Besoin : revenus</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Estime de soi</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>Connaissance des services</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 à l'entrée</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1, dernière</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>Bilan d'avancement – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n'a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · bilan d'avancement · du %2 au %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Bilan d'avancement</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Financeur : %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Antenne : %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>toutes les antennes</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>Ne compte que les personnes qui ont consenti au rapport anonyme. Aucun nom ni autre identifiant direct. Les effectifs de 1 à 4 sont affichés « &lt;5 ».</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>Compte toutes les personnes concernées : usage interne uniquement.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Chiffres clés par rapport aux objectifs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>Aucun objectif fixé.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>Personnes touchées au fil du temps, par rapport à l'objectif</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Par tranche d'âge</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Par antenne</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>Taux d'assiduité par type de parcours</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Orientations par résultat</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>Placements : proposés, commencés, embauchées</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauchée</translation>
    </message>
    <message>
        <source> (entry)</source>
        <translation> (entrée)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>Needs and empowerment at entry and latest</source>
        <translation>Besoins et autonomisation à l'entrée et à la dernière évaluation</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicateurs communs du FSE+</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
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
        <translation>Récit</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Synthèse de la période</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 est dans le futur</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code : '%1' n'est pas un code d'antenne de la forme MI-SS (deux ou trois majuscules, éventuellement un tiret et jusqu'à quatre autres)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username : '%1' doit comporter de 2 à 32 minuscules, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d'accueil</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>L'année de naissance %1 est dans le futur</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>L'année de naissance %1 ne correspond pas à la date de naissance %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>L'année d'arrivée %1 est dans le futur</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>L'année d'arrivée %1 précède l'année de naissance %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>La date d'accueil %1 précède la date de naissance %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>%1 enfants ne tiennent pas dans un foyer de %2</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>Un dossier clos a besoin d'une date de sortie</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>Un dossier clos a besoin d'un motif de clôture</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>Seul un dossier clos a une date de sortie et un motif de clôture</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>La date de sortie %1 précède la date d'accueil %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>La date de fin %1 précède la date de début %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>L'expiration %1 précède la date du consentement %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>Le retrait %1 précède la date du consentement %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>La date de séance %1 est hors des dates du parcours (du %2 au %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>La fin %1 précède la date d'inscription %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>Une inscription terminée ou retirée a besoin d'une date de fin</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>La personne n'est pas inscrite au parcours de cette séance</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 heures, c'est plus long que la séance (%2 minutes)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>Seule une personne présente a des heures de présence</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d'orientation</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>La date de clôture %1 précède l'orientation %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>Un placement commencé a besoin d'une date de début</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>Un placement terminé a besoin d'une date de fin</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>Un placement autre que le travail indépendant a besoin d'un employeur</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>Seul un placement terminé a un résultat</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>La fréquentation par âge (%1) diffère de la fréquentation par genre (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l'évaluation</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>Date de l'intervention</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>Un placement interrompu nécessite une note expliquant pourquoi</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>Un suivi après un placement nécessite le placement</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>Un suivi après la sortie du programme n'a pas de placement</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>Le placement concerne une autre personne</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>La date de suivi %1 est antérieure à la fin du placement (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>Un suivi fait nécessite la situation constatée</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>Une situation nécessite la date du suivi</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>Début de l'activité</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>Une activité créée nécessite sa date de début</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>L'événement du %1 n'a pas encore eu lieu : les participants sont nommés après</translation>
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
        <translation>E</translation>
    </message>
    <message>
        <source>The path's register cannot be read.</source>
        <translation>Le registre du parcours ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>Financé par %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>Registre de présence — feuille d'émargement</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Parcours :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Horaire :</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 heures)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Formatrice :</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Enrolled: %1    Present: ______</source>
        <translation>Inscrites : %1    Présentes : ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>Signature de la formatrice : ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>Registre de présence — récapitulatif</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>du %1 au %2, %3 heures prévues</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances :</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>%1 à %2 sur %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 personnes, %2 séances, %3 heures de présence au total.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>P présente, A absente, E excusée.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Nous attestons que</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>a suivi le parcours « %1 » (%2), du %3 au %4, pendant %5 heures sur %6 prévues (%7 des séances).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>Le parcours fait partie du projet %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>Qualification obtenue : %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, le %2</translation>
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
        <translation>Le disque est plein : la modification n'a pas été enregistrée. Libérez de l'espace et réessayez (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>Le disque n'a pas pu être écrit ou lu : la modification n'a pas été enregistrée. Vérifiez le lecteur et réessayez (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>La base de données est endommagée : rien n'a été modifié. Restaurez la dernière sauvegarde (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>Il n'existe aucun utilisateur '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>régler le délai d'inactivité</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>Le délai d'inactivité doit être de 1 à 240 minutes.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Connectez-vous d'abord pour changer votre mot de passe.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est identique à l'actuel.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>Le compte %1 appartient à une autre antenne et ne peut pas se connecter ici ; créez plutôt pour elle un compte de cette antenne.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>Cette session ne détient pas la clé des notes : un nouveau mot de passe ferait perdre au compte l'accès aux notes ; un administrateur qui détient la clé doit le définir.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>contient un caractère de contrôle (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' n'est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 est hors de l'intervalle %2 à %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' n'est ni oui ni non</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' n'est pas une date valide (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' n'est pas une heure valide (utilisez HH:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' n'est pas une valeur connue (attendu l'une de : %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' n'est pas un code pays ISO 3166 (comme FR, MA ou UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' n'est pas un code de langue ISO 639 (comme fr, ar ou ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' n'est pas un numéro de téléphone (6 à 15 chiffres, éventuellement précédés de +)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' n'est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Changer de r&amp;ôle…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;Désactiver ou activer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>&amp;Verrouiller la fenêtre après ce délai d'inactivité :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rôle de %1 :</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>Se connecte ici</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>non : un compte d'une autre antenne, sans mot de passe ici</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>Imprimer la &amp;feuille d'émargement…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Enregistrer le registre</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>Imprimer la feuille d'émargement de la séance en cours</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>État du registre</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Parcours :</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>Le registre d'un parcours : une ligne par personne, une colonne par séance.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>P présente, A absente, E excusée, Espace alterne, M marque toute la séance présente, Entrée modifie les heures, Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>Le journal d'audit est intact : aucune entrée n'a été modifiée ni supprimée.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>Sauvegardes du dossier, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>Jours de conservation des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>&amp;Conserver les sauvegardes pendant</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Restaurer à partir de…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>La sauvegarde a été écrite et vérifiée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d'une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>Sauvegardes (*.backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>Remplacer tout le contenu de cette base de données par la sauvegarde %1 ? Les modifications faites depuis cette sauvegarde seront perdues. La sauvegarde est d'abord vérifiée ; si elle est endommagée, rien ne change.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>La base de données a été restaurée.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>Envoyer un paquet</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>Antenne destinataire du paquet</translation>
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
        <translation>Format du paquet</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l'export</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>À nou&amp;veau :</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Tout (un paquet complet)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2) : modifications depuis le dernier paquet</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent : tapez deux fois la même.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Paquets Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquets envoyés et reçus</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>tout le monde (paquet complet)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
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
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
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
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Aper&amp;çu</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>Ou déposez un fichier .percorsi sur la fenêtre.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Phrase secrète du paquet</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>Phrase secrète pour &amp;déverrouiller :</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l'import</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>Appliquer le paquet</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l'import</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveaux :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour :</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés :</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Supprimés :</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>Ignorés (supprimés ici) :</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Ouvrir le paquet</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>Paquets Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 est chiffré : tapez sa phrase secrète, puis Aperçu.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Fusion du paquet…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>Ce paquet ne peut pas être fusionné : %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 de %2, %3 lignes. Rien n'a encore changé : Appliquer le fusionne.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>Le paquet n'a pas été fusionné : %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>%1 de %2 fusionné.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situation à la sortie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motif *</translation>
    </message>
    <message>
        <source>E&amp;xit date *</source>
        <translation>Date de &amp;sortie *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;Situation à la sortie</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>Garder &amp;celle-ci</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>Garder c&amp;elle-là</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur gardée</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>Confirmer la valeur gardée</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Garder la valeur gardée</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>Réécrire la valeur perdue ; la modification atteint chaque antenne</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>Garder la valeur perdue</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>Message sur les conflits</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n conflit ouvert.</numerusform>
            <numerusform>%n conflits ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>antenne inconnue</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nouveau consentement…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>Personnes touchées, activités et résultats d'un projet par rapport à ses objectifs, pour une période et une antenne.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>A&amp;ntenne :</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>Projets et ob&amp;jectifs…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>&amp;Bilan d'avancement…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 personnes touchées · %2 heures dispensées, %3 suivies · assiduité %4% · achèvement %5% · %6 placements commencés, %7 embauches · %8 suivis à faire</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Bilan d'avancement</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>Exporter le bilan d'avancement</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>bilan-avancement.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Feuilles de calcul (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>percorsi::DeskBox</name>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>Toutes les antennes</translation>
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
        <translation>Antennes connues</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>Deux antennes qui ont le même contenu affichent la même empreinte.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculée</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>&amp;Calculer l'empreinte</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>Calculer l'empreinte du contenu</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>Impossible de calculer l'empreinte : %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>Enregistrer les modifications de sa fiche (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Elle est peut-être déjà enregistrée : %n doublon possible.</numerusform>
            <numerusform>Elle est peut-être déjà enregistrée : %n doublons possibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>même année de naissance</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, née en %1</translation>
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
        <translation>Ajouter une &amp;entrée…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>Nouveau &amp;placement ici…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>Historique des contacts</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>Personnes placées ici</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Modifier le contact</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Nouvel employeur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>Rechercher par nom, secteur, contact ou adresse</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Rechercher des employeurs</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Nombre d'employeurs</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>Entreprises engagées dans les placements, la sensibilisation et la gestion de la diversité.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>1 employeur</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 employeurs</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nouvel employeur</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Modifier l'employeur</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>Terminer le placement</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>Pourquoi, ou la suite</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>Date de &amp;fin *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Résultat *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;Pourquoi, ou la suite</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>Inscrire des personnes</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>Nom ou numéro de dossier ; Bas vers la liste, Espace coche</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n personne choisie.</numerusform>
            <numerusform>%n personnes choisies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>%n personne choisie ; %1 place(s) libre(s).</numerusform>
            <numerusform>%n personnes choisies ; %1 place(s) libre(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>%n personne choisie ; %1 place(s) libre(s) : %2 vont en liste d'attente.</numerusform>
            <numerusform>%n personnes choisies ; %1 place(s) libre(s) : %2 vont en liste d'attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Effacer %1 (%2) et toutes ses données ?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ses coordonnées, évaluations, plan, parcours et présences, accompagnement, orientations, placements, suivis et consentements sont supprimés définitivement de cet ordinateur et de chaque antenne qui recevra le prochain paquet. Cette opération est irréversible. Exportez d'abord ses données si elle en a demandé une copie.&lt;/p&gt;&lt;p&gt;Saisissez le numéro de dossier &lt;b&gt;%1&lt;/b&gt; pour confirmer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>Numéro de dossier pour confirmer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l'événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Fréquentation</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Par tranche d'âge</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>Personnes venues, nommément (facultatif)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Participants nommés</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Nombre d'événements</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>Événements de quartier et leur fréquentation, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;Enregistrer la situation…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À faire avant le</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>Parce qu'elle</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>Nombre de suivis à faire</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>À faire a&amp;vant le</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Impossible de lire les suivis : %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 suivi à faire</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 suivis à faire</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), échéance le %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nouveau suivi…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>Un suivi est dû six mois après sa sortie du programme ou la fin d'un placement ; ouvrez-le (Entrée) pour enregistrer alors sa situation.</translation>
    </message>
</context>
<context>
    <name>percorsi::HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Objectif du plan</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>Inscription à un parcours</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>Premier contact et accueil</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base légale</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>percorsi::ListSheets</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi est verrouillé. %1, saisissez votre mot de passe pour continuer.</translation>
    </message>
</context>
<context>
    <name>percorsi::LoginDialog</name>
    <message>
        <source>Percorsi — first administrator</source>
        <translation>Percorsi — premier administrateur</translation>
    </message>
    <message>
        <source>Percorsi — sign in</source>
        <translation>Percorsi — connexion</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>Cette base de données n'a encore aucun compte. Choisissez le nom et le mot de passe de son administrateur, qui créera les autres comptes.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répétez le mot de passe :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Antenne : %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>Les pages de Percorsi ; Ctrl+1 … Ctrl+0 les ouvrent directement.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Premier mot de passe :</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Formatrice :</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>&amp;Autres formatrices :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>&amp;Heures prévues :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>Assiduité pour l'a&amp;ttestation :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>Motif ou qualification</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>Personnes du parcours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>Séances du parcours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>Personnes et séances — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Marquer &amp;terminé…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>&amp;Modifier ou déplacer…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;Annuler ou rétablir</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>Qualification obtenue (peut rester vide) :</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
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
        <translation>Séances du jour</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrite</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>Form&amp;atrice :</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>Séances du &amp;jour :</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>Cours, groupes et ateliers avec leur calendrier, leurs personnes et leurs présences.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;Nouveau parcours…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Planifier les séances…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>Planifier les séances</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>Insc&amp;rire…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>Inscrire des personnes</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>Personnes et séa&amp;nces…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>Personnes et séances du parcours</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>Ouvrir le registre de présence</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>Registre ré&amp;capitulatif…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>Imprimer le registre récapitulatif</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>A&amp;ttestations…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>Imprimer les attestations de présence</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Toutes les formatrices</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Aucune séance aujourd'hui.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>Séances non créées</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Pas inscrite</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>Personne n'atteint le seuil d'assiduité de %1 %.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;Inscrire à un parcours…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Toute antenne</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>Tout parcours</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Toute conseillère</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>&amp;Besoins ouverts</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>Le dernier diagnostic donne à un besoin le niveau 2 ou plus</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>Titre de séjour expirant sous 60 jours, suivi à faire ou trois absences de suite</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>Le fichier dépasse 64 Mio : découpez-le d'abord.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Ligne %1 : %2. Rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importer des personnes depuis un tableur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisir le tableur</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>Enregistrez-le d'abord en CSV. Virgules ou points-virgules, encodage UTF-8 ou Windows, dates au format jj/mm/aaaa ou aaaa-mm-jj : tout est compris.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier du tableur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Quelle colonne est laquelle</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>Les colonnes ont été associées par leurs en-têtes. Corrigez ce qui est faux ; les colonnes écartées ne sont pas importées.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Person field</source>
        <translation>Champ de la personne</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Association des colonnes</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>Rien n'a encore été écrit. Chaque ligne doit être valide : une ligne refusée refuse tout l'import.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l'import</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>Tableur des personnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(écarter)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>peut-être %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée : corrigez le tableur ou l'association.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées : corrigez le tableur ou l'association.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>%n personne prête à importer.</numerusform>
            <numerusform>%n personnes prêtes à importer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>Rechercher par nom ou numéro de dossier (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Enregistrer une nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>Toutes les personnes accompagnées par le programme, de toutes les antennes.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>Impossible de lire les personnes : %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>%1 premiers résultats</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>Enregistrer les personnes de la liste, filtrées et triées, au format XLSX ou CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>Importer des personnes depuis un tableur déjà tenu par l'antenne</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l'export</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>Il n'y a personne à exporter dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>%n personne écrite dans %1.</numerusform>
            <numerusform>%n personnes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>Nom ou numéro de dossier ; Bas pour aller à la liste, Entrée pour choisir</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
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
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>Du %1 au %2, %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+Droite fait passer le placement sélectionné à l'étape suivante, Ctrl+Gauche le fait revenir ; ou faites-le glisser vers une autre colonne. Entrée l'ouvre.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (dernier %2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>Le placement est terminé : il n'y a pas d'étape suivante.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>Le placement est seulement proposé : il n'y a pas d'étape précédente.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nouveau placement…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Suivis à faire</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>Stages, aides à l'embauche et emplois par étape, et les suivis à faire six mois après.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Suivis à faire (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nouveau placement…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nouvel objectif…</translation>
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
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (« %1 »)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>clos le %1 : %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>aucune conseillère attribuée</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>conseillère %1</translation>
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
        <translation>Consentement : %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>Impossible de lire les alertes : %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>Le titre de séjour expire le %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 absences de suite</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>P&amp;arcours</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>Acc&amp;ompagnement</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>O&amp;rientations</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>Place&amp;ments</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsentements</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Clore le dossier…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Ro&amp;uvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Fermer la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>E&amp;ntreprise</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>Document lisible (*.pdf);;Données pour un autre système (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>Projets et objectifs</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>Objectifs du projet</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Modifier le projet…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>Nouvel &amp;objectif…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>Mod&amp;ifier l'objectif…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projets :</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>Ob&amp;jectifs du projet choisi :</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Modifier l'objectif</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordForm</name>
    <message>
        <source>%1: problem</source>
        <translation>%1 : problème</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordListPage</name>
    <message>
        <source>Number of records</source>
        <translation>Nombre d'enregistrements</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Impossible de lire les enregistrements : %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>Planifier les séances</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>Une date par ligne, p. ex. 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Jours de la semaine :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Jours fériés :</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>Créer les séances</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>L'heure de fin doit suivre le début.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>Aucune séance : choisissez des jours de la semaine dans les dates du parcours.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n séance, du %1 au %2, %3 heures au total.</numerusform>
            <numerusform>%n séances, du %1 au %2, %3 heures au total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle orientation…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>Choisissez un service de l'annuaire ; ouvrez une orientation pour changer son statut.</translation>
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
        <translation>E</translation>
    </message>
    <message numerus="yes">
        <source>%n absences in a row</source>
        <translation>
            <numerusform>%n absence de suite</numerusform>
            <numerusform>%n absences de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>Registre de présence</translation>
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
        <translation>Bilan d'avancement</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaires</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Bilan d'avancement</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1, du %2 au %3. Ne compte que les personnes ayant consenti aux statistiques anonymes ; les effectifs de 1 à 4 s'affichent « &lt;5 ».</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;Synthèse de la période :</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Réalisations :</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>&amp;Difficultés :</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Prochaines &amp;étapes :</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>bilan-avancement.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservation des dossiers clos</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> mois après la sortie</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Dossiers clos au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>&amp;Conserver les dossiers clos pendant</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>Besoins : 0 aucun, 1 faible, 2 moyen, 3 élevé. Échelles : de 1 (faible) à 5 (élevé).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Évolution dans le temps</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>Besoin : </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>Besoin moyen (0-3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Ajouter un service…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>Rechercher par nom, adresse, langue ou conditions d'accès</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Nombre de services</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>L'annuaire partagé des services locaux vers lesquels les personnes sont orientées.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>Cette installation et la langue dans laquelle elle vous parle.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Cette antenne</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>Votre choix est enregistré et s'applique tout de suite, sens de lecture compris.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>Texte blanc sur noir, avec la sélection et le focus clavier en jaune</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>S'applique tout de suite et est enregistré. Pour un texte et des contrôles plus grands, lancez Percorsi avec QT_SCALE_FACTOR=1.5 (ou la mise à l'échelle du bureau).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>Sa situation s'est &amp;améliorée depuis sa sortie</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>Enregistrer la situation</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>&amp;Situation *</source>
        <translation>&amp;Situation *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>percorsi::SpreadsheetsTab</name>
    <message>
        <source>Export a list</source>
        <translation>Exporter une liste</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>Registre de présence d'un parcours</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Liste à exporter</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>Parcours du registre</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV pour le tableur de cet ordinateur</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Format du tableur</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>Résultat de l'export de la liste</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>Par&amp;cours :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>Reprenez les personnes qu'une antenne tient déjà dans un tableur enregistré en CSV. Vous choisissez quelle colonne est laquelle, voyez chaque ligne vérifiée, et rien n'est écrit avant votre confirmation.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;Importer des personnes depuis un tableur…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Importer des personnes depuis un tableur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>Il n'y a aucun parcours dont exporter le registre.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;Nouvelle intervention…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>Les notes sont des données sensibles (santé, juridique, psychologique) : elles ne figurent pas dans la liste ; ouvrez une intervention pour lire sa note.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>Sections de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paquets</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Tableurs</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Antennes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>Les antennes échangent leurs données par paquets, sur clé USB ou par e-mail ; aucun serveur n'est nécessaire.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>Paquets envoyés et &amp;reçus</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>&amp;Nouvelle idée d'entreprise…</translation>
    </message>
</context>
</TS>

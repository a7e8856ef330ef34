<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first: %1 needs an account.</source>
        <translation>سجّلي الدخول أولًا: %1 يتطلب حسابًا.</translation>
    </message>
    <message>
        <source>The role %1 of %2 does not allow %3.</source>
        <translation>الدور %1 للمستخدم %2 لا يسمح بـ%3.</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>قراءة سجلات %1</translation>
    </message>
    <message>
        <source>reading this %1 record: it belongs to a person outside your desk or paths</source>
        <translation>قراءة سجل %1 هذا: يخص شخصًا من خارج مكتبك أو مساراتك</translation>
    </message>
    <message>
        <source>%1 of a %2 record</source>
        <translation>%1 لسجل %2</translation>
    </message>
    <message>
        <source>%1: the session is not of one of your paths</source>
        <translation>%1: الجلسة ليست من مساراتك</translation>
    </message>
    <message>
        <source>%1: the person belongs to another desk</source>
        <translation>%1: الشخص تابع لمكتب آخر</translation>
    </message>
    <message>
        <source>%1: the person is outside your desk or paths</source>
        <translation>%1: الشخص من خارج مكتبك أو مساراتك</translation>
    </message>
    <message>
        <source>finding people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
</context>
<context>
    <name>AttendanceDocuments</name>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>لا أحد يبلغ عتبة الحضور البالغة %1%.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>لا يوجد ما يُطبع.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>ورقة التوقيع — %1</translation>
    </message>
    <message>
        <source>Attendance register — %1</source>
        <translation>سجل الحضور — %1</translation>
    </message>
    <message>
        <source>Certificates of attendance — %1</source>
        <translation>شهادات الحضور — %1</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>لا يوجد مسار بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it: an entry was removed or inserted.</source>
        <translation>قيد التدقيق %1 لا يلي القيد الذي قبله: أُزيل قيد أو أُدرج.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>عُدّل قيد التدقيق %1.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but it ended at %2: entries were removed.</source>
        <translation>سجل التدقيق ينتهي عند القيد %1، لكنه كان ينتهي عند %2: أُزيلت قيود.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-ins; try again after %3.</source>
        <translation>الحساب %1 مقفل بعد %2 محاولات دخول فاشلة؛ حاولي مرة أخرى بعد %3.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator creates new ones.</source>
        <translation>قاعدة البيانات هذه فيها حسابات من قبل؛ المسؤول هو من ينشئ الحسابات الجديدة.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>أُلغي النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 تالف: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>تعذّر استبدال %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi backup: its first bytes are not those of an SQLite database.</source>
        <translation>%1 ليس نسخة احتياطية من Percorsi: بايتاته الأولى ليست بايتات قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database.</source>
        <translation>%1 ليس قاعدة بيانات Percorsi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2).</source>
        <translation>%1 كُتب بإصدار أحدث من Percorsi (المخطط %2).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>لا يمكن استعادة قاعدة بيانات من نفسها.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>قاعدة البيانات مشغولة؛ حاولي مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 could not be restored; the database was left as it was: %2</source>
        <translation>تعذّرت استعادة %1؛ بقيت قاعدة البيانات كما كانت: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>تعذّرت الكتابة على القرص</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The database itself is unchanged; free some space or choose another folder, then try again.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2. قاعدة البيانات نفسها لم تتغيّر؛ حرّري بعض المساحة أو اختاري مجلدًا آخر، ثم حاولي مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot move the damaged database %1 aside.</source>
        <translation>تعذّر نقل قاعدة البيانات التالفة %1 جانبًا.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>تعذّر نقل %1 جانبًا.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2; the damaged file is back in its place.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية %1 إلى %2؛ أُعيد الملف التالف إلى مكانه.</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>سلامة SQLite: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be checked (%2).</source>
        <translation>قاعدة البيانات %1 تالفة ولا يمكن فحصها (%2).</translation>
    </message>
    <message>
        <source>Record %1 of %2 refers to a missing %3.</source>
        <translation>السجل %1 من %2 يشير إلى %3 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>تعذّر فحص %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s)</source>
        <translation>%1: %2 سجل</translation>
    </message>
    <message>
        <source>%1 with a malformed uuid</source>
        <translation>%1 بمعرّف uuid غير سليم</translation>
    </message>
    <message>
        <source>%1 alive under a tombstone</source>
        <translation>%1 حيّ تحت علامة حذف</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 فارغ</translation>
    </message>
    <message>
        <source>%1 with an unknown code</source>
        <translation>%1 برمز غير معروف</translation>
    </message>
    <message>
        <source>%1 not a valid date</source>
        <translation>%1 ليس تاريخًا صالحًا</translation>
    </message>
    <message>
        <source>the local desk is missing</source>
        <translation>المكتب المحلي مفقود</translation>
    </message>
    <message>
        <source>closed cases without an exit date</source>
        <translation>ملفات مغلقة بلا تاريخ خروج</translation>
    </message>
    <message>
        <source>people who left before their intake</source>
        <translation>أشخاص غادروا قبل استقبالهم</translation>
    </message>
    <message>
        <source>%1 ending before it starts</source>
        <translation>%1 ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>sessions outside their path's dates</source>
        <translation>جلسات خارج تواريخ مسارها</translation>
    </message>
    <message>
        <source>attendance of people not enrolled in the path</source>
        <translation>حضور أشخاص غير مسجّلين في المسار</translation>
    </message>
    <message>
        <source>people missing from the search index or indexed under another name</source>
        <translation>أشخاص غائبون عن فهرس البحث أو مفهرسون باسم آخر</translation>
    </message>
    <message>
        <source>search index entries of no person</source>
        <translation>مدخلات في فهرس البحث بلا شخص</translation>
    </message>
    <message>
        <source>people whose facts for the reports are missing or out of date</source>
        <translation>أشخاص بياناتهم الخاصة بالتقارير مفقودة أو غير محدثة</translation>
    </message>
    <message>
        <source>facts for the reports of no person</source>
        <translation>بيانات خاصة بالتقارير بلا شخص</translation>
    </message>
    <message>
        <source>paths whose attendance tally is missing or out of date</source>
        <translation>مسارات إحصاء حضورها مفقود أو غير محدث</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk</source>
        <translation>init    --db FILE --desk-name NAME [--city CITY]   ينشئ قاعدة بيانات ومكتبها</translation>
    </message>
    <message>
        <source>demo    --db FILE [--people N] [--seed S]          fill a new database with demo data</source>
        <translation>demo    --db FILE [--people N] [--seed S]          يملأ قاعدة بيانات جديدة ببيانات تجريبية</translation>
    </message>
    <message>
        <source>stats   --db FILE                                  count the records of each entity</source>
        <translation>stats   --db FILE                                  يعدّ سجلات كل كيان</translation>
    </message>
    <message>
        <source>search  --db FILE TEXT                             find people by name or case number</source>
        <translation>search  --db FILE TEXT                             يبحث عن الأشخاص بالاسم أو رقم الملف</translation>
    </message>
    <message>
        <source>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change or export one person</source>
        <translation>person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   يعرض شخصًا واحدًا أو يغيّره أو يصدّره</translation>
    </message>
    <message>
        <source>check   --db FILE                                  check integrity and invariants</source>
        <translation>check   --db FILE                                  يتحقق من السلامة والثوابت</translation>
    </message>
    <message>
        <source>digest  --db FILE                                  hash of all user-visible content</source>
        <translation>digest  --db FILE                                  بصمة كل المحتوى الظاهر للمستخدم</translation>
    </message>
    <message>
        <source>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</source>
        <translation>export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]</translation>
    </message>
    <message>
        <source>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle</source>
        <translation>import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   يدمج حزمة</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts</source>
        <translation>conflicts --db FILE [--all] [--keep ID|--reverse ID]   يعرض التعارضات أو يحلّها</translation>
    </message>
    <message>
        <source>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   progress summary for funders</source>
        <translation>report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]
          --format json|csv|xlsx|pdf --out FILE   ملخص التقدم للجهات المموّلة</translation>
    </message>
    <message>
        <source>erase   --db FILE ID                               erase a person and all her records</source>
        <translation>erase   --db FILE ID                               يمحو شخصًا وكل سجلاتها</translation>
    </message>
    <message>
        <source>retention --db FILE [--months N]             closed cases past the retention period</source>
        <translation>retention --db FILE [--months N]             الملفات المغلقة التي تجاوزت مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>backup  --db FILE --out FILE                       back up the database and check the copy</source>
        <translation>backup  --db FILE --out FILE                       ينسخ قاعدة البيانات احتياطيًا ويتحقق من النسخة</translation>
    </message>
    <message>
        <source>restore --db FILE --from FILE                     restore the database from a checked backup</source>
        <translation>restore --db FILE --from FILE                     يستعيد قاعدة البيانات من نسخة احتياطية تم التحقق منها</translation>
    </message>
    <message>
        <source>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</source>
        <translation>audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</source>
        <translation>الاستخدام: percorsi-cli [--lang CODE] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Commands that open a database sign in with --user NAME and --password-file FILE,
or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.</source>
        <translation>الأوامر التي تفتح قاعدة بيانات تسجّل الدخول بـ --user NAME و--password-file FILE،
أو بـ PERCORSI_USER وPERCORSI_PASSWORD؛ ينشئ init هذا المستخدم بصفته مسؤولة النظام.</translation>
    </message>
    <message>
        <source>--lang CODE chooses the language of the messages (%1); without it, the
system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.
Listings, JSON, option and command names stay as they are in every language.</source>
        <translation>يختار --lang CODE لغة الرسائل (%1)؛ ومن دونه تُستخدم لغة النظام
(LC_ALL وLC_MESSAGES وLANG) إن كان Percorsi يتحدثها، وإلا فالإنجليزية.
تبقى القوائم وJSON وأسماء الخيارات والأوامر كما هي في كل اللغات.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),
a wrong password or a locked account, or a role that does not allow it,
3 I/O or database error (a missing, damaged or newer-version file).</source>
        <translation>رموز الخروج: 0 نجاح، 1 خطأ في الاستخدام، 2 إدخال أو بيانات غير صالحة (لا يُكتب شيء)،
أو كلمة مرور خاطئة أو حساب مقفل، أو دور لا يسمح بذلك،
3 خطأ في الإدخال/الإخراج أو في قاعدة البيانات (ملف مفقود أو تالف أو من إصدار أحدث).</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>أمر غير معروف '%1'</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>وسيط مفقود</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>وسيط غير متوقع '%1'</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not '%4'</source>
        <translation>يأخذ --%1 عددًا صحيحًا من %2 إلى %3، وليس '%4'</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The user name (default: $PERCORSI_USER).</source>
        <translation>اسم المستخدم (الافتراضي: $PERCORSI_USER).</translation>
    </message>
    <message>
        <source>A file whose first line is the password (default: $PERCORSI_PASSWORD).</source>
        <translation>ملف سطره الأول هو كلمة المرور (الافتراضي: $PERCORSI_PASSWORD).</translation>
    </message>
    <message>
        <source>--user NAME (or PERCORSI_USER) is required</source>
        <translation>--user NAME (أو PERCORSI_USER) مطلوب</translation>
    </message>
    <message>
        <source>--password-file FILE (or PERCORSI_PASSWORD) is required</source>
        <translation>--password-file FILE (أو PERCORSI_PASSWORD) مطلوب</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>تعذّرت قراءة ملف كلمة المرور %1: %2</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE مطلوب</translation>
    </message>
    <message>
        <source>%1 (see percorsi-cli %2 --help)</source>
        <translation>%1 (انظر percorsi-cli %2 --help)</translation>
    </message>
    <message>
        <source>The desk's name.</source>
        <translation>اسم المكتب.</translation>
    </message>
    <message>
        <source>The desk's city.</source>
        <translation>مدينة المكتب.</translation>
    </message>
    <message>
        <source>Case-number prefix, such as MI-SS (derived from city and name if omitted).</source>
        <translation>بادئة أرقام الملفات، مثل MI-SS (تُشتق من المدينة والاسم إن لم تُذكر).</translation>
    </message>
    <message>
        <source>The desk's neighbourhood.</source>
        <translation>حي المكتب.</translation>
    </message>
    <message>
        <source>ISO country code, such as IT.</source>
        <translation>رمز البلد وفق ISO، مثل IT.</translation>
    </message>
    <message>
        <source>The administrator's full name (default: the user name).</source>
        <translation>الاسم الكامل لمسؤولة النظام (الافتراضي: اسم المستخدم).</translation>
    </message>
    <message>
        <source>--desk-name NAME is required</source>
        <translation>--desk-name NAME مطلوب</translation>
    </message>
    <message>
        <source>Created desk %1 (%2) in %3 with the administrator %4</source>
        <translation>أُنشئ المكتب %1 (%2) في %3 مع مسؤولة النظام %4</translation>
    </message>
    <message>
        <source>How many people (default 2000).</source>
        <translation>عدد الأشخاص (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>البذرة العشوائية (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Generated %1 people and %2 records in %3 s</source>
        <translation>أُنشئ %1 شخصًا و%2 سجلًا في %3 ث</translation>
    </message>
    <message>
        <source>Name, part of a name, or case number.</source>
        <translation>اسم أو جزء من اسم أو رقم ملف.</translation>
    </message>
    <message>
        <source>At most this many people (default 50).</source>
        <translation>هذا العدد من الأشخاص على الأكثر (الافتراضي 50).</translation>
    </message>
    <message>
        <source>the database %1 is damaged; restore it from a backup</source>
        <translation>قاعدة البيانات %1 تالفة؛ استعِدها من نسخة احتياطية</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) do not hold</source>
        <translation>
            <numerusform>لا يتحقق أي ثابت (%n)</numerusform>
            <numerusform>لا يتحقق ثابت واحد (%n)</numerusform>
            <numerusform>لا يتحقق ثابتان (%n)</numerusform>
            <numerusform>لا تتحقق %n ثوابت</numerusform>
            <numerusform>لا يتحقق %n ثابتًا</numerusform>
            <numerusform>لا يتحقق %n ثابت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no %2 '%3'</source>
        <translation>%1: لا يوجد %2 '%3'</translation>
    </message>
    <message>
        <source>give at least one FIELD=VALUE</source>
        <translation>أعطِ FIELD=VALUE واحدًا على الأقل</translation>
    </message>
    <message>
        <source>'%1' is not of the form FIELD=VALUE</source>
        <translation>'%1' ليس على الشكل FIELD=VALUE</translation>
    </message>
    <message>
        <source>a person has no field '%1'</source>
        <translation>لا يوجد لدى الشخص حقل '%1'</translation>
    </message>
    <message>
        <source>%1 is set by Percorsi and cannot be changed</source>
        <translation>يضبط Percorsi %1 ولا يمكن تغييره</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>حُدِّث %1</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>ما يجب فعله.</translation>
    </message>
    <message>
        <source>With export: the JSON file to write.</source>
        <translation>مع export: ملف JSON المراد كتابته.</translation>
    </message>
    <message>
        <source>The person's uuid or case number.</source>
        <translation>المعرّف uuid للشخص أو رقم ملفه.</translation>
    </message>
    <message>
        <source>With set: the fields to change.</source>
        <translation>مع set: الحقول المراد تغييرها.</translation>
    </message>
    <message>
        <source>unknown action '%1' (show, set or export)</source>
        <translation>إجراء غير معروف '%1' (show أو set أو export)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE مطلوب</translation>
    </message>
    <message>
        <source>Exported the data of %1 to %2</source>
        <translation>صُدِّرت بيانات %1 إلى %2</translation>
    </message>
    <message>
        <source>Erased %1: her records are gone and only a tombstone remains to tell other desks.</source>
        <translation>مُحي %1: اختفت سجلاتها ولم تبقَ إلا علامة حذف لإبلاغ المكاتب الأخرى.</translation>
    </message>
    <message>
        <source>Set the retention period in months after exit.</source>
        <translation>يضبط مدة الاحتفاظ بالأشهر بعد الخروج.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1 months after exit; %n closed case(s) past it</source>
        <translation>
            <numerusform>الاحتفاظ: %1 شهرًا بعد الخروج؛ لا ملفات مغلقة تجاوزته (%n)</numerusform>
            <numerusform>الاحتفاظ: %1 شهرًا بعد الخروج؛ ملف مغلق واحد تجاوزه (%n)</numerusform>
            <numerusform>الاحتفاظ: %1 شهرًا بعد الخروج؛ ملفان مغلقان تجاوزاه (%n)</numerusform>
            <numerusform>الاحتفاظ: %1 شهرًا بعد الخروج؛ %n ملفات مغلقة تجاوزته</numerusform>
            <numerusform>الاحتفاظ: %1 شهرًا بعد الخروج؛ %n ملفًا مغلقًا تجاوزه</numerusform>
            <numerusform>الاحتفاظ: %1 شهرًا بعد الخروج؛ %n ملف مغلق تجاوزه</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>ملف النسخة الاحتياطية المراد كتابته.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked)</source>
        <translation>نُسخت %1 احتياطيًا إلى %2 (تم التحقق)</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته.</translation>
    </message>
    <message>
        <source>--from FILE is required</source>
        <translation>--from FILE مطلوب</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>استُعيد %1 من %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase</source>
        <translation>لا يحتوي %1 على عبارة مرور</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), %6 conflicts</source>
        <translation>%1 جديدة، %2 محدّثة، %3 دون تغيير، %4 محذوفة، %5 متجاوزة (محذوفة هنا)، %6 تعارضات</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>ملف الحزمة المراد كتابته.</translation>
    </message>
    <message>
        <source>json (JSON Lines, the default) or csv.</source>
        <translation>json (JSON Lines، الافتراضي) أو csv.</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent to this desk (code or uuid).</source>
        <translation>ما تغيّر فقط منذ آخر حزمة أُرسلت إلى هذا المكتب (الرمز أو uuid).</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file.</source>
        <translation>التشفير بعبارة المرور الموجودة في هذا الملف.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required</source>
        <translation>--out BUNDLE مطلوب</translation>
    </message>
    <message>
        <source>--format takes json or csv, not '%1'</source>
        <translation>يأخذ --format القيمة json أو csv، وليس '%1'</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2 (bundle %3)</source>
        <translation>كُتب %1 سجلًا في %2 (الحزمة %3)</translation>
    </message>
    <message>
        <source>The bundle to merge.</source>
        <translation>الحزمة المراد دمجها.</translation>
    </message>
    <message>
        <source>Report what would change, and change nothing.</source>
        <translation>يُبلغ بما سيتغير دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted bundle.</source>
        <translation>عبارة مرور حزمة مشفّرة.</translation>
    </message>
    <message>
        <source>Would merge %1 rows from %2: %3</source>
        <translation>سيُدمج %1 صفًا من %2: %3</translation>
    </message>
    <message>
        <source>Merged %1 rows from %2: %3</source>
        <translation>دُمج %1 صفًا من %2: %3</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation>والتعارضات التي حُلّت أيضًا.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by keeping the value that won.</source>
        <translation>يحلّ التعارض ID بالإبقاء على القيمة الفائزة.</translation>
    </message>
    <message>
        <source>Resolve conflict ID by writing the lost value back.</source>
        <translation>يحلّ التعارض ID بإعادة كتابة القيمة الخاسرة.</translation>
    </message>
    <message>
        <source>give --keep or --reverse, not both</source>
        <translation>أعطِ --keep أو --reverse، لا كليهما</translation>
    </message>
    <message>
        <source>Resolved conflict %1</source>
        <translation>حُلّ التعارض %1</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-06-30, not "%2"</source>
        <translation>يجب أن يكون --%1 تاريخًا مثل 2026-06-30، وليس "%2"</translation>
    </message>
    <message>
        <source>Project name (default: every person).</source>
        <translation>اسم المشروع (الافتراضي: كل الأشخاص).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>اليوم الأول من الفترة (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>اليوم الأخير من الفترة (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Desk name (default: all desks).</source>
        <translation>اسم المكتب (الافتراضي: كل المكاتب).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json أو csv أو xlsx أو pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>--format must be one of json, csv, xlsx, pdf</source>
        <translation>يجب أن يكون --format واحدًا من json وcsv وxlsx وpdf</translation>
    </message>
    <message>
        <source>Wrote the report on %1 people to %2 (indicators computed in %3 ms)</source>
        <translation>كُتب التقرير عن %1 شخصًا في %2 (حُسبت المؤشرات في %3 م.ث)</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-06-15, not '%2'</source>
        <translation>يأخذ --%1 تاريخًا مثل 2026-06-15، وليس '%2'</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed.</source>
        <translation>التحقق من أنه لم يُعدَّل أي قيد ولم يُحذف.</translation>
    </message>
    <message>
        <source>Only the entries of this user name.</source>
        <translation>قيود اسم المستخدم هذا فقط.</translation>
    </message>
    <message>
        <source>Only this action (login, view, update …).</source>
        <translation>هذا الإجراء فقط (login، view، update …).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, UTC).</source>
        <translation>ابتداءً من هذا اليوم (YYYY-MM-DD، UTC).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, UTC).</source>
        <translation>حتى هذا اليوم (YYYY-MM-DD، UTC).</translation>
    </message>
    <message>
        <source>How many edits.</source>
        <translation>عدد التعديلات.</translation>
    </message>
    <message>
        <source>Prefix of the values written.</source>
        <translation>بادئة القيم المكتوبة.</translation>
    </message>
    <message>
        <source>there is nobody to edit</source>
        <translation>لا يوجد أحد لتعديله</translation>
    </message>
    <message>
        <source>unknown language '%1'; available: %2</source>
        <translation>لغة غير معروفة '%1'؛ المتاحة: %2</translation>
    </message>
    <message>
        <source>--lang needs a language code: %1</source>
        <translation>يحتاج --lang إلى رمز لغة: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>يعرض هذه المساعدة.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائي</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>بلا تصريح إقامة</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>طالبة لجوء</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>صفة لاجئة</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>حماية فرعية</translation>
    </message>
    <message>
        <source>Special or humanitarian protection</source>
        <translation>حماية خاصة أو إنسانية</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>حماية مؤقتة</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>أسباب عائلية</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>دراسة</translation>
    </message>
    <message>
        <source>Long-term resident (EU)</source>
        <translation>مقيمة لمدة طويلة (الاتحاد الأوروبي)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>مواطنة من الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Citizen of this country</source>
        <translation>مواطنة هذا البلد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
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
        <translation>تعمل</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>تعمل لحسابها الخاص</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>عاطلة عن العمل</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>عاطلة عن العمل لمدة طويلة</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>غير نشطة، في التعليم أو التدريب</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>سكن مستقر</translation>
    </message>
    <message>
        <source>Hosted by family or friends</source>
        <translation>مستضافة لدى العائلة أو الأصدقاء</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>مركز استقبال</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>مأوى</translation>
    </message>
    <message>
        <source>Insecure or inadequate housing</source>
        <translation>سكن غير آمن أو غير لائق</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بلا مأوى</translation>
    </message>
    <message>
        <source>Came by herself</source>
        <translation>جاءت بنفسها</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>من خلال المعارف</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>الخدمات الاجتماعية</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>جمعية أو منظمة غير حكومية</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>خدمة صحية</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>مكتب التشغيل</translation>
    </message>
    <message>
        <source>Community desk</source>
        <translation>مكتب الحي</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>اكتملت الخطة</translation>
    </message>
    <message>
        <source>Found work</source>
        <translation>وجدت عملًا</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>انتقلت إلى مكان آخر</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>انقطع التواصل</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>انسحبت</translation>
    </message>
    <message>
        <source>Engaged in job searching</source>
        <translation>تبحث عن عمل</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>في التعليم أو التدريب</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>حصلت على مؤهل</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>تعمل</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Data sharing with partners</source>
        <translation>مشاركة البيانات مع الشركاء</translation>
    </message>
    <message>
        <source>Anonymous reporting</source>
        <translation>التقارير المجهولة</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>التزام قانوني</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>مصالح حيوية</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>مهمة للمصلحة العامة</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>مصالح مشروعة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>الشبكة الاجتماعية</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>متحقق</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <source>Empowerment group</source>
        <translation>مجموعة تمكين</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>دورة لغة</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>تدريب مهني</translation>
    </message>
    <message>
        <source>Job orientation</source>
        <translation>توجيه مهني</translation>
    </message>
    <message>
        <source>Self-entrepreneurship</source>
        <translation>ريادة الأعمال</translation>
    </message>
    <message>
        <source>City visit</source>
        <translation>زيارة المدينة</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>تعلّم بين الأقران</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>إرشاد</translation>
    </message>
    <message>
        <source>Art workshop</source>
        <translation>ورشة فنية</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجّلة</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحبة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضرة</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائبة</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائبة بعذر</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>نفسي</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>اجتماعي</translation>
    </message>
    <message>
        <source>Linguistic and cultural mediation</source>
        <translation>وساطة لغوية وثقافية</translation>
    </message>
    <message>
        <source>Orientation to services</source>
        <translation>توجيه إلى الخدمات</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>مرافقة في العمل</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Sport and leisure</source>
        <translation>الرياضة والترفيه</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>متناهية الصغر (أقل من 10)</translation>
    </message>
    <message>
        <source>Small (10-49)</source>
        <translation>صغيرة (10-49)</translation>
    </message>
    <message>
        <source>Medium (50-249)</source>
        <translation>متوسطة (50-249)</translation>
    </message>
    <message>
        <source>Large (250 or more)</source>
        <translation>كبيرة (250 فأكثر)</translation>
    </message>
    <message>
        <source>Awareness meeting</source>
        <translation>لقاء توعية</translation>
    </message>
    <message>
        <source>Diversity-management support</source>
        <translation>دعم إدارة التنوع</translation>
    </message>
    <message>
        <source>Vacancy shared</source>
        <translation>مشاركة وظيفة شاغرة</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Curricular internship</source>
        <translation>تدريب ضمن الدراسة</translation>
    </message>
    <message>
        <source>Extracurricular internship</source>
        <translation>تدريب خارج الدراسة</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>تمهين</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>عقد محدد المدة</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>عقد دائم</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>عمل حر</translation>
    </message>
    <message>
        <source>Work voucher</source>
        <translation>قسيمة عمل</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>وُظّفت</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>تبحث عن عمل</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>غادرت البرنامج</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>انتهى الإدماج</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>خطة عمل</translation>
    </message>
    <message>
        <source>Business started</source>
        <translation>بدأ المشروع</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>يوم مفتوح</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>حملة توعية</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>فعالية عامة</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>مرشدة اجتماعية</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>مدرّبة</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسّقة</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤولة النظام</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص الذين تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>نسبة النساء (%)</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>نساء في تدريب ريادة الأعمال</translation>
    </message>
    <message>
        <source>Policy makers in co-design</source>
        <translation>صانعو القرار في التصميم المشترك</translation>
    </message>
    <message>
        <source>Associations in co-design</source>
        <translation>الجمعيات في التصميم المشترك</translation>
    </message>
    <message>
        <source>Officials in co-design</source>
        <translation>الموظفون العموميون في التصميم المشترك</translation>
    </message>
    <message>
        <source>Citizens surveyed</source>
        <translation>المواطنون المستطلعة آراؤهم</translation>
    </message>
    <message>
        <source>People at community events</source>
        <translation>الأشخاص في فعاليات المجتمع</translation>
    </message>
    <message>
        <source>People reached by the campaign</source>
        <translation>الأشخاص الذين وصلت إليهم الحملة</translation>
    </message>
    <message>
        <source>Job placements</source>
        <translation>حالات الإدماج في العمل</translation>
    </message>
    <message>
        <source>Hours of training delivered</source>
        <translation>ساعات التدريب المقدّمة</translation>
    </message>
    <message>
        <source>Paths completed</source>
        <translation>المسارات المكتملة</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>People reached over time, against the target</source>
        <translation>الأشخاص الذين وصلنا إليهم عبر الزمن، مقارنةً بالهدف</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص الذين وصلنا إليهم</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>People reached by desk</source>
        <translation>الأشخاص الذين وصلنا إليهم حسب المكتب</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>الأشخاص الذين وصلنا إليهم حسب الجنس والفئة العمرية</translation>
    </message>
    <message>
        <source>Attendance rate by path type (%)</source>
        <translation>نسبة الحضور حسب نوع المسار (%)</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>الإحالات حسب النتيجة</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>الإدماج المهني: مقترح، بدأ، توظيف</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>توظيف</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Needs (0-3) and empowerment (1-5): entry and latest</source>
        <translation>الاحتياجات (0-3) والتمكين (1-5): عند الدخول وآخر تقييم</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>عند الدخول</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Due, not done</source>
        <translation>مستحقة، لم تُنجز</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>أُنجزت: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>An encrypted value was altered, or moved from the record it was written for.</source>
        <translation>تم تغيير قيمة مشفّرة أو نقلها من السجل الذي كُتبت له.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Percorsi database, or it is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>%1 ليست قاعدة بيانات Percorsi أو أنها تالفة: بايتاتها الأولى ليست بايتات قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not of Percorsi; it was not changed.</source>
        <translation>%1 قاعدة بيانات SQLite لتطبيق آخر وليست لـ Percorsi؛ لم تُغيَّر.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Percorsi (schema %2; this version knows schema %3 at most). It was not opened and nothing in it was changed; use the newer version.</source>
        <translation>كُتبت %1 بإصدار أحدث من Percorsi (المخطط %2؛ هذا الإصدار يعرف المخطط %3 على الأكثر). لم تُفتح ولم يُغيَّر فيها شيء؛ استخدمي الإصدار الأحدث.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>لا توجد قاعدة بيانات في %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>قاعدة البيانات %1 تالفة ولا يمكن قراءتها (%2). استعيديها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>تعذّرت قراءة إصدار مخطط %1.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>تعذّر إعداد قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has no desk yet; create one first with "percorsi-cli init --db %1 --desk-name NAME".</source>
        <translation>ليس لقاعدة البيانات %1 مكتب بعد؛ أنشئيه أولًا بالأمر "percorsi-cli init --db %1 --desk-name NAME".</translation>
    </message>
    <message>
        <source>%1 is at schema %2, not %3: open it for writing first.</source>
        <translation>%1 بالمخطط %2 وليس %3: افتحه للكتابة أولاً.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database %1 is damaged (%2). It was not opened and nothing in it was changed; restore the latest backup.</source>
        <translation>قاعدة البيانات %1 تالفة (%2). لم تُفتح ولم يُغيَّر فيها شيء؛ استعيدي آخر نسخة احتياطية.</translation>
    </message>
    <message>
        <source>its check gave no answer</source>
        <translation>فحصها لم يُعطِ جوابًا</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of %2</source>
        <translation>إنها مبتورة: %1 بايت من %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be between 0 and %L1.</source>
        <translation>يجب أن يكون عدد الأشخاص بين 0 و%L1.</translation>
    </message>
    <message>
        <source>The database %1 already holds people; demo data can only be added to a database without people.</source>
        <translation>قاعدة البيانات %1 تحتوي على أشخاص بالفعل؛ لا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات بلا أشخاص.</translation>
    </message>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>أُلغي إنشاء البيانات التجريبية؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>DeskStore</name>
    <message>
        <source>The database %1 already has its desk.</source>
        <translation>لقاعدة البيانات %1 مكتبها بالفعل.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>لا يوجد مكتب بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>desk</source>
        <translation>مكتب</translation>
    </message>
    <message>
        <source>user</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>project_target</source>
        <translation>هدف المشروع</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>plan_goal</source>
        <translation>هدف الخطة</translation>
    </message>
    <message>
        <source>path</source>
        <translation>مسار</translation>
    </message>
    <message>
        <source>session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>تدخّل</translation>
    </message>
    <message>
        <source>service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>جهة عمل</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>نشاط مع جهة عمل</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>إدماج مهني</translation>
    </message>
    <message>
        <source>event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>مشروع ريادي</translation>
    </message>
    <message>
        <source>event_participant</source>
        <translation>مشاركة في فعالية</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>Desks</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>An office of the programme: this one and those met through sync</source>
        <translation>مكتب تابع للبرنامج: هذا المكتب والمكاتب المعروفة عبر المزامنة</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>An operator, trainer, coordinator or administrator</source>
        <translation>مرشدة أو مدرّبة أو منسّقة أو مسؤولة نظام</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>A funded programme with its period and funder</source>
        <translation>برنامج ممول بمدته وجهة تمويله</translation>
    </message>
    <message>
        <source>Project targets</source>
        <translation>أهداف المشاريع</translation>
    </message>
    <message>
        <source>A target of a project's indicator</source>
        <translation>هدف لمؤشر من مؤشرات المشروع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>A person the programme serves</source>
        <translation>شخص يخدمه البرنامج</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>A consent given by a person, per purpose</source>
        <translation>موافقة تعطيها الشخص لكل غرض</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>A social screening: needs and self-rated empowerment</source>
        <translation>تقييم اجتماعي: الاحتياجات والتمكين كما تقدّره الشخص</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>أهداف الخطة</translation>
    </message>
    <message>
        <source>A goal of a person's individual plan</source>
        <translation>هدف من الخطة الفردية لشخص</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>A course, group or activity with a calendar</source>
        <translation>دورة أو مجموعة أو نشاط له جدول زمني</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>One meeting of a path</source>
        <translation>لقاء واحد من مسار</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>A person taking part in a path</source>
        <translation>شخص يشارك في مسار</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>سجلات الحضور</translation>
    </message>
    <message>
        <source>A person's presence at a session</source>
        <translation>حضور شخص في جلسة</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>التدخّلات</translation>
    </message>
    <message>
        <source>Individual support: legal, psychological, social …</source>
        <translation>دعم فردي: قانوني، نفسي، اجتماعي …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>A local service in the shared directory</source>
        <translation>خدمة محلية في الدليل المشترك</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>A person sent to a service, and the outcome</source>
        <translation>شخص أُحيل إلى خدمة، والنتيجة</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>جهات العمل</translation>
    </message>
    <message>
        <source>A company engaged with the programme</source>
        <translation>شركة منخرطة في البرنامج</translation>
    </message>
    <message>
        <source>Employer engagements</source>
        <translation>الأنشطة مع جهات العمل</translation>
    </message>
    <message>
        <source>An awareness or diversity action with an employer</source>
        <translation>نشاط توعية أو تنوّع مع جهة عمل</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>An internship, voucher or job of a person</source>
        <translation>تدريب أو قسيمة عمل أو وظيفة لشخص</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>A community event and its headcount</source>
        <translation>فعالية مجتمعية وعدد حضورها</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>لا يوجد %1 بالمعرّف %2.</translation>
    </message>
    <message>
        <source>Her records were deleted, but the file %1 could not be compacted: %2</source>
        <translation>حُذفت سجلاتها، لكن تعذّر ضغط الملف %1: %2</translation>
    </message>
    <message>
        <source>Her records were deleted, but old copies of them stay in the file %1 because another program is reading it; they are removed at the next erasure once it is closed.</source>
        <translation>حُذفت سجلاتها، لكن نسخًا قديمة منها تبقى في الملف %1 لأن برنامجًا آخر يقرؤه؛ ستُزال عند المحو التالي بعد إغلاقه.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Notes of special category are encrypted and your account holds no key to them: an administrator must reset your password to give you access to notes.</source>
        <translation>الملاحظات من الفئة الخاصة مشفّرة وحسابك لا يملك مفتاحها: يجب على مسؤول إعادة تعيين كلمة المرور لمنحك الوصول إلى الملاحظات.</translation>
    </message>
    <message>
        <source>The %1 of the %2 record %3 cannot be decrypted: it was altered, or moved from another record or field.</source>
        <translation>لا يمكن فك تشفير الحقل %1 في سجل %2 رقم %3: تم تغييره أو نقله من سجل أو حقل آخر.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. MA, IT</source>
        <translation>رموز من حرفين، مثل MA, IT</translation>
    </message>
    <message>
        <source>Language codes, e.g. ar, fr, it</source>
        <translation>رموز اللغات، مثل ar, fr, it</translation>
    </message>
    <message>
        <source>A name, or a two-letter code such as MA</source>
        <translation>اسم، أو رمز من حرفين مثل MA</translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
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
        <translation>نشط</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Aged 18-29</source>
        <translation>من 18 إلى 29 سنة</translation>
    </message>
    <message>
        <source>Aged 30-54</source>
        <translation>من 30 إلى 54 سنة</translation>
    </message>
    <message>
        <source>Aged 55+</source>
        <translation>55 سنة فأكثر</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>دون 18 سنة</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>سنة الوصول</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Attendance threshold (%)</source>
        <translation>عتبة الحضور (%)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>الاستقلالية</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>فكرة المشروع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Needs childcare</source>
        <translation>تحتاج إلى رعاية الأطفال</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>بلد الميلاد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Education (ISCED level)</source>
        <translation>التعليم (مستوى ISCED)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>شروط الاستفادة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>جهة العمل</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>الوضع المهني عند الدخول</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>الوضع عند الخروج</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموّلة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>الساعات في الأسبوع</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>تحسّن الوضع في سوق العمل</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>تاريخ الاستقبال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Local-language level</source>
        <translation>مستوى اللغة المحلية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Minority background</source>
        <translation>الانتماء إلى أقلية</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>احتياج: رعاية الأطفال</translation>
    </message>
    <message>
        <source>Need: digital skills</source>
        <translation>احتياج: المهارات الرقمية</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>احتياج: الصحة</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>احتياج: السكن</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>احتياج: الدخل</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>احتياج: اللغة</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>احتياج: قانوني</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>احتياج: الشبكة الاجتماعية</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>احتياج: العمل</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Next case number</source>
        <translation>رقم الملف التالي</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائي</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>مرشدة اجتماعية</translation>
    </message>
    <message>
        <source>Other trainers</source>
        <translation>مدرّبات أخريات</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>ملاحظة عن النتيجة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>انتهاء التصريح</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>تصريح الإقامة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>الساعات المخططة</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضّل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>المؤهل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>أحالتها</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>تقدير الذات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>معرفة الخدمات</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البداية</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>الدعم المقدّم</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف المنشود</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>مدرّبة</translation>
    </message>
    <message>
        <source>Training followed</source>
        <translation>التدريب المتّبع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>سبب الانسحاب</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ الانسحاب</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
</context>
<context>
    <name>FollowupStore</name>
    <message>
        <source>Its follow-up was recorded on %1: it cannot be undone.</source>
        <translation>سُجّلت متابعته في %1: لا يمكن التراجع عنها.</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>تبدأ الفترة في %1، بعد نهايتها في %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorQueries</name>
    <message>
        <source>There is no project named "%1".</source>
        <translation>لا يوجد مشروع باسم "%1".</translation>
    </message>
    <message>
        <source>There is no desk named "%1".</source>
        <translation>لا يوجد مكتب باسم "%1".</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>لا يوجد مشروع بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no desk with id %1.</source>
        <translation>لا يوجد مكتب بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The facts kept for the reports of person %1 are damaged.</source>
        <translation>البيانات المحفوظة لتقارير الشخص %1 تالفة.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>لا تتوفر ذاكرة كافية للاحتفاظ بالمفتاح.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>لا يوجد حساب بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>KeyWrapping</name>
    <message>
        <source>The stored key of this account is damaged.</source>
        <translation>المفتاح المحفوظ لهذا الحساب تالف.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>لا تتوفر ذاكرة كافية لاشتقاق المفتاح من كلمة المرور.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the key.</source>
        <translation>لا تتوفر ذاكرة كافية للاحتفاظ بالمفتاح.</translation>
    </message>
    <message>
        <source>The key to the notes could not be opened with this password.</source>
        <translation>تعذّر فتح مفتاح الملاحظات بكلمة المرور هذه.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Case management for integration programmes.</source>
        <translation>إدارة الحالات لبرامج الإدماج.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: the demo database).</source>
        <translation>افتح قاعدة البيانات FILE (الافتراضية: قاعدة البيانات التجريبية).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the language CODE for this session (%1).</source>
        <translation>استخدم اللغة CODE في هذه الجلسة (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>percorsi: unknown language "%1"; accepted: %2.
</source>
        <translation>percorsi: لغة غير معروفة "%1"؛ المقبولة: %2.
</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>قاعدة البيانات %1 غير موجودة.</translation>
    </message>
    <message>
        <source>Creating a demo database with %1 people…</source>
        <translation>جارٍ إنشاء قاعدة بيانات تجريبية فيها %1 شخص…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Percorsi</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>تعذّر إنشاء قاعدة البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>percorsi: %1
</source>
        <translation>percorsi: %1
</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي اليومي: %1</translation>
    </message>
    <message>
        <source>Look for backups in DIR when the database is damaged.</source>
        <translation>البحث عن النسخ الاحتياطية في DIR عندما تكون قاعدة البيانات تالفة.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The latest backup, %1, was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>آخر نسخة احتياطية، %1، أُخذت في %2. هل تريدين استعادتها؟ يُحفظ الملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;استعادة آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Paths</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Courses, groups, orientation and other activities with a calendar.</source>
        <translation>دورات ومجموعات وتوجيه وأنشطة أخرى لها جدول زمني.</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>planned hours of a path</comment>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>مسار واحد</translation>
    </message>
    <message>
        <source>%1 paths</source>
        <translation>%1 مسار</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Sessions of every path, newest first.</source>
        <translation>جلسات كل المسارات، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>جلسة واحدة</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 جلسة</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>الدليل المشترك للخدمات المحلية التي يُحال إليها الأشخاص.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>خدمة واحدة</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 خدمة</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>جهات العمل</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>شركات منخرطة في الإدماج والتوعية وإدارة التنوع.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>جهة عمل واحدة</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 جهة عمل</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>فعاليات المجتمع وعدد حضورها، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>فعالية واحدة</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 فعالية</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلي</translation>
    </message>
</context>
<context>
    <name>LocalDesk</name>
    <message>
        <source>no desk</source>
        <translation>لا مكتب</translation>
    </message>
    <message>
        <source>No desk yet: run percorsi-cli init</source>
        <translation>لا مكتب بعد: شغّلي percorsi-cli init</translation>
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
        <translation>مراجعة المخطط %1 غير موجودة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>فشلت ترقية قاعدة البيانات إلى المخطط %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>الذاكرة غير كافية لتجزئة كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>PathStore</name>
    <message>
        <source>There is no path with id %1.</source>
        <translation>لا يوجد مسار بالمعرّف %1.</translation>
    </message>
    <message>
        <source>A session needs a start time and an end after it.</source>
        <translation>تحتاج الجلسة إلى وقت بداية ونهاية بعده.</translation>
    </message>
    <message>
        <source>Say why the person withdraws.</source>
        <translation>اذكري سبب انسحاب الشخص.</translation>
    </message>
</context>
<context>
    <name>PersonDocument</name>
    <message>
        <source>Personal data held about case %1</source>
        <translation>البيانات الشخصية المحفوظة عن الملف %1</translation>
    </message>
    <message>
        <source>Everything Percorsi holds about this person, as of %1 (UTC). Provided under Articles 15 and 20 of the GDPR.</source>
        <translation>كل ما يحفظه Percorsi عن هذا الشخص، حتى %1 (UTC). مقدَّم بموجب المادتين 15 و20 من اللائحة العامة لحماية البيانات.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>البيانات الشخصية لـ%1</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>تعذّرت كتابة التصدير: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Your role does not allow reading this person's history.</source>
        <translation>دورك لا يسمح بقراءة تاريخ هذا الشخص.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with the id or case number '%1'.</source>
        <translation>لا يوجد شخص بالمعرّف أو رقم الملف '%1'.</translation>
    </message>
    <message>
        <source>The case of %1 %2 is already closed.</source>
        <translation>ملف %1 %2 مغلق بالفعل.</translation>
    </message>
    <message>
        <source>Exit date %1 is in the future</source>
        <translation>تاريخ الخروج %1 في المستقبل</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>لا يُعاد فتح إلا ملف مغلق.</translation>
    </message>
</context>
<context>
    <name>PlacementDialogs</name>
    <message>
        <source>Edit placement</source>
        <translation>تعديل الإدماج المهني</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>إدماج مهني جديد</translation>
    </message>
    <message>
        <source>New placement: who?</source>
        <translation>إدماج مهني جديد: لمن؟</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>'%1' is not a stage of a placement</source>
        <translation>'%1' ليست مرحلة من مراحل الإدماج المهني</translation>
    </message>
    <message>
        <source>An ended placement needs its outcome: hired, completed or interrupted</source>
        <translation>الإدماج المهني المنتهي يحتاج إلى نتيجته: توظيف أو اكتمال أو انقطاع</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>انتهى الإدماج المهني: لا توجد مرحلة بعده.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>الإدماج المهني مقترح فقط: لا توجد مرحلة قبله.</translation>
    </message>
</context>
<context>
    <name>ProtectionSettings</name>
    <message>
        <source>The retention period in months</source>
        <translation>مدة الاحتفاظ بالأشهر</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>عدد أيام الاحتفاظ بالنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>يجب أن يكون %1 بين %2 و%3؛ أُدخل %4.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1: there is already one with the same %2</source>
        <translation>%1: يوجد بالفعل سجل بنفس %2</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>لا يوجد %1 بالمعرّف %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>لا يوجد %1 %2.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: لا يوجد %2 بالمعرّف %3</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: %2 %3 record(s) refer to it.</source>
        <translation>لا يمكن حذف هذا الـ%1: يشير إليه %2 سجل من %3.</translation>
    </message>
    <message>
        <source>counting %1 records</source>
        <translation>عدّ سجلات %1</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>The kind of an intervention whose note you may not read cannot be changed.</source>
        <translation>لا يمكن تغيير نوع تدخّل لا يحق لك قراءة ملاحظته.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>People reached</source>
        <translation>الأشخاص الذين وصلنا إليهم</translation>
    </message>
    <message>
        <source>Paths and attendance</source>
        <translation>المسارات والحضور</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>الإحالات حسب النتيجة</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Needs and empowerment: entry and latest</source>
        <translation>الاحتياجات والتمكين: عند الدخول وآخر تقييم</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>المؤشرات المشتركة لصندوق FSE+</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>أقل من 18</translation>
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
        <translation>55 فأكثر</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Citizen of the desk's country</source>
        <translation>مواطنة بلد المكتب</translation>
    </message>
    <message>
        <source>Other EU citizen</source>
        <translation>مواطنة بلد آخر من الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>مواطنو بلدان ثالثة</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>الساعات المقدَّمة</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ساعات الحضور</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>نسبة الحضور (%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>نسبة الإتمام (%)</translation>
    </message>
    <message>
        <source>Enrolments completed</source>
        <translation>التسجيلات المكتملة</translation>
    </message>
    <message>
        <source>Enrolments in paths ended</source>
        <translation>التسجيلات في مسارات منتهية</translation>
    </message>
    <message>
        <source>Women in self-entrepreneurship training</source>
        <translation>نساء في تدريب على العمل الحر</translation>
    </message>
    <message>
        <source>Placements proposed</source>
        <translation>حالات الإدماج المهني المقترحة</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>حالات الإدماج المهني التي بدأت</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>توظيف</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Hired after an internship</source>
        <translation>توظيف بعد تدريب</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>متابعات مستحقة</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>متابعات منجزة</translation>
    </message>
    <message>
        <source>Improved labour-market situation</source>
        <translation>تحسّن الوضع في سوق العمل</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>الفعاليات المنظَّمة</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>الحضور في الفعاليات</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>العاطلون عن العمل، بمن فيهم العاطلون لمدة طويلة</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>العاطلون عن العمل لمدة طويلة</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير النشطين</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>العاملون، بمن فيهم العاملون لحسابهم الخاص</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>دون 18 سنة</translation>
    </message>
    <message>
        <source>Between 18 and 29 years of age</source>
        <translation>بين 18 و29 سنة</translation>
    </message>
    <message>
        <source>55 years of age and over</source>
        <translation>55 سنة فأكثر</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>بتعليم ثانوي أدنى أو أقل (ISCED 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>بتعليم ثانوي أعلى أو ما بعد الثانوي (ISCED 3-4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>بتعليم عالٍ (ISCED 5-8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>العدد الإجمالي للمشاركين</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>المشاركون ذوو الإعاقة</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>المشاركون من أصل أجنبي</translation>
    </message>
    <message>
        <source>Participants from minorities</source>
        <translation>المشاركون من الأقليات</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>المشرّدون أو المتضررون من الإقصاء السكني</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>يبحثون عن عمل عند المغادرة</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>في التعليم أو التدريب عند المغادرة</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>حصلوا على مؤهل عند المغادرة</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>يعملون، بما في ذلك لحسابهم الخاص، عند المغادرة</translation>
    </message>
    <message>
        <source>In employment six months after leaving</source>
        <translation>يعملون بعد ستة أشهر من المغادرة</translation>
    </message>
    <message>
        <source>Improved labour-market situation six months after leaving</source>
        <translation>تحسّن وضعهم في سوق العمل بعد ستة أشهر من المغادرة</translation>
    </message>
    <message>
        <source>Need: language</source>
        <translation>احتياج: اللغة</translation>
    </message>
    <message>
        <source>Need: work</source>
        <translation>احتياج: العمل</translation>
    </message>
    <message>
        <source>Need: housing</source>
        <translation>احتياج: السكن</translation>
    </message>
    <message>
        <source>Need: legal</source>
        <translation>احتياج: قانوني</translation>
    </message>
    <message>
        <source>Need: health</source>
        <translation>احتياج: الصحة</translation>
    </message>
    <message>
        <source>Need: childcare</source>
        <translation>احتياج: رعاية الأطفال</translation>
    </message>
    <message>
        <source>Need: digital</source>
        <translation>احتياج: رقمي</translation>
    </message>
    <message>
        <source>Need: social network</source>
        <translation>احتياج: الشبكة الاجتماعية</translation>
    </message>
    <message>
        <source>Need: income</source>
        <translation>احتياج: الدخل</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>تقدير الذات</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>الاستقلالية</translation>
    </message>
    <message>
        <source>Knowledge of services</source>
        <translation>معرفة الخدمات</translation>
    </message>
    <message>
        <source>%1 at entry</source>
        <translation>%1 عند الدخول</translation>
    </message>
    <message>
        <source>%1, latest</source>
        <translation>%1، الأحدث</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموّلة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Progress summary – %1</source>
        <translation>ملخص التقدم – %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>تعذّرت كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>%1 · progress summary · %2 to %3</source>
        <translation>%1 · ملخص التقدم · من %2 إلى %3</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>كل الأشخاص</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>ملخص التقدم</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>المشروع: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>الجهة المموّلة: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>Counts only people who consented to anonymous reporting. No names or other direct identifiers. Counts from 1 to 4 are shown as "&lt;5".</source>
        <translation>لا يُحتسب إلا الأشخاص الذين وافقوا على الإبلاغ المجهول. لا أسماء ولا معرّفات مباشرة أخرى. تظهر الأعداد من 1 إلى 4 على شكل "&lt;5".</translation>
    </message>
    <message>
        <source>Counts every person in scope: for internal use only.</source>
        <translation>يحتسب كل شخص ضمن النطاق: للاستخدام الداخلي فقط.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>الأرقام الرئيسية مقارنةً بالأهداف</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>لم تُحدَّد أهداف.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>People reached over time, against the target</source>
        <translation>الأشخاص الذين وصلنا إليهم عبر الزمن، مقارنةً بالهدف</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>حسب المكتب</translation>
    </message>
    <message>
        <source>Attendance rate by path type</source>
        <translation>نسبة الحضور حسب نوع المسار</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>الإحالات حسب النتيجة</translation>
    </message>
    <message>
        <source>Placements: proposed, started, hired</source>
        <translation>الإدماج المهني: المقترح، والذي بدأ، والتوظيف</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>وُظّفت</translation>
    </message>
    <message>
        <source> (entry)</source>
        <translation> (الدخول)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Needs and empowerment at entry and latest</source>
        <translation>الاحتياجات والتمكين عند الدخول وفي آخر تقييم</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>المؤشرات المشتركة لصندوق FSE+</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائي</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>ملخص الفترة</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>الإنجازات</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>الصعوبات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 في المستقبل</translation>
    </message>
    <message>
        <source>code: '%1' is not a desk code of the form MI-SS (two or three capital letters, optionally a dash and up to four more)</source>
        <translation>code: '%1' ليس رمز مكتب بالشكل MI-SS (حرفان أو ثلاثة أحرف كبيرة، وربما شرطة وحتى أربعة أحرف أخرى)</translation>
    </message>
    <message>
        <source>username: '%1' must be 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>username: '%1' يجب أن يتكون من 2 إلى 32 من الأحرف الصغيرة أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>تاريخ الاستقبال</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future</source>
        <translation>سنة الميلاد %1 في المستقبل</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the birth date %2</source>
        <translation>سنة الميلاد %1 لا تطابق تاريخ الميلاد %2</translation>
    </message>
    <message>
        <source>Arrival year %1 is in the future</source>
        <translation>سنة الوصول %1 في المستقبل</translation>
    </message>
    <message>
        <source>Arrival year %1 is before the birth year %2</source>
        <translation>سنة الوصول %1 قبل سنة الميلاد %2</translation>
    </message>
    <message>
        <source>Intake date %1 is before the birth date %2</source>
        <translation>تاريخ الاستقبال %1 قبل تاريخ الميلاد %2</translation>
    </message>
    <message>
        <source>%1 children do not fit in a household of %2</source>
        <translation>لا يتسع بيت من %2 أفراد لـ %1 أطفال</translation>
    </message>
    <message>
        <source>A closed case needs an exit date</source>
        <translation>يحتاج الملف المغلق إلى تاريخ خروج</translation>
    </message>
    <message>
        <source>A closed case needs a reason for closing</source>
        <translation>يحتاج الملف المغلق إلى سبب إغلاق</translation>
    </message>
    <message>
        <source>Only a closed case has an exit date and a reason for closing</source>
        <translation>لا يكون تاريخ الخروج وسبب الإغلاق إلا لملف مغلق</translation>
    </message>
    <message>
        <source>Exit date %1 is before the intake date %2</source>
        <translation>تاريخ الخروج %1 قبل تاريخ الاستقبال %2</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2</source>
        <translation>تاريخ النهاية %1 قبل تاريخ البداية %2</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Expiry %1 is before the consent date %2</source>
        <translation>الانتهاء %1 قبل تاريخ الموافقة %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 is before the consent date %2</source>
        <translation>السحب %1 قبل تاريخ الموافقة %2</translation>
    </message>
    <message>
        <source>Session date %1 is outside the path's dates (%2 to %3)</source>
        <translation>تاريخ الجلسة %1 خارج تواريخ المسار (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>End %1 is before the enrolment date %2</source>
        <translation>النهاية %1 قبل تاريخ التسجيل %2</translation>
    </message>
    <message>
        <source>A completed or withdrawn enrolment needs an end date</source>
        <translation>يحتاج التسجيل المكتمل أو المنسحب إلى تاريخ نهاية</translation>
    </message>
    <message>
        <source>The person is not enrolled in this session's path</source>
        <translation>الشخص غير مسجّل في مسار هذه الجلسة</translation>
    </message>
    <message>
        <source>%1 hours is longer than the session (%2 minutes)</source>
        <translation>%1 ساعة أطول من الجلسة (%2 دقيقة)</translation>
    </message>
    <message>
        <source>Only a person present has hours of attendance</source>
        <translation>لا يكون لساعات الحضور إلا شخص حاضر</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Closing date %1 is before the referral %2</source>
        <translation>تاريخ الإغلاق %1 قبل الإحالة %2</translation>
    </message>
    <message>
        <source>A started placement needs a start date</source>
        <translation>يحتاج الإدماج الذي بدأ إلى تاريخ بداية</translation>
    </message>
    <message>
        <source>An ended placement needs an end date</source>
        <translation>يحتاج الإدماج المنتهي إلى تاريخ نهاية</translation>
    </message>
    <message>
        <source>A placement other than self-employment needs an employer</source>
        <translation>يحتاج الإدماج غير العمل الحر إلى جهة عمل</translation>
    </message>
    <message>
        <source>Only an ended placement has an outcome</source>
        <translation>لا تكون النتيجة إلا لإدماج منتهٍ</translation>
    </message>
    <message>
        <source>The headcount by age (%1) differs from the headcount by gender (%2)</source>
        <translation>عدد الحضور حسب العمر (%1) يختلف عن عدده حسب النوع الاجتماعي (%2)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Intervention date</source>
        <translation>تاريخ التدخّل</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>An interrupted placement needs a note saying why</source>
        <translation>الإدماج المهني المنقطع يحتاج إلى ملاحظة توضح السبب</translation>
    </message>
    <message>
        <source>A follow-up after a placement needs the placement</source>
        <translation>المتابعة بعد الإدماج المهني تحتاج إلى تحديد الإدماج</translation>
    </message>
    <message>
        <source>A follow-up after leaving the programme has no placement</source>
        <translation>المتابعة بعد مغادرة البرنامج ليس لها إدماج مهني</translation>
    </message>
    <message>
        <source>The placement is of another person</source>
        <translation>الإدماج المهني يخص شخصًا آخر</translation>
    </message>
    <message>
        <source>Follow-up date %1 is before the placement ended (%2)</source>
        <translation>تاريخ المتابعة %1 يسبق نهاية الإدماج المهني (%2)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>A follow-up done needs the situation found</source>
        <translation>المتابعة المنجزة تحتاج إلى الوضع الذي وُجد</translation>
    </message>
    <message>
        <source>A situation needs the date of the follow-up</source>
        <translation>الوضع يحتاج إلى تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Start of the business</source>
        <translation>بدء المشروع التجاري</translation>
    </message>
    <message>
        <source>A business started needs its start date</source>
        <translation>المشروع التجاري الذي بدأ يحتاج إلى تاريخ بدئه</translation>
    </message>
    <message>
        <source>The event of %1 has not taken place yet: participants are named after it</source>
        <translation>فعالية %1 لم تُقَم بعد: تُسجَّل أسماء المشاركين بعدها</translation>
    </message>
</context>
<context>
    <name>SheetData</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>ح</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>غ</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>ع</translation>
    </message>
    <message>
        <source>The path's register cannot be read.</source>
        <translation>تعذّرت قراءة سجل المسار.</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>مصنفات Excel (*.xlsx);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>تصدير القائمة</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Funded by %1</source>
        <translation>بتمويل من %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Attendance register — sign-in sheet</source>
        <translation>سجل الحضور — ورقة التوقيع</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>المسار:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>%1–%2 (%3 hours)</source>
        <translation>%1–%2 (%3 ساعة)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>المدرّبة:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Enrolled: %1    Present: ______</source>
        <translation>المسجّلات: %1    الحاضرات: ______</translation>
    </message>
    <message>
        <source>Trainer's signature: ____________________</source>
        <translation>توقيع المدرّبة: ____________________</translation>
    </message>
    <message>
        <source>Attendance register — summary</source>
        <translation>سجل الحضور — ملخّص</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>%1 to %2, %3 hours planned</source>
        <translation>من %1 إلى %2، %3 ساعة مخططة</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>الجلسات:</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>من %1 إلى %2 من %3</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>الأشخاص:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions, %3 hours of attendance in all.</source>
        <translation>%1 شخص، %2 جلسة، %3 ساعة حضور في المجموع.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused.</source>
        <translation>ح حاضرة، غ غائبة، ع غائبة بعذر.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>شهادة حضور</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>نشهد بأن</translation>
    </message>
    <message>
        <source>attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 planned (%7 of the sessions).</source>
        <translation>حضرت المسار «%1» (%2)، من %3 إلى %4، لمدة %5 ساعة من أصل %6 ساعة مخططة (%7 من الجلسات).</translation>
    </message>
    <message>
        <source>The path is part of the project %1.</source>
        <translation>المسار جزء من المشروع %1.</translation>
    </message>
    <message>
        <source>Qualification gained: %1.</source>
        <translation>المؤهل المحصّل: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>المدرّبة</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again (%1).</source>
        <translation>القرص ممتلئ: لم يُحفظ التغيير. حرّري بعض المساحة وحاولي مرة أخرى (%1).</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the drive and try again (%1).</source>
        <translation>تعذّرت الكتابة على القرص أو القراءة منه: لم يُحفظ التغيير. افحصي القرص وحاولي مرة أخرى (%1).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was changed. Restore the latest backup (%1).</source>
        <translation>قاعدة البيانات تالفة: لم يُغيَّر شيء. استعِد أحدث نسخة احتياطية (%1).</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>يجب أن تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>There is no user '%1'.</source>
        <translation>لا يوجد مستخدم '%1'.</translation>
    </message>
    <message>
        <source>setting the idle time</source>
        <translation>ضبط مدة الخمول</translation>
    </message>
    <message>
        <source>The idle time must be from 1 to 240 minutes.</source>
        <translation>يجب أن تكون مدة الخمول من 1 إلى 240 دقيقة.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>سجّلي الدخول أولًا لتغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>كلمة المرور الجديدة هي نفسها الحالية.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another desk and cannot sign in here; create an account of this desk for her instead.</source>
        <translation>الحساب %1 تابع لمكتب آخر ولا يمكنه تسجيل الدخول هنا؛ أنشئ لها بدلاً من ذلك حساباً في هذا المكتب.</translation>
    </message>
    <message>
        <source>This session holds no key to the notes, so a new password would cost the account her access to them; an administrator who holds the key must set it.</source>
        <translation>هذه الجلسة لا تملك مفتاح الملاحظات، لذا فإن كلمة مرور جديدة ستُفقد الحساب الوصول إليها؛ يجب أن يعيّنها مسؤول يملك المفتاح.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>يحتوي على محرف تحكّم (U+%1)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>أطول من %1 حرفًا</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' ليس عددًا</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 خارج المجال من %2 إلى %3</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' ليس نعم أو لا</translation>
    </message>
    <message>
        <source>'%1' is not a valid date (use YYYY-MM-DD)</source>
        <translation>'%1' ليس تاريخًا صالحًا (استخدمي YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not a valid time (use HH:MM)</source>
        <translation>'%1' ليس وقتًا صالحًا (استخدمي HH:MM)</translation>
    </message>
    <message>
        <source>'%1' is not a known value (expected one of: %2)</source>
        <translation>'%1' ليس قيمة معروفة (المتوقع إحدى: %2)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166 country code (such as IT, MA or UA)</source>
        <translation>'%1' ليس رمز بلد وفق ISO 3166 (مثل IT أو MA أو UA)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 639 language code (such as it, ar or ti)</source>
        <translation>'%1' ليس رمز لغة وفق ISO 639 (مثل it أو ar أو ti)</translation>
    </message>
    <message>
        <source>'%1' is not a phone number (6 to 15 digits, optionally a leading +)</source>
        <translation>'%1' ليس رقم هاتف (من 6 إلى 15 رقمًا، وربما + في البداية)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 مطلوب</translation>
    </message>
</context>
<context>
    <name>percorsi</name>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
</context>
<context>
    <name>percorsi::AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;حساب جديد…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>&amp;تغيير الدور…</translation>
    </message>
    <message>
        <source>Turn &amp;off or on</source>
        <translation>&amp;تعطيل أو تفعيل</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this idle time:</source>
        <translation>&amp;قفل النافذة بعد مدة الخمول هذه:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>دور %1:</translation>
    </message>
    <message>
        <source>Signs in here</source>
        <translation>يسجّل الدخول هنا</translation>
    </message>
    <message>
        <source>no: an account of another desk, without a password here</source>
        <translation>لا: حساب من مكتب آخر، بلا كلمة مرور هنا</translation>
    </message>
</context>
<context>
    <name>percorsi::AttendancePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Print sign-in &amp;sheet…</source>
        <translation>طباعة &amp;ورقة التوقيع…</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of the current session</source>
        <translation>طباعة ورقة التوقيع للجلسة الحالية</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>حالة السجل</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;المسار:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>The register of a path: a row per person, a column per session.</source>
        <translation>سجل مسار: صف لكل شخص وعمود لكل جلسة.</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, Space cycles, M marks the whole session present, Enter edits the hours, Ctrl+S saves.</source>
        <translation>ح حاضرة، غ غائبة، ع غائبة بعذر، المسافة تبدّل، ك تسجّل حضور الجلسة كلها، Enter تعدّل الساعات، Ctrl+S تحفظ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>تغييرات لم تُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>percorsi::AuditPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;الإجراء:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من &amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;التحقق من السلسلة</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <source>The audit log is whole: no entry was altered or removed.</source>
        <translation>سجل التدقيق سليم: لم يُعدَّل أي قيد ولم يُحذف.</translation>
    </message>
</context>
<context>
    <name>percorsi::BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>النسخ الاحتياطية في المجلد، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;المجلد</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Days backups are kept</source>
        <translation>أيام الاحتفاظ بالنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>&amp;الاحتفاظ بالنسخ الاحتياطية لمدة</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;استعادة من…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>كُتبت النسخة الاحتياطية وفُحصت.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>نسخ احتياطية (*.backup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1? Changes made since that backup are lost. The backup is checked first; if it is damaged nothing changes.</source>
        <translation>هل تريدين استبدال كل ما في قاعدة البيانات هذه بالنسخة الاحتياطية %1؟ ستضيع التغييرات التي أُجريت بعد تلك النسخة. تُفحص النسخة أولًا؛ وإن كانت تالفة فلن يتغير شيء.</translation>
    </message>
    <message>
        <source>The database was restored.</source>
        <translation>استُعيدت قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleExportBox</name>
    <message>
        <source>Send a bundle</source>
        <translation>إرسال حزمة</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>Desk the bundle is for</source>
        <translation>المكتب الذي توجّه إليه الحزمة</translation>
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
        <translation>صيغة الحزمة</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختيارية</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة &amp;المرور:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>مرة &amp;أخرى:</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>كل شيء (حزمة كاملة)</translation>
    </message>
    <message>
        <source>%1 (%2): changes since the last bundle</source>
        <translation>%1 (%2): التغييرات منذ آخر حزمة</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان: اكتبي العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>حزم Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>كُتب %n سجل في %1.</numerusform>
            <numerusform>كُتب سجل واحد (%n) في %1.</numerusform>
            <numerusform>كُتب سجلان (%n) في %1.</numerusform>
            <numerusform>كُتبت %n سجلات في %1.</numerusform>
            <numerusform>كُتب %n سجلًا في %1.</numerusform>
            <numerusform>كُتب %n سجل في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::BundleHistoryView</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>الحزم المرسلة والمستلمة</translation>
    </message>
    <message>
        <source>anyone (full bundle)</source>
        <translation>أي مكتب (حزمة كاملة)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>إلى %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
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
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلمة</translation>
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
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <source>&amp;Open bundle…</source>
        <translation>&amp;فتح حزمة…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Or drop a .percorsi file on the window.</source>
        <translation>أو أفلتي ملف ‎.percorsi على النافذة.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <source>Passphrase to &amp;unlock:</source>
        <translation>عبارة &amp;المرور لـفك القفل:</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>نتيجة الاستيراد</translation>
    </message>
    <message>
        <source>Apply the bundle</source>
        <translation>تطبيق الحزمة</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>جديدة:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>محدّثة:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>دون تغيير:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>محذوفة:</translation>
    </message>
    <message>
        <source>Skipped (deleted here):</source>
        <translation>متجاوزة (محذوفة هنا):</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>تعارضات:</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>فتح الحزمة</translation>
    </message>
    <message>
        <source>Percorsi bundles (*.percorsi)</source>
        <translation>حزم Percorsi (*.percorsi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: type its passphrase, then Preview.</source>
        <translation>%1 مشفّرة: اكتبي عبارة مرورها ثم معاينة.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>جارٍ قراءة الحزمة…</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>جارٍ دمج الحزمة…</translation>
    </message>
    <message>
        <source>This bundle cannot be merged: %1</source>
        <translation>لا يمكن دمج هذه الحزمة: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3 rows. Nothing has changed yet: Apply merges it.</source>
        <translation>%1 من %2، %3 صف. لم يتغير شيء بعد: «تطبيق» يدمجها.</translation>
    </message>
    <message>
        <source>The bundle was not merged: %1</source>
        <translation>لم تُدمج الحزمة: %1</translation>
    </message>
    <message>
        <source>Merged %1 from %2.</source>
        <translation>دُمجت %1 من %2.</translation>
    </message>
</context>
<context>
    <name>percorsi::BundleProgress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>percorsi::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>الوضع عند المغادرة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;السبب *</translation>
    </message>
    <message>
        <source>E&amp;xit date *</source>
        <translation>تاريخ &amp;الخروج *</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving</source>
        <translation>&amp;الوضع عند المغادرة</translation>
    </message>
</context>
<context>
    <name>percorsi::ConflictsView</name>
    <message>
        <source>Keep &amp;this</source>
        <translation>&amp;الإبقاء على هذه</translation>
    </message>
    <message>
        <source>Keep t&amp;hat</source>
        <translation>&amp;الإبقاء على تلك</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>القيمة المُبقاة</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>القيمة الضائعة</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>Confirm the value that was kept</source>
        <translation>تأكيد القيمة المُبقاة</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>الإبقاء على القيمة المُبقاة</translation>
    </message>
    <message>
        <source>Write the lost value back; the change reaches every desk</source>
        <translation>إعادة كتابة القيمة الضائعة؛ يصل التغيير إلى كل المكاتب</translation>
    </message>
    <message>
        <source>Keep the lost value</source>
        <translation>الإبقاء على القيمة الضائعة</translation>
    </message>
    <message>
        <source>Conflicts message</source>
        <translation>رسالة التعارضات</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة (%n).</numerusform>
            <numerusform>تعارض مفتوح واحد (%n).</numerusform>
            <numerusform>تعارضان مفتوحان (%n).</numerusform>
            <numerusform>%n تعارضات مفتوحة.</numerusform>
            <numerusform>%n تعارضًا مفتوحًا.</numerusform>
            <numerusform>%n تعارض مفتوح.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2، %3</translation>
    </message>
    <message>
        <source>unknown desk</source>
        <translation>مكتب غير معروف</translation>
    </message>
</context>
<context>
    <name>percorsi::ConsentsTab</name>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;موافقة جديدة…</translation>
    </message>
</context>
<context>
    <name>percorsi::DashboardPage</name>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>People reached, activities and outcomes of a project against its targets, for a period and a desk.</source>
        <translation>الأشخاص الذين وصلنا إليهم والأنشطة ونتائج المشروع مقارنةً بأهدافه، لفترة ومكتب.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;المشروع:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;المكتب:</translation>
    </message>
    <message>
        <source>Projects and tar&amp;gets…</source>
        <translation>المشاريع و&amp;الأهداف…</translation>
    </message>
    <message>
        <source>Progress &amp;summary…</source>
        <translation>&amp;ملخص التقدم…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>كل الأشخاص</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>%1 people reached · %2 hours delivered, %3 attended · attendance %4% · completion %5% · %6 placements started, %7 hired · %8 follow-ups due</source>
        <translation>%1 شخصًا وصلنا إليهم · %2 ساعة مقدَّمة، %3 ساعة حضور · الحضور %4% · الإتمام %5% · %6 إدماجًا مهنيًا بدأ، %7 توظيفًا · %8 متابعة مستحقة</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>ملخص التقدم</translation>
    </message>
    <message>
        <source>Export the progress summary</source>
        <translation>تصدير ملخص التقدم</translation>
    </message>
    <message>
        <source>progress-summary.xlsx</source>
        <translation>progress-summary.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>جداول البيانات (*.xlsx);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::DeskBox</name>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>كل المكاتب</translation>
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
        <translation>المكاتب المعروفة</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>بصمة المحتوى</translation>
    </message>
    <message>
        <source>Two desks that hold the same content show the same digest.</source>
        <translation>يُظهر مكتبان لهما المحتوى نفسه البصمة نفسها.</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>لم تُحسب بعد</translation>
    </message>
    <message>
        <source>&amp;Compute digest</source>
        <translation>حساب &amp;البصمة</translation>
    </message>
    <message>
        <source>Compute the content digest</source>
        <translation>حساب بصمة المحتوى</translation>
    </message>
    <message>
        <source>Cannot compute the digest: %1</source>
        <translation>تعذّر حساب البصمة: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::DetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>حفظ &amp;التغييرات</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;استرجاع</translation>
    </message>
    <message>
        <source>Save the changes to her record (Ctrl+S)</source>
        <translation>حفظ التغييرات في ملفها (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>percorsi::DuplicatePanel</name>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>فتح &amp;السجل الموجود</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message numerus="yes">
        <source>She may already be registered: %n possible duplicate(s).</source>
        <translation>
            <numerusform>قد تكون مسجّلة من قبل: %n تكرار محتمل.</numerusform>
            <numerusform>قد تكون مسجّلة من قبل: تكرار محتمل واحد (%n).</numerusform>
            <numerusform>قد تكون مسجّلة من قبل: تكراران محتملان (%n).</numerusform>
            <numerusform>قد تكون مسجّلة من قبل: %n تكرارات محتملة.</numerusform>
            <numerusform>قد تكون مسجّلة من قبل: %n تكرارًا محتملًا.</numerusform>
            <numerusform>قد تكون مسجّلة من قبل: %n تكرار محتمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>سنة الميلاد نفسها</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>، مولودة في %1</translation>
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
        <translation>إضافة &amp;قيد…</translation>
    </message>
    <message>
        <source>New &amp;placement here…</source>
        <translation>إدماج مهني &amp;جديد هنا…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>جهة العمل</translation>
    </message>
    <message>
        <source>Engagement log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <source>People placed here</source>
        <translation>الأشخاص المدمجون هنا</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>تواصل جديد</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>تعديل التواصل</translation>
    </message>
</context>
<context>
    <name>percorsi::EmployersPage</name>
    <message>
        <source>&amp;New employer…</source>
        <translation>جهة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Search by name, sector, contact or address</source>
        <translation>البحث بالاسم أو القطاع أو جهة الاتصال أو العنوان</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>البحث عن جهات العمل</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>عدد جهات العمل</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>جهات العمل</translation>
    </message>
    <message>
        <source>Companies engaged in placements, awareness and diversity management.</source>
        <translation>الشركات المشاركة في الإدماج المهني والتوعية وإدارة التنوع.</translation>
    </message>
    <message>
        <source>1 employer</source>
        <translation>جهة عمل واحدة</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>%1 جهة عمل</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>جهة عمل جديدة</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>تعديل جهة العمل</translation>
    </message>
</context>
<context>
    <name>percorsi::EndPlacementDialog</name>
    <message>
        <source>End the placement</source>
        <translation>إنهاء الإدماج المهني</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Why, or what next</source>
        <translation>السبب، أو الخطوة التالية</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>E&amp;nd date *</source>
        <translation>&amp;تاريخ الانتهاء *</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;النتيجة *</translation>
    </message>
    <message>
        <source>&amp;Why, or what next</source>
        <translation>&amp;السبب، أو الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>percorsi::EnrolPicker</name>
    <message>
        <source>Enrol people</source>
        <translation>تسجيل أشخاص</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Space ticks</source>
        <translation>الاسم أو رقم الملف؛ السهم للأسفل إلى القائمة، المسافة للتحديد</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين وُجدوا</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>لم يُختر أحد (%n).</numerusform>
            <numerusform>اختير شخص واحد (%n).</numerusform>
            <numerusform>اختير شخصان (%n).</numerusform>
            <numerusform>اختير %n أشخاص.</numerusform>
            <numerusform>اختير %n شخصًا.</numerusform>
            <numerusform>اختير %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free.</source>
        <translation>
            <numerusform>اختير %n شخص؛ %1 مقعد شاغر.</numerusform>
            <numerusform>اختير شخص واحد (%n)؛ %1 مقعد شاغر.</numerusform>
            <numerusform>اختير شخصان (%n)؛ %1 مقعد شاغر.</numerusform>
            <numerusform>اختير %n أشخاص؛ %1 مقعد شاغر.</numerusform>
            <numerusform>اختير %n شخصًا؛ %1 مقعد شاغر.</numerusform>
            <numerusform>اختير %n شخص؛ %1 مقعد شاغر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.</source>
        <translation>
            <numerusform>اختير %n شخص؛ %1 مقعد شاغر: %2 إلى قائمة الانتظار.</numerusform>
            <numerusform>اختير شخص واحد (%n)؛ %1 مقعد شاغر: %2 إلى قائمة الانتظار.</numerusform>
            <numerusform>اختير شخصان (%n)؛ %1 مقعد شاغر: %2 إلى قائمة الانتظار.</numerusform>
            <numerusform>اختير %n أشخاص؛ %1 مقعد شاغر: %2 إلى قائمة الانتظار.</numerusform>
            <numerusform>اختير %n شخصًا؛ %1 مقعد شاغر: %2 إلى قائمة الانتظار.</numerusform>
            <numerusform>اختير %n شخص؛ %1 مقعد شاغر: %2 إلى قائمة الانتظار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>محو %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (%2) and all her records?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her details, screenings, plan, paths and attendance, support, referrals, placements, follow-ups and consents are removed from this computer for good, and from every desk that receives the next bundle. This cannot be undone. Export her data first if she asked for a copy.&lt;/p&gt;&lt;p&gt;Type the case number &lt;b&gt;%1&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;هل تريدين محو %1 (%2) وكل سجلاتها؟&lt;/b&gt;&lt;/p&gt;&lt;p&gt;تُزال بياناتها وتقييماتها وخطتها ومساراتها وحضورها والدعم والإحالات والإدماج المهني والمتابعات والموافقات نهائيًا من هذا الحاسوب ومن كل مكتب يستلم الحزمة التالية. لا يمكن التراجع عن ذلك. صدّري بياناتها أولًا إن طلبت نسخة منها.&lt;/p&gt;&lt;p&gt;اكتبي رقم الملف &lt;b&gt;%1&lt;/b&gt; للتأكيد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case number to confirm</source>
        <translation>رقم الملف للتأكيد</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;محو نهائي</translation>
    </message>
</context>
<context>
    <name>percorsi::EventDialog</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;إضافة شخص…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>تعديل الفعالية</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>عدد الحضور</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>People who came, by name (optional)</source>
        <translation>الأشخاص الذين حضروا، بالاسم (اختياري)</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>المشاركون بالاسم</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>إضافة مشارك</translation>
    </message>
</context>
<context>
    <name>percorsi::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>فعالية &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>عدد الفعاليات</translation>
    </message>
    <message>
        <source>Community events and their headcounts, newest first.</source>
        <translation>الفعاليات المجتمعية وعدد حضورها، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>فعالية واحدة</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 فعالية</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsDueView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 لدى %2</translation>
    </message>
    <message>
        <source>&amp;Record situation…</source>
        <translation>&amp;تسجيل الوضع…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>مستحقة حتى</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Because she</source>
        <translation>لأنها</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>Number of follow-ups due</source>
        <translation>عدد المتابعات المستحقة</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;مستحقة حتى</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>تعذّرت قراءة المتابعات: %1</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>متابعة واحدة مستحقة</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 متابعة مستحقة</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2)، تستحق في %3</translation>
    </message>
</context>
<context>
    <name>percorsi::FollowupsTab</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>متابعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>A follow-up falls due six months after she leaves the programme or a placement ends; open one (Enter) to record her situation then.</source>
        <translation>تستحق المتابعة بعد ستة أشهر من مغادرتها البرنامج أو انتهاء الإدماج المهني؛ افتحيها (Enter) لتسجيل وضعها حينها.</translation>
    </message>
</context>
<context>
    <name>percorsi::HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>أُغلق الملف</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>هدف الخطة</translation>
    </message>
    <message>
        <source>Enrolment in a path</source>
        <translation>التسجيل في مسار</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>First contact and intake</source>
        <translation>أول تواصل واستقبال</translation>
    </message>
</context>
<context>
    <name>percorsi::IntakeDialog</name>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;الأساس القانوني</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
</context>
<context>
    <name>percorsi::ListSheets</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>جهة العمل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>الساعات في الأسبوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>percorsi::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Percorsi is locked. %1, enter your password to go on.</source>
        <translation>Percorsi مقفل. %1، أدخلي كلمة المرور للمتابعة.</translation>
    </message>
</context>
<context>
    <name>percorsi::LoginDialog</name>
    <message>
        <source>Percorsi — first administrator</source>
        <translation>Percorsi — المسؤول الأول</translation>
    </message>
    <message>
        <source>Percorsi — sign in</source>
        <translation>Percorsi — تسجيل الدخول</translation>
    </message>
    <message>
        <source>This database has no account yet. Choose the name and password of its administrator, who will create the other accounts.</source>
        <translation>قاعدة البيانات هذه ليس فيها حساب بعد. اختاري اسم مسؤولها وكلمة مروره، وهو من سينشئ الحسابات الأخرى.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم &amp;الكامل:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;إعادة كلمة المرور:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
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
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>جهات العمل</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly.</source>
        <translation>صفحات Percorsi؛ Ctrl+1 … Ctrl+0 تفتحها مباشرة.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجّل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;الحساب</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
</context>
<context>
    <name>percorsi::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم &amp;الكامل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;كلمة المرور الأولى:</translation>
    </message>
</context>
<context>
    <name>percorsi::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>إعادة تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>تغيير كلمة مرورك</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور &amp;الحالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور &amp;الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;أعيديها:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>كلمتا المرور الجديدتان مختلفتان.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathDialog</name>
    <message>
        <source>Edit path</source>
        <translation>تعديل المسار</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>مسار جديد</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;المشروع:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;المدرّبة:</translation>
    </message>
    <message>
        <source>&amp;Other trainers:</source>
        <translation>مدرّبات &amp;أخريات:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;البداية:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;النهاية:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>&amp;الساعات المخططة:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;السعة:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>Attendance for a ce&amp;rtificate:</source>
        <translation>&amp;الحضور اللازم للشهادة:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>percorsi::PathManageDialog</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Reason or qualification</source>
        <translation>السبب أو المؤهل</translation>
    </message>
    <message>
        <source>People of the path</source>
        <translation>أشخاص المسار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Sessions of the path</source>
        <translation>جلسات المسار</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>People and sessions — %1</source>
        <translation>الأشخاص والجلسات — %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;سحب…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>&amp;وضع علامة مكتمل…</translation>
    </message>
    <message>
        <source>&amp;Edit or move…</source>
        <translation>تعديل &amp;أو نقل…</translation>
    </message>
    <message>
        <source>&amp;Cancel or restore</source>
        <translation>&amp;إلغاء أو استعادة</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;الأشخاص</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;الجلسات</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Qualification gained (may be empty):</source>
        <translation>المؤهل المحصّل (يمكن تركه فارغًا):</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;البداية:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;الدقائق:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;الموضوع:</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsPage</name>
    <message>
        <source>Trainer</source>
        <translation>مدرّبة</translation>
    </message>
    <message>
        <source>Today's sessions</source>
        <translation>جلسات اليوم</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>الساعات المخططة</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجّلة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Tr&amp;ainer:</source>
        <translation>&amp;المدرّبة:</translation>
    </message>
    <message>
        <source>T&amp;oday's sessions:</source>
        <translation>جلسات &amp;اليوم:</translation>
    </message>
    <message>
        <source>Courses, groups and workshops with their calendar, people and attendance.</source>
        <translation>دورات ومجموعات وورش مع جدولها الزمني وأشخاصها وحضورها.</translation>
    </message>
    <message>
        <source>&amp;New path…</source>
        <translation>&amp;مسار جديد…</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>مسار جديد</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the path</source>
        <translation>تعديل المسار</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>تخطيط &amp;الجلسات…</translation>
    </message>
    <message>
        <source>Plan the sessions</source>
        <translation>تخطيط الجلسات</translation>
    </message>
    <message>
        <source>En&amp;rol…</source>
        <translation>&amp;تسجيل…</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>تسجيل أشخاص</translation>
    </message>
    <message>
        <source>Peop&amp;le and sessions…</source>
        <translation>&amp;الأشخاص والجلسات…</translation>
    </message>
    <message>
        <source>People and sessions of the path</source>
        <translation>أشخاص المسار وجلساته</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>Open the attendance register</source>
        <translation>فتح سجل الحضور</translation>
    </message>
    <message>
        <source>S&amp;ummary register…</source>
        <translation>&amp;السجل الملخّص…</translation>
    </message>
    <message>
        <source>Print the summary register</source>
        <translation>طباعة السجل الملخّص</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>&amp;الشهادات…</translation>
    </message>
    <message>
        <source>Print the certificates of attendance</source>
        <translation>طباعة شهادات الحضور</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>كل المدرّبات</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3، %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>لا جلسة اليوم.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions not created</source>
        <translation>لم تُنشأ الجلسات</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>غير مسجّلة</translation>
    </message>
    <message>
        <source>Nobody's attendance reaches the threshold of %1%.</source>
        <translation>لا أحد يبلغ عتبة الحضور البالغة %1%.</translation>
    </message>
</context>
<context>
    <name>percorsi::PathsTab</name>
    <message>
        <source>&amp;Enrol in a path…</source>
        <translation>&amp;التسجيل في مسار…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleFilterBar</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>أي مكتب</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Any path</source>
        <translation>أي مسار</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>مرشدة اجتماعية</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>أي مرشدة</translation>
    </message>
    <message>
        <source>Open &amp;needs</source>
        <translation>&amp;الاحتياجات المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;التنبيهات</translation>
    </message>
    <message>
        <source>The latest screening rates a need at level 2 or more</source>
        <translation>آخر تقييم يعطي احتياجًا المستوى 2 أو أكثر</translation>
    </message>
    <message>
        <source>Residence permit expiring within 60 days, follow-up due, or three absences in a row</source>
        <translation>تصريح إقامة ينتهي خلال 60 يومًا، أو متابعة مستحقة، أو ثلاثة غيابات متتالية</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImport</name>
    <message>
        <source>The file is larger than 64 MiB: split it first.</source>
        <translation>حجم الملف أكبر من 64 ميبيبايت: قسّميه أولًا.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>لا يحتوي الملف على صفوف.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>السطر %1: %2. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>percorsi::PeopleImportWizard</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>استيراد أشخاص من جدول بيانات</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>اختيار جدول البيانات</translation>
    </message>
    <message>
        <source>Save it as CSV first. Commas or semicolons, UTF-8 or Windows encoding, dates as dd/mm/yyyy or yyyy-mm-dd are all understood.</source>
        <translation>احفظيه أولًا بصيغة CSV. الفواصل أو الفواصل المنقوطة، وترميز UTF-8 أو Windows، والتواريخ بالشكل dd/mm/yyyy أو yyyy-mm-dd كلها مفهومة.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>ملف جدول البيانات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>أي عمود هو أي حقل</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what is wrong; columns left out are not imported.</source>
        <translation>طوبقت الأعمدة حسب عناوينها. صحّحي ما هو خطأ؛ الأعمدة المستبعدة لا تُستورد.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>أول قيمة</translation>
    </message>
    <message>
        <source>Person field</source>
        <translation>حقل الشخص</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row must be valid: one refused row refuses the whole import.</source>
        <translation>لم يُكتب شيء بعد. يجب أن يكون كل صف صالحًا: صف واحد مرفوض يرفض الاستيراد كله.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>الصفوف المراد استيرادها</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخّص الاستيراد</translation>
    </message>
    <message>
        <source>Spreadsheet of people</source>
        <translation>جدول بيانات الأشخاص</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>حقل العمود %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(استبعاد)</translation>
    </message>
    <message>
        <source>maybe %1 %2 (%3)</source>
        <translation>ربما %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported: correct the spreadsheet or the mapping.</source>
        <translation>
            <numerusform>لا يمكن استيراد %n صف: صحّحي الجدول أو المطابقة.</numerusform>
            <numerusform>لا يمكن استيراد صف واحد (%n): صحّحي الجدول أو المطابقة.</numerusform>
            <numerusform>لا يمكن استيراد صفين (%n): صحّحي الجدول أو المطابقة.</numerusform>
            <numerusform>لا يمكن استيراد %n صفوف: صحّحي الجدول أو المطابقة.</numerusform>
            <numerusform>لا يمكن استيراد %n صفًا: صحّحي الجدول أو المطابقة.</numerusform>
            <numerusform>لا يمكن استيراد %n صف: صحّحي الجدول أو المطابقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import.</source>
        <translation>
            <numerusform>لا أحد جاهز للاستيراد (%n).</numerusform>
            <numerusform>شخص واحد جاهز للاستيراد (%n).</numerusform>
            <numerusform>شخصان جاهزان للاستيراد (%n).</numerusform>
            <numerusform>%n أشخاص جاهزون للاستيراد.</numerusform>
            <numerusform>%n شخصًا جاهزون للاستيراد.</numerusform>
            <numerusform>%n شخص جاهزون للاستيراد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;شخص جديد…</translation>
    </message>
    <message>
        <source>Search by name or case number (Ctrl+F)</source>
        <translation>البحث بالاسم أو رقم الملف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>تسجيل شخص جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Everyone the programme serves, from every desk.</source>
        <translation>كل من يخدمهم البرنامج، من كل المكاتب.</translation>
    </message>
    <message>
        <source>Cannot read the people: %1</source>
        <translation>تعذّرت قراءة الأشخاص: %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 شخص</translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation>أول %1 نتيجة</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 نتيجة</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>&amp;تصدير القائمة…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Save the people listed, as filtered and sorted, as XLSX or CSV</source>
        <translation>حفظ الأشخاص المدرجين، كما هم مصفّون ومرتّبون، بصيغة XLSX أو CSV</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet the desk already keeps</source>
        <translation>استيراد أشخاص من جدول بيانات يحتفظ به المكتب أصلًا</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>There is nobody in the list to export.</source>
        <translation>لا أحد في القائمة للتصدير.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1.</source>
        <translation>
            <numerusform>لم يُكتب أحد في %1 (%n).</numerusform>
            <numerusform>كُتب شخص واحد في %1 (%n).</numerusform>
            <numerusform>كُتب شخصان في %1 (%n).</numerusform>
            <numerusform>كُتب %n أشخاص في %1.</numerusform>
            <numerusform>كُتب %n شخصًا في %1.</numerusform>
            <numerusform>كُتب %n شخص في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>Name or case number; Down to the list, Enter chooses</source>
        <translation>الاسم أو رقم الملف؛ السهم للأسفل للانتقال إلى القائمة، و Enter للاختيار</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين وُجدوا</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
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
        <translation>%1 لدى %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>من %1 إلى %2، %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Ctrl+Right moves the selected placement to the next stage, Ctrl+Left back; or drag it to another column. Enter opens it.</source>
        <translation>Ctrl+يمين ينقل الإدماج المهني المحدد إلى المرحلة التالية، و Ctrl+يسار يعيده؛ أو اسحبيه إلى عمود آخر. Enter يفتحه.</translation>
    </message>
    <message>
        <source>%1 (latest %2 of %3)</source>
        <translation>%1 (الأحدث %2 من %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The placement has ended: there is no stage after it.</source>
        <translation>انتهى الإدماج المهني: لا توجد مرحلة بعده.</translation>
    </message>
    <message>
        <source>The placement is only proposed: there is no stage before it.</source>
        <translation>الإدماج المهني مقترح فقط: لا توجد مرحلة قبله.</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsPage</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>إدماج مهني &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;مراحل الإدماج</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>Internships, vouchers and jobs by stage, and the follow-ups due six months after.</source>
        <translation>التدريب وقسائم العمل والوظائف حسب المرحلة، والمتابعات المستحقة بعد ستة أشهر.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;المتابعات المستحقة (%1)</translation>
    </message>
</context>
<context>
    <name>percorsi::PlacementsTab</name>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;إدماج مهني جديد…</translation>
    </message>
</context>
<context>
    <name>percorsi::PlanTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;هدف جديد…</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileHeader</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> («%1»)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 سنة</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>أُغلق في %1: %2</translation>
    </message>
    <message>
        <source>no operator assigned</source>
        <translation>لم تُعيَّن مرشدة</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>المرشدة %1</translation>
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
        <translation>الموافقة: %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>تعذّرت قراءة التنبيهات: %1</translation>
    </message>
    <message>
        <source>Residence permit expires on %1</source>
        <translation>ينتهي تصريح الإقامة في %1</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>متابعة مستحقة</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 غيابات متتالية</translation>
    </message>
</context>
<context>
    <name>percorsi::ProfileWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <source>S&amp;creening</source>
        <translation>&amp;التقييم</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;الخطة</translation>
    </message>
    <message>
        <source>P&amp;aths</source>
        <translation>&amp;المسارات</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>&amp;الدعم</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;الإحالات</translation>
    </message>
    <message>
        <source>Placem&amp;ents</source>
        <translation>&amp;الإدماج المهني</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>&amp;الموافقات</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;السجل التاريخي</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;إغلاق الملف…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>&amp;إعادة فتح الملف</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>حفظ &amp;التغييرات</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>&amp;إغلاق النافذة</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;الشخص</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>إعادة فتح الملف</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;المتابعات</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;المشروع التجاري</translation>
    </message>
    <message>
        <source>E&amp;xport her data…</source>
        <translation>&amp;تصدير بياناتها…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;محو…</translation>
    </message>
    <message>
        <source>Export her data</source>
        <translation>تصدير بياناتها</translation>
    </message>
    <message>
        <source>Readable document (*.pdf);;Data for another system (*.json)</source>
        <translation>مستند قابل للقراءة (*.pdf);;بيانات لنظام آخر (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::ProjectsDialog</name>
    <message>
        <source>Projects and targets</source>
        <translation>المشاريع والأهداف</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Targets of the project</source>
        <translation>أهداف المشروع</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;تعديل المشروع…</translation>
    </message>
    <message>
        <source>New &amp;target…</source>
        <translation>هدف &amp;جديد…</translation>
    </message>
    <message>
        <source>Ed&amp;it target…</source>
        <translation>تعديل &amp;الهدف…</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;المشاريع:</translation>
    </message>
    <message>
        <source>T&amp;argets of the chosen project:</source>
        <translation>&amp;أهداف المشروع المختار:</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>تعديل المشروع</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>تعديل الهدف</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordForm</name>
    <message>
        <source>%1: problem</source>
        <translation>%1: مشكلة</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordListPage</name>
    <message>
        <source>Number of records</source>
        <translation>عدد السجلات</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>تعذّرت قراءة السجلات: %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecordsTab</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
</context>
<context>
    <name>percorsi::RecurrenceDialog</name>
    <message>
        <source>Plan the sessions</source>
        <translation>تخطيط الجلسات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البداية</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>وقت النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-04-25</source>
        <translation>تاريخ في كل سطر، مثل 2026-04-25</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>الجلسات المخططة</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>أيام الأسبوع:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;البداية:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;النهاية:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;العطل:</translation>
    </message>
    <message>
        <source>Create sessions</source>
        <translation>إنشاء الجلسات</translation>
    </message>
    <message>
        <source>The end time must be after the start.</source>
        <translation>يجب أن يكون وقت النهاية بعد البداية.</translation>
    </message>
    <message>
        <source>No session: choose weekdays within the path's dates.</source>
        <translation>لا جلسة: اختاري أيامًا من الأسبوع ضمن تواريخ المسار.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2, %3 hours in all.</source>
        <translation>
            <numerusform>%n جلسة، من %1 إلى %2، %3 ساعة في المجموع.</numerusform>
            <numerusform>جلسة واحدة (%n)، من %1 إلى %2، %3 ساعة في المجموع.</numerusform>
            <numerusform>جلستان (%n)، من %1 إلى %2، %3 ساعة في المجموع.</numerusform>
            <numerusform>%n جلسات، من %1 إلى %2، %3 ساعة في المجموع.</numerusform>
            <numerusform>%n جلسة، من %1 إلى %2، %3 ساعة في المجموع.</numerusform>
            <numerusform>%n جلسة، من %1 إلى %2، %3 ساعة في المجموع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;إحالة جديدة…</translation>
    </message>
    <message>
        <source>Pick a service of the directory; open a referral to change its status.</source>
        <translation>اختاري خدمة من الدليل؛ افتحي إحالة لتغيير حالتها.</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterModel</name>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>ح</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>غ</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>ع</translation>
    </message>
    <message numerus="yes">
        <source>%n absences in a row</source>
        <translation>
            <numerusform>%n غياب متتالٍ</numerusform>
            <numerusform>غياب واحد (%n)</numerusform>
            <numerusform>غيابان متتاليان (%n)</numerusform>
            <numerusform>%n غيابات متتالية</numerusform>
            <numerusform>%n غيابًا متتاليًا</numerusform>
            <numerusform>%n غياب متتالٍ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation>سجل الحضور</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key: the whole session present</comment>
        <translation>ك</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportExport</name>
    <message>
        <source>Progress summary</source>
        <translation>ملخص التقدم</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائيي الجنس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>كل المكاتب</translation>
    </message>
</context>
<context>
    <name>percorsi::ReportPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>ملخص التقدم</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counts only people who consented to anonymous reporting; counts from 1 to 4 show as "&lt;5".</source>
        <translation>%1، من %2 إلى %3. لا يُحتسب إلا من وافقوا على التقارير المجهولة الهوية؛ الأعداد من 1 إلى 4 تظهر بصيغة "&lt;5".</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>كل الأشخاص</translation>
    </message>
    <message>
        <source>&amp;Summary of the period:</source>
        <translation>&amp;ملخص الفترة:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;الإنجازات:</translation>
    </message>
    <message>
        <source>&amp;Difficulties:</source>
        <translation>&amp;الصعوبات:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;الخطوات التالية:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>progress-summary.pdf</source>
        <translation>progress-summary.pdf</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>percorsi::RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>الاحتفاظ بالملفات المغلقة</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;محو…</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> شهرًا بعد المغادرة</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>الملفات المغلقة التي تجاوزت مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for</source>
        <translation>&amp;الاحتفاظ بالملفات المغلقة لمدة</translation>
    </message>
</context>
<context>
    <name>percorsi::ScreeningTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;تقييم جديد…</translation>
    </message>
    <message>
        <source>Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).</source>
        <translation>الاحتياجات: 0 لا شيء، 1 منخفض، 2 متوسط، 3 مرتفع. المقاييس: من 1 (منخفض) إلى 5 (مرتفع).</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>التطور عبر الزمن</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>احتياج: </translation>
    </message>
    <message>
        <source>Average need (0-3)</source>
        <translation>متوسط الاحتياج (0-3)</translation>
    </message>
</context>
<context>
    <name>percorsi::ServicesPage</name>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;إضافة خدمة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Search by name, address, language or eligibility</source>
        <translation>البحث بالاسم أو العنوان أو اللغة أو شروط الاستفادة</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>البحث عن خدمات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>عدد الخدمات</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>The shared directory of local services people are referred to.</source>
        <translation>الدليل المشترك للخدمات المحلية التي يُحال إليها الأشخاص.</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>خدمة واحدة</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 خدمة</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>خدمة جديدة</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>تعديل الخدمة</translation>
    </message>
</context>
<context>
    <name>percorsi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This installation and how it speaks to you.</source>
        <translation>هذا التثبيت وكيف يخاطبك.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>لغة واجهة المستخدم</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Your choice is saved and applies at once, reading direction included.</source>
        <translation>يُحفظ اختيارك ويُطبَّق فورًا، بما في ذلك اتجاه القراءة.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>White text on black, with the selection and the keyboard focus in yellow</source>
        <translation>نص أبيض على أسود، مع التحديد وتركيز لوحة المفاتيح باللون الأصفر</translation>
    </message>
    <message>
        <source>Applies at once and is saved. For larger text and controls, start Percorsi with QT_SCALE_FACTOR=1.5 (or your desktop's scaling).</source>
        <translation>يُطبَّق فورًا ويُحفظ. لنصوص وعناصر تحكم أكبر، شغّلي Percorsi مع QT_SCALE_FACTOR=1.5 (أو مع تكبير سطح المكتب).</translation>
    </message>
</context>
<context>
    <name>percorsi::SituationDialog</name>
    <message>
        <source>Her situation &amp;improved since she left</source>
        <translation>&amp;تحسّن وضعها منذ مغادرتها</translation>
    </message>
    <message>
        <source>Record the situation</source>
        <translation>تسجيل الوضع</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;التاريخ *</translation>
    </message>
    <message>
        <source>&amp;Situation *</source>
        <translation>&amp;الوضع *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>percorsi::SpreadsheetsTab</name>
    <message>
        <source>Export a list</source>
        <translation>تصدير قائمة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Attendance register of a path</source>
        <translation>سجل حضور مسار</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإدماج المهني</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>القائمة المراد تصديرها</translation>
    </message>
    <message>
        <source>Path of the register</source>
        <translation>مسار السجل</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel ‏(.xlsx)</translation>
    </message>
    <message>
        <source>CSV for this computer's spreadsheet</source>
        <translation>CSV لجدول البيانات في هذا الحاسوب</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>صيغة جدول البيانات</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>تصدير &amp;القائمة…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <source>List export result</source>
        <translation>نتيجة تصدير القائمة</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;القائمة:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>&amp;المسار:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>استيراد أشخاص</translation>
    </message>
    <message>
        <source>Bring in the people a desk already keeps in a spreadsheet saved as CSV. You choose which column is which, see every row checked, and nothing is written until you confirm.</source>
        <translation>أدخلي الأشخاص الذين يحتفظ بهم المكتب في جدول بيانات محفوظ بصيغة CSV. تختارين أي عمود هو أي حقل، وترين كل صف مفحوصًا، ولا يُكتب شيء حتى تؤكدي.</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;استيراد أشخاص من جدول بيانات…</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>استيراد أشخاص من جدول بيانات</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <source>There is no path to export the register of.</source>
        <translation>لا يوجد مسار لتصدير سجله.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>كُتب %n صف في %1.</numerusform>
            <numerusform>كُتب صف واحد (%n) في %1.</numerusform>
            <numerusform>كُتب صفان (%n) في %1.</numerusform>
            <numerusform>كُتبت %n صفوف في %1.</numerusform>
            <numerusform>كُتب %n صفًا في %1.</numerusform>
            <numerusform>كُتب %n صف في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>percorsi::SupportTab</name>
    <message>
        <source>&amp;New intervention…</source>
        <translation>&amp;تدخّل جديد…</translation>
    </message>
    <message>
        <source>Notes are special-category data (health, legal, psychological): they are not shown in the list; open an intervention to read its note.</source>
        <translation>الملاحظات بيانات من فئة خاصة (صحية، قانونية، نفسية): لا تظهر في القائمة؛ افتحي تدخّلًا لقراءة ملاحظته.</translation>
    </message>
</context>
<context>
    <name>percorsi::SyncPage</name>
    <message>
        <source>Sync sections</source>
        <translation>أقسام المزامنة</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;الحزم</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>جداول &amp;البيانات</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;المكاتب</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Desks exchange their data through bundles, on a USB stick or by mail; no server is needed.</source>
        <translation>تتبادل المكاتب بياناتها عبر حزم، على ذاكرة USB أو بالبريد؛ لا حاجة إلى خادم.</translation>
    </message>
    <message>
        <source>Bundles sent and &amp;received</source>
        <translation>&amp;الحزم المرسلة والمستلمة</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;التعارضات (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;التعارضات</translation>
    </message>
</context>
<context>
    <name>percorsi::VenturesTab</name>
    <message>
        <source>&amp;New business idea…</source>
        <translation>فكرة مشروع &amp;جديدة…</translation>
    </message>
</context>
</TS>

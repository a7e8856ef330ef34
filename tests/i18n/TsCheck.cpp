// Fails when a translation is behind the sources: runs lupdate on temporary
// copies of the committed .ts files and lists every source string that is
// missing from them, and every entry left unfinished or empty.
//   ts_check LUPDATE SOURCES.lst FILE.ts...
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    bool finished = false;
};

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

// A translation counts when it is marked done and says something in every form.
bool readTranslation(QXmlStreamReader& xml)
{
    const QStringView type = xml.attributes().value(QLatin1String("type"));
    bool done = type.isEmpty();
    bool hasForms = false;
    QString text;
    while (xml.readNext() != QXmlStreamReader::EndElement ||
           xml.name() != QLatin1String("translation")) {
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            hasForms = true;
            if (xml.readElementText().trimmed().isEmpty()) done = false;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
        if (xml.atEnd()) return false;
    }
    return done && (hasForms || !text.trimmed().isEmpty());
}

// The entries of a .ts file, without those lupdate marked vanished or obsolete.
QList<Entry> readTs(const QString& path, bool* ok)
{
    QList<Entry> entries;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool dropped = false;
    while (*ok && !xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            entry = Entry{context, {}, false};
        else if (name == QLatin1String("source"))
            entry.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            dropped = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            entry.finished = readTranslation(xml);
            if (!dropped) entries << entry;
        }
    }
    if (xml.hasError()) *ok = false;
    return entries;
}

QString key(const Entry& e)
{
    return e.context + QLatin1Char('\x1f') + e.source;
}

// Returns the number of problems found in one language.
int compare(const QString& committed, const QString& refreshed)
{
    bool ok1 = false, ok2 = false;
    const QList<Entry> before = readTs(committed, &ok1);
    const QList<Entry> after = readTs(refreshed, &ok2);
    const QString name = QFileInfo(committed).fileName();
    if (!ok1 || !ok2) {
        say(QStringLiteral("%1: cannot be read").arg(name));
        return 1;
    }
    QSet<QString> known;
    for (const Entry& e : before)
        known.insert(key(e));
    int problems = 0;
    for (const Entry& e : after) {
        if (e.finished) continue;
        const char* why = known.contains(key(e)) ? "unfinished" : "missing";
        say(QStringLiteral("%1: %2: [%3] %4").arg(name, QLatin1String(why), e.context, e.source));
        ++problems;
    }
    return problems;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        say(QStringLiteral("usage: ts_check LUPDATE SOURCES.lst FILE.ts..."));
        return 2;
    }
    QTemporaryDir temp;
    QStringList copies;
    for (const QString& ts : args.mid(2)) {
        const QString copy = QDir(temp.path()).filePath(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy)) {
            say(QStringLiteral("cannot copy %1").arg(ts));
            return 2;
        }
        copies << copy;
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    lupdate.start(args[0], QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                       QStringLiteral("-locations"), QStringLiteral("none"),
                                       QLatin1Char('@') + args[1], QStringLiteral("-ts")} +
                               copies);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        say(QStringLiteral("lupdate failed: %1").arg(lupdate.errorString()));
        return 2;
    }
    int problems = 0;
    for (int i = 0; i < copies.size(); ++i)
        problems += compare(args[2 + i], copies[i]);
    if (problems == 0) return 0;
    say(QStringLiteral("%1 translation(s) to do: run the update_translations target, "
                       "then translate (translations/README.md).")
            .arg(problems));
    return 1;
}

#include "core/exchange/PeopleColumns.h"

#include <QDate>
#include <QRegularExpression>

#include "core/search/NameFolding.h"

namespace percorsi {

namespace {

struct Synonyms
{
    const char* field;
    const char* names; // folded, '|'-separated
};

// Headers seen in desks' spreadsheets, folded (lower case, no accents).
const Synonyms kSynonyms[] = {
    {"given_name", "given name|first name|firstname|name|forename|nome|nombre|prenom|voornaam|"
                   "fornamn|fornavn|nome proprio"},
    {"family_name", "family name|last name|lastname|surname|cognome|apellidos|apellido|nom|"
                    "nom de famille|achternaam|familienaam|efternamn"},
    {"preferred_name", "preferred name|nickname|known as|detta|apodo|surnom|roepnaam|tilltalsnamn"},
    {"gender", "gender|sex|sesso|genere|sexo|genero|sexe|genre|geslacht|kon"},
    {"birth_date", "birth date|date of birth|dob|birthday|data di nascita|data nascita|"
                   "fecha de nacimiento|date de naissance|geboortedatum|fodelsedatum"},
    {"birth_year", "birth year|year of birth|anno di nascita|ano de nacimiento|annee de naissance|"
                   "geboortejaar|fodelsear"},
    {"country_of_birth", "country of birth|birth country|paese di nascita|stato di nascita|"
                         "nazione di nascita|pais de nacimiento|pays de naissance|geboorteland|"
                         "fodelseland"},
    {"phone", "phone|telephone|mobile|cell|tel|telefono|cellulare|movil|portable|telefoon|"
              "mobiel|telefon|mobil|telefonnummer"},
    {"email", "email|e-mail|mail|posta elettronica|correo|correo electronico|courriel|e-post|"
              "epost"},
    {"address", "address|indirizzo|direccion|adresse|adres|adress"},
    {"neighbourhood", "neighbourhood|neighborhood|district|quartiere|barrio|quartier|wijk|"
                      "stadsdel"},
    {"intake_date", "intake date|intake|data di accoglienza|data accoglienza|data presa in carico|"
                    "fecha de acogida|fecha de alta|date d'accueil|intakedatum|inskrivningsdatum"},
    {"notes", "notes|note|comments|remarks|annotazioni|notas|observaciones|remarques|"
              "opmerkingen|anteckningar"},
};

} // namespace

QStringList PeopleColumns::fields()
{
    QStringList out;
    for (const Synonyms& s : kSynonyms)
        out << QLatin1StringView(s.field);
    return out;
}

QString PeopleColumns::guess(const QString& header)
{
    QString folded = NameFolding::fold(header).simplified();
    folded.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (folded.isEmpty()) return {};
    for (const Synonyms& s : kSynonyms) {
        const QStringList names = QString::fromUtf8(s.names).split(QLatin1Char('|'));
        if (names.contains(folded)) return QLatin1StringView(s.field);
    }
    return {};
}

QString PeopleColumns::convert(const QString& field, const QString& cell)
{
    const QString text = cell.trimmed();
    if (field.endsWith(QLatin1String("_date"))) return convertDate(text);
    if (field == QLatin1String("gender")) return convertGender(text);
    return text;
}

// dd/mm/yyyy, dd.mm.yyyy or dd-mm-yyyy (the day first, as in Europe); ISO as is.
QString PeopleColumns::convertDate(const QString& cell)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    const auto m = dmy.match(cell);
    if (!m.hasMatch()) return cell;
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return date.isValid() ? date.toString(Qt::ISODate) : cell;
}

QString PeopleColumns::convertGender(const QString& cell)
{
    const QString g = NameFolding::fold(cell).simplified();
    static const QStringList women{
        QStringLiteral("f"),      QStringLiteral("w"),      QStringLiteral("woman"),
        QStringLiteral("female"), QStringLiteral("donna"),  QStringLiteral("femmina"),
        QStringLiteral("mujer"),  QStringLiteral("femme"),  QStringLiteral("vrouw"),
        QStringLiteral("v"),      QStringLiteral("kvinna"), QStringLiteral("k")};
    static const QStringList men{QStringLiteral("m"),       QStringLiteral("man"),
                                 QStringLiteral("male"),    QStringLiteral("uomo"),
                                 QStringLiteral("maschio"), QStringLiteral("hombre"),
                                 QStringLiteral("homme"),   QStringLiteral("man")};
    if (women.contains(g)) return QStringLiteral("woman");
    if (men.contains(g)) return QStringLiteral("man");
    if (g.startsWith(QLatin1String("non")) || g == QLatin1String("x"))
        return QStringLiteral("non_binary");
    return cell;
}

} // namespace percorsi

#!/usr/bin/env python3
"""Writes the names of countries and languages in Percorsi's languages.

The names come from Debian's iso-codes package: the English names from its
JSON tables, their translations from its gettext catalogues. The output is one
JSON object per language code ("en" included), each holding "countries"
(ISO 3166-1 alpha-2 -> name) and "languages" (ISO 639 alpha-2 and alpha-3 ->
name), embedded in the application so that nothing is read from the system
at run time.

usage: region_names.py ISO_CODES_JSON_DIR LOCALE_DIR OUTPUT LANG...
"""

import gettext
import json
import sys


def catalogue(domain, locale_dir, lang):
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(domain, locale_dir, [lang])


def translated(cat, lang, *candidates):
    """The first candidate the catalogue translates; English takes the first."""
    names = [c for c in candidates if c]
    if lang == "en":
        return names[0]
    for name in names:
        text = cat.gettext(name)
        if text != name:
            return text
    return cat.gettext(names[-1])


def countries(json_dir, locale_dir, lang):
    with open(f"{json_dir}/iso_3166-1.json", encoding="utf-8") as f:
        table = json.load(f)["3166-1"]
    cat = catalogue("iso_3166-1", locale_dir, lang)
    # The common name ("Iran") reads better than the formal one ("Iran,
    # Islamic Republic of") where the language has one.
    return {e["alpha_2"]: translated(cat, lang, e.get("common_name"), e["name"])
            for e in table}


def languages(json_dir, locale_dir, lang):
    with open(f"{json_dir}/iso_639-2.json", encoding="utf-8") as f:
        table = json.load(f)["639-2"]
    cat = catalogue("iso_639-2", locale_dir, lang)
    out = {}
    for e in table:
        name = translated(cat, lang, e["name"])
        out[e["alpha_3"]] = name
        if "alpha_2" in e:
            out[e["alpha_2"]] = name
    return out


def main(argv):
    if len(argv) < 5:
        sys.stderr.write(__doc__)
        return 2
    json_dir, locale_dir, output, langs = argv[1], argv[2], argv[3], argv[4:]
    result = {}
    for lang in ["en"] + langs:
        result[lang] = {"countries": countries(json_dir, locale_dir, lang),
                        "languages": languages(json_dir, locale_dir, lang)}
    with open(output, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Moves translations between .ts files and plain tables, offline.

  fill_ts.py export percorsi_it.ts > todo.tsv
      One line per unfinished entry: CONTEXT<TAB>SOURCE<TAB> (empty translation).
  fill_ts.py import percorsi_it.ts table.tsv
      Fills the unfinished entries of the .ts from a table and marks them done.
      Table lines are SOURCE<TAB>TRANSLATION or CONTEXT<TAB>SOURCE<TAB>TRANSLATION
      (the second wins for its context). Plural forms are separated by " || ".
      Newlines and tabs are written as \\n and \\t.

Entries the table does not cover stay unfinished, so the check in tests/i18n
lists them.
"""
import sys
import xml.etree.ElementTree as ET


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") == "unfinished"


def export(ts):
    tree = ET.parse(ts)
    for context, message in messages(tree):
        if unfinished(message):
            print(f"{escape(context)}\t{escape(message.findtext('source'))}\t")


def read_table(path):
    general, specific = {}, {}
    with open(path, encoding="utf-8") as table:
        for line in table:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 2 and fields[1]:
                general[unescape(fields[0])] = unescape(fields[1])
            elif len(fields) == 3 and fields[2]:
                specific[(unescape(fields[0]), unescape(fields[1]))] = unescape(fields[2])
    return general, specific


def fill(message, text):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        values = text.split(" || ")
        for form, value in zip(forms, values + [values[-1]] * len(forms)):
            form.text = value
    else:
        translation.text = text
    del translation.attrib["type"]


def import_table(ts, table):
    general, specific = read_table(table)
    tree = ET.parse(ts)
    done = left = 0
    for context, message in messages(tree):
        if not unfinished(message):
            continue
        source = message.findtext("source")
        text = specific.get((context, source), general.get(source))
        if text:
            fill(message, text)
            done += 1
        else:
            left += 1
    with open(ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{ts}: {done} filled, {left} still unfinished", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "export":
        export(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "import":
        import_table(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)

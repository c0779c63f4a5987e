#!/usr/bin/env python3
"""The studio's Qt Linguist catalogues (resources/translations/backprop-studio_LANG.ts).

  scripts/translations.py update            rescan ui/ and app/ with lupdate (new strings come in
                                            unfinished, strings gone from the code are dropped)
  scripts/translations.py check             fail when a catalogue is behind the code: an unfinished,
                                            obsolete or vanished entry, or a translation that lost a
                                            placeholder (%1, %n, …) or has more than one '&'
  scripts/translations.py dump LANG         the unfinished entries as JSON lines (for translators)
  scripts/translations.py merge LANG FILE   fill entries from JSON lines {"context", "source",
                                            "comment"?, "translation": text or [plural forms]}

The check is a ctest (tst_translations): it never writes into the source tree.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ("de", "es")
SOURCES = ("ui", "app")
LUPDATE_CANDIDATES = ("/usr/lib/qt6/bin/lupdate", "lupdate6", "lupdate-qt6", "lupdate")
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def catalogue(lang):
    return os.path.join(ROOT, "resources", "translations", f"backprop-studio_{lang}.ts")


def lupdate_binary():
    override = os.environ.get("BPS_LUPDATE")
    if override:
        return override
    for candidate in LUPDATE_CANDIDATES:
        found = shutil.which(candidate) if not os.path.isabs(candidate) else (
            candidate if os.access(candidate, os.X_OK) else None)
        if found:
            return found
    sys.exit("error: lupdate not found (Debian: apt-get install qt6-l10n-tools)")


def run_lupdate(ts_path, lang, no_obsolete):
    args = [lupdate_binary(), "-recursive", *SOURCES, "-locations", "none",
            "-target-language", lang, "-silent", "-ts", ts_path]
    if no_obsolete:
        args.insert(-2, "-no-obsolete")
    subprocess.run(args, cwd=ROOT, check=True)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def forms(message):
    translation = message.find("translation")
    plural = translation.findall("numerusform")
    if plural:
        return [form.text or "" for form in plural]
    return [translation.text or ""]


def problems(tree):
    found = []
    for context, message in messages(tree):
        source = message.findtext("source", "")
        translation = message.find("translation")
        kind = translation.get("type")
        where = f"{context}: {source!r}"
        if kind in ("unfinished", "obsolete", "vanished"):
            found.append(f"{kind}: {where}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in forms(message):
            if not text.strip():
                found.append(f"empty translation: {where}")
            have = sorted(set(PLACEHOLDER.findall(text)))
            # A plural form may spell the number out ("one point") instead of %n.
            if [p for p in wanted if p != "%n"] != [p for p in have if p != "%n"]:
                found.append(f"placeholders {wanted} became {have}: {where} → {text!r}")
            if text.count("&") - text.count("&&") * 2 > 1 and "<" not in text:
                found.append(f"more than one mnemonic '&': {where} → {text!r}")
    return found


def lesson_shape(text):
    """What must match between a lesson and its translation: the title line, the numbered
    steps and the number of bold section heads."""
    lines = text.splitlines()
    steps = [re.match(r"\s*(\d+)\.\s", line).group(1) for line in lines
             if re.match(r"\s*\d+\.\s", line)]
    return (bool(lines) and lines[0].startswith("# "), steps,
            len(re.findall(r"^\*\*[^*]+\*\*", text, re.MULTILINE)))


def lesson_problems(lang):
    found = []
    lessons = os.path.join(ROOT, "resources", "examples", "lessons")
    for name in sorted(os.listdir(lessons)):
        original = os.path.join(lessons, name, "lesson.md")
        if not os.path.isfile(original):
            continue
        translated = os.path.join(lessons, name, f"lesson.{lang}.md")
        if not os.path.isfile(translated):
            found.append(f"missing lesson: {name}/lesson.{lang}.md")
            continue
        with open(original, encoding="utf-8") as a, open(translated, encoding="utf-8") as b:
            want, have = lesson_shape(a.read()), lesson_shape(b.read())
        if want != have:
            found.append(f"lesson {name}/lesson.{lang}.md differs in shape from lesson.md "
                         f"(title, numbered steps, bold heads): {want} vs {have}")
    return found


def check():
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for lang in LANGUAGES:
            copy = os.path.join(scratch, os.path.basename(catalogue(lang)))
            shutil.copyfile(catalogue(lang), copy)
            run_lupdate(copy, lang, no_obsolete=False)
            tree = ET.parse(copy)
            found = problems(tree) + lesson_problems(lang)
            total = sum(1 for _ in messages(tree))
            print(f"{lang}: {total} strings, {len(found)} problem(s)")
            for line in found[:200]:
                print(f"  {lang} {line}")
            failures += len(found)
    if failures:
        print("Run scripts/translations.py update, translate the unfinished entries "
              "(Qt Linguist, or dump/merge), and commit the catalogues.")
    return 1 if failures else 0


def dump(lang):
    tree = ET.parse(catalogue(lang))
    for context, message in messages(tree):
        if message.find("translation").get("type") != "unfinished":
            continue
        entry = {"context": context, "source": message.findtext("source", "")}
        if message.findtext("comment"):
            entry["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            entry["numerus"] = True
        print(json.dumps(entry, ensure_ascii=False))


def merge(lang, path):
    wanted = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            wanted[(entry["context"], entry["source"], entry.get("comment", ""))] = \
                entry["translation"]
    tree = ET.parse(catalogue(lang))
    filled = 0
    for context, message in messages(tree):
        text = wanted.pop(key(context, message), None)
        if text is None:
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            plural = text if isinstance(text, list) else [text, text]
            for form, value in zip(translation.findall("numerusform"), plural):
                form.text = value
        else:
            translation.text = text if isinstance(text, str) else text[0]
        filled += 1
    ET.indent(tree, space="    ")
    with open(catalogue(lang), "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{lang}: {filled} entries filled; {len(wanted)} not found in the catalogue")
    for context, source, _ in list(wanted)[:20]:
        print(f"  not found: {context}: {source!r}")


def main(argv):
    if len(argv) >= 2 and argv[1] == "update":
        for lang in LANGUAGES:
            run_lupdate(catalogue(lang), lang, no_obsolete=True)
        return 0
    if len(argv) >= 2 and argv[1] == "check":
        return check()
    if len(argv) == 3 and argv[1] == "dump":
        dump(argv[2])
        return 0
    if len(argv) == 4 and argv[1] == "merge":
        merge(argv[2], argv[3])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

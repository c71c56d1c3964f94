"""Build the translation catalogues: extract every user-visible string, merge into the .ts sources, compile .qm.

    python i18n/build.py update     # extract strings, merge into i18n/corridor_<lang>.ts (keeps translations)
    python i18n/build.py release    # compile .ts -> .qm next to them (make does this before run and test)
    python i18n/build.py check      # report unfinished / empty / obsolete entries and placeholder mismatches
    python i18n/build.py import F   # take translations from a JSON file {context|"*": {source: {lang: text}}}
    python i18n/build.py import F --replace   # the same, overwriting finished translations (corrections)

Strings come from: the Qt UI (pyside6-lupdate over desktop/ui), the field definitions of every model (context
"Field": labels and help texts), rule messages ("Rule"), error messages ("Error"), and literal calls
``translate("Context", "source")`` / ``console.say("source")`` / ``console.tr("source")`` in the core and the CLI.
The .ts files are the translation sources of record; an entry no longer in the code is dropped by ``update``.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGS = ("zh_CN", "en", "vi")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%[1-9]")

Key = tuple[str, str]

#: Plural forms a language has (Qt's numerus rules): English singular / plural, Chinese and Vietnamese one form.
FORMS = {"zh_CN": 1, "en": 2, "vi": 1}
#: Joins the plural forms of a numerus message in the text this module passes around (split again on writing).
SEP = "\x1e"
#: Messages with plural forms, found while extracting (``tr(..., n)`` in the UI, ``plural=`` in the CLI).
NUMERUS: set[Key] = set()


def _ensure_path() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6)")
    return found


# ---------------------------------------------------------------- extraction

def ui_strings() -> dict[Key, str]:
    """Strings of the Qt UI, found by pyside6-lupdate (tr / translate calls with literals)."""
    files = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    if not files:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "ui.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-locations", "none", *files, "-ts", str(ts)],
                       check=True, cwd=ROOT)
        NUMERUS.update(_numerus_keys(ts))
        found = {key: "" for key in _read_ts(ts)}
    for key in _translate_with_count(files):  # lupdate marks only tr(..., n) as numerus
        NUMERUS.add(key)
        found[key] = ""
    return found


def _translate_with_count(files: list[str]) -> set[Key]:
    """``QCoreApplication.translate("Ctx", "src", "", n)`` calls: messages with plural forms."""
    found: set[Key] = set()
    for name in files:
        for node in ast.walk(ast.parse(Path(name).read_text(encoding="utf-8"), name)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                    and len(node.args) == 4):
                ctx, source = node.args[0], node.args[1]
                if isinstance(ctx, ast.Constant) and isinstance(source, ast.Constant):
                    found.add((str(ctx.value), str(source.value)))
    return found


def model_strings() -> dict[Key, str]:
    _ensure_path()
    import importlib
    import pkgutil

    from pydantic import BaseModel

    import desktop.core.model as pkg
    from desktop.core.model.fields import field_specs

    for info in pkgutil.walk_packages(pkg.__path__, "desktop.core.model."):
        importlib.import_module(info.name)
    found: dict[Key, str] = {}
    seen: set[type] = set()
    stack: list[type] = list(BaseModel.__subclasses__())
    while stack:
        cls = stack.pop()
        if cls in seen:
            continue
        seen.add(cls)
        stack.extend(cls.__subclasses__())
        if not cls.__module__.startswith("desktop."):
            continue
        if not any(isinstance(f.json_schema_extra, dict) and "x-label" in f.json_schema_extra
                   for f in cls.model_fields.values()):
            continue  # not a domain model: wire formats and settings carry no user-visible labels
        for spec in field_specs(cls).values():
            found[("Field", spec.label)] = ""
            if spec.help:
                found[("Field", spec.help)] = ""
    return found


def message_strings() -> dict[Key, str]:
    _ensure_path()
    from desktop.core.i18n import Plural
    from desktop.core.messages import all_messages

    found: dict[Key, str] = {("Error", text): "" for text in all_messages().values()}
    try:
        from desktop.core.rules.messages import MESSAGES as RULES
    except ModuleNotFoundError:
        RULES = {}
    for text in RULES.values():
        found[("Rule", text)] = ""
    NUMERUS.update(("Error", text) for text in all_messages().values() if isinstance(text, Plural))
    NUMERUS.update(("Rule", text) for text in RULES.values() if isinstance(text, Plural))
    return found


def literal_strings() -> dict[Key, str]:
    """``translate("Ctx", "src")`` anywhere outside the UI, and ``x.say/tr("src")`` in the CLI (context Cli)."""
    found: dict[Key, str] = {}
    paths = [p for p in (ROOT / "desktop").rglob("*.py") if "ui" not in p.relative_to(ROOT / "desktop").parts[:1]]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        cli = path.parts[-2] == "commands" or path.name in ("cli.py", "selftest.py")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name in ("translate", "N_") and len(args) >= 2 and args[0] and args[1]:
                found[(args[0], args[1])] = ""
            elif name == "S_" and args and args[0]:  # a self-test detail template
                found[("SelfTest", args[0])] = ""
            elif cli and name in ("say", "tr") and args and args[0]:
                ctx = "Cli"
                for kw in node.keywords:
                    if kw.arg == "context" and isinstance(kw.value, ast.Constant):
                        ctx = str(kw.value.value)
                found[(ctx, args[0])] = ""
                if any(kw.arg == "plural" for kw in node.keywords):
                    NUMERUS.add((ctx, args[0]))
    return found


def cli_help_strings() -> dict[Key, str]:
    """Every help and description text of ``corridor-desk`` and its subcommands (context CliHelp)."""
    _ensure_path()
    from desktop.cli import build_parser
    from desktop.commands.helptext import HELP_CONTEXT, help_texts, install

    install("en")  # argparse's own texts in their English source, whatever an earlier run installed
    return {(HELP_CONTEXT, text): "" for text in help_texts(build_parser())}


def extract() -> dict[Key, str]:
    strings: dict[Key, str] = {}
    for part in (model_strings(), message_strings(), literal_strings(), cli_help_strings(), ui_strings()):
        strings.update(part)
    return strings


# ---------------------------------------------------------------- .ts files

def _read_ts(path: Path) -> dict[Key, tuple[str, str | None]]:
    """{(context, source): (translation, type attribute or None)}."""
    out: dict[Key, tuple[str, str | None]] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else None
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
                out[(name, source)] = (SEP.join(forms) if any(forms) else "", kind)
            else:
                out[(name, source)] = ((tr.text or "") if tr is not None else "", kind)
    return out


def _numerus_keys(path: Path) -> set[Key]:
    found: set[Key] = set()
    if not path.exists():
        return found
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if msg.get("numerus") == "yes":
                found.add((name, msg.findtext("source") or ""))
    return found


def forms_of(text: str, lang: str) -> list[str]:
    """The plural forms held in ``text``, as many as ``lang`` has (missing ones empty)."""
    forms = text.split(SEP) if text else []
    return (forms + [""] * FORMS[lang])[: FORMS[lang]]


def ts_path(lang: str) -> Path:
    return I18N / f"corridor_{lang}.ts"


def write_ts(lang: str, entries: dict[Key, str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    by_context: dict[str, list[tuple[str, str]]] = {}
    for (ctx, source), text in entries.items():
        by_context.setdefault(ctx, []).append((source, text))
    for ctx in sorted(by_context):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for source, text in sorted(by_context[ctx]):
            m = ET.SubElement(c, "message")
            numerus = (ctx, source) in NUMERUS
            if numerus:
                m.set("numerus", "yes")
            ET.SubElement(m, "source").text = source
            tr = ET.SubElement(m, "translation")
            if numerus:
                forms = forms_of(text, lang)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form or None
                if not all(forms):
                    tr.set("type", "unfinished")
            elif text:
                tr.text = text
            else:
                tr.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")


def _seed() -> dict[str, dict[str, str]]:
    """Translations proposed by modules (e.g. document labels), used only where the .ts has none."""
    _ensure_path()
    try:
        from desktop.core.documents.labels_seed import LABELS  # type: ignore[attr-defined]
    except (ModuleNotFoundError, ImportError):
        return {}
    return dict(LABELS)


def update() -> None:
    strings = extract()
    seed = _seed()
    for lang in LANGS:
        existing = _read_ts(ts_path(lang))
        merged: dict[Key, str] = {}
        for key in strings:
            text, kind = existing.get(key, ("", "unfinished"))
            if kind in ("unfinished", "obsolete", "vanished"):
                text = ""
            if (SEP in text or key in NUMERUS) and not all(forms_of(text, lang)):
                text = ""  # a numerus message needs every form (and a plain one none)
            if key not in NUMERUS and SEP in text:
                text = ""
            if not text and lang == "en":
                text = SEP.join([key[1]] * FORMS[lang]) if key in NUMERUS else key[1]
            if not text:
                text = seed.get(key[1], {}).get(lang, "")
            merged[key] = text
        write_ts(lang, merged)
        todo = sum(1 for v in merged.values() if not v)
        print(f"{ts_path(lang).name}: {len(merged)} messages, {todo} unfinished")


def import_translations(path: Path, replace: bool = False) -> None:
    """Fill unfinished entries from ``path``; with ``replace`` also overwrite finished ones (corrections)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for lang in LANGS:
        NUMERUS.update(_numerus_keys(ts_path(lang)))
        entries = {k: (t if kind not in ("unfinished", "obsolete", "vanished") else "")
                   for k, (t, kind) in _read_ts(ts_path(lang)).items()}
        changed = 0
        for key in entries:
            for scope in (key[0], "*"):
                text = data.get(scope, {}).get(key[1], {}).get(lang)
                if isinstance(text, list):
                    text = SEP.join(str(t) for t in text)
                if text and (not entries[key] or (replace and entries[key] != text)):
                    entries[key] = text
                    changed += 1
                    break
        write_ts(lang, entries)
        print(f"{ts_path(lang).name}: {changed} translations taken")


def release() -> None:
    for lang in LANGS:
        ts = ts_path(lang)
        if ts.exists():
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def problems(lang: str) -> list[str]:
    out = []
    NUMERUS.update(_numerus_keys(ts_path(lang)))
    for (ctx, source), (text, kind) in _read_ts(ts_path(lang)).items():
        where = f"{ts_path(lang).name} [{ctx}] {source!r}"
        if kind in ("unfinished", "obsolete", "vanished"):
            out.append(f"{where}: {kind}")
        elif not text.strip():
            out.append(f"{where}: empty")
        elif SEP in text or (ctx, source) in NUMERUS:
            forms = text.split(SEP)
            if len(forms) != FORMS[lang] or not all(f.strip() for f in forms):
                out.append(f"{where}: needs {FORMS[lang]} plural form(s), has {forms!r}")
            for form in forms:
                if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                    out.append(f"{where}: placeholders differ in {form!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            out.append(f"{where}: placeholders differ in {text!r}")
    return out


def check() -> int:
    issues = [p for lang in LANGS for p in problems(lang)]
    for line in issues:
        print(line)
    print(f"{len(issues)} problems")
    return 1 if issues else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        return check()
    elif command == "import" and len(argv) > 1:
        import_translations(Path(argv[1]), replace="--replace" in argv[2:])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

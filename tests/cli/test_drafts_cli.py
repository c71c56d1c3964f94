"""The validate / derive / import / export commands, run as a user runs them: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.core.model import exchange
from desktop.core.services import drafts
from tests.cli.expectations import AS_OF, RULE_ERRORS, UNREADABLE, VALID
from tests.conftest import ROOT, SAMPLES

ASOF = ["--as-of", AS_OF.isoformat()]
DOC_NAMES = {"shipment": "shipment", "declaration": "declaration", "company": "company", "booking": "booking"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANGUAGE="en", PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )


def warnings(lines: list[str]) -> int:
    return sum(1 for ln in lines if ln.startswith("  warning: "))


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


@pytest.fixture(scope="module")
def validated() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every invalid and unreadable sample validated in its own process (a few at a time)."""
    names = sorted(RULE_ERRORS) + sorted(UNREADABLE)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = pool.map(lambda n: run("validate", SAMPLES / n, *ASOF), names)
        return dict(zip(names, results, strict=True))


# --------------------------------------------------------------------------- validate

def test_every_valid_sample_exits_0() -> None:
    result = run("validate", *(SAMPLES / n for n in VALID), *ASOF)
    no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in VALID:
        assert f"{SAMPLES / name}: valid" in result.stdout
    assert "error:" not in result.stdout


@pytest.mark.parametrize("name", sorted(RULE_ERRORS))
def test_invalid_sample_exits_1_listing_rule_and_field(
    validated: dict[str, subprocess.CompletedProcess[str]], name: str
) -> None:
    result = validated[name]
    no_traceback(result)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for rule_id, document, path in RULE_ERRORS[name]:
        matching = [ln for ln in lines if f"[{rule_id}]" in ln and f": {path} (" in ln]
        assert matching, f"{rule_id} at {path} not in:\n{result.stdout}"
        assert matching[0].startswith(f"  error: {DOC_NAMES[document]}")
    errors, warned = len(lines) - 1 - warnings(lines), warnings(lines)
    assert lines[0] == (f"{SAMPLES / name}: {errors} error{'s' if errors != 1 else ''}, "
                        f"{warned} warning{'s' if warned != 1 else ''}.")


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_sample_exits_2_naming_file_and_field(
    validated: dict[str, subprocess.CompletedProcess[str]], name: str
) -> None:
    result = validated[name]
    no_traceback(result)
    assert result.returncode == 2
    assert result.stdout == ""
    assert name in result.stderr
    for text in UNREADABLE[name][1]:
        assert text in result.stderr


def test_json_report_matches_the_service_report_in_the_chosen_language() -> None:
    names = sorted(RULE_ERRORS)[:4] + sorted(UNREADABLE)[:1]
    result = run("validate", "--json", "--lang", "zh_CN", *(SAMPLES / n for n in names), *ASOF)
    no_traceback(result)
    assert result.returncode == 2  # the worst of the files: one is unreadable
    reports = json.loads(result.stdout)
    assert [r["readable"] for r in reports] == [True, True, True, True, False]
    for name, report in zip(names[:4], reports, strict=False):
        expected = drafts.validate_file(SAMPLES / name, today=AS_OF).to_json("zh_CN")
        assert {k: v for k, v in report.items() if k != "readable"} == expected
        assert report["valid"] is False and report["problems"]
        assert all(p["rule_id"] and p["path"] and p["message"] for p in report["problems"])
    assert reports[-1]["error"]["code"] == UNREADABLE[names[-1]][0]
    assert reports[-1]["error"]["params"]["file"].endswith(names[-1])


def test_json_report_of_one_valid_file_is_an_object() -> None:
    result = run("validate", SAMPLES / "booking-km-yunling-produce-reefer.json", "--json", *ASOF)
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["valid"] is True and report["kind"] == "booking" and report["errors"] == 0


def test_language_given_before_the_command_is_kept() -> None:
    result = run("--lang", "vi", "validate", "--json", SAMPLES / "invalid-bad-uscc.json", *ASOF)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    expected = drafts.validate_file(SAMPLES / "invalid-bad-uscc.json", today=AS_OF).to_json("vi")
    assert report["problems"] == expected["problems"]


def test_warnings_do_not_fail(tmp_path: Path) -> None:
    data = json.loads((SAMPLES / "motorcycle-parts-chongqing-haiphong.json").read_text(encoding="utf-8"))
    data["company"]["uscc"] = "91500112MA60ABCD0E"  # well formed, wrong check character: a warning
    path = tmp_path / "check-digit-warning.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("validate", path, *ASOF)
    no_traceback(result)
    assert result.returncode == 0, result.stdout
    assert "warning: company: uscc" in result.stdout and "[company.uscc_check_digit]" in result.stdout
    assert "valid, with 1 warning." in result.stdout


BAD_INPUT: dict[str, tuple[str | bytes | None, str]] = {
    "missing.json": (None, "no such file"),
    "array.json": ("[1, 2]", "must hold a JSON object"),
    "other-format.json": ('{"format": "something/else"}', "not a Corridor Desk exchange file"),
    "binary.json": (b"\xff\xfe{\x00", "not valid JSON"),
    "object-for-decimal.json": (
        '{"kind": "shipment", "shipment": {"goods": [{"quantity": {}}]}}', "field shipment.goods.0.quantity"),
    "unknown-key.json": ('{"kind": "shipment", "shipment": {"colour": "red"}}', "field shipment.colour"),
    "unknown-kind.json": ('{"kind": "invoice", "shipment": {}}', "field kind"),
    "newer-version.json": ('{"version": 9, "kind": "shipment", "shipment": {}}', "field version"),
    "a-directory.json": ("dir", "cannot be read"),
}


def test_bad_input_gets_a_clear_message_naming_file_and_field(tmp_path: Path) -> None:
    paths = []
    for name, (content, _) in BAD_INPUT.items():
        path = tmp_path / name
        if content == "dir":
            path.mkdir()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        elif content is not None:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    result = run("validate", *paths)
    no_traceback(result)
    assert result.returncode == 2 and result.stdout == ""
    messages = result.stderr.splitlines()
    for path, (_, text) in zip(paths, BAD_INPUT.values(), strict=True):
        assert any(line.startswith(f"{path}: ") and text in line for line in messages), (path, text)


def test_bad_as_of_date_is_a_usage_error() -> None:
    result = run("validate", SAMPLES / VALID[0], "--as-of", "1st of May")
    assert result.returncode == 2 and "not a date" in result.stderr
    no_traceback(result)


# --------------------------------------------------------------------------- derive

def test_derive_prints_declarations_and_booking_as_exchange_json() -> None:
    result = run("derive", SAMPLES / "cd-tianfu-ceramics-63-lines-two-declarations.json", *ASOF)
    no_traceback(result)
    assert result.returncode == 0
    docs = [exchange.parse(json.dumps(d), "stdout") for d in json.loads(result.stdout)]
    assert [d.kind.value for d in docs] == ["declaration", "declaration", "booking"]
    assert [len(d.declaration.items) for d in docs[:2] if d.declaration] == [50, 13]
    assert docs[0].declaration is not None and docs[0].declaration.d_date == AS_OF
    assert docs[2].booking is not None and [e.units for e in docs[2].booking.equipment] == [1, 1]


def test_derive_writes_files(tmp_path: Path) -> None:
    result = run("derive", SAMPLES / "motorcycle-parts-chongqing-haiphong.json", "-o", tmp_path / "out", *ASOF)
    assert result.returncode == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [
        "motorcycle-parts-chongqing-haiphong.booking.json",
        "motorcycle-parts-chongqing-haiphong.declaration-1.json",
    ]
    check = run("validate", *sorted((tmp_path / "out").iterdir()), *ASOF)
    assert check.returncode == 0, check.stdout


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("booking-km-yunling-produce-reefer.json", "not a shipment"),
        ("invalid-malformed-json.json", "not valid JSON"),
        ("missing.json", "no such file"),
    ],
)
def test_derive_refuses_what_is_not_a_readable_shipment(name: str, text: str) -> None:
    result = run("derive", SAMPLES / name)
    no_traceback(result)
    assert result.returncode == 2 and name in result.stderr and text in result.stderr


# --------------------------------------------------------------------------- import / export

def test_import_then_export_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shipments = [n for n in VALID if not n.startswith(("declaration-", "booking-"))]
    files = [SAMPLES / n for n in shipments] + [SAMPLES / "booking-km-yunling-produce-reefer.json"]
    result = run("--data-dir", data, "import", *files, *ASOF, "--author", "trainer")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "imported shipment SH-2026-0150" in result.stdout
    assert "declaration SH-2026-0150-D2 (part 2 of 2)" in result.stdout
    assert (data / "workspaces" / "default.sqlite3").exists()

    out = tmp_path / "export" / "forwarder.json"
    result = run("export", "shipment", "SH-2026-0330", "-o", out, "--data-dir", data)
    assert result.returncode == 0, result.stderr
    exported = exchange.read(out)
    original = exchange.read(SAMPLES / "gx-beibu-forwarder-for-nn-lvyuan-port-klang.json")
    assert exported.shipment == original.shipment and exported.agent == original.agent
    assert run("validate", out, *ASOF).returncode == 0

    result = run("export", "declaration", "SH-2026-0150-D2", "-o", tmp_path / "d2.json", "--data-dir", data)
    assert result.returncode == 0
    decl = exchange.read(tmp_path / "d2.json").declaration
    assert decl is not None and decl.part == 2 and len(decl.items) == 13


def test_import_reports_each_bad_file_and_goes_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = [
        SAMPLES / "booking-km-yunling-produce-reefer.json",  # its company is not in the workspace yet
        SAMPLES / "invalid-wrong-types.json",
        SAMPLES / "motorcycle-parts-chongqing-haiphong.json",
    ]
    result = run("import", *files, "--data-dir", data, *ASOF)
    no_traceback(result)
    assert result.returncode == 2  # the worst: an unreadable file
    assert "booking-km-yunling-produce-reefer.json: No company with ID km-yunling-produce" in result.stderr
    assert "invalid-wrong-types.json: field shipment.goods.0.quantity" in result.stderr
    assert "imported shipment SH-2026-0001" in result.stdout


def test_import_refused_by_the_workspace_exits_1(tmp_path: Path) -> None:
    result = run("import", SAMPLES / "declaration-cd-tianfu-ceramics-singapore.json", "--data-dir", tmp_path)
    no_traceback(result)
    assert result.returncode == 1 and "cd-tianfu-ceramics" in result.stderr


def test_export_of_an_unknown_record_exits_1(tmp_path: Path) -> None:
    result = run("export", "booking", "NO-SUCH", "-o", tmp_path / "x.json", "--data-dir", tmp_path)
    no_traceback(result)
    assert result.returncode == 1 and "NO-SUCH" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_bad_workspace_name(tmp_path: Path) -> None:
    result = run("export", "booking", "X", "-o", tmp_path / "x.json", "--data-dir", tmp_path, "--workspace", "../x")
    no_traceback(result)
    assert result.returncode == 2 and "Invalid workspace name" in result.stderr


# --------------------------------------------------------------------------- hostile input


def _sample_with(tmp_path: Path, name: str, change: object) -> Path:
    data = json.loads((SAMPLES / "motorcycle-parts-chongqing-haiphong.json").read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _hostile(tmp_path: Path) -> dict[str, Path]:
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "corridor-desk/exchange", "shipment": ' + "[" * 100_000 + "]" * 100_000 + "}")
    number = tmp_path / "number.json"
    number.write_text('{"format": "corridor-desk/exchange", "version": ' + "9" * 50_000 + "}")
    nul = _sample_with(tmp_path, "nul.json", lambda d: d["shipment"].update(reference="JL\u0000HPH"))
    return {"deep": deep, "number": number, "nul": nul, "zero": Path("/dev/zero")}


@pytest.mark.parametrize("command", ["validate", "import"])
def test_hostile_files_exit_2_with_one_message_and_store_nothing(tmp_path: Path, command: str) -> None:
    expected = {
        "deep": "nested more than 32 levels",
        "number": "a number is 50000 characters long",
        "nul": "field shipment.reference contains a control character (U+0000)",
        "zero": "larger than 8 MB",
    }
    for name, path in _hostile(tmp_path).items():
        if name == "zero" and not path.exists():
            continue
        args = [command, path] if command == "validate" else ["--data-dir", tmp_path / "data", command, path]
        result = run(*args)
        no_traceback(result)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and expected[name] in lines[0] and str(path) in lines[0], (name, result.stderr)
    if command == "import":
        listed = run("--data-dir", tmp_path / "data", "export", "shipment", "SH-2026-0001", "-o", tmp_path / "out.json")
        assert listed.returncode == 1  # nothing was stored


def test_import_refuses_an_over_long_field_as_validate_does(tmp_path: Path) -> None:
    path = _sample_with(tmp_path, "long.json", lambda d: d["shipment"].update(contract_no="C" * 500))
    checked = run("validate", path, *ASOF)
    assert checked.returncode == 1 and "contract_no" in checked.stdout
    imported = run("--data-dir", tmp_path / "data", "import", path, *ASOF)
    no_traceback(imported)
    assert imported.returncode == 1, imported.stdout + imported.stderr
    assert "contract_no" in imported.stderr and "nothing was imported" in imported.stderr
    listed = run("--data-dir", tmp_path / "data", "export", "shipment", "SH-2026-0001", "-o", tmp_path / "out.json")
    assert listed.returncode == 1  # nothing was stored

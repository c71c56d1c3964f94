"""Build the frozen onedir bundle and prove it: ``make dist`` on Linux, the same steps in the Windows workflow.

Steps (each timed): install the ``build`` extra's tools if missing; compile the translation catalogues; run
PyInstaller on packaging/corridor-desk.spec into dist/corridor-desk/; run the frozen
``corridor-desk-debug --self-test`` (offscreen Qt) and fail if it fails. Options: ``--minimal`` also builds the
5-line PySide6 baseline (packaging/minimal/) and prints both sizes and their ratio; ``--installer`` compiles the
Inno Setup script into dist/ (Windows, needs ISCC.exe); ``--skip-build`` only re-runs the checks.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
APP_DIR = DIST / bundle.APP_NAME
DEBUG_EXE = APP_DIR / f"{bundle.DEBUG_NAME}{EXE_SUFFIX}"
MINIMAL_DIR = DIST / "minimal" / "hello"
ISS = HERE / "windows" / "corridor-desk.iss"


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def done(started: float, timings: dict[str, float], key: str) -> None:
    timings[key] = time.perf_counter() - started
    print(f"   {key}: {timings[key]:.1f} s", flush=True)


def size_mb(path: Path) -> float:
    """Bytes of the files under ``path`` (symlinks not followed), in MB (10^6)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            p = Path(dirpath, name)
            if not p.is_symlink():
                total += p.stat().st_size
    return total / 1e6


def ensure_build_tools() -> None:
    """pip-install the ``build`` optional dependencies (PyInstaller) into this interpreter when missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    with open(ROOT / "pyproject.toml", "rb") as fh:
        requirements = tomllib.load(fh)["project"]["optional-dependencies"]["build"]
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *requirements], check=True)


def compile_catalogues() -> None:
    builder = ROOT / "i18n" / "build.py"
    if builder.is_file():
        subprocess.run([sys.executable, str(builder), "release"], check=True, cwd=ROOT)
    found = bundle.catalogues()
    print(f"   catalogues: {', '.join(p.name for p in found) or 'none'}")


def pyinstaller(spec: Path, distpath: Path, workpath: Path) -> None:
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(distpath), "--workpath", str(workpath), str(spec),
        ],
        check=True,
        cwd=ROOT,
    )


def self_test(executable: Path) -> tuple[int, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    proc = subprocess.run([str(executable), "--lang", "en", "--self-test"], env=env, cwd=DIST, check=False)
    return proc.returncode, time.perf_counter() - started


def time_to_main_window(executable: Path) -> float | None:
    """Seconds from launching the frozen app to its main window on screen (no login, scratch data dir)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "startup.json"
        launched = time.time()
        proc = subprocess.run(
            [str(executable), "--self-test-child", "startup", str(APP_DIR), str(out)],
            env=env, cwd=DIST, check=False, capture_output=True, text=True, timeout=120,
        )
        if proc.returncode != 0 or not out.is_file():
            print(f"   main window did not open: exit {proc.returncode} {proc.stderr.strip()[-400:]}")
            return None
        data = json.loads(out.read_text(encoding="utf-8"))
    return float(data["shown_at"]) - launched if data.get("visible") else None


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def installer() -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("ISCC.exe (Inno Setup 6) not found: install it (choco install innosetup) or add it to PATH")
    version = bundle.version()
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DBundleDir={APP_DIR}", f"/DOutputDir={DIST}", str(ISS)], check=True
    )
    return DIST / f"corridor-desk-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--minimal", action="store_true", help="also build the PySide6 baseline and compare sizes")
    parser.add_argument("--installer", action="store_true", help="compile the Inno Setup installer (Windows)")
    parser.add_argument("--skip-build", action="store_true", help="reuse dist/corridor-desk, only check it")
    args = parser.parse_args(argv)
    timings: dict[str, float] = {}
    total = time.perf_counter()

    if not args.skip_build:
        started = step("build tools")
        ensure_build_tools()
        done(started, timings, "tools")
        started = step("translation catalogues")
        compile_catalogues()
        done(started, timings, "catalogues")
        started = step(f"PyInstaller: {bundle.APP_NAME} {bundle.version()} (onedir)")
        pyinstaller(HERE / "corridor-desk.spec", DIST, WORK)
        done(started, timings, "pyinstaller")
        if args.minimal:
            started = step("PyInstaller: minimal PySide6 baseline")
            pyinstaller(HERE / "minimal" / "hello.spec", DIST / "minimal", ROOT / "build" / "minimal")
            done(started, timings, "pyinstaller-minimal")

    step(f"frozen self-test: {DEBUG_EXE.relative_to(ROOT)} --self-test")
    code, seconds = self_test(DEBUG_EXE)
    timings["self-test"] = seconds
    if code == 0:
        window = time_to_main_window(DEBUG_EXE)
        if window is not None:
            timings["launch-to-main-window"] = window
    app_size = size_mb(APP_DIR)
    print(f"\nbundle {APP_DIR.relative_to(ROOT)}: {app_size:.1f} MB")
    if MINIMAL_DIR.is_dir():
        minimal = size_mb(MINIMAL_DIR)
        print(f"minimal PySide6 bundle: {minimal:.1f} MB; ratio {app_size / minimal:.2f} (goal <= 1.15)")
    if code != 0:
        print(f"FAILED: the frozen self-test exited {code}", file=sys.stderr)
        return 1
    if args.installer:
        started = step("Inno Setup installer")
        setup = installer()
        done(started, timings, "installer")
        print(f"installer: {setup}")
    timings["total"] = time.perf_counter() - total
    print("timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

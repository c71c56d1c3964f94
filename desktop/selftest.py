"""``corridor-desk --self-test``: prove that this installation (from source or frozen) has what the app needs.

One line per check, ``OK`` or ``FAIL`` plus a technical detail for support; exit 0 when every check
passed, else 1. Each check runs on its own thread with a deadline, so one failing or hanging check never stops
the others. The Qt checks run in a child process (a missing platform plugin aborts the process that loads it):
from source the child is ``python -c``, frozen it is the executable itself with :data:`CHILD_FLAG` (handled by
the bundle's entry script, packaging/corridor_desk_main.py).

Nothing here imports Qt at module level; ``CORRIDOR_DESK_SELFTEST_ROOT`` points the checks at another bundle
root (a directory holding ``resources/`` and ``i18n/``), which is how the tests make a check fail on purpose.
The checks themselves live in :mod:`desktop.install_checks`; this module runs them and prints the report.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__

if TYPE_CHECKING:
    from desktop.commands.common import Console

from desktop.install_checks.base import (
    CATALOGUES,
    CHILD_FLAG,
    DEFAULT_TIMEOUT,
    FONT_LICENCES,
    FONTS,
    ROOT_ENV,
    S_,
    Check,
    CheckFailed,
    Context,
    Detail,
    Result,
    child_command,
    default_root,
)
from desktop.install_checks.checks import CHECKS, check_sqlite
from desktop.install_checks.qt_child import child_main

__all__ = [
    "CATALOGUES",
    "CHECKS",
    "CHILD_FLAG",
    "DEFAULT_TIMEOUT",
    "FONTS",
    "FONT_LICENCES",
    "ROOT_ENV",
    "Context",
    "Result",
    "check_sqlite",
    "child_command",
    "child_main",
    "run_checks",
    "run_self_test",
]

# ----------------------------------------------------------------------------------------- running


def _run_one(check: Check, ctx: Context) -> None:
    started = time.perf_counter()
    try:
        detail = check.run(ctx)
        ok = True
    except CheckFailed as exc:
        ok, detail = False, exc.args[0] if exc.args and isinstance(exc.args[0], Detail) else str(exc)
    except Exception as exc:  # every failure is reported, never raised: the other checks go on
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    check.result.append(Result(check.key, check.title, ok, detail, time.perf_counter() - started))


#: Packages several checks import: loaded once on the calling thread before the checks start, because first
#: imports of one package from several threads at once can meet a partially initialised module (seen frozen).
SHARED_IMPORTS = ("pydantic", "desktop.core.model", "desktop.cli", "requests", "fastapi", "reportlab.pdfgen.canvas")


def _warm_imports() -> None:
    import importlib

    for name in SHARED_IMPORTS:
        try:
            importlib.import_module(name)
        except Exception:  # the check that needs the package reports why it is missing
            continue


def run_checks(
    root: Path | None = None, *, only: Sequence[str] | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[Result]:
    """Run the checks (all, or the keys in ``only``) concurrently, each with ``timeout`` seconds; in order."""
    selected = [Check(key, title, fn) for key, title, fn in CHECKS if only is None or key in only]
    with tempfile.TemporaryDirectory(prefix="corridor-selftest-", ignore_cleanup_errors=True) as scratch:
        ctx = Context(root=root or default_root(), scratch=Path(scratch), timeout=timeout)
        _warm_imports()
        threads = []
        for check in selected:
            thread = threading.Thread(target=_run_one, args=(check, ctx), name=f"selftest-{check.key}", daemon=True)
            thread.start()
            threads.append(thread)
        deadline = time.monotonic() + timeout + min(timeout, 5.0)  # a child process has its own timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        results = []
        for check in selected:
            if check.result:
                results.append(check.result[0])
            else:
                detail = Detail(S_("no answer within {seconds} s"), seconds=f"{timeout:.0f}")
                results.append(Result(check.key, check.title, False, detail, timeout))
    return results


def run_self_test(console: Console, root: Path | None = None, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Print one line per check (``OK``/``FAIL``, title, detail) and a summary; 0 if all passed, else 1."""
    started = time.perf_counter()
    console.print(console.tr("Corridor Desk self-test") + f" — corridor-desk {__version__}")
    results = run_checks(root, timeout=timeout)
    width = max(len(console.tr(r.title)) for r in results)
    for r in results:
        status = "OK  " if r.ok else "FAIL"
        console.print(f"{status} {console.tr(r.title):<{width}}  {r.detail}")
    failed = sum(1 for r in results if not r.ok)
    elapsed = time.perf_counter() - started
    if failed:
        console.print(
            console.tr("{failed} of {total} checks failed", failed=failed, total=len(results)) + f" ({elapsed:.1f} s)"
        )
        return 1
    passed = console.tr("All {total} checks passed", plural=len(results), total=len(results))
    console.print(passed + f" ({elapsed:.1f} s)")
    return 0

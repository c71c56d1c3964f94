"""What every installation check shares: the expected resources, fonts and catalogues, the check context and
result, the bundle root, and the child process the Qt checks run in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT_ENV = "CORRIDOR_DESK_SELFTEST_ROOT"
CHILD_FLAG = "--self-test-child"
DEFAULT_TIMEOUT = 45.0

#: Directories under resources/ that every installation must carry (the spec bundles all of resources/).
RESOURCE_DIRS = ("api", "codes", "fonts", "hs2022", "icons", "samples", "schemas")
#: The PDF fonts (TrueType outlines, so reportlab embeds subsets) and the licences that travel with them.
FONTS = ("wqy-microhei.ttc", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_LICENCES = ("wqy-microhei.COPYRIGHT", "DejaVu.COPYRIGHT")
#: The app's own catalogues (English is the source language and needs none) and Qt's own dialog strings.
CATALOGUES = ("zh_CN", "vi")
QT_CATALOGUES = ("qtbase_zh_CN",)
#: Image formats the app's icons and pictures need; the spec drops every other imageformats plugin.
IMAGE_FORMATS = ("ico", "jpeg", "png", "svg")
#: Text every PDF font must draw: CJK for the WQY font, Vietnamese letters for all of them.
CJK_SAMPLE = "西部陆海新通道单一窗口"
VI_SAMPLE = "Tờ khai hải quan xuất khẩu"


class Detail(str):
    """A check's detail: the English text (what the CLI prints and logs) that keeps its template and values, so the
    self-test window shows it in the UI language (templates are in the catalogues, context ``SelfTest``)."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Detail:
        made = super().__new__(cls, template.format(**params))
        made.template, made.params = template, params
        return made

    def translated(self, language: str) -> str:
        from desktop.core import i18n

        params = {k: _translated(v, language) for k, v in self.params.items()}
        return i18n.translate("SelfTest", self.template, language).format(**params)


class Joined(str):
    """Several details (or plain values) shown as one, separated by "; ", each in the UI language."""

    parts: tuple[Any, ...]

    def __new__(cls, parts: Iterable[Any]) -> Joined:
        kept = tuple(parts)
        made = super().__new__(cls, "; ".join(str(part) for part in kept))
        made.parts = kept
        return made


def _translated(value: Any, language: str) -> Any:
    if isinstance(value, Detail):
        return value.translated(language)
    if isinstance(value, Joined):
        return "; ".join(str(_translated(part, language)) for part in value.parts)
    return value


def S_(source: str) -> str:
    """Marks a detail template for the catalogues (context ``SelfTest``); translated where it is shown."""
    return source


class CheckFailed(Exception):
    """A check found something wrong; the message is the detail printed after FAIL."""


@dataclass
class Context:
    """What every check may use: the bundle root, a scratch directory and the per-check deadline."""

    root: Path
    scratch: Path
    timeout: float = DEFAULT_TIMEOUT

    def resource(self, *parts: str) -> Path:
        return self.root.joinpath("resources", *parts)


@dataclass
class Result:
    key: str
    title: str
    ok: bool
    detail: str
    seconds: float = 0.0


@dataclass
class Check:
    key: str
    title: str
    run: Callable[[Context], str]
    result: list[Result] = field(default_factory=list)


def default_root() -> Path:
    """The bundle root: ``$CORRIDOR_DESK_SELFTEST_ROOT`` if set, else where the app finds its resources."""
    override = os.environ.get(ROOT_ENV)
    if override:
        return Path(override)
    from desktop.core.resources import root

    return root()


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# ------------------------------------------------------------------------------------ Qt in a child


def child_command(job: str, root: Path, out: Path) -> list[str]:
    """The command running one Qt job: the frozen executable itself, or this interpreter from source."""
    if is_frozen():
        return [sys.executable, CHILD_FLAG, job, str(root), str(out)]
    code = "import sys; from desktop.selftest import child_main; sys.exit(child_main(sys.argv[1:]))"
    return [sys.executable, "-c", code, job, str(root), str(out)]


def run_child(job: str, ctx: Context) -> dict[str, Any]:
    out = ctx.scratch / f"child-{job}.json"
    env = dict(os.environ)
    if not is_frozen():
        source_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source_root, env.get("PYTHONPATH", "")) if p)
    try:
        proc = subprocess.run(
            child_command(job, ctx.root, out),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=ctx.timeout,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(f"child process did not finish in {ctx.timeout:.0f} s") from exc
    if proc.returncode != 0 or not out.is_file():
        tail = " | ".join(line for line in (proc.stderr or "").strip().splitlines()[-4:])
        raise CheckFailed(f"child process exited {proc.returncode}: {tail or 'no output'}")
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data

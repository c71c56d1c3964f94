"""Write the contract: ``python -m desktop.sandbox.openapi [FILE]`` regenerates resources/api/openapi.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.resources import resource_path

CONTRACT = resource_path("api", "openapi.json")


def document() -> dict[str, Any]:
    from desktop.sandbox.server import create_app

    app = create_app(None)
    try:
        spec: dict[str, Any] = app.openapi()
    finally:
        app.state.sandbox.close()
    return spec


def render() -> str:
    return json.dumps(document(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else CONTRACT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

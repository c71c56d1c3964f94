"""Write the JSON Schema of the exchange format into resources/schemas/ (``make schemas``)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.model.exchange import FORMAT_VERSION, json_schema
from desktop.core.resources import resource_path


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_file() -> Path:
    return resource_path("schemas", f"exchange-v{FORMAT_VERSION}.schema.json")


def main() -> None:
    path = schema_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main()

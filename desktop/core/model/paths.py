"""Field paths such as ``items.3.g_model``: read and write a value inside a model tree by path."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def split(path: str) -> list[str | int]:
    """``"items.3.g_model"`` -> ``["items", 3, "g_model"]``."""
    return [int(p) if p.isdigit() else p for p in path.split(".") if p]


def get_path(root: Any, path: str, default: Any = None) -> Any:
    """The value at ``path`` under ``root``, or ``default`` when any step is missing."""
    node = root
    for step in split(path):
        if isinstance(step, int):
            if not isinstance(node, list) or not 0 <= step < len(node):
                return default
            node = node[step]
        elif isinstance(node, BaseModel):
            if step not in type(node).model_fields:
                return default
            node = getattr(node, step)
        elif isinstance(node, dict):
            if step not in node:
                return default
            node = node[step]
        else:
            return default
    return node


def set_path(root: BaseModel, path: str, value: Any) -> bool:
    """Set the value at ``path``; returns False (and changes nothing) when the path does not exist."""
    steps = split(path)
    if not steps:
        return False
    parent = get_path(root, ".".join(str(s) for s in steps[:-1])) if len(steps) > 1 else root
    last = steps[-1]
    if isinstance(last, int):
        if isinstance(parent, list) and 0 <= last < len(parent):
            parent[last] = value
            return True
        return False
    if isinstance(parent, BaseModel) and last in type(parent).model_fields:
        setattr(parent, last, value)
        return True
    return False

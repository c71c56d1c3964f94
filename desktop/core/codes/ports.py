"""Customs port codes of a route: 离境口岸 (domestic port table) and 指运港 (port table abroad) for the route's
UN/LOCODEs, and the customs office of exit that supervises the domestic port.

The tables are resources/codes/port_domestic.json and port_foreign.json; each entry lists the UN/LOCODEs it
stands for and its kind (seaport, rail, road, airport). An airport never stands for a city code, so a rail-sea
route from Chongqing (CNCKG) leaves through the rail port, not Jiangbei airport.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.core.resources import resource_path

KINDS = frozenset({"seaport", "rail", "road", "airport"})


@dataclass(frozen=True, slots=True)
class Port:
    code: str
    kind: str
    locodes: tuple[str, ...]
    customs: str = ""


@cache
def _ports(name: str) -> tuple[Port, ...]:
    raw = json.loads(resource_path("codes", f"{name}.json").read_text(encoding="utf-8"))
    out = []
    for e in raw["entries"]:
        kind = str(e["kind"])
        if kind not in KINDS:
            raise ValueError(f"{name}.json: unknown kind {kind!r} for {e['code']}")
        out.append(Port(str(e["code"]), kind, tuple(str(c) for c in e.get("locodes", [])), str(e.get("customs", ""))))
    return tuple(out)


def domestic_ports() -> tuple[Port, ...]:
    return _ports("port_domestic")


def foreign_ports() -> tuple[Port, ...]:
    return _ports("port_foreign")


def _for(ports: tuple[Port, ...], locode: str) -> Port | None:
    if not locode:
        return None
    for port in ports:
        if locode in port.locodes and port.kind != "airport":
            return port
    return None


def domestic_port_for(locode: str) -> Port | None:
    """The domestic port (离境口岸) a route leaving China at ``locode`` goes through; None when not in the table."""
    return _for(domestic_ports(), locode)


def foreign_port_for(*locodes: str) -> Port | None:
    """The port abroad (指运港) for the first of ``locodes`` in the table (place of delivery, then discharge)."""
    for locode in locodes:
        found = _for(foreign_ports(), locode)
        if found is not None:
            return found
    return None


def parent_office(code: str) -> str:
    """The directly-governed customs of a customs office code (7208 -> 7200); itself for a head office."""
    return f"{code[:2]}00" if len(code) == 4 else code


def exit_customs_for(locode: str, chosen: str = "") -> str:
    """The customs office of exit for goods leaving at ``locode``.

    ``chosen`` (the route's own office of exit) wins unless it is empty or the head office of the port's own
    office, which must be declared instead (the customs district table's rule); with no port known, ``chosen``.
    """
    port = domestic_port_for(locode)
    if port is None or not port.customs:
        return chosen
    if not chosen or chosen == parent_office(port.customs):
        return port.customs
    return chosen

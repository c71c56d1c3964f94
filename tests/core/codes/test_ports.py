"""Customs port codes and the office of exit derived from a route's UN/LOCODEs (port tables in resources/codes)."""

from __future__ import annotations

import json

from desktop.core.codes.ports import (
    domestic_port_for,
    domestic_ports,
    exit_customs_for,
    foreign_port_for,
    foreign_ports,
)
from desktop.core.codes.tables import is_known, table
from desktop.core.resources import resource_path


def test_the_corridor_exits_have_their_domestic_port_and_subordinate_customs() -> None:
    qinzhou, pingxiang = domestic_port_for("CNQZH"), domestic_port_for("CNPIN")
    assert qinzhou is not None and qinzhou.kind == "seaport"
    assert pingxiang is not None and pingxiang.kind == "rail"
    assert qinzhou.code != pingxiang.code
    assert exit_customs_for("CNPIN", "7200") == pingxiang.customs == "7208"  # not the Nanning head office
    assert exit_customs_for("CNQZH", "") == qinzhou.customs != "7200"


def test_a_route_s_own_office_of_exit_wins_unless_it_is_the_head_office_of_the_port_s_office() -> None:
    assert exit_customs_for("CNQZH", "7204") == "7204"  # the user chose Fangcheng: kept
    assert exit_customs_for("CNSHA", "2200") == "2200"  # port not in the table: the route's office
    assert exit_customs_for("", "") == ""


def test_airports_never_stand_for_their_city_code() -> None:
    airports = [p for p in domestic_ports() if p.kind == "airport"]
    assert airports, "the table keeps the airports, apart from the cities"
    assert all(not p.locodes for p in airports)
    chongqing = domestic_port_for("CNCKG")
    assert chongqing is not None and chongqing.kind == "rail"


def test_destination_prefers_the_place_of_delivery_then_the_port_of_discharge() -> None:
    hanoi, haiphong = foreign_port_for("VNHAN", "VNHPH"), foreign_port_for("VNHPH")
    assert hanoi is not None and haiphong is not None and hanoi.code != haiphong.code
    assert foreign_port_for("XXYYY", "SGSIN") == foreign_port_for("SGSIN")
    assert foreign_port_for("", "") is None


def test_every_port_table_entry_is_well_formed_and_points_at_known_codes() -> None:
    for port in domestic_ports():
        assert len(port.code) == 6 and port.code.isdigit(), port
        assert is_known("customs_district", port.customs), port
        assert all(is_known("locode", c) for c in port.locodes), port
    for port in foreign_ports():
        assert len(port.code) == 6 and port.code[:3].isalpha() and port.code[:3].isupper(), port
        assert all(is_known("locode", c) and not c.startswith("CN") for c in port.locodes), port
    # each UN/LOCODE of the corridor stands for one port at most
    for ports in (domestic_ports(), foreign_ports()):
        codes = [c for p in ports for c in p.locodes]
        assert len(codes) == len(set(codes))
    # the code tables (pickers, checks) and the derivation read the same files
    assert {p.code for p in domestic_ports()} == table("port_domestic").codes
    assert {p.code for p in foreign_ports()} == table("port_foreign").codes


def test_every_subordinate_customs_office_names_its_head_office() -> None:
    raw = json.loads(resource_path("codes", "customs_district.json").read_text(encoding="utf-8"))
    for entry in raw["entries"]:
        code, parent = entry["code"], entry["parent"]
        if code.endswith("00"):
            assert parent == ""
        else:
            assert parent == code[:2] + "00" and is_known("customs_district", parent), entry

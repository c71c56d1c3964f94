"""DecMessage writer and reader: every shipment sample writes a message that parses, carries every tag an export
needs in the right format (checked against the field table) and round-trips; the reference samples parse."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from desktop.core.channels.single_window import decmessage
from desktop.core.channels.single_window.fields import field_table, section_tags
from desktop.core.channels.single_window.xmlsafe import MessageError
from desktop.core.model.declaration import DeclarationItem, ExportDeclaration, RequestedCertificate
from tests.conftest import SAMPLES
from tests.core.channels.sw_helpers import (
    REFERENCE_SAMPLES,
    SHIPMENT_SAMPLES,
    complete,
    profile,
    sample_declarations,
)

NS = {"d": decmessage.NS}
MOTO = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


def test_field_table_sources_name_real_fields() -> None:
    holders = {
        "decl": ExportDeclaration.model_fields, "item": DeclarationItem.model_fields,
        "container": {"number", "size_code", "items", "lcl", "tare_kg"}, "licence": {"code", "number"},
        "request_cert": {"code", "originals", "copies"},
        "attachment": {"edoc_id", "edoc_code", "file_name"},
        "profile": {"ic_code", "operator_name", "cop_code", "cop_name", "cop_scc", "oper_type"},
        "ctx": {"client_seq_no"},
    }
    for t in field_table():
        if not t.source or t.source.startswith("const:"):
            continue
        prefix, _, name = t.source.partition(".")
        assert name in holders[prefix], t
    required_head = {t.tag for t in section_tags("DecHead") if t.required}
    assert {"IEFlag", "AgentCode", "OwnerCode", "CopCode", "CopCodeScc", "DeclTrnRel", "GoodsPlace", "TradeCountry",
            "TradeAreaCode", "EntyPortCode", "DistinatePort", "TypistNo"} <= required_head


@pytest.mark.parametrize("path", SHIPMENT_SAMPLES, ids=lambda p: p.stem)
def test_every_shipment_sample_writes_a_complete_message_that_round_trips(path: Path) -> None:
    for decl in sample_declarations(path):
        complete(decl)
        message = decmessage.from_declaration(decl, profile(), "A1B2C3D4E5F60718293A4B5C6D7E8F90")
        assert decmessage.check(message) == [], path.name
        data = decmessage.write(message)
        root = etree.fromstring(data)
        assert root.tag == f"{{{decmessage.NS}}}DecMessage" and root.get("Version") == "4.8"
        head = root.find("d:DecHead", NS)
        assert head.findtext("d:IEFlag", namespaces=NS) == "E"
        assert head.findtext("d:TradeCountry", namespaces=NS) == decl.trade_country  # 运抵国
        assert head.findtext("d:TradeAreaCode", namespaces=NS) == decl.trade_area_code  # 贸易国
        assert len(root.findall("d:DecLists/d:DecList", NS)) == len(decl.items)
        assert root.findtext("d:DecSign/d:ClientSeqNo", namespaces=NS) == "A1B2C3D4E5F60718293A4B5C6D7E8F90"
        again = decmessage.read(data)
        assert again.significant() == message.significant()
        assert decmessage.write(again) == data


def test_trading_country_and_country_of_arrival_land_in_their_tags() -> None:
    [decl] = sample_declarations(SAMPLES / "cq-jiangling-sold-to-singapore-delivered-haiphong.json")
    assert (decl.trade_area_code, decl.trade_country) == ("SGP", "VNM")
    root = etree.fromstring(decmessage.write(decmessage.from_declaration(complete(decl), profile(), "X1")))
    assert root.findtext("d:DecHead/d:TradeAreaCode", namespaces=NS) == "SGP"
    assert root.findtext("d:DecHead/d:TradeCountry", namespaces=NS) == "VNM"
    assert {e.findtext("d:DestinationCountry", namespaces=NS) for e in root.iterfind(".//d:DecList", NS)} == {"VNM"}


def test_incomplete_declaration_is_reported_at_its_fields() -> None:
    [decl] = sample_declarations(MOTO)
    decl.enty_port_customs = ""
    decl.distinate_port_customs = "VNHPH"  # a UN/LOCODE typed where the customs port code belongs
    decl.items[0].code_ts = "87141000"  # 8 digits
    decl.items[1].unit = "XX1"
    errors = decmessage.check(decmessage.from_declaration(decl, profile(), "X1"))
    by_field = {(e.field, e.code) for e in errors}
    assert ("enty_port_customs", "singlewindow.tag_required") in by_field
    assert ("distinate_port_customs", "singlewindow.tag_length") in by_field
    assert ("items.0.code_ts", "singlewindow.tag_length") in by_field
    assert ("items.1.unit", "singlewindow.tag_format") in by_field
    no_operator = decmessage.check(decmessage.from_declaration(complete(decl), profile().__class__(), "X1"))
    assert ("single_window.ic_code", "singlewindow.tag_required") in {(e.field, e.code) for e in no_operator}


def test_empty_and_missing_tags_are_the_same_message() -> None:
    [decl] = sample_declarations(MOTO)
    message = decmessage.from_declaration(complete(decl), profile(), "X1")
    assert any(v == "" for v in message.head.values())
    assert decmessage.read(decmessage.write(message)).significant() == message.significant()


@pytest.mark.parametrize("name", ["E_CQMP2025000123_t-1.xml", "E_CQMP2025000124_t-1.xml"])
def test_reference_samples_parse_and_round_trip(name: str) -> None:
    message = decmessage.read((REFERENCE_SAMPLES / name).read_bytes(), name=name)
    assert message.client_seq_no == name.split("_")[1]
    assert message.head["IEFlag"] == "E" and message.items and message.containers
    # the samples' own code values are marked unverified: only customs office codes outside our table are reported
    assert {e.code for e in decmessage.check(message)} <= {"singlewindow.tag_unknown_code"}
    again = decmessage.read(decmessage.write(message))
    assert again.significant().head == message.significant().head
    assert again.significant().items == message.significant().items
    assert again.licences == message.licences


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><DecMessage>&x;</DecMessage>',
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<DecMessage>&b;</DecMessage>",
        b"<DecMessage><DecHead>",
        "<?xml version='1.0' encoding='UTF-8'?><DecMessage>报关</DecMessage>".encode("gbk"),
        b"",
    ],
    ids=["xxe", "entity-expansion", "truncated", "wrong-encoding", "empty"],
)
def test_hostile_messages_are_refused_with_a_code(data: bytes) -> None:
    with pytest.raises(MessageError) as info:
        decmessage.read(data, name="x.xml")
    assert info.value.code.startswith("singlewindow.")


def test_oversize_message_is_refused_unread() -> None:
    with pytest.raises(MessageError) as info:
        decmessage.read(b"<DecMessage>" + b" " * (5 * 1024 * 1024) + b"</DecMessage>")
    assert info.value.code == "singlewindow.file_too_large"


def test_dangerous_goods_from_the_shipment_reach_the_declaration_items() -> None:
    path = SAMPLES / "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json"
    decls = sample_declarations(path)
    lines = [it for d in decls for it in d.items if it.un_code]
    assert lines, "the sample has dangerous goods lines"
    for item in lines:
        assert item.dang_name and item.dang_pack_type in ("1", "2", "3") and item.dang_pack_spec
    message = decmessage.from_declaration(complete(decls[0]), profile(), "DG1")
    dg = [r for r in message.items if r["Uncode"]]
    assert dg and all(r["DangName"] and r["DangPackType"] for r in dg)


def test_inspected_goods_without_their_offices_or_licence_b_are_refused_at_the_fields() -> None:
    [decl] = sample_declarations(SAMPLES / "km-yunling-produce-reefer-kunming-hochiminh.json")
    assert decmessage.check(decmessage.from_declaration(decl, profile(), "X1")) == []
    decl.org_code = ""
    decl.licences[0].number = ""
    by_field = {(e.field, e.code) for e in decmessage.check(decmessage.from_declaration(decl, profile(), "X1"))}
    assert by_field == {("org_code", "singlewindow.tag_required"), ("licences.0.number", "singlewindow.tag_required")}
    decl.licences = []
    by_field = {(e.field, e.code) for e in decmessage.check(decmessage.from_declaration(decl, profile(), "X1"))}
    assert ("licences", "singlewindow.tag_required") in by_field


def test_fresh_fruit_requests_its_phytosanitary_certificate_in_dec_request_certs() -> None:
    [decl] = sample_declarations(SAMPLES / "km-yunling-produce-reefer-kunming-hochiminh.json")
    assert [(r.code, r.originals, r.copies) for r in decl.request_certs] == [("18", 1, 1)]  # rule data, once each
    decl.request_certs[0].copies = 3  # the declarant asks for more copies on the declaration
    message = decmessage.from_declaration(decl, profile(), "RC1")
    assert decmessage.check(message) == []
    data = decmessage.write(message)
    root = etree.fromstring(data)
    [cert] = root.findall("d:DecRequestCerts/d:DecRequestCert", NS)
    assert [(local.tag.split("}")[1], local.text) for local in cert] == [
        ("AppCertCode", "18"), ("ApplOri", "1"), ("ApplCopyQuan", "3")]
    names = [child.tag.split("}")[1] for child in root]
    assert names.index("DecRequestCerts") == names.index("DecLicenseDocus") + 1
    again = decmessage.read(data)
    assert again.request_certs == [{"AppCertCode": "18", "ApplOri": "1", "ApplCopyQuan": "3"}]
    assert "DecRequestCerts" not in again.other_sections
    assert again.significant() == message.significant() and decmessage.write(again) == data


def test_goods_not_inspected_write_no_dec_request_certs() -> None:
    [decl] = sample_declarations(MOTO)
    assert decl.request_certs == []
    root = etree.fromstring(decmessage.write(decmessage.from_declaration(complete(decl), profile(), "RC2")))
    assert root.find("d:DecRequestCerts", NS) is None


def test_a_bad_certificate_request_is_reported_at_its_field() -> None:
    [decl] = sample_declarations(SAMPLES / "km-yunling-produce-reefer-kunming-hochiminh.json")
    decl.request_certs[0].code = "Q9"
    decl.request_certs[0].copies = -1
    decl.request_certs.append(RequestedCertificate(originals=1000))  # a row added and left without its code
    by_field = {(e.field, e.code) for e in decmessage.check(decmessage.from_declaration(decl, profile(), "RC3"))}
    assert by_field == {("request_certs.0.code", "singlewindow.tag_unknown_code"),
                        ("request_certs.0.copies", "singlewindow.tag_format"),
                        ("request_certs.1.code", "singlewindow.tag_required"),
                        ("request_certs.1.originals", "singlewindow.tag_too_long")}

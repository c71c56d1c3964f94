"""Demo companies and accounts, identical to the table in docs/api-contract.md and the samples."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoCompany:
    id: str
    name_zh: str
    name_en: str
    uscc: str
    customs_code: str
    district: str
    role: str = "exporter"


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    display_name: str
    roles: tuple[str, ...]
    own: tuple[str, ...]
    clients: tuple[str, ...] = ()
    phone: str = ""


COMPANIES = (
    DemoCompany(
        "cq-jiangling",
        "重庆江陵摩托车配件有限公司",
        "Chongqing Jiangling Motorcycle Parts Co., Ltd.",
        "91500112MA60ABCD0D",
        "5001961234",
        "8000",
    ),
    DemoCompany(
        "gx-beibu-logistics",
        "广西北部湾通达国际货运代理有限公司",
        "Guangxi Beibu Gulf Tongda International Freight Forwarding Co., Ltd.",
        "91450700MA5K12340M",
        "4507980012",
        "7200",
        role="agent",
    ),
    DemoCompany(
        "cd-tianfu-ceramics",
        "成都天府陶瓷有限公司",
        "Chengdu Tianfu Ceramics Co., Ltd.",
        "91510100MA6C888803",
        "5101961122",
        "7900",
    ),
    DemoCompany(
        "km-yunling-produce",
        "昆明云岭果蔬进出口有限公司",
        "Kunming Yunling Fruit & Vegetable Import & Export Co., Ltd.",
        "91530100MA6N2K7Q01",
        "5301963388",
        "8600",
    ),
    DemoCompany(
        "nn-lvyuan-trading",
        "南宁绿源商贸有限公司",
        "Nanning Lvyuan Trading Co., Ltd.",
        "91450100MA5P3R8T0R",
        "4501964455",
        "7200",
    ),
)

USERS = (
    DemoUser(
        "demo-exporter",
        "demo1234",
        "江陵摩配 报关员 / Jiangling declarant",
        ("declarant",),
        own=("cq-jiangling",),
        phone="13800000001",
    ),
    DemoUser(
        "demo-forwarder",
        "demo1234",
        "北部湾通达 报关员 / Tongda broker",
        ("declarant", "agent"),
        own=("gx-beibu-logistics",),
        clients=("cd-tianfu-ceramics", "km-yunling-produce", "nn-lvyuan-trading"),
        phone="13800000002",
    ),
    DemoUser(
        "trainer",
        "trainer1234",
        "培训讲师 / Trainer",
        ("trainer", "declarant"),
        own=(),
        clients=tuple(c.id for c in COMPANIES),
        phone="13800000003",
    ),
)

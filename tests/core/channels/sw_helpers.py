"""Shared helpers of the Single Window tests: a declaration filled in as a user would, a profile, the samples."""

from __future__ import annotations

from pathlib import Path

from desktop.core.channels.single_window.profile import SingleWindowProfile
from desktop.core.model import exchange
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive import derive_declarations
from tests.conftest import SAMPLES

#: The illustrative Single Window files beside the project (../shared/reference/samples), copied into the tests.
REFERENCE_SAMPLES = Path(__file__).resolve().parent / "sw_samples"

#: Shipment samples that derive declarations (every valid one).
SHIPMENT_SAMPLES = sorted(
    p for p in SAMPLES.glob("*.json")
    if not p.name.startswith(("invalid-", "booking-", "declaration-"))
)


def profile(imp_path: str | Path = "") -> SingleWindowProfile:
    return SingleWindowProfile(
        imp_path=str(imp_path), ic_code="8100000012345", operator_name="张晓", cop_code="5001961234",
        cop_name="重庆江陵摩托车配件有限公司", cop_scc="91500112MA60ABCD0D",
    )


def complete(decl: ExportDeclaration) -> ExportDeclaration:
    """What the user adds on the declaration before filing through the Single Window: the customs port codes."""
    decl.distinate_port_customs = decl.distinate_port_customs or "VNM052"
    decl.enty_port_customs = decl.enty_port_customs or "450701"
    decl.goods_place = decl.goods_place or "钦州港集装箱码头"
    return decl


def sample_declarations(path: Path) -> list[ExportDeclaration]:
    doc = exchange.read(path)
    assert doc.shipment is not None and doc.company is not None
    return derive_declarations(doc.shipment, doc.company, doc.agent)

"""Deterministic synthetic rail-sea services: a train from an inland terminal to a Beibu Gulf port,
then a vessel.

The same query always gives the same services, so trainers, tests and screenshots agree. Figures are
plausible, not real timetables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

# rail origin → (station, hours by train to each Beibu Gulf port, rail price per 40' in USD)
RAIL_ORIGINS: dict[str, tuple[str, dict[str, int], Decimal]] = {
    "CNCKG": ("Chongqing Tuanjiecun", {"CNQZH": 44, "CNFAN": 48, "CNBHY": 50}, Decimal("780")),
    "CNCTU": ("Chengdu Chengxiang", {"CNQZH": 52, "CNFAN": 56, "CNBHY": 58}, Decimal("860")),
    "CNKWE": ("Guiyang Duyun", {"CNQZH": 30, "CNFAN": 34}, Decimal("620")),
    "CNKMG": ("Kunming Wangjiaying", {"CNQZH": 36, "CNFAN": 40}, Decimal("700")),
    "CNLHW": ("Lanzhou Dongchuan", {"CNQZH": 72}, Decimal("1150")),
    "CNNNG": ("Nanning Nanning South", {"CNQZH": 6, "CNFAN": 8, "CNBHY": 8}, Decimal("260")),
}

# (port of loading, port of discharge) → (sailing weekdays Mon=0, sea days, USD per 40', vessel, code)
SEA_LEGS: dict[tuple[str, str], tuple[tuple[int, ...], int, Decimal, str, str]] = {
    ("CNQZH", "VNHPH"): ((0, 2, 4), 2, Decimal("420"), "BEIBU GULF EXPRESS", "HPH"),
    ("CNQZH", "SGSIN"): ((1, 4), 5, Decimal("680"), "QINZHOU PIONEER", "SIN"),
    ("CNQZH", "MYPKG"): ((2, 5), 6, Decimal("720"), "LANCANG BRIDGE", "PKG"),
    ("CNQZH", "VNSGN"): ((3,), 4, Decimal("560"), "MEKONG STAR", "SGN"),
    ("CNQZH", "THLCH"): ((1, 5), 5, Decimal("610"), "ANDAMAN LINK", "LCH"),
    ("CNQZH", "IDJKT"): ((3, 6), 7, Decimal("790"), "NUSANTARA TRADER", "JKT"),
    ("CNFAN", "VNHPH"): ((1, 4), 2, Decimal("400"), "FANGCHENG HARMONY", "HPH"),
    ("CNFAN", "SGSIN"): ((2,), 5, Decimal("700"), "GOLDEN BAY CARRIER", "SIN"),
    ("CNBHY", "VNHPH"): ((3,), 2, Decimal("430"), "SILVER BEACH", "HPH"),
}

WINDOW_DAYS = 14
CUTOFF_HOURS = 24  # the container must be at the rail terminal this long before the train leaves
VESSEL_HOUR = 16  # vessels sail at 16:00 UTC; trains arrive at least 12 h before


@dataclass(frozen=True)
class Service:
    service_code: str
    origin: str
    origin_station: str
    port_of_loading: str
    port_of_discharge: str
    train_no: str
    rail_departure: datetime
    cutoff: datetime
    vessel: str
    voyage: str
    etd: datetime
    eta: datetime
    transit_days: int
    price: Decimal
    currency: str = "USD"

    def to_json(self) -> dict[str, object]:
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        return {
            "service_code": self.service_code,
            "origin": self.origin,
            "origin_station": self.origin_station,
            "port_of_loading": self.port_of_loading,
            "port_of_discharge": self.port_of_discharge,
            "train_no": self.train_no,
            "rail_departure": self.rail_departure.strftime(fmt),
            "cutoff": self.cutoff.strftime(fmt),
            "vessel": self.vessel,
            "voyage": self.voyage,
            "etd": self.etd.strftime(fmt),
            "eta": self.eta.strftime(fmt),
            "transit_days": self.transit_days,
            "price": {"amount": f"{self.price:.2f}", "currency": self.currency},
        }


def search(
    origin: str, port_of_loading: str, port_of_discharge: str, start: date, days: int = WINDOW_DAYS
) -> list[Service]:
    """Services whose train leaves ``origin`` on or after ``start`` within ``days``, by departure."""
    rail = RAIL_ORIGINS.get(origin.upper())
    sea = SEA_LEGS.get((port_of_loading.upper(), port_of_discharge.upper()))
    if rail is None or sea is None or port_of_loading.upper() not in rail[1]:
        return []
    station, rail_hours_by_port, rail_price = rail
    weekdays, sea_days, sea_price, vessel, pod_code = sea
    rail_hours = rail_hours_by_port[port_of_loading.upper()]
    out = []
    # look at sailings far enough ahead that their trains leave inside the window
    first = start
    last = start + timedelta(days=days + rail_hours // 24 + 2)
    day = first
    while day <= last:
        if day.weekday() in weekdays:
            etd = datetime(day.year, day.month, day.day, VESSEL_HOUR, tzinfo=UTC)
            rail_departure = (etd - timedelta(hours=rail_hours + 12)).replace(minute=0, second=0)
            if start <= rail_departure.date() < start + timedelta(days=days):
                eta = etd + timedelta(days=sea_days)
                serial = (day.toordinal() * 7 + sum(map(ord, origin + port_of_discharge))) % 900 + 100
                out.append(
                    Service(
                        service_code=f"{origin[2:]}{port_of_loading[2:]}{pod_code}-{etd:%y%m%d}".upper(),
                        origin=origin.upper(),
                        origin_station=station,
                        port_of_loading=port_of_loading.upper(),
                        port_of_discharge=port_of_discharge.upper(),
                        train_no=f"X8{serial:03d}",
                        rail_departure=rail_departure,
                        cutoff=rail_departure - timedelta(hours=CUTOFF_HOURS),
                        vessel=vessel,
                        voyage=f"{etd:%y}{etd.timetuple().tm_yday:03d}{pod_code[0]}S",
                        etd=etd,
                        eta=eta,
                        transit_days=(eta - rail_departure).days,
                        price=rail_price + sea_price,
                    )
                )
        day += timedelta(days=1)
    out.sort(key=lambda s: (s.rail_departure, s.service_code))
    return out


def find(service_code: str) -> Service | None:
    """The service a booking names (its code carries origin, ports and sailing date)."""
    code = service_code.upper()
    if len(code) != 16 or code[9] != "-":
        return None
    origin, pol, pod_code = "CN" + code[0:3], "CN" + code[3:6], code[6:9]
    try:
        etd_day = datetime.strptime(code[10:], "%y%m%d").date()
    except ValueError:
        return None
    for (leg_pol, leg_pod), leg in SEA_LEGS.items():
        if leg_pol == pol and leg[4] == pod_code:
            for service in search(origin, pol, leg_pod, etd_day - timedelta(days=6), days=7):
                if service.service_code == code:
                    return service
    return None

"""DCSA carrier channel under faults: bookings sent to the sandbox carrier (only what DCSA 2.0.4 defines: no
Idempotency-Key, no search) through the fault-injecting proxy (faults on every request, reads included), then
re-sent until none is queued. A create whose outcome the app cannot know is handed to the user: the benchmark plays
that user, who asks the carrier and links the reference it gives, or sends the booking again when it has none.
Prints bookings, faults, lost, doubled and how many bookings needed the user.

The figures that matter are lost = 0 and doubled = 0; the time is printed for comparison only.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from desktop.core.channels.dcsa import CarrierProfile, DcsaChannel
from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import Outbox, OutboxSender
from desktop.core.platform.errors import PlatformError
from desktop.core.resources import resource_path
from desktop.core.services import carrier, drafts
from desktop.core.store.store import Store
from desktop.sandbox.server import run_embedded
from tests.faultproxy import FaultProxy

BOOKINGS = 40
MIX = {"pass": 4.0, "drop": 2.0, "reset": 1.0, "delay": 1.0, "429": 1.0, "503": 1.0, "truncate": 1.0, "html": 1.0}


def main() -> None:
    handle = run_embedded()
    key = uuid.uuid4().hex
    upstream = urlsplit(handle.url)
    target = (upstream.hostname or "127.0.0.1", upstream.port or 80)
    with tempfile.TemporaryDirectory() as tmp, FaultProxy(target, mix=MIX, other_rate=0.5, delay=1.5, seed=7) as proxy:
        store = Store.open(Path(tmp) / "w.sqlite3")
        sample = resource_path("samples", "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json")
        profile = CarrierProfile("bench", proxy.url, service_contract_reference="SC-1")
        outbox = Outbox(store, profile.environment)
        channel = DcsaChannel(profile, key, outbox, read_timeout=1.0, deadline=3.0)
        sender = OutboxSender(outbox, channel)
        ids = []
        for n in range(BOOKINGS):
            result = drafts.import_document(store, drafts.read_file(sample), author="bench")
            assert result.derived is not None and result.derived.booking is not None
            booking = store.bookings.get(result.derived.booking.id)
            clone = booking.model_copy(update={"id": f"{booking.id}-{n}"})
            store.bookings.save(clone, "bench")
            outbox.submit("booking", clone.id)
            ids.append(clone.id)
        started = time.perf_counter()
        passes = 0
        asked: set[str] = set()
        link = carrier.CarrierLink(profile, outbox, channel, sender)
        while passes < 80:
            sender.drain()
            passes += 1
            unknown = [i for i in ids if store.bookings.get(i).status is FilingStatus.FAILED]
            for booking_id in unknown:  # the user asks the carrier what it holds of this booking
                asked.add(booking_id)
                own = store.bookings.get(booking_id).client_seq_no
                held = handle.sandbox.query_one(
                    "SELECT request_ref FROM dcsa_bookings WHERE api_key = ? AND own_ref = ?", (key, own))
                try:
                    if held is not None:
                        carrier.link_reference(link, booking_id, str(held["request_ref"]))
                    else:
                        outbox.submit("booking", booking_id)
                except PlatformError:
                    pass  # a fault on the way: asked again on the next pass
            if not outbox.pending_count() and not unknown:
                break
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        own = [r[0] for r in handle.sandbox.query("SELECT own_ref FROM dcsa_bookings WHERE api_key = ?", (key,))]
        seqs = {store.bookings.get(i).client_seq_no for i in ids}
        lost = len(seqs - set(own))
        doubled = len(own) - len(set(own))
        faults = {k: v for k, v in proxy.counts.items() if k != "pass"}
        print(f"bookings {BOOKINGS}, passes {passes}, faults {sum(faults.values())} {dict(sorted(faults.items()))}")
        print(f"lost {lost}, doubled {doubled}, still queued {outbox.pending_count()}, needed the user {len(asked)}"
              f" (outcome unknown, resolved by asking the carrier), {elapsed:.1f} s")
        channel.close()
        store.close()
    handle.stop()


if __name__ == "__main__":
    main()

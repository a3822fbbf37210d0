"""The demo's deliveries: each box the district sent and each desa's handover gets its berita acara
number and delivery record, exactly as `deliveries.send_to_*` would have written them."""

import random
from dataclasses import dataclass, field
from datetime import date

from desktop.core import demo_names as names
from desktop.core.deliveries import default_jabatan, header_event, number
from desktop.core.ledger import NewEvent
from desktop.core.states import KIRIM_KECAMATAN, PENGIRIMAN_DITERIMA

FIRST, LAST = -1, 10**9  # sort orders that put a header before, and a receipt after, a day's card steps


@dataclass
class _Box:
    kind: str
    dari: str
    ke: str
    on: date
    penerima: str = ""
    jabatan: str = ""
    received: date | None = None
    card_events: list[NewEvent] = field(default_factory=list)


class DemoDeliveries:
    def __init__(self) -> None:
        self.boxes: list[_Box] = []
        self._desa: dict[tuple[str, date], _Box] = {}

    def to_kecamatan(self, kabupaten: str, kecamatan: str, on: date, received: date | None) -> _Box:
        box = _Box("kecamatan", kabupaten, kecamatan, on, received=received)
        self.boxes.append(box)
        return box

    def to_desa(self, kecamatan: str, desa: str, on: date) -> _Box:
        if (desa, on) not in self._desa:
            # A name of its own for each head of desa, drawn apart from the demo's main random stream.
            rng = random.Random(desa)
            kades = f"{rng.choice(names.MALE)} {rng.choice(names.MALE_SURNAMES)}"
            box = _Box("desa", kecamatan, desa, on, kades, default_jabatan(desa))
            self._desa[(desa, on)] = box
            self.boxes.append(box)
        return self._desa[(desa, on)]

    def events(self) -> list[tuple[str, int, NewEvent]]:
        """Numbered header (and receipt) events as (date, order, event), the card events numbered too."""
        result, seq = [], {}
        for box in sorted(self.boxes, key=lambda b: (b.on, b.ke)):
            series = (box.kind, box.dari, box.on.year)
            seq[series] = seq.get(series, 0) + 1
            no = number(seq[series], box.kind, box.ke, box.on.isoformat())
            header, delivery_uuid = header_event(no, box.kind, box.dari, box.ke, box.on.isoformat(),
                                                 penerima=box.penerima, jabatan=box.jabatan)
            result.append((box.on.isoformat(), FIRST, header))
            for event in box.card_events:
                event.doc_no = no
                event.payload["delivery"] = delivery_uuid
            if box.received:
                sent = sum(1 for e in box.card_events if e.type == KIRIM_KECAMATAN)
                receipt = NewEvent(PENGIRIMAN_DITERIMA, box.received.isoformat(), kecamatan_kode=box.ke,
                                   doc_no=no, payload={"delivery": delivery_uuid, "diterima_oleh": "Sekretaris Camat",
                                                       "diharapkan": sent, "diterima": sent, "tidak_ada": 0})
                result.append((box.received.isoformat(), LAST, receipt))
        return result

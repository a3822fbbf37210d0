"""`handover`: record the hops of the chain from the command line (batch work), with the GUI's rules."""

from datetime import date

from desktop.commands.common import add_json_flag, database, emit, parse_date
from desktop.core import cards, deliveries, followup, handover, signed_list
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.formatting import number
from desktop.core.handover import Death, Proxy
from desktop.core.states import RETURN_REASONS


def register(commands) -> None:
    parser = commands.add_parser("handover", help="catat serah terima kartu (kirim, terima, ke desa, ke peserta)")
    steps = parser.add_subparsers(dest="step", metavar="LANGKAH", required=True)

    send = _sub(steps, "send", "kabupaten mengirim kartu ke kecamatan (satu berita acara)", run_send)
    send.add_argument("--kecamatan", required=True, metavar="KODE")
    send.add_argument("--kpj", nargs="+", metavar="KPJ", help="hanya kartu ini (bawaan: semua di kabupaten)")
    send.add_argument("--note", default="", help="catatan pada berita acara")

    receive = _sub(steps, "receive", "kecamatan mengonfirmasi kiriman yang diterima", run_receive)
    receive.add_argument("--delivery", required=True, metavar="ID", help="nomor berita acara atau id kiriman")
    receive.add_argument("--missing", nargs="+", default=[], metavar="KPJ", help="kartu yang tidak ada di kotak")
    receive.add_argument("--received-by", default="", metavar="NAMA")

    to_desa = _sub(steps, "to-desa", "kecamatan menyerahkan kartu satu desa ke kades/lurah", run_to_desa)
    to_desa.add_argument("--desa", required=True, metavar="KODE")
    to_desa.add_argument("--kades", required=True, metavar="NAMA", help="nama kades/lurah (atau wakilnya)")
    to_desa.add_argument("--jabatan", default="", help="bawaan: Kepala Desa, atau Lurah untuk kelurahan")
    to_desa.add_argument("--kpj", nargs="+", metavar="KPJ", help="hanya kartu ini (bawaan: semua kartu desa itu)")

    deliver = _sub(steps, "deliver", "kartu sampai di tangan peserta (atau wakilnya)", run_deliver)
    which = deliver.add_mutually_exclusive_group(required=True)
    which.add_argument("--kpj", nargs="+", metavar="KPJ")
    which.add_argument("--nik", metavar="NIK")
    which.add_argument("--from-file", metavar="BERKAS", help="daftar bertanda tangan (.xlsx/.ods/.csv)")
    deliver.add_argument("--proxy", metavar="NAMA", help="nama wakil yang menerima")
    deliver.add_argument("--relation", metavar="HUBUNGAN", help="hubungan wakil dengan peserta")
    deliver.add_argument("--proxy-nik", default="", metavar="NIK")

    back = _sub(steps, "return", "kartu tidak dapat diserahkan: dikembalikan dengan alasan", run_return)
    back.add_argument("--kpj", required=True, nargs="+", metavar="KPJ")
    back.add_argument("--reason", choices=[*RETURN_REASONS, handover.HILANG],
                      help="alasan (wajib kecuali --to-kabupaten)")
    back.add_argument("--death-date", type=parse_date, metavar="TTTT-BB-HH", help="untuk alasan meninggal")
    back.add_argument("--heir", default="", metavar="NAMA", help="ahli waris (meninggal)")
    back.add_argument("--heir-phone", default="", metavar="TELEPON")
    back.add_argument("--note", default="", help="keterangan")
    back.add_argument("--to-kabupaten", action="store_true", help="kirim kartu kembali naik ke kabupaten")

    correct = _sub(steps, "correct", "batalkan langkah terakhir sebuah kartu (koreksi)", run_correct)
    correct.add_argument("--kpj", required=True, metavar="KPJ")
    correct.add_argument("--reason", required=True, metavar="TEKS", help="alasan koreksi")

    deceased = _sub(steps, "deceased", "daftar peserta meninggal: ahli waris yang berhak klaim JKM", run_deceased)
    deceased.add_argument("--kecamatan", metavar="KODE")
    reprint = _sub(steps, "reprint", "daftar kartu hilang/rusak yang perlu dicetak ulang", run_reprint)
    reprint.add_argument("--kecamatan", metavar="KODE")


def _sub(steps, name, help_text, run):
    sub = steps.add_parser(name, help=help_text)
    sub.add_argument("--date", type=parse_date, help="tanggal serah terima (bawaan: hari ini)")
    add_json_flag(sub)
    sub.set_defaults(run=run)
    return sub


def _on(args) -> str:
    return (args.date or date.today()).isoformat()


def run_send(args) -> int:
    with database(args) as conn:
        sent = deliveries.send_to_kecamatan(conn, args.kecamatan, _on(args), kpjs=args.kpj, catatan=args.note)
    emit(args, sent.as_dict(), f"Kiriman {sent.no}: {number(sent.jumlah)} kartu ke Kecamatan {sent.ke_nama}.")
    return 0


def run_receive(args) -> int:
    with database(args) as conn:
        receipt = deliveries.receive(conn, args.delivery, _on(args), missing=args.missing,
                                     received_by=args.received_by)
    emit(args, receipt.as_dict(),
         f"Kiriman {receipt.delivery.no}: {number(len(receipt.received))} dari {number(receipt.expected)} kartu "
         f"diterima" + (f" oleh {receipt.delivery.received_by}" if receipt.delivery.received_by else "")
         + (f", {len(receipt.missing)} tidak ada (dicatat hilang)." if receipt.missing else "."))
    return 0


def run_to_desa(args) -> int:
    with database(args) as conn:
        box = deliveries.send_to_desa(conn, args.desa, args.kades, _on(args), jabatan=args.jabatan, kpjs=args.kpj)
    emit(args, box.as_dict(), f"Serah terima {box.no}: {number(box.jumlah)} kartu ke {box.jabatan} "
                              f"{box.ke_nama}, {box.penerima}.")
    return 0


def run_deliver(args) -> int:
    if bool(args.proxy) != bool(args.relation):
        raise InvalidInput("Untuk penyerahan lewat wakil, isi --proxy (nama) dan --relation (hubungan).")
    with database(args) as conn:
        if args.from_file:
            result = signed_list.deliver_from_file(conn, args.from_file, args.date and args.date.isoformat())
            emit(args, result, _list_text(result, rows=True))
            return 0
        kpjs = args.kpj or [_kpj_of_nik(conn, args.nik)]
        proxy = Proxy(args.proxy, args.relation, args.proxy_nik) if args.proxy else None
        if len(kpjs) == 1:
            event_id = handover.deliver(conn, kpjs[0], _on(args), proxy=proxy)
            result = {"kpj": kpjs[0], "event_id": event_id, "state": "diserahkan",
                      "penerima": "wakil" if proxy else "sendiri"}
            emit(args, result, f"Kartu {kpjs[0]} dicatat diserahkan.")
            return 0
        if proxy:
            raise InvalidInput("Wakil hanya untuk satu kartu sekaligus.")
        result = handover.deliver_many(conn, [(i, k, _on(args)) for i, k in enumerate(kpjs, 1)]).as_dict()
    emit(args, result, _list_text(result))
    return 0


def _kpj_of_nik(conn, nik: str) -> str:
    row = conn.execute("SELECT c.kpj FROM peserta p JOIN cards c ON c.id = p.card_id WHERE p.nik = ?",
                       (nik.strip(),)).fetchone()
    if row is None:
        raise NotFound(f"Tidak ada kartu untuk NIK {nik}.")
    return row[0]


def _list_text(result: dict, *, rows: bool = False) -> str:
    """The figures of a handed-out list, then each row not recorded (`rows`: name its spreadsheet row)."""
    parts = [f"{number(result['delivered'])} kartu dicatat diserahkan"]
    if result["already_delivered"]:
        parts.append(f"{number(result['already_delivered'])} sudah diserahkan sebelumnya")
    parts.append(f"{number(result['refused'])} ditolak")
    lines = [", ".join(parts) + "."]
    if result.get("not_signed"):
        lines.append(f"{number(result['not_signed'])} baris belum ditandatangani (tidak dicatat).")
    for problem in result["problems"]:
        where = f"Baris {problem['row']}: " if rows else ""
        lines.append(f"  - {where}{problem['message']}")
    return "\n".join(lines)


def run_return(args) -> int:
    with database(args) as conn:
        if args.to_kabupaten:
            ids = handover.send_up(conn, args.kpj, _on(args))
            emit(args, {"returned_up": len(ids), "kpj": args.kpj}, f"{len(ids)} kartu dikirim kembali ke kabupaten.")
            return 0
        if not args.reason:
            raise InvalidInput("Sebutkan alasan pengembalian (--reason).")
        death = Death(args.death_date.isoformat() if args.death_date else "", args.heir, args.heir_phone)
        for kpj in args.kpj:
            handover.return_card(conn, kpj, args.reason, _on(args), death=death, catatan=args.note)
    emit(args, {"returned": len(args.kpj), "kpj": args.kpj, "reason": args.reason},
         f"{len(args.kpj)} kartu dicatat dikembalikan ({args.reason}).")
    return 0


def run_correct(args) -> int:
    with database(args) as conn:
        event_id = cards.correct_last_step(conn, args.kpj, args.reason, on=_on(args))
        card = cards.card_row(conn, args.kpj)
    emit(args, {"kpj": args.kpj, "event_id": event_id, "state": card["state"], "custodian": card["custodian"]},
         f"Langkah terakhir kartu {args.kpj} dibatalkan; status sekarang {card['state']}.")
    return 0


def run_deceased(args) -> int:
    with database(args) as conn:
        rows = followup.deceased(conn, kecamatan=args.kecamatan)
    emit(args, {"count": len(rows), "deceased": rows},
         "\n".join(f"{r['nama']:<28} {r['tanggal_meninggal'] or '-':<10} ahli waris: {r['ahli_waris'] or '-'} "
                   f"{r['telepon_ahli_waris']}" for r in rows) or "Tidak ada peserta meninggal tercatat.")
    return 0


def run_reprint(args) -> int:
    with database(args) as conn:
        rows = followup.reprint(conn, kecamatan=args.kecamatan)
    emit(args, {"count": len(rows), "cards": rows},
         "\n".join(f"{r['kpj']} {r['nama']:<28} {r['keterangan'] or ''}" for r in rows)
         or "Tidak ada kartu yang perlu dicetak ulang.")
    return 0

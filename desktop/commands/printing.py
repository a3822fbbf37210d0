"""`print tanda-terima|daftar|berita-acara OUT.pdf`: the handover papers as PDF (DESIGN §6)."""

import sys
from datetime import date

from desktop.commands.common import add_json_flag, database, emit, parse_date
from desktop.core.documents import printing
from desktop.core.documents.source import Scope
from desktop.core.formatting import number


def register(commands) -> None:
    parser = commands.add_parser("print", help="cetak daftar serah terima, tanda terima, atau berita acara (PDF)")
    parser.add_argument("document", choices=list(printing.DOCUMENTS), metavar="DOKUMEN",
                        help="tanda-terima | daftar | berita-acara")
    parser.add_argument("out", metavar="OUT.pdf", help="berkas PDF yang dibuat")
    parser.add_argument("--kecamatan", metavar="KODE", help="hanya kecamatan ini, mis. 17.04.01")
    parser.add_argument("--desa", metavar="KODE", help="hanya desa/kelurahan ini, mis. 17.04.01.2001")
    parser.add_argument("--paper", choices=("a4", "f4"),
                        help="ukuran kertas (bawaan: Pengaturan → Kop dan tanda tangan)")
    parser.add_argument("--unmask-nik", action="store_true",
                        help="cetak NIK lengkap (dicatat; bawaan: NIK disamarkan 170401******0003)")
    parser.add_argument("--delivery", metavar="NOMOR", help="nomor (atau id) kiriman untuk berita acara")
    parser.add_argument("--sort", choices=("nama", "kpj"), default="nama", help="urutan baris (bawaan: nama)")
    parser.add_argument("--semua", action="store_true",
                        help="sertakan kartu yang sudah diserahkan/dikembalikan (cetak ulang arsip)")
    parser.add_argument("--meterai", action="store_true", help="kotak meterai pada berita acara")
    parser.add_argument("--today", type=parse_date, help="tanggal cetak (bawaan: hari ini)")
    add_json_flag(parser)
    parser.set_defaults(run=run_print)


def run_print(args) -> int:
    request = printing.PrintRequest(
        document=args.document, scope=Scope(args.kecamatan, args.desa), paper=args.paper,
        unmask_nik=args.unmask_nik, sort=args.sort, delivery=args.delivery, all_cards=args.semua,
        meterai=args.meterai,
    )
    with database(args) as conn:
        result = printing.print_document(conn, request, args.out, today=args.today or date.today())
    result["unmasked"] = args.unmask_nik
    if args.unmask_nik:
        print("Perhatian: NIK dicetak lengkap. Pencetakan ini dicatat; simpan dokumennya dengan aman.",
              file=sys.stderr)
    human = (f"{printing.DOCUMENTS[args.document]}: {number(result['rows'])} kartu, {number(result['pages'])} "
             f"halaman {result['paper'].upper()} → {result['file']}")
    emit(args, result, human)
    return 0

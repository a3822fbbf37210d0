"""The printed papers, read back from the PDFs: paper size, pages, every row, masked NIKs, QRs."""

import math
from datetime import date

import pytest

from desktop.core import deliveries, nik
from desktop.core.documents import config, daftar, printing
from desktop.core.documents.base import DocumentSetup
from desktop.core.documents.printing import PrintRequest
from desktop.core.documents.source import Scope
from desktop.core.documents.table import Table
from desktop.core.errors import InvalidInput, UserError
from tests.core import pdfcheck
from tests.core.pdfcheck import KEC, LONG, LONG_DESA, SHORT, SHORT_DESA

TODAY = date(2024, 12, 20)


@pytest.fixture
def people(conn):
    return pdfcheck.fill_two_desa(conn)


def _print(conn, tmp_path, document, name="out.pdf", **options):
    out = tmp_path / name
    result = printing.print_document(conn, PrintRequest(document, **options), out, today=TODAY)
    return out, result


def test_daftar_for_a_long_desa_on_a4(conn, people, tmp_path):
    out, result = _print(conn, tmp_path, "daftar", scope=Scope(desa=LONG_DESA), paper="a4")
    sizes = pdfcheck.page_sizes_mm(out)
    assert set(sizes) == {(210.0, 297.0)}
    setup = DocumentSetup(config.load(conn), None, "a4", False, TODAY)
    chunks, closing_alone = daftar.plan(_group(conn, LONG_DESA), Table(daftar.COLUMNS, setup.page,
                                        daftar.ROW_HEIGHT, daftar.HEADER_HEIGHT), setup)
    assert len(sizes) == result["pages"] == len(chunks) + closing_alone > 10
    pages = pdfcheck.pages_text(out)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in page
        if number <= len(chunks):
            assert "Tanda Tangan /" in page and "No. KPJ" in page  # the header row on every page
    assert "DAFTAR SERAH TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN" in pages[0]
    assert "Gedung Wani" in pages[0] and "Kinal" in pages[0]
    assert "Jumlah kartu dalam daftar ini: 230 (dua ratus tiga puluh) kartu." in pages[-1]
    assert "Mengetahui," in pages[-1] and "Kepala Desa Gedung Wani" in pages[-1]
    assert "Jumlah kartu" not in "".join(pages[:-1])
    text = "".join(pages)
    for nama, full_nik, kpj in people[LONG_DESA]:
        assert nama in text and kpj in text and nik.mask(full_nik) in text
        assert full_nik not in text
    assert result["rows"] == LONG


def test_daftar_qr_codes_decode_to_each_kpj(conn, people, tmp_path):
    out, _ = _print(conn, tmp_path, "daftar", scope=Scope(desa=LONG_DESA), paper="f4")
    codes = pdfcheck.qr_codes(out, tmp_path, strip_from=0.84)
    assert sorted(codes) == sorted(kpj for _, _, kpj in people[LONG_DESA])


def test_daftar_on_f4_is_215_by_330_and_takes_fewer_pages(conn, people, tmp_path):
    a4, a4_result = _print(conn, tmp_path, "daftar", "a4.pdf", scope=Scope(desa=LONG_DESA), paper="a4")
    f4, f4_result = _print(conn, tmp_path, "daftar", "f4.pdf", scope=Scope(desa=LONG_DESA), paper="f4")
    assert set(pdfcheck.page_sizes_mm(f4)) == {(215.0, 330.0)}
    assert f4_result["pages"] < a4_result["pages"]


def test_daftar_sorted_by_name_or_by_kpj(conn, people, tmp_path):
    by_name, _ = _print(conn, tmp_path, "daftar", "nama.pdf", scope=Scope(desa=SHORT_DESA), sort="nama")
    by_kpj, _ = _print(conn, tmp_path, "daftar", "kpj.pdf", scope=Scope(desa=SHORT_DESA), sort="kpj")
    names = [n for n, _, _ in people[SHORT_DESA]]
    kpjs = [k for _, _, k in people[SHORT_DESA]]
    name_text, kpj_text = pdfcheck.text(by_name), pdfcheck.text(by_kpj)
    assert [name_text.index(n) for n in sorted(names)] == sorted(name_text.index(n) for n in names)
    assert [kpj_text.index(k) for k in sorted(kpjs)] == sorted(kpj_text.index(k) for k in kpjs)
    assert sorted(names) != [n for n, _, _ in sorted(people[SHORT_DESA], key=lambda p: p[2])]


def test_a_kecamatan_daftar_has_one_numbered_section_per_desa(conn, people, tmp_path):
    out, result = _print(conn, tmp_path, "daftar", scope=Scope(kecamatan=KEC))
    assert result["sections"] == 2 and result["rows"] == LONG + SHORT
    pages = pdfcheck.pages_text(out)
    assert sum("Halaman 1 dari" in p for p in pages) == 2
    assert "Penandingan" in pages[-1] and "Halaman 1 dari 1" in pages[-1]


def test_unmasking_prints_full_niks_and_is_logged(conn, people, tmp_path):
    out, result = _print(conn, tmp_path, "daftar", scope=Scope(desa=SHORT_DESA), unmask_nik=True)
    text = pdfcheck.text(out)
    assert all(full in text for _, full, _ in people[SHORT_DESA])
    assert "NIK LENGKAP" in text
    logged = conn.execute("SELECT payload FROM events WHERE type = 'dokumen_dicetak' ORDER BY id").fetchall()
    assert '"unmasked":true' in logged[-1][0] and '"desa":"17.04.01.2002"' in logged[-1][0]
    _print(conn, tmp_path, "daftar", "masked.pdf", scope=Scope(desa=SHORT_DESA))
    assert '"unmasked":false' in conn.execute(
        "SELECT payload FROM events WHERE type = 'dokumen_dicetak' ORDER BY id DESC").fetchone()[0]


def test_tanda_terima_three_to_a_page_with_qr_and_masked_nik(conn, people, tmp_path):
    out, result = _print(conn, tmp_path, "tanda-terima", scope=Scope(kecamatan=KEC), paper="a4")
    assert result["pages"] == math.ceil(LONG / 3) + math.ceil(SHORT / 3)
    assert len(pdfcheck.page_sizes_mm(out)) == result["pages"]
    pages = pdfcheck.pages_text(out)
    assert [p.count("TANDA TERIMA KARTU PESERTA") for p in pages[:2]] == [3, 3]
    assert sum(p.count("TANDA TERIMA KARTU PESERTA") for p in pages) == LONG + SHORT
    assert pages[0].count("potong di sini") == 2 and "cap jempol" in pages[0]
    text = "".join(pages)
    for nama, full_nik, kpj in people[LONG_DESA] + people[SHORT_DESA]:
        assert nama in text and kpj in text and nik.mask(full_nik) in text and full_nik not in text
    short, _ = _print(conn, tmp_path, "tanda-terima", "short.pdf", scope=Scope(desa=SHORT_DESA), paper="f4")
    assert set(pdfcheck.page_sizes_mm(short)) == {(215.0, 330.0)}
    assert sorted(pdfcheck.qr_codes(short, tmp_path, strip_from=0.75)) == sorted(k for _, _, k in people[SHORT_DESA])


def test_berita_acara_for_a_delivery(conn, people, tmp_path):
    cfg = config.load(conn)
    cfg.kepala = config.Signatory("Drs. Ahmad Yani", "19700101 199003 1 004", "Kepala Dinas Nakertrans")
    cfg.pejabat[KEC] = config.Signatory("Budi Santoso", "197501012000031002", "Camat Kinal")
    cfg.kota = "Bintuhan"
    config.save(conn, cfg)
    sent = deliveries.send_to_kecamatan(conn, KEC, "2024-12-19")
    out, result = _print(conn, tmp_path, "berita-acara", delivery=sent.no, meterai=True)
    assert set(pdfcheck.page_sizes_mm(out)) == {(215.0, 330.0)}  # F4 is the default for a berita acara
    pages = pdfcheck.pages_text(out)
    body = " ".join(pages[0].split())
    assert f"Nomor: {sent.no}" in body
    assert ("Pada hari ini Kamis tanggal sembilan belas bulan Desember tahun dua ribu dua puluh empat "
            "(19-12-2024), bertempat di Bintuhan") in body
    assert "PIHAK PERTAMA" in body and "PIHAK KEDUA" in body
    assert "Drs. Ahmad Yani" in body and "19700101 199003 1 004" in body and "Budi Santoso" in body
    assert "sebanyak 233 (dua ratus tiga puluh tiga) kartu" in body
    assert "rangkap dua" in body and "METERAI" in body
    lampiran = "".join(pages[1:])
    assert "LAMPIRAN BERITA ACARA SERAH TERIMA NOMOR" in lampiran
    assert "Jumlah: 233 (dua ratus tiga puluh tiga) kartu." in pages[-1]
    for nama, full_nik, kpj in people[LONG_DESA] + people[SHORT_DESA]:
        assert kpj in lampiran and nama in lampiran and nik.mask(full_nik) in lampiran
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert result["pages"] == len(pages)


def test_berita_acara_needs_a_delivery(conn, people, tmp_path):
    with pytest.raises(InvalidInput, match="--delivery"):
        _print(conn, tmp_path, "berita-acara")
    with pytest.raises(UserError, match="tidak ditemukan"):
        _print(conn, tmp_path, "berita-acara", delivery="999/BAST-KK/17.04.01/XII/2024")


def test_fonts_are_embedded(conn, people, tmp_path):
    out, _ = _print(conn, tmp_path, "daftar", scope=Scope(desa=SHORT_DESA))
    listing = pdfcheck.fonts(out).splitlines()[2:]
    assert listing and all("LiberationSans" in line or "LiberationSerif" in line for line in listing)
    assert all(" yes " in line for line in listing)


def test_nothing_to_print_and_bad_places_change_nothing(conn, people, tmp_path):
    before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(UserError, match="Tidak ada kartu"):
        _print(conn, tmp_path, "daftar", scope=Scope(desa="17.04.01.2003"))
    with pytest.raises(InvalidInput, match="tidak berada di kecamatan"):
        _print(conn, tmp_path, "daftar", scope=Scope(kecamatan="17.04.02", desa=LONG_DESA))
    with pytest.raises(InvalidInput, match="Folder"):
        printing.print_document(conn, PrintRequest("daftar"), tmp_path / "no" / "x.pdf", today=TODAY)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".serahkartu-*"))


def test_settings_round_trip_and_validation(conn, tmp_path):
    cfg = config.load(conn)
    assert cfg.kop == ["PEMERINTAH KABUPATEN KAUR"] and cfg.kertas_berita_acara == "f4"
    cfg.kop = ["PEMERINTAH KABUPATEN KAUR", "DINAS TENAGA KERJA DAN TRANSMIGRASI", ""]
    cfg.kepala = config.Signatory("Ahmad", "19700101 199003 1 004", "Kepala Dinas")
    config.save(conn, cfg)
    again = config.load(conn)
    assert again.kop == cfg.kop[:2] and again.kepala.nip == "197001011990031004"
    for change, message in (
        (lambda c: setattr(c, "kop", ["a", "b", "c", "d"]), "paling banyak 3"),
        (lambda c: setattr(c.petugas, "nip", "12345"), "18 digit"),
        (lambda c: setattr(c.margins, "left", 2), "Margin"),
        (lambda c: setattr(c, "kertas", "legal"), "A4 atau F4"),
        (lambda c: setattr(c, "logo", str(tmp_path / "none.png")), "tidak ditemukan"),
    ):
        broken = config.load(conn)
        change(broken)
        with pytest.raises(InvalidInput, match=message):
            config.save(conn, broken)
    assert config.load(conn).kop == cfg.kop[:2]


def test_logo_and_three_kop_lines_are_printed(conn, people, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 140), (20, 90, 40)).save(logo)
    cfg = config.load(conn)
    cfg.kop = ["PEMERINTAH KABUPATEN KAUR", "DINAS TENAGA KERJA DAN TRANSMIGRASI", "BIDANG JAMINAN SOSIAL"]
    cfg.alamat, cfg.logo = "Jl. Raya Padang Guci No. 1, Bintuhan 38963", str(logo)
    config.save(conn, cfg)
    out, _ = _print(conn, tmp_path, "daftar", scope=Scope(desa=SHORT_DESA))
    first = pdfcheck.pages_text(out)[0]
    assert all(line in first for line in cfg.kop) and "Jl. Raya Padang Guci No. 1" in first


def _group(conn, desa):
    from desktop.core.documents import source

    return source.groups(conn, Scope(desa=desa))[0]


def test_a_cancelled_build_leaves_no_file(conn, people, tmp_path):
    from desktop.core.progress import Cancelled

    def cancel(done, total, text):
        raise Cancelled()

    with pytest.raises(Cancelled):
        printing.render(conn, PrintRequest("daftar", scope=Scope(kecamatan=KEC)), tmp_path / "x.pdf", today=TODAY,
                        progress=cancel)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".serahkartu-*"))


def test_at_a_kecamatan_office_its_own_head_signs_as_camat():
    from desktop.core.documents import signers
    from desktop.core.office import Office

    cfg = config.PrintSettings(kepala=config.Signatory("Budi Santoso", "197501012000031002", ""))
    kecamatan_office = Office("kecamatan", KEC, "Kecamatan Kinal, Kabupaten Kaur", "17.04")
    assert signers.camat(cfg, kecamatan_office, KEC, "Kinal") == config.Signatory(
        "Budi Santoso", "197501012000031002", "Camat Kinal")
    district = Office("kabupaten", "17.04", "Kabupaten Kaur", "17.04")
    assert signers.camat(cfg, district, KEC, "Kinal") == config.Signatory("", "", "Camat Kinal")


def test_a_kecamatan_office_signs_in_its_own_kecamatan(tmp_path):
    from desktop.core import db, office

    kecamatan = db.connect(tmp_path / "kec.db")
    here = office.init_office(kecamatan, "kecamatan", KEC)
    cfg = config.load(kecamatan)
    assert cfg.kota == "Kinal" and cfg.kop[-1] == "KECAMATAN KINAL" and cfg.kepala.jabatan == "Camat Kinal"
    setup = DocumentSetup(cfg, here, "a4", False, TODAY)
    assert setup.place_and_date(date(2026, 10, 4)) == "Kinal, 4 Oktober 2026"
    assert setup.place_and_date(None).startswith("Kinal, ")

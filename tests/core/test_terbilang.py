from datetime import date

import pytest

from desktop.core.terbilang import date_in_words, terbilang


@pytest.mark.parametrize("n, words", [
    (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
    (20, "dua puluh"), (21, "dua puluh satu"), (100, "seratus"), (101, "seratus satu"),
    (111, "seratus sebelas"), (215, "dua ratus lima belas"), (1000, "seribu"), (1001, "seribu satu"),
    (1999, "seribu sembilan ratus sembilan puluh sembilan"), (2024, "dua ribu dua puluh empat"),
    (11_000, "sebelas ribu"), (100_000, "seratus ribu"), (111_111, "seratus sebelas ribu seratus sebelas"),
    (1_000_000, "satu juta"), (7_130, "tujuh ribu seratus tiga puluh"),
    (336_000_000, "tiga ratus tiga puluh enam juta"), (2_000_000_000, "dua miliar"),
    (1_000_000_000_000, "satu triliun"), (-5, "minus lima"),
])
def test_terbilang(n, words):
    assert terbilang(n) == words


def test_terbilang_refuses_what_it_cannot_say():
    with pytest.raises(ValueError):
        terbilang(10**15)
    with pytest.raises(TypeError):
        terbilang(1.5)


def test_date_in_words_as_a_berita_acara_writes_it():
    assert date_in_words(date(2024, 12, 19)) == (
        "Kamis tanggal sembilan belas bulan Desember tahun dua ribu dua puluh empat")
    assert date_in_words(date(2026, 11, 1)).startswith("Minggu tanggal satu bulan November")

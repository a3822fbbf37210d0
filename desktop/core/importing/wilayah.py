"""Kecamatan and desa names, as lists write them, to the Kemendagri codes of this office's kabupaten.

Forgiving of case, spacing, punctuation and prefixes ("Kec. Curup Tengah", "CURUP TENGAH", "Desa
Suka Maju"), never choosing silently between two candidates: then the row stays unresolved and the
message names the candidates. A 10-digit (or dotted) `kode_kemdagri` wins over the names.
"""

import difflib
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

_PREFIXES = re.compile(
    r"^(kecamatan|kec|desa|ds|kelurahan|kel|kampung|kp|nagari|gampong|pekon)\b[.\s]*", re.IGNORECASE
)


def normalise(name: str) -> str:
    text = re.sub(r"[^\w\s]", " ", str(name).lower())
    text = re.sub(r"\s+", " ", text).strip()
    previous = None
    while previous != text:
        previous = text
        text = _PREFIXES.sub("", text).strip()
    return text


def compact(name: str) -> str:
    return normalise(name).replace(" ", "")


@dataclass(frozen=True)
class Resolved:
    kecamatan_kode: str | None
    desa_kode: str | None
    problem: str = ""  # an Indonesian message when the region is not (fully) resolved
    about: str = ""  # the field the problem is about: "kecamatan", "desa" or "kode_kemdagri"


class RegionMatcher:
    """Built once per import from the regions table (only this office's kabupaten is there)."""

    def __init__(self, conn: sqlite3.Connection, kabupaten_kode: str) -> None:
        self.kabupaten = kabupaten_kode
        rows = conn.execute(
            "SELECT kode, nama, level, parent FROM regions WHERE kode LIKE ? AND level IN (3, 4)",
            (kabupaten_kode + ".%",),
        ).fetchall()
        self.names = {r["kode"]: r["nama"] for r in rows}
        self.kecamatan = _index([(r["kode"], r["nama"]) for r in rows if r["level"] == 3])
        self.desa_in: dict[str, dict] = {}
        for r in rows:
            if r["level"] == 4:
                self.desa_in.setdefault(r["parent"], []).append((r["kode"], r["nama"]))
        self.desa_in = {k: _index(v) for k, v in self.desa_in.items()}
        self.all_desa = _index([(r["kode"], r["nama"]) for r in rows if r["level"] == 4])
        self.resolve = lru_cache(maxsize=None)(self._resolve)

    def _resolve(self, kode: str, kecamatan: str, desa: str) -> Resolved:
        if kode:
            found = self._by_code(kode)
            if found:
                return found
        kec_kode, kec_problem = (None, "")
        if kecamatan:
            kec_kode, kec_problem = self._pick(self.kecamatan, kecamatan, "Kecamatan")
        if not desa:
            problem = kec_problem or ("Desa/kelurahan kosong." if kec_kode else "Desa dan kecamatan kosong.")
            return Resolved(kec_kode, None, _with_code(problem, kode),
                            _about(kode, "kecamatan" if kec_problem else "desa"))
        if kec_kode:
            desa_kode, problem = self._pick(self.desa_in.get(kec_kode, {}), desa, "Desa/kelurahan")
            if desa_kode:
                return Resolved(kec_kode, desa_kode)
            elsewhere = self.all_desa.get(normalise(desa), [])
            if elsewhere:
                where = ", ".join(self.names[d[:8]] for d in elsewhere)
                problem = (f"Desa/kelurahan '{desa}' tidak ada di Kecamatan {self.names[kec_kode]}; "
                           f"nama itu ada di Kecamatan {where}.")
            return Resolved(kec_kode, None, _with_code(problem, kode), _about(kode, "desa"))
        desa_kode, problem = self._pick(self.all_desa, desa, "Desa/kelurahan")
        if desa_kode and not kec_problem:
            return Resolved(desa_kode[:8], desa_kode)
        return Resolved(None, None, _with_code(kec_problem or problem, kode),
                        _about(kode, "kecamatan" if kec_problem else "desa"))

    def _by_code(self, kode: str) -> Resolved | None:
        digits = re.sub(r"\D", "", kode)
        if len(digits) == 10:
            dotted = f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"
            if dotted in self.names:
                return Resolved(dotted[:8], dotted)
        if len(digits) == 6:
            dotted = f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}"
            if dotted in self.names:
                return Resolved(dotted, None, f"Kode {kode} adalah kode kecamatan; desa/kelurahan belum ditentukan.",
                                "kode_kemdagri")
        return None

    def _pick(self, index: dict, name: str, what: str) -> tuple[str | None, str]:
        key = normalise(name)
        found = index.get(key) or index.get("\0" + key.replace(" ", "")) or []
        if len(found) == 1:
            return found[0], ""
        if len(found) > 1:
            options = "; ".join(self.describe(k) for k in found)
            return None, f"{what} '{name}' ada lebih dari satu: {options}. Pilih yang benar."
        message = f"{what} '{name}' tidak dikenal di kabupaten ini."
        close = difflib.get_close_matches(key, [k for k in index if not k.startswith("\0")], n=2, cutoff=0.8)
        if close:
            message += " Mungkin maksudnya: " + ", ".join(self.names[index[c][0]] for c in close) + "?"
        return None, message

    def describe(self, kode: str) -> str:
        """'Tanjung Iman, Kec. Tanjung Kemuning (17.04.02.2011)'."""
        if len(kode) > 8:
            return f"{self.names[kode]}, Kec. {self.names[kode[:8]]} ({kode})"
        return f"{self.names[kode]} ({kode})"

    def name(self, kode: str | None) -> str:
        return self.names.get(kode or "", "")


def _index(entries: list[tuple[str, str]]) -> dict[str, list[str]]:
    """normalised name -> codes, plus "\\0" + the name without spaces ("Sukamaju" = "Suka Maju")."""
    index: dict[str, list[str]] = {}
    for kode, nama in entries:
        key = normalise(nama)
        index.setdefault(key, []).append(kode)
        squeezed = "\0" + key.replace(" ", "")
        if kode not in index.setdefault(squeezed, []):
            index[squeezed].append(kode)
    return index


def _about(kode: str, field: str) -> str:
    """An unknown code is what the message leads with, so the problem is the code column's."""
    return "kode_kemdagri" if kode else field


def _with_code(problem: str, kode: str) -> str:
    if kode and problem:
        return f"Kode wilayah '{kode}' tidak dikenal di kabupaten ini. {problem}"
    if kode:
        return f"Kode wilayah '{kode}' tidak dikenal di kabupaten ini."
    return problem

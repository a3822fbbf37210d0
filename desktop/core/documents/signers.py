"""Who signs which paper: this office's head and clerk from the settings, the other regions' camat and
kepala desa/lurah from the settings' per-region list, and a blank line to fill by hand otherwise."""

from dataclasses import replace

from desktop.core.documents.config import PrintSettings, Signatory
from desktop.core.office import Office


def petugas(cfg: PrintSettings) -> Signatory:
    return replace(cfg.petugas, jabatan=cfg.petugas.jabatan or "Petugas")


def head_of_office(cfg: PrintSettings, office: Office) -> Signatory:
    default = "Camat" if office.kind == "kecamatan" else "Kepala Dinas"
    return replace(cfg.kepala, jabatan=cfg.kepala.jabatan or default)


def camat(cfg: PrintSettings, office: Office, kecamatan_kode: str | None, kecamatan_nama: str) -> Signatory:
    """The camat: this office's head when this is that kecamatan's office, else from the settings."""
    if office.kind == "kecamatan" and office.kode == kecamatan_kode:
        person = cfg.kepala
    else:
        person = cfg.official(kecamatan_kode or "")
    return replace(person, jabatan=person.jabatan or f"Camat {kecamatan_nama}")


def desa_head(cfg: PrintSettings, desa_kode: str | None, title: str) -> Signatory:
    person = cfg.official(desa_kode or "")
    return replace(person, jabatan=person.jabatan or title)

"""The sync file: a signed envelope, encrypted to the recipient with age, written safely to the stick.

Inside the age encryption (what `age -d -i KEY FILE` prints) is plain UTF-8 text:

    line 1   {"format": "serahkartu-sinkron", "versi": 2, "pengirim": "17.04.01", "tanda_tangan": "…"}
    line 2…  the content: one JSON object (the events, the acknowledgement, the roster)

`tanda_tangan` is the sender's Ed25519 signature over the content bytes exactly as they stand. age
authenticates the ciphertext (a changed or cut file does not decrypt); the signature proves who wrote
it, since anyone holding the recipient's public key can encrypt to it. No home-made cryptography.
"""

import hashlib
import json
import os
from pathlib import Path

import pyrage
from pyrage import x25519

from desktop.core.sync.identity import PrivateIdentity, SyncRefused

FORMAT = "serahkartu-sinkron"
# 2: a card registration may carry its new person (register.person_with_card_event), which an app that
# knows only 1 cannot project; it refuses a version-2 file and asks to be updated. Version 1 files are read.
VERSION = 2
AGE_MAGIC = b"age-encryption.org/v1\n"


def seal(content: dict, signer: PrivateIdentity, recipient_age: str) -> bytes:
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"format": FORMAT, "versi": VERSION, "pengirim": signer.public.kode,
              "tanda_tangan": signer.sign(body)}
    plaintext = json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + body
    return pyrage.encrypt(plaintext, [x25519.Recipient.from_str(recipient_age)])


def unseal(data: bytes, me: PrivateIdentity, name: str) -> tuple[dict, bytes]:
    """Decrypt and split a sync file: (header, content bytes). The signature is checked by the caller,
    which knows the sender's key."""
    if not data.startswith(AGE_MAGIC):
        raise SyncRefused(f"{name} bukan berkas sinkronisasi SerahKartu (bukan berkas terenkripsi age).")
    try:
        plaintext = pyrage.decrypt(data, [me.age])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise SyncRefused(
                f"{name} tidak ditujukan untuk kantor ini ({me.public.nama}), atau bagian kepalanya rusak. "
                "Pastikan berkas ini memang dibuat untuk kantor ini. Tidak ada yang diubah."
            ) from exc
        raise SyncRefused(
            f"{name} rusak: terpotong atau diubah setelah dibuat (isi terenkripsinya tidak utuh). Minta "
            "kantor pengirim membuat berkas baru. Tidak ada yang diubah."
        ) from exc
    header_line, _, body = plaintext.partition(b"\n")
    try:
        header = json.loads(header_line)
        if header.get("format") != FORMAT:
            raise ValueError("format")
    except (ValueError, AttributeError) as exc:
        raise SyncRefused(f"{name} bukan berkas sinkronisasi SerahKartu. Tidak ada yang diubah.") from exc
    if not isinstance(header.get("versi"), int) or header["versi"] > VERSION:
        raise SyncRefused(
            f"{name} dibuat oleh SerahKartu versi yang lebih baru (format {header.get('versi')}, aplikasi ini "
            f"mengenal sampai {VERSION}). Perbarui SerahKartu di kantor ini, lalu impor lagi. "
            "Tidak ada yang diubah."
        )
    return header, body


def write_safely(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, flush and fsync, rename over the target, then read it back.

    A stick pulled out half-way leaves either the old file or the new one, never half of one; the
    read-back catches a stick that lies about what it stored.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.sementara")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        _fsync_folder(path.parent)
        written = path.read_bytes()
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise SyncRefused(
            f"Berkas {path} tidak dapat ditulis ({exc.strerror or exc}). Periksa flashdisk atau foldernya "
            "(penuh, dikunci, atau dicabut?) lalu coba lagi."
        ) from exc
    if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
        raise SyncRefused(
            f"Berkas {path} yang terbaca kembali tidak sama dengan yang ditulis: flashdisk ini tidak "
            "dapat dipercaya. Pakai flashdisk lain lalu ekspor lagi."
        )


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to fsync it; the file itself was fsynced above
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

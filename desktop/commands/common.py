"""What every command shares: opening the database and printing a result."""

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from desktop.core import db, storage
from desktop.core.errors import UserError
from desktop.core.paths import default_db_path


@contextmanager
def database(args: argparse.Namespace, *, create: bool = False) -> Iterator[sqlite3.Connection]:
    """The office's database. Only `init`, `demo` and the app may create one: elsewhere a mistyped
    --db path must not leave a new empty database behind."""
    path = Path(args.db or default_db_path())
    if not create and not path.exists():
        raise UserError(
            f"Basis data {path} tidak ada. Periksa --db, atau siapkan kantor dulu dengan "
            "'serahkartu init --office kabupaten --region 17.04'."
        )
    for warning in storage.warnings(path):
        print(f"Peringatan: {warning}", file=sys.stderr)
    conn = db.connect(path, before_upgrade=lambda: print(
        "Memperbarui basis data untuk versi SerahKartu ini (sekali saja)…", file=sys.stderr))
    try:
        yield conn
    finally:
        conn.close()


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="cetak satu objek JSON di stdout")


def emit(args: argparse.Namespace, result: dict, human: str) -> None:
    if getattr(args, "json", False):
        json.dump(result, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(human)


def parse_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        if len(text) == 10 and text[4] == text[7] == "-":
            raise argparse.ArgumentTypeError(f"tanggal '{text}' tidak ada di kalender") from exc
        raise argparse.ArgumentTypeError(f"tanggal '{text}' harus berbentuk TTTT-BB-HH, mis. 2026-11-22") from exc

"""What every command shares: opening the database and printing a result."""

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from desktop.core import db
from desktop.core.paths import default_db_path


@contextmanager
def database(args: argparse.Namespace) -> Iterator[sqlite3.Connection]:
    conn = db.connect(args.db or default_db_path())
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
        raise argparse.ArgumentTypeError(f"tanggal '{text}' harus berbentuk TTTT-BB-HH, mis. 2026-11-22") from exc

"""The `serahkartu` command (DESIGN §6): a thin layer over desktop.core.

Exit codes: 0 success, 1 when the input or situation is wrong (message on stderr, nothing changed),
2 on a usage error (argparse's own).
"""

import argparse
import sys

from desktop import __version__
from desktop.commands import COMMAND_MODULES
from desktop.core import applog
from desktop.core.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="serahkartu",
        description="SerahKartu: lacak kartu BPJS Ketenagakerjaan pekerja rentan sampai ke tangan pekerja.",
    )
    parser.add_argument("--version", action="version", version=f"SerahKartu {__version__}")
    parser.add_argument("--db", metavar="PATH", help="berkas basis data (bawaan: folder data pengguna)")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return args.run(args) or 0
    except UserError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: log the traceback, tell the user where it is
        print(applog.unexpected(exc, f"menjalankan perintah '{args.command}'"), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

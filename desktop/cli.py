"""The `serahkartu` command (DESIGN §6): a thin layer over desktop.core.

Exit codes: 0 success, 1 when the input or situation is wrong (message on stderr, nothing changed),
2 on a usage error (argparse's own).
"""

import argparse
import json
import os
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
        return _failed(args, str(exc))
    except KeyboardInterrupt:
        return _failed(args, "Dibatalkan.")
    except BrokenPipeError:
        # The reader went away (`serahkartu … | head`): not an error of ours, and nothing to report.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (keeps the interpreter's final flush quiet)
        return 0
    except Exception as exc:  # a bug: log the traceback, tell the user where it is
        return _failed(args, applog.unexpected(exc, f"menjalankan perintah '{args.command}'"))


def _failed(args: argparse.Namespace, message: str) -> int:
    """Exit 1 with the message on stderr; with --json also the one JSON object on stdout (DESIGN §6)."""
    print(f"Galat: {message}", file=sys.stderr)
    if getattr(args, "json", False):
        json.dump({"ok": False, "error": message}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())

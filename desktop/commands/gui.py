"""`gui`: the desktop app. Qt is imported only here, so the other commands start fast without it."""

def register(commands) -> None:
    gui = commands.add_parser("gui", help="buka aplikasi desktop (bawaan bila tanpa perintah)")
    gui.add_argument("--demo", action="store_true", help="buka dengan basis data contoh sekali pakai")
    gui.add_argument("--smoke", action="store_true", help="gambar jendela utama sekali lalu keluar (CI)")
    gui.set_defaults(run=run_gui)


def run_gui(args) -> int:
    from desktop.gui.app import run

    return run(db_path=args.db, demo=args.demo, smoke=args.smoke)

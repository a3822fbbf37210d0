"""Translations: the English .ts is complete and current, the .qm are built from it, and both languages
show no text of the other one."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.core.paths import resources_dir
from desktop.gui import i18n, labels
from desktop.gui.app import open_context
from desktop.gui.main_window import MainWindow
from desktop.gui.pages import PAGE_CLASSES
from tests.conftest import TODAY
from tests.gui.ui_texts import visible_texts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
EN_TS = TRANSLATIONS / "serahkartu_en.ts"
FIX = "run scripts/translations.sh, translate the new entries in resources/translations/serahkartu_en.ts, run it again"


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else shutil.which(name) or pytest.skip(f"{name} not installed")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_every_string_is_translated(ts):
    unfinished = [f"{c}: {s}" for (c, s), t in messages(ts).items()
                  if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "").strip()]
    assert not unfinished, f"untranslated in {ts.name} ({FIX}):\n" + "\n".join(unfinished)


def test_the_english_ts_is_up_to_date_with_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(EN_TS, fresh)
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py,ui", "-locations", "none", "-no-obsolete",
                    str(ROOT / "desktop" / "gui"), str(ROOT / "ui"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code, in_ts = set(messages(fresh)), set(messages(EN_TS))
    assert not in_code - in_ts, f"new UI text not in the .ts ({FIX}): {sorted(in_code - in_ts)}"
    assert not in_ts - in_code, f"the .ts keeps text the code no longer has ({FIX}): {sorted(in_ts - in_code)}"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_the_qm_files_are_built_from_the_ts(ts, tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: .qm is stale ({FIX})"


def test_every_core_label_and_page_title_is_marked_for_translation():
    sources = messages(EN_TS)
    missing_labels = {text for text in labels.core_labels() if (labels.CONTEXT, text) not in sources}
    assert not missing_labels, f"add these to desktop/gui/labels.py _MARKED: {sorted(missing_labels)}"
    missing_titles = [c.__name__ for c in PAGE_CLASSES if ("Page", c.title) not in sources]
    assert not missing_titles, f'set title = QT_TRANSLATE_NOOP("Page", "…") in {missing_titles}'


@pytest.fixture
def language(qapp):
    def use(code):
        i18n.install(qapp, code)
        return code
    yield use
    i18n.uninstall(qapp)


INDONESIAN_WORDS = re.compile(r"\b(yang|dan|dari|untuk|belum|tidak|semua|dengan|atau|pilih|simpan|batal|cetak|"
                              r"tutup|buka|sudah|kartu|halaman|berkas|daftar|tanggal|nama|cari|wilayah)\b", re.I)
ENGLISH_WORDS = re.compile(r"\b(the|and|of|cancel|save|open|close|file|settings|help|error|warning|search|"
                           r"select|browse|cards?|please)\b", re.I)


def all_pages_texts(window: MainWindow, qtbot) -> dict[str, list[str]]:
    found = {}
    for key in window.pages:
        page = window.show_page(key)
        qtbot.wait(10)
        found[key] = visible_texts(page)
    found["window"] = visible_texts(window)
    return found


def test_english_ui_has_no_indonesian_left(language, qtbot, demo_path):
    language("en")
    assert QCoreApplication.translate("Page", "Beranda") == "Home"
    window = MainWindow(open_context(demo_path, demo_mode=False))
    qtbot.addWidget(window)
    window.show()
    leftovers = {key: [t for t in texts if INDONESIAN_WORDS.search(t)]
                 for key, texts in all_pages_texts(window, qtbot).items()}
    assert not any(leftovers.values()), leftovers


def test_indonesian_ui_has_no_english_left(language, qtbot, demo_path):
    language("id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    window = MainWindow(open_context(demo_path, demo_mode=False))
    qtbot.addWidget(window)
    window.show()
    leftovers = {key: [t for t in texts if ENGLISH_WORDS.search(t)]
                 for key, texts in all_pages_texts(window, qtbot).items()}
    assert not any(leftovers.values()), leftovers


def test_the_language_choice_is_kept_for_the_next_start():
    assert i18n.chosen() == "id"
    i18n.choose("en")
    assert i18n.chosen() == "en"
    with pytest.raises(ValueError):
        i18n.choose("fr")


@pytest.mark.parametrize(("code", "other_language"), [("en", INDONESIAN_WORDS), ("id", ENGLISH_WORDS)])
def test_the_first_run_speaks_one_language(language, qtbot, tmp_path, code, other_language):
    from desktop.core import db, firstrun, office
    from desktop.gui.context import AppContext

    language(code)
    conn = db.connect(tmp_path / "baru.db")
    office.init_office(conn, "kabupaten", "17.04")
    firstrun.start(conn)  # as right after the office step: every later step is there
    window = MainWindow(AppContext(conn, tmp_path / "baru.db"))
    qtbot.addWidget(window)
    window.show()
    first_run = window.centralWidget()
    leftovers = []
    for index in range(first_run.stack.count()):
        first_run._go(index)
        leftovers += [t for t in visible_texts(first_run) if other_language.search(t)]
    assert not leftovers


@pytest.mark.parametrize(("code", "month", "other"), [("en", "December", "Desember"), ("id", "Desember", "December")])
def test_dates_on_screen_name_the_month_in_the_ui_language(language, qtbot, demo_path, code, month, other):
    """The deadline on Beranda and the dates in a card's history (printed documents stay Indonesian)."""
    from desktop.gui.context import AppContext

    language(code)
    assert labels.long_date("2026-12-10") == f"10 {month} 2026"
    ctx = open_context(demo_path, demo_mode=False)
    window = MainWindow(AppContext(ctx.conn, demo_path, today=TODAY))
    qtbot.addWidget(window)
    window.show()
    countdown = window.show_page("beranda").countdown.text()
    assert f"{month} 2026" in countdown and other not in countdown  # the demo's deadline is in December
    kpj = ctx.conn.execute("SELECT kpj FROM cards WHERE state = 'diserahkan' LIMIT 1").fetchone()[0]
    returns = window.show_page("serah_terima").returns
    returns.find.setText(kpj)
    returns.look_up()
    history = [returns.history.item(i).text() for i in range(returns.history.count())]
    months = (r"\b(Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)\b" if code == "en"
              else r"\b(January|February|March|May|June|July|August|October|December)\b")
    assert history and not any(re.search(months, line) for line in history), history

"""The Qt Designer forms in ui/: compiled into desktop/gui/forms/ by scripts/forms.sh, kept in step, used."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.gui.signin import SignInDialog

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        pytest.skip("pyside6-uic is not installed here")
    return found


def _code(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("#")]  # the header names the uic version


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_every_form_is_compiled_and_up_to_date(form, tmp_path):
    compiled = ROOT / "desktop" / "gui" / "forms" / f"{form.stem}_ui.py"
    assert compiled.exists(), f"{compiled.name} is missing: run scripts/forms.sh"
    fresh = tmp_path / compiled.name
    subprocess.run([_uic(), "--no-autoconnection", str(form), "-o", str(fresh)], check=True)
    assert _code(fresh.read_text(encoding="utf-8")) == _code(compiled.read_text(encoding="utf-8")), \
        f"{compiled.name} is older than {form.name}: run scripts/forms.sh"


def test_the_sign_in_dialog_is_the_designer_form(qtbot, demo_conn, demo_path):
    from desktop.gui.context import AppContext

    dialog = SignInDialog(AppContext(demo_conn, demo_path), locked_for="admin")
    qtbot.addWidget(dialog)
    assert dialog.username is dialog.form.username and dialog.username.text() == "admin"
    assert dialog.form.welcomeText.text() == "Kabupaten Kaur" and not dialog.form.hint.isHidden()
    dialog.password.setText("bukan-sandinya")
    dialog._try()
    assert dialog.result() != dialog.DialogCode.Accepted and "salah" in dialog.error.text()

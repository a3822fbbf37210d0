import os
import subprocess
import sys
from pathlib import Path


def test_a_demo_session_leaves_no_database_behind(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "gui", "--demo", "--smoke"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert not list(Path(tmp_path).glob("serahkartu-demo-*"))

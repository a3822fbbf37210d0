"""The rotating log file for unexpected errors; its path is shown to the user with the error."""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.core.paths import log_dir

LOG_NAME = "serahkartu.log"
_logger = logging.getLogger("serahkartu")


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup() -> logging.Logger:
    """Attach the rotating file handler once (5 files of 1 MB)."""
    if not _logger.handlers:
        try:
            log_dir().mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        except OSError:
            handler = logging.StreamHandler()  # an unwritable data folder must not hide the error itself
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
    return _logger


def unexpected(exc: BaseException, context: str) -> str:
    """Log an unexpected error with its traceback; return the Indonesian message for the user."""
    setup().error("%s", context, exc_info=exc)
    return (
        f"Terjadi kesalahan yang tidak terduga saat {context}. Tidak ada data yang berubah. "
        f"Rincian teknis tercatat di {log_path()}; kirimkan berkas itu kepada petugas TI."
    )

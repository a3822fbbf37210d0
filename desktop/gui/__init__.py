"""PySide6 front end: main window, pages, table models, dialogs, background workers."""

"""Files that leave the app: the register (peserta) and the reports, written as .xlsx or .csv."""

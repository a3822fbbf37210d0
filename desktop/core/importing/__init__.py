"""Importing beneficiary and card lists from the spreadsheets people actually send (issue 3).

readers → Table of typed cells; columns → header row and column mapping; values → one cell's value
made clean; wilayah → kecamatan/desa names to region codes; rows → one row judged; pipeline → the whole
file analysed against the database and written in one transaction; report → the problem rows to send back.
"""

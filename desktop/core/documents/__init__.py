"""The printed handover papers (no Qt): `printing` is the entry point (render, record, print_document).

daftar (the list a desa signs), tanda_terima (receipts per worker), berita_acara (one delivery's BAST),
built from `source` (the cards of a scope or a delivery) on the shared `layout`, `table` and `qr`
helpers, with the letterhead and signatories of `config` and who signs which paper in `signers`.
"""

"""The panels of the Serah Terima page, one per hop of the chain."""

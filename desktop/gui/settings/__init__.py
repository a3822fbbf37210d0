"""The sections of the Pengaturan page (one module each)."""

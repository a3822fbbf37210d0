"""The first-run steps (office, letterhead and signatories, admin user, first list) and their frame.

Each step is a `SetupStep`; the same widgets are reachable later from Pengaturan.
"""

"""Sync between offices with files on USB sticks (DESIGN §7).

- `identity`: this office's keys, its fingerprint, the public identity file, the roster (enrolment).
- `envelope`: the file itself: signed (Ed25519) then encrypted to the recipient (age), written safely.
- `export`: what one office sends another: its own events since the last acknowledgement.
- `receive`: importing a file: checks, set union of events, files held for a gap, conflicts.
- `review`: the status per office and the list of conflicts a person must look at.
- `fingerprint_sheet`: the fingerprint on paper, to sign and send with the identity file.
"""

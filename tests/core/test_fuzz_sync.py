"""Bad input, shown, for the sync reader: mutated sync files, and mutated contents signed and sealed
properly (a buggy or hostile office that holds a real key). Every case ends in a clear UserError with
the database unchanged, or in a correct import that passes `check` — never a crash or a hang.
"""

import copy
import hashlib
import json
import os
import random

import pytest

from desktop.core import check
from desktop.core.errors import UserError
from desktop.core.sync import envelope, identity, receive
from tests.core.syncworld import ARRIVAL, World
from tests.core.test_fuzz_files import deadline
from tests.mutate import mutate

CASES = int(os.environ.get("SERAHKARTU_FUZZ_CASES", "1000"))
SEED = int(os.environ.get("SERAHKARTU_FUZZ_SEED", "8"))
K1 = "17.04.01"


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path, kecamatan=(K1,))
    w.enroll_all()
    kpjs = w.register_people(6)
    w.send_cards(kpjs, ARRIVAL)
    yield w
    w.close()


def state(conn) -> str:
    """Everything an import could change, as one digest."""
    digest = hashlib.sha256()
    for table in ("events", "offices", "cards", "peserta", "programs", "sync_held", "sync_conflicts"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


class Trial:
    """Deliver one file to the kecamatan; afterwards put its database back as it was."""

    def __init__(self, world, tmp_path):
        self.w, self.conn, self.path = world, world.kec[K1], tmp_path / "sinkron.age"
        self.pristine = state(self.conn)
        import sqlite3

        self.snapshot = sqlite3.connect(":memory:")
        self.conn.backup(self.snapshot)
        self.outcomes = {"refused": 0, "imported": 0}

    def deliver(self, data: bytes, what: str) -> None:
        self.path.write_bytes(data)
        with deadline(30, what):
            try:
                receive.import_file(self.conn, self.path, fingerprint=self.w.fingerprint(self.w.district))
            except UserError as exc:
                assert str(exc), what
                assert state(self.conn) == self.pristine, f"{what}: refused but changed the database"
                self.outcomes["refused"] += 1
                return
        result = check.run(self.conn)
        assert result.ok, f"{what}: imported, then check failed: {result.problems}"
        self.outcomes["imported"] += 1
        self.snapshot.backup(self.conn)  # back to the state before this case


def test_mutated_sync_files(world, tmp_path):
    original = world.send(world.district, K1).read_bytes()
    trial = Trial(world, tmp_path)
    rng = random.Random(SEED)
    for case in range(CASES):
        data, how = mutate(original, rng)
        trial.deliver(data, f"case {case} ({how})")
    trial.deliver(original, "the unmutated file")
    assert trial.outcomes["imported"] >= 1
    print(f"\nsync, mutated bytes: {trial.outcomes}")


def test_mutated_contents_signed_and_sealed(world, tmp_path):
    me = identity.load(world.district)
    to = identity.public_identity(world.kec[K1]).age_recipient
    content = json.loads(envelope.unseal(world.send(world.district, K1).read_bytes(),
                                         identity.load(world.kec[K1]), "x")[1])
    trial = Trial(world, tmp_path)
    rng = random.Random(SEED + 1)
    for case in range(CASES):
        changed, how = mutate_tree(copy.deepcopy(content), rng)
        trial.deliver(envelope.seal(changed, me, to), f"case {case} ({how})")
    print(f"\nsync, mutated signed contents: {trial.outcomes}")


ODD_VALUES = [None, 0, -1, 2**63, 1.5, "", "x" * 5000, "17.04.99", [], {}, [None], {"a": 1}, True,
              "1970-01-01", "2999-12-31", "'; DROP TABLE events; --", "\u0000", "\ud7ff"]


def mutate_tree(content: dict, rng: random.Random) -> tuple[dict, str]:
    """Change one node of the JSON tree: a value, a missing key, a reordered or cut list."""
    parent, key = _random_node(content, rng)
    action = rng.choice(["replace", "delete", "duplicate", "shuffle", "truncate", "nudge"])
    value = parent[key]
    if action == "replace" or (action in ("duplicate", "shuffle", "truncate") and not isinstance(value, list)):
        parent[key] = rng.choice(ODD_VALUES)
        action = "replace"
    elif action == "delete":
        del parent[key]
    elif action == "duplicate" and value:
        value.insert(rng.randrange(len(value) + 1), copy.deepcopy(rng.choice(value)))
    elif action == "shuffle":
        rng.shuffle(value)
    elif action == "truncate":
        del value[rng.randrange(len(value) + 1):]
    elif isinstance(value, int) and not isinstance(value, bool):
        parent[key] = value + rng.choice([-2, -1, 1, 2, 1000])
    elif isinstance(value, str) and value:
        i = rng.randrange(len(value))
        parent[key] = value[:i] + chr(rng.randrange(32, 0x2FF)) + value[i + 1:]
    return content, f"{action} {key!r}"


def _random_node(tree, rng):
    """A (container, key) pair chosen by walking down from the root a random number of steps."""
    parent, key = tree, rng.choice(list(tree))
    while isinstance(parent[key], dict | list) and parent[key] and rng.random() < 0.7:
        parent = parent[key]
        key = rng.choice(list(parent)) if isinstance(parent, dict) else rng.randrange(len(parent))
    return parent, key

"""A seeded byte mutator for fuzzing file readers: what a bad USB stick, a cut copy or a curious hand
does to a file. Each call returns one mutated copy and the name of what was done."""

import random

PAGE = 4096


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(MUTATIONS)
    return kind(bytearray(data), rng), kind.__name__


def flip_bits(data: bytearray, rng) -> bytes:
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def random_run(data: bytearray, rng) -> bytes:
    start = rng.randrange(len(data))
    length = rng.randint(1, 512)
    data[start:start + length] = rng.randbytes(min(length, len(data) - start))
    return bytes(data)


def zero_page(data: bytearray, rng) -> bytes:
    page = rng.randrange(max(1, len(data) // PAGE))
    data[page * PAGE:(page + 1) * PAGE] = bytes(min(PAGE, len(data) - page * PAGE))
    return bytes(data)


def truncate(data: bytearray, rng) -> bytes:
    return bytes(data[: rng.randrange(len(data))])


def copy_page_over_another(data: bytearray, rng) -> bytes:
    pages = max(1, len(data) // PAGE)
    a, b = rng.randrange(pages), rng.randrange(pages)
    data[b * PAGE:(b + 1) * PAGE] = data[a * PAGE:(a + 1) * PAGE]
    return bytes(data)


def header_field(data: bytearray, rng) -> bytes:
    """SQLite's 100-byte header (page size, counts, schema cookie, user_version…) or age's text header."""
    i = rng.randrange(min(100, len(data)))
    data[i] = rng.randrange(256)
    return bytes(data)


def append_garbage(data: bytearray, rng) -> bytes:
    return bytes(data) + rng.randbytes(rng.randint(1, 3 * PAGE))


def interesting_values(data: bytearray, rng) -> bytes:
    """Boundary integers where a reader keeps lengths and counts."""
    i = rng.randrange(max(1, len(data) - 4))
    data[i:i + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff", b"\x80\x00\x00\x00"])
    return bytes(data)


MUTATIONS = (flip_bits, random_run, zero_page, truncate, copy_page_over_another, header_field,
             append_garbage, interesting_values)

"""Scratch files and pipes for the corpus stage's forked parts (resolve/parallel.py)."""
from __future__ import annotations

from typing import Iterator


class Spool:
    """Pickled blocks kept in an unnamed scratch file, not in memory (read back only if a child dies).

    At 100,000 articles the blocks sent to the view children were 5/7 of 2.2 million pickled claims
    (about 1.6 GB) held by the parent until the children's views came back (docs/scale.md).
    """

    def __init__(self):
        import tempfile

        self._file = tempfile.TemporaryFile(prefix="claimgraph-blocks-")
        self._sizes: list[int] = []

    def add(self, data: bytes) -> None:
        self._file.write(data)
        self._sizes.append(len(data))

    def blocks(self) -> Iterator[bytes]:
        """The blocks in the order added."""
        self._file.flush()
        self._file.seek(0)
        for n in self._sizes:
            yield self._file.read(n)

    def close(self) -> None:
        self._file.close()
        self._sizes.clear()


def grow_pipe(conn, size: int) -> int:
    """Grow a pipe's buffer to ``size`` bytes where the system allows it (Linux: up to fs.pipe-max-size).

    conn (Connection): either end of the pipe.
    size (int): bytes wanted.
    RETURNS (int): the pipe's size in bytes.
    """
    try:
        import fcntl

        return fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError, ValueError):
        return 65_536                    # the usual default: a block then waits for an idle child to read it

"""Pause Python's cyclic garbage collector around work that allocates many short-lived objects.

Batch geocoding and text extraction allocate hundreds of thousands of small acyclic objects
(candidates, tuples, mentions) while a large heap is alive (the gazetteer's places, caches,
the caller's data). Every few thousand allocations the collector walks the heap; its full
passes make the cost grow with the heap rather than with the work. Reference counting still
frees every acyclic object at once; cycles made meanwhile are collected once it runs again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; restore it (if it was on) after.

    Output never depends on it: only when unreachable cycles are freed changes.

    Examples
    --------
    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()

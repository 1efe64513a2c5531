"""Work around a PySide6 6.12 bug on CPython 3.11: Qt calls drop references to None and bools.

The 6.12 wheels assume ``None`` is immortal (true from CPython 3.12 on), so on 3.11 every
call of a Qt method that returns nothing decrements None's reference count (and some
paths do the same to True and False); after a few thousand calls CPython aborts with
"none_dealloc: deallocating None". Giving these singletons a huge reference count once
makes them effectively immortal, as they are on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def make_none_immortal() -> None:
    """Raise the reference counts of None, True and False far out of reach.

    CPython < 3.12 only (later versions make them immortal themselves); idempotent.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM

"""Import before any Qt call: works around a PySide6 6.12 bug on CPython 3.11.

The 6.12 wheels assume ``None`` is immortal (true from CPython 3.12 on), so on 3.11 every
call of a Qt method that returns nothing decrements None's reference count (and some
paths do the same to True and False); after a few thousand calls CPython aborts with
"none_dealloc: deallocating None" (exit status 134). Giving these singletons a huge
reference count once makes them effectively immortal, as they are on 3.12 and later.

Every package that touches Qt imports this module first: ``gate_explorer.session``,
``gate_explorer.ui`` and ``gate_explorer.headless`` in their ``__init__``, and each Qt
writer of ``gate_explorer.export`` (``render``, ``images``, ``animation``) at its top
(``data`` needs no Qt). ``tests/test_layers.py`` checks that every module importing Qt
does. Importing this module applies the fix (once; it is idempotent).

It also makes PySide6's import hook cheaper: for every module imported after PySide6,
``shibokensupport.feature`` asks whether its source mentions "PySide6" (the modules that
may use ``from __feature__ import ...``) through ``inspect.getsource``, which tokenizes the
file; the window imports about 370 modules after PySide6, and reading each file's bytes
gives the same answer in about 100 ms less of start-up (``fast_feature_check``).
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

_HEADROOM = 1 << 40
AFFECTED_PYSIDE = (6, 12)  # first PySide6 release known to drop None's references


def affected(python: tuple[int, ...] | None = None, pyside: tuple[int, ...] | None = None) -> bool:
    """True on the versions known to crash: CPython < 3.12 with PySide6 >= 6.12."""
    python = tuple(sys.version_info[:2]) if python is None else python
    pyside = tuple(PySide6.__version_info__[:2]) if pyside is None else pyside
    return sys.implementation.name == "cpython" and python < (3, 12) and pyside >= AFFECTED_PYSIDE


def _singletons() -> tuple[object, ...]:
    """Objects CPython 3.12+ makes immortal and 3.11 shares: None, True, False, the small
    ints (-5..256), the one-character Latin-1 strings, the empty string and tuple. A Qt
    binding built for 3.12 may drop references to any of them."""
    chars = tuple(chr(c) for c in range(256))
    return (None, True, False, "", (), *range(-5, 257), *chars)


def make_none_immortal() -> None:
    """Raise the reference counts of the shared singletons far out of reach (idempotent)."""
    for singleton in _singletons():
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM


def fast_feature_check() -> bool:
    """Give ``shibokensupport.feature`` a ``_mod_uses_pyside`` that reads a module's file
    instead of ``inspect.getsource`` (the same answer for a ``.py`` file; anything else goes
    to PySide6's own). False when this PySide6 has no such hook (nothing changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_the_file", False):
        return original is not None

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


APPLIED = affected()
if APPLIED:
    make_none_immortal()
FEATURE_CHECK = fast_feature_check()

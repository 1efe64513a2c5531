"""Which engine runs the time loop: NumPy (the reference, the default) or the compiled one.

A ``Backend`` is a small record the caller chooses once and passes to every run
(``RecurrentNet.run(..., backend=b)``): one session uses one path, so a compiled loop that
becomes ready mid-session never mixes its states with NumPy's. ``choose()`` picks the
compiled loop when numba is installed (``pip install gate-explorer[fast]``) without
importing it; ``warm_up()`` compiles it (or loads it from the disk cache), in a worker, and
returns the backend to use: itself, or NumPy with the reason the compiled loop failed.
A network the compiled loop does not cover runs on NumPy, and ``unsupported`` /
``notice`` say so.

The compiled loop gives NumPy's numbers to float32 rounding (the recurrent product is
summed in another order, tanh is its own float32 one; ``tests/engine/test_fast_parity.py``
holds the two within 2e-5 on every cell, variant, direction and layer count).
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import Notice, translatable

ENV = "GATE_EXPLORER_ENGINE"  # auto | numpy | numba: what ``choose()`` picks by default
CHOICES = ("auto", "numpy", "numba")


class Kernels(Protocol):
    """What the cells' ``forward`` call instead of their NumPy time loop (``engine.fast``)."""

    def input_part(self, x: Any, w_in: Any, out: Any) -> bool: ...
    def lstm_input(self, w: Any, batch: int) -> bool: ...
    def lstm(
        self, z: Any, hidden: Any, m_all: Any, h0: Any, w: Any, progress: Any, x: Any = None
    ) -> None: ...
    def gru(self, gi: Any, gh: Any, hidden: Any, h0: Any, w: Any, progress: Any) -> None: ...
    def gru_before(self, gi: Any, hidden: Any, h0: Any, w: Any, progress: Any) -> None: ...
    def rnn(self, hidden: Any, h0: Any, w: Any, progress: Any) -> None: ...


class Network(Protocol):
    """What a backend reads of a ``RecurrentNet`` (a Protocol: no import of ``net``)."""

    dtype: np.dtype

    def describe(self) -> str: ...


@dataclass(frozen=True)
class Backend:
    """One engine path. ``name``: ``"numpy"`` or ``"numba"``; ``reason``: one line for the
    user saying why this path runs (e.g. that numba is not installed)."""

    name: str
    reason: str = ""

    @property
    def compiled(self) -> bool:
        return self.name == "numba"

    def label(self) -> str:
        """A short line for a status bar or ``--version``: the path and why."""
        if self.compiled:
            line = translatable("engine: compiled (numba)")
        else:
            line = translatable("engine: NumPy")
        if not self.reason:
            return line
        return translatable("{engine} ({reason})").format(engine=line, reason=self.reason)

    def unsupported(self, net: Network) -> str:
        """Why ``net`` runs on NumPy under this backend ("" when the compiled loop runs it).

        Depends on the network only (never on whether compilation has finished), so every
        run of one network in a session takes the same path.
        """
        if not self.compiled:
            return ""
        if np.dtype(net.dtype) != np.float32:
            return translatable(
                "the compiled engine runs float32 weights; this {dtype} network runs on NumPy"
            ).format(dtype=np.dtype(net.dtype).name)
        return ""

    def notice(self, net: Network) -> Notice | None:
        """A ``Notice`` for the window and the CLI when ``net`` falls back to NumPy."""
        why = self.unsupported(net)
        if not why:
            return None
        return Notice("engine-numpy-fallback", why)

    def kernels_for(self, net: Network) -> Kernels | None:
        """The compiled loops for ``net``, or None when NumPy runs it. Loads (and the first
        time on a machine compiles) them if ``warm_up`` has not: call from a worker."""
        if not self.compiled or self.unsupported(net):
            return None
        from gate_explorer.engine import fast

        try:
            return fast.load()
        except Exception as exc:  # a one-line message, never numba's traceback
            raise GateExplorerError(
                translatable(
                    "the compiled engine failed to load ({error}); warm_up() picks NumPy instead"
                ).format(error=f"{type(exc).__name__}: {exc}")
            ) from exc

    def warm_up(self) -> Backend:
        """Compile (or load from the disk cache) the loops now; call it in a worker, once
        per session, before the first run. Returns the backend to use: this one, or NumPy
        with the reason when the compiled loop cannot load (the session still runs)."""
        if not self.compiled:
            return self
        try:
            from gate_explorer.engine import fast

            kernels = fast.load()
        except Exception as exc:  # a broken numba install must not stop the app
            return Backend("numpy", _failed(exc))
        if not kernels.cached:
            why = translatable("its cache folder is not writable, so it compiles again")
            return Backend(self.name, why)
        return self


NUMPY = Backend("numpy")


def _failed(exc: Exception) -> str:
    return translatable("the compiled engine failed to load ({error}); NumPy runs").format(
        error=f"{type(exc).__name__}: {exc}"
    )


def numba_installed() -> bool:
    """True when numba can be imported (checked without importing it)."""
    return importlib.util.find_spec("numba") is not None


def choose(prefer: str | None = None) -> Backend:
    """The backend for a session: ``prefer`` (or ``$GATE_EXPLORER_ENGINE``, else ``auto``).

    ``auto``: the compiled loop when numba is installed, else NumPy; ``numpy``: NumPy;
    ``numba``: the compiled loop, or NumPy with the reason when numba is missing. Imports
    and compiles nothing (``warm_up`` does).
    """
    choice = (prefer if prefer is not None else os.environ.get(ENV, "auto")).strip().lower()
    if choice not in CHOICES:
        raise GateExplorerError(
            translatable(
                "unknown engine {choice!r} (from {value}); expected one of {names}"
            ).format(
                choice=choice, value="the argument" if prefer else ENV, names=", ".join(CHOICES)
            )
        )
    if choice == "numpy":
        return Backend("numpy", translatable("chosen"))
    if not numba_installed():
        return Backend(
            "numpy",
            translatable("numba is not installed; pip install gate-explorer[fast] to compile"),
        )
    return Backend("numba")  # the label says it all: "engine: compiled (numba)"

"""The analysis views (cell diagram, unit over time, gradient flow, saturation), headless.

``render_view`` builds the same widget the window's Analysis dock shows, on a private
``Session`` holding a run computed here, ready for ``images.write_image``. The network runs
once, inline; the views only read the run, as in the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


def default_unit(session: Any) -> int:
    """The unit a figure of one unit shows when none is given: the card's, else unit 0."""
    marked = session.highlighted_units()
    return min(marked) if marked else 0


@contextmanager
def rendered_view(model: Any, text: str, view: str, **options: Any) -> Iterator[Any]:
    """``render_view`` for a ``with`` block: the widget and its session are deleted at the
    end, while Qt still runs (left to the interpreter's exit, Qt objects can crash it)."""
    widget = render_view(model, text, view, **options)
    try:
        yield widget
    finally:
        _delete(widget, widget.session)


def render_view(
    model: Any,
    text: str,
    view: str,
    *,
    step: int | None = None,
    layer: int = 0,
    direction: int = 0,
    unit: int | None = None,
    size: tuple[int, int] | None = None,
) -> Any:
    """The analysis view ``view`` (an ``export`` name in ``ui.analysis.tabs.TABS``) of
    ``model`` on ``text``, laid out at ``size`` (default: the view's ``export_size``).

    ``step`` defaults to the last; ``unit`` to the model card's unit of ``layer`` (else 0).
    Keep the returned widget alive while exporting; its ``session`` attribute holds the run.
    Prefer ``rendered_view``, which also deletes them.
    """
    from gate_explorer.headless.run import ensure_app

    ensure_app()
    from gate_explorer.session import Session
    from gate_explorer.ui.analysis.tabs import export_names, exported

    if view not in export_names():
        message = translatable("unknown view {view!r}; expected one of {expected}")
        raise GateExplorerError(message.format(view=view, expected=", ".join(export_names())))
    cls = exported(view).load()
    c = model.net.config
    if not 0 <= layer < c.num_layers:
        raise GateExplorerError(f"layer {layer} does not exist: the model has {c.num_layers}")
    if not 0 <= direction < c.num_directions:
        raise GateExplorerError(
            f"direction {direction} does not exist: the model has {c.num_directions}"
        )
    session = Session()
    try:
        session.sync_cost = float("inf")  # run inline: an export waits for its run anyway
        session.set_model(model)
        session.set_text(text, immediate=True)
        session.set_view(layer=layer, direction=direction)
        session.set_unit(default_unit(session) if unit is None else unit)
        last = max(session.steps - 1, 0)
        if step is not None and not 0 <= step <= last:
            raise GateExplorerError(
                f"step {step} does not exist: the text has {session.steps} steps"
            )
        session.set_step(last if step is None else step)
    except BaseException:
        _delete(session)
        raise
    widget = cls(session)
    widget.resize(*(size or cls.export_size))
    wait = getattr(widget, "wait", None)
    if callable(wait):
        wait()  # views that compute in the background (gradient flow)
    return widget


def _delete(*objects: Any) -> None:
    """Delete Qt objects now (a session after stopping its work), not at interpreter exit."""
    import shiboken6

    for obj in objects:
        if hasattr(obj, "shutdown"):
            obj.shutdown()
        shiboken6.delete(obj)

"""The training tasks, by bundled-model name (``memory-lstm``, ``quotes-gru`` ...)."""

from __future__ import annotations

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.training.tasks.base import Settings, Task

NAMES = (
    "memory-rnn",
    "memory-lstm",
    "memory-gru",
    "sentiment-gru",
    "agreement-lstm",
    "sine-lstm",
    "sunspots-lstm",
    "quotes-lstm",
    "quotes-gru",
    "korean-lstm",
)


def get_task(name: str) -> Task:
    """The task that trains the bundled model ``name``."""
    if name.startswith("memory-") and name in NAMES:
        from gate_explorer.training.tasks.memory import MemoryTask

        return MemoryTask(name.split("-", 1)[1])
    if name == "sentiment-gru":
        from gate_explorer.training.tasks.sentiment import SentimentTask

        return SentimentTask()
    if name == "agreement-lstm":
        from gate_explorer.training.tasks.agreement import AgreementTask

        return AgreementTask()
    if name == "sine-lstm":
        from gate_explorer.training.tasks.sine import SineTask

        return SineTask()
    if name == "korean-lstm":
        from gate_explorer.training.tasks.korean import KoreanTask

        return KoreanTask()
    if name == "sunspots-lstm":
        from gate_explorer.training.tasks.sunspots import SunspotsTask

        return SunspotsTask()
    if name in ("quotes-lstm", "quotes-gru"):
        from gate_explorer.training.tasks.quotes import QuotesTask

        return QuotesTask(name.split("-", 1)[1])
    raise GateExplorerError(
        translatable("unknown task {name!r}; expected one of {names}").format(
            name=name, names=", ".join(NAMES)
        )
    )


__all__ = ["NAMES", "Settings", "Task", "get_task"]

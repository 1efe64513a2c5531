"""What a run will cost before it starts: seconds and bytes, from the engine's own layout.

Every path into a run (a paste, a session file, ``--text``/``--text-file``, a dropped
file, a random model) asks ``estimate_model`` first and, above ``LIMIT_BYTES`` or
``LIMIT_SECONDS``, asks the user (window) or refuses (command line). The numbers follow
what ``RecurrentNet.run`` allocates (see ``lstm.forward``, ``gru.forward``,
``rnn.forward``) and the buffers with room to grow that ``engine.incremental`` keeps them
in: when the trace's storage changes, this module is the one place to update.

Time is a conservative model measured on a shared 2-core machine (README, *Engine speed*):
``STEP_OVERHEAD`` seconds per step of each layer and direction (numpy call overhead) plus
the multiply-adds at ``MACS_PER_SECOND``.
"""

from __future__ import annotations

from dataclasses import dataclass

from gate_explorer.engine.incremental import room
from gate_explorer.engine.model import Model
from gate_explorer.engine.net import NetConfig, RecurrentNet
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

LIMIT_BYTES = 2 * 1024**3  # 2 GB of memory for one run (trace, inputs, head, tokens)
LIMIT_SECONDS = 30.0  # of estimated work
STEP_OVERHEAD = 15e-6  # s per step, layer and direction (about eight numpy calls)
MACS_PER_SECOND = 8e9  # one core, float32 gemv (H = 1024 LSTM: 4.5 M MACs in ~0.6 ms)
TOKEN_BYTES = 320  # one Token object, its text, and its place in the lists that hold it
TOKEN_SECONDS = 3e-6  # tokenizing and embedding one token
BUFFERS = {"lstm": 6, "gru": 7, "rnn_tanh": 1, "rnn_relu": 1}  # (T, H) arrays per direction


@dataclass(frozen=True)
class RunEstimate:
    """What a run of ``steps`` steps will take: ``seconds`` of work and ``bytes`` of memory."""

    steps: int
    seconds: float
    bytes: int

    def over(self, limit_bytes: int | None = None, limit_seconds: float | None = None) -> str:
        """Why this run is above the limits (default ``LIMIT_BYTES``, ``LIMIT_SECONDS``),
        naming them; "" when it is within them."""
        limit_bytes = LIMIT_BYTES if limit_bytes is None else limit_bytes
        limit_seconds = LIMIT_SECONDS if limit_seconds is None else limit_seconds
        memory = translatable("about {size} of memory (limit {limit})").format(
            size=_size(self.bytes), limit=_size(limit_bytes)
        )
        time = translatable("about {duration} (limit {limit:g} s)").format(
            duration=_duration(self.seconds), limit=limit_seconds
        )
        over_bytes, over_time = self.bytes > limit_bytes, self.seconds > limit_seconds
        if over_bytes and over_time:
            return translatable("{memory} and {time}").format(memory=memory, time=time)
        return memory if over_bytes else time if over_time else ""

    def describe(self) -> str:
        """E.g. ``10,000,000 steps: about 107 GB and 10 min``."""
        return f"{self.steps:,} steps: about {_size(self.bytes)} and {_duration(self.seconds)}"


def param_bytes(config: NetConfig, itemsize: int = 4) -> int:
    """Bytes of the network's weights (what building it allocates)."""
    total = 0
    for shape in config.param_shapes().values():
        n = 1
        for d in shape:
            n *= d
        total += n
    return total * itemsize


def estimate_config(
    config: NetConfig, steps: int, *, itemsize: int = 4, head: int = 0, tokens: bool = True
) -> RunEstimate:
    """The cost of running a network of ``config`` for ``steps`` steps.

    ``head`` is the width of the readout (logits and probabilities are both kept);
    ``tokens`` adds the tokenizer's objects (a text run, not a bare array).
    """
    steps = max(int(steps), 0)
    c = config
    h, d, g = c.hidden_size, c.num_directions, c.gates
    out = c.output_size
    rows = room(steps) if steps else 0  # the trace's buffers have room to grow
    floats = rows * c.input_size  # x
    macs = 0.0
    for k in range(c.num_layers):
        width = c.input_size if k == 0 else d * out
        floats += d * rows * (BUFFERS.get(c.kind, g + 2) * h + out)  # gates, states, h
        floats += steps * d * out  # the layer's output: the next layer's input
        macs += d * steps * g * h * (width + out)
    floats += 2 * rows * head
    macs += steps * d * out * head
    seconds = steps * c.num_layers * d * STEP_OVERHEAD + macs / MACS_PER_SECOND
    nbytes = floats * itemsize + param_bytes(c, itemsize)
    if tokens:
        nbytes += steps * TOKEN_BYTES
        seconds += steps * TOKEN_SECONDS
    return RunEstimate(steps, float(seconds), int(nbytes))


def estimate_run(net: RecurrentNet, steps: int, *, head: int = 0) -> RunEstimate:
    """The cost of ``net.run`` on ``steps`` steps (plus a readout of width ``head``)."""
    return estimate_config(net.config, steps, itemsize=net.dtype.itemsize, head=head)


def estimate_model(model: Model, text: str) -> RunEstimate:
    """The cost of ``model.run_text(text)``, sized from the text's length, not its tokens
    (``Tokenizer.max_tokens``: an upper bound that costs no tokenizing)."""
    head = 0 if model.head is None else int(model.head.weight.shape[0])
    return estimate_run(model.net, model.tokenizer.max_tokens(text), head=head)


def fitting_steps(
    model: Model, limit_bytes: int | None = None, limit_seconds: float | None = None
) -> int:
    """The most steps of ``model`` that stay within both limits (0 when none do)."""
    head = 0 if model.head is None else int(model.head.weight.shape[0])
    lo, hi = 0, 1
    while not estimate_run(model.net, hi, head=head).over(limit_bytes, limit_seconds):
        lo, hi = hi, hi * 2
        if hi > 2**40:
            return lo
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if estimate_run(model.net, mid, head=head).over(limit_bytes, limit_seconds):
            hi = mid
        else:
            lo = mid
    return lo


def check_model_size(config: NetConfig, itemsize: int = 4) -> None:
    """Raise before building a network whose weights alone exceed ``LIMIT_BYTES``."""
    size = param_bytes(config, itemsize)
    if size > LIMIT_BYTES:
        layers = f"{config.num_layers} layer(s) of " if config.num_layers > 1 else ""
        raise GateExplorerError(
            translatable(
                "a {config_kind} with {layers}{hidden_size} units needs {size} for its "
                "weights alone; the limit is {size2}"
            ).format(
                config_kind=config.kind,
                layers=layers,
                hidden_size=config.hidden_size,
                size=_size(size),
                size2=_size(LIMIT_BYTES),
            )
        )


def check_run(estimate: RunEstimate, what: str = "this run") -> None:
    """Raise ``GateExplorerError`` with the estimate and the limits when it is above them."""
    reason = estimate.over()
    if reason:
        raise GateExplorerError(
            translatable("{what} would take {reason} ({steps:,} steps): shorten the text").format(
                what=what, reason=reason, steps=estimate.steps
            )
        )


def _size(n: float) -> str:
    if n < 1024:
        return translatable("{n:.0f} bytes").format(n=n)
    for unit in ("KB", "MB", "GB"):
        n /= 1024
        if n < 1024:
            return f"{n:.1f} {unit}"
    return f"{n / 1024:,.1f} TB"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return translatable("{n:.1f} s").format(n=seconds)
    if seconds < 7200:
        return translatable("{n:.0f} min").format(n=seconds / 60)
    return translatable("{n:,.1f} h").format(n=seconds / 3600)

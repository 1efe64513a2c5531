"""A full saved state and a way to put garbage into any one of its fields (by dotted path)."""

from __future__ import annotations

import copy
from typing import Any

VALID: dict[str, Any] = {
    "version": 1,
    "model": {
        "source": "random",
        "cell": "gru",
        "hidden": 6,
        "layers": 1,
        "seed": 3,
        "bidirectional": False,
        "name": "",
        "path": "",
        "vocab": "",
    },
    "text": "hello there",
    "step": 3,
    "view": {"layer": 0, "direction": 0, "sort": "mean", "top_k": 2, "speed": 4.0, "unit": 1},
    "interventions": [
        {"layer": 0, "direction": 0, "step": 1, "name": "h", "unit": 0, "value": 0.5}
    ],
    "found": [{"layer": 0, "direction": 0, "unit": 2, "label": "r = 0.9"}],
    "pinned": [{"layer": 0, "direction": 0, "name": "c", "unit": 3}],
    "span": [1, 4],
    "layout": {
        "splitter": [900, 300],
        "compare": {
            "on": False,
            "model": {"source": "random", "cell": "lstm", "hidden": 4},
            "layer": 0,
            "direction": 0,
            "sizes": [500, 500],
        },
    },
}

# Garbage a hand-edited file, another program or an old bug could leave in a field.
GARBAGE: tuple[Any, ...] = (
    float("nan"),
    float("inf"),
    float("-inf"),
    1e400,
    "abc",
    "",
    -1,
    10**30,
    2.5,
    True,
    [],
    {},
    [1, 2, 3],
    "\ud800",
)


def corrupted(path: str, value: Any, base: dict[str, Any] = VALID) -> dict[str, Any]:
    """A deep copy of ``base`` with the field at ``path`` (``view.speed``,
    ``interventions.0.value``) replaced by ``value``."""
    data = copy.deepcopy(base)
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data

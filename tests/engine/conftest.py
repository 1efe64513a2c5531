"""Engine test helpers: the torch oracle script and a comparison of the engine against it."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from gate_explorer import engine

FIXTURES = Path(__file__).parents[1] / "fixtures"
TOL = 1e-9


def _load_oracle():
    path = FIXTURES / "make_torch_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_torch_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def oracle():
    """``tests/fixtures/make_torch_fixtures.py`` as a module (make_inputs, reference, CASES)."""
    return _load_oracle()


def _close(name, ours, ref):
    assert ours.shape == ref.shape, f"{name}: shape {ours.shape}, torch {ref.shape}"
    np.testing.assert_allclose(ours, ref, rtol=TOL, atol=TOL, err_msg=name)


def check_against(arrays, ref, spec):
    """Run the engine on a case and assert every output, gate and gradient matches ``ref``."""
    kind, layers, bi, *_ = spec
    dirs = 2 if bi else 1
    params = {k[6:]: v for k, v in arrays.items() if k.startswith("param/")}
    net = engine.RecurrentNet.from_state_dict(kind, params)
    assert net.dtype == np.float64
    tr = net.run(arrays["x"], arrays.get("h0"), arrays.get("c0"))
    _close("output", tr.output, ref["out/output"])
    _close("h_n", tr.h_n, ref["out/h_n"])
    if kind == "lstm":
        _close("c_n", tr.c_n, ref["out/c_n"])
    else:
        assert tr.c_n is None
    n_gates = 0
    for k in range(layers):
        for d in range(dirs):
            s = f"_l{k}" + ("_reverse" if d else "")
            for name in net.names:
                _close(name + s, tr.values(name, k, d), ref["gate/" + name + s])
                n_gates += 1
    assert n_gates == layers * dirs * len(net.names)
    grads = net.gradients(tr, arrays["d_output"], arrays["d_h_n"], arrays.get("d_c_n")).named()
    expected = {k[5:] for k in ref if k.startswith("grad/")}
    assert set(grads) == expected, f"ours {sorted(grads)} vs torch {sorted(expected)}"
    for name in sorted(expected):
        _close("grad " + name, grads[name], ref["grad/" + name])
        assert grads[name].dtype == np.float64


@pytest.fixture(scope="session")
def check_case():
    """``check_case(arrays, ref, spec)``: assert the engine matches torch's ``ref``."""
    return check_against


@pytest.fixture(scope="session")
def load_fixture():
    """``load_fixture(path) -> (arrays, spec)`` from a ``torch_*.npz`` fixture."""

    def load(path):
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        spec = tuple(json.loads(str(arrays.pop("spec"))))
        return arrays, spec

    return load

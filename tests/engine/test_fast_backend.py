"""The engine backend choice, without numba: NumPy is the default and the fallback, the
reason is said, and nothing imports numba or compiles at start-up."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gate_explorer.engine import RecurrentNet, backend, fast
from gate_explorer.engine.backend import NUMPY, Backend, choose
from gate_explorer.errors import GateExplorerError

ROOT = Path(__file__).parents[2]


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_start_up_imports_no_numba_and_compiles_nothing():
    proc = _python(
        "import sys\n"
        "import gate_explorer.engine, gate_explorer.engine.fast\n"
        "import gate_explorer.engine.backend as b\n"
        "import gate_explorer.session\n"
        "print(b.choose().name)\n"
        "print('numba' in sys.modules, 'llvmlite' in sys.modules)\n"
    )
    assert proc.returncode == 0, proc.stderr
    name, imported = proc.stdout.split("\n")[:2]
    assert name in ("numpy", "numba")
    assert imported == "False False"


def test_without_numba_the_engine_runs_on_numpy_and_says_why():
    proc = _python(
        "import sys\n"
        "sys.modules['numba'] = None  # as if it were not installed\n"
        "import numpy as np\n"
        "from gate_explorer.engine import RecurrentNet\n"
        "from gate_explorer.engine.backend import choose, NUMPY\n"
        "b = choose('auto')\n"
        "print(b.name); print(b.reason)\n"
        "w = choose('numba').warm_up()\n"
        "net = RecurrentNet.random('lstm', 3, 5)\n"
        "x = np.random.default_rng(0).standard_normal((7, 3)).astype(np.float32)\n"
        "same = (net.run(x, backend=w).output == net.run(x, backend=NUMPY).output).all()\n"
        "print(w.name, same)\n"
    )
    assert proc.returncode == 0, proc.stderr
    name, reason, last = proc.stdout.splitlines()[:3]
    assert name == "numpy"
    assert "numba is not installed" in reason
    assert "gate-explorer[fast]" in reason
    assert last == "numpy True"


def test_choose_follows_the_argument_then_the_environment(monkeypatch):
    assert choose("numpy") == Backend("numpy", "chosen")
    monkeypatch.setenv(backend.ENV, "NumPy")
    assert choose().name == "numpy"
    monkeypatch.setenv(backend.ENV, "fastest")
    with pytest.raises(GateExplorerError, match=r"unknown engine 'fastest'.*GATE_EXPLORER_ENGINE"):
        choose()
    with pytest.raises(GateExplorerError, match="expected one of auto, numpy, numba"):
        choose("gpu")
    monkeypatch.setattr(backend, "numba_installed", lambda: False)
    assert choose("auto").name == "numpy"
    assert choose("numba").name == "numpy"  # asked for, missing: NumPy with the reason
    monkeypatch.setattr(backend, "numba_installed", lambda: True)
    assert choose("auto") == Backend("numba")


def test_a_float64_network_stays_on_numpy_with_a_notice():
    net = RecurrentNet.random("gru", 3, 4, dtype=np.float64)
    compiled = Backend("numba", "compiled step loop")
    why = compiled.unsupported(net)
    assert "float32" in why
    assert "float64" in why
    notice = compiled.notice(net)
    assert notice.code == "engine-numpy-fallback"
    assert notice.message == why
    assert compiled.kernels_for(net) is None  # decided without loading anything
    assert compiled.unsupported(RecurrentNet.random("gru", 3, 4)) == ""
    assert NUMPY.notice(net) is None
    assert NUMPY.kernels_for(net) is None
    x = np.random.default_rng(0).standard_normal((6, 3))
    assert np.array_equal(net.run(x, backend=compiled).output, net.run(x).output)


def test_a_failing_compiler_leaves_the_session_on_numpy(monkeypatch):
    def broken():
        raise ImportError("numba needs numpy < 2.5")

    monkeypatch.setattr(fast, "load", broken)
    got = Backend("numba", "compiled step loop").warm_up()
    assert got.name == "numpy"
    assert not got.compiled
    assert got.reason == (
        "the compiled engine failed to load (ImportError: numba needs numpy < 2.5); NumPy runs"
    )
    assert got.label().startswith("engine: NumPy (the compiled engine failed")
    assert NUMPY.warm_up() is NUMPY


def test_cache_dir_is_a_user_folder_or_numbas_own(monkeypatch, tmp_path):
    monkeypatch.delenv("NUMBA_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    assert fast.cache_dir() == tmp_path / "gate-explorer" / "numba"
    monkeypatch.setenv("NUMBA_CACHE_DIR", str(tmp_path / "mine"))
    assert fast.cache_dir() == tmp_path / "mine"
    assert not str(fast.cache_dir()).startswith(str(Path(fast.__file__).parent))


def test_backend_is_a_small_picklable_record():
    import pickle

    b = Backend("numba", "chosen")
    assert pickle.loads(pickle.dumps(b)) == b  # a process worker can take it
    assert b.label() == "engine: compiled (numba) (chosen)"
    assert Backend("numba").label() == "engine: compiled (numba)"  # no redundant reason
    assert NUMPY.label() == "engine: NumPy"


def test_an_unwritable_cache_is_said(monkeypatch):
    no_cache = fast.Kernels(loops={}, cached=False, seconds=3.0, version="0.68.1")
    monkeypatch.setattr(fast, "load", lambda: no_cache)
    got = Backend("numba").warm_up()
    assert got.compiled
    assert got.reason == "its cache folder is not writable, so it compiles again"
    assert got.label() == (
        "engine: compiled (numba) (its cache folder is not writable, so it compiles again)"
    )


def test_a_run_on_a_broken_compiled_backend_is_a_one_line_error(monkeypatch):
    def broken():
        raise ImportError("numba needs numpy < 2.5")

    monkeypatch.setattr(fast, "load", broken)
    net = RecurrentNet.random("rnn_tanh", 2, 3)
    with pytest.raises(GateExplorerError, match=r"failed to load \(ImportError.*warm_up"):
        net.run(np.zeros((4, 2), dtype=np.float32), backend=Backend("numba"))


def test_the_cli_runs_a_bundled_model_without_numba():
    proc = _python(
        "import sys\n"
        "sys.modules['numba'] = None  # as if it were not installed\n"
        "from gate_explorer.cli import main\n"
        "code = main(['generate', '--model', 'quotes-lstm', '--prompt', 'The ', '--tokens', '8'])\n"
        "print('exit', code, 'numba' in sys.modules and sys.modules['numba'] is not None)\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "exit 0 False"
    assert proc.stdout.startswith("The ")  # the prompt and what the model wrote after it

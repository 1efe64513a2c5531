"""The engine against torch's saved answers (tests/fixtures/torch_*.npz): no torch needed.

Regenerate the fixtures with ``python tests/fixtures/make_torch_fixtures.py``.
"""

from pathlib import Path

import pytest

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("torch_*.npz"))


def test_fixtures_cover_every_kind_and_shape():
    names = [p.stem for p in FIXTURES]
    assert len(names) >= 12
    for part in ("lstm", "gru", "rnn_tanh", "rnn_relu", "_bi_", "_uni_", "_p", "unbatched"):
        assert any(part in n for n in names), part
    assert any("_b" in n and "unbatched" not in n for n in names)
    assert any("_l3_" in n for n in names)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem[6:] for p in FIXTURES])
def test_matches_torch_fixture(path, load_fixture, check_case):
    arrays, spec = load_fixture(path)
    ref = {k: v for k, v in arrays.items() if k.startswith(("out/", "gate/", "grad/"))}
    check_case(arrays, ref, spec)

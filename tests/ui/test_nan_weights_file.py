"""A weights file holding NaN or inf opens in the window, hatched with a badge (README),
instead of being refused (the issue's case 13)."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.session import random_model


@pytest.mark.filterwarnings("ignore:invalid value encountered in dot:RuntimeWarning")  # inf*0
@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_a_file_with_nonfinite_weights_opens_with_the_badge(window, qtbot, tmp_path, bad):
    net = random_model("gru", 4).net
    params = net.state_dict()
    params["weight_hh_l0"][1, 2] = bad
    path = tmp_path / "bad.npz"
    np.savez(path, **params)
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("\n".join(f"t{k}" for k in range(net.config.input_size)), encoding="utf-8")
    old = window.session.model
    assert window.open_model_file(path, vocab), window.last_error
    assert window.session.model is not old
    assert window.session.model.net.nonfinite == ["weight_hh_l0"]
    window.session.set_text("t1 t2 t3", immediate=True)
    qtbot.waitUntil(lambda: window.session.run is not None and window.session.steps == 3)
    assert window.model_bar.nan_badge.isVisibleTo(window)
    assert not np.isfinite(window.heatmaps.data.images["h"]).all()

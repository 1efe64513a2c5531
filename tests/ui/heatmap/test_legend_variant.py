"""The gate legend writes a hard-sigmoid cell's gates as hσ (the engine's cell variant)."""

from gate_explorer.ui.heatmap.legend import legend_html


def test_hard_sigmoid_gates_are_written_h_sigma():
    plain = legend_html(("r", "z", "n", "h"), "gru")
    hard = legend_html(("r", "z", "n", "h"), "gru", "hσ")
    assert "hσ" not in plain
    assert hard.count("hσ, 0 … 1") == 2  # r and z; n stays tanh
    assert hard.replace("hσ", "σ") == plain

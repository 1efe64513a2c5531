"""Token and unit axes thin their labels when crowded and mark the starred units."""

from gate_explorer.ui.heatmap.axes import TokenAxis, UnitAxis, nice_stride
from gate_explorer.ui.heatmap.gates import long_name, shown_token


def test_nice_stride():
    assert [nice_stride(x) for x in (0.3, 1, 1.5, 2.2, 4.5, 7, 12, 260)] == [
        1, 1, 2, 3, 5, 10, 20, 300,
    ]  # fmt: skip


def test_token_axis_thins_when_crowded(qtbot):
    axis = TokenAxis()
    axis.set_tokens(list("abcdefghij") * 50)  # 500 one-character tokens
    ((stride, ticks),) = axis.tickValues(0, 500, 1000)
    assert stride > 1
    assert len(ticks) <= 1000 / axis.label_px() + 1
    ((stride, ticks),) = axis.tickValues(0, 10, 1000)
    assert stride == 1
    assert axis.tickStrings(ticks[:3], 1, 1) == ["a", "b", "c"]


def test_unit_axis_labels_rows_with_unit_numbers(qtbot):
    axis = UnitAxis()
    axis.set_labels(["7", "3", "9"], {1: " ★"})
    ((_, ticks),) = axis.tickValues(0, 3, 300)
    assert axis.tickStrings(ticks, 1, 1) == ["7", "3 ★", "9"]


def test_names_and_token_display():
    assert long_name("f") == "forget gate"
    assert long_name("z") == "update gate"
    assert shown_token(" \n") == "␣↵"
    assert shown_token("extraordinarily", 6) == "extra…"

"""The Qt views. Each widget observes the session; none computes what the engine should.

``main_window`` wires them up: ``model_bar`` (model combo, random sizes, badges),
``text_input`` (debounced text, long-paste prompt), ``tokens`` (token chips),
``view_controls`` (layer, direction, unit sort, top-k), ``heatmaps`` (the panel and
``build_figure`` for headless export), ``answer`` (the head's answer), ``legend`` (gate
names), ``stepper`` (transport). ``gates`` holds the one table of long gate names and the
colour maps; ``axes`` the token and unit axes.
"""

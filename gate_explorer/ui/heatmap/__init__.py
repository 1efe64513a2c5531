"""The heatmap panel: one heatmap per gate or state, its axes, colour bar and legend."""

"""Analyses of traces that need no Qt: e.g. finding units that track a feature."""

"""Shared test set-up: GUI tests run offscreen, on a machine with no screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

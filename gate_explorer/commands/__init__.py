"""Sub-commands of `gate-explorer` (see cli.py)."""

"""Export: images (PNG/SVG/PDF), data (CSV/NPZ) and animations of a trace."""

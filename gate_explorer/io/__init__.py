"""Weight loaders and savers (npz, safetensors, torch, Keras HDF5) and the bundle format.

``load_model`` (in ``load.py``) is the one entry point; ``bundle.py`` writes and reads
Gate Explorer's own files. Optional libraries (h5py, safetensors, torch) are imported
only when a file needs them. Nothing here imports Qt.
"""

from gate_explorer.io.bundle import load_bundle, save_bundle
from gate_explorer.io.load import load_model

__all__ = ["load_bundle", "load_model", "save_bundle"]

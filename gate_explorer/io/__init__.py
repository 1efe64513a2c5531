"""Weight loaders and savers (npz, safetensors, torch, Keras HDF5) and the bundle format.

``load_model`` (in ``load.py``) is the one entry point; ``bundle.py`` writes and reads
Gate Explorer's own files. PyTorch and safetensors files are read with NumPy alone
(``torch_zip.py``, ``readers.py``); h5py is imported only when a Keras file needs it;
``inspect.py`` reports what a file holds. Nothing here imports Qt.
"""

from gate_explorer.io.bundle import load_bundle, save_bundle
from gate_explorer.io.load import load_model

__all__ = ["load_bundle", "load_model", "save_bundle"]

"""Weight loaders and savers (npz, safetensors, torch, Keras HDF5) and the bundle format."""

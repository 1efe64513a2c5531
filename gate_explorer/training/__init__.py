"""Training in NumPy: losses, Adam, tasks, the train loop with progress callbacks.

``train_task(name, on_progress=..., cancel=...)`` trains a bundled model's task from
scratch and returns an engine ``Model`` with a filled card; ``train(trainable, batches,
steps)`` is the bare loop for your own data. Never imports Qt.
"""

from gate_explorer.training.loop import Batch, History, train
from gate_explorer.training.run import train_task
from gate_explorer.training.tasks import NAMES, get_task
from gate_explorer.training.trainable import Trainable

__all__ = ["NAMES", "Batch", "History", "Trainable", "get_task", "train", "train_task"]

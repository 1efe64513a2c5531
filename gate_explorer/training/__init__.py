"""Training in NumPy: losses, Adam, tasks, the train loop with progress callbacks."""

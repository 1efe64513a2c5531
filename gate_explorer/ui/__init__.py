"""The Qt views. Each widget observes the session; none computes what the engine should."""

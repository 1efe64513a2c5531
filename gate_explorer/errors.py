"""The one exception type for errors a user can cause (bad file, bad input, bad shape)."""


class GateExplorerError(ValueError):
    """Something the user gave does not fit; the message says what was expected and found.

    The UI shows the message, the CLI prints it and exits with status 2.
    """

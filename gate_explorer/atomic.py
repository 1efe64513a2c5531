"""Atomic file writing: a temporary file in the target folder, then ``os.replace``.

A failed write (export, bundle, session file) leaves no half-written file behind
and never clobbers the old one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


def check_target(path: str | os.PathLike[str], *, overwrite: bool = True) -> Path:
    """The resolved target path, or a ``GateExplorerError`` saying why it cannot be written.

    A symbolic link resolves to the file it points to (so the link stays a link and its
    target gets the new content); a link to nothing is refused.
    """
    target = Path(path).expanduser()
    if str(path) == "" or target.name == "":
        raise GateExplorerError(
            translatable("no output file given: expected a path such as out.png")
        )
    if target.is_symlink():
        try:
            resolved = target.resolve(strict=True)
        except (OSError, RuntimeError):
            raise GateExplorerError(
                translatable(
                    "cannot write {target}: it is a symbolic link to {readlink}, which "
                    "does not exist; expected a file or a link to one"
                ).format(target=target, readlink=os.readlink(target))
            ) from None
        target = resolved
    if target.is_dir():
        raise GateExplorerError(
            translatable("cannot write {target}: it is a folder, expected a file name").format(
                target=target
            )
        )
    folder = target.parent if str(target.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise GateExplorerError(
            translatable("cannot write {target}: {folder} is a file, not a folder").format(
                target=target, folder=folder
            )
        )
    if not folder.is_dir():
        raise GateExplorerError(
            translatable("cannot write {target}: folder {folder} does not exist").format(
                target=target, folder=folder
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise GateExplorerError(
            translatable("cannot write {target}: folder {folder} is not writable").format(
                target=target, folder=folder
            )
        )
    if target.exists() and not overwrite:
        raise GateExplorerError(
            translatable("{target} already exists; not overwriting it").format(target=target)
        )
    return target


def atomic_write(
    path: str | os.PathLike[str],
    write: Callable[[Path], None],
    *,
    overwrite: bool = True,
) -> Path:
    """Call ``write(tmp_path)`` and move the result onto ``path`` in one step.

    ``tmp_path`` is in the same folder with the same suffix (so writers that pick a format by
    name still work). On any error the temporary file is removed and ``path`` is untouched;
    ``OSError`` becomes a ``GateExplorerError`` naming the file.
    """
    target = check_target(path, overwrite=overwrite)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=f".part{target.suffix}", dir=folder
        )
    except OSError as exc:
        raise GateExplorerError(
            translatable("cannot write {target}: {value}").format(
                target=target, value=exc.strerror or exc
            )
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise GateExplorerError(
                translatable("writing {target} produced no data").format(target=target)
            )
        with open(tmp, "rb+") as fh:  # on disk before it takes the target's name
            os.fsync(fh.fileno())
        mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, target)
    except OSError as exc:
        raise GateExplorerError(
            translatable("cannot write {target}: {value}").format(
                target=target, value=exc.strerror or exc
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

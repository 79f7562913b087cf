"""The database holds delegates' names, organizations and choices: only the bot's own
account may read it. A directory the bot creates is 0700, the file it creates 0600 (and
SQLite's -wal and -shm beside it), whatever the umask; an existing file others can read
is left as its owner set it, with a warning at every start."""

from __future__ import annotations

import logging
import os
import stat
from contextlib import suppress
from pathlib import Path

PRIVATE_DIRECTORY = 0o700
PRIVATE_FILE = 0o600
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's, beside the database

log = logging.getLogger(__name__)


def prepare(path: Path) -> None:
    """Before SQLite opens `path`: its directories and the file itself, private if new."""
    for directory in reversed([d for d in (path.parent, *path.parent.parents) if not d.exists()]):
        try:
            directory.mkdir(mode=PRIVATE_DIRECTORY)
        except FileExistsError:  # made meanwhile by someone else: theirs to set
            continue
        os.chmod(directory, PRIVATE_DIRECTORY)  # mkdir's mode is masked by the umask
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        warn_if_shared(path)
        return
    except OSError:  # a read-only directory and the like: SQLite says so, by name
        return
    os.close(descriptor)
    os.chmod(path, PRIVATE_FILE)  # the umask may have taken the owner's own bits


def restrict_side_files(path: Path) -> None:
    """After opening: SQLite's side files, which hold recent writes, private too."""
    for suffix in SIDE_FILES:
        with suppress(OSError):  # not there (yet), or not ours to change
            os.chmod(f"{path}{suffix}", PRIVATE_FILE)


def warn_if_shared(path: Path) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning(
            "database %s has mode %03o: other accounts on this computer can read delegates' "
            "names and choices; run: chmod 600 %s",
            path,
            mode,
            path,
        )

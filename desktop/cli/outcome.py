"""How a command ends: its exit code, and the one exception that stops it with a message."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit status of every command."""

    OK = 0
    FAILED = 1  # something failed, or is left to do (see each command)
    USAGE = 2  # wrong use (bad arguments, or a folder set up for something else); nothing written


class Stop(Exception):
    """End the command: ``message`` on stderr and exit status ``code``. With ``show_usage`` the
    message is argparse's (the command's usage line first), as for a wrong combination of
    arguments."""

    def __init__(
        self, message: str, code: ExitCode = ExitCode.FAILED, *, show_usage: bool = False
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.show_usage = show_usage

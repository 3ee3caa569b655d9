"""What every sparta command-line tool shares: error reporting and exit codes."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from sparta.sim.errors import SpartaError

EXIT_INTERNAL = 70
"""Exit code for a bug in sparta itself (EX_SOFTWARE)."""


def run_tool(tool: str, body: Callable[[], int], debug: bool) -> int:
    """Run a tool's body, turning errors into diagnostics and exit codes.

    User errors print `FILE:LINE:COL: error: message` and return their exit code; a bug
    prints one line asking for `--debug` (which re-raises with the traceback).
    """
    try:
        return body()
    except SpartaError as err:
        if debug:
            traceback.print_exc()
        print(err.render(), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(f"{tool}: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        if debug:
            raise
        print(
            f"{tool}: internal error: {type(err).__name__}: {err}\n"
            f"note: this is a bug in sparta; rerun with --debug for the traceback",
            file=sys.stderr,
        )
        return EXIT_INTERNAL

"""`sparta-opt`: xdsl-opt with sparta's dialects and passes registered.

Used by the lit tests and to debug single passes: `sparta-opt in.mlir -p stencil-split`.
Input is read with sparta's front end, so diagnostics carry `FILE:LINE:COL` and numeric
block labels (`^0`) are accepted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO

from xdsl.dialects.builtin import ModuleOp
from xdsl.utils.exceptions import (
    ArgSpecParseError,
    DiagnosticException,
    ParseError,
    PassFailedException,
)
from xdsl.xdsl_opt_main import xDSLOptMain

from sparta.compiler.cli import run_tool
from sparta.compiler.fold_constants import StencilFoldConstantsPass
from sparta.compiler.frontend import LocatingParser, decode_source, rename_numeric_block_labels
from sparta.dialects import get_all_dialects
from sparta.passes import get_all_passes
from sparta.sim.errors import InputError, SourceLocation, UsageError


class SpartaOptMain(xDSLOptMain):
    """xdsl-opt plus sparta's dialects and passes; every hook extends xDSL's."""

    version_format = "sparta-opt built from xdsl version {xdsl_version}"

    def register_all_dialects(self) -> None:
        super().register_all_dialects()
        for name, factory in get_all_dialects().items():
            self.ctx.register_dialect(name, factory)

    def register_all_passes(self) -> None:
        super().register_all_passes()
        for name, factory in get_all_passes().items():
            self.register_pass(name, factory)
        self.register_pass(StencilFoldConstantsPass.name, lambda: StencilFoldConstantsPass)

    def setup_pipeline(self) -> None:
        """An unknown pass or a bad pass option is bad usage, not a crash."""
        try:
            super().setup_pipeline()
        except ValueError as err:
            raise UsageError(f"-p '{self.args.passes}': {err}") from None
        except ArgSpecParseError as err:  # a BaseException in xDSL 0.75
            detail = str(err).strip().splitlines()[-1].strip()
            raise UsageError(f"-p '{self.args.passes}': {detail}") from None

    def register_all_targets(self) -> None:
        super().register_all_targets()

    def register_all_frontends(self) -> None:
        super().register_all_frontends()

    def register_all_arguments(self, arg_parser: argparse.ArgumentParser) -> None:
        super().register_all_arguments(arg_parser)
        arg_parser.add_argument(
            "--debug", action="store_true", help="show Python tracebacks for errors"
        )

    def parse_chunk(
        self, chunk: IO[bytes], file_extension: str, start_offset: int = 0
    ) -> ModuleOp | None:
        if self.args.frontend not in (None, "mlir") or file_extension != "mlir":
            return super().parse_chunk(chunk, file_extension, start_offset)
        name = self.get_input_name()
        text = rename_numeric_block_labels(decode_source(chunk.read(), name))
        # Keep line numbers of later `// -----` chunks relative to the whole file.
        parser = LocatingParser(self.ctx, "\n" * start_offset + text, name)
        return parser.parse_module(not self.args.no_implicit_module)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sparta-opt` console script."""
    args = list(sys.argv[1:] if argv is None else argv)

    def body() -> int:
        try:
            SpartaOptMain(args=args).run()
        except ParseError as err:
            where = err.span.get_location()
            raise InputError(err.msg, SourceLocation(where.file, where.line, where.col)) from None
        except (DiagnosticException, PassFailedException) as err:
            raise InputError(str(err).split("\n\n", 1)[0]) from None
        return 0

    return run_tool("sparta-opt", body, debug="--debug" in args)


if __name__ == "__main__":
    sys.exit(main())

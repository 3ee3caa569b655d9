"""Read MLIR source into xDSL IR with a source location on every operation.

The front end turns everything that can go wrong while reading a program into a
`sparta.sim.errors.InputError` with `FILE:LINE:COL`: unreadable or non-UTF-8 files,
empty input, syntax errors, and verifier failures. It also accepts numeric block labels
(`^0`, printed by older MLIR tools), which make xDSL's parser crash, by renaming them.
"""

from __future__ import annotations

import re
from pathlib import Path

from xdsl.context import Context
from xdsl.dialects.builtin import FileLineColLoc, IntAttr, ModuleOp, StringAttr, UnknownLoc
from xdsl.ir import Operation
from xdsl.parser import Parser
from xdsl.utils.exceptions import ParseError, VerifyException

from sparta.compiler.context import make_context
from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError, SourceLocation

_NUMERIC_BLOCK_LABEL = re.compile(r"\^(\d+)\b")
_TOKENS_TO_KEEP = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*')


class LocatingParser(Parser):
    """An xDSL parser that records `loc(FILE:LINE:COL)` on operations without one."""

    def parse_operation(self) -> Operation:
        start = self._current_token.span
        op = super().parse_operation()
        if isinstance(op.location, UnknownLoc):
            where = start.get_location()
            op.location = FileLineColLoc(
                StringAttr(where.file), IntAttr(where.line), IntAttr(where.col)
            )
        return op


def rename_numeric_block_labels(text: str) -> str:
    """Rewrite `^0` block labels as `^_0` outside strings and comments."""
    pieces: list[str] = []
    last = 0
    for kept in _TOKENS_TO_KEEP.finditer(text):
        pieces.append(_NUMERIC_BLOCK_LABEL.sub(r"^_\1", text[last : kept.start()]))
        pieces.append(kept.group(0))
        last = kept.end()
    pieces.append(_NUMERIC_BLOCK_LABEL.sub(r"^_\1", text[last:]))
    return "".join(pieces)


def decode_source(data: bytes, name: str) -> str:
    """Decode MLIR source bytes, rejecting binary and non-UTF-8 input with a location."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise InputError(
            f"input is not UTF-8 text (byte 0x{data[err.start]:02x}); expected an MLIR module",
            SourceLocation(name, line, column),
        ) from None
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise InputError(
            "input contains NUL bytes (binary data?); expected an MLIR module",
            SourceLocation(name, line, column),
        )
    if not text.strip():
        raise InputError("input is empty; expected an MLIR module", SourceLocation(name))
    return text.removeprefix("\ufeff")  # a UTF-8 byte-order mark is not MLIR


def parse_module(text: str, name: str, ctx: Context | None = None) -> ModuleOp:
    """Parse and verify MLIR text; every failure becomes an `InputError` with a location."""
    ctx = ctx or make_context()
    parser: LocatingParser | None = None
    try:
        parser = LocatingParser(ctx, rename_numeric_block_labels(text), name)
        module = parser.parse_module()
    except ParseError as err:
        where = err.span.get_location()
        raise InputError(err.msg, SourceLocation(name, where.line, where.col)) from None
    except (VerifyException, ValueError, KeyError, IndexError, AssertionError, TypeError) as err:
        # xDSL's parser verifies some types as it builds them and asserts on others.
        if parser is None:
            raise InputError(f"malformed input: {err}", SourceLocation(name)) from None
        where = parser._current_token.span.get_location()
        raise InputError(
            f"malformed input: {err}", SourceLocation(name, where.line, where.col)
        ) from None
    verify_module(module)
    return module


def verify_module(module: ModuleOp) -> None:
    """Run xDSL's verifiers op by op so a failure names the offending op's location.

    Children are verified before their parents, so an error inside a region points at the
    innermost offending op rather than at the op holding the region.
    """
    for op in reversed(list(module.walk())):
        try:
            op.verify(verify_nested_ops=False)
        except VerifyException as err:
            message = str(err.args[0]) if err.args else "verification failed"
            message = message.removeprefix("Operation does not verify: ")
            raise InputError(f"'{op.name}' op {message}", location_of(op)) from None
        except ValueError as err:
            raise InputError(f"'{op.name}' op {err}", location_of(op)) from None


def parse_file(path: str | Path, ctx: Context | None = None) -> ModuleOp:
    """Read, decode, parse and verify an MLIR file."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"cannot read '{name}': {err.strerror or err}") from None
    return parse_module(decode_source(data, name), name, ctx)

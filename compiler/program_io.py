"""Program inputs and outputs as `.npz` files, and atomic file writes.

Arrays are keyed `arg0, arg1, ...` in the entry function's argument order. Arguments
missing from `--inputs` are filled with deterministic random data derived from `--seed`
and the argument index, so adding one input never changes the others.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO

import numpy as np

from sparta.compiler.signature import ArgSpec
from sparta.sim.errors import InputError, SourceLocation, UsageError

INT_RANGE = {1: 1, 8: 16, 16: 256, 32: 1024, 64: 1024}
"""Half-width of the uniform range random integer inputs are drawn from, per bit width.
Modest values keep products and sums meaningful; wrap-around is still exercised by
programs that multiply several inputs."""


def random_array(spec: ArgSpec, seed: int) -> np.ndarray:
    """Deterministic random data for one argument: ints in a modest range, floats in [-1, 1)."""
    rng = np.random.default_rng([seed, spec.index])
    dtype = spec.dtype
    if dtype == np.bool_:
        return rng.integers(0, 2, size=spec.shape).astype(np.bool_)
    if dtype.kind in "iu":
        half = INT_RANGE[dtype.itemsize * 8]
        low = 0 if dtype.kind == "u" else -half
        return rng.integers(low, half, size=spec.shape, endpoint=False).astype(dtype)
    return rng.uniform(-1.0, 1.0, size=spec.shape).astype(dtype)


def load_inputs(
    path: str | None, specs: Sequence[ArgSpec], seed: int, *, allow_f64_to_f32: bool = False
) -> list[np.ndarray]:
    """Arrays for every argument: from `path` where given, random from `seed` otherwise.

    `allow_f64_to_f32` accepts float64 arrays for float32 arguments (programs compiled with
    `--demote-f64` keep their f64 data files usable).
    """
    given = read_npz(path) if path else {}
    keys = {spec.key for spec in specs}
    unknown = sorted(set(given) - keys)
    if unknown:
        expected = ", ".join(spec.key for spec in specs)
        raise InputError(
            f"unexpected key(s) {', '.join(unknown)} in inputs; expected a subset of: {expected}",
            SourceLocation(str(path)),
        )
    arrays = []
    for spec in specs:
        array = given.get(spec.key)
        if array is None:
            arrays.append(random_array(spec, seed))
            continue
        arrays.append(_checked(array, spec, str(path), allow_f64_to_f32))
    return arrays


def _checked(array: np.ndarray, spec: ArgSpec, path: str, allow_f64_to_f32: bool) -> np.ndarray:
    where = SourceLocation(path)
    if array.shape != spec.shape:
        raise InputError(
            f"input '{spec.key}' has shape {array.shape}; the program's {spec.kind} "
            f"{spec.element_type} needs shape {spec.shape} (halo included)",
            where,
        )
    if array.dtype == spec.dtype:
        return array
    if allow_f64_to_f32 and array.dtype == np.float64 and spec.dtype == np.float32:
        return array.astype(np.float32)
    raise InputError(
        f"input '{spec.key}' has dtype {array.dtype}; the program needs {spec.dtype} "
        f"(element type {spec.element_type})",
        where,
    )


def read_npz(path: str, what: str = "inputs") -> dict[str, np.ndarray]:
    """Every array of an `.npz` file; a missing file is bad usage, a bad one bad input."""
    if not Path(path).is_file():
        reason = "is a directory" if Path(path).is_dir() else "no such file"
        raise UsageError(f"cannot read {what} '{path}': {reason}")
    if not zipfile.is_zipfile(path):
        raise InputError("not an .npz archive (the output of np.savez)", SourceLocation(path))
    try:
        with np.load(path, allow_pickle=False) as data:
            return {key: data[key] for key in data.files}
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as err:
        raise InputError(f"cannot read {what}: {err}", SourceLocation(path)) from None


def check_writable(path: str, flag: str) -> None:
    """Refuse, before any work is done, an output path that cannot be written."""
    target = Path(path)
    directory = target.parent
    if target.is_dir():
        raise UsageError(f"cannot write {flag} '{path}': it is a directory")
    if not directory.is_dir():
        raise UsageError(f"cannot write {flag} '{path}': no directory '{directory}'")
    if not os.access(directory, os.W_OK):
        raise UsageError(f"cannot write {flag} '{path}': directory '{directory}' is read-only")


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write a file all at once: into a temporary file beside it, then rename over it.

    A failure leaves no partial file behind; an unwritable path is a `UsageError`.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    except OSError as err:
        raise UsageError(f"cannot write '{path}': {err.strerror or err}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temp_name, target)
    except OSError as err:
        Path(temp_name).unlink(missing_ok=True)
        raise UsageError(f"cannot write '{path}': {err.strerror or err}") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """`atomic_write` for text (UTF-8)."""
    atomic_write(path, lambda stream: stream.write(text.encode("utf-8")))


def npz_writer(arrays: Mapping[str, np.ndarray]) -> Callable[[IO[bytes]], None]:
    """A writer (for `atomic_write`) of arrays as an `.npz` archive."""

    def write(stream: IO[bytes]) -> None:
        buffer = io.BytesIO()
        np.savez(buffer, **dict(arrays))
        stream.write(buffer.getvalue())

    return write


def save_outputs(path: str, arrays: Mapping[str, np.ndarray]) -> None:
    """Write arrays as an `.npz` archive atomically."""
    atomic_write(path, npz_writer(arrays))

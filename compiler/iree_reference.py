"""Run a stencil program through real MLIR: sparta's upstream lowering, compiled and run by IREE.

This is the third independent execution of DESIGN.md §10: `emit_mlir` writes the program in
func/arith/math/tensor/linalg, the upstream MLIR bindings shipped with `iree-base-compiler`
parse and verify it, `iree-compile` builds it for the CPU (`llvm-cpu`) and `iree-base-runtime`
runs it. IREE is an optional (test) dependency: without it every entry point raises a
`UsageError` that says how to install it.

Two flag sets:
- `ORACLE_FLAGS` (for `run_iree`): keep f64 as f64 (IREE demotes it to f32 by default) and
  compile for a CPU without fused multiply-add, because LLVM contracts `a * b + c` into one
  FMA wherever the target has it, which rounds once instead of twice and so differs from the
  reference by an ulp. Without FMA, programs of plain arithmetic agree bit for bit.
- `NATIVE_FLAGS` (for throughput baselines): the same, for every feature of the host CPU.

IREE's CPU runtime flushes subnormal floats to zero (inputs and results, FTZ/DAZ); where a
program's values reach the subnormal range its results differ from the reference's.
"""

from __future__ import annotations

import hashlib
import importlib
import platform
import re
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.emit_mlir import emit_mlir
from sparta.compiler.signature import ArgSpec, argument_specs
from sparta.sim.errors import InputError, UsageError

_COMMON_FLAGS = ("--iree-input-demote-f64-to-f32=false",)

ORACLE_FLAGS: tuple[str, ...] = (
    *_COMMON_FLAGS,
    # x86-64-v2 is SSE4.2 without FMA; other machines fall back to LLVM's generic CPU.
    "--iree-llvmcpu-target-cpu=" + ("x86-64-v2" if platform.machine() == "x86_64" else "generic"),
)
"""Flags of `run_iree`: f64 kept, no FMA contraction (bit-exact plain arithmetic)."""

NATIVE_FLAGS: tuple[str, ...] = (*_COMMON_FLAGS, "--iree-llvmcpu-target-cpu=host")
"""Flags for the fastest code IREE makes for this machine: every host CPU feature, FMA
included (so floats may differ from the reference by an ulp)."""

_ERROR_LINE = re.compile(r"error: ([^\n]+)")
_MISSING_SYMBOL = re.compile(r"undefined symbol: (\w+)")
_INSTALL_HINT = "pip install 'sparta[test]' (iree-base-compiler and iree-base-runtime)"
_compiled: dict[str, bytes] = {}
"""Compiled modules by a hash of their text and flags, for this process."""


def _import(name: str) -> ModuleType:
    """An IREE module, or a `UsageError` saying how to install IREE."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise UsageError(f"IREE is not installed ({name} is missing): {_INSTALL_HINT}") from None


def parse_and_verify(text: str) -> None:
    """Parse and verify MLIR text with the upstream bindings; `InputError` with the diagnostic."""
    ir = _import("iree.compiler.ir")
    with ir.Context():
        try:
            module = ir.Module.parse(text)
            module.operation.verify()
        except ir.MLIRError as err:
            first = err.error_diagnostics[0] if err.error_diagnostics else None
            detail = f"{first.message} at {first.location}" if first else str(err)
            raise InputError(f"the MLIR does not verify: {detail}") from None


def compile_mlir(text: str, flags: Sequence[str] = ORACLE_FLAGS) -> bytes:
    """An IREE VM flatbuffer of `text` for the CPU; cached by the hash of text and flags."""
    key = hashlib.sha256("\0".join([text, *flags]).encode()).hexdigest()
    if key in _compiled:
        return _compiled[key]
    compiler = _import("iree.compiler")
    try:
        vmfb = bytes(
            compiler.compile_str(text, target_backends=["llvm-cpu"], extra_args=list(flags))
        )
    except compiler.CompilerToolError as err:
        raise _compile_error(str(err)) from None
    _compiled[key] = vmfb
    return vmfb


def _compile_error(diagnostics: str) -> InputError:
    """IREE's errors without the echoed source lines; a hint when a libm function is missing."""
    report = diagnostics.split("Invoked with:")[0]
    errors = list(dict.fromkeys(m.strip() for m in _ERROR_LINE.findall(report)))
    missing = sorted(set(_MISSING_SYMBOL.findall(report)))
    notes = []
    if missing:
        notes.append(
            f"IREE's CPU executables link no math library, so {', '.join(missing)} has no "
            "implementation (IREE 3.x lacks most f64 transcendental functions and a few f32 "
            "ones); compute in f32 or avoid the function"
        )
    if not errors:
        return InputError(f"IREE cannot compile the emitted MLIR: {report.strip()}", notes=notes)
    more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
    return InputError(f"IREE cannot compile the emitted MLIR: {errors[0]}{more}", notes=notes)


@cache
def _runtime_config() -> Any:
    """One CPU device (IREE's `local-task` driver and its worker threads) per process."""
    return _import("iree.runtime").Config("local-task")


class IreeProgram:
    """A stencil program compiled by IREE and loaded on the CPU, ready to run many times."""

    def __init__(self, name: str, specs: Sequence[ArgSpec], vmfb: bytes) -> None:
        runtime = _import("iree.runtime")
        self.name = name
        self.specs = tuple(specs)
        self.config = _runtime_config()
        context = runtime.SystemContext(config=self.config)
        context.add_vm_module(runtime.VmModule.copy_buffer(context.instance, vmfb))
        self._context = context  # owns the loaded module, so it must live as long as we do
        self._function = context.modules.module[name]

    def upload(self, inputs: Sequence[np.ndarray]) -> list[Any]:
        """The inputs as device arrays, checked against the signature (for repeated runs)."""
        _check_inputs(self.specs, inputs)
        runtime = _import("iree.runtime")
        device = self.config.device
        return [runtime.asdevicearray(device, np.asarray(a, order="C")) for a in inputs]

    def invoke(self, arguments: Sequence[Any]) -> list[Any]:
        """Run once on uploaded arguments; the results stay on the device."""
        results = self._function(*arguments)
        return list(results) if isinstance(results, tuple | list) else [results]

    def run(self, inputs: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Every argument after one run, as new host arrays of the argument shapes and dtypes."""
        results = self.invoke(self.upload(inputs))
        return [
            np.array(result.to_host(), dtype=spec.dtype).reshape(spec.shape)
            for spec, result in zip(self.specs, results, strict=True)
        ]


def _check_inputs(specs: Sequence[ArgSpec], inputs: Sequence[np.ndarray]) -> None:
    if len(inputs) != len(specs):
        keys = ", ".join(spec.key for spec in specs) or "none"
        raise InputError(f"expected {len(specs)} arguments ({keys}), got {len(inputs)}")
    for spec, array in zip(specs, inputs, strict=True):
        wanted = f"an array of shape {spec.shape} and dtype {spec.dtype}"
        if not isinstance(array, np.ndarray):
            raise InputError(f"{spec.key}: expected {wanted}, got {type(array).__name__}")
        if array.shape != spec.shape or array.dtype != spec.dtype:
            raise InputError(
                f"{spec.key}: expected {wanted}, got shape {array.shape} and dtype {array.dtype}"
            )


def compile_program(
    module: ModuleOp, function: func.FuncOp, flags: Sequence[str] = ORACLE_FLAGS
) -> IreeProgram:
    """Emit, verify, compile (cached) and load `function` of `module`."""
    _import("iree.runtime")
    text = emit_mlir(module, function)
    parse_and_verify(text)
    return IreeProgram(function.sym_name.data, argument_specs(function), compile_mlir(text, flags))


def run_iree(module: ModuleOp, function: func.FuncOp, inputs: list[np.ndarray]) -> list[np.ndarray]:
    """Run `function` on `inputs` (keyed as `argument_specs`) with IREE; every argument after.

    The counterpart of `sparta.compiler.reference.evaluate`, compiled with `ORACLE_FLAGS`.
    """
    return compile_program(module, function).run(inputs)

"""The GEMM half of `sparta-compile`: weights, quantization, mapping, runs and checks.

    sparta-compile examples/mlp.mlir --weights examples/mlp_weights.npz \\
        --quantize mxfp4_e2m1 --quant-method ed --simulate --check --report r.json

Weights (and biases) come from `--weights` (keys `argN` of the weight arguments), the
input from `--inputs` (missing arrays are random, as for every program). Error diffusion
calibrates on `--calibration` (key `arg0`: a batch of inputs) or on the input itself.
`--check` compares the simulated network with the numpy model of the same quantized
arithmetic (`sim.quantization.forward`: exact); `--reference iree` also runs every layer
in float on IREE with the quantized operands, within the fp32 dot-product error bound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.check import CheckResult, compare_outputs
from sparta.compiler.gemm_flow import (
    combined_report,
    compile_layers,
    float_layers,
    quantize,
    render_summary,
    run_network,
)
from sparta.compiler.program_io import load_inputs, read_npz
from sparta.compiler.signature import ArgSpec, argument_specs
from sparta.compiler.timing import PhaseTimer
from sparta.dialects.tile_extract import build_program
from sparta.passes.gemm_mapping import io_ports
from sparta.passes.gemm_model import GemmModel, extract_gemm, find_gemm_function
from sparta.passes.gemm_to_tile import LoweredLayer
from sparta.sim.device import Device
from sparta.sim.errors import CheckFailed, InputError, SourceLocation, UsageError
from sparta.sim.quantization import QuantizedLayer, float_forward, forward

if TYPE_CHECKING:
    from sparta.compiler.session import SessionOptions

DEFAULT_FORMAT = "bf16"


class GemmSession:
    """Compiles and runs one GEMM/MLP program for a `Session`."""

    def __init__(self, options: SessionOptions, module: ModuleOp, device: Device) -> None:
        self.options = options
        io_ports(device, options.gemm_io)  # refuse a device without them before compiling
        self.function: func.FuncOp = find_gemm_function(module)
        self.model: GemmModel = extract_gemm(self.function)
        self.specs: list[ArgSpec] = argument_specs(self.function)
        self.device = device
        self.fmt = options.quantize or DEFAULT_FORMAT
        self.module = module
        self.compiled: list[LoweredLayer] = []
        self.checks: list[CheckResult] = []
        self.report: dict[str, Any] = {}
        self.outputs: dict[str, np.ndarray] = {}
        self.runs: list[Any] = []
        self.failure: CheckFailed | None = None
        if options.demote_f64:
            return
        for spec in self.specs:
            if spec.dtype != np.float32:
                raise InputError(
                    f"GEMM programs take f32 tensors; {spec.key} is {spec.element_type}"
                )

    def compile(self, timer: PhaseTimer) -> None:
        o = self.options
        self.compiled = compile_layers(
            self.module, self.fmt, o.quant_method, o.target, o.max_tiles, timer, io=o.gemm_io
        )

    def tile_module(self) -> ModuleOp:
        """Every layer's `tile.program`, in the order they run."""
        return ModuleOp([build_program(item.program) for item in self.compiled])

    def arrays(self) -> list[np.ndarray]:
        """Arguments: `--inputs` and `--weights` merged, random where missing."""
        o = self.options
        given = load_inputs(o.inputs, self.specs, o.seed)
        if not o.weights:
            return given
        weights = load_inputs(o.weights, self.specs, o.seed)
        keys = _npz_keys(o.weights)
        weight_args = {layer.weight_arg for layer in self.model.layers} | {
            layer.bias_arg for layer in self.model.layers if layer.bias_arg is not None
        }
        for key in keys:
            index = int(key.removeprefix("arg"))
            if index not in weight_args:
                raise InputError(
                    f"--weights has '{key}', which is not a weight or bias argument "
                    f"(weights: {', '.join(f'arg{i}' for i in sorted(weight_args))})"
                )
            given[index] = weights[index]
        return given

    def calibration(self, x: np.ndarray) -> np.ndarray:
        path = self.options.calibration
        if not path:
            return x
        data = read_npz(path, "calibration")
        if "arg0" not in data:
            raise InputError(
                f"--calibration {path} needs a key 'arg0' (a batch of inputs)", SourceLocation(path)
            )
        cal = np.asarray(data["arg0"], dtype=np.float32)
        if cal.ndim != 2 or cal.shape[1] != x.shape[1]:
            raise InputError(
                f"calibration batch has shape {cal.shape}; it needs [batch, {x.shape[1]}]",
                SourceLocation(path),
            )
        _check_finite(cal, "the calibration batch 'arg0'", path)
        return cal

    def run(self, progress: Any) -> list[str]:
        """Quantize, simulate, check; returns the terminal lines."""
        o = self.options
        arrays = self.arrays()
        x = arrays[self.model.input_arg].astype(np.float32)
        _check_finite(x, f"the input arg{self.model.input_arg}", o.inputs)
        for layer in self.model.layers:
            for index in (layer.weight_arg, layer.bias_arg):
                if index is not None:
                    _check_finite(arrays[index], f"weight argument arg{index}", o.weights)
        layers = float_layers(self.model, arrays)
        qlayers = quantize(layers, self.compiled[0].ops, o.quant_method, self.calibration(x))
        lines: list[str] = []
        results: np.ndarray | None = None
        layer_inputs: list[np.ndarray] = []
        if o.simulate or o.check:
            results, runs, layer_inputs = run_network(
                self.compiled, qlayers, x, self.device, trace=bool(o.trace), progress=progress
            )
            self.report = combined_report(runs, self.device, self.compiled[0].ops)
            self.runs = runs
            lines.append(render_summary(self.report, runs))
        failure: CheckFailed | None = None
        if o.check:
            assert results is not None
            expected = forward(qlayers, x)
            failure = self._compare("numpy quantized model", results, expected)
            lines.append(_line(self.checks[-1]))
        if o.reference == "iree":
            if results is None:
                raise UsageError(
                    "--reference iree on a GEMM checks the simulated layers: add --simulate"
                )
            failure = failure or self._iree(qlayers, layer_inputs, runs)
            lines.append(_line(self.checks[-1]))
        elif o.reference == "numpy" and results is None:
            results = float_forward(layers, x)
            lines.append(f"reference (numpy, float): ran @{self.model.name}")
        if results is None:
            results = float_forward(layers, x)
        self.outputs = {spec.key: a for spec, a in zip(self.specs, arrays, strict=True)}
        self.outputs["result0"] = results
        sqnr = _sqnr(float_forward(layers, x), results)
        lines.append(
            f"quantization: {self.fmt} weights by {o.quant_method}, output SQNR vs "
            f"float32 {sqnr:.2f} dB"
        )
        self.report["quantization"] = {
            "format": self.fmt,
            "method": o.quant_method,
            "activation_format": qlayers[0].act_fmt.name,
            "sqnr_db_vs_float32": sqnr,
        }
        self.failure = failure
        return lines

    def _compare(
        self, against: str, actual: np.ndarray, expected: np.ndarray
    ) -> CheckFailed | None:
        result = compare_outputs(against, ["result0"], [actual], [expected])
        self.checks.append(result)
        if result.passed:
            return None
        a = result.arrays[0]
        return CheckFailed(
            f"simulated network differs from the {against}: {a.mismatches} mismatches, max abs "
            f"error {a.max_abs_error:g}"
        )

    def _iree(
        self, qlayers: list[QuantizedLayer], layer_inputs: list[np.ndarray], runs: list[Any]
    ) -> CheckFailed | None:
        """Each layer in float on IREE with the quantized operands, against the simulator's
        layer output, within the fp32 dot-product error bound."""
        from sparta.compiler.gemm_iree import check_layers

        result, failure = check_layers(self.compiled, qlayers, layer_inputs, runs)
        self.checks.append(result)
        return failure


def _npz_keys(path: str) -> list[str]:
    return list(read_npz(path, "weights"))


def _check_finite(array: np.ndarray, what: str, path: str | None) -> None:
    """Quantizing NaN or Inf gives NaN blocks: refuse them rather than compute garbage."""
    bad = int(np.count_nonzero(~np.isfinite(array)))
    if bad:
        raise InputError(
            f"{what} has {bad} values that are not finite (NaN or Inf); quantization needs "
            "finite weights and activations",
            SourceLocation(path) if path else None,
        )


def _sqnr(reference: np.ndarray, approx: np.ndarray) -> float:
    from sparta.sim.quantization import sqnr_db

    return sqnr_db(reference, approx)


def _line(result: CheckResult) -> str:
    verdict = "passed" if result.passed else "FAILED"
    return (
        f"check vs {result.against}: {verdict} (max abs error {result.max_abs_error:g}, "
        f"max rel error {result.max_rel_error:g})"
    )

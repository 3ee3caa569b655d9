"""GEMM/MLP programs end to end: every format on every device equals the numpy model of
the same quantized arithmetic, ragged shapes pad correctly, and cycle counts respect
bounds derived by hand from the device tables."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from math import ceil
from pathlib import Path

import numpy as np
import pytest
from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.frontend import parse_module
from sparta.compiler.gemm_flow import (
    combined_report,
    compile_layers,
    float_layers,
    quantize,
    render_summary,
    run_network,
)
from sparta.compiler.program_io import load_inputs
from sparta.compiler.signature import argument_specs
from sparta.kernels.gemm import gemm, mlp
from sparta.passes.gemm_codegen import generate_layer
from sparta.passes.gemm_mapping import place, ranked_plans, tile_memory
from sparta.passes.gemm_model import extract_gemm, find_gemm_function
from sparta.passes.gemm_to_tile import LoweredLayer
from sparta.sim.cost import kernel_cost
from sparta.sim.device import load_device
from sparta.sim.errors import UsageError
from sparta.sim.formats import FORMATS
from sparta.sim.quantization import forward

DEVICES = ("vck190", "npu1", "npu2")


def _network(text: str, seed: int = 0) -> tuple[ModuleOp, list[np.ndarray]]:
    module = parse_module(text, "<test>")
    function = find_gemm_function(module)
    return module, load_inputs(None, argument_specs(function), seed)


def _run(
    text: str,
    fmt: str,
    target: str,
    method: str = "rtn",
    max_tiles: int | None = None,
    ksplit: int = 0,
    io: str = "shim",
):
    module, arrays = _network(text)
    model = extract_gemm(find_gemm_function(module))
    compiled = compile_layers(module, fmt, method, target, max_tiles, ksplit=ksplit, io=io)
    x = arrays[model.input_arg].astype(np.float32)
    qlayers = quantize(float_layers(model, arrays), compiled[0].ops, method, x)
    out, runs, _ = run_network(compiled, qlayers, x, load_device(target))
    return out, forward(qlayers, x), compiled, runs


@pytest.mark.parametrize("target", DEVICES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_on_every_device_equals_the_quantized_model(fmt: str, target: str) -> None:
    out, expected, compiled, _ = _run(mlp(8, (64, 48, 10)), fmt, target)
    assert out.shape == (8, 10)
    np.testing.assert_array_equal(out, expected)
    assert compiled[0].ops.fmt == fmt


@pytest.mark.parametrize("fmt", ["int8", "mxfp4_e2m1", "bf16"])
def test_ragged_shapes_are_padded_and_cropped(fmt: str) -> None:
    out, expected, compiled, _ = _run(gemm(37, 70, 45), fmt, "npu1")
    np.testing.assert_array_equal(out, expected)
    plan = compiled[0].plan
    assert plan.m_pad % (plan.rows * plan.m) == 0
    assert plan.m_pad >= 37
    assert plan.n_pad % (plan.cols * plan.n) == 0
    assert plan.n_pad >= 45
    assert plan.k_pad % plan.k == 0
    assert plan.k_pad >= 70


def test_error_diffusion_runs_through_the_array() -> None:
    out, expected, _, _ = _run(mlp(16, (64, 32, 10)), "mxfp4_e2m1", "npu2", method="ed")
    np.testing.assert_array_equal(out, expected)


def test_single_core_cycles_are_bounded_by_the_kernel_and_the_streams() -> None:
    """One core: every (round, k step) runs the matmul kernel once, so the run takes at
    least rounds x steps kernel calls, and the A and B bytes cross one channel each."""
    device = load_device("npu1")
    _, _, compiled, runs = _run(gemm(64, 256, 64), "int8", "npu1", max_tiles=1)
    item, run = compiled[0], runs[0]
    plan = item.plan
    assert plan.rows * plan.cols == 1
    mac = kernel_cost(item.program.kernel("mac"), device).cycles
    calls = plan.rounds * plan.steps
    cycles = run.simulation.timing.cycles
    assert cycles >= calls * mac
    rate = device.dma.shim_channel_bytes_per_cycle
    a_bytes = 64 * 256  # int8 codes
    assert cycles >= a_bytes / rate
    # Upper bound: kernel calls back to back, plus filling the first A and B tokens, the
    # lock/loop cycles of every call, draining the output and the shim task set-ups.
    fill = ceil(plan.m * plan.k / rate) + ceil(plan.k * plan.n / rate)
    per_call = mac + 4 * device.core.lock_cycles + device.core.loop_iteration_cycles
    drain = ceil(64 * 64 * 4 / rate)
    tasks = 3 * device.dma.shim_task_overhead_cycles + device.dma.shim_cold_start_cycles
    assert cycles <= fill + calls * per_call + drain + tasks + 64 * device.dma.bd_overhead_cycles


def test_more_cores_run_faster_and_report_within_the_roofline() -> None:
    _, _, _, one = _run(gemm(256, 256, 256), "int8", "vck190", max_tiles=1)
    _, _, compiled, many = _run(gemm(256, 256, 256), "int8", "vck190")
    grid = compiled[0].plan.rows * compiled[0].plan.cols
    assert grid > 4
    single, spread = one[0].simulation.timing.cycles, many[0].simulation.timing.cycles
    assert spread * 4 < single
    fraction = many[0].report.to_json()["roofline_fraction"]
    assert 0 < fraction <= 1


def test_report_sets_published_designs_beside_the_device_peak() -> None:
    """vck190's file lists MaxEVA and AMA (int8, 1.25 GHz): the report gives each as a
    fraction of the peak at its own clock; other formats get none."""
    device = load_device("vck190")
    _, _, compiled, runs = _run(gemm(64, 64, 64), "int8", "vck190")
    data = combined_report(runs, device, compiled[0].ops)
    ours = data["peak_tops"]
    assert ours == pytest.approx(400 * 128 * 2 * 1.0e9 / 1e12)  # tiles x MACs x 2 x clock
    by_design = {entry["design"]: entry for entry in data["published"]}
    assert set(by_design) == {"MaxEVA", "AMA"}
    for entry in by_design.values():
        assert entry["peak_tops"] == pytest.approx(ours * 1.25)
        assert entry["peak_fraction"] == pytest.approx(entry["tops"] / (ours * 1.25))
    assert by_design["MaxEVA"]["peak_fraction"] == pytest.approx(77.01 / 128)
    text = render_summary(data, runs)
    assert "published on vck190: MaxEVA int8 77.01 TOPS = 60.2% of its 128.0 TOPS peak" in text
    _, _, compiled, runs = _run(gemm(64, 64, 64), "bf16", "vck190")
    assert combined_report(runs, device, compiled[0].ops)["published"] == []


@pytest.mark.parametrize("fmt", ["int8", "mxfp4_e2m1", "bf16"])
def test_pl_stream_io_gives_the_quantized_model_exactly(fmt: str) -> None:
    """With `io='pl'` every A, B and output stream uses a PL stream of a PL column, and
    the results are those of the same quantized arithmetic."""
    device = load_device("vck190")
    out, expected, compiled, runs = _run(gemm(96, 128, 200), fmt, "vck190", io="pl")
    np.testing.assert_array_equal(out, expected)
    program = compiled[0].program
    assert program.transfers
    assert all(t.pl for t in program.transfers)
    assert {t.shim.col for t in program.transfers} <= set(device.pl.stream_columns)
    report = runs[0].report.to_json()
    assert report["shim_channels_used"] == {"in": 0, "out": 0}
    plan = compiled[0].plan
    streams_in = (plan.rows + plan.cols // plan.share) * plan.ksplit
    assert report["pl_streams_used"] == {"in": streams_in, "out": plan.cols * plan.chains}
    assert 0 < report["roofline_fraction"] <= 1


def test_pl_io_needs_a_device_with_programmable_logic() -> None:
    with pytest.raises(UsageError, match="npu1 has no PL streams"):
        _run(gemm(64, 64, 64), "int8", "npu1", io="pl")


def test_forced_tile_that_does_not_fit_names_every_buffer() -> None:
    from xdsl.context import Context

    from sparta.passes.gemm_quantize import GemmQuantizePass
    from sparta.passes.gemm_tile import GemmTilePass
    from sparta.sim.errors import ResourceError

    module = parse_module(gemm(256, 256, 256), "<test>")
    GemmQuantizePass(format="int8").apply(Context(), module)
    with pytest.raises(ResourceError) as error:
        GemmTilePass(m=128, k=256, n=128).apply(Context(), module)
    message = str(error.value)
    assert "128x256x128" in message
    assert "32768 B" in message
    assert "A 2 x 32768" in message
    assert "outputs 2 x 65536" in message
    ops = compile_layers(module, "int8", "rtn", "vck190", None)[0].ops
    # stack + 2 A tiles (128 x 256 int8) + 2 B tiles (256 x 128) + 2 outputs (128 x 128 i32)
    expected = 1024 + 2 * 128 * 256 + 2 * 256 * 128 + 2 * 128 * 128 * 4
    assert tile_memory(ops, 128, 256, 128, 1, load_device("vck190")).startswith(f"{expected} B")


def test_example_mlp_classifies_like_float(tmp_path: Path) -> None:
    """The bundled digits MLP in MXFP4 with error diffusion keeps float32's accuracy
    within a point on the held-out digits, simulated on the array."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    module = parse_module((examples / "mlp.mlir").read_text(), "<test>")
    function = find_gemm_function(module)
    model = extract_gemm(function)
    specs = argument_specs(function)
    arrays = load_inputs(str(examples / "mlp_inputs.npz"), specs, 0)
    weights = load_inputs(str(examples / "mlp_weights.npz"), specs, 0)
    for layer in model.layers:
        arrays[layer.weight_arg] = weights[layer.weight_arg]
        assert layer.bias_arg is not None
        arrays[layer.bias_arg] = weights[layer.bias_arg]
    labels = np.load(examples / "mlp_labels.npy")
    with np.load(examples / "mlp_calibration.npz") as data:
        calibration = data["arg0"]
    layers = float_layers(model, arrays)
    x = arrays[0]
    compiled = compile_layers(module, "mxfp4_e2m1", "ed", "npu2", None)
    qlayers = quantize(layers, compiled[0].ops, "ed", calibration)
    out, _, _ = run_network(compiled, qlayers, x, load_device("npu2"))
    np.testing.assert_array_equal(out, forward(qlayers, x))
    from sparta.sim.quantization import float_forward

    float_accuracy = float(np.mean(np.argmax(float_forward(layers, x), 1) == labels))
    accuracy = float(np.mean(np.argmax(out, 1) == labels))
    assert float_accuracy > 0.95
    assert accuracy >= float_accuracy - 0.01


@pytest.mark.parametrize("target", DEVICES)
def test_large_layers_obey_every_device_rule(target: str) -> None:
    """Wide grids route many streams: the chosen plan must pass the validator (stream
    lanes on every route included), not just fit memory and channel counts."""
    from sparta.sim.validate import validate

    module = parse_module(gemm(1024, 1024, 1024), "<test>")
    for fmt in ("int8", "mxfp8_e4m3"):
        item = compile_layers(module, fmt, "rtn", target, None)[0]
        validate(item.program, load_device(target))
        assert item.plan.rows * item.plan.cols >= 16


@pytest.mark.parametrize(
    ("fmt", "target", "ksplit"),
    [
        ("int8", "vck190", 2),
        ("mxfp8_e4m3", "vck190", 4),
        ("mxfp4_e2m1", "npu2", 2),
        ("bf16", "npu1", 2),
        ("mxint8", "npu1", 4),
    ],
)
def test_k_split_chains_give_the_unsplit_sums_exactly(fmt: str, target: str, ksplit: int) -> None:
    """Each core of a K chain starts from the previous core's partial tile, so float sums
    run in ascending K order as on one core: equal to the numpy model bit for bit, over
    several rounds (the chain is pipelined) and with K padded to the split."""
    out, expected, compiled, _ = _run(gemm(40, 200, 36), fmt, target, ksplit=ksplit)
    np.testing.assert_array_equal(out, expected)
    plan = compiled[0].plan
    assert plan.ksplit == ksplit
    assert plan.k_pad % (plan.k * ksplit) == 0
    assert plan.k_pad >= 200
    device = load_device(target)
    for row in plan.cores:
        for c in range(plan.cols):
            chain = row[c * ksplit : (c + 1) * ksplit]
            # side by side in the grid row: each hands its partial tile to the next
            assert all(b.col == a.col + 1 and b.row == a.row for a, b in pairwise(chain))
            assert all(device.can_share(a, b) for a, b in pairwise(chain))
    names = {fifo.name for fifo in compiled[0].program.fifos}
    assert sum(name.startswith("k") for name in names) == plan.rows * plan.cols * (ksplit - 1)


@pytest.mark.parametrize(
    ("drain_rows", "io", "ksplit", "share"),
    [(1, "pl", 1, 1), (2, "pl", 2, 1), (3, "shim", 1, 1), (2, "pl", 1, 3)],
)
def test_drain_chains_deliver_every_tile_to_its_place(
    drain_rows: int, io: str, ksplit: int, share: int
) -> None:
    """With drain chains each chain's bottom core relays only the tiles of its chain and
    sends them on a stream of its own: the result is unchanged (ragged chains included:
    5 grid rows in chains of 3; with K split and with B shared), each core relays the rows
    above it in its chain, and every chain has an output channel."""
    module, arrays = _network(gemm(5 * 16, 128, 3 * 16))
    model = extract_gemm(find_gemm_function(module))
    device = load_device("vck190")
    compiled = compile_layers(module, "int8", "rtn", "vck190", None, io=io)
    item = compiled[0]
    tiles = (16, 32, 16, share)
    plan = ranked_plans(model.layers[0], item.ops, device, None, tiles, ksplit, io)
    grid = next(p for p in plan if (p.rows, p.cols) == (5, 3))
    chained = place(replace(grid, drain_rows=drain_rows), device)
    assert chained.chains == -(-5 // drain_rows)
    assert len(chained.out_channels) == 3 * chained.chains
    program = generate_layer("chained", chained, item.ops, device, item.program.work)
    lowered = [LoweredLayer(item.layer, chained, item.ops, item.method, program)]
    x = arrays[model.input_arg].astype(np.float32)
    qlayers = quantize(float_layers(model, arrays), item.ops, "rtn", x)
    out, runs, _ = run_network(lowered, qlayers, x, device)
    np.testing.assert_array_equal(out, forward(qlayers, x))
    relays = runs[0].report.to_json()["kernels"]["relay"]["calls"]
    chain_relays = sum(chained.chain_top(g) - g for g in range(5)) * 3
    handovers = 5 * 3 * (ksplit - 1)  # a split K's cores hand partial tiles on by relay
    assert relays == (chain_relays + handovers) * chained.rounds
    drained = [t for t in program.transfers if t.direction.value == "s2mm"]
    assert len(drained) == 3 * chained.chains
    assert all(t.pl == (io == "pl") for t in program.transfers)


def test_k_split_chain_pipelines_over_rounds() -> None:
    """A single core does every k-step of every round; two cores along K each do half of
    them, overlapped across rounds, so the split run is faster but not more than twice."""
    text = gemm(64, 512, 16)
    _, _, whole, whole_runs = _run(text, "int8", "npu1", max_tiles=1)
    out, expected, split, split_runs = _run(text, "int8", "npu1", max_tiles=2, ksplit=2)
    np.testing.assert_array_equal(out, expected)
    assert (whole[0].plan.rows, whole[0].plan.cols, whole[0].plan.ksplit) == (1, 1, 1)
    assert (split[0].plan.rows, split[0].plan.cols, split[0].plan.ksplit) == (1, 1, 2)
    assert split[0].plan.rounds == whole[0].plan.rounds >= 2
    one, two = whole_runs[0].simulation.timing.cycles, split_runs[0].simulation.timing.cycles
    assert one / 2 < two < one


def test_search_times_its_candidates_on_the_engine() -> None:
    """The chosen plan is the fastest of the validated candidates the engine timed, and the
    sampled-rounds extrapolation predicts the full run closely."""
    from sparta.passes.gemm_codegen import layer_work
    from sparta.passes.gemm_mapping import operands
    from sparta.passes.gemm_model import GemmLayer
    from sparta.passes.gemm_search import timed_cycles

    _, _, compiled, runs = _run(gemm(256, 256, 256), "int8", "vck190", max_tiles=8)
    plan, simulated = compiled[0].plan, runs[0].simulation.timing.cycles
    assert plan.rounds > 4  # timed at 2 and 4 rounds, extrapolated
    ops = operands("int8", "int8", load_device("vck190"))
    work = layer_work(GemmLayer(256, 256, 256, 1, None, False), ops)
    predicted = timed_cycles(plan, ops, load_device("vck190"), work)
    assert abs(predicted - simulated) <= 0.02 * simulated

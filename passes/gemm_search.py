"""Choose a GEMM layer's plan: the best-ranked one whose placed program obeys the device.

`gemm_mapping.ranked_plans` orders candidates by estimated cycles from local memory and
shim channel counts alone; whether the streams fit the switches on their routes (lanes per
direction), and every other device rule, shows only once a candidate is placed and
lowered. So each candidate, best first, is placed, lowered and checked by the same
validator the simulator runs, and the first that passes wins.
"""

from __future__ import annotations

from sparta.passes.gemm_codegen import generate_layer, layer_work
from sparta.passes.gemm_mapping import GemmPlan, Operands, place, ranked_plans
from sparta.passes.gemm_model import GemmLayer
from sparta.sim.device import Device
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.validate import validate


def choose_plan(
    layer: GemmLayer,
    ops: Operands,
    device: Device,
    max_tiles: int | None,
    tiles: tuple[int, int, int, int] | None = None,
) -> GemmPlan:
    """The best-ranked plan (of tile sizes `tiles`, if given) that passes validation,
    before placement (the placement is recomputed by `gemm-place`)."""
    first_error: InputError | None = None
    work = layer_work(layer, ops)
    for plan in ranked_plans(layer, ops, device, max_tiles, tiles):
        try:
            program = generate_layer("probe", place(plan, device), ops, device, work)
            validate(program, device)
        except InputError as error:
            first_error = first_error or error
            continue
        return plan
    assert first_error is not None
    raise ResourceError(
        f"no grid of {layer.m}x{layer.k}x{layer.n} in '{ops.fmt}' passes {device.name}'s "
        f"rules; the best-ranked one failed: {first_error.message}"
    )

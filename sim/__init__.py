"""The cycle-approximate tile-array simulator: plain data in, outputs and a report out.

This package imports numpy, the standard library and small numeric packages only (never
xDSL), so the simulator can run a `TileProgram` without the compiler.
"""

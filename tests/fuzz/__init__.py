"""Differential fuzzing: random programs run by the simulator, the numpy reference and IREE."""

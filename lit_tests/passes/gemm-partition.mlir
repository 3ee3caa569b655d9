// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16},gemm-partition' | filecheck %s --check-prefix=GRID
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16},gemm-partition{max-tiles=1}' | filecheck %s --check-prefix=ONE
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16},gemm-partition{ksplit=2}' | filecheck %s --check-prefix=KSPLIT
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-partition' 2>&1 | filecheck %s --check-prefix=ORDER

// gemm-partition records the R x C grid, the zero-padded M x K x N, the output buffers of
// each drain chain's bottom core and the grid rows per drain chain. A ragged 37 x 70 x 45
// GEMM in 16 x 32 x 16 tiles needs ceil(37/16) = 3 row blocks, ceil(70/32) = 3 k steps
// and ceil(45/16) = 3 column blocks: padded to 48 x 96 x 48. With the whole array, a
// 3 x 3 grid would cover the output in one round, but its bottom cores would relay the
// tiles above them; the engine times a 4 x 3 grid (M padded to 64) in which every core
// sends its own tile out (drain chains of one row) as faster, so that grid is kept. With
// one tile, the single core runs all 9 rounds. Neither splits K:
// one round gains nothing from a chain of cores along K. Forced to split K over 2 cores,
// K pads to a multiple of 2 x 32 = 64, so to 128 (the grid is the one timed fastest).

func.func @ragged(%a: tensor<37x70xf32>, %b: tensor<70x45xf32>) -> tensor<37x45xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<37x45xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<37x45xf32>) -> tensor<37x45xf32>
  %c = linalg.matmul ins(%a, %b : tensor<37x70xf32>, tensor<70x45xf32>) outs(%acc : tensor<37x45xf32>) -> tensor<37x45xf32>
  func.return %c : tensor<37x45xf32>
}

// GRID: sparta.partition = {grid = [4 : i64, 3 : i64], ksplit = 1 : i64, padded = [64 : i64, 96 : i64, 48 : i64], bottom_depth = 2 : i64, drain_rows = 1 : i64, estimate_cycles = {{[0-9]+}} : i64}
// ONE:  sparta.partition = {grid = [1 : i64, 1 : i64], ksplit = 1 : i64, padded = [48 : i64, 96 : i64, 48 : i64], bottom_depth = 2 : i64, drain_rows = 1 : i64, estimate_cycles = {{[0-9]+}} : i64}
// KSPLIT: sparta.partition = {grid = [{{[0-9]+}} : i64, {{[0-9]+}} : i64], ksplit = 2 : i64, padded = [{{[0-9]+}} : i64, 128 : i64, 48 : i64]
// ORDER: gemm-partition.mlir:21:3: error: the matmul has no sparta.gemm_tile attribute; run gemm-tile first

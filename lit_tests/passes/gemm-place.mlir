// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16},gemm-partition,gemm-place' | filecheck %s --check-prefix=VCK190
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8 target=npu1},gemm-tile{m=16 k=32 n=16 target=npu1},gemm-partition{target=npu1},gemm-place{target=npu1}' | filecheck %s --check-prefix=NPU1
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile,gemm-place' 2>&1 | filecheck %s --check-prefix=ORDER
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16 io=pl},gemm-partition,gemm-place' | filecheck %s --check-prefix=PL

// gemm-place records the tile (col, row) of every core as cores[grid row][grid column]
// (grid row 0, where the outputs leave, on the lowest compute row) and the (col, row,
// channel) shim channels of the A rows, the B column groups and the output columns.
// MM2S channels are dealt channel-major, B's first: channel 0 of every shim, then
// channel 1. On vck190 the shim DMA columns are 2, 3, 6, 7, 10, 11, ...: B takes channel 0
// of (2,0), (3,0) and (6,0) and each B group sits right over its shim (columns 2, 3, 6),
// so its stream climbs its own column; A takes channel 0 of the next shims. Each drain
// chain (here one grid row each on vck190, two rows on npu1) drains through the nearest
// free S2MM channel, chain by chain (out_channels[chain * columns + column]). Compute rows
// start at 1 on vck190 and at 2 on npu1 (row 1 holds the memory tiles), whose four shim
// columns 0-3 give B channel 0 of shims 0-2 and A channel 0 of shim 3, then channel 1 of
// shims 0 and 1.

func.func @ragged(%a: tensor<37x70xf32>, %b: tensor<70x45xf32>) -> tensor<37x45xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<37x45xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<37x45xf32>) -> tensor<37x45xf32>
  %c = linalg.matmul ins(%a, %b : tensor<37x70xf32>, tensor<70x45xf32>) outs(%acc : tensor<37x45xf32>) -> tensor<37x45xf32>
  func.return %c : tensor<37x45xf32>
}

// VCK190: sparta.placement = {cores = {{\[}}{{\[}}[2 : i64, 1 : i64], [3 : i64, 1 : i64], [6 : i64, 1 : i64]], {{\[}}[2 : i64, 2 : i64], [3 : i64, 2 : i64], [6 : i64, 2 : i64]], {{\[}}[2 : i64, 3 : i64], [3 : i64, 3 : i64], [6 : i64, 3 : i64]], {{\[}}[2 : i64, 4 : i64], [3 : i64, 4 : i64], [6 : i64, 4 : i64]]],
// VCK190-SAME: a_channels = {{\[}}[7 : i64, 0 : i64, 0 : i64], [10 : i64, 0 : i64, 0 : i64], [11 : i64, 0 : i64, 0 : i64], [18 : i64, 0 : i64, 0 : i64]],
// VCK190-SAME: b_channels = {{\[}}[2 : i64, 0 : i64, 0 : i64], [3 : i64, 0 : i64, 0 : i64], [6 : i64, 0 : i64, 0 : i64]],
// VCK190-SAME: out_channels = {{\[}}[2 : i64, 0 : i64, 0 : i64], [3 : i64, 0 : i64, 0 : i64], [6 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 1 : i64], [3 : i64, 0 : i64, 1 : i64], [6 : i64, 0 : i64, 1 : i64], [7 : i64, 0 : i64, 0 : i64], [7 : i64, 0 : i64, 1 : i64], [10 : i64, 0 : i64, 0 : i64], [10 : i64, 0 : i64, 1 : i64], [11 : i64, 0 : i64, 0 : i64], [11 : i64, 0 : i64, 1 : i64]]}
// NPU1: sparta.placement = {cores = {{\[}}{{\[}}[0 : i64, 2 : i64], [1 : i64, 2 : i64], [2 : i64, 2 : i64]], {{\[}}[0 : i64, 3 : i64], [1 : i64, 3 : i64], [2 : i64, 3 : i64]], {{\[}}[0 : i64, 4 : i64], [1 : i64, 4 : i64], [2 : i64, 4 : i64]]],
// NPU1-SAME: a_channels = {{\[}}[3 : i64, 0 : i64, 0 : i64], [0 : i64, 0 : i64, 1 : i64], [1 : i64, 0 : i64, 1 : i64]],
// NPU1-SAME: b_channels = {{\[}}[0 : i64, 0 : i64, 0 : i64], [1 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 0 : i64]],
// NPU1-SAME: out_channels = {{\[}}[0 : i64, 0 : i64, 0 : i64], [1 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 0 : i64], [0 : i64, 0 : i64, 1 : i64], [1 : i64, 0 : i64, 1 : i64], [2 : i64, 0 : i64, 1 : i64]]}
// PL: sparta.placement = {cores = {{\[}}{{\[}}[0 : i64, 1 : i64], [1 : i64, 1 : i64], [4 : i64, 1 : i64]], {{\[}}[0 : i64, 2 : i64], [1 : i64, 2 : i64], [4 : i64, 2 : i64]], {{\[}}[0 : i64, 3 : i64], [1 : i64, 3 : i64], [4 : i64, 3 : i64]], {{\[}}[0 : i64, 4 : i64], [1 : i64, 4 : i64], [4 : i64, 4 : i64]]],
// PL-SAME: a_channels = {{\[}}[5 : i64, 0 : i64, 0 : i64], [8 : i64, 0 : i64, 0 : i64], [9 : i64, 0 : i64, 0 : i64], [12 : i64, 0 : i64, 0 : i64]],
// PL-SAME: b_channels = {{\[}}[0 : i64, 0 : i64, 0 : i64], [1 : i64, 0 : i64, 0 : i64], [4 : i64, 0 : i64, 0 : i64]],
// PL-SAME: out_channels = {{\[}}[0 : i64, 0 : i64, 0 : i64], [1 : i64, 0 : i64, 0 : i64], [4 : i64, 0 : i64, 0 : i64], [0 : i64, 0 : i64, 1 : i64], [1 : i64, 0 : i64, 1 : i64], [4 : i64, 0 : i64, 1 : i64], [0 : i64, 0 : i64, 2 : i64], [1 : i64, 0 : i64, 2 : i64], [4 : i64, 0 : i64, 2 : i64], [0 : i64, 0 : i64, 3 : i64], [1 : i64, 0 : i64, 3 : i64], [4 : i64, 0 : i64, 3 : i64]]}
// ORDER: gemm-place.mlir:23:3: error: the matmul has no sparta.partition attribute; run gemm-partition first

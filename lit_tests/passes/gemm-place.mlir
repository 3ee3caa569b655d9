// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16},gemm-partition,gemm-place' | filecheck %s --check-prefix=VCK190
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8 target=npu1},gemm-tile{m=16 k=32 n=16 target=npu1},gemm-partition{target=npu1},gemm-place{target=npu1}' | filecheck %s --check-prefix=NPU1
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile,gemm-place' 2>&1 | filecheck %s --check-prefix=ORDER

// gemm-place records the tile (col, row) of every core as cores[grid row][grid column]
// (grid row 0, where the outputs leave, on the lowest compute row) and the (col, row,
// channel) shim channels of the A rows, the B column groups and the output columns.
// MM2S channels are dealt in array order, B's first. On vck190 the shim DMA columns are
// 2, 3, 6, 7, ... with two channels each: B takes (2,0) ch 0 and 1 and (3,0) ch 0, A the
// next three. Each B channel's column is the free one nearest its shim: (2,0) ch 0 gets
// column 2, ch 1 the nearer-left column 1, (3,0) ch 0 column 3. Every column drains
// through the nearest free S2MM channel. Compute rows start at 1 on vck190, 2 on npu1
// (row 1 holds the memory tiles), whose shim columns are 0-3.

func.func @ragged(%a: tensor<37x70xf32>, %b: tensor<70x45xf32>) -> tensor<37x45xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<37x45xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<37x45xf32>) -> tensor<37x45xf32>
  %c = linalg.matmul ins(%a, %b : tensor<37x70xf32>, tensor<70x45xf32>) outs(%acc : tensor<37x45xf32>) -> tensor<37x45xf32>
  func.return %c : tensor<37x45xf32>
}

// VCK190: sparta.placement = {cores = {{\[}}{{\[}}[1 : i64, 1 : i64], [2 : i64, 1 : i64], [3 : i64, 1 : i64]], {{\[}}[1 : i64, 2 : i64], [2 : i64, 2 : i64], [3 : i64, 2 : i64]], {{\[}}[1 : i64, 3 : i64], [2 : i64, 3 : i64], [3 : i64, 3 : i64]]],
// VCK190-SAME: a_channels = {{\[}}[3 : i64, 0 : i64, 1 : i64], [6 : i64, 0 : i64, 0 : i64], [6 : i64, 0 : i64, 1 : i64]],
// VCK190-SAME: b_channels = {{\[}}[2 : i64, 0 : i64, 1 : i64], [2 : i64, 0 : i64, 0 : i64], [3 : i64, 0 : i64, 0 : i64]],
// VCK190-SAME: out_channels = {{\[}}[2 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 1 : i64], [3 : i64, 0 : i64, 0 : i64]]}
// NPU1: sparta.placement = {cores = {{\[}}{{\[}}[0 : i64, 2 : i64], [1 : i64, 2 : i64], [2 : i64, 2 : i64]], {{\[}}[0 : i64, 3 : i64], [1 : i64, 3 : i64], [2 : i64, 3 : i64]], {{\[}}[0 : i64, 4 : i64], [1 : i64, 4 : i64], [2 : i64, 4 : i64]]],
// NPU1-SAME: a_channels = {{\[}}[1 : i64, 0 : i64, 1 : i64], [2 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 1 : i64]],
// NPU1-SAME: b_channels = {{\[}}[0 : i64, 0 : i64, 0 : i64], [0 : i64, 0 : i64, 1 : i64], [1 : i64, 0 : i64, 0 : i64]],
// NPU1-SAME: out_channels = {{\[}}[0 : i64, 0 : i64, 0 : i64], [1 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 0 : i64]]}
// ORDER: gemm-place.mlir:19:3: error: the matmul has no sparta.partition attribute; run gemm-partition first

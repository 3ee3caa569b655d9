// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/transforms/stencil-shape-inference.mlir
// Case: 7 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

func.func @buffer(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>) attributes {"stencil.program"} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
    %2 = stencil.cast %arg2 : !stencil.field<?x?x?xf64> -> !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
    %3 = stencil.apply() -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %4 = stencil.store_result %cst : !stencil.result<f64>
      stencil.return %4 : !stencil.result<f64>
    }
    %5 = stencil.apply() -> (!stencil.temp<?x?x?xf64>) {
      %cst_1 = arith.constant 1.000000e+00 : f64
      %6 = stencil.store_result %cst_1 : !stencil.result<f64>
      stencil.return %6 : !stencil.result<f64>
    }
    %7 = stencil.apply() -> (!stencil.temp<?x?x?xf64>) {
      %cst_2 = arith.constant 1.000000e+00 : f64
      %8 = stencil.store_result %cst_2 : !stencil.result<f64>
      stencil.return %8 : !stencil.result<f64>
    }
    %9, %10, %11 = stencil.combine 0 at 32 lower = (%3 : !stencil.temp<?x?x?xf64>) upper = (%3 : !stencil.temp<?x?x?xf64>) lowerext = %7 : !stencil.temp<?x?x?xf64> upperext = %5 : !stencil.temp<?x?x?xf64> : !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>
    %12 = stencil.buffer %9 : !stencil.temp<?x?x?xf64> -> !stencil.temp<?x?x?xf64>
    %13 = stencil.buffer %10 : !stencil.temp<?x?x?xf64> -> !stencil.temp<?x?x?xf64>
    %14 = stencil.buffer %11 : !stencil.temp<?x?x?xf64> -> !stencil.temp<?x?x?xf64>
    %15 = stencil.apply(%arg3 = %12 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %16 = stencil.access %arg3[0, 0, 0] : !stencil.temp<?x?x?xf64>
      %17 = stencil.store_result %16 : !stencil.result<f64>
      stencil.return %17 : !stencil.result<f64>
    }
    %18 = stencil.apply(%arg3_1 = %13 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %19 = stencil.access %arg3_1[0, 0, 0] : !stencil.temp<?x?x?xf64>
      %20 = stencil.store_result %19 : !stencil.result<f64>
      stencil.return %20 : !stencil.result<f64>
    }
    %21 = stencil.apply(%arg3_2 = %14 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %22 = stencil.access %arg3_2[0, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = stencil.store_result %22 : !stencil.result<f64>
      stencil.return %23 : !stencil.result<f64>
    }
    stencil.store %15 to %0(<[0, 0, 0], [64, 64, 60]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
    stencil.store %18 to %1(<[0, 0, 0], [16, 64, 60]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
    stencil.store %21 to %2(<[48, 0, 0], [64, 64, 60]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
    func.return
  }

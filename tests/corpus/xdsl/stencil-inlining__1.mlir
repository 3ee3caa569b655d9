// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/transforms/stencil-inlining.mlir
// Case: 1 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

func.func @simple_index(%arg0: f64, %arg1: !stencil.field<[-3,67]x[-3,67]x[-3,67]xf64>) {
  %1 = stencil.apply (%arg2 = %arg0 : f64) -> (!stencil.temp<[1,65]x[2,66]x[3,63]xf64>) {
    %3 = stencil.index 2 <[2, -1, 1]>
    %c20 = arith.constant 20 : index
    %cst = arith.constant 0.000000e+00 : f64
    %4 = arith.cmpi slt, %3, %c20 : index
    %5 = arith.select %4, %arg2, %cst : f64
    %6 = stencil.store_result %5 : !stencil.result<f64>
    stencil.return %6 : !stencil.result<f64>
  }
  %2 = stencil.apply (%arg2 = %arg0 : f64, %arg3 = %1 : !stencil.temp<[1,65]x[2,66]x[3,63]xf64>) -> (!stencil.temp<[0,64]x[0,64]x[0,60]xf64>) {
    %7 = stencil.access %arg3 [1, 2, 3] : !stencil.temp<[1,65]x[2,66]x[3,63]xf64>
    %8 = arith.addf %7, %arg2 : f64
    %9 = stencil.store_result %8 : !stencil.result<f64>
    stencil.return %9 : !stencil.result<f64>
  }
  stencil.store %2 to %arg1(<[0, 0, 0], [64, 64, 60]>) : !stencil.temp<[0,64]x[0,64]x[0,60]xf64> to !stencil.field<[-3,67]x[-3,67]x[-3,67]xf64>
  return
}

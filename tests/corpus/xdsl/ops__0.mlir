// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/mlir-conversion/with-mlir/dialects/stencil/ops.mlir
// Case: 0 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

// note, this selected pass should have no effect

func.func @dyn_access(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>) attributes {"stencil.program"} {
  %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
  %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
  %2 = stencil.load %0 : !stencil.field<[-3,67]x[-3,67]x[0,60]xf64> -> !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
  %3 = stencil.apply(%arg2 = %2 : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>) -> (!stencil.temp<[0,64]x[0,64]x[0,60]xf64>) {
    %4 = stencil.index 0 <[0, 0, 0]>
    %5 = stencil.index 1 <[0, 0, 0]>
    %6 = stencil.index 2 <[0, 0, 0]>
    %7 = stencil.dyn_access %arg2[%4, %5, %6] in <[0, 0, 0]> : <[0, 0, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %8 = stencil.store_result %7 : !stencil.result<f64>
    %9 = stencil.index 0 <[0, 1, 0]>
    %10 = stencil.index 1 <[0, 1, 0]>
    %11 = stencil.index 2 <[0, 1, 0]>
    %12 = stencil.dyn_access %arg2[%9, %10, %11] in <[0, 1, 0]> : <[0, 1, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %13 = stencil.store_result %12 : !stencil.result<f64>
    %14 = stencil.index 0 <[0, 2, 0]>
    %15 = stencil.index 1 <[0, 2, 0]>
    %16 = stencil.index 2 <[0, 2, 0]>
    %17 = stencil.dyn_access %arg2[%14, %15, %16] in <[0, 2, 0]> : <[0, 2, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %18 = stencil.store_result %17 : !stencil.result<f64>
    %19 = stencil.index 0 <[0, 3, 0]>
    %20 = stencil.index 1 <[0, 3, 0]>
    %21 = stencil.index 2 <[0, 3, 0]>
    %22 = stencil.dyn_access %arg2[%19, %20, %21] in <[0, 3, 0]> : <[0, 3, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %23 = stencil.store_result %22 : !stencil.result<f64>
    %24 = stencil.index 0 <[0, 4, 0]>
    %25 = stencil.index 1 <[0, 4, 0]>
    %26 = stencil.index 2 <[0, 4, 0]>
    %27 = stencil.dyn_access %arg2[%24, %25, %26] in <[0, 4, 0]> : <[0, 4, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %28 = stencil.store_result %27 : !stencil.result<f64>
    %29 = stencil.index 0 <[0, 5, 0]>
    %30 = stencil.index 1 <[0, 5, 0]>
    %31 = stencil.index 2 <[0, 5, 0]>
    %32 = stencil.dyn_access %arg2[%29, %30, %31] in <[0, 5, 0]> : <[0, 5, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %33 = stencil.store_result %32 : !stencil.result<f64>
    %34 = stencil.index 0 <[0, 6, 0]>
    %35 = stencil.index 1 <[0, 6, 0]>
    %36 = stencil.index 2 <[0, 6, 0]>
    %37 = stencil.dyn_access %arg2[%34, %35, %36] in <[0, 6, 0]> : <[0, 6, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %38 = stencil.store_result %37 : !stencil.result<f64>
    %39 = stencil.index 0 <[0, 7, 0]>
    %40 = stencil.index 1 <[0, 7, 0]>
    %41 = stencil.index 2 <[0, 7, 0]>
    %42 = stencil.dyn_access %arg2[%39, %40, %41] in <[0, 7, 0]> : <[0, 7, 0]> : !stencil.temp<[0,64]x[0,64]x[0,60]xf64>
    %43 = stencil.store_result %42 : !stencil.result<f64>
    stencil.return %8, %13, %18, %23, %28, %33, %38, %43 unroll <[1, 8, 1]> : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
  }
  stencil.store %3 to %1(<[0, 0, 0], [64, 64, 60]>) : !stencil.temp<[0,64]x[0,64]x[0,60]xf64> to !stencil.field<[-3,67]x[-3,67]x[0,60]xf64>
  func.return
}

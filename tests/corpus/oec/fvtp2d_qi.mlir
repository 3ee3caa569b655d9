// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/fvtp2d_qi.mlir (copied as original/fvtp2d_qi.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @fvtp2d_qi(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>, %arg3: !stencil.field<?x?x?xf64>, %arg4: !stencil.field<?x?x?xf64>, %arg5: !stencil.field<?x?x?xf64>, %arg6: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %2 = stencil.cast %arg2 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %arg3 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %4 = stencil.cast %arg4 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %5 = stencil.cast %arg5 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %6 = stencil.cast %arg6 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %7 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %8 = stencil.load %1 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %9 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %10 = stencil.load %3 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %11 = stencil.load %4 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %12 = stencil.apply (%arg7 = %7 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 7.000000e+00 : f64
      %cst_1 = arith.constant 1.200000e+01 : f64
      %17 = arith.divf %cst_0, %cst_1 : f64
      %18 = arith.divf %cst, %cst_1 : f64
      %19 = stencil.access %arg7 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %20 = stencil.access %arg7 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %21 = arith.addf %19, %20 : f64
      %22 = stencil.access %arg7 [0, -2, 0] : !stencil.temp<?x?x?xf64>
      %23 = stencil.access %arg7 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %24 = arith.addf %22, %23 : f64
      %25 = arith.mulf %17, %21 : f64
      %26 = arith.mulf %18, %24 : f64
      %27 = arith.addf %25, %26 : f64
      %28 = stencil.store_result %27 : !stencil.result<f64>
      stencil.return %28 : !stencil.result<f64>
    }
    %13:4 = stencil.apply (%arg7 = %7 : !stencil.temp<?x?x?xf64>, %arg8 = %12 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %17 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %18 = stencil.access %arg7 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %19 = arith.subf %17, %18 : f64
      %20 = stencil.access %arg8 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %21 = arith.subf %20, %18 : f64
      %22 = arith.addf %19, %21 : f64
      %23 = arith.mulf %19, %21 : f64
      %24 = arith.cmpf olt, %23, %cst : f64
      %25 = arith.select %24, %cst_0, %cst : f64
      %26 = stencil.store_result %19 : !stencil.result<f64>
      %27 = stencil.store_result %21 : !stencil.result<f64>
      %28 = stencil.store_result %22 : !stencil.result<f64>
      %29 = stencil.store_result %25 : !stencil.result<f64>
      stencil.return %26, %27, %28, %29 : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
    }
    %14 = stencil.apply (%arg7 = %7 : !stencil.temp<?x?x?xf64>, %arg8 = %8 : !stencil.temp<?x?x?xf64>, %arg9 = %13#0 : !stencil.temp<?x?x?xf64>, %arg10 = %13#1 : !stencil.temp<?x?x?xf64>, %arg11 = %13#2 : !stencil.temp<?x?x?xf64>, %arg12 = %13#3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %17 = stencil.access %arg12 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %18 = arith.cmpf oeq, %17, %cst : f64
      %19 = arith.select %18, %cst_0, %cst : f64
      %20 = stencil.access %arg12 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %21 = arith.mulf %20, %19 : f64
      %22 = arith.addf %17, %21 : f64
      %23 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %24 = arith.cmpf ogt, %23, %cst : f64
      %25 = scf.if %24 -> (f64) {
        %29 = stencil.access %arg10 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %30 = stencil.access %arg11 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %31 = arith.mulf %23, %30 : f64
        %32 = arith.subf %29, %31 : f64
        %33 = arith.subf %cst_0, %23 : f64
        %34 = arith.mulf %33, %32 : f64
        scf.yield %34 : f64
      } else {
        %29 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %30 = stencil.access %arg11 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %31 = arith.mulf %23, %30 : f64
        %32 = arith.addf %29, %31 : f64
        %33 = arith.addf %cst_0, %23 : f64
        %34 = arith.mulf %33, %32 : f64
        scf.yield %34 : f64
      }
      %26 = arith.mulf %25, %22 : f64
      %27 = scf.if %24 -> (f64) {
        %29 = stencil.access %arg7 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %30 = arith.addf %29, %26 : f64
        scf.yield %30 : f64
      } else {
        %29 = stencil.access %arg7 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %30 = arith.addf %29, %26 : f64
        scf.yield %30 : f64
      }
      %28 = stencil.store_result %27 : !stencil.result<f64>
      stencil.return %28 : !stencil.result<f64>
    }
    %15 = stencil.apply (%arg7 = %10 : !stencil.temp<?x?x?xf64>, %arg8 = %14 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %17 = stencil.access %arg7 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %18 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %19 = arith.mulf %17, %18 : f64
      %20 = stencil.store_result %19 : !stencil.result<f64>
      stencil.return %20 : !stencil.result<f64>
    }
    %16 = stencil.apply (%arg7 = %7 : !stencil.temp<?x?x?xf64>, %arg8 = %11 : !stencil.temp<?x?x?xf64>, %arg9 = %15 : !stencil.temp<?x?x?xf64>, %arg10 = %9 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %17 = stencil.access %arg7 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %18 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %19 = arith.mulf %17, %18 : f64
      %20 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %21 = stencil.access %arg9 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %22 = arith.subf %20, %21 : f64
      %23 = arith.addf %19, %22 : f64
      %24 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = arith.divf %23, %24 : f64
      %26 = stencil.store_result %25 : !stencil.result<f64>
      stencil.return %26 : !stencil.result<f64>
    }
    stencil.store %14 to %6(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %16 to %5(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

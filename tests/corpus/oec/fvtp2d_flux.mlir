// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/fvtp2d_flux.mlir (copied as original/fvtp2d_flux.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @fvtp2d_flux(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>, %arg3: !stencil.field<?x?x?xf64>, %arg4: !stencil.field<?x?x?xf64>, %arg5: !stencil.field<?x?x?xf64>, %arg6: !stencil.field<?x?x?xf64>, %arg7: !stencil.field<?x?x?xf64>, %arg8: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %2 = stencil.cast %arg2 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %arg3 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %4 = stencil.cast %arg4 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %5 = stencil.cast %arg5 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %6 = stencil.cast %arg6 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %7 = stencil.cast %arg7 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %8 = stencil.cast %arg8 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %9 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %10 = stencil.load %1 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %11 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %12 = stencil.load %3 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %13 = stencil.load %4 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %14 = stencil.load %5 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %15 = stencil.load %6 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %16 = stencil.apply (%arg9 = %12 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 7.000000e+00 : f64
      %cst_1 = arith.constant 1.200000e+01 : f64
      %21 = arith.divf %cst_0, %cst_1 : f64
      %22 = arith.divf %cst, %cst_1 : f64
      %23 = stencil.access %arg9 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %24 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = arith.addf %23, %24 : f64
      %26 = stencil.access %arg9 [0, -2, 0] : !stencil.temp<?x?x?xf64>
      %27 = stencil.access %arg9 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %28 = arith.addf %26, %27 : f64
      %29 = arith.mulf %21, %25 : f64
      %30 = arith.mulf %22, %28 : f64
      %31 = arith.addf %29, %30 : f64
      %32 = stencil.store_result %31 : !stencil.result<f64>
      stencil.return %32 : !stencil.result<f64>
    }
    %17:4 = stencil.apply (%arg9 = %12 : !stencil.temp<?x?x?xf64>, %arg10 = %16 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %21 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %22 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = arith.subf %21, %22 : f64
      %24 = stencil.access %arg10 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %25 = arith.subf %24, %22 : f64
      %26 = arith.addf %23, %25 : f64
      %27 = arith.mulf %23, %25 : f64
      %28 = arith.cmpf olt, %27, %cst : f64
      %29 = arith.select %28, %cst_0, %cst : f64
      %30 = stencil.store_result %23 : !stencil.result<f64>
      %31 = stencil.store_result %25 : !stencil.result<f64>
      %32 = stencil.store_result %26 : !stencil.result<f64>
      %33 = stencil.store_result %29 : !stencil.result<f64>
      stencil.return %30, %31, %32, %33 : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
    }
    %18 = stencil.apply (%arg9 = %12 : !stencil.temp<?x?x?xf64>, %arg10 = %9 : !stencil.temp<?x?x?xf64>, %arg11 = %17#0 : !stencil.temp<?x?x?xf64>, %arg12 = %17#1 : !stencil.temp<?x?x?xf64>, %arg13 = %17#2 : !stencil.temp<?x?x?xf64>, %arg14 = %17#3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %21 = stencil.access %arg14 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %22 = arith.cmpf oeq, %21, %cst : f64
      %23 = arith.select %22, %cst_0, %cst : f64
      %24 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = arith.mulf %24, %23 : f64
      %26 = arith.addf %21, %25 : f64
      %27 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %28 = arith.cmpf ogt, %27, %cst : f64
      %29 = scf.if %28 -> (f64) {
        %33 = stencil.access %arg12 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %34 = stencil.access %arg13 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %35 = arith.mulf %27, %34 : f64
        %36 = arith.subf %33, %35 : f64
        %37 = arith.subf %cst_0, %27 : f64
        %38 = arith.mulf %37, %36 : f64
        scf.yield %38 : f64
      } else {
        %33 = stencil.access %arg11 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %34 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %35 = arith.mulf %27, %34 : f64
        %36 = arith.addf %33, %35 : f64
        %37 = arith.addf %cst_0, %27 : f64
        %38 = arith.mulf %37, %36 : f64
        scf.yield %38 : f64
      }
      %30 = arith.mulf %29, %26 : f64
      %31 = scf.if %28 -> (f64) {
        %33 = stencil.access %arg9 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %34 = arith.addf %33, %30 : f64
        scf.yield %34 : f64
      } else {
        %33 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %34 = arith.addf %33, %30 : f64
        scf.yield %34 : f64
      }
      %32 = stencil.store_result %31 : !stencil.result<f64>
      stencil.return %32 : !stencil.result<f64>
    }
    %19 = stencil.apply (%arg9 = %13 : !stencil.temp<?x?x?xf64>, %arg10 = %14 : !stencil.temp<?x?x?xf64>, %arg11 = %10 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 5.000000e-01 : f64
      %21 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %22 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = arith.addf %21, %22 : f64
      %24 = arith.mulf %23, %cst : f64
      %25 = stencil.access %arg11 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = arith.mulf %25, %24 : f64
      %27 = stencil.store_result %26 : !stencil.result<f64>
      stencil.return %27 : !stencil.result<f64>
    }
    %20 = stencil.apply (%arg9 = %18 : !stencil.temp<?x?x?xf64>, %arg10 = %15 : !stencil.temp<?x?x?xf64>, %arg11 = %11 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 5.000000e-01 : f64
      %21 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %22 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = arith.addf %21, %22 : f64
      %24 = arith.mulf %23, %cst : f64
      %25 = stencil.access %arg11 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = arith.mulf %25, %24 : f64
      %27 = stencil.store_result %26 : !stencil.result<f64>
      stencil.return %27 : !stencil.result<f64>
    }
    stencil.store %19 to %7(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %20 to %8(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

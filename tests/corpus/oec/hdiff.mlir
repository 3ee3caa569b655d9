// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/hdiff.mlir (copied as original/hdiff.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @hdiff(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %2 = stencil.cast %arg2 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %3 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %4 = stencil.load %1 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %5 = stencil.apply (%arg3 = %3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %9 = stencil.access %arg3 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %10 = stencil.access %arg3 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %11 = stencil.access %arg3 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %12 = stencil.access %arg3 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %13 = stencil.access %arg3 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %14 = arith.addf %9, %10 : f64
      %15 = arith.addf %11, %12 : f64
      %16 = arith.addf %14, %15 : f64
      %cst = arith.constant -4.000000e+00 : f64
      %17 = arith.mulf %13, %cst : f64
      %18 = arith.addf %17, %16 : f64
      %19 = stencil.store_result %18 : !stencil.result<f64>
      stencil.return %19 : !stencil.result<f64>
    }
    %6 = stencil.apply (%arg3 = %3 : !stencil.temp<?x?x?xf64>, %arg4 = %5 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %9 = stencil.access %arg4 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %10 = stencil.access %arg4 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %11 = arith.subf %9, %10 : f64
      %12 = stencil.access %arg3 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %13 = stencil.access %arg3 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %14 = arith.subf %12, %13 : f64
      %15 = arith.mulf %11, %14 : f64
      %cst = arith.constant 0.000000e+00 : f64
      %16 = arith.cmpf ogt, %15, %cst : f64
      %17 = arith.select %16, %cst, %11 : f64
      %18 = stencil.store_result %17 : !stencil.result<f64>
      stencil.return %18 : !stencil.result<f64>
    }
    %7 = stencil.apply (%arg3 = %3 : !stencil.temp<?x?x?xf64>, %arg4 = %5 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %9 = stencil.access %arg4 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %10 = stencil.access %arg4 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %11 = arith.subf %9, %10 : f64
      %12 = stencil.access %arg3 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %13 = stencil.access %arg3 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %14 = arith.subf %12, %13 : f64
      %15 = arith.mulf %11, %14 : f64
      %cst = arith.constant 0.000000e+00 : f64
      %16 = arith.cmpf ogt, %15, %cst : f64
      %17 = arith.select %16, %cst, %11 : f64
      %18 = stencil.store_result %17 : !stencil.result<f64>
      stencil.return %18 : !stencil.result<f64>
    }
    %8 = stencil.apply (%arg3 = %3 : !stencil.temp<?x?x?xf64>, %arg4 = %6 : !stencil.temp<?x?x?xf64>, %arg5 = %7 : !stencil.temp<?x?x?xf64>, %arg6 = %4 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %9 = stencil.access %arg4 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %10 = stencil.access %arg4 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %11 = arith.subf %9, %10 : f64
      %12 = stencil.access %arg5 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %13 = stencil.access %arg5 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %14 = arith.subf %12, %13 : f64
      %15 = arith.addf %11, %14 : f64
      %16 = stencil.access %arg6 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %17 = arith.mulf %16, %15 : f64
      %18 = stencil.access %arg3 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %19 = arith.addf %17, %18 : f64
      %20 = stencil.store_result %19 : !stencil.result<f64>
      stencil.return %20 : !stencil.result<f64>
    }
    stencil.store %8 to %2(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

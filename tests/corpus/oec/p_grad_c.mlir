// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/p_grad_c.mlir (copied as original/p_grad_c.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @p_grad_c(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>, %arg3: !stencil.field<?x?x?xf64>, %arg4: !stencil.field<?x?x?xf64>, %arg5: !stencil.field<?x?x?xf64>, %arg6: !stencil.field<?x?x?xf64>, %arg7: !stencil.field<?x?x?xf64>, %arg8: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
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
    %16 = stencil.apply (%arg9 = %13 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %19 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %20 = stencil.store_result %19 : !stencil.result<f64>
      stencil.return %20 : !stencil.result<f64>
    }
    %17 = stencil.apply (%arg9 = %9 : !stencil.temp<?x?x?xf64>, %arg10 = %11 : !stencil.temp<?x?x?xf64>, %arg11 = %16 : !stencil.temp<?x?x?xf64>, %arg12 = %14 : !stencil.temp<?x?x?xf64>, %arg13 = %15 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e-01 : f64
      %19 = stencil.access %arg12 [-1, 0, 1] : !stencil.temp<?x?x?xf64>
      %20 = stencil.access %arg12 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %21 = arith.subf %19, %20 : f64
      %22 = stencil.access %arg13 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %23 = stencil.access %arg13 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %24 = arith.subf %22, %23 : f64
      %25 = arith.mulf %21, %24 : f64
      %26 = stencil.access %arg12 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %27 = stencil.access %arg12 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %28 = arith.subf %26, %27 : f64
      %29 = stencil.access %arg13 [-1, 0, 1] : !stencil.temp<?x?x?xf64>
      %30 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %31 = arith.subf %29, %30 : f64
      %32 = arith.mulf %28, %31 : f64
      %33 = arith.addf %25, %32 : f64
      %34 = stencil.access %arg11 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %35 = stencil.access %arg11 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %36 = arith.addf %34, %35 : f64
      %37 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %38 = arith.mulf %37, %cst : f64
      %39 = arith.divf %38, %36 : f64
      %40 = arith.mulf %39, %33 : f64
      %41 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.addf %40, %41 : f64
      %43 = stencil.store_result %42 : !stencil.result<f64>
      stencil.return %43 : !stencil.result<f64>
    }
    %18 = stencil.apply (%arg9 = %10 : !stencil.temp<?x?x?xf64>, %arg10 = %12 : !stencil.temp<?x?x?xf64>, %arg11 = %16 : !stencil.temp<?x?x?xf64>, %arg12 = %14 : !stencil.temp<?x?x?xf64>, %arg13 = %15 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e-01 : f64
      %19 = stencil.access %arg12 [0, -1, 1] : !stencil.temp<?x?x?xf64>
      %20 = stencil.access %arg12 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %21 = arith.subf %19, %20 : f64
      %22 = stencil.access %arg13 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %23 = stencil.access %arg13 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %24 = arith.subf %22, %23 : f64
      %25 = arith.mulf %21, %24 : f64
      %26 = stencil.access %arg12 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %27 = stencil.access %arg12 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %28 = arith.subf %26, %27 : f64
      %29 = stencil.access %arg13 [0, -1, 1] : !stencil.temp<?x?x?xf64>
      %30 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %31 = arith.subf %29, %30 : f64
      %32 = arith.mulf %28, %31 : f64
      %33 = arith.addf %25, %32 : f64
      %34 = stencil.access %arg11 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %35 = stencil.access %arg11 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %36 = arith.addf %34, %35 : f64
      %37 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %38 = arith.mulf %37, %cst : f64
      %39 = arith.divf %38, %36 : f64
      %40 = arith.mulf %39, %33 : f64
      %41 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.addf %40, %41 : f64
      %43 = stencil.store_result %42 : !stencil.result<f64>
      stencil.return %43 : !stencil.result<f64>
    }
    stencil.store %17 to %7(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %18 to %8(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/hadvuv.mlir (copied as original/hadvuv.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @hadvuv(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>, %arg3: !stencil.field<?x?x?xf64>, %arg4: !stencil.field<?xf64>, %arg5: !stencil.field<?xf64>, %arg6: !stencil.field<?xf64>, %arg7: !stencil.field<?xf64>) attributes {stencil.program} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %2 = stencil.cast %arg2 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %arg3 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %4 = stencil.cast %arg4 : !stencil.field<?xf64> -> !stencil.field<[-4,68]xf64>
    %5 = stencil.cast %arg5 : !stencil.field<?xf64> -> !stencil.field<[-4,68]xf64>
    %6 = stencil.cast %arg6 : !stencil.field<?xf64> -> !stencil.field<[-4,68]xf64>
    %7 = stencil.cast %arg7 : !stencil.field<?xf64> -> !stencil.field<[-4,68]xf64>
    %8 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %9 = stencil.load %1 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %10 = stencil.load %4 : !stencil.field<[-4,68]xf64> -> !stencil.temp<?xf64>
    %11 = stencil.load %5 : !stencil.field<[-4,68]xf64> -> !stencil.temp<?xf64>
    %12 = stencil.load %6 : !stencil.field<[-4,68]xf64> -> !stencil.temp<?xf64>
    %13 = stencil.load %7 : !stencil.field<[-4,68]xf64> -> !stencil.temp<?xf64>
    %14:2 = stencil.apply (%arg8 = %8 : !stencil.temp<?x?x?xf64>, %arg9 = %10 : !stencil.temp<?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 3.000000e+00 : f64
      %22 = arith.divf %cst, %cst_0 : f64
      %23 = stencil.access %arg8 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %24 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = stencil.access %arg8 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = arith.addf %23, %24 : f64
      %27 = arith.addf %26, %25 : f64
      %28 = arith.mulf %27, %22 : f64
      %29 = stencil.access %arg9 [_, 0, _] : !stencil.temp<?xf64>
      %30 = arith.mulf %28, %29 : f64
      %31 = stencil.store_result %28 : !stencil.result<f64>
      %32 = stencil.store_result %30 : !stencil.result<f64>
      stencil.return %31, %32 : !stencil.result<f64>, !stencil.result<f64>
    }
    %15:2 = stencil.apply (%arg8 = %9 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 6.371229e+06 : f64
      %22 = arith.divf %cst, %cst_0 : f64
      %cst_1 = arith.constant 2.500000e-01 : f64
      %23 = stencil.access %arg8 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %24 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = stencil.access %arg8 [1, -1, 0] : !stencil.temp<?x?x?xf64>
      %26 = stencil.access %arg8 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %27 = arith.addf %23, %24 : f64
      %28 = arith.addf %25, %26 : f64
      %29 = arith.addf %27, %28 : f64
      %30 = arith.mulf %29, %cst_1 : f64
      %31 = arith.mulf %30, %22 : f64
      %32 = stencil.store_result %30 : !stencil.result<f64>
      %33 = stencil.store_result %31 : !stencil.result<f64>
      stencil.return %32, %33 : !stencil.result<f64>, !stencil.result<f64>
    }
    %16 = stencil.apply (%arg8 = %8 : !stencil.temp<?x?x?xf64>, %arg9 = %14#1 : !stencil.temp<?x?x?xf64>, %arg10 = %15#1 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 4.8828125E-4 : f64
      %cst_0 = arith.constant 7.32421875E-4 : f64
      %cst_1 = arith.constant 0.000000e+00 : f64
      %cst_2 = arith.constant -1.000000e+00 : f64
      %cst_3 = arith.constant 3.000000e+00 : f64
      %cst_4 = arith.constant 6.000000e+00 : f64
      %22 = arith.divf %cst_2, %cst_4 : f64
      %cst_5 = arith.constant -5.000000e-01 : f64
      %23 = arith.divf %cst_2, %cst_3 : f64
      %24 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = stencil.access %arg8 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %27 = stencil.access %arg8 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %28 = arith.cmpf ogt, %24, %cst_1 : f64
      %29 = arith.mulf %cst_5, %25 : f64
      %30 = stencil.access %arg8 [-2, 0, 0] : !stencil.temp<?x?x?xf64>
      %31 = arith.addf %29, %26 : f64
      %32 = arith.mulf %23, %27 : f64
      %33 = arith.mulf %22, %30 : f64
      %34 = arith.addf %32, %33 : f64
      %35 = arith.addf %31, %34 : f64
      %36 = arith.mulf %35, %24 : f64
      %37 = stencil.access %arg8 [2, 0, 0] : !stencil.temp<?x?x?xf64>
      %38 = arith.mulf %23, %26 : f64
      %39 = arith.addf %29, %27 : f64
      %40 = arith.mulf %22, %37 : f64
      %41 = arith.addf %38, %40 : f64
      %42 = arith.addf %39, %41 : f64
      %43 = arith.negf %24 : f64
      %44 = arith.mulf %43, %42 : f64
      %45 = arith.select %28, %36, %44 : f64
      %46 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = stencil.access %arg8 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %48 = stencil.access %arg8 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %49 = arith.cmpf ogt, %46, %cst_1 : f64
      %50 = stencil.access %arg8 [0, -2, 0] : !stencil.temp<?x?x?xf64>
      %51 = arith.addf %29, %47 : f64
      %52 = arith.mulf %23, %48 : f64
      %53 = arith.mulf %22, %50 : f64
      %54 = arith.addf %52, %53 : f64
      %55 = arith.addf %51, %54 : f64
      %56 = arith.mulf %55, %46 : f64
      %57 = stencil.access %arg8 [0, 2, 0] : !stencil.temp<?x?x?xf64>
      %58 = arith.mulf %23, %47 : f64
      %59 = arith.addf %29, %48 : f64
      %60 = arith.mulf %22, %57 : f64
      %61 = arith.addf %58, %60 : f64
      %62 = arith.addf %59, %61 : f64
      %63 = arith.negf %46 : f64
      %64 = arith.mulf %63, %62 : f64
      %65 = arith.select %49, %56, %64 : f64
      %66 = arith.mulf %45, %cst : f64
      %67 = arith.mulf %65, %cst_0 : f64
      %68 = arith.addf %66, %67 : f64
      %69 = stencil.store_result %68 : !stencil.result<f64>
      stencil.return %69 : !stencil.result<f64>
    }
    %17 = stencil.apply (%arg8 = %16 : !stencil.temp<?x?x?xf64>, %arg9 = %8 : !stencil.temp<?x?x?xf64>, %arg10 = %15#0 : !stencil.temp<?x?x?xf64>, %arg11 = %12 : !stencil.temp<?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %22 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %24 = stencil.access %arg11 [_, 0, _] : !stencil.temp<?xf64>
      %25 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = arith.mulf %22, %23 : f64
      %27 = arith.mulf %26, %24 : f64
      %28 = arith.addf %27, %25 : f64
      %29 = stencil.store_result %28 : !stencil.result<f64>
      stencil.return %29 : !stencil.result<f64>
    }
    %18:2 = stencil.apply (%arg8 = %8 : !stencil.temp<?x?x?xf64>, %arg9 = %11 : !stencil.temp<?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 2.500000e-01 : f64
      %22 = stencil.access %arg8 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = stencil.access %arg8 [-1, 1, 0] : !stencil.temp<?x?x?xf64>
      %24 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = stencil.access %arg8 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %26 = arith.addf %22, %23 : f64
      %27 = arith.addf %24, %25 : f64
      %28 = arith.addf %26, %27 : f64
      %29 = arith.mulf %28, %cst : f64
      %30 = stencil.access %arg9 [_, 0, _] : !stencil.temp<?xf64>
      %31 = arith.mulf %29, %30 : f64
      %32 = stencil.store_result %29 : !stencil.result<f64>
      %33 = stencil.store_result %31 : !stencil.result<f64>
      stencil.return %32, %33 : !stencil.result<f64>, !stencil.result<f64>
    }
    %19:2 = stencil.apply (%arg8 = %9 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 6.371229e+06 : f64
      %22 = arith.divf %cst, %cst_0 : f64
      %cst_1 = arith.constant 3.000000e+00 : f64
      %23 = arith.divf %cst, %cst_1 : f64
      %24 = stencil.access %arg8 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %25 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = stencil.access %arg8 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %27 = arith.addf %24, %25 : f64
      %28 = arith.addf %27, %26 : f64
      %29 = arith.mulf %28, %23 : f64
      %30 = arith.mulf %29, %22 : f64
      %31 = stencil.store_result %29 : !stencil.result<f64>
      %32 = stencil.store_result %30 : !stencil.result<f64>
      stencil.return %31, %32 : !stencil.result<f64>, !stencil.result<f64>
    }
    %20 = stencil.apply (%arg8 = %9 : !stencil.temp<?x?x?xf64>, %arg9 = %18#1 : !stencil.temp<?x?x?xf64>, %arg10 = %19#1 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 4.8828125E-4 : f64
      %cst_0 = arith.constant 7.32421875E-4 : f64
      %cst_1 = arith.constant 0.000000e+00 : f64
      %cst_2 = arith.constant -1.000000e+00 : f64
      %cst_3 = arith.constant 3.000000e+00 : f64
      %cst_4 = arith.constant 6.000000e+00 : f64
      %22 = arith.divf %cst_2, %cst_4 : f64
      %cst_5 = arith.constant -5.000000e-01 : f64
      %23 = arith.divf %cst_2, %cst_3 : f64
      %24 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %26 = stencil.access %arg8 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %27 = stencil.access %arg8 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %28 = arith.cmpf ogt, %24, %cst_1 : f64
      %29 = arith.mulf %cst_5, %25 : f64
      %30 = stencil.access %arg8 [-2, 0, 0] : !stencil.temp<?x?x?xf64>
      %31 = arith.addf %29, %26 : f64
      %32 = arith.mulf %23, %27 : f64
      %33 = arith.mulf %22, %30 : f64
      %34 = arith.addf %32, %33 : f64
      %35 = arith.addf %31, %34 : f64
      %36 = arith.mulf %35, %24 : f64
      %37 = stencil.access %arg8 [2, 0, 0] : !stencil.temp<?x?x?xf64>
      %38 = arith.mulf %23, %26 : f64
      %39 = arith.addf %29, %27 : f64
      %40 = arith.mulf %22, %37 : f64
      %41 = arith.addf %38, %40 : f64
      %42 = arith.addf %39, %41 : f64
      %43 = arith.negf %24 : f64
      %44 = arith.mulf %43, %42 : f64
      %45 = arith.select %28, %36, %44 : f64
      %46 = stencil.access %arg10 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = stencil.access %arg8 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %48 = stencil.access %arg8 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %49 = arith.cmpf ogt, %46, %cst_1 : f64
      %50 = stencil.access %arg8 [0, -2, 0] : !stencil.temp<?x?x?xf64>
      %51 = arith.addf %29, %47 : f64
      %52 = arith.mulf %23, %48 : f64
      %53 = arith.mulf %22, %50 : f64
      %54 = arith.addf %52, %53 : f64
      %55 = arith.addf %51, %54 : f64
      %56 = arith.mulf %55, %46 : f64
      %57 = stencil.access %arg8 [0, 2, 0] : !stencil.temp<?x?x?xf64>
      %58 = arith.mulf %23, %47 : f64
      %59 = arith.addf %29, %48 : f64
      %60 = arith.mulf %22, %57 : f64
      %61 = arith.addf %58, %60 : f64
      %62 = arith.addf %59, %61 : f64
      %63 = arith.negf %46 : f64
      %64 = arith.mulf %63, %62 : f64
      %65 = arith.select %49, %56, %64 : f64
      %66 = arith.mulf %45, %cst : f64
      %67 = arith.mulf %65, %cst_0 : f64
      %68 = arith.addf %66, %67 : f64
      %69 = stencil.store_result %68 : !stencil.result<f64>
      stencil.return %69 : !stencil.result<f64>
    }
    %21 = stencil.apply (%arg8 = %20 : !stencil.temp<?x?x?xf64>, %arg9 = %18#0 : !stencil.temp<?x?x?xf64>, %arg10 = %13 : !stencil.temp<?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %22 = stencil.access %arg9 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %23 = stencil.access %arg10 [_, 0, _] : !stencil.temp<?xf64>
      %24 = stencil.access %arg8 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %25 = arith.mulf %22, %22 : f64
      %26 = arith.mulf %25, %23 : f64
      %27 = arith.subf %24, %26 : f64
      %28 = stencil.store_result %27 : !stencil.result<f64>
      stencil.return %28 : !stencil.result<f64>
    }
    stencil.store %17 to %2(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %21 to %3(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/fastwaves.mlir (copied as original/fastwaves.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @fastwaves(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>, %arg3: !stencil.field<?x?x?xf64>, %arg4: !stencil.field<?x?x?xf64>, %arg5: !stencil.field<?x?x?xf64>, %arg6: !stencil.field<?x?x?xf64>, %arg7: !stencil.field<?x?x?xf64>, %arg8: !stencil.field<?x?x?xf64>, %arg9: !stencil.field<?x?x?xf64>, %arg10: !stencil.field<?x?x?xf64>, %arg11: !stencil.field<?x?x?xf64>, %arg12: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %2 = stencil.cast %arg2 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %arg3 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %4 = stencil.cast %arg4 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %5 = stencil.cast %arg5 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %6 = stencil.cast %arg6 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %7 = stencil.cast %arg7 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %8 = stencil.cast %arg8 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %9 = stencil.cast %arg9 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %10 = stencil.cast %arg10 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %11 = stencil.cast %arg11 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %12 = stencil.cast %arg12 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %13 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %14 = stencil.load %1 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %15 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %16 = stencil.load %3 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %17 = stencil.load %4 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %18 = stencil.load %5 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %19 = stencil.load %6 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %20 = stencil.load %7 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %21 = stencil.load %8 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %22 = stencil.load %9 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %23 = stencil.apply (%arg13 = %17 : !stencil.temp<?x?x?xf64>, %arg14 = %18 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %32 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.mulf %32, %33 : f64
      %cst = arith.constant 1.000000e+00 : f64
      %35 = arith.subf %cst, %32 : f64
      %36 = stencil.access %arg14 [0, 0, -1] : !stencil.temp<?x?x?xf64>
      %37 = arith.mulf %36, %35 : f64
      %38 = arith.addf %34, %37 : f64
      %39 = stencil.store_result %38 : !stencil.result<f64>
      stencil.return %39 : !stencil.result<f64>
    }
    %24 = stencil.apply (%arg13 = %23 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %32 = stencil.access %arg13 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.subf %32, %33 : f64
      %35 = stencil.store_result %34 : !stencil.result<f64>
      stencil.return %35 : !stencil.result<f64>
    }
    %25 = stencil.apply (%arg13 = %18 : !stencil.temp<?x?x?xf64>, %arg14 = %24 : !stencil.temp<?x?x?xf64>, %arg15 = %19 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %32 = stencil.access %arg13 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.subf %32, %33 : f64
      %cst = arith.constant 5.000000e-01 : f64
      %35 = stencil.access %arg14 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %36 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %37 = arith.addf %35, %36 : f64
      %38 = arith.mulf %cst, %37 : f64
      %39 = stencil.access %arg15 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %40 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [1, 0, 1] : !stencil.temp<?x?x?xf64>
      %42 = stencil.access %arg15 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %43 = arith.addf %39, %40 : f64
      %44 = arith.addf %41, %42 : f64
      %45 = arith.subf %43, %44 : f64
      %46 = arith.subf %39, %40 : f64
      %47 = arith.subf %41, %42 : f64
      %48 = arith.addf %46, %47 : f64
      %49 = arith.divf %45, %48 : f64
      %50 = arith.mulf %38, %49 : f64
      %51 = arith.addf %34, %50 : f64
      %52 = stencil.store_result %51 : !stencil.result<f64>
      stencil.return %52 : !stencil.result<f64>
    }
    %26 = stencil.apply (%arg13 = %18 : !stencil.temp<?x?x?xf64>, %arg14 = %24 : !stencil.temp<?x?x?xf64>, %arg15 = %19 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %32 = stencil.access %arg13 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.subf %32, %33 : f64
      %cst = arith.constant 5.000000e-01 : f64
      %35 = stencil.access %arg14 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %36 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %37 = arith.addf %35, %36 : f64
      %38 = arith.mulf %cst, %37 : f64
      %39 = stencil.access %arg15 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %40 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 1, 1] : !stencil.temp<?x?x?xf64>
      %42 = stencil.access %arg15 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %43 = arith.addf %39, %40 : f64
      %44 = arith.addf %41, %42 : f64
      %45 = arith.subf %43, %44 : f64
      %46 = arith.subf %39, %40 : f64
      %47 = arith.subf %41, %42 : f64
      %48 = arith.addf %46, %47 : f64
      %49 = arith.divf %45, %48 : f64
      %50 = arith.mulf %38, %49 : f64
      %51 = arith.addf %34, %50 : f64
      %52 = stencil.store_result %51 : !stencil.result<f64>
      stencil.return %52 : !stencil.result<f64>
    }
    %27 = stencil.apply (%arg13 = %13 : !stencil.temp<?x?x?xf64>, %arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %25 : !stencil.temp<?x?x?xf64>, %arg16 = %20 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 2.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e-02 : f64
      %32 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg16 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %35 = arith.addf %33, %34 : f64
      %36 = arith.divf %cst, %35 : f64
      %37 = arith.mulf %32, %36 : f64
      %38 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %39 = arith.subf %38, %37 : f64
      %40 = arith.mulf %cst_0, %39 : f64
      %41 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.addf %40, %41 : f64
      %43 = stencil.store_result %42 : !stencil.result<f64>
      stencil.return %43 : !stencil.result<f64>
    }
    %28 = stencil.apply (%arg13 = %15 : !stencil.temp<?x?x?xf64>, %arg14 = %16 : !stencil.temp<?x?x?xf64>, %arg15 = %26 : !stencil.temp<?x?x?xf64>, %arg16 = %20 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 2.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e-02 : f64
      %32 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg16 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %34 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %35 = arith.addf %33, %34 : f64
      %36 = arith.divf %cst, %35 : f64
      %37 = arith.mulf %32, %36 : f64
      %38 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %39 = arith.subf %38, %37 : f64
      %40 = arith.mulf %cst_0, %39 : f64
      %41 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.addf %40, %41 : f64
      %43 = stencil.store_result %42 : !stencil.result<f64>
      stencil.return %43 : !stencil.result<f64>
    }
    %29 = stencil.apply (%arg13 = %17 : !stencil.temp<?x?x?xf64>, %arg14 = %27 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 5.000000e-01 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %32 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg13 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.addf %32, %33 : f64
      %35 = arith.mulf %cst, %34 : f64
      %36 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %37 = stencil.access %arg14 [0, 0, -1] : !stencil.temp<?x?x?xf64>
      %38 = arith.mulf %35, %36 : f64
      %39 = arith.subf %cst_0, %35 : f64
      %40 = arith.mulf %39, %37 : f64
      %41 = arith.addf %38, %40 : f64
      %42 = stencil.store_result %41 : !stencil.result<f64>
      stencil.return %42 : !stencil.result<f64>
    }
    %30 = stencil.apply (%arg13 = %17 : !stencil.temp<?x?x?xf64>, %arg14 = %28 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 5.000000e-01 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %32 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg13 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.addf %32, %33 : f64
      %35 = arith.mulf %cst, %34 : f64
      %36 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %37 = stencil.access %arg14 [0, 0, -1] : !stencil.temp<?x?x?xf64>
      %38 = arith.mulf %35, %36 : f64
      %39 = arith.subf %cst_0, %35 : f64
      %40 = arith.mulf %39, %37 : f64
      %41 = arith.addf %38, %40 : f64
      %42 = stencil.store_result %41 : !stencil.result<f64>
      stencil.return %42 : !stencil.result<f64>
    }
    %31 = stencil.apply (%arg13 = %27 : !stencil.temp<?x?x?xf64>, %arg14 = %29 : !stencil.temp<?x?x?xf64>, %arg15 = %28 : !stencil.temp<?x?x?xf64>, %arg16 = %30 : !stencil.temp<?x?x?xf64>, %arg17 = %21 : !stencil.temp<?x?x?xf64>, %arg18 = %22 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e-01 : f64
      %cst_0 = arith.constant 1.000000e-01 : f64
      %cst_1 = arith.constant 2.000000e-01 : f64
      %cst_2 = arith.constant 3.000000e-01 : f64
      %32 = stencil.access %arg14 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %33 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %34 = arith.subf %32, %33 : f64
      %35 = stencil.access %arg17 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %36 = arith.mulf %34, %35 : f64
      %37 = stencil.access %arg13 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %38 = arith.addf %37, %36 : f64
      %39 = arith.mulf %cst, %38 : f64
      %40 = stencil.access %arg14 [-1, 0, 1] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg14 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.subf %40, %41 : f64
      %43 = stencil.access %arg17 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.mulf %42, %43 : f64
      %45 = stencil.access %arg13 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %46 = arith.subf %44, %45 : f64
      %47 = arith.mulf %cst_0, %46 : f64
      %48 = stencil.access %arg16 [0, 0, 1] : !stencil.temp<?x?x?xf64>
      %49 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %50 = arith.subf %48, %49 : f64
      %51 = stencil.access %arg18 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %52 = arith.mulf %50, %51 : f64
      %53 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %54 = arith.addf %53, %52 : f64
      %55 = arith.mulf %cst_1, %54 : f64
      %56 = stencil.access %arg16 [0, -1, 1] : !stencil.temp<?x?x?xf64>
      %57 = stencil.access %arg16 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %58 = arith.subf %56, %57 : f64
      %59 = stencil.access %arg18 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %60 = arith.mulf %58, %59 : f64
      %61 = stencil.access %arg15 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %62 = arith.subf %60, %61 : f64
      %63 = arith.mulf %cst_2, %62 : f64
      %64 = arith.addf %39, %47 : f64
      %65 = arith.addf %64, %55 : f64
      %66 = arith.addf %63, %65 : f64
      %67 = stencil.store_result %66 : !stencil.result<f64>
      stencil.return %67 : !stencil.result<f64>
    }
    stencil.store %27 to %10(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %28 to %11(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %31 to %12(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

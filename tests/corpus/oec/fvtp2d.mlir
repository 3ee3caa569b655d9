// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/fvtp2d.mlir (copied as original/fvtp2d.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @fvtp2d(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>, %arg2: !stencil.field<?x?x?xf64>, %arg3: !stencil.field<?x?x?xf64>, %arg4: !stencil.field<?x?x?xf64>, %arg5: !stencil.field<?x?x?xf64>, %arg6: !stencil.field<?x?x?xf64>, %arg7: !stencil.field<?x?x?xf64>, %arg8: !stencil.field<?x?x?xf64>, %arg9: !stencil.field<?x?x?xf64>, %arg10: !stencil.field<?x?x?xf64>, %arg11: !stencil.field<?x?x?xf64>, %arg12: !stencil.field<?x?x?xf64>, %arg13: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
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
    %13 = stencil.cast %arg13 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %14 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %15 = stencil.load %1 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %16 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %17 = stencil.load %3 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %18 = stencil.load %4 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %19 = stencil.load %5 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %20 = stencil.load %6 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %21 = stencil.load %7 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %22 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 7.000000e+00 : f64
      %cst_1 = arith.constant 1.200000e+01 : f64
      %40 = arith.divf %cst_0, %cst_1 : f64
      %41 = arith.divf %cst, %cst_1 : f64
      %42 = stencil.access %arg14 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %43 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.addf %42, %43 : f64
      %45 = stencil.access %arg14 [0, -2, 0] : !stencil.temp<?x?x?xf64>
      %46 = stencil.access %arg14 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.addf %45, %46 : f64
      %48 = arith.mulf %40, %44 : f64
      %49 = arith.mulf %41, %47 : f64
      %50 = arith.addf %48, %49 : f64
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %23:4 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %22 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.subf %40, %41 : f64
      %43 = stencil.access %arg15 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.subf %43, %41 : f64
      %45 = arith.addf %42, %44 : f64
      %46 = arith.mulf %42, %44 : f64
      %47 = arith.cmpf olt, %46, %cst : f64
      %48 = arith.select %47, %cst_0, %cst : f64
      %49 = stencil.store_result %42 : !stencil.result<f64>
      %50 = stencil.store_result %44 : !stencil.result<f64>
      %51 = stencil.store_result %45 : !stencil.result<f64>
      %52 = stencil.store_result %48 : !stencil.result<f64>
      stencil.return %49, %50, %51, %52 : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
    }
    %24 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %16 : !stencil.temp<?x?x?xf64>, %arg16 = %23#0 : !stencil.temp<?x?x?xf64>, %arg17 = %23#1 : !stencil.temp<?x?x?xf64>, %arg18 = %23#2 : !stencil.temp<?x?x?xf64>, %arg19 = %23#3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg19 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %41 = arith.cmpf oeq, %40, %cst : f64
      %42 = arith.select %41, %cst_0, %cst : f64
      %43 = stencil.access %arg19 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.mulf %43, %42 : f64
      %45 = arith.addf %40, %44 : f64
      %46 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.cmpf ogt, %46, %cst : f64
      %48 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg17 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.subf %52, %54 : f64
        %56 = arith.subf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      } else {
        %52 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.addf %52, %54 : f64
        %56 = arith.addf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      }
      %49 = arith.mulf %48, %45 : f64
      %50 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg14 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      } else {
        %52 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      }
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %25 = stencil.apply (%arg14 = %20 : !stencil.temp<?x?x?xf64>, %arg15 = %24 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %40 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.mulf %40, %41 : f64
      %43 = stencil.store_result %42 : !stencil.result<f64>
      stencil.return %43 : !stencil.result<f64>
    }
    %26 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %21 : !stencil.temp<?x?x?xf64>, %arg16 = %25 : !stencil.temp<?x?x?xf64>, %arg17 = %18 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %40 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.mulf %40, %41 : f64
      %43 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = stencil.access %arg16 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %45 = arith.subf %43, %44 : f64
      %46 = arith.addf %42, %45 : f64
      %47 = stencil.access %arg17 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %48 = arith.divf %46, %47 : f64
      %49 = stencil.store_result %48 : !stencil.result<f64>
      stencil.return %49 : !stencil.result<f64>
    }
    %27 = stencil.apply (%arg14 = %26 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 7.000000e+00 : f64
      %cst_1 = arith.constant 1.200000e+01 : f64
      %40 = arith.divf %cst_0, %cst_1 : f64
      %41 = arith.divf %cst, %cst_1 : f64
      %42 = stencil.access %arg14 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %43 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.addf %42, %43 : f64
      %45 = stencil.access %arg14 [-2, 0, 0] : !stencil.temp<?x?x?xf64>
      %46 = stencil.access %arg14 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.addf %45, %46 : f64
      %48 = arith.mulf %40, %44 : f64
      %49 = arith.mulf %41, %47 : f64
      %50 = arith.addf %48, %49 : f64
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %28:4 = stencil.apply (%arg14 = %26 : !stencil.temp<?x?x?xf64>, %arg15 = %27 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.subf %40, %41 : f64
      %43 = stencil.access %arg15 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.subf %43, %41 : f64
      %45 = arith.addf %42, %44 : f64
      %46 = arith.mulf %42, %44 : f64
      %47 = arith.cmpf olt, %46, %cst : f64
      %48 = arith.select %47, %cst_0, %cst : f64
      %49 = stencil.store_result %42 : !stencil.result<f64>
      %50 = stencil.store_result %44 : !stencil.result<f64>
      %51 = stencil.store_result %45 : !stencil.result<f64>
      %52 = stencil.store_result %48 : !stencil.result<f64>
      stencil.return %49, %50, %51, %52 : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
    }
    %29 = stencil.apply (%arg14 = %26 : !stencil.temp<?x?x?xf64>, %arg15 = %15 : !stencil.temp<?x?x?xf64>, %arg16 = %28#0 : !stencil.temp<?x?x?xf64>, %arg17 = %28#1 : !stencil.temp<?x?x?xf64>, %arg18 = %28#2 : !stencil.temp<?x?x?xf64>, %arg19 = %28#3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg19 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = arith.cmpf oeq, %40, %cst : f64
      %42 = arith.select %41, %cst_0, %cst : f64
      %43 = stencil.access %arg19 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.mulf %43, %42 : f64
      %45 = arith.addf %40, %44 : f64
      %46 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.cmpf ogt, %46, %cst : f64
      %48 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg17 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.subf %52, %54 : f64
        %56 = arith.subf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      } else {
        %52 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.addf %52, %54 : f64
        %56 = arith.addf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      }
      %49 = arith.mulf %48, %45 : f64
      %50 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg14 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      } else {
        %52 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      }
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %30 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 7.000000e+00 : f64
      %cst_1 = arith.constant 1.200000e+01 : f64
      %40 = arith.divf %cst_0, %cst_1 : f64
      %41 = arith.divf %cst, %cst_1 : f64
      %42 = stencil.access %arg14 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %43 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.addf %42, %43 : f64
      %45 = stencil.access %arg14 [-2, 0, 0] : !stencil.temp<?x?x?xf64>
      %46 = stencil.access %arg14 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.addf %45, %46 : f64
      %48 = arith.mulf %40, %44 : f64
      %49 = arith.mulf %41, %47 : f64
      %50 = arith.addf %48, %49 : f64
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %31:4 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %30 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.subf %40, %41 : f64
      %43 = stencil.access %arg15 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.subf %43, %41 : f64
      %45 = arith.addf %42, %44 : f64
      %46 = arith.mulf %42, %44 : f64
      %47 = arith.cmpf olt, %46, %cst : f64
      %48 = arith.select %47, %cst_0, %cst : f64
      %49 = stencil.store_result %42 : !stencil.result<f64>
      %50 = stencil.store_result %44 : !stencil.result<f64>
      %51 = stencil.store_result %45 : !stencil.result<f64>
      %52 = stencil.store_result %48 : !stencil.result<f64>
      stencil.return %49, %50, %51, %52 : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
    }
    %32 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %15 : !stencil.temp<?x?x?xf64>, %arg16 = %31#0 : !stencil.temp<?x?x?xf64>, %arg17 = %31#1 : !stencil.temp<?x?x?xf64>, %arg18 = %31#2 : !stencil.temp<?x?x?xf64>, %arg19 = %31#3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg19 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = arith.cmpf oeq, %40, %cst : f64
      %42 = arith.select %41, %cst_0, %cst : f64
      %43 = stencil.access %arg19 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.mulf %43, %42 : f64
      %45 = arith.addf %40, %44 : f64
      %46 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.cmpf ogt, %46, %cst : f64
      %48 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg17 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.subf %52, %54 : f64
        %56 = arith.subf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      } else {
        %52 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.addf %52, %54 : f64
        %56 = arith.addf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      }
      %49 = arith.mulf %48, %45 : f64
      %50 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg14 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      } else {
        %52 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      }
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %33 = stencil.apply (%arg14 = %19 : !stencil.temp<?x?x?xf64>, %arg15 = %32 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %40 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.mulf %40, %41 : f64
      %43 = stencil.store_result %42 : !stencil.result<f64>
      stencil.return %43 : !stencil.result<f64>
    }
    %34 = stencil.apply (%arg14 = %14 : !stencil.temp<?x?x?xf64>, %arg15 = %21 : !stencil.temp<?x?x?xf64>, %arg16 = %33 : !stencil.temp<?x?x?xf64>, %arg17 = %17 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %40 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.mulf %40, %41 : f64
      %43 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = stencil.access %arg16 [1, 0, 0] : !stencil.temp<?x?x?xf64>
      %45 = arith.subf %43, %44 : f64
      %46 = arith.addf %42, %45 : f64
      %47 = stencil.access %arg17 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %48 = arith.divf %46, %47 : f64
      %49 = stencil.store_result %48 : !stencil.result<f64>
      stencil.return %49 : !stencil.result<f64>
    }
    %35 = stencil.apply (%arg14 = %34 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 1.000000e+00 : f64
      %cst_0 = arith.constant 7.000000e+00 : f64
      %cst_1 = arith.constant 1.200000e+01 : f64
      %40 = arith.divf %cst_0, %cst_1 : f64
      %41 = arith.divf %cst, %cst_1 : f64
      %42 = stencil.access %arg14 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %43 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.addf %42, %43 : f64
      %45 = stencil.access %arg14 [0, -2, 0] : !stencil.temp<?x?x?xf64>
      %46 = stencil.access %arg14 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.addf %45, %46 : f64
      %48 = arith.mulf %40, %44 : f64
      %49 = arith.mulf %41, %47 : f64
      %50 = arith.addf %48, %49 : f64
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %36:4 = stencil.apply (%arg14 = %34 : !stencil.temp<?x?x?xf64>, %arg15 = %35 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>, !stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.subf %40, %41 : f64
      %43 = stencil.access %arg15 [0, 1, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.subf %43, %41 : f64
      %45 = arith.addf %42, %44 : f64
      %46 = arith.mulf %42, %44 : f64
      %47 = arith.cmpf olt, %46, %cst : f64
      %48 = arith.select %47, %cst_0, %cst : f64
      %49 = stencil.store_result %42 : !stencil.result<f64>
      %50 = stencil.store_result %44 : !stencil.result<f64>
      %51 = stencil.store_result %45 : !stencil.result<f64>
      %52 = stencil.store_result %48 : !stencil.result<f64>
      stencil.return %49, %50, %51, %52 : !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>, !stencil.result<f64>
    }
    %37 = stencil.apply (%arg14 = %34 : !stencil.temp<?x?x?xf64>, %arg15 = %16 : !stencil.temp<?x?x?xf64>, %arg16 = %36#0 : !stencil.temp<?x?x?xf64>, %arg17 = %36#1 : !stencil.temp<?x?x?xf64>, %arg18 = %36#2 : !stencil.temp<?x?x?xf64>, %arg19 = %36#3 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %cst_0 = arith.constant 1.000000e+00 : f64
      %40 = stencil.access %arg19 [0, -1, 0] : !stencil.temp<?x?x?xf64>
      %41 = arith.cmpf oeq, %40, %cst : f64
      %42 = arith.select %41, %cst_0, %cst : f64
      %43 = stencil.access %arg19 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %44 = arith.mulf %43, %42 : f64
      %45 = arith.addf %40, %44 : f64
      %46 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %47 = arith.cmpf ogt, %46, %cst : f64
      %48 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg17 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.subf %52, %54 : f64
        %56 = arith.subf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      } else {
        %52 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = stencil.access %arg18 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %54 = arith.mulf %46, %53 : f64
        %55 = arith.addf %52, %54 : f64
        %56 = arith.addf %cst_0, %46 : f64
        %57 = arith.mulf %56, %55 : f64
        scf.yield %57 : f64
      }
      %49 = arith.mulf %48, %45 : f64
      %50 = scf.if %47 -> (f64) {
        %52 = stencil.access %arg14 [0, -1, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      } else {
        %52 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
        %53 = arith.addf %52, %49 : f64
        scf.yield %53 : f64
      }
      %51 = stencil.store_result %50 : !stencil.result<f64>
      stencil.return %51 : !stencil.result<f64>
    }
    %38 = stencil.apply (%arg14 = %29 : !stencil.temp<?x?x?xf64>, %arg15 = %32 : !stencil.temp<?x?x?xf64>, %arg16 = %19 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 5.000000e-01 : f64
      %40 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.addf %40, %41 : f64
      %43 = arith.mulf %42, %cst : f64
      %44 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %45 = arith.mulf %44, %43 : f64
      %46 = stencil.store_result %45 : !stencil.result<f64>
      stencil.return %46 : !stencil.result<f64>
    }
    %39 = stencil.apply (%arg14 = %37 : !stencil.temp<?x?x?xf64>, %arg15 = %24 : !stencil.temp<?x?x?xf64>, %arg16 = %20 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 5.000000e-01 : f64
      %40 = stencil.access %arg14 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %41 = stencil.access %arg15 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %42 = arith.addf %40, %41 : f64
      %43 = arith.mulf %42, %cst : f64
      %44 = stencil.access %arg16 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %45 = arith.mulf %44, %43 : f64
      %46 = stencil.store_result %45 : !stencil.result<f64>
      stencil.return %46 : !stencil.result<f64>
    }
    stencil.store %26 to %8(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %34 to %9(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %38 to %10(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %32 to %11(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %39 to %12(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    stencil.store %24 to %13(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}

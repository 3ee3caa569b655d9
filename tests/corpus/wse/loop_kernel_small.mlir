// WSE stencil benchmark program, instantiated by tests/corpus/convert_wse.py.
// Repository: https://github.com/xdslproject/wse-stencil
// Commit: 4f200727557ef9a13787ca129032ccbd419f22a7
// Original path: loop-kernel-small.mlir
// Licence: BSD-3-Clause (LICENSE in this folder)
// Profile: halo 2, sizes 100x100x900, step bound 3 (the benchmark's: 100000 but for smoke-test)
builtin.module {
  func.func @loop_kernel_small(%a : !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>, %b : !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>) {
    %time_m = arith.constant 0 : index
    %time_M = arith.constant 3 : index
    %step = arith.constant 1 : index
    %fnp1, %fn = scf.for %time = %time_m to %time_M step %step iter_args(%fi = %a, %fip1 = %b) -> (
        !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>,
        !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>
    ) {
      %0 = "stencil.load"(%fi) : (!stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>) -> !stencil.temp<?x?x?xf32>
      %1 = "stencil.apply"(%0) <{"operandSegmentSizes" = array<i32: 1, 0>}> ({
      ^0(%2 : !stencil.temp<?x?x?xf32>):
        %3 = arith.constant 1.666600e-01 : f32
        %4 = "stencil.access"(%2) {"offset" = #stencil.index<[1, 0, 0]>} : (!stencil.temp<?x?x?xf32>) -> f32
        %5 = "stencil.access"(%2) {"offset" = #stencil.index<[-1, 0, 0]>} : (!stencil.temp<?x?x?xf32>) -> f32
        %6 = "stencil.access"(%2) {"offset" = #stencil.index<[0, 0, 1]>} : (!stencil.temp<?x?x?xf32>) -> f32
        %7 = "stencil.access"(%2) {"offset" = #stencil.index<[0, 0, -1]>} : (!stencil.temp<?x?x?xf32>) -> f32
        %8 = "stencil.access"(%2) {"offset" = #stencil.index<[0, 1, 0]>} : (!stencil.temp<?x?x?xf32>) -> f32
        %9 = "stencil.access"(%2) {"offset" = #stencil.index<[0, -1, 0]>} : (!stencil.temp<?x?x?xf32>) -> f32
        %10 = arith.addf %9, %8 : f32
        %11 = arith.addf %10, %7 : f32
        %12 = arith.addf %11, %6 : f32
        %13 = arith.addf %12, %5 : f32
        %14 = arith.addf %13, %4 : f32
        %15 = arith.mulf %14, %3 : f32
        "stencil.return"(%15) : (f32) -> ()
      }) : (!stencil.temp<?x?x?xf32>) -> !stencil.temp<?x?x?xf32>
      "stencil.store"(%1, %fip1) {"bounds" = #stencil.bounds<[0, 0, 0], [98, 98, 898]>} : (!stencil.temp<?x?x?xf32>, !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>) -> ()
      scf.yield %fip1, %fi : !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>, !stencil.field<[-1,99]x[-1,99]x[-1,899]xf32>
    }
    func.return
  }
}

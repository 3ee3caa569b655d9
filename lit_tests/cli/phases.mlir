// A program no mapping runs whole on npu1 (ten loaded fields, eight shim input channels)
// runs in phases: each maps on its own, the result the later phase reads goes through DDR.
// The report lists the phases; `--emit tile` writes one tile.program per phase, which
// `sparta-sim` runs in order on one list of arrays.

// RUN: sparta-compile %s --target npu1 --check --no-progress | filecheck %s
// RUN: sparta-compile %s --target npu1 --emit tile -o %t.tile.mlir
// RUN: filecheck %s --input-file %t.tile.mlir --check-prefix=TILE
// RUN: sparta-compile %s --reference --save-outputs %t.expected.npz
// RUN: sparta-sim %t.tile.mlir --expect %t.expected.npz --no-progress | filecheck %s --check-prefix=SIM

// CHECK: roofline {{.*}} (phase-aware)
// CHECK: phase 0: 8 applies on {{[0-9]+}} tiles, {{.*}} intermediates 0 B in + {{[0-9,]+}} B out of DDR
// CHECK: phase 1: 2 applies on {{[0-9]+}} tiles, {{.*}} intermediates {{[0-9,]+}} B in + 0 B out of DDR
// CHECK: check vs numpy: passed

// TILE: tile.program @many_phase0 on "npu1"
// TILE-SAME: phase = "0"
// TILE: tile.program @many_phase1 on "npu1"
// TILE-SAME: phase = "1"

// SIM: check vs {{.*}}expected.npz: passed (max abs error 0)
func.func @many(%f0: !stencil.field<[-11,17]x[-1,33]xf32>, %f1: !stencil.field<[-11,17]x[-1,33]xf32>, %f2: !stencil.field<[-11,17]x[-1,33]xf32>, %f3: !stencil.field<[-11,17]x[-1,33]xf32>, %f4: !stencil.field<[-11,17]x[-1,33]xf32>, %f5: !stencil.field<[-11,17]x[-1,33]xf32>, %f6: !stencil.field<[-11,17]x[-1,33]xf32>, %f7: !stencil.field<[-11,17]x[-1,33]xf32>, %f8: !stencil.field<[-11,17]x[-1,33]xf32>, %f9: !stencil.field<[-11,17]x[-1,33]xf32>, %out: !stencil.field<[-11,17]x[-1,33]xf32>) {
  %t0 = stencil.load %f0 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t1 = stencil.load %f1 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t2 = stencil.load %f2 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t3 = stencil.load %f3 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t4 = stencil.load %f4 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t5 = stencil.load %f5 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t6 = stencil.load %f6 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t7 = stencil.load %f7 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t8 = stencil.load %f8 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %t9 = stencil.load %f9 : !stencil.field<[-11,17]x[-1,33]xf32> -> !stencil.temp<?x?xf32>
  %a0 = stencil.apply(%x = %t0 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    stencil.return %s : f32
  }
  %a1 = stencil.apply(%x = %t1 : !stencil.temp<?x?xf32>, %y = %a0 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a2 = stencil.apply(%x = %t2 : !stencil.temp<?x?xf32>, %y = %a1 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a3 = stencil.apply(%x = %t3 : !stencil.temp<?x?xf32>, %y = %a2 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a4 = stencil.apply(%x = %t4 : !stencil.temp<?x?xf32>, %y = %a3 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a5 = stencil.apply(%x = %t5 : !stencil.temp<?x?xf32>, %y = %a4 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a6 = stencil.apply(%x = %t6 : !stencil.temp<?x?xf32>, %y = %a5 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a7 = stencil.apply(%x = %t7 : !stencil.temp<?x?xf32>, %y = %a6 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a8 = stencil.apply(%x = %t8 : !stencil.temp<?x?xf32>, %y = %a7 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  %a9 = stencil.apply(%x = %t9 : !stencil.temp<?x?xf32>, %y = %a8 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %u = stencil.access %y[-1, 0] : !stencil.temp<?x?xf32>
    %v = arith.mulf %s, %u : f32
    stencil.return %v : f32
  }
  stencil.store %a9 to %out(<[0, 0], [16, 32]>) : !stencil.temp<?x?xf32> to !stencil.field<[-11,17]x[-1,33]xf32>
  func.return
}

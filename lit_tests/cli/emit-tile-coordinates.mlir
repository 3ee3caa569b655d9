// Coordinates, reads at computed coordinates and a zero margin survive `--emit tile`: the
// printed tile program (tile.coord, tile.gather, runs passing their rows' coordinates as
// loop-affine arguments, a field buffer padded where the smaller store's apply, computed
// over whole rows, reads one column beyond the field) reads back, verifies and simulates
// to the reference's values.

// RUN: sparta-compile %s --target npu1 --emit tile -o %t.tile.mlir
// RUN: filecheck %s --input-file %t.tile.mlir
// RUN: sparta-opt %t.tile.mlir | sparta-opt | filecheck %s
// RUN: sparta-compile %s --reference --seed 2 --save-outputs %t.expected.npz
// RUN: sparta-sim %t.tile.mlir --seed 2 --expect %t.expected.npz --no-progress | filecheck %s --check-prefix=SIM

// CHECK: tile.external @arg0 arg 0 margin [0, 0, 0, 1] : memref<8x18xf32>
// CHECK: tile.coord 1 axis 0 : vector<16xi64>
// CHECK: tile.gather %{{.*}}[0, 1](%{{.*}}, %{{.*}}) rows : vector<16xi64> -> vector<16xf32>
// CHECK: tile.run @a(@in_g0 + 0, @a_g0_l0 + 0) args [[0, 4], [0, 0]]
// SIM: check vs {{.*}}expected.npz: passed (max abs error 0)
func.func @coords(%in: !stencil.field<[0,8]x[-1,16]xf32>, %aout: !stencil.field<[0,8]x[0,16]xf32>, %bout: !stencil.field<[0,8]x[0,16]xf32>) {
  %t = stencil.load %in : !stencil.field<[0,8]x[-1,16]xf32> -> !stencil.temp<?x?xf32>
  %a = stencil.apply(%x = %t : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %i = stencil.index 1 <[0, 0]>
    %c1 = arith.constant 1 : index
    %j = arith.subi %i, %c1 : index
    %r = stencil.index 0 <[0, 0]>
    %v = stencil.dyn_access %x[%r, %j] in <[0, -1]> : <[0, 0]> : !stencil.temp<?x?xf32>
    %w = arith.index_cast %i : index to i32
    %f = arith.sitofp %w : i32 to f32
    %s = arith.addf %v, %f : f32
    stencil.return %s : f32
  }
  %b = stencil.apply(%x = %t : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %v = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    stencil.return %v : f32
  }
  stencil.store %a to %aout(<[0, 0], [8, 16]>) : !stencil.temp<?x?xf32> to !stencil.field<[0,8]x[0,16]xf32>
  stencil.store %b to %bout(<[0, 0], [8, 4]>) : !stencil.temp<?x?xf32> to !stencil.field<[0,8]x[0,16]xf32>
  func.return
}

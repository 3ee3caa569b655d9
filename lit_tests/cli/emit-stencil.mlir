// `--emit stencil` prints the planned stencil program: the mapping every pass decided,
// as attributes, before the lowering to the tile dialect.
// RUN: sparta-compile %s --emit stencil --strategy uniform --max-tiles 2 | filecheck %s
// RUN: sparta-compile %s --emit stencil --strategy uniform --max-tiles 2 -o %t.mlir
// RUN: filecheck %s --input-file %t.mlir

// Four planes over 2 one-lane groups (2 tiles), stacked in column 2 on shim (2,0);
// lit_tests/passes/stencil-*.mlir derive each value.
// CHECK-LABEL: func.func @planes(
// CHECK-SAME:    sparta.work = {ops = 384 : i64, bytes_in = 960 : i64, bytes_out = 512 : i64, dtype = "i32"}
// CHECK-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 1 : i64, groups = 2 : i64}
// CHECK-SAME:    sparta.partition = {stream_dim = 1 : i64, blocks = [1 : i64, 4 : i64, 8 : i64], pencils = [[0 : i64, 1 : i64], [2 : i64, 3 : i64]]}
// CHECK-SAME:    sparta.placement = {cores = [[[[2 : i64, 1 : i64]]], [[[2 : i64, 2 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]]]}
// CHECK-SAME:    sparta.buffers = {slack = 1 : i64, extra = []}
// CHECK:         stencil.apply({{.*}}) attributes {sparta.stage = 0 : i64}
// CHECK-NOT:     tile.program
func.func @planes(%in: !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>, %out: !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]x[-1,5]x[-1,9]xi32> -> !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>) -> (!stencil.temp<[0,4]x[0,4]x[0,8]xi32>) {
    %n = stencil.access %x[0, -1, 0] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %s = stencil.access %x[0, 1, 0] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %w = stencil.access %x[0, 0, -1] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %e = stencil.access %x[0, 0, 1] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %ns = arith.addi %n, %s : i32
    %we = arith.addi %w, %e : i32
    %sum = arith.addi %ns, %we : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0, 0, 0], [4, 4, 8]>) : !stencil.temp<[0,4]x[0,4]x[0,8]xi32> to !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>
  func.return
}

// Each RUN line takes one case of this file (the others blanked, so line numbers stay those
// of this file) through the passes up to stencil-place with the options it shows.
// DEFINE: %{case} = awk '/^\/\/ -----$/ { n++ } { print (n == k ? $0 : "") }'

// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=8},stencil-replicate,stencil-place' | filecheck %s --check-prefix=LANES
// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2},stencil-replicate,stencil-place' | filecheck %s --check-prefix=STACKED
// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform target=npu1},stencil-replicate{target=npu1},stencil-place{target=npu1}' | filecheck %s --check-prefix=NPU1
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock},stencil-replicate,stencil-place' | filecheck %s --check-prefix=BBLOCK
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock target=npu2},stencil-replicate{target=npu2},stencil-place{target=npu2}' | filecheck %s --check-prefix=BBLOCK-NPU2
// RUN: %{case} k=2 %s | sparta-opt -p 'stencil-prepare,stencil-balance{max-tiles=3},stencil-replicate,stencil-place' | filecheck %s --check-prefix=PIPELINE
// RUN: %{case} k=3 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2},stencil-replicate,stencil-place' | filecheck %s --check-prefix=MARGIN
// RUN: %{case} k=0 %s > %t.0.mlir
// RUN: not sparta-opt %t.0.mlir -p 'stencil-prepare,stencil-balance,stencil-place' 2>&1 | filecheck %s --check-prefix=UNPARTITIONED

// stencil-place records `sparta.placement`: the tile (col, row) of every core as
// cores[group][lane][stage] and each group's (col, row, channel) shim channels for its
// loaded fields (inputs, MM2S) and stores (outputs, S2MM; the lanes of a group share
// them, packet-switched). Input channels are dealt in array order:
// on vck190 the shim DMA columns are 2, 3, 6, 7, ... with channels 0 and 1 each; output
// channels are the free ones nearest the group's first input column. A group sits as close
// to its first input column as a free block allows, scanning rows bottom-up.

// Four groups of two lanes (uniform, 8 tiles): group g reads channel g: (2,0) ch 0 and 1,
// (3,0) ch 0 and 1. Each group is a 1-wide, 2-high block with its lanes stacked. Groups 0
// and 1 fill column 2 rows 1-4; 2 and 3 column 3.
// LANES-LABEL: func.func @planes(
// LANES-SAME:    sparta.placement = {cores = [[[[2 : i64, 1 : i64]], [[2 : i64, 2 : i64]]], [[[2 : i64, 3 : i64]], [[2 : i64, 4 : i64]]], [[[3 : i64, 1 : i64]], [[3 : i64, 2 : i64]]], [[[3 : i64, 3 : i64]], [[3 : i64, 4 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]], [[3 : i64, 0 : i64, 0 : i64]], [[3 : i64, 0 : i64, 1 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]], [[3 : i64, 0 : i64, 0 : i64]], [[3 : i64, 0 : i64, 1 : i64]]]}
// Two one-lane groups, both on shim column 2: stacked in column 2.
// STACKED-LABEL: func.func @planes(
// STACKED-SAME:    sparta.placement = {cores = [[[[2 : i64, 1 : i64]]], [[[2 : i64, 2 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]]]}
// npu1 (columns 0-3, compute rows 2-5, a shim DMA in every column): four groups of four
// lanes, one column each. Group 1 also reads column 0 (channel 1), which group 0 fills,
// so it takes the nearest free column, 1; groups 2 and 3 read column 1 and take the next
// free columns, 2 and 3.
// NPU1-LABEL: func.func @planes(
// NPU1-SAME:    sparta.placement = {cores = [[[[0 : i64, 2 : i64]], [[0 : i64, 3 : i64]], [[0 : i64, 4 : i64]], [[0 : i64, 5 : i64]]], [[[1 : i64, 2 : i64]], [[1 : i64, 3 : i64]], [[1 : i64, 4 : i64]], [[1 : i64, 5 : i64]]], [[[2 : i64, 2 : i64]], [[2 : i64, 3 : i64]], [[2 : i64, 4 : i64]], [[2 : i64, 5 : i64]]], [[[3 : i64, 2 : i64]], [[3 : i64, 3 : i64]], [[3 : i64, 4 : i64]], [[3 : i64, 5 : i64]]]], inputs = [[[0 : i64, 0 : i64, 0 : i64]], [[0 : i64, 0 : i64, 1 : i64]], [[1 : i64, 0 : i64, 0 : i64]], [[1 : i64, 0 : i64, 1 : i64]]], outputs = [[[0 : i64, 0 : i64, 0 : i64]], [[0 : i64, 0 : i64, 1 : i64]], [[1 : i64, 0 : i64, 0 : i64]], [[1 : i64, 0 : i64, 1 : i64]]]}
// UNPARTITIONED-NOT: Traceback
// UNPARTITIONED: {{.*}}.mlir:[[# @LINE + 1]]:1: error: the function has no sparta.partition attribute; run stencil-replicate first
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

// -----

// SPARTA's B-blocks (gen_hdiff_mlir.py): block b uses columns 3g .. 3g+2 (g = b // 2 on
// vck190's 8 rows) for its three stages, rows 1-4 (even b) or 5-8 (odd b) for its four
// lanes, and reads the b-th MM2S channel.
// BBLOCK-LABEL: func.func @chain3(
// BBLOCK-SAME:    sparta.placement = {cores = [[[[0 : i64, 1 : i64], [1 : i64, 1 : i64], [2 : i64, 1 : i64]], [[0 : i64, 2 : i64], [1 : i64, 2 : i64], [2 : i64, 2 : i64]], [[0 : i64, 3 : i64], [1 : i64, 3 : i64], [2 : i64, 3 : i64]], [[0 : i64, 4 : i64], [1 : i64, 4 : i64], [2 : i64, 4 : i64]]], [[[0 : i64, 5 : i64], [1 : i64, 5 : i64], [2 : i64, 5 : i64]], [[0 : i64, 6 : i64], [1 : i64, 6 : i64], [2 : i64, 6 : i64]], [[0 : i64, 7 : i64], [1 : i64, 7 : i64], [2 : i64, 7 : i64]], [[0 : i64, 8 : i64], [1 : i64, 8 : i64], [2 : i64, 8 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]], [[2 : i64, 0 : i64, 1 : i64]]]}
// npu2 has 4 compute rows (2-5): one B-block per column group, g = b.
// BBLOCK-NPU2-LABEL: func.func @chain3(
// BBLOCK-NPU2-SAME:    sparta.placement = {cores = [[[[0 : i64, 2 : i64], [1 : i64, 2 : i64], [2 : i64, 2 : i64]], [[0 : i64, 3 : i64], [1 : i64, 3 : i64], [2 : i64, 3 : i64]], [[0 : i64, 4 : i64], [1 : i64, 4 : i64], [2 : i64, 4 : i64]], [[0 : i64, 5 : i64], [1 : i64, 5 : i64], [2 : i64, 5 : i64]]], [[[3 : i64, 2 : i64], [4 : i64, 2 : i64], [5 : i64, 2 : i64]], [[3 : i64, 3 : i64], [4 : i64, 3 : i64], [5 : i64, 3 : i64]], [[3 : i64, 4 : i64], [4 : i64, 4 : i64], [5 : i64, 4 : i64]], [[3 : i64, 5 : i64], [4 : i64, 5 : i64], [5 : i64, 5 : i64]]]], inputs = [[[0 : i64, 0 : i64, 0 : i64]], [[0 : i64, 0 : i64, 1 : i64]]], outputs = [[[0 : i64, 0 : i64, 0 : i64]], [[0 : i64, 0 : i64, 1 : i64]]]}
func.func @chain3(%in: !stencil.field<[0,2]x[-1,9]x[-1,9]xi32>, %out: !stencil.field<[0,2]x[-1,9]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,2]x[-1,9]x[-1,9]xi32> -> !stencil.temp<[0,2]x[-1,9]x[-1,9]xi32>
  %a = stencil.apply(%x = %t : !stencil.temp<[0,2]x[-1,9]x[-1,9]xi32>) -> (!stencil.temp<[0,2]x[0,8]x[-1,9]xi32>) {
    %n = stencil.access %x[0, -1, 0] : !stencil.temp<[0,2]x[-1,9]x[-1,9]xi32>
    %s = stencil.access %x[0, 1, 0] : !stencil.temp<[0,2]x[-1,9]x[-1,9]xi32>
    %v = arith.addi %n, %s : i32
    stencil.return %v : i32
  }
  %b = stencil.apply(%y = %a : !stencil.temp<[0,2]x[0,8]x[-1,9]xi32>) -> (!stencil.temp<[0,2]x[0,8]x[0,8]xi32>) {
    %w = stencil.access %y[0, 0, -1] : !stencil.temp<[0,2]x[0,8]x[-1,9]xi32>
    %e = stencil.access %y[0, 0, 1] : !stencil.temp<[0,2]x[0,8]x[-1,9]xi32>
    %v = arith.subi %e, %w : i32
    stencil.return %v : i32
  }
  %c = stencil.apply(%z = %b : !stencil.temp<[0,2]x[0,8]x[0,8]xi32>) -> (!stencil.temp<[0,2]x[0,8]x[0,8]xi32>) {
    %p = stencil.access %z[0, 0, 0] : !stencil.temp<[0,2]x[0,8]x[0,8]xi32>
    %k = arith.constant 1 : i32
    %v = arith.shrsi %p, %k : i32
    stencil.return %v : i32
  }
  stencil.store %c to %out(<[0, 0, 0], [2, 8, 8]>) : !stencil.temp<[0,2]x[0,8]x[0,8]xi32> to !stencil.field<[0,2]x[-1,9]x[-1,9]xi32>
  func.return
}

// -----

// Three compute-heavy applies (12 multiplies each) on one 7-row plane (odd: one lane):
// auto pipelines them over the 3 tiles, and one lane's stages stack in one column, where
// each stage reads the previous one's rows from the shared memory of its neighbour.
// PIPELINE-LABEL: func.func @heavy(
// PIPELINE-SAME:    sparta.mapping = {strategy = "auto", stages = 3 : i64, lanes = 1 : i64, groups = 1 : i64}
// PIPELINE-SAME:    sparta.placement = {cores = [[[[2 : i64, 1 : i64], [2 : i64, 2 : i64], [2 : i64, 3 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]]]}
func.func @heavy(%in: !stencil.field<[-1,8]x[-1,9]xi32>, %out: !stencil.field<[-1,8]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,8]x[-1,9]xi32> -> !stencil.temp<[-1,8]x[-1,9]xi32>
  %a = stencil.apply(%x = %t : !stencil.temp<[-1,8]x[-1,9]xi32>) -> (!stencil.temp<[0,7]x[-1,9]xi32>) {
    %p = stencil.access %x[-1, 0] : !stencil.temp<[-1,8]x[-1,9]xi32>
    %q = stencil.access %x[1, 0] : !stencil.temp<[-1,8]x[-1,9]xi32>
    %v0 = arith.muli %p, %q : i32
    %v1 = arith.muli %v0, %q : i32
    %v2 = arith.muli %v1, %q : i32
    %v3 = arith.muli %v2, %q : i32
    %v4 = arith.muli %v3, %q : i32
    %v5 = arith.muli %v4, %q : i32
    %v6 = arith.muli %v5, %q : i32
    %v7 = arith.muli %v6, %q : i32
    %v8 = arith.muli %v7, %q : i32
    %v9 = arith.muli %v8, %q : i32
    %v10 = arith.muli %v9, %q : i32
    %v11 = arith.muli %v10, %q : i32
    stencil.return %v11 : i32
  }
  %b = stencil.apply(%x = %a : !stencil.temp<[0,7]x[-1,9]xi32>) -> (!stencil.temp<[0,7]x[0,8]xi32>) {
    %p = stencil.access %x[0, -1] : !stencil.temp<[0,7]x[-1,9]xi32>
    %q = stencil.access %x[0, 1] : !stencil.temp<[0,7]x[-1,9]xi32>
    %v0 = arith.muli %p, %q : i32
    %v1 = arith.muli %v0, %q : i32
    %v2 = arith.muli %v1, %q : i32
    %v3 = arith.muli %v2, %q : i32
    %v4 = arith.muli %v3, %q : i32
    %v5 = arith.muli %v4, %q : i32
    %v6 = arith.muli %v5, %q : i32
    %v7 = arith.muli %v6, %q : i32
    %v8 = arith.muli %v7, %q : i32
    %v9 = arith.muli %v8, %q : i32
    %v10 = arith.muli %v9, %q : i32
    %v11 = arith.muli %v10, %q : i32
    stencil.return %v11 : i32
  }
  %c = stencil.apply(%x = %b : !stencil.temp<[0,7]x[0,8]xi32>) -> (!stencil.temp<[0,7]x[0,8]xi32>) {
    %p = stencil.access %x[0, 0] : !stencil.temp<[0,7]x[0,8]xi32>
    %q = stencil.access %x[0, 0] : !stencil.temp<[0,7]x[0,8]xi32>
    %v0 = arith.muli %p, %q : i32
    %v1 = arith.muli %v0, %q : i32
    %v2 = arith.muli %v1, %q : i32
    %v3 = arith.muli %v2, %q : i32
    %v4 = arith.muli %v3, %q : i32
    %v5 = arith.muli %v4, %q : i32
    %v6 = arith.muli %v5, %q : i32
    %v7 = arith.muli %v6, %q : i32
    %v8 = arith.muli %v7, %q : i32
    %v9 = arith.muli %v8, %q : i32
    %v10 = arith.muli %v9, %q : i32
    %v11 = arith.muli %v10, %q : i32
    stencil.return %v11 : i32
  }
  stencil.store %c to %out(<[0, 0], [7, 8]>) : !stencil.temp<[0,7]x[0,8]xi32> to !stencil.field<[-1,8]x[-1,9]xi32>
  func.return
}

// -----

// Three loaded fields: each group takes three MM2S channels, and its core receives three
// DMA streams, more than a tile's 2 S2MM channels, so the columns beside it are kept free
// (their tiles' channels land the extra stream), and it sits off the bottom row, whose
// tiles have no memory below. Group 0 reads (2,0) ch 0, 1 and (3,0) ch 0 and sits at
// (2,2), reserving (1,2) and (3,2); group 1 reads (3,0) ch 1, (6,0) ch 0 and 1; in column
// 3 row 2 is reserved, so it sits at (3,3). Outputs: the free S2MM channel nearest each
// group's first input column.
// MARGIN-LABEL: func.func @three_inputs(
// MARGIN-SAME:    sparta.placement = {cores = [[[[2 : i64, 2 : i64]]], [[[3 : i64, 3 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64], [2 : i64, 0 : i64, 1 : i64], [3 : i64, 0 : i64, 0 : i64]], [[3 : i64, 0 : i64, 1 : i64], [6 : i64, 0 : i64, 0 : i64], [6 : i64, 0 : i64, 1 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]], [[3 : i64, 0 : i64, 0 : i64]]]}
func.func @three_inputs(%a: !stencil.field<[0,2]x[0,4]x[0,8]xi32>, %b: !stencil.field<[0,2]x[0,4]x[0,8]xi32>, %c: !stencil.field<[0,2]x[0,4]x[0,8]xi32>, %out: !stencil.field<[0,2]x[0,4]x[0,8]xi32>) {
  %ta = stencil.load %a : !stencil.field<[0,2]x[0,4]x[0,8]xi32> -> !stencil.temp<[0,2]x[0,4]x[0,8]xi32>
  %tb = stencil.load %b : !stencil.field<[0,2]x[0,4]x[0,8]xi32> -> !stencil.temp<[0,2]x[0,4]x[0,8]xi32>
  %tc = stencil.load %c : !stencil.field<[0,2]x[0,4]x[0,8]xi32> -> !stencil.temp<[0,2]x[0,4]x[0,8]xi32>
  %r = stencil.apply(%x = %ta : !stencil.temp<[0,2]x[0,4]x[0,8]xi32>, %y = %tb : !stencil.temp<[0,2]x[0,4]x[0,8]xi32>, %z = %tc : !stencil.temp<[0,2]x[0,4]x[0,8]xi32>) -> (!stencil.temp<[0,2]x[0,4]x[0,8]xi32>) {
    %u = stencil.access %x[0, 0, 0] : !stencil.temp<[0,2]x[0,4]x[0,8]xi32>
    %v = stencil.access %y[0, 0, 0] : !stencil.temp<[0,2]x[0,4]x[0,8]xi32>
    %w = stencil.access %z[0, 0, 0] : !stencil.temp<[0,2]x[0,4]x[0,8]xi32>
    %s = arith.addi %u, %v : i32
    %t = arith.addi %s, %w : i32
    stencil.return %t : i32
  }
  stencil.store %r to %out(<[0, 0, 0], [2, 4, 8]>) : !stencil.temp<[0,2]x[0,4]x[0,8]xi32> to !stencil.field<[0,2]x[0,4]x[0,8]xi32>
  func.return
}

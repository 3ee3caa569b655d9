// Each RUN line takes one case of this file (the others blanked, so line numbers stay those
// of this file) through the passes up to stencil-replicate with the options it shows.
// DEFINE: %{case} = awk '/^\/\/ -----$/ { n++ } { print (n == k ? $0 : "") }'

// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=8},stencil-replicate' | filecheck %s --check-prefix=PLANES
// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{max-tiles=1},stencil-replicate' | filecheck %s --check-prefix=ONEGROUP
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2},stencil-replicate' | filecheck %s --check-prefix=SEGMENTS
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=4},stencil-replicate' | filecheck %s --check-prefix=WHOLE
// RUN: %{case} k=2 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2},stencil-replicate' | filecheck %s --check-prefix=LINE
// RUN: %{case} k=2 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2 target=npu1},stencil-replicate{target=npu1}' | filecheck %s --check-prefix=LINE-NPU1
// RUN: %{case} k=3 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2},stencil-replicate' | filecheck %s --check-prefix=DEPTH
// RUN: %{case} k=0 %s > %t.0.mlir
// RUN: not sparta-opt %t.0.mlir -p stencil-prepare,stencil-replicate 2>&1 | filecheck %s --check-prefix=UNBALANCED

// stencil-replicate records `sparta.partition`: the stream dimension (rows; -1 for 1-D
// programs), the pencil block per dimension, and the pencils of every group, contiguous
// runs whose sizes differ by at most one. Pencils are single planes of outer dimensions
// (up to 8 where the stencil reaches across planes), whole rows and columns; row segments
// are added when the planes do not divide evenly among the groups.

// Four planes: one pencil each, over the 4 groups uniform takes with 8 tiles ...
// PLANES-LABEL: func.func @planes(
// PLANES-SAME:    sparta.partition = {stream_dim = 1 : i64, blocks = [1 : i64, 4 : i64, 8 : i64], pencils = [[0 : i64], [1 : i64], [2 : i64], [3 : i64]]}
// ... or all four in the one group of a 1-tile mapping.
// ONEGROUP-LABEL: func.func @planes(
// ONEGROUP-SAME:    sparta.partition = {stream_dim = 1 : i64, blocks = [1 : i64, 4 : i64, 8 : i64], pencils = [[0 : i64, 1 : i64, 2 : i64, 3 : i64]]}
// Without stencil-balance there is no mapping to partition.
// UNBALANCED-NOT: Traceback
// UNBALANCED: {{.*}}.mlir:[[# @LINE + 1]]:1: error: the function has no sparta.mapping attribute; run stencil-balance first
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

// Three planes of 6 rows. Over 2 groups, planes alone give 3 pencils, which 2 does not
// divide: two segments of ceil(6 / 2) = 3 rows make 6 pencils, 3 per group, in order
// plane 0 (rows 0-2, 3-5), plane 1, plane 2.
// SEGMENTS-LABEL: func.func @three(
// SEGMENTS-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 1 : i64, groups = 2 : i64}
// SEGMENTS-SAME:    sparta.partition = {stream_dim = 1 : i64, blocks = [1 : i64, 3 : i64, 8 : i64], pencils = [[0 : i64, 1 : i64, 2 : i64], [3 : i64, 4 : i64, 5 : i64]]}
// With 4 tiles uniform takes min(32, 4, 3) = 3 groups, which divide 3 planes.
// WHOLE-LABEL: func.func @three(
// WHOLE-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 1 : i64, groups = 3 : i64}
// WHOLE-SAME:    sparta.partition = {stream_dim = 1 : i64, blocks = [1 : i64, 6 : i64, 8 : i64], pencils = [[0 : i64], [1 : i64], [2 : i64]]}
func.func @three(%in: !stencil.field<[0,3]x[-1,7]x[-1,9]xi32>, %out: !stencil.field<[0,3]x[-1,7]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,3]x[-1,7]x[-1,9]xi32> -> !stencil.temp<[0,3]x[-1,7]x[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,3]x[-1,7]x[-1,9]xi32>) -> (!stencil.temp<[0,3]x[0,6]x[0,8]xi32>) {
    %n = stencil.access %x[0, -1, 0] : !stencil.temp<[0,3]x[-1,7]x[-1,9]xi32>
    %s = stencil.access %x[0, 1, 0] : !stencil.temp<[0,3]x[-1,7]x[-1,9]xi32>
    %w = stencil.access %x[0, 0, -1] : !stencil.temp<[0,3]x[-1,7]x[-1,9]xi32>
    %e = stencil.access %x[0, 0, 1] : !stencil.temp<[0,3]x[-1,7]x[-1,9]xi32>
    %ns = arith.addi %n, %s : i32
    %we = arith.addi %w, %e : i32
    %sum = arith.addi %ns, %we : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0, 0, 0], [3, 6, 8]>) : !stencil.temp<[0,3]x[0,6]x[0,8]xi32> to !stencil.field<[0,3]x[-1,7]x[-1,9]xi32>
  func.return
}

// -----

// 1-D: no stream dimension; chunks of the largest power of two with 16 points per KB of
// local memory, 32 KB / (16 x 4 bytes) = 512 points on vck190 (2 pencils), 1024 on npu1's
// 64 KB (1 pencil, hence 1 group).
// LINE-LABEL: func.func @line(
// LINE-SAME:    sparta.partition = {stream_dim = -1 : i64, blocks = [512 : i64], pencils = [[0 : i64], [1 : i64]]}
// LINE-NPU1-LABEL: func.func @line(
// LINE-NPU1-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 1 : i64, groups = 1 : i64}
// LINE-NPU1-SAME:    sparta.partition = {stream_dim = -1 : i64, blocks = [1024 : i64], pencils = [[0 : i64]]}
func.func @line(%in: !stencil.field<[-1,1025]xi32>, %out: !stencil.field<[-1,1025]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,1025]xi32> -> !stencil.temp<[-1,1025]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,1025]xi32>) -> (!stencil.temp<[0,1024]xi32>) {
    %w = stencil.access %x[-1] : !stencil.temp<[-1,1025]xi32>
    %e = stencil.access %x[1] : !stencil.temp<[-1,1025]xi32>
    %s = arith.addi %w, %e : i32
    stencil.return %s : i32
  }
  stencil.store %r to %out(<[0], [1024]>) : !stencil.temp<[0,1024]xi32> to !stencil.field<[-1,1025]xi32>
  func.return
}

// -----

// Reaching across planes (k-1, k+1): blocks of 8 planes, the last one short (10 = 8 + 2).
// DEPTH-LABEL: func.func @depth(
// DEPTH-SAME:    sparta.partition = {stream_dim = 1 : i64, blocks = [8 : i64, 4 : i64, 8 : i64], pencils = [[0 : i64], [1 : i64]]}
func.func @depth(%in: !stencil.field<[-1,11]x[0,4]x[0,8]xi32>, %out: !stencil.field<[-1,11]x[0,4]x[0,8]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,11]x[0,4]x[0,8]xi32> -> !stencil.temp<[-1,11]x[0,4]x[0,8]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,11]x[0,4]x[0,8]xi32>) -> (!stencil.temp<[0,10]x[0,4]x[0,8]xi32>) {
    %d = stencil.access %x[-1, 0, 0] : !stencil.temp<[-1,11]x[0,4]x[0,8]xi32>
    %u = stencil.access %x[1, 0, 0] : !stencil.temp<[-1,11]x[0,4]x[0,8]xi32>
    %s = arith.addi %d, %u : i32
    stencil.return %s : i32
  }
  stencil.store %r to %out(<[0, 0, 0], [10, 4, 8]>) : !stencil.temp<[0,10]x[0,4]x[0,8]xi32> to !stencil.field<[-1,11]x[0,4]x[0,8]xi32>
  func.return
}

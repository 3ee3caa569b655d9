// Each RUN line takes one case of this file (the others blanked, so line numbers stay those
// of this file) through the passes up to stencil-buffers with the options it shows. Cases
// 2 and 3 carry stencil-balance's and stencil-place's attributes themselves, to fix a
// mapping the strategies would not choose.
// DEFINE: %{case} = awk '/^\/\/ -----$/ { n++ } { print (n == k ? $0 : "") }'

// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=8},stencil-replicate,stencil-place,stencil-buffers' | filecheck %s --check-prefix=DEFAULT
// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=8},stencil-replicate,stencil-place,stencil-buffers{slack=2}' | filecheck %s --check-prefix=SLACK2
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=1},stencil-replicate,stencil-place' | filecheck %s --check-prefix=PLACED
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=1},stencil-replicate,stencil-place,stencil-buffers' | filecheck %s --check-prefix=NARROWED
// RUN: %{case} k=2 %s | sparta-opt -p 'stencil-prepare,stencil-replicate,stencil-place,stencil-buffers' | filecheck %s --check-prefix=BROADCAST
// RUN: %{case} k=3 %s | not sparta-opt -p 'stencil-prepare,stencil-buffers' 2>&1 | filecheck %s --check-prefix=OVERFLOW
// RUN: %{case} k=0 %s > %t.0.mlir
// RUN: not sparta-opt %t.0.mlir -p 'stencil-prepare,stencil-balance,stencil-replicate,stencil-buffers' 2>&1 | filecheck %s --check-prefix=UNPLACED

// stencil-buffers records `sparta.buffers`: `slack`, the buffers every fifo end gets beyond
// its window plus one (so a producer writes while the consumer reads), and `extra`,
// [fifo role, lane, stage, buffers] for broadcast ends that trail the first consumer.
// A tile whose memory overflows drops the slack, then narrows pencils along the vector
// dimension (2, 3, ... column blocks) and rewrites `sparta.partition`.

// Four planes of 4 x 8 i32 fit easily: default slack 1, or as asked.
// DEFAULT-LABEL: func.func @planes(
// DEFAULT-SAME:    sparta.buffers = {slack = 1 : i64, extra = []}
// SLACK2-LABEL: func.func @planes(
// SLACK2-SAME:    sparta.buffers = {slack = 2 : i64, extra = []}
// UNPLACED-NOT: Traceback
// UNPLACED: {{.*}}.mlir:[[# @LINE + 1]]:1: error: the function has no sparta.placement attribute; run stencil-place first
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

// 2048 columns of i32 on one vck190 core (32 KB): the input end holds its 3-row window
// plus 1 plus slack 1 = 5 rows of 2050 x 4 bytes (41000 B) alone, too much even without
// slack. Two column blocks of 1024 fit with slack: 1 KB stack + 5 x 1026 x 4 (input) +
// 2 x 1024 x 4 (output, double-buffered) = 29736 bytes. The plane becomes 2 pencils.
// PLACED-LABEL: func.func @wide(
// PLACED-SAME:    sparta.partition = {stream_dim = 0 : i64, blocks = [4 : i64, 2048 : i64], pencils = [[0 : i64]]}
// NARROWED-LABEL: func.func @wide(
// NARROWED-SAME:    sparta.partition = {stream_dim = 0 : i64, blocks = [4 : i64, 1024 : i64], pencils = [[0 : i64, 1 : i64]]}
// NARROWED-SAME:    sparta.buffers = {slack = 1 : i64, extra = []}
func.func @wide(%in: !stencil.field<[-1,5]x[-1,2049]xi32>, %out: !stencil.field<[-1,5]x[-1,2049]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,5]x[-1,2049]xi32> -> !stencil.temp<[-1,5]x[-1,2049]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,5]x[-1,2049]xi32>) -> (!stencil.temp<[0,4]x[0,2048]xi32>) {
    %n = stencil.access %x[-1, 0] : !stencil.temp<[-1,5]x[-1,2049]xi32>
    %s = stencil.access %x[1, 0] : !stencil.temp<[-1,5]x[-1,2049]xi32>
    %w = stencil.access %x[0, -1] : !stencil.temp<[-1,5]x[-1,2049]xi32>
    %e = stencil.access %x[0, 1] : !stencil.temp<[-1,5]x[-1,2049]xi32>
    %ns = arith.addi %n, %s : i32
    %we = arith.addi %w, %e : i32
    %sum = arith.addi %ns, %we : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0, 0], [4, 2048]>) : !stencil.temp<[0,4]x[0,2048]xi32> to !stencil.field<[-1,5]x[-1,2049]xi32>
  func.return
}

// -----

// Two stages, both reading %in: stage 0 at row r, stage 1 at row r but only after stage
// 0 has produced %a up to row r + 3, so its end of the %in broadcast must hold rows
// r .. r + 3 while the shim keeps sending. Its window-sized end fills, a probe simulation
// of the first pencils deadlocks on it, and it gets 2 more buffers (the first growth
// step), after which the probe completes.
// BROADCAST-LABEL: func.func @broadcast(
// BROADCAST-SAME:    sparta.buffers = {slack = 1 : i64, extra = {{\[}}["in", 0 : i64, 1 : i64, 2 : i64]]}
func.func @broadcast(%in: !stencil.field<[0,2]x[-3,11]x[0,8]xi32>, %out: !stencil.field<[0,2]x[-3,11]x[0,8]xi32>) attributes {sparta.mapping = {strategy = "auto", stages = 2 : i64, lanes = 1 : i64, groups = 1 : i64}} {
  %t = stencil.load %in : !stencil.field<[0,2]x[-3,11]x[0,8]xi32> -> !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>
  %a = stencil.apply(%x = %t : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>) -> (!stencil.temp<[0,2]x[-3,11]x[0,8]xi32>) attributes {sparta.stage = 0 : i64} {
    %c = stencil.access %x[0, 0, 0] : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>
    %v = arith.addi %c, %c : i32
    stencil.return %v : i32
  }
  %b = stencil.apply(%x = %t : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>, %y = %a : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>) -> (!stencil.temp<[0,2]x[0,8]x[0,8]xi32>) attributes {sparta.stage = 1 : i64} {
    %n = stencil.access %y[0, -3, 0] : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>
    %s = stencil.access %y[0, 3, 0] : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>
    %c = stencil.access %x[0, 0, 0] : !stencil.temp<[0,2]x[-3,11]x[0,8]xi32>
    %d = arith.subi %n, %s : i32
    %v = arith.addi %d, %c : i32
    stencil.return %v : i32
  }
  stencil.store %b to %out(<[0, 0, 0], [2, 8, 8]>) : !stencil.temp<[0,2]x[0,8]x[0,8]xi32> to !stencil.field<[0,2]x[-3,11]x[0,8]xi32>
  func.return
}

// -----

// 27001 columns with the mapping fixed: even cut into 16 column blocks (of 1688, the last
// overlapping the one before), 1 KB stack + 5 x 1690 x 4 bytes of input end + 2 x 1688 x 4
// bytes of output exceed 32 KB; the error reports the unnarrowed pencil, 1 KB +
// 5 x 27003 x 4 + 2 x 27001 x 4 bytes = 739.3 KB.
// OVERFLOW-NOT: Traceback
// OVERFLOW: error: tile (2,1) needs 739.3 KB of 32 KB local memory (stack 1.0 KB, fifo in_g0 end of (2,1) (5 x 108012 B) 527.4 KB, fifo r_g0 (2 x 108004 B) 210.9 KB); dropping the extra buffers and narrowing pencils down to 16 column blocks did not fit either: use more stages (fewer streams per core), another strategy, or a smaller grid
func.func @too_wide(%in: !stencil.field<[-1,5]x[-1,27002]xi32>, %out: !stencil.field<[-1,5]x[-1,27002]xi32>) attributes {sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 1 : i64, groups = 1 : i64}, sparta.partition = {stream_dim = 0 : i64, blocks = [4 : i64, 27001 : i64], pencils = [[0 : i64]]}, sparta.placement = {cores = [[[[2 : i64, 1 : i64]]]], inputs = [[[2 : i64, 0 : i64, 0 : i64]]], outputs = [[[2 : i64, 0 : i64, 0 : i64]]]}} {
  %t = stencil.load %in : !stencil.field<[-1,5]x[-1,27002]xi32> -> !stencil.temp<[-1,5]x[-1,27002]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,5]x[-1,27002]xi32>) -> (!stencil.temp<[0,4]x[0,27001]xi32>) attributes {sparta.stage = 0 : i64} {
    %n = stencil.access %x[-1, 0] : !stencil.temp<[-1,5]x[-1,27002]xi32>
    %s = stencil.access %x[1, 0] : !stencil.temp<[-1,5]x[-1,27002]xi32>
    %w = stencil.access %x[0, -1] : !stencil.temp<[-1,5]x[-1,27002]xi32>
    %e = stencil.access %x[0, 1] : !stencil.temp<[-1,5]x[-1,27002]xi32>
    %ns = arith.addi %n, %s : i32
    %we = arith.addi %w, %e : i32
    %sum = arith.addi %ns, %we : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0, 0], [4, 27001]>) : !stencil.temp<[0,4]x[0,27001]xi32> to !stencil.field<[-1,5]x[-1,27002]xi32>
  func.return
}

// Each RUN line takes one case of this file (the others blanked, so line numbers stay those
// of this file) through stencil-prepare and stencil-balance with the options it shows.
// DEFINE: %{case} = awk '/^\/\/ -----$/ { n++ } { print (n == k ? $0 : "") }'

// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=8}' | filecheck %s --check-prefix=UNIFORM8
// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2}' | filecheck %s --check-prefix=UNIFORM2
// RUN: %{case} k=0 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform target=npu1}' | filecheck %s --check-prefix=NPU1
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{max-tiles=1}' | filecheck %s --check-prefix=AUTO1
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform}' | filecheck %s --check-prefix=UNIFORM
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock target=npu2}' | filecheck %s --check-prefix=BBLOCK
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock max-tiles=12}' | filecheck %s --check-prefix=BBLOCK12
// RUN: %{case} k=0 %s | not sparta-opt -p 'stencil-prepare,stencil-balance{strategy=fastest}' 2>&1 | filecheck %s --check-prefix=UNKNOWN
// RUN: %{case} k=0 %s | not sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock target=npu2}' 2>&1 | filecheck %s --check-prefix=STAGES
// RUN: %{case} k=1 %s | not sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock max-tiles=8}' 2>&1 | filecheck %s --check-prefix=TILES
// RUN: %{case} k=2 %s | not sparta-opt -p 'stencil-prepare,stencil-balance{strategy=sparta-bblock target=npu2}' 2>&1 | filecheck %s --check-prefix=ROWS

// stencil-balance records the stage of every apply (`sparta.stage`) and the pipeline shape
// (`sparta.mapping`: strategy, stages per lane, lanes per group, groups) of the best-ranked
// decision whose mapping fits the device. Rows stream along dim 1 (the second to last),
// so a plane is one pencil; the programs below read one field and write one, so every
// group needs one MM2S and one S2MM shim channel: vck190 has 32 of each, npu1 8.

// Four planes of 4 x 8, one apply.
// uniform (each core runs every apply) with 8 tiles: groups = min(32 channels, 8 tiles,
// 4 pencils) = 4; lanes as many as fit: 4 x 4 > 8, 4 x 2 = 8, and 2 divides the 4 rows.
// UNIFORM8-LABEL: func.func @planes(
// UNIFORM8-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 2 : i64, groups = 4 : i64}
// UNIFORM8:         stencil.apply({{.*}}) -> (!stencil.temp<[0,4]x[0,4]x[0,8]xi32>) attributes {sparta.stage = 0 : i64}
// With 2 tiles: groups = min(32, 2, 4) = 2, one lane each.
// UNIFORM2-LABEL: func.func @planes(
// UNIFORM2-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 1 : i64, groups = 2 : i64}
// npu1, all 16 tiles: groups = min(8, 16, 4) = 4, lanes 4 (4 x 4 = 16).
// NPU1-LABEL: func.func @planes(
// NPU1-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 4 : i64, groups = 4 : i64}
// sparta-bblock needs three stages; one apply cannot make them.
// STAGES-NOT: Traceback
// STAGES: error: sparta-bblock needs the program cut into three stages; run stencil-inlining and stencil-split{parts=3} first (the sparta-bblock pipeline does)
// UNKNOWN: error: unknown strategy 'fastest': use auto, uniform, sparta-bblock

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

// Two planes of 8 x 8, three chained applies.
// auto with 1 tile: one stage, one lane, one group; every apply in stage 0.
// AUTO1-LABEL: func.func @chain3(
// AUTO1-SAME:    sparta.mapping = {strategy = "auto", stages = 1 : i64, lanes = 1 : i64, groups = 1 : i64}
// AUTO1-COUNT-3: attributes {sparta.stage = 0 : i64}
// uniform on vck190 ranks groups = min(32, 400, 2) = 2 with 4 lanes first, and that
// mapping fits: the lanes' outputs merge packet-switched into the group's output channel.
// UNIFORM-LABEL: func.func @chain3(
// UNIFORM-SAME:    sparta.mapping = {strategy = "uniform", stages = 1 : i64, lanes = 4 : i64, groups = 2 : i64}
// sparta-bblock: three stages (one apply each: the min-max cut of three costs into three
// parts), four lanes, one B-block per pencil on npu2 (24 of its 32 tiles)...
// BBLOCK-LABEL: func.func @chain3(
// BBLOCK-SAME:    sparta.mapping = {strategy = "sparta-bblock", stages = 3 : i64, lanes = 4 : i64, groups = 2 : i64}
// BBLOCK:         %a = stencil.apply({{.*}}) attributes {sparta.stage = 0 : i64}
// BBLOCK:         %b = stencil.apply({{.*}}) attributes {sparta.stage = 1 : i64}
// BBLOCK:         %c = stencil.apply({{.*}}) attributes {sparta.stage = 2 : i64}
// ... and as many as 12 tiles allow on vck190: one.
// BBLOCK12-LABEL: func.func @chain3(
// BBLOCK12-SAME:    sparta.mapping = {strategy = "sparta-bblock", stages = 3 : i64, lanes = 4 : i64, groups = 1 : i64}
// A B-block is 3 x 4 tiles.
// TILES: error: sparta-bblock needs 12 tiles per B-block; --max-tiles 8 is fewer

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

// Three rows leave one of SPARTA's four lanes without a row (rows not divisible by four
// are dealt unevenly, the first lanes taking one more).
// ROWS: error: sparta-bblock splits rows over 4 lanes; the pencil has 3 rows (at least 4 needed)

func.func @rows3(%in: !stencil.field<[0,2]x[-1,4]x[-1,9]xi32>, %out: !stencil.field<[0,2]x[-1,4]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,2]x[-1,4]x[-1,9]xi32> -> !stencil.temp<[0,2]x[-1,4]x[-1,9]xi32>
  %a = stencil.apply(%x = %t : !stencil.temp<[0,2]x[-1,4]x[-1,9]xi32>) -> (!stencil.temp<[0,2]x[0,3]x[-1,9]xi32>) {
    %n = stencil.access %x[0, -1, 0] : !stencil.temp<[0,2]x[-1,4]x[-1,9]xi32>
    %s = stencil.access %x[0, 1, 0] : !stencil.temp<[0,2]x[-1,4]x[-1,9]xi32>
    %v = arith.addi %n, %s : i32
    stencil.return %v : i32
  }
  %b = stencil.apply(%y = %a : !stencil.temp<[0,2]x[0,3]x[-1,9]xi32>) -> (!stencil.temp<[0,2]x[0,3]x[0,8]xi32>) {
    %w = stencil.access %y[0, 0, -1] : !stencil.temp<[0,2]x[0,3]x[-1,9]xi32>
    %e = stencil.access %y[0, 0, 1] : !stencil.temp<[0,2]x[0,3]x[-1,9]xi32>
    %v = arith.subi %e, %w : i32
    stencil.return %v : i32
  }
  %c = stencil.apply(%z = %b : !stencil.temp<[0,2]x[0,3]x[0,8]xi32>) -> (!stencil.temp<[0,2]x[0,3]x[0,8]xi32>) {
    %p = stencil.access %z[0, 0, 0] : !stencil.temp<[0,2]x[0,3]x[0,8]xi32>
    %k = arith.constant 1 : i32
    %v = arith.shrsi %p, %k : i32
    stencil.return %v : i32
  }
  stencil.store %c to %out(<[0, 0, 0], [2, 3, 8]>) : !stencil.temp<[0,2]x[0,3]x[0,8]xi32> to !stencil.field<[0,2]x[-1,4]x[-1,9]xi32>
  func.return
}

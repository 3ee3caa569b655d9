// Each RUN line takes one case of this file (the others blanked, so line numbers stay those
// of this file) through the whole stencil pipeline; reading the lowered program back runs
// the tile verifiers and the device-rule validator, and must print it unchanged.
// DEFINE: %{case} = awk '/^\/\/ -----$/ { n++ } { print (n == k ? $0 : "") }'
// DEFINE: %{pipeline} = stencil-prepare,stencil-balance,stencil-replicate,stencil-place,stencil-buffers,stencil-to-tile

// RUN: %{case} k=0 %s | sparta-opt -p '%{pipeline}' -o %t.0.tile.mlir
// RUN: filecheck %s --check-prefix=LINE --input-file %t.0.tile.mlir
// RUN: sparta-opt %t.0.tile.mlir | filecheck %s --check-prefix=LINE
// RUN: %{case} k=1 %s | sparta-opt -p 'stencil-prepare,stencil-balance{strategy=uniform max-tiles=2},stencil-replicate,stencil-place,stencil-buffers,stencil-to-tile' -o %t.1.tile.mlir
// RUN: filecheck %s --check-prefix=PLANES --input-file %t.1.tile.mlir
// RUN: sparta-opt %t.1.tile.mlir | filecheck %s --check-prefix=PLANES
// RUN: %{case} k=1 %s > %t.1.mlir
// RUN: not sparta-opt %t.1.mlir -p 'stencil-prepare,stencil-balance,stencil-replicate,stencil-place,stencil-to-tile' 2>&1 | filecheck %s --check-prefix=UNBUFFERED

// stencil-to-tile replaces the module's contents with a `tile.program`: the tiles used,
// the arguments as external buffers, one fifo per stream (shim to core, core to core,
// core to shim) with its depth, one kernel per apply (vector ops over token windows),
// each core's acquire/run/release program, and the shim transfers with their access
// patterns (offsets count from the field's lower bound, strides in elements).

// 1-D, 8 points: one core at (2,1) under shim (2,0). A token is the whole 10-point row
// (halo included) and the window one token; %w and %e are its elements 0 and 2. The
// input end holds window + 1 + slack 1 = 3 tokens; the output is double-buffered.
// LINE-LABEL: tile.program @sum3 on "vck190" work(ops 8, bytes_in 40, bytes_out 32, dtype i32) attributes {strategy = "auto", partition = "stream dim None, pencil blocks [8], 1 pencils over 1 groups (1 each), 1 lane(s), 1 stage(s)", placement = "1 cores; shim in channels (2,0):0"} {
// LINE-NEXT:    %shim2.0 = tile.tile shim (2, 0)
// LINE-NEXT:    %tile2.1 = tile.tile compute (2, 1)
// LINE-NEXT:    tile.external @arg0 arg 0 : memref<10xi32>
// LINE-NEXT:    tile.external @arg1 arg 1 : memref<10xi32>
// LINE-NEXT:    tile.fifo @in_g0 (%shim2.0 -> %tile2.1 dma depth 3 channel 0 hops 1) depth 0 channel 0 : memref<10xi32>
// LINE-NEXT:    tile.fifo @r_g0 (%tile2.1 -> %shim2.0 dma depth 0 channel 0 hops 1) depth 2 channel 0 : memref<8xi32>
// LINE-NEXT:    tile.kernel @r(%w0: !tile.window<consume 1 x memref<10xi32>>, %w1: !tile.window<produce 1 x memref<8xi32>>) {
// LINE-NEXT:      %0 = tile.read %w0[0, 0] : vector<8xi32>
// LINE-NEXT:      %1 = tile.read %w0[0, 2] : vector<8xi32>
// LINE-NEXT:      %2 = arith.addi %0, %1 : vector<8xi32>
// LINE-NEXT:      tile.write %2, %w1[0, 0] : vector<8xi32>
// LINE-NEXT:      tile.yield
// LINE-NEXT:    }
// LINE-NEXT:    tile.core(%tile2.1) {
// LINE-NEXT:      tile.acquire @in_g0 consume 1
// LINE-NEXT:      tile.acquire @r_g0 produce 1
// LINE-NEXT:      tile.run @r(@in_g0 + 0, @r_g0 + 0)
// LINE-NEXT:      tile.release @r_g0 produce 1
// LINE-NEXT:      tile.release @in_g0 consume 1
// LINE-NEXT:    }
// LINE-NEXT:    tile.transfer mm2s %shim2.0 channel 0 @arg0 -> @in_g0 [offset 0, sizes [10], strides [1]]
// LINE-NEXT:    tile.transfer s2mm %shim2.0 channel 0 @r_g0 -> @arg1 [offset 1, sizes [8], strides [1]]
// LINE-NEXT:  }
// LINE-NOT:   func.func
func.func @sum3(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
    %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
    %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
    %s = arith.addi %w, %e : i32
    stencil.return %s : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

// -----

// Four planes of 4 x 8 over two one-lane groups (2 planes each) stacked in column 2, fed
// by channels 0 and 1 of shim (2,0). Rows stream along dim 1: a token is a 10-element row,
// the window three rows; %n, %s, %w, %e read tokens 0, 2, 1, 1 at elements 1, 1, 0, 2.
// Per plane, the core computes 4 rows, releasing one input row after each of the first
// three and the last three after the fourth: loops of 3 inside loops of 2 planes. A
// transfer streams 2 planes x 6 rows x 10 elements from plane 0 (offset 0) or plane 2
// (offset 2 x 60); results go to rows 0-3 and columns 0-7 of each plane (offset 1 x 10 + 1).
// PLANES-LABEL: tile.program @planes on "vck190" work(ops 384, bytes_in 960, bytes_out 512, dtype i32) attributes {strategy = "uniform", partition = "stream dim 1, pencil blocks [1, 4, 8], 4 pencils over 2 groups (2 each), 1 lane(s), 1 stage(s)", placement = "2 cores; shim in channels (2,0):0, (2,0):1"} {
// PLANES-NEXT:    %shim2.0 = tile.tile shim (2, 0)
// PLANES-NEXT:    %tile2.1 = tile.tile compute (2, 1)
// PLANES-NEXT:    %tile2.2 = tile.tile compute (2, 2)
// PLANES-NEXT:    tile.external @arg0 arg 0 : memref<4x6x10xi32>
// PLANES-NEXT:    tile.external @arg1 arg 1 : memref<4x6x10xi32>
// PLANES-NEXT:    tile.fifo @in_g0 (%shim2.0 -> %tile2.1 dma depth 5 channel 0 hops 1) depth 0 channel 0 : memref<10xi32>
// PLANES-NEXT:    tile.fifo @in_g1 (%shim2.0 -> %tile2.2 dma depth 5 channel 0 hops 2) depth 0 channel 1 : memref<10xi32>
// PLANES-NEXT:    tile.fifo @r_g0 (%tile2.1 -> %shim2.0 dma depth 0 channel 0 hops 1) depth 2 channel 0 : memref<8xi32>
// PLANES-NEXT:    tile.fifo @r_g1 (%tile2.2 -> %shim2.0 dma depth 0 channel 1 hops 2) depth 2 channel 0 : memref<8xi32>
// PLANES-NEXT:    tile.kernel @r(%w0: !tile.window<consume 3 x memref<10xi32>>, %w1: !tile.window<produce 1 x memref<8xi32>>) {
// PLANES-NEXT:      %0 = tile.read %w0[0, 1] : vector<8xi32>
// PLANES-NEXT:      %1 = tile.read %w0[2, 1] : vector<8xi32>
// PLANES-NEXT:      %2 = tile.read %w0[1, 0] : vector<8xi32>
// PLANES-NEXT:      %3 = tile.read %w0[1, 2] : vector<8xi32>
// PLANES-NEXT:      %4 = arith.addi %0, %1 : vector<8xi32>
// PLANES-NEXT:      %5 = arith.addi %2, %3 : vector<8xi32>
// PLANES-NEXT:      %6 = arith.addi %4, %5 : vector<8xi32>
// PLANES-NEXT:      tile.write %6, %w1[0, 0] : vector<8xi32>
// PLANES-NEXT:      tile.yield
// PLANES-NEXT:    }
// PLANES-NEXT:    tile.core(%tile2.1) {
// PLANES-NEXT:      tile.loop 2 {
// PLANES-NEXT:        tile.loop 3 {
// PLANES-NEXT:          tile.acquire @in_g0 consume 3
// PLANES-NEXT:          tile.acquire @r_g0 produce 1
// PLANES-NEXT:          tile.run @r(@in_g0 + 0, @r_g0 + 0)
// PLANES-NEXT:          tile.release @r_g0 produce 1
// PLANES-NEXT:          tile.release @in_g0 consume 1
// PLANES-NEXT:        }
// PLANES-NEXT:        tile.acquire @in_g0 consume 3
// PLANES-NEXT:        tile.acquire @r_g0 produce 1
// PLANES-NEXT:        tile.run @r(@in_g0 + 0, @r_g0 + 0)
// PLANES-NEXT:        tile.release @r_g0 produce 1
// PLANES-NEXT:        tile.release @in_g0 consume 3
// PLANES-NEXT:      }
// PLANES-NEXT:    }
// PLANES-NEXT:    tile.core(%tile2.2) {
// PLANES-NEXT:      tile.loop 2 {
// PLANES-NEXT:        tile.loop 3 {
// PLANES-NEXT:          tile.acquire @in_g1 consume 3
// PLANES:           tile.release @in_g1 consume 3
// PLANES-NEXT:      }
// PLANES-NEXT:    }
// PLANES-NEXT:    tile.transfer mm2s %shim2.0 channel 0 @arg0 -> @in_g0 [offset 0, sizes [2, 6, 10], strides [60, 10, 1]]
// PLANES-NEXT:    tile.transfer s2mm %shim2.0 channel 0 @r_g0 -> @arg1 [offset 11, sizes [2, 4, 8], strides [60, 10, 1]]
// PLANES-NEXT:    tile.transfer mm2s %shim2.0 channel 1 @arg0 -> @in_g1 [offset 120, sizes [2, 6, 10], strides [60, 10, 1]]
// PLANES-NEXT:    tile.transfer s2mm %shim2.0 channel 1 @r_g1 -> @arg1 [offset 131, sizes [2, 4, 8], strides [60, 10, 1]]
// PLANES-NEXT:  }
// UNBUFFERED-NOT: Traceback
// UNBUFFERED: {{.*}}.mlir:[[# @LINE + 1]]:1: error: the function has no sparta.buffers attribute; run stencil-buffers first
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

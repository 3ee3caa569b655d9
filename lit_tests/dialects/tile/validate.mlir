// RUN: sparta-opt %s --split-input-file --verify-diagnostics | filecheck %s

// One case per rule of the static validator (sim/validate.py), which tile.program's
// verifier runs with the program's device: tile kinds and roles, memory reach, DMA
// channels, stream ports, shim I/O, data-memory capacity, locks and the static token
// balance. Most cases break one rule of the same small two-stage pipeline.

// tile kinds and roles: core on shim
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  %shim3.0 = tile.tile shim (3, 0)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.loop 8 {
      tile.acquire @rows consume 3
      tile.acquire @lap produce 1
      tile.run @laplace(@rows, @lap)
      tile.release @lap produce 1
      tile.release @rows consume 1
    }
    tile.release @rows consume 2
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.core(%shim3.0) {
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: core at (3,0) must be on a compute tile; (3,0) is a shim tile

// -----

// tile kinds and roles: transfer tile
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.transfer mm2s %tile2.1 channel 0 @grid_in -> @lap [offset 0, sizes [18], strides [1]]
}

// CHECK: transfer of @lap must run on a shim tile; (2,1) is a compute tile

// -----

// tile kinds and roles: shim without dma
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  %shim4.0 = tile.tile shim (4, 0)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim4.0 -> %tile2.1 dma depth 4 channel 0 hops 3, %tile2.2 dma depth 3 channel 0 hops 4) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim4.0 dma depth 0 channel 0 hops 4) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim4.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim4.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: shim (4,0) has no DMA on vck190 (DMA columns: 2, 3, 6, 7, 10, 11, 18, 19, 26, 27, 34, 35, 42, 43, 46, 47)

// -----

// tile kinds and roles: link on shim
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @grid (%shim0.0 -> %mem0.1 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<20xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) depth 2 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.fifo @back (%shim0.0 -> %tile0.2 dma depth 1 channel 1 hops 2) depth 0 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim0.0 channel 0 @grid_in -> @grid [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %mem0.1 [@grid] -> [@rows]
  tile.link forward %shim0.0 [@out] -> [@back]
}

// CHECK: link at (0,0) must be on a memory or compute tile; (0,0) is a shim tile

// -----

// tile kinds and roles: shim pool
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) pool %tile2.1 depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows is produced by shim (2,0), which has no memory: its pool tile must be the shim itself, not (2,1)

// -----

// tile kinds and roles: pool on shim
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %shim2.0 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @lap: pool tile (2,0) is a shim tile; pools live in compute or memory tiles

// -----

// tile kinds and roles: depth 0
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 0 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @lap: depth 0 leaves its pool at (2,2) without buffers; give at least 1

// -----

// tile kinds and roles: end depth 0
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 0 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: the dma end at (2,1) has depth 0; it needs at least one buffer

// -----

// tile kinds and roles: shared shim end
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 shared) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @out: the end at shim (2,0) must be dma; shims have no memory to share

// -----

// tile kinds and roles: shared from shim
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 shared) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: consumer (2,2) cannot share memory with shim producer (2,0); use dma

// -----

// tile kinds and roles: landing kind
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1 landing %shim2.0, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: only a core's dma end can land on a neighbour compute tile; (2,1) is a compute tile landing on a shim tile

// -----

// memory reach: producer reach
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  %tile4.2 = tile.tile compute (4, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile4.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @lap: core (2,1) cannot reach the pool at (4,2); it reaches (2,1), (2,2), (1,1) (aie1-checkerboard)

// -----

// memory reach: consumer reach
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %tile1.1 = tile.tile compute (1, 1)
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile1.1 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @lap: consumer (2,2) cannot reach the pool at (1,1); it reaches (2,2), (2,3), (2,1), (3,2) (aie1-checkerboard)

// -----

// memory reach: landing reach
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  %tile2.4 = tile.tile compute (2, 4)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2 landing %tile2.4) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: consumer (2,2) cannot reach the pool at (2,4); it reaches (2,2), (2,3), (2,1), (3,2) (aie1-checkerboard)

// -----

// memory reach: link output pool
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @grid (%shim0.0 -> %mem0.1 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<20xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) pool %tile0.2 depth 2 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim0.0 channel 0 @grid_in -> @grid [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %mem0.1 [@grid] -> [@rows]
}

// CHECK: fifo @rows: the link at (0,1) sends it, so its pool must be at (0,1), not (0,2)

// -----

// memory reach: link reads in place
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  %tile3.2 = tile.tile compute (3, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.fifo @onward (%tile2.2 -> %tile3.2 dma depth 1 channel 1 hops 1) depth 1 channel 1 : memref<18xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %tile2.2 [@lap] -> [@onward]
}

// CHECK: fifo @lap: the link at (2,2) reads it in place, so the pool must be at (2,2), not (2,1)

// -----

// memory reach: link landing
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  %tile2.3 = tile.tile compute (2, 3)
  %tile3.2 = tile.tile compute (3, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 dma depth 4 channel 1 hops 1 landing %tile2.3) depth 4 channel 1 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.fifo @onward (%tile2.2 -> %tile3.2 dma depth 1 channel 1 hops 1) depth 1 channel 1 : memref<18xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %tile2.2 [@lap] -> [@onward]
}

// CHECK: fifo @lap: the link at (2,2) reads it from its dma pool, so the pool must be at (2,2), not (2,3)

// -----

// memory reach: shared memory tile
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @grid (%shim0.0 -> %mem0.1 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<20xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) depth 2 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared, %mem0.1 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim0.0 channel 0 @grid_in -> @grid [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %mem0.1 [@grid] -> [@rows]
}

// CHECK: fifo @lap: the shared end at (0,1) has no core to read the pool; use dma, or a link that reads it in place

// -----

// DMA channels: no mm2s channel
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: its pool at (2,0) has no MM2S channel

// -----

// DMA channels: idle channel
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 channel 1 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @lap has MM2S channel 1 but no dma consumer

// -----

// DMA channels: no s2mm channel
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: the dma end of (2,1) at (2,1) has no S2MM channel

// -----

// DMA channels: compute channel
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 2 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @out uses MM2S channel 2 of compute tile (2,2), which has channels 0-1

// -----

// DMA channels: memory channel
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @grid (%shim0.0 -> %mem0.1 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<20xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) depth 2 channel 6 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim0.0 channel 0 @grid_in -> @grid [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %mem0.1 [@grid] -> [@rows]
}

// CHECK: fifo @rows uses MM2S channel 6 of memory tile (0,1), which has channels 0-5

// -----

// DMA channels: shim channel
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 2 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @out uses S2MM channel 2 of shim tile (2,0), which has channels 0-1

// -----

// DMA channels: channel twice
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 dma depth 4 channel 0 hops 1) depth 4 channel 0 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: S2MM channel 0 of (2,2) is used by both @rows and @lap

// -----

// stream ports: hops
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 5) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: the dma end of (2,2) gives 5 hops, but the route from (2,0) to (2,2) takes 2

// -----

// shim I/O: no mm2s transfer
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows is produced by shim (2,0) but has no mm2s transfers there; give exactly one (with several patterns if needed)

// -----

// shim I/O: two transfers
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows is produced by shim (2,0) but has 2 mm2s transfers there; give exactly one (with several patterns if needed)

// -----

// shim I/O: transfer channel
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 1 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: the mm2s transfer of @rows uses channel 1 of (2,0), but the fifo uses channel 0 there

// -----

// shim I/O: no s2mm transfer
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
}

// CHECK: fifo @out is consumed at shim (2,0) but has no s2mm transfers there; give exactly one (with several patterns if needed)

// -----

// shim I/O: pattern bounds
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [11, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: pattern 0 of the transfer of @rows reaches element 219 of @grid_in, which has 200 elements

// -----

// shim I/O: whole tokens
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 19], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: pattern 0 of the transfer of @rows moves 190 elements, not a whole number of 20-element tokens

// -----

// capacity and locks: compute memory
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 440 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.loop 8 {
      tile.acquire @rows consume 3
      tile.acquire @lap produce 1
      tile.run @laplace(@rows, @lap)
      tile.release @lap produce 1
      tile.release @rows consume 1
    }
    tile.release @rows consume 2
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: tile (2,2) needs 32.3 KB of its 32 KB data memory (304 B over): stack 1 KB, fifo rows end of (2,2) (3 x 80 B) 240 B, fifo lap (440 x 72 B) 30.9 KB, fifo out (2 x 64 B) 128 B

// -----

// capacity and locks: memory tile
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @grid (%shim0.0 -> %mem0.1 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<20xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) depth 7000 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim0.0 channel 0 @grid_in -> @grid [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link forward %mem0.1 [@grid] -> [@rows]
}

// CHECK: tile (0,1) needs 547 KB of its 512 KB data memory (35872 B over): fifo grid end of (0,1) (2 x 80 B) 160 B, fifo rows (7000 x 80 B) 546.9 KB

// -----

// capacity and locks: binary locks
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 17 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: tile (2,2) needs 22 locks of its 16 (binary locks, one per buffer): fifo rows end of (2,2) 3, fifo lap 17, fifo out 2

// -----

// static token balance: release unheld
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.release @rows consume 1
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: core (2,1) releases 1 of @rows on consume but holds only 0

// -----

// static token balance: run window
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.acquire @rows consume 2
    tile.acquire @lap produce 1
    tile.run @laplace(@rows, @lap)
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: core (2,1): run @laplace needs 3 held tokens of @rows on consume (operand #0) but holds 2

// -----

// static token balance: dma end depth
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 2 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.loop 8 {
      tile.acquire @rows consume 3
      tile.acquire @lap produce 1
      tile.run @laplace(@rows, @lap)
      tile.release @lap produce 1
      tile.release @rows consume 1
    }
    tile.release @rows consume 2
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: core (2,1) acquires 3 tokens of @rows on consume at once, but the pool holds 2 (its dma end's depth)

// -----

// static token balance: shared depth
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 2 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.loop 8 {
      tile.acquire @rows consume 3
      tile.acquire @lap produce 1
      tile.run @laplace(@rows, @lap)
      tile.release @lap produce 1
      tile.release @rows consume 1
    }
    tile.release @rows consume 2
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: core (2,2) acquires 3 tokens of @lap on consume at once, but the pool holds 2 (the fifo's depth)

// -----

// static token balance: producer depth
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.acquire @lap produce 5
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: core (2,1) acquires 5 tokens of @lap on produce at once, but the pool holds 4 (the fifo's depth)

// -----

// static token balance: imbalance
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%w0: !tile.window<consume 3 x memref<20xi32>>, %w1: !tile.window<produce 1 x memref<18xi32>>) {
    %0 = arith.constant dense<0> : vector<18xi32>
    tile.write %0, %w1[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%w0: !tile.window<consume 3 x memref<18xi32>>, %w1: !tile.window<consume 1 x memref<20xi32>>, %w2: !tile.window<produce 1 x memref<16xi32>>) {
    %0 = arith.constant dense<0> : vector<16xi32>
    tile.write %0, %w2[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%tile2.1) {
    tile.loop 8 {
      tile.acquire @rows consume 3
      tile.acquire @lap produce 1
      tile.run @laplace(@rows, @lap)
      tile.release @lap produce 1
      tile.release @rows consume 1
    }
  }
  tile.core(%tile2.2) {
    tile.acquire @rows consume 2
    tile.release @rows consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @rows consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @rows, @out)
      tile.release @out produce 1
      tile.release @rows consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @rows consume 2
    tile.release @rows consume 2
  }
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: fifo @rows: (2,0) produces 10 tokens but (2,1) consumes 8; the program would deadlock or leave tokens behind

// -----

// static token balance: no consumer core
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(2,1) b=(2,2)"} {
  %shim2.0 = tile.tile shim (2, 0)
  %tile2.1 = tile.tile compute (2, 1)
  %tile2.2 = tile.tile compute (2, 2)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%shim2.0 -> %tile2.1 dma depth 4 channel 0 hops 1, %tile2.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile2.1 -> %tile2.2 shared) pool %tile2.2 depth 4 : memref<18xi32>
  tile.fifo @out (%tile2.2 -> %shim2.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim2.0 channel 0 @grid_in -> @rows [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim2.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: nothing consumes @rows at (2,1): no core, link or transfer there

// -----

// static token balance: no producer
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) depth 2 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK: nothing produces @rows: no core, link or transfer at (0,1)

// -----

// static token balance: join counts
tile.program @pipeline on "npu1" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage", placement = "a=(0,2) b=(0,3)"} {
  %shim0.0 = tile.tile shim (0, 0)
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  %shim1.0 = tile.tile shim (1, 0)
  tile.external @grid_in arg 0 : memref<10x20xi32>
  tile.external @grid_out arg 1 : memref<6x16xi32>
  tile.fifo @left (%shim0.0 -> %mem0.1 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<10xi32>
  tile.fifo @right (%shim1.0 -> %mem0.1 dma depth 2 channel 1 hops 2) depth 0 channel 0 : memref<10xi32>
  tile.fifo @rows (%mem0.1 -> %tile0.2 dma depth 4 channel 0 hops 1, %tile0.3 dma depth 3 channel 0 hops 2) depth 2 channel 0 : memref<20xi32>
  tile.fifo @lap (%tile0.2 -> %tile0.3 shared) pool %tile0.3 depth 4 : memref<18xi32>
  tile.fifo @out (%tile0.3 -> %shim0.0 dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<16xi32>
  tile.transfer mm2s %shim0.0 channel 0 @grid_in -> @left [offset 0, sizes [10, 10], strides [20, 1]]
  tile.transfer mm2s %shim1.0 channel 0 @grid_in -> @right [offset 10, sizes [9, 10], strides [20, 1]]
  tile.transfer s2mm %shim0.0 channel 0 @out -> @grid_out [offset 0, sizes [6, 16], strides [16, 1]]
  tile.link join %mem0.1 [@left, @right] -> [@rows]
}

// CHECK: join link at (0,1) needs as many tokens from each input, but gets @left 10, @right 9

// -----

// static token balance: link cycle
tile.program @cycle on "npu2" {
  %mem0.1 = tile.tile memory (0, 1)
  %mem1.1 = tile.tile memory (1, 1)
  tile.fifo @x (%mem0.1 -> %mem1.1 dma depth 1 channel 0 hops 1) depth 1 channel 0 : memref<4xi32>
  tile.fifo @y (%mem1.1 -> %mem0.1 dma depth 1 channel 0 hops 1) depth 1 channel 0 : memref<4xi32>
  tile.link forward %mem1.1 [@x] -> [@y]
  tile.link forward %mem0.1 [@y] -> [@x]
}

// CHECK: links forward @x in a cycle

// -----

// stream ports: south lanes
tile.program @lanes on "npu1" {
  %mem0.1 = tile.tile memory (0, 1)
  %tile0.3 = tile.tile compute (0, 3)
  %tile0.4 = tile.tile compute (0, 4)
  %tile0.5 = tile.tile compute (0, 5)
  tile.fifo @up0 (%tile0.3 -> %mem0.1 dma depth 1 channel 0 hops 2) depth 1 channel 0 : memref<4xi32>
  tile.fifo @up1 (%tile0.3 -> %mem0.1 dma depth 1 channel 1 hops 2) depth 1 channel 1 : memref<4xi32>
  tile.fifo @up2 (%tile0.4 -> %mem0.1 dma depth 1 channel 2 hops 3) depth 1 channel 0 : memref<4xi32>
  tile.fifo @up3 (%tile0.4 -> %mem0.1 dma depth 1 channel 3 hops 3) depth 1 channel 1 : memref<4xi32>
  tile.fifo @up4 (%tile0.5 -> %mem0.1 dma depth 1 channel 4 hops 4) depth 1 channel 0 : memref<4xi32>
}

// CHECK: 5 streams leave (0,2) going south, but it has 4 south lanes: @up0, @up1, @up2, @up3, @up4

// -----

// capacity and locks: counting locks
tile.program @locks on "npu1" {
  %tile0.2 = tile.tile compute (0, 2)
  %tile0.3 = tile.tile compute (0, 3)
  tile.fifo @f0 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f1 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f2 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f3 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f4 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f5 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f6 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f7 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
  tile.fifo @f8 (%tile0.2 -> %tile0.3 shared) depth 1 : memref<4xi32>
}

// CHECK: tile (0,2) needs 18 locks of its 16 (counting locks, two per pool): fifo f0 2, fifo f1 2, fifo f2 2, fifo f3 2, fifo f4 2, fifo f5 2, fifo f6 2, fifo f7 2, fifo f8 2

// -----

// shim I/O: PL streams on an interface column without them (2 is a NoC column)
tile.program @pl_copy on "vck190" work(ops 0, bytes_in 256, bytes_out 256, dtype i32) {
  %shim = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  tile.external @arg0 arg 0 : memref<64xi32>
  tile.external @arg1 arg 1 : memref<64xi32>
  tile.fifo @in0 (%shim -> %a dma depth 2 channel 0 hops 1) depth 0 channel 5 : memref<16xi32>
  tile.fifo @out (%a -> %shim dma depth 0 channel 3 hops 1) depth 2 channel 0 : memref<16xi32>
  tile.kernel @copy(%x : !tile.window<consume 1 x memref<16xi32>>, %y : !tile.window<produce 1 x memref<16xi32>>) {
    %v = tile.read %x[0, 0] : vector<16xi32>
    tile.write %v, %y[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%a) {
    tile.loop 4 {
      tile.acquire @in0 consume 1
      tile.acquire @out produce 1
      tile.run @copy(@in0, @out)
      tile.release @out produce 1
      tile.release @in0 consume 1
    }
  }
  tile.transfer mm2s %shim stream 5 @arg0 -> @in0 [offset 0, sizes [64], strides [1]]
  tile.transfer s2mm %shim stream 3 @out -> @arg1 [offset 0, sizes [64], strides [1]]
}

// CHECK: fifo @in0: shim (2,0) has no PL streams on vck190 (PL stream columns: 0, 1, 4, 5, 8, 9, 12, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24, 25, 28, 29, 30, 31, 32, 33, 36, 37, 38, 39, 40, 41, 44, 45, 48, 49)

// -----

// DMA channels and streams: a PL stream index past the tile's eight inbound streams
tile.program @pl_copy on "vck190" work(ops 0, bytes_in 256, bytes_out 256, dtype i32) {
  %shim = tile.tile shim (4, 0)
  %a = tile.tile compute (4, 1)
  tile.external @arg0 arg 0 : memref<64xi32>
  tile.external @arg1 arg 1 : memref<64xi32>
  tile.fifo @in0 (%shim -> %a dma depth 2 channel 0 hops 1) depth 0 channel 8 : memref<16xi32>
  tile.fifo @out (%a -> %shim dma depth 0 channel 3 hops 1) depth 2 channel 0 : memref<16xi32>
  tile.kernel @copy(%x : !tile.window<consume 1 x memref<16xi32>>, %y : !tile.window<produce 1 x memref<16xi32>>) {
    %v = tile.read %x[0, 0] : vector<16xi32>
    tile.write %v, %y[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%a) {
    tile.loop 4 {
      tile.acquire @in0 consume 1
      tile.acquire @out produce 1
      tile.run @copy(@in0, @out)
      tile.release @out produce 1
      tile.release @in0 consume 1
    }
  }
  tile.transfer mm2s %shim stream 8 @arg0 -> @in0 [offset 0, sizes [64], strides [1]]
  tile.transfer s2mm %shim stream 3 @out -> @arg1 [offset 0, sizes [64], strides [1]]
}

// CHECK: fifo @in0 uses PL mm2s stream 8 of shim tile (4,0), which has streams 0-7

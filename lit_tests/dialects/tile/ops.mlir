// RUN: %sparta-roundtrip
// RUN: %sparta-generic-roundtrip

// Every tile op in custom syntax, read back and printed again (directly and through the
// generic form). Each chunk is a complete program that verifies on its device.

// A two-stage hdiff-like pipeline on vck190: a shim broadcasts rows by DMA to two
// cores, which share a fifo in memory; integer kernels with tile.cmp and tile.select.
tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage"} {
  %shim = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @arg0 arg 0 : memref<10x20xi32>
  tile.external @arg1 arg 1 : memref<6x16xi32>
  tile.fifo @in0 (%shim -> %a dma depth 4 channel 0 hops 1, %b dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
  tile.fifo @lap (%a -> %b shared) pool %b depth 4 : memref<18xi32>
  tile.fifo @out (%b -> %shim dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
  tile.kernel @laplace(%in : !tile.window<consume 3 x memref<20xi32>>, %lap : !tile.window<produce 1 x memref<18xi32>>) {
    %c = tile.read %in[1, 1] : vector<18xi32>
    %n = tile.read %in[0, 1] : vector<18xi32>
    %s = tile.read %in[2, 1] : vector<18xi32>
    %w = tile.read %in[1, 0] : vector<18xi32>
    %e = tile.read %in[1, 2] : vector<18xi32>
    %four = arith.constant dense<4> : vector<18xi32>
    %c4 = arith.muli %c, %four : vector<18xi32>
    %ns = arith.addi %n, %s : vector<18xi32>
    %we = arith.addi %w, %e : vector<18xi32>
    %all = arith.addi %ns, %we : vector<18xi32>
    %r = arith.subi %c4, %all : vector<18xi32>
    tile.write %r, %lap[0, 0] : vector<18xi32>
    tile.yield
  }
  tile.kernel @flux(%lap : !tile.window<consume 3 x memref<18xi32>>, %in : !tile.window<consume 1 x memref<20xi32>>, %out : !tile.window<produce 1 x memref<16xi32>>) {
    %l = tile.read %lap[1, 2] : vector<16xi32>
    %lw = tile.read %lap[1, 1] : vector<16xi32>
    %x = tile.read %in[0, 2] : vector<16xi32>
    %xw = tile.read %in[0, 1] : vector<16xi32>
    %flx = arith.subi %l, %lw : vector<16xi32>
    %d = arith.subi %x, %xw : vector<16xi32>
    %p = arith.muli %flx, %d : vector<16xi32>
    %zero = arith.constant 0 : i32
    %z = vector.broadcast %zero : i32 to vector<16xi32>
    %m = tile.cmp sgt, %p, %z : vector<16xi32>
    %lim = tile.select %m, %z, %flx : vector<16xi32>
    %seven = arith.constant 7 : i32
    %s7 = vector.broadcast %seven : i32 to vector<16xi32>
    %t = arith.muli %lim, %s7 : vector<16xi32>
    %o = arith.subi %x, %t : vector<16xi32>
    tile.write %o, %out[0, 0] : vector<16xi32>
    tile.yield
  }
  tile.core(%a) {
    tile.loop 8 {
      tile.acquire @in0 consume 3
      tile.acquire @lap produce 1
      tile.run @laplace(@in0, @lap)
      tile.release @lap produce 1
      tile.release @in0 consume 1
    }
    tile.release @in0 consume 2
  }
  tile.core(%b) {
    tile.acquire @in0 consume 2
    tile.release @in0 consume 2
    tile.loop 6 {
      tile.acquire @lap consume 3
      tile.acquire @in0 consume 1
      tile.acquire @out produce 1
      tile.run @flux(@lap, @in0, @out)
      tile.release @out produce 1
      tile.release @in0 consume 1
      tile.release @lap consume 1
    }
    tile.release @lap consume 2
    tile.acquire @in0 consume 2
    tile.release @in0 consume 2
  }
  tile.transfer mm2s %shim channel 0 @arg0 -> @in0 [offset 0, sizes [10, 20], strides [20, 1]]
  tile.transfer s2mm %shim channel 0 @out -> @arg1 [offset 0, sizes [6, 16], strides [16, 1]]
}

// CHECK-LABEL: tile.program @pipeline on "vck190" work(ops 960, bytes_in 800, bytes_out 384, dtype i32) attributes {strategy = "two-stage"} {
// CHECK-NEXT:    %shim = tile.tile shim (2, 0)
// CHECK-NEXT:    %a = tile.tile compute (2, 1)
// CHECK-NEXT:    %b = tile.tile compute (2, 2)
// CHECK-NEXT:    tile.external @arg0 arg 0 : memref<10x20xi32>
// CHECK-NEXT:    tile.external @arg1 arg 1 : memref<6x16xi32>
// CHECK-NEXT:    tile.fifo @in0 (%shim -> %a dma depth 4 channel 0 hops 1, %b dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<20xi32>
// CHECK-NEXT:    tile.fifo @lap (%a -> %b shared) pool %b depth 4 : memref<18xi32>
// CHECK-NEXT:    tile.fifo @out (%b -> %shim dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<16xi32>
// CHECK-NEXT:    tile.kernel @laplace(%in: !tile.window<consume 3 x memref<20xi32>>, %lap: !tile.window<produce 1 x memref<18xi32>>) {
// CHECK-NEXT:      %c = tile.read %in[1, 1] : vector<18xi32>
// CHECK-NEXT:      %n = tile.read %in[0, 1] : vector<18xi32>
// CHECK-NEXT:      %s = tile.read %in[2, 1] : vector<18xi32>
// CHECK-NEXT:      %w = tile.read %in[1, 0] : vector<18xi32>
// CHECK-NEXT:      %e = tile.read %in[1, 2] : vector<18xi32>
// CHECK-NEXT:      %four = arith.constant dense<4> : vector<18xi32>
// CHECK-NEXT:      %c4 = arith.muli %c, %four : vector<18xi32>
// CHECK-NEXT:      %ns = arith.addi %n, %s : vector<18xi32>
// CHECK-NEXT:      %we = arith.addi %w, %e : vector<18xi32>
// CHECK-NEXT:      %all = arith.addi %ns, %we : vector<18xi32>
// CHECK-NEXT:      %r = arith.subi %c4, %all : vector<18xi32>
// CHECK-NEXT:      tile.write %r, %lap[0, 0] : vector<18xi32>
// CHECK-NEXT:      tile.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    tile.kernel @flux(%lap: !tile.window<consume 3 x memref<18xi32>>, %in: !tile.window<consume 1 x memref<20xi32>>, %out: !tile.window<produce 1 x memref<16xi32>>) {
// CHECK-NEXT:      %l = tile.read %lap[1, 2] : vector<16xi32>
// CHECK-NEXT:      %lw = tile.read %lap[1, 1] : vector<16xi32>
// CHECK-NEXT:      %x = tile.read %in[0, 2] : vector<16xi32>
// CHECK-NEXT:      %xw = tile.read %in[0, 1] : vector<16xi32>
// CHECK-NEXT:      %flx = arith.subi %l, %lw : vector<16xi32>
// CHECK-NEXT:      %d = arith.subi %x, %xw : vector<16xi32>
// CHECK-NEXT:      %p = arith.muli %flx, %d : vector<16xi32>
// CHECK-NEXT:      %zero = arith.constant 0 : i32
// CHECK-NEXT:      %z = vector.broadcast %zero : i32 to vector<16xi32>
// CHECK-NEXT:      %m = tile.cmp sgt, %p, %z : vector<16xi32>
// CHECK-NEXT:      %lim = tile.select %m, %z, %flx : vector<16xi32>
// CHECK-NEXT:      %seven = arith.constant 7 : i32
// CHECK-NEXT:      %s7 = vector.broadcast %seven : i32 to vector<16xi32>
// CHECK-NEXT:      %t = arith.muli %lim, %s7 : vector<16xi32>
// CHECK-NEXT:      %o = arith.subi %x, %t : vector<16xi32>
// CHECK-NEXT:      tile.write %o, %out[0, 0] : vector<16xi32>
// CHECK-NEXT:      tile.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    tile.core(%a) {
// CHECK-NEXT:      tile.loop 8 {
// CHECK-NEXT:        tile.acquire @in0 consume 3
// CHECK-NEXT:        tile.acquire @lap produce 1
// CHECK-NEXT:        tile.run @laplace(@in0, @lap)
// CHECK-NEXT:        tile.release @lap produce 1
// CHECK-NEXT:        tile.release @in0 consume 1
// CHECK-NEXT:      }
// CHECK-NEXT:      tile.release @in0 consume 2
// CHECK-NEXT:    }
// CHECK-NEXT:    tile.core(%b) {
// CHECK-NEXT:      tile.acquire @in0 consume 2
// CHECK-NEXT:      tile.release @in0 consume 2
// CHECK-NEXT:      tile.loop 6 {
// CHECK-NEXT:        tile.acquire @lap consume 3
// CHECK-NEXT:        tile.acquire @in0 consume 1
// CHECK-NEXT:        tile.acquire @out produce 1
// CHECK-NEXT:        tile.run @flux(@lap, @in0, @out)
// CHECK-NEXT:        tile.release @out produce 1
// CHECK-NEXT:        tile.release @in0 consume 1
// CHECK-NEXT:        tile.release @lap consume 1
// CHECK-NEXT:      }
// CHECK-NEXT:      tile.release @lap consume 2
// CHECK-NEXT:      tile.acquire @in0 consume 2
// CHECK-NEXT:      tile.release @in0 consume 2
// CHECK-NEXT:    }
// CHECK-NEXT:    tile.transfer mm2s %shim channel 0 @arg0 -> @in0 [offset 0, sizes [10, 20], strides [20, 1]]
// CHECK-NEXT:    tile.transfer s2mm %shim channel 0 @out -> @arg1 [offset 0, sizes [6, 16], strides [16, 1]]
// CHECK-NEXT:  }

// -----

// A join through one memory tile, a distribute through another, a dma end that lands
// in a neighbour's memory, float kernels with casts, and run offsets.
tile.program @join_distribute on "npu1" attributes {partition = "2 halves"} {
  %s0 = tile.tile shim (0, 0)
  %s1 = tile.tile shim (1, 0)
  %s2 = tile.tile shim (2, 0)
  %m0 = tile.tile memory (0, 1)
  %m1 = tile.tile memory (1, 1)
  %c = tile.tile compute (0, 2)
  %n = tile.tile compute (0, 3)
  tile.external @grid arg 0 : memref<4x16xf32>
  tile.external @result arg 1 : memref<4x16xf32>
  tile.fifo @left (%s0 -> %m0 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<8xf32>
  tile.fifo @right (%s1 -> %m0 dma depth 2 channel 1 hops 2) depth 0 channel 0 : memref<8xf32>
  tile.fifo @rows (%m0 -> %c dma depth 2 channel 0 hops 2 landing %n) depth 2 channel 0 : memref<16xf32>
  tile.fifo @res (%c -> %m1 dma depth 2 channel 0 hops 2) depth 2 channel 0 : memref<16xf32>
  tile.fifo @lo (%m1 -> %s1 dma depth 0 channel 0 hops 1) depth 2 channel 0 : memref<8xf32>
  tile.fifo @hi (%m1 -> %s2 dma depth 0 channel 0 hops 2) depth 2 channel 1 : memref<8xf32>
  tile.kernel @clamp(%in : !tile.window<consume 1 x memref<16xf32>>, %out : !tile.window<produce 1 x memref<16xf32>>) {
    %x = tile.read %in[0, 0] : vector<16xf32>
    %a = math.absf %x : vector<16xf32>
    %r = math.sqrt %a : vector<16xf32>
    %half = arith.constant 5.000000e-01 : f32
    %h = vector.broadcast %half : f32 to vector<16xf32>
    %small = tile.cmp olt, %r, %h : vector<16xf32>
    %k = tile.select %small, %h, %r : vector<16xf32>
    %i = tile.cast fptosi %k : vector<16xf32> to vector<16xi32>
    %f = tile.cast sitofp %i : vector<16xi32> to vector<16xf32>
    %y = arith.addf %f, %x : vector<16xf32>
    tile.write %y, %out[0, 0] : vector<16xf32>
    tile.yield
  }
  tile.core(%c) {
    tile.loop 4 {
      tile.acquire @rows consume 1
      tile.acquire @res produce 1
      tile.run @clamp(@rows + 0, @res + 0)
      tile.release @res produce 1
      tile.release @rows consume 1
    }
  }
  tile.transfer mm2s %s0 channel 0 @grid -> @left [offset 0, sizes [4, 8], strides [16, 1]]
  tile.transfer mm2s %s1 channel 0 @grid -> @right [offset 8, sizes [2, 8], strides [16, 1]], [offset 40, sizes [2, 8], strides [16, 1]]
  tile.transfer s2mm %s1 channel 0 @lo -> @result [offset 0, sizes [4, 8], strides [16, 1]]
  tile.transfer s2mm %s2 channel 0 @hi -> @result [offset 8, sizes [4, 8], strides [16, 1]]
  tile.link join %m0 [@left, @right] -> [@rows]
  tile.link distribute %m1 [@res] -> [@lo, @hi]
}

// CHECK-LABEL: tile.program @join_distribute on "npu1" attributes {partition = "2 halves"} {
// CHECK-NEXT:    %s0 = tile.tile shim (0, 0)
// CHECK-NEXT:    %s1 = tile.tile shim (1, 0)
// CHECK-NEXT:    %s2 = tile.tile shim (2, 0)
// CHECK-NEXT:    %m0 = tile.tile memory (0, 1)
// CHECK-NEXT:    %m1 = tile.tile memory (1, 1)
// CHECK-NEXT:    %c = tile.tile compute (0, 2)
// CHECK-NEXT:    %n = tile.tile compute (0, 3)
// CHECK-NEXT:    tile.external @grid arg 0 : memref<4x16xf32>
// CHECK-NEXT:    tile.external @result arg 1 : memref<4x16xf32>
// CHECK-NEXT:    tile.fifo @left (%s0 -> %m0 dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<8xf32>
// CHECK-NEXT:    tile.fifo @right (%s1 -> %m0 dma depth 2 channel 1 hops 2) depth 0 channel 0 : memref<8xf32>
// CHECK-NEXT:    tile.fifo @rows (%m0 -> %c dma depth 2 channel 0 hops 2 landing %n) depth 2 channel 0 : memref<16xf32>
// CHECK-NEXT:    tile.fifo @res (%c -> %m1 dma depth 2 channel 0 hops 2) depth 2 channel 0 : memref<16xf32>
// CHECK-NEXT:    tile.fifo @lo (%m1 -> %s1 dma depth 0 channel 0 hops 1) depth 2 channel 0 : memref<8xf32>
// CHECK-NEXT:    tile.fifo @hi (%m1 -> %s2 dma depth 0 channel 0 hops 2) depth 2 channel 1 : memref<8xf32>
// CHECK-NEXT:    tile.kernel @clamp(%in: !tile.window<consume 1 x memref<16xf32>>, %out: !tile.window<produce 1 x memref<16xf32>>) {
// CHECK-NEXT:      %x = tile.read %in[0, 0] : vector<16xf32>
// CHECK-NEXT:      %a = math.absf %x : vector<16xf32>
// CHECK-NEXT:      %r = math.sqrt %a : vector<16xf32>
// CHECK-NEXT:      %half = arith.constant 5.000000e-01 : f32
// CHECK-NEXT:      %h = vector.broadcast %half : f32 to vector<16xf32>
// CHECK-NEXT:      %small = tile.cmp olt, %r, %h : vector<16xf32>
// CHECK-NEXT:      %k = tile.select %small, %h, %r : vector<16xf32>
// CHECK-NEXT:      %i = tile.cast fptosi %k : vector<16xf32> to vector<16xi32>
// CHECK-NEXT:      %f = tile.cast sitofp %i : vector<16xi32> to vector<16xf32>
// CHECK-NEXT:      %y = arith.addf %f, %x : vector<16xf32>
// CHECK-NEXT:      tile.write %y, %out[0, 0] : vector<16xf32>
// CHECK-NEXT:      tile.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    tile.core(%c) {
// CHECK-NEXT:      tile.loop 4 {
// CHECK-NEXT:        tile.acquire @rows consume 1
// CHECK-NEXT:        tile.acquire @res produce 1
// CHECK-NEXT:        tile.run @clamp(@rows + 0, @res + 0)
// CHECK-NEXT:        tile.release @res produce 1
// CHECK-NEXT:        tile.release @rows consume 1
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    tile.transfer mm2s %s0 channel 0 @grid -> @left [offset 0, sizes [4, 8], strides [16, 1]]
// CHECK-NEXT:    tile.transfer mm2s %s1 channel 0 @grid -> @right [offset 8, sizes [2, 8], strides [16, 1]], [offset 40, sizes [2, 8], strides [16, 1]]
// CHECK-NEXT:    tile.transfer s2mm %s1 channel 0 @lo -> @result [offset 0, sizes [4, 8], strides [16, 1]]
// CHECK-NEXT:    tile.transfer s2mm %s2 channel 0 @hi -> @result [offset 8, sizes [4, 8], strides [16, 1]]
// CHECK-NEXT:    tile.link join %m0 [@left, @right] -> [@rows]
// CHECK-NEXT:    tile.link distribute %m1 [@res] -> [@lo, @hi]
// CHECK-NEXT:  }

// -----

// Empty program, core and loop bodies.
tile.program @empty on "npu2" {
}
tile.program @empty_bodies on "vck190" {
  %t = tile.tile compute (3, 4)
  tile.core(%t) {
    tile.loop 2 {
    }
  }
}

// CHECK-LABEL: tile.program @empty on "npu2" {
// CHECK-NEXT:  }
// CHECK-LABEL: tile.program @empty_bodies on "vck190" {
// CHECK-NEXT:    %t = tile.tile compute (3, 4)
// CHECK-NEXT:    tile.core(%t) {
// CHECK-NEXT:      tile.loop 2 {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:  }

// -----

// PL streams: the interface tile (4,0) has no shim DMA on vck190 but PL streams; A enters
// on PL stream 5 and the result leaves on PL stream 3.
tile.program @pl_copy on "vck190" work(ops 0, bytes_in 256, bytes_out 256, dtype i32) {
  %shim = tile.tile shim (4, 0)
  %a = tile.tile compute (4, 1)
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

// CHECK-LABEL: tile.program @pl_copy on "vck190"
// CHECK:         tile.transfer mm2s %shim stream 5 @arg0 -> @in0 [offset 0, sizes [64], strides [1]]
// CHECK-NEXT:    tile.transfer s2mm %shim stream 3 @out -> @arg1 [offset 0, sizes [64], strides [1]]

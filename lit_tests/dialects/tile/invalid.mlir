// RUN: sparta-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// One case per tile verifier message (op verifiers, attribute verifiers, parser errors
// and the tile.program checks that need the device); validate.mlir covers the device
// rules the validator enforces.

// window port
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<peek 1 x memref<4xi32>>) {
  
    tile.yield
  }
}

// CHECK: window port must be one of produce, consume, not 'peek'

// -----

// window count
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 0 x memref<4xi32>>) {
  
    tile.yield
  }
}

// CHECK: window token count must be at least 1, not 0

// -----

// token layout
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32, strided<[2]>>>) {
  
    tile.yield
  }
}

// CHECK: window: token type memref<4xi32, strided<[2]>> must have no layout or memory space

// -----

// token shape
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<?xi32>>) {
  
    tile.yield
  }
}

// CHECK: window: token type memref<?xi32> must have a static, positive shape

// -----

// token dtype
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xindex>>) {
  
    tile.yield
  }
}

// CHECK: window: token type memref<4xindex> has element type index; use one of i1, i8

// -----

// end via
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b mailbox) depth 2 : memref<4xi32>
}

// CHECK: fifo end must be one of shared, dma, not 'mailbox'

// -----

// end depth
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b dma depth -1 channel 0 hops 1) depth 2 channel 0 : memref<4xi32>
}

// CHECK: fifo end depth must not be negative (got -1)

// -----

// end hops
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b dma depth 1 channel 0 hops -1) depth 2 channel 0 : memref<4xi32>
}

// CHECK: fifo end hops must not be negative (got -1)

// -----

// end channel
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b dma depth 1 channel -1 hops 1) depth 2 channel 0 : memref<4xi32>
}

// CHECK: fifo end channel must not be negative (got -1)

// -----

// shared end extras
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared depth 2) depth 2 : memref<4xi32>
}

// CHECK: a shared fifo end reads the producer's pool in place; only dma ends have a depth, channel, hops, packet id and landing

// -----

// pattern offset
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @x -> @f [offset -1, sizes [4], strides [1]]
}

// CHECK: access pattern offset must not be negative (got -1)

// -----

// pattern dims
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @x -> @f [offset 0, sizes [4, 4], strides [1]]
}

// CHECK: access pattern needs one stride per size and at least one dimension (got 2 sizes, 1 strides)

// -----

// pattern size
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @x -> @f [offset 0, sizes [0], strides [1]]
}

// CHECK: access pattern size must be at least 1, not 0

// -----

// pattern stride
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @x -> @f [offset 0, sizes [4], strides [-1]]
}

// CHECK: access pattern stride must not be negative (got -1)

// -----

// work
tile.program @p on "vck190" work(ops -1, bytes_in 0, bytes_out 0, dtype i32) {

}

// CHECK: work ops must not be negative (got -1)

// -----

// tile kind
tile.program @p on "vck190" {
  %t = tile.tile core (3, 4)
}

// CHECK: tile kind must be one of compute, memory, shim, not 'core'

// -----

// tile column
tile.program @p on "vck190" {
  %t = tile.tile compute (-3, 4)
}

// CHECK: tile column must not be negative (got -3)

// -----

// tile row
tile.program @p on "vck190" {
  %t = tile.tile compute (3, -4)
}

// CHECK: tile row must not be negative (got -4)

// -----

// external arg
tile.program @p on "vck190" {
  tile.external @x arg -1 : memref<4xi32>
}

// CHECK: external @x argument must not be negative (got -1)

// -----

// external type
tile.program @p on "vck190" {
  tile.external @x arg 0 : memref<4xindex>
}

// CHECK: external @x: token type memref<4xindex> has element type index

// -----

// fifo token
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<?xi32>
}

// CHECK: fifo @f: token type memref<?xi32> must have a static, positive shape

// -----

// fifo depth
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth -2 : memref<4xi32>
}

// CHECK: fifo @f depth must not be negative (got -2)

// -----

// fifo channel
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b dma depth 1 channel 0 hops 1) depth 2 channel -1 : memref<4xi32>
}

// CHECK: fifo @f channel must not be negative (got -1)

// -----

// fifo ends
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  "tile.fifo"(%a, %a, %b) <{sym_name = "f", token = memref<4xi32>, depth = 2 : i64, ends = [], operandSegmentSizes = array<i32: 1, 1, 1, 0>}> : (!tile.tile, !tile.tile, !tile.tile) -> ()
}

// CHECK: fifo @f has 1 consumer tiles but 0 ends

// -----

// fifo landings
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  "tile.fifo"(%a, %a, %b) <{sym_name = "f", token = memref<4xi32>, depth = 2 : i64, ends = [#tile.end<dma depth 1 channel 0 hops 1 landed>], channel = 0 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 0>}> : (!tile.tile, !tile.tile, !tile.tile) -> ()
}

// CHECK: fifo @f has 1 landed ends but 0 landing tiles

// -----

// fifo consumers
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  "tile.fifo"(%a, %a) <{sym_name = "f", token = memref<4xi32>, depth = 2 : i64, ends = [], operandSegmentSizes = array<i32: 1, 1, 0, 0>}> : (!tile.tile, !tile.tile) -> ()
}

// CHECK: fifo @f needs at least one consumer

// -----

// fifo consumer twice
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared, %b shared) pool %b depth 2 : memref<4xi32>
}

// CHECK: fifo @f lists consumer (2,2) more than once

// -----

// fifo token type
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : vector<4xi32>
}

// CHECK: fifo @f: expected a memref token type, got vector<4xi32>

// -----

// transfer direction
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer upload %s channel 0 @x -> @f [offset 0, sizes [16], strides [1]]
}

// CHECK: transfer of @f: direction must be one of mm2s, s2mm, not 'upload'

// -----

// transfer channel
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel -1 @x -> @f [offset 0, sizes [16], strides [1]]
}

// CHECK: transfer of @f: channel must not be negative (got -1)

// -----

// transfer interface keyword
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s port 0 @x -> @f [offset 0, sizes [16], strides [1]]
}

// CHECK: expected 'channel' (shim DMA) or 'stream' (PL), got 'port'

// -----

// transfer patterns
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  "tile.transfer"(%s) <{direction = "mm2s", channel = 0 : i64, fifo = @f, external = @x, patterns = []}> : (!tile.tile) -> ()
}

// CHECK: transfer of @f needs at least one access pattern

// -----

// transfer fifo
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  tile.external @x arg 0 : memref<16xi32>
  tile.transfer mm2s %s channel 0 @x -> @nope [offset 0, sizes [16], strides [1]]
}

// CHECK: fifo @nope is not defined

// -----

// transfer symbol kind
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @f -> @x [offset 0, sizes [16], strides [1]]
}

// CHECK: @x is a tile.external, not a fifo

// -----

// transfer element type
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xf32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @x -> @f [offset 0, sizes [16], strides [1]]
}

// CHECK: transfer of @f: fifo element type i32 differs from @x's f32

// -----

// transfer s2mm role
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%s -> %a dma depth 1 channel 0 hops 1) depth 0 channel 0 : memref<4xi32>
  tile.transfer s2mm %s channel 0 @f -> @x [offset 0, sizes [16], strides [1]]
}

// CHECK: transfer of @f: s2mm needs shim (2,0) to be a consumer of the fifo

// -----

// transfer mm2s role
tile.program @p on "vck190" {
  %s = tile.tile shim (2, 0)
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.external @x arg 0 : memref<16xi32>
  tile.fifo @f (%a -> %s dma depth 0 channel 0 hops 1) depth 1 channel 0 : memref<4xi32>
  tile.transfer mm2s %s channel 0 @x -> @f [offset 0, sizes [16], strides [1]]
}

// CHECK: transfer of @f: mm2s needs shim (2,0) to be the fifo's producer

// -----

// link mode
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.link copy %b [@f] -> [@f]
}

// CHECK: link at (2,2): mode must be one of forward, join, distribute, not 'copy'

// -----

// link arity
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.link forward %b [@f, @f] -> [@f]
}

// CHECK: link at (2,2): forward takes one input and one output, got 2 -> 1

// -----

// link input role
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.link forward %a [@f] -> [@f]
}

// CHECK: link at (2,1): the link's tile must be a consumer of input @f

// -----

// link output role
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  %c = tile.tile compute (2, 3)
  tile.fifo @g (%c -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.link forward %b [@f] -> [@g]
}

// CHECK: link at (2,2): the link's tile must be the producer of output @g

// -----

// link element type
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  %c = tile.tile compute (2, 3)
  tile.fifo @g (%b -> %c shared) pool %c depth 2 : memref<4xf32>
  tile.link forward %b [@f] -> [@g]
}

// CHECK: link at (2,2): inputs and outputs must share one element type

// -----

// link elements
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  %c = tile.tile compute (2, 3)
  tile.fifo @g (%b -> %c shared) pool %c depth 2 : memref<8xi32>
  tile.link forward %b [@f] -> [@g]
}

// CHECK: link at (2,2): forward moves 4 elements per step in but 8 out (token elements [4] -> [8])

// -----

// kernel arguments
tile.program @p on "vck190" {
  tile.kernel @k() {
    tile.yield
  }
}

// CHECK: kernel @k needs at least one window argument

// -----

// kernel argument type
tile.program @p on "vck190" {
  tile.kernel @k(%w : memref<4xi32>) {
  
    tile.yield
  }
}

// CHECK: kernel @k: argument %w must be a !tile.window, not memref<4xi32>

// -----

// kernel terminator
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
    %c = arith.constant 1 : i32
  }
}

// CHECK: terminates block in single-block region but is not a terminator

// -----

// kernel op
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    "vector.print"(%v) : (vector<4xi32>) -> ()
    tile.yield
  }
}

// CHECK: kernel @k: 'vector.print' is not allowed in kernels (allowed: arith.*, math.*

// -----

// kernel results
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %lo, %hi = arith.mulsi_extended %v, %v : vector<4xi32>
    tile.yield
  }
}

// CHECK: kernel @k: 'arith.mulsi_extended' must have no regions and at most one result

// -----

// kernel vector cmpi
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %m = arith.cmpi slt, %v, %v : vector<4xi32>
    tile.yield
  }
}

// CHECK: kernel @k: 'arith.cmpi' on vectors has an i1 result in xDSL 0.75; use tile.cmp

// -----

// kernel attributes
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %s = arith.addi %v, %v {tag = 1 : i32} : vector<4xi32>
    tile.yield
  }
}

// CHECK: kernel @k: 'arith.addi' carries attributes tag, which kernels do not model

// -----

// kernel properties
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
    %c = arith.constant 1.0 : f32
    %s = arith.addf %c, %c fastmath<fast> : f32
    tile.yield
  }
}

// CHECK: kernel @k: 'arith.addf' has fastmath = #arith.fastmath<fast>; kernels only model its default

// -----

// kernel window use
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %m = "tile.cmp"(%w, %w) <{predicate = "eq"}> : (!tile.window<consume 1 x memref<4xi32>>, !tile.window<consume 1 x memref<4xi32>>) -> i1
    tile.yield
  }
}

// CHECK: kernel @k: 'tile.cmp' uses window %w; only tile.read, tile.write and tile.gather take windows

// -----

// kernel value type
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %c = arith.constant 1 : index
    tile.yield
  }
}

// CHECK: kernel @k: 'arith.constant' has a value of type index; kernel values are vectors or scalars of i1, i8

// -----

// read value type
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xindex>
    tile.yield
  }
}

// CHECK: tile.read of %w: vector<4xindex> is not a kernel value type

// -----

// read element type
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xf32>
    tile.yield
  }
}

// CHECK: tile.read of %w: element type f32 != token's i32

// -----

// read token
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[1, 0] : vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.read of %w: token 1 is outside the window of 1

// -----

// read rank
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<1x4xi32>
    tile.yield
  }
}

// CHECK: tile.read of %w: give one start offset and one value dimension per token dimension (1), got 1 and 2

// -----

// read bounds
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 2] : vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.read of %w: [2:6] is outside the token shape [4]

// -----

// read window
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %c = arith.constant 1 : i32
    %v = tile.read %c[0, 0] : vector<4xi32>
    tile.yield
  }
}

// CHECK: expected a window argument of the enclosing kernel

// -----

// read indices
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[] : vector<4xi32>
    tile.yield
  }
}

// CHECK: expected [token, start offsets...]

// -----

// write port
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    tile.write %v, %w[0, 0] : vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.write to %w, a consume window; writes go to produce windows

// -----

// cmp operands
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %c = arith.constant 0 : i32
    %m = "tile.cmp"(%v, %c) <{predicate = "eq"}> : (vector<4xi32>, i32) -> vector<4xi1>
    tile.yield
  }
}

// CHECK: tile.cmp operands differ in type: vector<4xi32> vs i32

// -----

// cmp result
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %m = "tile.cmp"(%v, %v) <{predicate = "eq"}> : (vector<4xi32>, vector<4xi32>) -> i1
    tile.yield
  }
}

// CHECK: tile.cmp result must be vector<4xi1>, not i1

// -----

// cmp predicate
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %m = tile.cmp ogt, %v, %v : vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.cmp on integers: predicate must be one of eq, ne, slt

// -----

// select types
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %m = tile.cmp eq, %v, %v : vector<4xi32>
    %c = arith.constant 0 : i32
    %s = "tile.select"(%m, %v, %c) : (vector<4xi1>, vector<4xi32>, i32) -> vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.select operands and result must share one type, got vector<4xi32>, i32 -> vector<4xi32>

// -----

// select condition
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %t = arith.constant true
    %s = "tile.select"(%t, %v, %v) : (i1, vector<4xi32>, vector<4xi32>) -> vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.select condition must be vector<4xi1>, not i1

// -----

// cast kind
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %f = tile.cast convert %v : vector<4xi32> to vector<4xf32>
    tile.yield
  }
}

// CHECK: tile.cast kind must be one of extsi, extui, trunci, sitofp, uitofp, fptosi, fptoui, index_cast, not 'convert'

// -----

// cast shape
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %f = tile.cast sitofp %v : vector<4xi32> to vector<8xf32>
    tile.yield
  }
}

// CHECK: tile.cast sitofp needs kernel values of one shape, got vector<4xi32> to vector<8xf32>

// -----

// cast types
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %f = tile.cast fptosi %v : vector<4xi32> to vector<4xi16>
    tile.yield
  }
}

// CHECK: tile.cast fptosi cannot convert i32 to i16

// -----

// shape_cast element type
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %c = tile.shape_cast %v : vector<4xi32> to vector<4x1xf32>
    tile.yield
  }
}

// CHECK: tile.shape_cast keeps the element type, got vector<4xi32> to vector<4x1xf32>

// -----

// shape_cast elements
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
    %v = tile.read %w[0, 0] : vector<4xi32>
    %c = tile.shape_cast %v : vector<4xi32> to vector<2x4xi32>
    tile.yield
  }
}

// CHECK: tile.shape_cast keeps the number of elements, got vector<4xi32> to vector<2x4xi32>

// -----

// coord axis
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
    %c = tile.coord 0 axis 1 : vector<4xi64>
    tile.yield
  }
}

// CHECK: tile.coord: axis 1 is not -1 or an axis of (4,)

// -----

// coord type
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
    %c = tile.coord 0 axis 0 : vector<4xf32>
    tile.yield
  }
}

// CHECK: tile.coord: vector<4xf32> is not an integer kernel value

// -----

// gather offsets
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 3 x memref<4xi32>>) {
    %z = tile.coord 0 axis 0 : vector<4xi64>
    %v = tile.gather %w[1, 0](%z) rows : vector<4xi64> -> vector<4xi32>
    tile.yield
  }
}

// CHECK: tile.gather of %w: give one start per token axis and one offset per token axis plus one along the rows

// -----

// gather element type
tile.program @p on "vck190" {
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
    %z = tile.coord 0 axis 0 : vector<4xi64>
    %v = tile.gather %w[0, 0](%z) : vector<4xi64> -> vector<4xf32>
    tile.yield
  }
}

// CHECK: tile.gather of %w: result vector<4xf32> is not a vector of the token's i32

// -----

// run arguments
tile.program @p on "vck190" {
  %t = tile.tile compute (2, 1)
  tile.core(%t) {
    tile.loop 4 {
      tile.run @k() args [[0]]
    }
  }
}

// CHECK: tile.run @k: argument [0] needs a constant and one coefficient per enclosing tile.loop (2 numbers)

// -----

// external margin
tile.program @p on "vck190" {
  tile.external @arg0 arg 0 margin [0, 1] : memref<4x4xi32>
}

// CHECK: external @arg0: margin gives a non-negative (below, above) pair per dimension of [4, 4]

// -----

// acquire port
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.core(%a) {
    tile.acquire @f write 1
  }
}

// CHECK: tile.acquire port must be one of produce, consume, not 'write'

// -----

// release count
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.core(%a) {
    tile.release @f produce 0
  }
}

// CHECK: tile.release count must be at least 1, not 0

// -----

// acquire fifo
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.core(%a) {
    tile.acquire @nope consume 1
  }
}

// CHECK: fifo @nope is not defined

// -----

// produce role
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.core(%b) {
    tile.acquire @f produce 1
  }
}

// CHECK: tile.acquire: core (2,2) uses @f on produce but does not produce it (its producer is (2,1))

// -----

// consume role
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.core(%a) {
    tile.acquire @f consume 1
  }
}

// CHECK: tile.acquire: core (2,1) uses @f on consume but is not one of its consumers

// -----

// run kernel
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.core(%a) {
    tile.run @nope(@f)
  }
}

// CHECK: kernel @nope is not defined

// -----

// run arity
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>, %o : !tile.window<produce 1 x memref<4xi32>>) {
  
    tile.yield
  }
  tile.core(%b) {
    tile.run @k(@f)
  }
}

// CHECK: tile.run @k binds 1 fifos but the kernel has 2 windows

// -----

// run offsets
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
  
    tile.yield
  }
  tile.core(%b) {
    "tile.run"() <{kernel = @k, fifos = [@f], offsets = array<i64: 0, 1>}> : () -> ()
  }
}

// CHECK: tile.run @k: give one non-negative offset per fifo, or none

// -----

// run token
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<8xi32>
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
  
    tile.yield
  }
  tile.core(%b) {
    tile.run @k(@f)
  }
}

// CHECK: tile.run @k: fifo @f carries memref<8xi32> but window #0 of the kernel takes memref<4xi32>

// -----

// run role
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.fifo @f (%a -> %b shared) pool %b depth 2 : memref<4xi32>
  tile.kernel @k(%w : !tile.window<consume 1 x memref<4xi32>>) {
  
    tile.yield
  }
  tile.core(%a) {
    tile.run @k(@f)
  }
}

// CHECK: tile.run: core (2,1) uses @f on consume but is not one of its consumers

// -----

// loop count
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.core(%a) {
    tile.loop 0 {
    }
  }
}

// CHECK: tile.loop count must be at least 1, not 0

// -----

// loop step
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 2)
  tile.core(%a) {
    tile.loop 2 {
      %c = arith.constant 1 : i32
    }
  }
}

// CHECK: 'arith.constant' is not a core step; cores hold tile.acquire, tile.release, tile.run and tile.loop

// -----

// program attribute
tile.program @p on "vck190" attributes {strategy = 3 : i32} {

}

// CHECK: program @p: attribute 'strategy' must be a string (it records strategy, partition or placement), not 3 : i32

// -----

// tile twice
tile.program @p on "vck190" {
  %a = tile.tile compute (2, 1)
  %b = tile.tile compute (2, 1)
}

// CHECK: tile (2,1) is declared more than once

// -----

// device
tile.program @p on "vck9000" {

}

// CHECK: cannot load device 'vck9000': unknown target 'vck9000': use one of vck190, npu1, npu2 or a .toml file

// -----

// off array
tile.program @p on "vck190" {
  %t = tile.tile compute (60, 1)
}

// CHECK: tile (60,1) is outside the vck190 array (50 columns, rows 0-8)

// -----

// tile kind on device
tile.program @p on "vck190" {
  %t = tile.tile compute (3, 0)
}

// CHECK: tile (3,0) is declared compute but is a shim tile on vck190

// MLIR-AIE programming guide section-4c: vector_scalar_mul on npu1 (one AIE2 core).
// 4096 int16 elements stream in from the shim in tokens of 1024 (the example's chunk),
// the core multiplies each chunk by a scalar (`scale_vectorized`: load, vector mul,
// store), and the results stream back out. The guide measures 72 cycles per kernel call
// (pipelined loop; the store bound is 64) and 512 cycles per 1024-element chunk on one
// 32-bit stream. benchmarks/calibration.py compares both.
tile.program @vector_scalar_mul on "npu1" work(ops 4096, bytes_in 8192, bytes_out 8192, dtype i16) {
  %s = tile.tile shim (0, 0)
  %c = tile.tile compute (0, 2)
  tile.external @a arg 0 : memref<4096xi16>
  tile.external @c arg 1 : memref<4096xi16>
  tile.fifo @in (%s -> %c dma depth 2 channel 0 hops 2) depth 0 channel 0 : memref<1024xi16>
  tile.fifo @out (%c -> %s dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<1024xi16>
  tile.kernel @scale(%wa : !tile.window<consume 1 x memref<1024xi16>>, %wc : !tile.window<produce 1 x memref<1024xi16>>) {
    %x = tile.read %wa[0, 0] : vector<1024xi16>
    %three = arith.constant 3 : i16
    %f = vector.broadcast %three : i16 to vector<1024xi16>
    %y = arith.muli %x, %f : vector<1024xi16>
    tile.write %y, %wc[0, 0] : vector<1024xi16>
    tile.yield
  }
  tile.core(%c) {
    tile.loop 4 {
      tile.acquire @in consume 1
      tile.acquire @out produce 1
      tile.run @scale(@in, @out)
      tile.release @in consume 1
      tile.release @out produce 1
    }
  }
  tile.transfer mm2s %s channel 0 @a -> @in [offset 0, sizes [4096], strides [1]]
  tile.transfer s2mm %s channel 0 @out -> @c [offset 0, sizes [4096], strides [1]]
}

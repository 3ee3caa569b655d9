builtin.module {
  tile.program @jacobi_1d on "npu1" work(ops 32, bytes_in 40, bytes_out 32, dtype i32) attributes {strategy = "auto", partition = "stream dim None, pencil blocks [8], 1 pencils over 1 groups (1 each), 1 lane(s), 1 stage(s)", placement = "1 cores; shim in channels (0,0):0"} {
    %shim0.0 = tile.tile shim (0, 0)
    %tile0.2 = tile.tile compute (0, 2)
    tile.external @arg0 arg 0 : memref<10xi32>
    tile.external @arg1 arg 1 : memref<10xi32>
    tile.fifo @in_field_g0 (%shim0.0 -> %tile0.2 dma depth 3 channel 0 hops 2) depth 0 channel 0 : memref<10xi32>
    tile.fifo @out_g0 (%tile0.2 -> %shim0.0 dma depth 0 channel 0 hops 2) depth 2 channel 0 : memref<8xi32>
    tile.kernel @out(%w0: !tile.window<consume 1 x memref<10xi32>>, %w1: !tile.window<produce 1 x memref<8xi32>>) {
      %0 = arith.constant 21 : i32
      %1 = vector.broadcast %0 : i32 to vector<8xi32>
      %2 = arith.constant 6 : i32
      %3 = vector.broadcast %2 : i32 to vector<8xi32>
      %4 = tile.read %w0[0, 0] : vector<8xi32>
      %5 = tile.read %w0[0, 1] : vector<8xi32>
      %6 = tile.read %w0[0, 2] : vector<8xi32>
      %7 = arith.addi %4, %5 : vector<8xi32>
      %8 = arith.addi %7, %6 : vector<8xi32>
      %9 = arith.muli %8, %1 : vector<8xi32>
      %10 = arith.shrsi %9, %3 : vector<8xi32>
      tile.write %10, %w1[0, 0] : vector<8xi32>
      tile.yield
    }
    tile.core(%tile0.2) {
      tile.acquire @in_field_g0 consume 1
      tile.acquire @out_g0 produce 1
      tile.run @out(@in_field_g0 + 0, @nowhere + 0)
      tile.release @out_g0 produce 1
      tile.release @in_field_g0 consume 1
    }
    tile.transfer mm2s %shim0.0 channel 0 @arg0 -> @in_field_g0 [offset 0, sizes [10], strides [1]]
    tile.transfer s2mm %shim0.0 channel 0 @out_g0 -> @arg1 [offset 1, sizes [8], strides [1]]
  }
}

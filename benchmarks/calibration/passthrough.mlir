// A passthrough limited by one 32-bit stream (MLIR-AIE's passthrough_dmas pattern): 256 KiB
// of int32 stream from a shim MM2S channel into a memory tile, which forwards each 4 KiB
// token through its DMA to a shim S2MM channel. Every hop moves 4 bytes per cycle (one
// 32-bit word), so N bytes take N/4 cycles plus the DMA's per-token (buffer descriptor) and
// per-task (shim) overheads. benchmarks/calibration.py compares the model with N/4.
tile.program @passthrough on "npu1" work(ops 0, bytes_in 262144, bytes_out 262144, dtype i32) {
  %s = tile.tile shim (0, 0)
  %m = tile.tile memory (0, 1)
  tile.external @src arg 0 : memref<65536xi32>
  tile.external @dst arg 1 : memref<65536xi32>
  tile.fifo @in (%s -> %m dma depth 2 channel 0 hops 1) depth 0 channel 0 : memref<1024xi32>
  tile.fifo @out (%m -> %s dma depth 0 channel 0 hops 1) depth 2 channel 0 : memref<1024xi32>
  tile.link forward %m [@in] -> [@out]
  tile.transfer mm2s %s channel 0 @src -> @in [offset 0, sizes [65536], strides [1]]
  tile.transfer s2mm %s channel 0 @out -> @dst [offset 0, sizes [65536], strides [1]]
}

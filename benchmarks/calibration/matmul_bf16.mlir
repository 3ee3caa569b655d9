// MLIR-AIE programming guide section-4c, "Optimization Exercises - Part 1": one
// 64x64x64 matmul micro-kernel call on one AIE2 core of npu1 (bf16 operands). A and B
// stream in on separate 32-bit channels, C streams out. The guide measures about 2535
// cycles between event0 and event1 (the kernel call) against an ideal of 2048. 2048
// cycles is 262,144 MACs at 128 MACs/cycle, AIE2's bf16 rate; at the int16 rate of 64
// MACs/cycle (AM020) the ideal is 4096. benchmarks/calibration.py calibrates on the bf16
// reading and prints the int16 one for transparency.
tile.program @matmul_bf16 on "npu1" work(ops 524288, bytes_in 16384, bytes_out 16384, dtype bf16, matmul bf16) {
  %s = tile.tile shim (0, 0)
  %c = tile.tile compute (0, 2)
  tile.external @A arg 0 : memref<64x64xbf16>
  tile.external @B arg 1 : memref<64x64xbf16>
  tile.external @C arg 2 : memref<64x64xf32>
  tile.fifo @a (%s -> %c dma depth 2 channel 0 hops 2) depth 0 channel 0 : memref<64x64xbf16>
  tile.fifo @b (%s -> %c dma depth 2 channel 1 hops 2) depth 0 channel 1 : memref<64x64xbf16>
  tile.fifo @o (%c -> %s dma depth 0 channel 0 hops 2) depth 1 channel 0 : memref<64x64xf32>
  tile.kernel @mm(%wa : !tile.window<consume 1 x memref<64x64xbf16>>, %wb : !tile.window<consume 1 x memref<64x64xbf16>>, %wo : !tile.window<produce 1 x memref<64x64xf32>>) {
    %x = tile.read %wa[0, 0, 0] : vector<64x64xbf16>
    %y = tile.read %wb[0, 0, 0] : vector<64x64xbf16>
    %z = arith.constant dense<0.000000e+00> : vector<64x64xf32>
    %r = tile.matmul %x, %y, %z {precision = "bf16"} : vector<64x64xbf16>, vector<64x64xbf16>, vector<64x64xf32>
    tile.write %r, %wo[0, 0, 0] : vector<64x64xf32>
    tile.yield
  }
  tile.core(%c) {
    tile.acquire @a consume 1
    tile.acquire @b consume 1
    tile.acquire @o produce 1
    tile.run @mm(@a, @b, @o)
    tile.release @a consume 1
    tile.release @b consume 1
    tile.release @o produce 1
  }
  tile.transfer mm2s %s channel 0 @A -> @a [offset 0, sizes [64, 64], strides [64, 1]]
  tile.transfer mm2s %s channel 1 @B -> @b [offset 0, sizes [64, 64], strides [64, 1]]
  tile.transfer s2mm %s channel 0 @o -> @C [offset 0, sizes [64, 64], strides [64, 1]]
}

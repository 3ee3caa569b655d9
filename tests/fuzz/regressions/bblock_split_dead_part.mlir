// fuzz: target=npu1 strategy=sparta-bblock seed=402 expect=ok
// Found by the fuzzer (campaign seed 100, case 19): the first ops of the apply are dead
// (%a0v6, %a0v7 feed nothing), so `stencil-split{parts=3}` cut a first part that exports
// nothing and built a stencil.apply with no results; stencil-balance then crashed on it
// (AssertionError in ApplyOp.get_rank). Now the dead part is dropped and sparta-bblock
// rejects the program with a diagnostic (it cannot cut it into three stages). Since
// stencil-dce removes the dead ops before the mapping, the program maps and agrees.
// Edited since: %a0v12 is max(MIN, an access) (it was max(MIN, MIN)), so that constant
// folding leaves the apply work to split into three stages.
func.func @fuzz(%in0: !stencil.field<[-2,4]x[0,23]xi32>, %in1: !stencil.field<[-1,6]x[-1,23]xi32>, %in2: !stencil.field<[0,4]x[0,22]xi32>, %out0: !stencil.field<[-2,6]x[-2,24]xi32>) {
  %f0 = stencil.load %in0 : !stencil.field<[-2,4]x[0,23]xi32> -> !stencil.temp<[-2,4]x[0,23]xi32>
  %f1 = stencil.load %in1 : !stencil.field<[-1,6]x[-1,23]xi32> -> !stencil.temp<[-1,6]x[-1,23]xi32>
  %f2 = stencil.load %in2 : !stencil.field<[0,4]x[0,22]xi32> -> !stencil.temp<[0,4]x[0,22]xi32>
  %a0 = stencil.apply(%a0p0 = %f2 : !stencil.temp<[0,4]x[0,22]xi32>, %a0p1 = %f0 : !stencil.temp<[-2,4]x[0,23]xi32>, %a0p2 = %f1 : !stencil.temp<[-1,6]x[-1,23]xi32>) -> (!stencil.temp<[0,4]x[0,22]xi32>) {
    %a0v0 = stencil.access %a0p0[0, 0] : !stencil.temp<[0,4]x[0,22]xi32>
    %a0v1 = stencil.access %a0p1[-2, 1] : !stencil.temp<[-2,4]x[0,23]xi32>
    %a0v2 = stencil.access %a0p1[0, 0] : !stencil.temp<[-2,4]x[0,23]xi32>
    %a0v3 = stencil.access %a0p2[-1, -1] : !stencil.temp<[-1,6]x[-1,23]xi32>
    %a0v4 = stencil.access %a0p2[2, 1] : !stencil.temp<[-1,6]x[-1,23]xi32>
    %a0v5 = stencil.access %a0p2[1, 1] : !stencil.temp<[-1,6]x[-1,23]xi32>
    %a0v6 = arith.floordivsi %a0v1, %a0v3 : i32
    %a0v7 = arith.shrsi %a0v3, %a0v5 : i32
    %a0v8 = arith.constant 3 : i32
    %a0v9 = arith.remui %a0v5, %a0v8 : i32
    %a0v10 = arith.constant -2147483648 : i32
    %a0v11 = arith.cmpi eq, %a0v10, %a0v0 : i32
    %a0v12 = arith.maxsi %a0v10, %a0v0 : i32
    %a0v13 = arith.divsi %a0v12, %a0v8 : i32
    %a0v14 = arith.constant 3 : i32
    %a0v15 = arith.constant 13 : i32
    %a0v16 = arith.select %a0v11, %a0v14, %a0v15 : i32
    %a0v17 = arith.addi %a0v13, %a0v8 : i32
    stencil.return %a0v17 : i32
  }
  stencil.store %a0 to %out0(<[0, 0], [4, 22]>) : !stencil.temp<[0,4]x[0,22]xi32> to !stencil.field<[-2,6]x[-2,24]xi32>
  func.return
}

// Six input fields read by one apply: more DMA streams than a core's S2MM channels.
func.func @six_fields(%f0: !stencil.field<[-1,9]xi32>, %f1: !stencil.field<[-1,9]xi32>, %f2: !stencil.field<[-1,9]xi32>, %f3: !stencil.field<[-1,9]xi32>, %f4: !stencil.field<[-1,9]xi32>, %f5: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t0 = stencil.load %f0 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %t1 = stencil.load %f1 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %t2 = stencil.load %f2 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %t3 = stencil.load %f3 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %t4 = stencil.load %f4 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %t5 = stencil.load %f5 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %r = stencil.apply(%a0 = %t0 : !stencil.temp<[-1,9]xi32>, %a1 = %t1 : !stencil.temp<[-1,9]xi32>, %a2 = %t2 : !stencil.temp<[-1,9]xi32>, %a3 = %t3 : !stencil.temp<[-1,9]xi32>, %a4 = %t4 : !stencil.temp<[-1,9]xi32>, %a5 = %t5 : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
    %x0 = stencil.access %a0[0] : !stencil.temp<[-1,9]xi32>
    %x1 = stencil.access %a1[0] : !stencil.temp<[-1,9]xi32>
    %x2 = stencil.access %a2[0] : !stencil.temp<[-1,9]xi32>
    %x3 = stencil.access %a3[0] : !stencil.temp<[-1,9]xi32>
    %x4 = stencil.access %a4[0] : !stencil.temp<[-1,9]xi32>
    %x5 = stencil.access %a5[0] : !stencil.temp<[-1,9]xi32>
    %s1 = arith.addi %x0, %x1 : i32
    %s2 = arith.addi %s1, %x2 : i32
    %s3 = arith.addi %s2, %x3 : i32
    %s4 = arith.addi %s3, %x4 : i32
    %s5 = arith.addi %s4, %x5 : i32
    stencil.return %s5 : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

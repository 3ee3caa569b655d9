// Nine input fields read by one apply: one core cannot land nine DMA streams (its own and
// its neighbours' S2MM channels land eight), so the uniform strategy does not fit it.
func.func @nine(%in0: !stencil.field<[-1,9]x[0,16]xf32>, %in1: !stencil.field<[-1,9]x[0,16]xf32>, %in2: !stencil.field<[-1,9]x[0,16]xf32>, %in3: !stencil.field<[-1,9]x[0,16]xf32>, %in4: !stencil.field<[-1,9]x[0,16]xf32>, %in5: !stencil.field<[-1,9]x[0,16]xf32>, %in6: !stencil.field<[-1,9]x[0,16]xf32>, %in7: !stencil.field<[-1,9]x[0,16]xf32>, %in8: !stencil.field<[-1,9]x[0,16]xf32>, %out: !stencil.field<[-1,9]x[0,16]xf32>) {
  %t0 = stencil.load %in0 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t1 = stencil.load %in1 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t2 = stencil.load %in2 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t3 = stencil.load %in3 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t4 = stencil.load %in4 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t5 = stencil.load %in5 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t6 = stencil.load %in6 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t7 = stencil.load %in7 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %t8 = stencil.load %in8 : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<?x?xf32>
  %r = stencil.apply(%f0 = %t0 : !stencil.temp<?x?xf32>, %f1 = %t1 : !stencil.temp<?x?xf32>, %f2 = %t2 : !stencil.temp<?x?xf32>, %f3 = %t3 : !stencil.temp<?x?xf32>, %f4 = %t4 : !stencil.temp<?x?xf32>, %f5 = %t5 : !stencil.temp<?x?xf32>, %f6 = %t6 : !stencil.temp<?x?xf32>, %f7 = %t7 : !stencil.temp<?x?xf32>, %f8 = %t8 : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %v0 = stencil.access %f0[-1, 0] : !stencil.temp<?x?xf32>
    %v1 = stencil.access %f1[0, 0] : !stencil.temp<?x?xf32>
    %v2 = stencil.access %f2[1, 0] : !stencil.temp<?x?xf32>
    %v3 = stencil.access %f3[-1, 0] : !stencil.temp<?x?xf32>
    %v4 = stencil.access %f4[0, 0] : !stencil.temp<?x?xf32>
    %v5 = stencil.access %f5[1, 0] : !stencil.temp<?x?xf32>
    %v6 = stencil.access %f6[-1, 0] : !stencil.temp<?x?xf32>
    %v7 = stencil.access %f7[0, 0] : !stencil.temp<?x?xf32>
    %v8 = stencil.access %f8[1, 0] : !stencil.temp<?x?xf32>
    %s1 = arith.addf %v0, %v1 : f32
    %s2 = arith.addf %s1, %v2 : f32
    %s3 = arith.addf %s2, %v3 : f32
    %s4 = arith.addf %s3, %v4 : f32
    %s5 = arith.addf %s4, %v5 : f32
    %s6 = arith.addf %s5, %v6 : f32
    %s7 = arith.addf %s6, %v7 : f32
    %s8 = arith.addf %s7, %v8 : f32
    stencil.return %s8 : f32
  }
  stencil.store %r to %out(<[0, 0], [8, 16]>) : !stencil.temp<?x?xf32> to !stencil.field<[-1,9]x[0,16]xf32>
  func.return
}

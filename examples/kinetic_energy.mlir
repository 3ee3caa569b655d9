// kinetic_energy: kinetic energy and vorticity of C-grid winds (two outputs), f32.
// Interior 64 planes x 256 rows x 256 columns; halo 1 in rows and columns.
//   ke   = 1/4 * (u^2 + u(c+1)^2 + v^2 + v(r+1)^2)    (integers: sum >> 2)
//   vort = (v - v(c-1)) - (u - u(r-1))
func.func @kinetic_energy(%u_field: !stencil.field<[0,64]x[-1,257]x[-1,257]xf32>, %v_field: !stencil.field<[0,64]x[-1,257]x[-1,257]xf32>, %ke_field: !stencil.field<[0,64]x[-1,257]x[-1,257]xf32>, %vort_field: !stencil.field<[0,64]x[-1,257]x[-1,257]xf32>) {
  %u_temp = stencil.load %u_field : !stencil.field<[0,64]x[-1,257]x[-1,257]xf32> -> !stencil.temp<[0,64]x[-1,256]x[0,257]xf32>
  %v_temp = stencil.load %v_field : !stencil.field<[0,64]x[-1,257]x[-1,257]xf32> -> !stencil.temp<[0,64]x[0,257]x[-1,256]xf32>
  %ke_vort_temp:2 = stencil.apply(%u = %u_temp : !stencil.temp<[0,64]x[-1,256]x[0,257]xf32>, %v = %v_temp : !stencil.temp<[0,64]x[0,257]x[-1,256]xf32>) -> (!stencil.temp<[0,64]x[0,256]x[0,256]xf32>, !stencil.temp<[0,64]x[0,256]x[0,256]xf32>) {
    %cst = arith.constant 0.25 : f32
    %u_0 = stencil.access %u[0, 0, 0] : !stencil.temp<[0,64]x[-1,256]x[0,257]xf32>
    %u_jp1 = stencil.access %u[0, 0, 1] : !stencil.temp<[0,64]x[-1,256]x[0,257]xf32>
    %v_0 = stencil.access %v[0, 0, 0] : !stencil.temp<[0,64]x[0,257]x[-1,256]xf32>
    %v_ip1 = stencil.access %v[0, 1, 0] : !stencil.temp<[0,64]x[0,257]x[-1,256]xf32>
    %sq = arith.mulf %u_0, %u_0 : f32
    %sq2 = arith.mulf %u_jp1, %u_jp1 : f32
    %sq3 = arith.mulf %v_0, %v_0 : f32
    %sq4 = arith.mulf %v_ip1, %v_ip1 : f32
    %sq_sum = arith.addf %sq, %sq2 : f32
    %sq_sum2 = arith.addf %sq_sum, %sq3 : f32
    %sq_sum3 = arith.addf %sq_sum2, %sq4 : f32
    %ke = arith.mulf %cst, %sq_sum3 : f32
    %v_jm1 = stencil.access %v[0, 0, -1] : !stencil.temp<[0,64]x[0,257]x[-1,256]xf32>
    %dvdx = arith.subf %v_0, %v_jm1 : f32
    %u_im1 = stencil.access %u[0, -1, 0] : !stencil.temp<[0,64]x[-1,256]x[0,257]xf32>
    %dudy = arith.subf %u_0, %u_im1 : f32
    %vort = arith.subf %dvdx, %dudy : f32
    %ke_result = stencil.store_result %ke : !stencil.result<f32>
    %vort_result = stencil.store_result %vort : !stencil.result<f32>
    stencil.return %ke_result, %vort_result : !stencil.result<f32>, !stencil.result<f32>
  }
  stencil.store %ke_vort_temp#0 to %ke_field(<[0, 0, 0], [64, 256, 256]>) : !stencil.temp<[0,64]x[0,256]x[0,256]xf32> to !stencil.field<[0,64]x[-1,257]x[-1,257]xf32>
  stencil.store %ke_vort_temp#1 to %vort_field(<[0, 0, 0], [64, 256, 256]>) : !stencil.temp<[0,64]x[0,256]x[0,256]xf32> to !stencil.field<[0,64]x[-1,257]x[-1,257]xf32>
  func.return
}

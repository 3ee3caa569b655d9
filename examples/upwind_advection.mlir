// upwind_advection: flux-form MUSCL/minmod upwind advection on a C grid, f32.
// Interior 64 planes x 256 rows x 256 columns; halo 2; rdx is a 1-D per-row metric.
//   slope(p) = minmod(q(p+1) - q(p), q(p) - q(p-1))
//   flux     = vel * (vel > 0 ? q(p-1) + slope(p-1)/2 : q(p) - slope(p)/2)   (face p-1/2)
//   fx uses u along columns, fy uses v along rows
//   out      = q - rdx(r) * (fx(c+1) - fx(c) + fy(r+1) - fy(r))
func.func @upwind_advection(%q_field: !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>, %u_field: !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>, %v_field: !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>, %rdx_field: !stencil.field<[-2,258]xf32>, %out_field: !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>) {
  %q_temp = stencil.load %q_field : !stencil.field<[0,64]x[-2,258]x[-2,258]xf32> -> !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
  %u_temp = stencil.load %u_field : !stencil.field<[0,64]x[-2,258]x[-2,258]xf32> -> !stencil.temp<[0,64]x[0,256]x[0,257]xf32>
  %v_temp = stencil.load %v_field : !stencil.field<[0,64]x[-2,258]x[-2,258]xf32> -> !stencil.temp<[0,64]x[0,257]x[0,256]xf32>
  %rdx_temp = stencil.load %rdx_field : !stencil.field<[-2,258]xf32> -> !stencil.temp<[0,256]xf32>
  %fx_temp = stencil.apply(%q = %q_temp : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>, %u = %u_temp : !stencil.temp<[0,64]x[0,256]x[0,257]xf32>) -> (!stencil.temp<[0,64]x[0,256]x[0,257]xf32>) {
    %c0 = arith.constant 0.0 : f32
    %cst = arith.constant 0.5 : f32
    %q_0 = stencil.access %q[0, 0, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %q_jm1 = stencil.access %q[0, 0, -1] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %d0 = arith.subf %q_0, %q_jm1 : f32
    %q_jm2 = stencil.access %q[0, 0, -2] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %dm = arith.subf %q_jm1, %q_jm2 : f32
    %sign = arith.mulf %d0, %dm : f32
    %opposite = arith.cmpf ole, %sign, %c0 : f32
    %sq = arith.mulf %d0, %d0 : f32
    %sq2 = arith.mulf %dm, %dm : f32
    %a_smaller = arith.cmpf olt, %sq, %sq2 : f32
    %smaller = arith.select %a_smaller, %d0, %dm : f32
    %slope = arith.select %opposite, %c0, %smaller : f32
    %q_jp1 = stencil.access %q[0, 0, 1] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %dp = arith.subf %q_jp1, %q_0 : f32
    %sign2 = arith.mulf %dp, %d0 : f32
    %opposite2 = arith.cmpf ole, %sign2, %c0 : f32
    %sq3 = arith.mulf %dp, %dp : f32
    %a_smaller2 = arith.cmpf olt, %sq3, %sq : f32
    %smaller2 = arith.select %a_smaller2, %dp, %d0 : f32
    %slope2 = arith.select %opposite2, %c0, %smaller2 : f32
    %half = arith.mulf %cst, %slope : f32
    %q_behind = arith.addf %q_jm1, %half : f32
    %half2 = arith.mulf %cst, %slope2 : f32
    %q_ahead = arith.subf %q_0, %half2 : f32
    %u_0 = stencil.access %u[0, 0, 0] : !stencil.temp<[0,64]x[0,256]x[0,257]xf32>
    %forward = arith.cmpf ogt, %u_0, %c0 : f32
    %q_upwind = arith.select %forward, %q_behind, %q_ahead : f32
    %flux = arith.mulf %u_0, %q_upwind : f32
    %flux_result = stencil.store_result %flux : !stencil.result<f32>
    stencil.return %flux_result : !stencil.result<f32>
  }
  %fy_temp = stencil.apply(%q = %q_temp : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>, %v = %v_temp : !stencil.temp<[0,64]x[0,257]x[0,256]xf32>) -> (!stencil.temp<[0,64]x[0,257]x[0,256]xf32>) {
    %c0 = arith.constant 0.0 : f32
    %cst = arith.constant 0.5 : f32
    %q_0 = stencil.access %q[0, 0, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %q_im1 = stencil.access %q[0, -1, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %d0 = arith.subf %q_0, %q_im1 : f32
    %q_im2 = stencil.access %q[0, -2, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %dm = arith.subf %q_im1, %q_im2 : f32
    %sign = arith.mulf %d0, %dm : f32
    %opposite = arith.cmpf ole, %sign, %c0 : f32
    %sq = arith.mulf %d0, %d0 : f32
    %sq2 = arith.mulf %dm, %dm : f32
    %a_smaller = arith.cmpf olt, %sq, %sq2 : f32
    %smaller = arith.select %a_smaller, %d0, %dm : f32
    %slope = arith.select %opposite, %c0, %smaller : f32
    %q_ip1 = stencil.access %q[0, 1, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %dp = arith.subf %q_ip1, %q_0 : f32
    %sign2 = arith.mulf %dp, %d0 : f32
    %opposite2 = arith.cmpf ole, %sign2, %c0 : f32
    %sq3 = arith.mulf %dp, %dp : f32
    %a_smaller2 = arith.cmpf olt, %sq3, %sq : f32
    %smaller2 = arith.select %a_smaller2, %dp, %d0 : f32
    %slope2 = arith.select %opposite2, %c0, %smaller2 : f32
    %half = arith.mulf %cst, %slope : f32
    %q_behind = arith.addf %q_im1, %half : f32
    %half2 = arith.mulf %cst, %slope2 : f32
    %q_ahead = arith.subf %q_0, %half2 : f32
    %v_0 = stencil.access %v[0, 0, 0] : !stencil.temp<[0,64]x[0,257]x[0,256]xf32>
    %forward = arith.cmpf ogt, %v_0, %c0 : f32
    %q_upwind = arith.select %forward, %q_behind, %q_ahead : f32
    %flux = arith.mulf %v_0, %q_upwind : f32
    %flux_result = stencil.store_result %flux : !stencil.result<f32>
    stencil.return %flux_result : !stencil.result<f32>
  }
  %out_temp = stencil.apply(%q = %q_temp : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>, %fx = %fx_temp : !stencil.temp<[0,64]x[0,256]x[0,257]xf32>, %fy = %fy_temp : !stencil.temp<[0,64]x[0,257]x[0,256]xf32>, %rdx = %rdx_temp : !stencil.temp<[0,256]xf32>) -> (!stencil.temp<[0,64]x[0,256]x[0,256]xf32>) {
    %fx_jp1 = stencil.access %fx[0, 0, 1] : !stencil.temp<[0,64]x[0,256]x[0,257]xf32>
    %fx_0 = stencil.access %fx[0, 0, 0] : !stencil.temp<[0,64]x[0,256]x[0,257]xf32>
    %div = arith.subf %fx_jp1, %fx_0 : f32
    %fy_ip1 = stencil.access %fy[0, 1, 0] : !stencil.temp<[0,64]x[0,257]x[0,256]xf32>
    %div2 = arith.addf %div, %fy_ip1 : f32
    %fy_0 = stencil.access %fy[0, 0, 0] : !stencil.temp<[0,64]x[0,257]x[0,256]xf32>
    %div3 = arith.subf %div2, %fy_0 : f32
    %rdx_0 = stencil.access %rdx[_, 0, _] : !stencil.temp<[0,256]xf32>
    %tendency = arith.mulf %rdx_0, %div3 : f32
    %q_0 = stencil.access %q[0, 0, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %out = arith.subf %q_0, %tendency : f32
    %out_result = stencil.store_result %out : !stencil.result<f32>
    stencil.return %out_result : !stencil.result<f32>
  }
  stencil.store %out_temp to %out_field(<[0, 0, 0], [64, 256, 256]>) : !stencil.temp<[0,64]x[0,256]x[0,256]xf32> to !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>
  func.return
}

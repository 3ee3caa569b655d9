// laplacian_chain: Laplacian of a Laplacian (biharmonic, radius 2), f32.
// Interior 64 planes x 256 rows x 256 columns; halo 2 in rows and columns.
//   lap = in(r-1) + in(r+1) + in(c-1) + in(c+1) - 4 * in
//   out = lap(r-1) + lap(r+1) + lap(c-1) + lap(c+1) - 4 * lap
func.func @laplacian_chain(%in_field: !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>, %out_field: !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[0,64]x[-2,258]x[-2,258]xf32> -> !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
  %lap_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>) -> (!stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>) {
    %c4 = arith.constant 4.0 : f32
    %in_im1 = stencil.access %in[0, -1, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %in_ip1 = stencil.access %in[0, 1, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %in_jm1 = stencil.access %in[0, 0, -1] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %in_jp1 = stencil.access %in[0, 0, 1] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %neighbours = arith.addf %in_im1, %in_ip1 : f32
    %neighbours2 = arith.addf %neighbours, %in_jm1 : f32
    %neighbours3 = arith.addf %neighbours2, %in_jp1 : f32
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,64]x[-2,258]x[-2,258]xf32>
    %four = arith.mulf %c4, %in_0 : f32
    %lap = arith.subf %neighbours3, %four : f32
    %lap_result = stencil.store_result %lap : !stencil.result<f32>
    stencil.return %lap_result : !stencil.result<f32>
  }
  %out_temp = stencil.apply(%lap = %lap_temp : !stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>) -> (!stencil.temp<[0,64]x[0,256]x[0,256]xf32>) {
    %c4 = arith.constant 4.0 : f32
    %lap_im1 = stencil.access %lap[0, -1, 0] : !stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>
    %lap_ip1 = stencil.access %lap[0, 1, 0] : !stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>
    %lap_jm1 = stencil.access %lap[0, 0, -1] : !stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>
    %lap_jp1 = stencil.access %lap[0, 0, 1] : !stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>
    %neighbours = arith.addf %lap_im1, %lap_ip1 : f32
    %neighbours2 = arith.addf %neighbours, %lap_jm1 : f32
    %neighbours3 = arith.addf %neighbours2, %lap_jp1 : f32
    %lap_0 = stencil.access %lap[0, 0, 0] : !stencil.temp<[0,64]x[-1,257]x[-1,257]xf32>
    %four = arith.mulf %c4, %lap_0 : f32
    %out = arith.subf %neighbours3, %four : f32
    %out_result = stencil.store_result %out : !stencil.result<f32>
    stencil.return %out_result : !stencil.result<f32>
  }
  stencil.store %out_temp to %out_field(<[0, 0, 0], [64, 256, 256]>) : !stencil.temp<[0,64]x[0,256]x[0,256]xf32> to !stencil.field<[0,64]x[-2,258]x[-2,258]xf32>
  func.return
}

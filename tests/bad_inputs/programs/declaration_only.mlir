func.func private @external(!stencil.field<[-1,9]xi32>)

// Bad usage exits 2 with one line naming the flag; argparse's own errors too.
// DEFINE: %{exits} = %python -c "import subprocess, sys; sys.exit(subprocess.call(sys.argv[2:]) != int(sys.argv[1]))"

// RUN: %{exits} 2 sparta-compile %s --max-tiles 0 2>&1 | filecheck %s --check-prefix=TILES
// RUN: %{exits} 2 sparta-compile %s --strategy fastest 2>&1 | filecheck %s --check-prefix=STRATEGY
// RUN: %{exits} 2 sparta-compile %s --reference --trace %t.json 2>&1 | filecheck %s --check-prefix=TRACE
// RUN: %{exits} 2 sparta-compile %s --emit llvm 2>&1 | filecheck %s --check-prefix=EMIT
// RUN: %{exits} 2 sparta-compile %s --reference --inputs %t.absent.npz 2>&1 | filecheck %s --check-prefix=INPUTS
// RUN: %{exits} 2 sparta-compile %s --target vck9000 2>&1 | filecheck %s --check-prefix=TARGET

// TILES: error: --max-tiles must be at least 1 (got 0)
// STRATEGY: error: unknown --strategy 'fastest': choose one of auto, uniform, sparta-bblock
// TRACE: error: --trace and --heatmap need --simulate
// EMIT: sparta-compile: error: argument --emit: invalid choice: 'llvm' (choose from
// INPUTS: error: cannot read inputs '{{.*}}.absent.npz': no such file
// TARGET-NOT: Traceback
// TARGET: error: unknown target 'vck9000': use one of vck190, npu1, npu2 or a .toml file

func.func @copy(%in: !stencil.field<[0,8]xi32>, %out: !stencil.field<[0,8]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,8]xi32> -> !stencil.temp<[0,8]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,8]xi32>
    stencil.return %v : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[0,8]xi32>
  func.return
}

// RUN: sparta-opt %s --split-input-file -p stencil-combine-to-select | filecheck %s

// stencil-combine-to-select turns each combine result into an apply (marked
// sparta.combine) that takes the lower operand where the coordinate along `dim` is below
// the index and the upper one from it on; every temp forgets its bounds, so that
// stencil-prepare infers them for the new dataflow.

// CHECK-LABEL: func.func @split_rows
// CHECK:         %lo = stencil.apply(%x = %t : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
// CHECK:         %hi = stencil.apply(%y = %t : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
// CHECK:         %c = stencil.apply(%{{.*}} = %lo : !stencil.temp<?x?xf32>, %{{.*}} = %hi : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {{ *}}attributes {sparta.combine}
// CHECK-NEXT:      %[[I:.*]] = stencil.index 0 <[0, 0]>
// CHECK-NEXT:      %[[K:.*]] = arith.constant 3 : index
// CHECK-NEXT:      %[[LT:.*]] = arith.cmpi slt, %[[I]], %[[K]] : index
// CHECK-NEXT:      %[[A:.*]] = stencil.access %{{.*}}[0, 0] : !stencil.temp<?x?xf32>
// CHECK-NEXT:      %[[B:.*]] = stencil.access %{{.*}}[0, 0] : !stencil.temp<?x?xf32>
// CHECK-NEXT:      %[[V:.*]] = arith.select %[[LT]], %[[A]], %[[B]] : f32
// CHECK-NEXT:      stencil.return %[[V]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %c to %out
// CHECK-NOT:     stencil.combine
func.func @split_rows(%in: !stencil.field<[-1,9]x[0,16]xf32>, %out: !stencil.field<[-1,9]x[0,16]xf32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]x[0,16]xf32> -> !stencil.temp<[-1,9]x[0,16]xf32>
  %lo = stencil.apply(%x = %t : !stencil.temp<[-1,9]x[0,16]xf32>) -> (!stencil.temp<[0,3]x[0,16]xf32>) {
    %v = stencil.access %x[-1, 0] : !stencil.temp<[-1,9]x[0,16]xf32>
    stencil.return %v : f32
  }
  %hi = stencil.apply(%y = %t : !stencil.temp<[-1,9]x[0,16]xf32>) -> (!stencil.temp<[3,8]x[0,16]xf32>) {
    %v = stencil.access %y[1, 0] : !stencil.temp<[-1,9]x[0,16]xf32>
    stencil.return %v : f32
  }
  %c = stencil.combine 0 at 3 lower = (%lo : !stencil.temp<[0,3]x[0,16]xf32>) upper = (%hi : !stencil.temp<[3,8]x[0,16]xf32>) : !stencil.temp<[0,8]x[0,16]xf32>
  stencil.store %c to %out(<[0, 0], [8, 16]>) : !stencil.temp<[0,8]x[0,16]xf32> to !stencil.field<[-1,9]x[0,16]xf32>
  func.return
}

// -----

// A lowerext result is its operand below the index and 0 (what the reference reads
// where nothing is defined) from it on.

// CHECK-LABEL: func.func @ext
// CHECK:         stencil.apply(%{{.*}} = %a : !stencil.temp<?xi32>, %{{.*}} = %b : !stencil.temp<?xi32>)
// CHECK:         stencil.apply(%{{.*}} = %e : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {{ *}}attributes {sparta.combine}
// CHECK:           %[[Z:.*]] = arith.constant 0 : i32
// CHECK-NEXT:      %{{.*}} = arith.select %{{.*}}, %{{.*}}, %[[Z]] : i32
func.func @ext(%in: !stencil.field<[0,8]xi32>, %out: !stencil.field<[0,8]xi32>, %out2: !stencil.field<[0,8]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,8]xi32> -> !stencil.temp<?xi32>
  %a = stencil.apply(%x = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<?xi32>
    stencil.return %v : i32
  }
  %b = stencil.apply(%x = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<?xi32>
    %w = arith.addi %v, %v : i32
    stencil.return %w : i32
  }
  %e = stencil.apply(%x = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<?xi32>
    %w = arith.muli %v, %v : i32
    stencil.return %w : i32
  }
  %c, %d = stencil.combine 0 at 4 lower = (%a : !stencil.temp<?xi32>) upper = (%b : !stencil.temp<?xi32>) lowerext = %e : !stencil.temp<?xi32> : !stencil.temp<?xi32>, !stencil.temp<?xi32>
  stencil.store %c to %out(<[0], [8]>) : !stencil.temp<?xi32> to !stencil.field<[0,8]xi32>
  stencil.store %d to %out2(<[0], [4]>) : !stencil.temp<?xi32> to !stencil.field<[0,8]xi32>
  func.return
}

// -----

// A tree of plain combines, each feeding only the next (the frame a time loop's chained
// steps assemble: %new inside rows 1..7, %old outside), is one apply of nested selects,
// reading each leaf once.

// CHECK-LABEL: func.func @frame
// CHECK:         %f = stencil.apply(%{{.*}} = %old : !stencil.temp<?x?xf32>, %{{.*}} = %new : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {{ *}}attributes {sparta.combine}
// CHECK-NEXT:      %[[I:.*]] = stencil.index 0 <[0, 0]>
// CHECK-NEXT:      %[[HI:.*]] = arith.constant 7 : index
// CHECK-NEXT:      %[[UP:.*]] = arith.cmpi slt, %[[I]], %[[HI]] : index
// CHECK-NEXT:      %[[LO:.*]] = arith.constant 1 : index
// CHECK-NEXT:      %[[DOWN:.*]] = arith.cmpi slt, %[[I]], %[[LO]] : index
// CHECK-NEXT:      %[[O:.*]] = stencil.access %{{.*}}[0, 0] : !stencil.temp<?x?xf32>
// CHECK-NEXT:      %[[N:.*]] = stencil.access %{{.*}}[0, 0] : !stencil.temp<?x?xf32>
// CHECK-NEXT:      %[[INNER:.*]] = arith.select %[[DOWN]], %[[O]], %[[N]] : f32
// CHECK-NEXT:      %[[V:.*]] = arith.select %[[UP]], %[[INNER]], %[[O]] : f32
// CHECK-NEXT:      stencil.return %[[V]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %f to %out
// CHECK-NOT:     stencil.combine
func.func @frame(%in: !stencil.field<[0,8]x[0,16]xf32>, %out: !stencil.field<[0,8]x[0,16]xf32>) {
  %old = stencil.load %in : !stencil.field<[0,8]x[0,16]xf32> -> !stencil.temp<[0,8]x[0,16]xf32>
  %new = stencil.apply(%x = %old : !stencil.temp<[0,8]x[0,16]xf32>) -> (!stencil.temp<[1,7]x[0,16]xf32>) {
    %v = stencil.access %x[1, 0] : !stencil.temp<[0,8]x[0,16]xf32>
    stencil.return %v : f32
  }
  %low = stencil.combine 0 at 1 lower = (%old : !stencil.temp<[0,8]x[0,16]xf32>) upper = (%new : !stencil.temp<[1,7]x[0,16]xf32>) : !stencil.temp<[0,7]x[0,16]xf32>
  %f = stencil.combine 0 at 7 lower = (%low : !stencil.temp<[0,7]x[0,16]xf32>) upper = (%old : !stencil.temp<[0,8]x[0,16]xf32>) : !stencil.temp<[0,8]x[0,16]xf32>
  stencil.store %f to %out(<[0, 0], [8, 16]>) : !stencil.temp<[0,8]x[0,16]xf32> to !stencil.field<[0,8]x[0,16]xf32>
  func.return
}

// RUN: sparta-opt %s --split-input-file -p stencil-split | filecheck %s
// RUN: sparta-opt %s --split-input-file -p 'stencil-split{target=npu1}' | filecheck %s --check-prefix=NPU1
// RUN: sparta-opt %s --split-input-file -p 'stencil-split{parts=2}' | filecheck %s --check-prefix=PARTS2
// RUN: sparta-opt %s --split-input-file -p 'stencil-split{parts=3}' | filecheck %s --check-prefix=PARTS3
// RUN: sparta-opt %s --split-input-file -p 'stencil-split{parts=2 forward-fields=true}' | filecheck %s --check-prefix=FORWARD
// RUN: sparta-opt %s --split-input-file -p 'stencil-split{max-ops=1}' | filecheck %s --check-prefix=MAXOPS

// stencil-split cuts an apply's ops, in order, into parts of about equal arithmetic op
// count (accesses, constants and the return count 0); each cut lies within a quarter part
// of its ideal position, where the fewest values cross it (ties: nearest the ideal).
// Values that cross become results of the earlier part, read at offset 0 by the later one;
// accesses and constants are repeated where used. Without `parts` or `max-ops`, an apply is
// split when it has more ops per point than one core can do while one shim channel streams
// a point: peak ops/cycle x cycles/point = 16 for i32 and f32 on vck190 (16 lanes, 4-byte
// points at 4 bytes/cycle), 32 for f32 on npu1 (16 multiply lanes x 2).

// The chain: 4 ops (addi, muli | subi, shrsi).
// Default: 4 <= 16, unchanged. parts=2: the cut at 2 ops (prefix weight 2 = 4 / 2) after
// the muli; only %m crosses; the second part reads %x again for %c and repeats %k.

// CHECK-LABEL: func.func @chain(
// CHECK-NEXT:    %t = stencil.load
// CHECK-NEXT:    %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// CHECK-NOT:     stencil.apply
// CHECK:         stencil.store %r

// PARTS2-LABEL: func.func @chain(
// PARTS2-NEXT:    %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
// PARTS2-NEXT:    %[[P0:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// PARTS2-NEXT:      %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
// PARTS2-NEXT:      %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
// PARTS2-NEXT:      %k = arith.constant 3 : i32
// PARTS2-NEXT:      %s = arith.addi %w, %e : i32
// PARTS2-NEXT:      %m = arith.muli %s, %k : i32
// PARTS2-NEXT:      stencil.return %m : i32
// PARTS2-NEXT:    }
// PARTS2-NEXT:    %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>, %[[A:.*]] = %[[P0]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// PARTS2-NEXT:      %[[M:.*]] = stencil.access %[[A]][0] : !stencil.temp<[0,8]xi32>
// PARTS2-NEXT:      %c = stencil.access %x[0] : !stencil.temp<[-1,9]xi32>
// PARTS2-NEXT:      %k = arith.constant 3 : i32
// PARTS2-NEXT:      %d = arith.subi %[[M]], %c : i32
// PARTS2-NEXT:      %h = arith.shrsi %d, %k : i32
// PARTS2-NEXT:      stencil.return %h : i32
// PARTS2-NEXT:    }
// PARTS2-NEXT:    stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>

// forward-fields: the centre read %c (offset 0) is relayed from the first part, which
// reads the field anyway, so the second part no longer reads %x (SPARTA's last flux core
// takes the centre row from its neighbour). Results keep body order: %c before %m.

// FORWARD-LABEL: func.func @chain(
// FORWARD-NEXT:    %t = stencil.load
// FORWARD-NEXT:    %[[C:.*]], %[[M:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>, !stencil.temp<[0,8]xi32>) {
// FORWARD-NEXT:      %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
// FORWARD-NEXT:      %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
// FORWARD-NEXT:      %c = stencil.access %x[0] : !stencil.temp<[-1,9]xi32>
// FORWARD-NEXT:      %k = arith.constant 3 : i32
// FORWARD-NEXT:      %s = arith.addi %w, %e : i32
// FORWARD-NEXT:      %m = arith.muli %s, %k : i32
// FORWARD-NEXT:      stencil.return %c, %m : i32, i32
// FORWARD-NEXT:    }
// FORWARD-NEXT:    %r = stencil.apply(%[[AC:.*]] = %[[C]] : !stencil.temp<[0,8]xi32>, %[[AM:.*]] = %[[M]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// FORWARD-NEXT:      %[[VC:.*]] = stencil.access %[[AC]][0] : !stencil.temp<[0,8]xi32>
// FORWARD-NEXT:      %[[VM:.*]] = stencil.access %[[AM]][0] : !stencil.temp<[0,8]xi32>
// FORWARD-NEXT:      %k = arith.constant 3 : i32
// FORWARD-NEXT:      %d = arith.subi %[[VM]], %[[VC]] : i32
// FORWARD-NEXT:      %h = arith.shrsi %d, %k : i32
// FORWARD-NEXT:      stencil.return %h : i32
// FORWARD-NEXT:    }

// max-ops=1: ceil(4 / 1) = 4 parts, one op each; the third reads %x for %c.

// MAXOPS-LABEL: func.func @chain(
// MAXOPS-NEXT:    %t = stencil.load
// MAXOPS-NEXT:    %[[S:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// MAXOPS-NEXT:      %w = stencil.access %x[-1]
// MAXOPS-NEXT:      %e = stencil.access %x[1]
// MAXOPS-NEXT:      %s = arith.addi %w, %e : i32
// MAXOPS-NEXT:      stencil.return %s : i32
// MAXOPS-NEXT:    }
// MAXOPS-NEXT:    %[[M:.*]] = stencil.apply(%[[A1:.*]] = %[[S]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// MAXOPS-NEXT:      %[[V1:.*]] = stencil.access %[[A1]][0]
// MAXOPS-NEXT:      %k = arith.constant 3 : i32
// MAXOPS-NEXT:      %m = arith.muli %[[V1]], %k : i32
// MAXOPS-NEXT:      stencil.return %m : i32
// MAXOPS-NEXT:    }
// MAXOPS-NEXT:    %[[D:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>, %[[A2:.*]] = %[[M]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// MAXOPS-NEXT:      %[[V2:.*]] = stencil.access %[[A2]][0]
// MAXOPS-NEXT:      %c = stencil.access %x[0]
// MAXOPS-NEXT:      %d = arith.subi %[[V2]], %c : i32
// MAXOPS-NEXT:      stencil.return %d : i32
// MAXOPS-NEXT:    }
// MAXOPS-NEXT:    %r = stencil.apply(%[[A3:.*]] = %[[D]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// MAXOPS-NEXT:      %[[V3:.*]] = stencil.access %[[A3]][0]
// MAXOPS-NEXT:      %k = arith.constant 3 : i32
// MAXOPS-NEXT:      %h = arith.shrsi %[[V3]], %k : i32
// MAXOPS-NEXT:      stencil.return %h : i32
// MAXOPS-NEXT:    }
// MAXOPS-NEXT:    stencil.store %r

func.func @chain(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
    %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
    %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
    %c = stencil.access %x[0] : !stencil.temp<[-1,9]xi32>
    %k = arith.constant 3 : i32
    %s = arith.addi %w, %e : i32
    %m = arith.muli %s, %k : i32
    %d = arith.subi %m, %c : i32
    %h = arith.shrsi %d, %k : i32
    stencil.return %h : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

// -----

// parts=3 on 6 ops: cuts after 2 and 4 ops. %a (part 0) is used by %f (part 2), so
// part 1 relays it: part 0 returns %a and %b, part 1 returns %a and %d.

// PARTS3-LABEL: func.func @relay(
// PARTS3-NEXT:    %t = stencil.load
// PARTS3-NEXT:    %[[A:.*]], %[[B:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>, !stencil.temp<[0,8]xi32>) {
// PARTS3-NEXT:      %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
// PARTS3-NEXT:      %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
// PARTS3-NEXT:      %k = arith.constant 2 : i32
// PARTS3-NEXT:      %a = arith.addi %w, %e : i32
// PARTS3-NEXT:      %b = arith.muli %a, %k : i32
// PARTS3-NEXT:      stencil.return %a, %b : i32, i32
// PARTS3-NEXT:    }
// PARTS3-NEXT:    %[[A2:.*]], %[[D:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>, %[[XA:.*]] = %[[A]] : !stencil.temp<[0,8]xi32>, %[[XB:.*]] = %[[B]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>, !stencil.temp<[0,8]xi32>) {
// PARTS3-NEXT:      %[[VA:.*]] = stencil.access %[[XA]][0] : !stencil.temp<[0,8]xi32>
// PARTS3-NEXT:      %[[VB:.*]] = stencil.access %[[XB]][0] : !stencil.temp<[0,8]xi32>
// PARTS3-NEXT:      %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
// PARTS3-NEXT:      %c = arith.subi %[[VB]], %w : i32
// PARTS3-NEXT:      %d = arith.addi %c, %c : i32
// PARTS3-NEXT:      stencil.return %[[VA]], %d : i32, i32
// PARTS3-NEXT:    }
// PARTS3-NEXT:    %r = stencil.apply(%[[YA:.*]] = %[[A2]] : !stencil.temp<[0,8]xi32>, %[[YD:.*]] = %[[D]] : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// PARTS3-NEXT:      %[[WA:.*]] = stencil.access %[[YA]][0] : !stencil.temp<[0,8]xi32>
// PARTS3-NEXT:      %[[WD:.*]] = stencil.access %[[YD]][0] : !stencil.temp<[0,8]xi32>
// PARTS3-NEXT:      %k = arith.constant 2 : i32
// PARTS3-NEXT:      %f = arith.addi %[[WD]], %[[WA]] : i32
// PARTS3-NEXT:      %g = arith.shrsi %f, %k : i32
// PARTS3-NEXT:      stencil.return %g : i32
// PARTS3-NEXT:    }

// Default: 6 <= 16, unchanged.
// CHECK-LABEL: func.func @relay(
// CHECK-NEXT:    %t = stencil.load
// CHECK-NEXT:    %r = stencil.apply
// CHECK-NOT:     stencil.apply
// CHECK:         func.return

func.func @relay(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
    %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
    %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
    %k = arith.constant 2 : i32
    %a = arith.addi %w, %e : i32
    %b = arith.muli %a, %k : i32
    %c = arith.subi %b, %w : i32
    %d = arith.addi %c, %c : i32
    %f = arith.addi %d, %a : i32
    %g = arith.shrsi %f, %k : i32
    stencil.return %g : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

// -----

// 17 f32 adds in a chain. Default on vck190: 17 > 16, ceil(17 / 16) = 2 parts; the ideal
// cut is at 8.5 ops, every cut of a chain crosses one value, so the nearest cut wins: the
// first part computes %s0 .. %s7. On npu1 (32 ops per point) it stays whole.

// CHECK-LABEL: func.func @long(
// CHECK-NEXT:    %t = stencil.load
// CHECK-NEXT:    %[[P0:.*]] = stencil.apply(%x = %t : !stencil.temp<[-1,9]xf32>) -> (!stencil.temp<[0,8]xf32>) {
// CHECK:           %s7 = arith.addf %s6, %c : f32
// CHECK-NEXT:      stencil.return %s7 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xf32>, %[[A:.*]] = %[[P0]] : !stencil.temp<[0,8]xf32>) -> (!stencil.temp<[0,8]xf32>) {
// CHECK-NEXT:      %[[S7:.*]] = stencil.access %[[A]][0] : !stencil.temp<[0,8]xf32>
// CHECK-NEXT:      %c = stencil.access %x[0] : !stencil.temp<[-1,9]xf32>
// CHECK-NEXT:      %s8 = arith.addf %[[S7]], %c : f32
// CHECK:           stencil.return %s16 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %r

// NPU1-LABEL: func.func @long(
// NPU1-NEXT:    %t = stencil.load
// NPU1-NEXT:    %r = stencil.apply
// NPU1-NOT:     stencil.apply
// NPU1:         stencil.return %s16 : f32

func.func @long(%in: !stencil.field<[-1,9]xf32>, %out: !stencil.field<[-1,9]xf32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xf32> -> !stencil.temp<[-1,9]xf32>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xf32>) -> (!stencil.temp<[0,8]xf32>) {
    %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xf32>
    %c = stencil.access %x[0] : !stencil.temp<[-1,9]xf32>
    %s0 = arith.addf %w, %c : f32
    %s1 = arith.addf %s0, %c : f32
    %s2 = arith.addf %s1, %c : f32
    %s3 = arith.addf %s2, %c : f32
    %s4 = arith.addf %s3, %c : f32
    %s5 = arith.addf %s4, %c : f32
    %s6 = arith.addf %s5, %c : f32
    %s7 = arith.addf %s6, %c : f32
    %s8 = arith.addf %s7, %c : f32
    %s9 = arith.addf %s8, %c : f32
    %s10 = arith.addf %s9, %c : f32
    %s11 = arith.addf %s10, %c : f32
    %s12 = arith.addf %s11, %c : f32
    %s13 = arith.addf %s12, %c : f32
    %s14 = arith.addf %s13, %c : f32
    %s15 = arith.addf %s14, %c : f32
    %s16 = arith.addf %s15, %c : f32
    stencil.return %s16 : f32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xf32> to !stencil.field<[-1,9]xf32>
  func.return
}

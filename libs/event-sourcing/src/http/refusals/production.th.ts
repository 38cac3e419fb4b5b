import type { ThaiRefusals } from './thai-refusal';

/** Lots: collecting, grading, packing, losses, reject processing, allocation; and the lots a sale names. */
export const PRODUCTION_TH: ThaiRefusals = {
  lot_not_found: { title: 'ไม่พบล็อต', detail: 'ล็อต {lotId} ยังไม่ได้บันทึกการเก็บไข่' },
  lot_not_recorded: { title: 'ไม่พบล็อต', detail: 'ไม่มีล็อต {lotIds} ที่บันทึกการเก็บไข่ไว้' },
  lot_already_collected: {
    title: 'ล็อตบันทึกไว้แล้ว',
    detail: 'ล็อต {lotId} บันทึกการเก็บไข่ไว้แล้วด้วยข้อมูลอื่น',
  },
  collected_before_placement: {
    title: 'วันเก็บไข่อยู่ก่อนวันลงเลี้ยง',
    detail: 'ฝูง {flockId} ลงเลี้ยงวันที่ {placedOn} หลังวันเก็บไข่ที่ระบุ',
  },
  more_eggs_than_hens: {
    title: 'ไข่มากกว่าจำนวนแม่ไก่',
    detail: 'ฝูง {flockId} เหลือแม่ไก่ {hensAlive:n} ตัว ไข่ที่เก็บในหนึ่งวันต้องไม่เกินจำนวนแม่ไก่',
  },
  size_class_not_enabled: {
    title: 'ไม่ได้คัดไข่เบอร์นี้',
    detail: 'สหกรณ์ไม่ได้คัดไข่เบอร์ {size}: เบอร์ที่คัดอยู่คือ {enabled}',
  },
  graded_before_collected: {
    title: 'วันคัดเกรดอยู่ก่อนวันเก็บไข่',
    detail: 'วันคัดเกรด {gradedOn} อยู่ก่อนวันเก็บไข่ของล็อต {collectedOn}',
  },
  eggs_not_conserved: {
    title: 'จำนวนไข่ไม่ตรงกัน',
    detail: 'ไข่ที่คัดได้ {graded:n} ฟอง รวมกับไข่คัดทิ้ง {rejected:n} ฟอง ต้องเท่ากับไข่ที่เก็บได้ {collected:n} ฟอง',
  },
  duplicate_reject_reason: { title: 'เหตุผลคัดทิ้งซ้ำ', detail: 'แต่ละเหตุผลคัดทิ้งระบุจำนวนได้ครั้งเดียว' },
  lot_already_graded: { title: 'ล็อตคัดเกรดแล้ว', detail: 'ล็อต {lotId} คัดเกรดไว้แล้วด้วยผลอื่น' },
  lot_not_graded: {
    title: 'ล็อตยังไม่ได้คัดเกรด',
    detail: ['ล็อต {lotIds} ยังไม่ได้คัดเกรดภายในวันขาย {soldOn}: ขายได้เฉพาะไข่ที่คัดเกรดแล้ว', 'ล็อต {lotId} ยังไม่ได้คัดเกรด'],
  },
  lots_do_not_hold: {
    title: 'ล็อตมีไข่ไม่พอ',
    detail: 'ล็อต {lotIds} คัดได้ไข่เบอร์ {size} รวม {held:n} ฟอง น้อยกว่า {sold:n} ฟองที่ขาย',
  },
  grading_in_use: {
    title: 'ผลการคัดเกรดถูกใช้แล้ว',
    detail: 'ไข่ของล็อต {lotId} ถูกแพ็ก แปรรูป บันทึกเสียหาย หรือจัดสรรไปแล้ว จึงยกเลิกผลการคัดเกรดไม่ได้',
  },
  invalid_egg_count: {
    title: 'จำนวนไข่ไม่ถูกต้อง',
    detail: ['จำนวนไข่ต้องเป็นจำนวนเต็มและไม่น้อยกว่าขั้นต่ำของรายการนี้ (ได้ {eggs})', 'จำนวนไข่ต้องเป็นจำนวนเต็มและไม่ติดลบ'],
  },
  invalid_tray_count: { title: 'จำนวนถาดไม่ถูกต้อง', detail: 'จำนวนถาดต้องเป็นจำนวนเต็มตั้งแต่ 1 ถาด (ได้ {trays})' },
  dated_before_grading: {
    title: 'วันที่อยู่ก่อนวันคัดเกรด',
    detail: 'วันที่ {date} อยู่ก่อนวันคัดเกรดของล็อต {gradedOn}',
  },
  pack_already_recorded: { title: 'การแพ็กบันทึกไว้แล้ว', detail: 'การแพ็ก {packId} บันทึกไว้แล้วด้วยข้อมูลอื่น' },
  insufficient_graded_stock: {
    title: 'ไข่คัดแล้วไม่พอแพ็ก',
    detail: 'ไข่เบอร์ {size} ที่คัดแล้วและยังไม่แพ็กเหลือ {available:n} ฟอง แต่ต้องใช้ {requested:n} ฟอง',
  },
  loss_already_recorded: {
    title: 'ความเสียหายบันทึกไว้แล้ว',
    detail: 'ความเสียหาย {lossId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  insufficient_stock: {
    title: 'ไข่ไม่พอสำหรับความเสียหายที่บันทึก',
    detail: 'ไข่เบอร์ {size} ที่{stage:stage}เหลือ {available:n} ฟอง บันทึกเสียหาย {requested:n} ฟองไม่ได้',
  },
  invalid_output_grams: {
    title: 'น้ำหนักผลผลิตไม่ถูกต้อง',
    detail: 'น้ำหนักผลผลิตต้องเป็นกรัมเต็ม ตั้งแต่ 0 ขึ้นไป (ได้ {outputGrams})',
  },
  rejects_batch_already_recorded: {
    title: 'การแปรรูปไข่คัดทิ้งบันทึกไว้แล้ว',
    detail: 'การแปรรูปไข่คัดทิ้งชุด {batchId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  insufficient_rejects: {
    title: 'ไข่คัดทิ้งไม่พอ',
    detail: 'ไข่คัดทิ้งที่ยังไม่แปรรูปเหลือ {available:n} ฟอง น้อยกว่า {requested:n} ฟองที่ขอ',
  },
  allocation_conflict: {
    title: 'จัดสรรไว้แล้วด้วยจำนวนอื่น',
    detail: 'การจัดส่ง {shipmentId} จัดสรรไข่เบอร์ {size} ไว้แล้ว {allocated:n} ถาด (ครั้งนี้ขอ {requested:n} ถาด)',
  },
  insufficient_packed_stock: {
    title: 'ไข่แพ็กแล้วไม่พอ',
    detail: [
      'ไข่เบอร์ {size} ที่แพ็กแล้วและยังไม่จัดสรรเหลือ {available:n} ถาด แต่ขอ {requested:n} ถาด',
      'ไข่ที่แพ็กแล้วและยังไม่จัดสรรเหลือ {available:n} ถาด แต่ขอ {requested:n} ถาด',
    ],
  },
};

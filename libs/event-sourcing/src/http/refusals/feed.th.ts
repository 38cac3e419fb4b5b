import type { ThaiRefusals } from './thai-refusal';

/** Feed: negotiations with feed suppliers, contracts, orders, deliveries, invoices; feed market prices. */
export const FEED_TH: ThaiRefusals = {
  invalid_negotiation_period: {
    title: 'ช่วงเวลาการเจรจาไม่ถูกต้อง',
    detail: 'วันสิ้นสุด {periodTo} ต้องไม่อยู่ก่อนวันเริ่ม {periodFrom}',
  },
  quote_already_received: {
    title: 'ใบเสนอราคาได้รับไว้แล้ว',
    detail: 'ใบเสนอราคา {quoteId} ของการเจรจา {negotiationId} ได้รับไว้แล้วด้วยข้อมูลอื่น',
  },
  quote_before_opening: {
    title: 'ใบเสนอราคามาก่อนเปิดการเจรจา',
    detail: 'วันรับใบเสนอราคา {receivedOn} อยู่ก่อนวันเปิดการเจรจา {openedOn}',
  },
  invalid_quote_validity: {
    title: 'วันหมดอายุใบเสนอราคาไม่ถูกต้อง',
    detail: 'วันหมดอายุ {validUntil} ต้องไม่อยู่ก่อนวันรับใบเสนอราคา {receivedOn}',
  },
  quote_not_found: { title: 'ไม่พบใบเสนอราคา', detail: 'การเจรจา {negotiationId} ไม่มีใบเสนอราคา {quoteId}' },
  agreed_price_above_quote: {
    title: 'ราคาที่ตกลงสูงกว่าที่เสนอ',
    detail: 'ราคาที่ตกลงกิโลกรัมละ {agreedPricePerKgSatang:baht} สูงกว่าที่ผู้ขายอาหารสัตว์เสนอ {quotedPricePerKgSatang:baht}',
  },
  award_before_quote: {
    title: 'ตกลงก่อนได้รับใบเสนอราคา',
    detail: 'วันตกลง {agreedOn} อยู่ก่อนวันรับใบเสนอราคา {receivedOn}',
  },
  quote_expired: {
    title: 'ใบเสนอราคาหมดอายุแล้ว',
    detail: 'ใบเสนอราคามีผลถึง {validUntil} แต่วันตกลงคือ {agreedOn}',
  },
  failure_reason_required: { title: 'ต้องระบุเหตุผล', detail: 'การปิดการเจรจาโดยไม่ได้ข้อตกลงต้องระบุเหตุผล' },
  closed_before_opening: {
    title: 'ปิดการเจรจาก่อนเปิด',
    detail: 'วันปิด {closedOn} อยู่ก่อนวันเปิดการเจรจา {openedOn}',
  },
  feed_contract_already_agreed: {
    title: 'สัญญาอาหารสัตว์มีอยู่แล้ว',
    detail: 'สัญญาอาหารสัตว์ {contractId} ตกลงไว้แล้วด้วยเงื่อนไขอื่น',
  },
  contract_not_found: { title: 'ไม่พบสัญญา', detail: 'ไม่มีสัญญาอาหารสัตว์ {contractId}' },
  feed_contract_not_found: {
    title: 'ไม่พบสัญญาอาหารสัตว์',
    detail: 'ไม่มีสัญญาอาหารสัตว์ {contractId} ที่ตกลงไว้',
  },
  invalid_contract_period: {
    title: 'ช่วงเวลาสัญญาไม่ถูกต้อง',
    detail: 'วันสิ้นสุดสัญญา {validTo} ต้องไม่อยู่ก่อนวันเริ่ม {validFrom}',
  },
  outside_contract_period: { title: 'อยู่นอกช่วงสัญญา', detail: 'วันที่ระบุอยู่นอกช่วงสัญญา {validFrom} ถึง {validTo}' },
  contract_volume_exceeded: {
    title: 'เกินปริมาณตามสัญญา',
    detail:
      'ขอ {requestedKg:n} กก. เกินปริมาณที่เหลือตามสัญญา {remainingKg:n} กก. ' +
      '(สัญญา {volumeKg:n} กก. ส่งแล้ว {deliveredKg:n} กก. สั่งไว้ยังไม่ส่ง {openOrderKg:n} กก.)',
  },
  order_already_placed: {
    title: 'ใบสั่งอาหารสัตว์บันทึกไว้แล้ว',
    detail: 'ใบสั่ง {orderId} ภายใต้สัญญา {contractId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  invalid_order_dates: {
    title: 'วันที่ในใบสั่งไม่ถูกต้อง',
    detail: 'วันที่ขอให้ส่ง {requestedDeliveryOn} ต้องไม่อยู่ก่อนวันสั่ง {orderedOn}',
  },
  order_not_found: { title: 'ไม่พบใบสั่งอาหารสัตว์', detail: 'สัญญา {contractId} ไม่มีใบสั่ง {orderId}' },
  order_farm_mismatch: {
    title: 'ใบสั่งเป็นของสมาชิกหรือฟาร์มอื่น',
    detail: 'ใบสั่ง {orderId} เป็นของสมาชิก {memberId} ฟาร์ม {farmId} ไม่ใช่สมาชิกหรือฟาร์มที่ระบุ',
  },
  order_overdelivered: {
    title: 'ส่งอาหารสัตว์เกินใบสั่ง',
    detail:
      'ขอส่ง {requestedKg:n} กก. เกินยอดที่เหลือ {remainingKg:n} กก. ของใบสั่ง {orderId} ' +
      '(สั่ง {orderedKg:n} กก. ส่งแล้ว {deliveredKg:n} กก.)',
  },
  delivery_already_recorded: {
    title: 'การส่งอาหารสัตว์บันทึกไว้แล้ว',
    detail: 'การส่ง {deliveryId} ภายใต้สัญญา {contractId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  feed_type_mismatch: { title: 'ชนิดอาหารไม่ตรงสัญญา', detail: 'สัญญานี้ครอบคลุมอาหารชนิด {contractFeedType} เท่านั้น' },
  delivery_not_found: { title: 'ไม่พบการส่งอาหารสัตว์', detail: 'สัญญา {contractId} ไม่มีการส่ง {deliveryId}' },
  adjustment_already_recorded: {
    title: 'การแก้ไขยอดบันทึกไว้แล้ว',
    detail: 'การแก้ไข {adjustmentId} ภายใต้สัญญา {contractId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  invalid_adjusted_kg: {
    title: 'น้ำหนักที่แก้ไขไม่ถูกต้อง',
    detail: 'น้ำหนักใหม่ต้องเป็นกิโลกรัมเต็ม ตั้งแต่ 0 ขึ้นไป (ได้ {newKg})',
  },
  adjustment_reason_required: { title: 'ต้องระบุเหตุผล', detail: 'การแก้ไขยอดต้องระบุเหตุผล' },
  adjustment_before_delivery: {
    title: 'แก้ไขก่อนวันส่ง',
    detail: 'วันแก้ไข {adjustedOn} อยู่ก่อนวันส่งอาหารสัตว์ {deliveredOn}',
  },
  adjustment_changes_nothing: {
    title: 'การแก้ไขไม่ได้เปลี่ยนอะไร',
    detail: ['การส่ง {deliveryId} เป็น {kg:n} กก. อยู่แล้ว', 'การแก้ไขต้องเปลี่ยนจำนวนกิโลกรัมหรือจำนวนเงิน'],
  },
  supplier_mismatch: {
    title: 'ผู้ขายอาหารสัตว์ไม่ตรงสัญญา',
    detail: 'สัญญาอาหารสัตว์ {contractId} ทำกับผู้ขาย {contractSupplierId} ไม่ใช่ผู้ขายที่ระบุ',
  },
  delivery_not_of_contract: {
    title: 'การส่งไม่อยู่ในสัญญา',
    detail: 'ไม่มีการส่ง {deliveryIds} บันทึกไว้ภายใต้สัญญาอาหารสัตว์ {contractId}',
  },
  invoice_not_found: { title: 'ไม่พบใบแจ้งหนี้', detail: 'ไม่มีใบแจ้งหนี้ค่าอาหารสัตว์ {invoiceId}' },
  invoice_already_received: {
    title: 'ใบแจ้งหนี้ได้รับไว้แล้ว',
    detail: 'ใบแจ้งหนี้ {invoiceId} ได้รับไว้แล้วด้วยข้อมูลอื่น',
  },
  invoice_price_mismatch: {
    title: 'ราคาในใบแจ้งหนี้ไม่ตรงสัญญา',
    detail:
      'ใบแจ้งหนี้คิดราคาการส่ง {deliveryId} กิโลกรัมละ {invoicedPricePerKgSatang:baht} แต่สัญญากำหนด {contractPricePerKgSatang:baht}',
  },
  invalid_due_date: {
    title: 'วันครบกำหนดชำระไม่ถูกต้อง',
    detail: 'วันครบกำหนดชำระ {dueOn} ต้องไม่อยู่ก่อนวันที่ในใบแจ้งหนี้ {invoicedOn}',
  },
  invoice_lines_do_not_match_deliveries: {
    title: 'บรรทัดในใบแจ้งหนี้ไม่ตรงกับการส่ง',
    detail:
      'ใบแจ้งหนี้ต้องมีหนึ่งบรรทัดต่อการส่งแต่ละครั้งที่ระบุ และแต่ละครั้งเพียงบรรทัดเดียว ' +
      '(การส่งที่ระบุ: {deliveryIds}; บรรทัดของการส่ง: {lineDeliveryIds})',
  },
  invoice_does_not_add_up: {
    title: 'ยอดในใบแจ้งหนี้ไม่ถูกต้อง',
    detail: [
      'บรรทัดของการส่ง {deliveryId} คิดเป็น {amountSatang:baht} แต่กิโลกรัม × ราคา ได้ {expectedAmountSatang:baht}',
      'ยอดรวม {totalSatang:baht} ไม่เท่ากับยอดบรรทัด {linesSatang:baht} บวกภาษีมูลค่าเพิ่ม {vatSatang:baht} ' +
        '({expectedTotalSatang:baht})',
    ],
  },
  invalid_payment_amount: {
    title: 'ยอดชำระไม่ถูกต้อง',
    detail: 'ยอดชำระต้องเป็นจำนวนเต็มสตางค์ อย่างน้อย 1 สตางค์ (ได้ {amountSatang})',
  },
  payment_before_invoice: {
    title: 'ชำระก่อนวันที่ในใบแจ้งหนี้',
    detail: 'วันชำระ {paidOn} อยู่ก่อนวันที่ในใบแจ้งหนี้ {invoicedOn}',
  },
  invoice_overpaid: {
    title: 'ชำระเกินยอดค้าง',
    detail:
      'ยอดชำระ {requestedSatang:baht} เกินยอดค้างชำระ {outstandingSatang:baht} ' +
      '(ใบแจ้งหนี้ {totalSatang:baht} ชำระแล้ว {paidSatang:baht})',
  },
  feed_market_price_already_recorded: {
    title: 'ราคาอาหารสัตว์ในตลาดบันทึกไว้แล้ว',
    detail: 'แหล่งนี้บันทึกราคาอาหารชนิดนี้ในวันนั้นไว้แล้วเป็นกิโลกรัมละ {recorded:baht}',
  },
};

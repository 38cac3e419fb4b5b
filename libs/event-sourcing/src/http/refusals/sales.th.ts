import type { ThaiRefusals } from './thai-refusal';

/** Price negotiations with buyers, sales orders, shipments and their delivery, sales. */
export const SALES_TH: ThaiRefusals = {
  buyer_mismatch: {
    title: 'ผู้ซื้อไม่ตรงกัน',
    detail: [
      'การเจรจา {negotiationId} เป็นของผู้ซื้อ {partyBuyerId} ไม่ใช่ {buyerId}',
      'คำสั่งซื้อ {orderId} เป็นของผู้ซื้อ {partyBuyerId} ไม่ใช่ {buyerId}',
      'การจัดส่ง {shipmentId} เป็นของผู้ซื้อ {partyBuyerId} ไม่ใช่ {buyerId}',
      'รายการนี้เป็นของผู้ซื้อ {partyBuyerId} ไม่ใช่ {buyerId}',
    ],
  },
  negotiation_not_found: { title: 'ไม่พบการเจรจา', detail: 'ยังไม่ได้เปิดการเจรจา {negotiationId}' },
  negotiation_already_opened: {
    title: 'การเจรจาเปิดไว้แล้ว',
    detail: 'การเจรจา {negotiationId} เปิดไว้แล้วด้วยเงื่อนไขอื่น',
  },
  negotiation_closed: {
    title: 'การเจรจาปิดแล้ว',
    detail: ['การเจรจา {negotiationId} {negotiationStatus:negotiationStatus}', 'การเจรจา {negotiationId} ปิดไปแล้ว'],
  },
  negotiation_not_agreed: {
    title: 'การเจรจายังไม่ได้ตกลงราคา',
    detail:
      'การเจรจา {negotiationId} {negotiationStatus:negotiationStatus}: ยืนยันคำสั่งซื้อตามราคาเจรจาได้เมื่อตกลงราคากันแล้วเท่านั้น',
  },
  floor_above_ceiling: {
    title: 'ราคาต่ำสุดสูงกว่าเพดานราคา',
    detail: 'ราคาต่ำสุดตามต้นทุนการผลิตฟองละ {floorSatangPerEgg:baht} ต้องไม่สูงกว่าเพดานราคาฟองละ {ceilingSatangPerEgg:baht}',
  },
  invalid_price: {
    title: 'ราคาไม่ถูกต้อง',
    detail: [
      'ราคาต่ำสุดต้องเป็นจำนวนเต็มสตางค์ต่อฟอง อย่างน้อย 1 สตางค์ (ได้ {floorSatangPerEgg})',
      'เพดานราคาต้องเป็นจำนวนเต็มสตางค์ต่อฟอง อย่างน้อย 1 สตางค์ (ได้ {ceilingSatangPerEgg})',
      'ราคาต้องเป็นจำนวนเต็มสตางค์ต่อฟอง อย่างน้อย 1 สตางค์ (ได้ {satangPerEgg})',
      'ราคาต้องเป็นจำนวนเต็มสตางค์ต่อฟอง อย่างน้อย 1 สตางค์: ราคาเบอร์ {sizes} ไม่เป็นเช่นนั้น',
    ],
  },
  invalid_volume: {
    title: 'ปริมาณไม่ถูกต้อง',
    detail: 'ปริมาณไข่ต่อสัปดาห์ต้องเป็นจำนวนเต็มตั้งแต่ 1 ฟอง (ได้ {eggsPerWeek})',
  },
  round_already_recorded: {
    title: 'รอบเจรจาบันทึกไว้แล้ว',
    detail: 'รอบ {roundId} ของการเจรจา {negotiationId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  not_buyers_turn: {
    title: 'ยังไม่ถึงรอบของผู้ซื้อ',
    detail: 'ผู้ซื้อเสนอราคาครั้งล่าสุดในการเจรจา {negotiationId} แล้ว: ขั้นต่อไปคือข้อเสนอโต้กลับของสหกรณ์',
  },
  not_our_turn: {
    title: 'ยังไม่ถึงรอบของสหกรณ์',
    detail: 'ข้อเสนอโต้กลับต้องตอบข้อเสนอของผู้ซื้อ: การเจรจา {negotiationId} ยังไม่มีข้อเสนอใหม่จากผู้ซื้อ',
  },
  invalid_validity_period: {
    title: 'ช่วงเวลาที่ราคามีผลไม่ถูกต้อง',
    detail: 'วันสิ้นสุด {validTo} ต้องไม่อยู่ก่อนวันเริ่ม {validFrom}',
  },
  no_buyer_offer: {
    title: 'ผู้ซื้อยังไม่ได้เสนอราคา',
    detail: 'ตกลงราคาได้หลังจากผู้ซื้อเสนอราคาแล้วเท่านั้น (การเจรจา {negotiationId})',
  },
  no_prices: { title: 'ต้องระบุราคา', detail: 'ต้องระบุราคาอย่างน้อยหนึ่งเบอร์ไข่' },
  size_not_asked: {
    title: 'เบอร์ไข่นี้ไม่ได้ขอราคา',
    detail: 'ตั้งราคาได้เฉพาะเบอร์ไข่ที่สหกรณ์ขอราคาไว้: สหกรณ์ไม่ได้ขอราคาเบอร์ {sizes}',
  },
  outside_agreed_validity: {
    title: 'วันสั่งซื้ออยู่นอกช่วงราคาที่ตกลง',
    detail: 'ราคาที่ตกลงในการเจรจา {negotiationId} ใช้ได้ตั้งแต่ {validFrom} ถึง {validTo} ไม่ครอบคลุมวันสั่งซื้อ {orderedOn}',
  },
  size_not_agreed: {
    title: 'เบอร์ไข่นี้ไม่ได้ตกลงราคา',
    detail: [
      'การเจรจา {negotiationId} ไม่ได้ตกลงราคาไข่เบอร์ {sizes} (ราคาที่ตกลงไว้: {agreedPrices:prices})',
      'การเจรจา {negotiationId} ไม่ได้ตกลงราคาไข่เบอร์ {sizes}',
    ],
  },
  contract_price_mismatch: {
    title: 'ราคาไม่ตรงกับที่ตกลง',
    detail: [
      'ราคาในรายการต้องเป็นราคาที่ตกลงในการเจรจา {negotiationId}: {lines:priceLines}',
      'สัญญาอาหารสัตว์ {contractId} ราคากิโลกรัมละ {contractPricePerKgSatang:baht} ไม่ตรงกับราคาที่ระบุ',
    ],
  },
  sales_order_not_found: { title: 'ไม่พบคำสั่งซื้อ', detail: 'ยังไม่ได้ยืนยันคำสั่งซื้อ {orderId}' },
  sales_order_not_confirmed: {
    title: 'คำสั่งซื้อยังไม่ได้ยืนยัน',
    detail: 'คำสั่งซื้อ {orderId} {orderStatus:orderStatus}: วางแผนจัดส่งได้เฉพาะคำสั่งซื้อที่ยืนยันแล้ว',
  },
  sales_order_already_confirmed: {
    title: 'คำสั่งซื้อยืนยันไว้แล้ว',
    detail: 'คำสั่งซื้อ {orderId} ยืนยันไว้แล้วด้วยข้อมูลอื่น',
  },
  sales_order_cancelled: { title: 'คำสั่งซื้อถูกยกเลิกแล้ว', detail: 'คำสั่งซื้อ {orderId} ถูกยกเลิกแล้ว' },
  sales_order_dispatched: {
    title: 'คำสั่งซื้อมีการส่งของแล้ว',
    detail: 'การจัดส่ง {shipmentId} ออกไปตามคำสั่งซื้อ {orderId} แล้ว จึงยกเลิกคำสั่งซื้อไม่ได้',
  },
  order_has_no_lines: { title: 'คำสั่งซื้อไม่มีรายการ', detail: 'คำสั่งซื้อต้องมีอย่างน้อยหนึ่งเบอร์ไข่' },
  delivery_before_order: { title: 'วันส่งอยู่ก่อนวันสั่งซื้อ', detail: 'วันส่ง {date} อยู่ก่อนวันสั่งซื้อ {earliest}' },
  invalid_order_line: {
    title: 'รายการในคำสั่งซื้อไม่ถูกต้อง',
    detail: [
      'จำนวนถาดต้องเป็นจำนวนเต็มตั้งแต่ 1 ถาด (ได้ {trays})',
      'ราคาต้องเป็นจำนวนเต็มสตางค์ต่อฟอง อย่างน้อย 1 สตางค์ (ได้ {satangPerEgg})',
    ],
  },
  dispatch_already_recorded: {
    title: 'การส่งของบันทึกไว้แล้ว',
    detail: 'การจัดส่ง {shipmentId} ของคำสั่งซื้อ {orderId} บันทึกไว้แล้วด้วยวันที่อื่น',
  },
  invalid_payment_method: {
    title: 'วิธีชำระเงินไม่ถูกต้อง',
    detail: 'วิธีชำระเงินต้องเป็น TRANSFER (โอน), CHEQUE (เช็ค) หรือ CASH (เงินสด)',
  },
  payment_already_recorded: {
    title: 'การชำระเงินบันทึกไว้แล้ว',
    detail: [
      'การชำระ {paymentId} ของคำสั่งซื้อ {orderId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
      'การชำระ {paymentId} ของใบแจ้งหนี้ {invoiceId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
    ],
  },
  overpayment: {
    title: 'ชำระเกินยอดค้าง',
    detail: 'ยอดชำระ {amountSatang:baht} เกินยอดค้างชำระ {outstandingSatang:baht} ของคำสั่งซื้อ {orderId}',
  },
  size_not_ordered: { title: 'เบอร์ไข่ไม่อยู่ในคำสั่งซื้อ', detail: 'คำสั่งซื้อ {orderId} ไม่ได้สั่งไข่เบอร์ {sizes}' },
  more_than_ordered: {
    title: 'ส่งเกินจำนวนที่สั่ง',
    detail: 'การจัดส่งนี้มีถาดมากกว่าคำสั่งซื้อ {orderId}: {sizes:overOrdered}',
  },
  shipment_not_found: { title: 'ไม่พบการจัดส่ง', detail: 'ยังไม่ได้วางแผนการจัดส่ง {shipmentId}' },
  shipment_has_no_items: { title: 'การจัดส่งไม่มีรายการ', detail: 'การจัดส่งต้องมีไข่อย่างน้อยหนึ่งรายการ' },
  duplicate_item: { title: 'รายการซ้ำ', detail: 'แต่ละล็อตและเบอร์ไข่ระบุได้ครั้งเดียวต่อการจัดส่ง' },
  invalid_item: { title: 'รายการจัดส่งไม่ถูกต้อง', detail: 'จำนวนถาดต้องเป็นจำนวนเต็มตั้งแต่ 1 ถาด (ได้ {trays})' },
  shipment_already_planned: {
    title: 'การจัดส่งวางแผนไว้แล้ว',
    detail: 'การจัดส่ง {shipmentId} วางแผนไว้แล้วด้วยข้อมูลอื่น',
  },
  shipment_not_planned: {
    title: 'การจัดส่งไม่ได้อยู่ในขั้นวางแผน',
    detail: 'การจัดส่ง {shipmentId} {shipmentStatus:shipmentStatus}',
  },
  shipment_not_allocated: {
    title: 'การจัดส่งยังไม่ได้จัดสรรไข่',
    detail: 'การจัดส่ง {shipmentId} {shipmentStatus:shipmentStatus}: ส่งออกได้เมื่อจัดสรรไข่แล้วเท่านั้น',
  },
  shipment_already_dispatched: { title: 'การจัดส่งออกไปแล้ว', detail: 'การจัดส่ง {shipmentId} ส่งออกไปแล้ว' },
  shipment_not_dispatched: {
    title: 'การจัดส่งยังไม่ได้ส่งออก',
    detail: 'การจัดส่ง {shipmentId} {shipmentStatus:shipmentStatus}: ยืนยันการรับได้หลังส่งออกแล้วเท่านั้น',
  },
  delivery_already_confirmed: {
    title: 'ยืนยันการรับไว้แล้ว',
    detail: 'การรับของของการจัดส่ง {shipmentId} ยืนยันไว้แล้ว',
  },
  recount_missing_size: {
    title: 'นับไม่ครบทุกเบอร์',
    detail: 'การนับตอนรับต้องนับทุกเบอร์ที่ส่ง: ยังไม่ได้นับเบอร์ {sizes}',
  },
  invalid_recount: {
    title: 'จำนวนที่นับไม่ถูกต้อง',
    detail: 'จำนวนถาดที่นับได้ต้องเป็นจำนวนเต็มและไม่ติดลบ (ได้ {trays})',
  },
  recount_exceeds_shipped: {
    title: 'นับได้มากกว่าที่ส่ง',
    detail: 'ไข่เบอร์ {size} นับได้ {recountedTrays:n} ถาด มากกว่าที่ส่งไป {shippedTrays:n} ถาด',
  },
  duplicate_claim: { title: 'เคลมซ้ำ', detail: 'แต่ละเหตุผลเคลมได้ครั้งเดียวต่อเบอร์ไข่' },
  invalid_claim: {
    title: 'การเคลมไม่ถูกต้อง',
    detail: [
      'จำนวนไข่ที่เคลมต้องเป็นจำนวนเต็มตั้งแต่ 1 ฟอง (ได้ {eggs})',
      'จำนวนเงินที่เคลมต้องเป็นจำนวนเต็มสตางค์และไม่ติดลบ (ได้ {amountSatang})',
      'เหตุผลเคลมต้องเป็น SHORT (ขาด), BROKEN (แตก), DIRTY (สกปรก), QUALITY (คุณภาพ) หรือ LATE (ส่งช้า)',
    ],
  },
  short_claim_exceeds_shortfall: {
    title: 'เคลมไข่ขาดเกินจำนวนที่ขาด',
    detail: 'ไข่เบอร์ {size} ขาด {shortTrays:n} ถาด น้อยกว่าที่เคลมว่าขาด {claimedEggs:n} ฟอง',
  },
  claims_exceed_received: {
    title: 'เคลมเกินจำนวนที่รับ',
    detail: 'เคลมไข่เบอร์ {size} รวม {claimedEggs:n} ฟอง เกินไข่ที่รับจริง {recountedTrays:n} ถาด',
  },
  size_not_shipped: { title: 'เบอร์ไข่นี้ไม่ได้ส่ง', detail: 'ไข่เบอร์ {size} ไม่ได้อยู่ในการจัดส่งนี้' },
  sale_already_recorded: { title: 'การขายบันทึกไว้แล้ว', detail: 'การขาย {saleId} บันทึกไว้แล้วด้วยข้อมูลอื่น' },
  sale_has_no_lines: { title: 'การขายไม่มีรายการ', detail: 'การขายต้องมีอย่างน้อยหนึ่งเบอร์ไข่' },
  duplicate_lot_id: { title: 'ล็อตซ้ำ', detail: 'แต่ละล็อตระบุได้ครั้งเดียว' },
  invalid_sale_line: {
    title: 'รายการขายไม่ถูกต้อง',
    detail: [
      'จำนวนไข่ต้องเป็นจำนวนเต็มตั้งแต่ 1 ฟอง (ได้ {eggs})',
      'ราคาต้องเป็นจำนวนเต็มสตางค์ต่อฟอง อย่างน้อย 1 สตางค์ (ได้ {satangPerEgg})',
    ],
  },
};

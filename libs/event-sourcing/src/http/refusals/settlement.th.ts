import type { ThaiRefusals } from './thai-refusal';

/** Member accounts, member price lists and settlements. */
export const SETTLEMENT_TH: ThaiRefusals = {
  ledger_behind: {
    title: 'บัญชีสมาชิกยังบันทึกไม่ทัน',
    detail: [
      'บัญชีสมาชิกบันทึกถึงตำแหน่ง {ledgerAt} ยังไม่ถึง {waitingFor} (หยุดอยู่เพราะ: {failed}): ลองใหม่อีกครั้ง',
      'บัญชีสมาชิกบันทึกถึงตำแหน่ง {ledgerAt} ยังไม่ถึง {waitingFor} ที่การชำระบัญชีสมาชิกต้องรวม: ลองใหม่อีกครั้ง',
      'บัญชีสมาชิกยังบันทึกไม่ถึงตำแหน่งที่การชำระบัญชีสมาชิกต้องรวม: ลองใหม่อีกครั้ง',
    ],
  },
  member_account_not_found: {
    title: 'ไม่พบบัญชีสมาชิก',
    detail: 'สมาชิก {memberId} ยังไม่มีการส่งไข่หรือค่าอาหารสัตว์ในบัญชี',
  },
  egg_delivery_already_recorded: {
    title: 'การส่งไข่บันทึกไว้แล้ว',
    detail: 'การส่งไข่ของล็อต {lotId} บันทึกในบัญชีสมาชิกไว้แล้วด้วยข้อมูลอื่น',
  },
  egg_delivery_not_found: { title: 'ไม่พบการส่งไข่', detail: 'บัญชีสมาชิกไม่มีการส่งไข่ของล็อต {lotId}' },
  duplicate_size_class: { title: 'เบอร์ไข่ซ้ำ', detail: 'แต่ละเบอร์ไข่ระบุได้ครั้งเดียวในรายการนี้' },
  invalid_quantity: { title: 'จำนวนกิโลกรัมไม่ถูกต้อง', detail: 'ค่าอาหารสัตว์คิดเป็นกิโลกรัมเต็ม อย่างน้อย 1 กก.' },
  feed_charge_already_recorded: {
    title: 'ค่าอาหารสัตว์บันทึกไว้แล้ว',
    detail: 'ค่าอาหารสัตว์ของการส่ง {deliveryId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  feed_charge_not_found: { title: 'ไม่พบค่าอาหารสัตว์', detail: 'ไม่มีค่าอาหารสัตว์ของการส่ง {deliveryId}' },
  feed_charge_adjustment_already_recorded: {
    title: 'การแก้ไขค่าอาหารสัตว์บันทึกไว้แล้ว',
    detail: 'การแก้ไข {adjustmentId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  feed_charge_negative: {
    title: 'ค่าอาหารสัตว์ติดลบ',
    detail: 'แก้ไขค่าอาหารสัตว์ของการส่ง {deliveryId} ให้ต่ำกว่าศูนย์ไม่ได้ (จะเหลือ {kg} กก. {amountSatang:baht})',
  },
  deduction_basis: {
    title: 'วิธีคิดรายการหักไม่ถูกต้อง',
    detail:
      'รายการหัก "{reason}" ต้องระบุวิธีคิดวิธีเดียว: จำนวนเงิน (amountSatang) ต่อฟอง (satangPerEgg) ' +
      'ต่อกิโลกรัม (satangPerKg) หรือร้อยละของรายได้ค่าไข่ (percentOfEggRevenue)',
  },
  no_price_list_in_force: {
    title: 'ไม่มีบัญชีราคารับซื้อที่มีผล',
    detail: 'ไม่มีบัญชีราคารับซื้อจากสมาชิกที่มีผลในวันเก็บไข่ของล็อต {lots:lots}',
  },
  size_not_priced: {
    title: 'บัญชีราคาไม่มีราคาเบอร์นี้',
    detail: 'บัญชีราคารับซื้อจากสมาชิก {priceListId} ไม่มีราคาไข่เบอร์ {sizes} ที่สมาชิกส่งมา',
  },
  invalid_period: { title: 'งวดไม่ถูกต้อง', detail: 'วันเริ่มงวด {periodFrom} ต้องไม่อยู่หลังวันสิ้นสุด {periodTo}' },
  settlement_already_recorded: {
    title: 'การชำระบัญชีสมาชิกบันทึกไว้แล้ว',
    detail: 'การชำระบัญชีสมาชิก {settlementId} บันทึกไว้แล้วด้วยข้อมูลอื่น',
  },
  period_already_settled: {
    title: 'งวดนี้ชำระบัญชีไปแล้ว',
    detail: 'งวดที่ขอทับกับงวด {periodFrom} ถึง {periodTo} ที่ชำระบัญชีสมาชิกไปแล้ว ({settlementId})',
  },
  settlement_not_found: {
    title: 'ไม่พบการชำระบัญชีสมาชิก',
    detail: 'สมาชิก {memberId} ไม่มีการชำระบัญชี {settlementId}',
  },
  price_list_not_found: { title: 'ไม่พบบัญชีราคา', detail: 'ไม่มีบัญชีราคารับซื้อจากสมาชิก {priceListId}' },
  price_list_already_set: {
    title: 'บัญชีราคาตั้งไว้แล้ว',
    detail: 'บัญชีราคา {priceListId} ตั้งไว้แล้วด้วยราคาอื่น: ให้ตั้งบัญชีราคาใหม่แทน',
  },
  prices_required: { title: 'ต้องระบุราคา', detail: 'บัญชีราคาต้องมีราคาอย่างน้อยหนึ่งเบอร์ไข่' },
};

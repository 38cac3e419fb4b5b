import type { ThaiRefusals } from './thai-refusal';

/** Reference prices, and the goals of the cluster's action plan. */
export const MARKET_TH: ThaiRefusals = {
  reference_price_already_announced: {
    title: 'ประกาศราคาอ้างอิงไว้แล้ว',
    detail: 'แหล่งราคานี้ประกาศราคาอ้างอิงอื่นที่มีผลวันเดียวกันไว้แล้ว ({referencePriceId}): ถ้าจะเปลี่ยน ให้แก้ไขพร้อมระบุเหตุผล',
  },
  reference_price_not_found: {
    title: 'ไม่พบราคาอ้างอิง',
    detail: ['ไม่มีราคาอ้างอิงของ {source} ที่มีผลวันที่ {effectiveDate} ให้แก้ไข', 'ไม่มีราคาอ้างอิงของแหล่งนี้ที่มีผลวันนั้นให้แก้ไข'],
  },
  goal_not_found: { title: 'ไม่พบเป้าหมาย', detail: 'แผนปฏิบัติการไม่มีเป้าหมาย {goalId}' },
  goal_already_set: {
    title: 'ตั้งเป้าหมายไว้แล้ว',
    detail: 'เป้าหมาย {goalId} ตั้งไว้แล้ว: ถ้าจะเปลี่ยน ให้แก้ไขพร้อมระบุเหตุผล',
  },
  goal_retired: { title: 'เป้าหมายยกเลิกแล้ว', detail: 'เป้าหมาย {goalId} ยกเลิกไปเมื่อ {retiredOn}' },
  retired_before_set: {
    title: 'ยกเลิกก่อนตั้งเป้าหมาย',
    detail: 'วันยกเลิก {retiredOn} อยู่ก่อนวันตั้งเป้าหมาย {setOn}',
  },
  deadline_before_set: {
    title: 'กำหนดเสร็จอยู่ก่อนวันตั้งเป้าหมาย',
    detail: 'กำหนดเสร็จ {deadline} ต้องไม่อยู่ก่อนวันตั้งเป้าหมาย {setOn}',
  },
  not_whole_satang: {
    title: 'ต้องเป็นสตางค์เต็ม',
    detail: [
      'ค่าเป้าหมาย {target} ต้องเป็นจำนวนเต็มสตางค์',
      'ค่าฐาน {baseline} ต้องเป็นจำนวนเต็มสตางค์',
      'ค่าของตัวชี้วัดนี้ต้องเป็นจำนวนเต็มสตางค์',
    ],
  },
  share_out_of_range: {
    title: 'สัดส่วนต้องอยู่ระหว่าง 0–100 %',
    detail: [
      'ค่าเป้าหมาย {target} ต้องอยู่ระหว่าง 0 ถึง 100 %',
      'ค่าฐาน {baseline} ต้องอยู่ระหว่าง 0 ถึง 100 %',
      'ค่าของตัวชี้วัดนี้ต้องอยู่ระหว่าง 0 ถึง 100 %',
    ],
  },
  reference_source_required: {
    title: 'ต้องระบุแหล่งราคาอ้างอิง',
    detail: 'เป้าหมาย {metric} วัดส่วนต่างเทียบกับราคาอ้างอิง: ต้องระบุแหล่งราคาอ้างอิงที่ใช้เทียบ',
  },
  reference_source_not_applicable: {
    title: 'ตัวชี้วัดนี้ไม่ใช้แหล่งราคาอ้างอิง',
    detail: 'เป้าหมาย {metric} ไม่ได้วัดเทียบกับแหล่งราคา: ไม่ต้องระบุแหล่งราคา {referenceSource}',
  },
};

import type { ThaiRefusal, ThaiRefusals } from './thai-refusal';

/** The registry's partner kinds in Thai (PARTNER_KINDS of @khai/registry). */
export const PARTNER_KIND_TH: Readonly<Record<string, string>> = {
  FEED_SUPPLIER: 'ผู้ขายอาหารสัตว์',
  PULLET_SUPPLIER: 'ผู้ขายไก่สาว',
  BUYER: 'ผู้ซื้อ',
  PROCESSOR: 'ผู้แปรรูป',
  FINANCIAL_INSTITUTION: 'สถาบันการเงิน',
  GOVERNMENT_AGENCY: 'หน่วยงานรัฐ',
  UNIVERSITY: 'มหาวิทยาลัย',
  OTHER: 'คู่ค้าประเภทอื่น',
};

/** `<kind>_not_registered` (partnerOfKind of @khai/cluster), one per partner kind. */
const partnerNotRegistered = Object.fromEntries(
  Object.entries(PARTNER_KIND_TH).map(([kind, thai]): [string, ThaiRefusal] => [
    `${kind.toLowerCase()}_not_registered`,
    {
      title: `ไม่ใช่${thai}ที่ลงทะเบียนไว้`,
      detail: [
        'คู่ค้า {partnerId} ลงทะเบียนเป็น{registeredAs:kind} ไม่ใช่{kind:kind}',
        `ไม่มีคู่ค้า {partnerId} ลงทะเบียนไว้เป็น${thai}`,
      ],
    },
  ]),
);

/** Members, their farms and flocks, and partners. */
export const REGISTRY_TH: ThaiRefusals = {
  ...partnerNotRegistered,
  member_not_registered: { title: 'สมาชิกยังไม่ได้ลงทะเบียน', detail: 'ไม่มีสมาชิกรหัส {memberId} ลงทะเบียนไว้' },
  farm_not_registered: {
    title: 'ฟาร์มไม่ได้ลงทะเบียนกับสมาชิกนี้',
    detail: 'สมาชิก {memberId} ไม่มีฟาร์ม {farmId} ลงทะเบียนไว้',
  },
  flock_not_placed: {
    title: 'ไม่มีฝูงนี้ในฟาร์ม',
    detail: 'ไม่มีฝูง {flockId} ลงเลี้ยงอยู่ในฟาร์ม {farmId} ของสมาชิก {memberId}',
  },
  member_not_found: { title: 'ไม่พบสมาชิก', detail: 'ไม่มีสมาชิก {memberId}' },
  farm_not_found: { title: 'ไม่พบฟาร์ม', detail: 'สมาชิก {memberId} ไม่มีฟาร์ม {farmId}' },
  flock_not_found: { title: 'ไม่พบฝูง', detail: 'ไม่มีฝูง {flockId}' },
  partner_not_found: { title: 'ไม่พบคู่ค้า', detail: 'ไม่มีคู่ค้า {partnerId}' },
  member_already_registered: {
    title: 'สมาชิกลงทะเบียนไว้แล้ว',
    detail: 'สมาชิก {memberId} ลงทะเบียนไว้แล้วด้วยข้อมูลอื่น',
  },
  citizen_id_not_claimed: {
    title: 'ยังไม่ได้จองเลขประจำตัวประชาชน',
    detail: 'สมาชิก {memberId} ยังไม่ได้จองเลขประจำตัวประชาชนนี้ไว้ก่อนลงทะเบียน',
  },
  citizen_id_taken: {
    title: 'เลขประจำตัวประชาชนถูกใช้แล้ว',
    detail: 'เลขประจำตัวประชาชนนี้ลงทะเบียนไว้กับสมาชิกคนอื่นแล้ว',
  },
  invalid_citizen_id: {
    title: 'เลขประจำตัวประชาชนไม่ถูกต้อง',
    detail: 'เลขประจำตัวประชาชนต้องมี 13 หลักและเลขตรวจสอบถูกต้อง',
  },
  invalid_phone: {
    title: 'หมายเลขโทรศัพท์ไม่ถูกต้อง',
    detail: 'หมายเลขโทรศัพท์ต้องขึ้นต้นด้วย 0 ตามด้วยตัวเลข 8–9 หลัก หรือ +66 ตามด้วยตัวเลข 8–9 หลัก',
  },
  invalid_bank_account: {
    title: 'บัญชีธนาคารไม่ถูกต้อง',
    detail: 'บัญชีต้องอยู่ในธนาคารที่ระบบรู้จัก และเลขบัญชีต้องเป็นตัวเลข 10–12 หลัก',
  },
  contact_changed_before_joining: {
    title: 'เปลี่ยนข้อมูลติดต่อก่อนเข้าเป็นสมาชิก',
    detail: 'วันที่เปลี่ยน {changedOn} อยู่ก่อนวันที่สมาชิกเข้าร่วม {joinedOn}',
  },
  member_erased: {
    title: 'ข้อมูลส่วนบุคคลของสมาชิกถูกลบแล้ว',
    detail: 'ข้อมูลส่วนบุคคลของสมาชิก {memberId} ถูกลบไปแล้วเมื่อ {erasedOn} จึงบันทึกข้อมูลติดต่อใหม่ไม่ได้',
  },
  farm_already_registered: {
    title: 'ฟาร์มลงทะเบียนไว้แล้ว',
    detail: 'สมาชิก {memberId} มีฟาร์ม {farmId} ที่ลงทะเบียนไว้ด้วยข้อมูลอื่นแล้ว',
  },
  farm_registered_before_joining: {
    title: 'ลงทะเบียนฟาร์มก่อนเข้าเป็นสมาชิก',
    detail: 'วันลงทะเบียนฟาร์ม {registeredOn} อยู่ก่อนวันที่สมาชิกเข้าร่วม {joinedOn}',
  },
  hatched_after_placed: {
    title: 'วันฟักอยู่หลังวันลงเลี้ยง',
    detail: 'ฝูงต้องฟักก่อนลงเลี้ยง: วันฟัก {hatchedOn} อยู่หลังวันลงเลี้ยง {placedOn}',
  },
  flock_already_placed: { title: 'ฝูงลงเลี้ยงไว้แล้ว', detail: 'ฝูง {flockId} ลงเลี้ยงไว้แล้วด้วยข้อมูลอื่น' },
  more_deaths_than_hens: {
    title: 'จำนวนตายมากกว่าแม่ไก่ที่มี',
    detail: 'ฝูงนี้เหลือแม่ไก่ {hensAlive:n} ตัว น้อยกว่าจำนวนตาย {deaths:n} ตัวที่บันทึก',
  },
  more_culled_than_hens: {
    title: 'จำนวนปลดมากกว่าแม่ไก่ที่มี',
    detail: 'ฝูงนี้เหลือแม่ไก่ {hensAlive:n} ตัว น้อยกว่า {hens:n} ตัวที่จะปลด',
  },
  flock_closed: { title: 'ฝูงปิดแล้ว', detail: 'ฝูง {flockId} ไม่มีแม่ไก่เหลือแล้ว' },
  date_before_placement: {
    title: 'วันที่อยู่ก่อนวันลงเลี้ยง',
    detail: 'วันที่ {date} อยู่ก่อนวันลงเลี้ยงฝูง {placedOn}',
  },
  invalid_hen_count: {
    title: 'จำนวนแม่ไก่ไม่ถูกต้อง',
    detail: 'จำนวนแม่ไก่ต้องเป็นจำนวนเต็มตั้งแต่ 1 ตัว (ได้ {hens})',
  },
  channel_required: { title: 'ต้องระบุช่องทางจำหน่าย', detail: 'ผู้ซื้อต้องระบุช่องทางจำหน่าย' },
  channel_not_applicable: {
    title: 'ช่องทางจำหน่ายมีเฉพาะผู้ซื้อ',
    detail: 'คู่ค้าประเภท{kind:kind}ไม่มีช่องทางจำหน่าย: ระบุได้เฉพาะผู้ซื้อ',
  },
  invalid_tax_id: {
    title: 'เลขประจำตัวผู้เสียภาษีไม่ถูกต้อง',
    detail: 'เลขประจำตัวผู้เสียภาษีต้องมี 13 หลักและเลขตรวจสอบถูกต้อง',
  },
  partner_already_registered: {
    title: 'คู่ค้าลงทะเบียนไว้แล้ว',
    detail: 'คู่ค้า {partnerId} ลงทะเบียนไว้แล้วด้วยข้อมูลอื่น',
  },
  stage_changed_before_registration: {
    title: 'เปลี่ยนตำแหน่งในห่วงโซ่ก่อนลงทะเบียน',
    detail: 'วันที่เปลี่ยน {changedOn} อยู่ก่อนวันลงทะเบียนคู่ค้า {registeredOn}',
  },
};

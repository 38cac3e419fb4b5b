/**
 * Validation messages in Thai. The checks (class-validator's rules and ours) say
 * what is wrong in English; the edge answers in the language the client prefers
 * (`Accept-Language`). Each entry is an English message shape — `{f}` a field
 * name, `{n}` a value — and its Thai; a message no entry matches stays in English.
 */
const THAI: readonly (readonly [english: string, thai: string])[] = [
  ['{f} must be an integer number', '{f} ต้องเป็นจำนวนเต็ม'],
  ['{f} must not be less than {n}', '{f} ต้องไม่น้อยกว่า {n}'],
  ['{f} must not be greater than {n}', '{f} ต้องไม่มากกว่า {n}'],
  ['{f} must be one of the following values: {n}', '{f} ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {n}'],
  ['{f} must be an array', '{f} ต้องเป็นรายการ'],
  ['{f} must contain no more than {n} elements', '{f} มีได้ไม่เกิน {n} รายการ'],
  ['{f} must contain at least {n} elements', '{f} ต้องมีอย่างน้อย {n} รายการ'],
  ["All {f}'s elements must be unique", 'รายการใน {f} ต้องไม่ซ้ำกัน'],
  ['{f} must be a string', '{f} ต้องเป็นข้อความ'],
  ['{f} must be shorter than or equal to {n} characters', '{f} ยาวได้ไม่เกิน {n} ตัวอักษร'],
  ['{f} should not be empty', '{f} ต้องไม่ว่าง'],
  ['{f} must be a boolean value', '{f} ต้องเป็นจริงหรือเท็จ (true/false)'],
  ['{f} must be a number conforming to the specified constraints', '{f} ต้องเป็นตัวเลข'],
  ['{f} should not be null or undefined', 'ต้องระบุ {f}'],
  ['{f} must not be null (leave it out)', '{f} ต้องไม่เป็น null (ถ้าไม่มีค่า ให้ละช่องนี้ไว้)'],
  ['{f} must be a date (YYYY-MM-DD)', '{f} ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว (ปี ค.ศ.)'],
  [
    '{f} must be an RFC 3339 timestamp with its offset (e.g. 2026-12-07T09:30:00+07:00)',
    '{f} ต้องเป็นวันเวลาตาม RFC 3339 พร้อมเขตเวลา (เช่น 2026-12-07T09:30:00+07:00)',
  ],
  ['{f} must be a number with at most {n} decimal places', '{f} ต้องเป็นตัวเลขที่มีทศนิยมไม่เกิน {n} ตำแหน่ง'],
  ['{f} must be a TAS size class 0–6', '{f} ต้องเป็นเบอร์ไข่ตาม มกษ. 0–6'],
  [
    '{f} must be an id: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. M017)',
    '{f} ต้องเป็นรหัส: ตัวอักษรภาษาอังกฤษ ตัวเลข ".", "_" หรือ "-" 1 ถึง 64 ตัว ขึ้นต้นด้วยตัวอักษรหรือตัวเลข (เช่น M017)',
  ],
  [
    '{f} must be an id: letters, digits, ".", "_", "-" (1–64)',
    '{f} ต้องเป็นรหัส: ตัวอักษรภาษาอังกฤษ ตัวเลข ".", "_" หรือ "-" (1–64 ตัว)',
  ],
  ['each of {f} must be an id', '{f} ทุกรายการต้องเป็นรหัส'],
  ['{f} must be text that is not blank', '{f} ต้องไม่เว้นว่าง'],
  ['{f} must not be blank', '{f} ต้องไม่เว้นว่าง'],
  ['{f} must be within {n} days of from, both counted', '{f} ต้องห่างจาก from ไม่เกิน {n} วัน (นับทั้งวันแรกและวันสุดท้าย)'],
  [
    '{f} must be text without control characters, bidi overrides or lone surrogates',
    '{f} ต้องเป็นข้อความที่ไม่มีอักขระควบคุม อักขระบังคับทิศทางข้อความ (bidi override) หรือ surrogate ที่ไม่ครบคู่',
  ],
  [
    '{f} must be a feed type: capital letters, digits and "_", starting with a letter (e.g. LAYER_COMPLETE)',
    '{f} ต้องเป็นชนิดอาหาร: ตัวพิมพ์ใหญ่ภาษาอังกฤษ ตัวเลข และ "_" ขึ้นต้นด้วยตัวอักษร (เช่น LAYER_COMPLETE)',
  ],
  [
    '{f} must be a source: lower-case letters, digits and dashes (e.g. coop-network)',
    '{f} ต้องเป็นชื่อแหล่งราคา: ตัวพิมพ์เล็กภาษาอังกฤษ ตัวเลข และ "-" (เช่น coop-network)',
  ],
  [
    '{f} must be a 13-digit Thai citizen id (digits only) with a valid check digit',
    '{f} ต้องเป็นเลขประจำตัวประชาชน 13 หลัก (ตัวเลขเท่านั้น) ที่เลขตรวจสอบถูกต้อง',
  ],
  [
    '{f} must be a 13-digit Thai tax id (digits only) with a valid check digit',
    '{f} ต้องเป็นเลขประจำตัวผู้เสียภาษี 13 หลัก (ตัวเลขเท่านั้น) ที่เลขตรวจสอบถูกต้อง',
  ],
  [
    '{f} must be a Thai phone number: 0 and 8–9 digits (e.g. 0812345678), or +66 and 8–9 digits, no spaces',
    '{f} ต้องเป็นหมายเลขโทรศัพท์ไทย: 0 ตามด้วยตัวเลข 8–9 หลัก (เช่น 0812345678) หรือ +66 ตามด้วยตัวเลข 8–9 หลัก ไม่เว้นวรรค',
  ],
  ['{f} must be a bank account number: 10 to 12 digits, no dashes', '{f} ต้องเป็นเลขบัญชีธนาคาร: ตัวเลข 10 ถึง 12 หลัก ไม่มีขีด'],
  ['nested property {f} must be either object or array', '{f} ต้องเป็นออบเจกต์หรือรายการ'],
  ['property {f} should not exist', 'ไม่รู้จักช่อง {f}'],
  ['the body must be a JSON object', 'เนื้อหาคำขอต้องเป็นออบเจกต์ JSON'],
  ['nested deeper than {n} levels', 'ซ้อนกันลึกเกิน {n} ชั้น'],
  ['a list inside a list is not accepted', 'ไม่รับรายการซ้อนในรายการ'],
  ['must be 1 to 200 visible ASCII characters', 'ต้องเป็นอักขระ ASCII ที่มองเห็นได้ 1 ถึง 200 ตัว'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MATCHERS = THAI.map(([english, thai]) => {
  const slots: string[] = [];
  const source = english
    .split(/(\{[fn]\})/)
    .map((part) => {
      if (part === '{f}' || part === '{n}') {
        slots.push(part);
        return part === '{f}' ? '(\\S+)' : '(.+?)';
      }
      return escape(part);
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), slots, thai };
});

/** The message in Thai, or as it is when no entry knows it. */
export function inThai(message: string): string {
  for (const { pattern, slots, thai } of MATCHERS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = new Map(slots.map((slot, i) => [slot, match[i + 1] ?? '']));
    return thai.replace(/\{[fn]\}/g, (slot) => values.get(slot) ?? slot);
  }
  return message;
}

/**
 * The language to answer in by `Accept-Language` (RFC 9110 weights): Thai when the
 * client prefers Thai to English, English otherwise (and by default: API clients).
 */
export function answerLanguage(acceptLanguage: string | undefined): 'th' | 'en' {
  let best: { lang: 'th' | 'en'; q: number } = { lang: 'en', q: 0 };
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const lang =
      range === 'th' || range.startsWith('th-') ? 'th' : range === 'en' || range.startsWith('en-') ? 'en' : undefined;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}

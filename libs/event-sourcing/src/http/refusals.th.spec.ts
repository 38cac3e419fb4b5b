import { Conflict, InvariantViolated, NotFound, ValidationFailed } from '@khai/core';
import type { ArgumentsHost } from '@nestjs/common';

import { ProblemDetailsFilter } from './problem-details';
import { FORMATS, PLACEHOLDER, refusalInThai, REFUSALS_TH, REFUSALS_TH_PARTS } from './refusals.th';

describe('refusals in Thai', () => {
  const templates = Object.entries(REFUSALS_TH).flatMap(([code, entry]) =>
    (typeof entry.detail === 'string' ? [entry.detail] : entry.detail).map((template) => ({ code, template })),
  );

  it('keeps each code in one part of the catalogue, with a title and a detail', () => {
    const codes = REFUSALS_TH_PARTS.flatMap((part) => Object.keys(part));
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    const blank = Object.entries(REFUSALS_TH)
      .filter(([, entry]) => entry.title.trim() === '' || [entry.detail].flat().some((d) => d.trim() === ''))
      .map(([code]) => code);
    expect(blank).toEqual([]);
  });

  it('names only formats it has', () => {
    const unknown = templates.flatMap(({ code, template }) =>
      [...template.matchAll(PLACEHOLDER)]
        .filter(([, , format]) => format !== undefined && !Object.hasOwn(FORMATS, format))
        .map(([placeholder]) => `${code}: ${placeholder}`),
    );
    expect(unknown).toEqual([]);
  });

  it('fills the detail from the facts, by the first template whose facts are all given', () => {
    expect(refusalInThai('insufficient_packed_stock', { size: 2, available: 1200, requested: 1500 })).toEqual({
      title: 'ไข่แพ็กแล้วไม่พอ',
      detail: 'ไข่เบอร์ 2 ที่แพ็กแล้วและยังไม่จัดสรรเหลือ 1,200 ถาด แต่ขอ 1,500 ถาด',
    });
    expect(refusalInThai('insufficient_packed_stock', { available: 0, requested: 4 })?.detail).toBe(
      'ไข่ที่แพ็กแล้วและยังไม่จัดสรรเหลือ 0 ถาด แต่ขอ 4 ถาด',
    );
    expect(refusalInThai('size_not_priced', { priceListId: 'PL-1', sizes: [2, 3] })?.detail).toBe(
      'บัญชีราคารับซื้อจากสมาชิก PL-1 ไม่มีราคาไข่เบอร์ 2, 3 ที่สมาชิกส่งมา',
    );
    expect(
      refusalInThai('overpayment', { orderId: 'SO-1', amountSatang: 150_000, outstandingSatang: 120_050 })?.detail,
    ).toBe('ยอดชำระ ฿1,500.00 เกินยอดค้างชำระ ฿1,200.50 ของคำสั่งซื้อ SO-1');
    expect(
      refusalInThai('buyer_not_registered', { partnerId: 'P-9', kind: 'BUYER', registeredAs: 'FEED_SUPPLIER' }),
    ).toEqual({ title: 'ไม่ใช่ผู้ซื้อที่ลงทะเบียนไว้', detail: 'คู่ค้า P-9 ลงทะเบียนเป็นผู้ขายอาหารสัตว์ ไม่ใช่ผู้ซื้อ' });
    expect(refusalInThai('invalid_amount', { deduction: { reason: 'ค่าหุ้น', amountSatang: -1 } })?.detail).toMatch(
      /^รายการหัก "ค่าหุ้น" มีจำนวนไม่ถูกต้อง/,
    );
    expect(refusalInThai('ledger_behind', { waitingFor: 9, ledgerAt: 7, failed: null })?.detail).toBe(
      'บัญชีสมาชิกบันทึกถึงตำแหน่ง 7 ยังไม่ถึง 9 ที่การชำระบัญชีสมาชิกต้องรวม: ลองใหม่อีกครั้ง',
    );
  });

  it('answers nothing for a code it does not know, or facts no template of it finds', () => {
    expect(refusalInThai('no_such_code', {})).toBeUndefined();
    expect(refusalInThai('constructor', {})).toBeUndefined();
    expect(refusalInThai('member_not_registered', {})).toBeUndefined();
    expect(refusalInThai('member_not_registered', { memberId: { nested: true } })).toBeUndefined();
  });
});

/** The filter, on a request and reply that record what it answers. */
function answer(error: unknown, headers: Record<string, string> = {}) {
  const sent: { status?: number; headers: Record<string, string>; body?: Record<string, unknown> } = { headers: {} };
  const reply = {
    status: (status: number) => ((sent.status = status), reply),
    header: (name: string, value: string) => ((sent.headers[name] = value), reply),
    send: (body: Record<string, unknown>) => ((sent.body = body), reply),
  };
  const request = { url: '/lots/L1/allocations', method: 'POST', headers, is404: false };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(error, host);
  return sent;
}

describe('ProblemDetailsFilter in Thai', () => {
  const th = { 'accept-language': 'th-TH,th;q=0.9,en;q=0.8' };
  const refusal = () =>
    new InvariantViolated('insufficient_packed_stock', '0 packed trays of size 2 are unallocated', {
      size: 2,
      available: 0,
      requested: 4,
    });

  it('answers a known refusal in Thai, its code, status and facts unchanged', () => {
    const sent = answer(refusal(), th);
    expect(sent.status).toBe(422);
    expect(sent.headers['content-language']).toBe('th');
    expect(sent.body).toEqual({
      type: 'https://khai.coop/problems/insufficient_packed_stock',
      title: 'ไข่แพ็กแล้วไม่พอ',
      status: 422,
      detail: 'ไข่เบอร์ 2 ที่แพ็กแล้วและยังไม่จัดสรรเหลือ 0 ถาด แต่ขอ 4 ถาด',
      instance: '/lots/L1/allocations',
      code: 'insufficient_packed_stock',
      size: 2,
      available: 0,
      requested: 4,
    });
  });

  it('answers English without the header, and for a code or facts the catalogue does not know', () => {
    expect(answer(refusal()).body).toMatchObject({
      title: 'A business rule would be broken',
      detail: '0 packed trays of size 2 are unallocated',
    });
    expect(answer(new Conflict('some_new_code', 'something new happened', { lotId: 'L1' }), th).body).toMatchObject({
      title: 'Conflict with the current state',
      detail: 'something new happened',
      code: 'some_new_code',
      lotId: 'L1',
    });
    expect(answer(new NotFound('no lot', {}, 'lot_not_found'), th).body).toMatchObject({ detail: 'no lot' });
  });

  it('fills the instance into a not-found, and still answers validation in Thai', () => {
    expect(answer(new NotFound('no sale S1', { saleId: 'S1' }), th).body).toMatchObject({
      title: 'ไม่พบ',
      detail: 'ไม่พบสิ่งที่ขอที่ /lots/L1/allocations: ตรวจรหัสในที่อยู่ให้ถูกต้อง',
      saleId: 'S1',
    });
    const invalid = new ValidationFailed([{ field: 'trays', messages: ['trays must be an integer number'] }]);
    expect(answer(invalid, th).body).toMatchObject({ title: 'คำขอไม่ถูกต้อง', detail: 'trays: trays ต้องเป็นจำนวนเต็ม' });
  });
});

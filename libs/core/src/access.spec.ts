import { allows, answerCheck, type Grant, type Principal } from './access';

const member: Principal = { userId: 'u-1', username: 'somchai', role: 'member', memberId: 'M001' };
const partner: Principal = { userId: 'u-2', username: 'buyer', role: 'partner', partnerId: 'B001' };
const staff: Principal = { userId: 'u-3', username: 'staff', role: 'staff' };
const nothing = () => undefined;

describe('grants on the owner inside the answer', () => {
  const lot: Grant[] = ['manager', 'staff', { member: 'memberId', in: 'answer' }];
  const order: Grant[] = ['manager', { partner: 'buyerId', in: 'answer' }];

  it('let nobody in at request time by themselves: the answer decides', () => {
    expect(allows(lot, member, () => 'M001')).toBe(false);
    expect(allows(order, partner, () => 'B001')).toBe(false);
    expect(allows(lot, staff, nothing)).toBe(true);
  });

  it('check the answer against the bound member or partner, and only for the role they name', () => {
    expect(answerCheck(lot, member)).toEqual({ field: 'memberId', value: 'M001' });
    expect(answerCheck(order, partner)).toEqual({ field: 'buyerId', value: 'B001' });
    expect(answerCheck(lot, partner)).toBeUndefined();
    expect(answerCheck(order, member)).toBeUndefined();
    expect(answerCheck(lot, staff)).toBeUndefined();
    expect(answerCheck(lot, { userId: 'u-4', username: 'unbound', role: 'member' })).toBeUndefined();
  });

  it('leave the grants on the request as they were', () => {
    const account: Grant[] = ['manager', { member: 'memberId' }];
    expect(allows(account, member, (name) => (name === 'memberId' ? 'M001' : undefined))).toBe(true);
    expect(allows(account, member, () => 'M002')).toBe(false);
    expect(answerCheck(account, member)).toBeUndefined();
  });
});

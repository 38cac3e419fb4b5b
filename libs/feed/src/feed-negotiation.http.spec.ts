import { type AppendResult, type EventEnvelope, type ExpectedRevision, InMemoryEventStore } from '@khai/event-sourcing';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster, testEnvelope } from '@khai/testing';
import { Logger } from '@nestjs/common';

import { FeedModule } from './feed.module';

/** Fails the next append to a feed contract stream, once: the award's second write. */
class ContractAppendFailsOnce extends InMemoryEventStore {
  armed = false;

  override async append(
    stream: string,
    events: readonly EventEnvelope[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (this.armed && stream.startsWith('feedcontract-')) {
      this.armed = false;
      throw new Error('the disk is full');
    }
    return super.append(stream, events, expected);
  }
}

describe('feed negotiations over HTTP', () => {
  let t: HttpTestApp;
  let store: ContractAppendFailsOnce;
  /** Log position after the registry's events of the setup. */
  let registered: number;
  beforeEach(async () => {
    store = new ContractAppendFailsOnce();
    t = await createHttpTestApp([FeedModule, CLUSTER_REGISTRY], store);
    await registerCluster(t.app, {
      partners: [
        { partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' },
        { partnerId: 'SUP-OTHER', kind: 'FEED_SUPPLIER' },
        { partnerId: 'B-TOPS', kind: 'BUYER' },
      ],
    });
    registered = await t.store.headPosition();
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const negotiation = {
    negotiationId: 'FN-2026-Q1',
    feedType: 'LAYER_COMPLETE',
    volumeKg: 120_000,
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    openedOn: '2025-11-20',
    marketPricePerKgSatang: 1580,
  };
  const quote = {
    quoteId: 'Q-CPF-1',
    supplierId: 'SUP-CPF',
    pricePerKgSatang: 1500,
    volumeKg: 100_000,
    receivedOn: '2025-11-25',
    validUntil: '2025-12-31',
  };
  const award = {
    quoteId: 'Q-CPF-1',
    contractId: 'FC-2026-01',
    agreedPricePerKgSatang: 1450,
    agreedOn: '2025-12-20',
    marketPricePerKgSatang: 1550,
  };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });
  const open = (payload: object = negotiation, headers: Record<string, string> = {}) =>
    post('/feed-negotiations', payload, headers);
  const receiveQuote = (payload: object = quote, id = 'FN-2026-Q1') => post(`/feed-negotiations/${id}/quotes`, payload);
  const awardIt = (payload: object = award, headers: Record<string, string> = {}) =>
    post('/feed-negotiations/FN-2026-Q1/award', payload, headers);
  const fail = (payload: object = { reason: 'no quote below market', closedOn: '2025-12-20' }) =>
    post('/feed-negotiations/FN-2026-Q1/failure', payload);
  const fields = (body: unknown) => (body as { errors: { field: string }[] }).errors.map((e) => e.field);
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: t.as('manager') });

  it('opens, takes quotes and a requote, awards the contract and reads both', async () => {
    expect((await open()).statusCode).toBe(201);
    expect((await receiveQuote()).statusCode).toBe(201);
    const { validUntil: _, ...openEnded } = quote;
    expect((await receiveQuote({ ...openEnded, quoteId: 'Q-CPF-2', pricePerKgSatang: 1480 })).statusCode).toBe(201);

    const awarded = await awardIt();
    expect(awarded.statusCode).toBe(201);
    // The answer is the second write's, after the first: a read that waits for its position sees both.
    expect(awarded.json()).toMatchObject({
      streamName: 'feedcontract-FC-2026-01',
      revision: 0,
      events: [{ type: 'FeedContractAgreed' }],
      position: await t.store.headPosition(),
    });

    const read = await get('/feed-negotiations/FN-2026-Q1');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      status: 'concluded',
      marketPricePerKgSatang: 1580,
      quotes: [{ quoteId: 'Q-CPF-1', validUntil: '2025-12-31' }, { quoteId: 'Q-CPF-2' }],
      conclusion: {
        contractId: 'FC-2026-01',
        agreedPricePerKgSatang: 1450,
        quotedPricePerKgSatang: 1500,
        quotesCount: 2,
      },
      revision: 3,
    });
    expect(read.json<{ quotes: object[] }>().quotes[1]).not.toHaveProperty('validUntil');
    const contract = await get('/feed-contracts/FC-2026-01');
    expect(contract.json()).toMatchObject({
      negotiationId: 'FN-2026-Q1',
      supplierId: 'SUP-CPF',
      pricePerKgSatang: 1450,
      volumeKg: 100_000,
      validFrom: '2026-01-01',
      validTo: '2026-03-31',
      marketPricePerKgSatang: 1550,
    });
  });

  it('records a failed negotiation and then accepts nothing more', async () => {
    await open();
    await receiveQuote();
    const failed = await fail();
    expect(failed.statusCode).toBe(201);
    expect(failed.json()).toMatchObject({ events: [{ type: 'FeedNegotiationFailed' }] });
    const late = await receiveQuote({ ...quote, quoteId: 'Q-LATE' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'negotiation_closed' });
    const awarded = await awardIt();
    expect(awarded.statusCode).toBe(409);
    expect(awarded.json()).toMatchObject({ code: 'negotiation_closed' });
    expect(await t.store.headPosition()).toBe(registered + 3);
    expect((await get('/feed-negotiations/FN-2026-Q1')).json()).toMatchObject({
      status: 'failed',
      failure: { reason: 'no quote below market', quotesCount: 1 },
    });
  });

  it('answers 400 with field errors and writes nothing', async () => {
    const bad = await open({ ...negotiation, volumeKg: 0, periodTo: '31/03/2026', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad.json())).toEqual(expect.arrayContaining(['volumeKg', 'periodTo', 'extra']));
    await open();
    const badQuote = await receiveQuote({ ...quote, pricePerKgSatang: 14.5, validUntil: 'soon' });
    expect(fields(badQuote.json())).toEqual(expect.arrayContaining(['pricePerKgSatang', 'validUntil']));
    const badAward = await awardIt({ ...award, contractId: 'FC 01', agreedPricePerKgSatang: -1 });
    expect(fields(badAward.json())).toEqual(expect.arrayContaining(['contractId', 'agreedPricePerKgSatang']));
    const badFailure = await fail({ reason: '', closedOn: '2025-12-20' });
    expect(fields(badFailure.json())).toEqual(['reason']);
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 404 for an unknown negotiation or quote, and writes nothing', async () => {
    const res = await receiveQuote(quote, 'FN-NONE');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'negotiation_not_found' });
    await open();
    const unknownQuote = await awardIt({ ...award, quoteId: 'Q-404' });
    expect(unknownQuote.statusCode).toBe(404);
    expect(unknownQuote.json()).toMatchObject({ code: 'quote_not_found' });
    expect(await t.store.headPosition()).toBe(registered + 1);
    const read = await get('/feed-negotiations/FN-NONE');
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it.each([
    [{ openedOn: '2099-01-01' }, 'day_in_future'],
    [{ periodFrom: '2099-01-01', periodTo: '2099-03-31' }, 'day_too_far_ahead'],
  ])('refuses a negotiation that %j dates implausibly: 422 %s, nothing written', async (change, code) => {
    const res = await open({ ...negotiation, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it.each([
    [{ supplierId: 'SUP-GHOST' }, 'feed_supplier_not_registered'],
    [{ supplierId: 'B-TOPS' }, 'feed_supplier_not_registered'],
    [{ receivedOn: '2099-01-01', validUntil: '2099-01-31' }, 'day_in_future'],
    [{ validUntil: '2099-01-31' }, 'day_too_far_ahead'],
  ])('refuses a quote that %j leaves unregistered or implausible: 422 %s, nothing written', async (change, code) => {
    await open();
    const res = await receiveQuote({ ...quote, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('refuses an award or a closing dated after today: 422 day_in_future, nothing written', async () => {
    await open();
    await receiveQuote();
    const awarded = await awardIt({ ...award, agreedOn: '2099-01-01' });
    expect(awarded.statusCode).toBe(422);
    expect(awarded.json()).toMatchObject({ code: 'day_in_future', field: 'agreedOn' });
    const closed = await fail({ reason: 'no quote below market', closedOn: '2099-01-01' });
    expect(closed.statusCode).toBe(422);
    expect(closed.json()).toMatchObject({ code: 'day_in_future', field: 'closedOn' });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('refuses to award a quote of a supplier not registered, before concluding anything: 422, nothing written', async () => {
    await open();
    // A quote taken before suppliers were checked.
    await t.store.append(
      'feednegotiation-FN-2026-Q1',
      [testEnvelope('FeedQuoteReceived', { ...quote, negotiationId: 'FN-2026-Q1', supplierId: 'SUP-GONE' })],
      0,
    );
    const res = await awardIt();
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'feed_supplier_not_registered', partnerId: 'SUP-GONE' });
    expect(await t.store.headPosition()).toBe(registered + 2);
    expect((await get('/feed-negotiations/FN-2026-Q1')).json()).toMatchObject({ status: 'open' });
  });

  it('answers 422 and writes nothing for an agreed price above the quote', async () => {
    await open();
    await receiveQuote();
    const res = await awardIt({ ...award, agreedPricePerKgSatang: 1501 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'agreed_price_above_quote', quotedPricePerKgSatang: 1500 });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers 409 and writes nothing when the contract id is already taken by another contract', async () => {
    await post('/feed-contracts', {
      contractId: 'FC-2026-01',
      supplierId: 'SUP-OTHER',
      feedType: 'LAYER_COMPLETE',
      pricePerKgSatang: 1400,
      volumeKg: 1000,
      validFrom: '2026-01-01',
      validTo: '2026-01-31',
      marketPricePerKgSatang: 1500,
      agreedOn: '2025-12-01',
    });
    await open();
    await receiveQuote();
    const res = await awardIt();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'feed_contract_already_agreed' });
    expect(await t.store.headPosition()).toBe(registered + 3);
    expect((await get('/feed-negotiations/FN-2026-Q1')).json()).toMatchObject({ status: 'open' });
  });

  it('answers 409 for other terms on an opened negotiation, and 201 with no events for the same again', async () => {
    await open();
    expect((await open()).json()).toMatchObject({ events: [], repeated: false });
    const other = await open({ ...negotiation, volumeKg: 1 });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'negotiation_already_opened' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('completes a half-done award when it is repeated with the same Idempotency-Key', async () => {
    await open();
    await receiveQuote();
    const headers = { 'idempotency-key': 'award-FN-2026-Q1' };

    // The 500 is expected here: keep its stack trace out of the test output.
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    store.armed = true;
    const broken = await awardIt(award, headers);
    expect(broken.statusCode).toBe(500);
    // Half done: the negotiation is concluded, the contract is not there yet.
    expect((await get('/feed-negotiations/FN-2026-Q1')).json()).toMatchObject({ status: 'concluded' });
    expect((await get('/feed-contracts/FC-2026-01')).statusCode).toBe(404);
    expect(await t.store.headPosition()).toBe(registered + 3);

    const repeated = await awardIt(award, headers);
    expect(repeated.statusCode).toBe(201);
    expect(repeated.json()).toMatchObject({ repeated: false, events: [{ type: 'FeedContractAgreed' }] });
    expect(await t.store.headPosition()).toBe(registered + 4);
    const [agreed] = await t.store.readStream('feedcontract-FC-2026-01');
    const [, , concluded] = await t.store.readStream('feednegotiation-FN-2026-Q1');
    expect(agreed?.data).toMatchObject({ negotiationId: 'FN-2026-Q1', pricePerKgSatang: 1450 });
    expect(agreed?.metadata.causationId).toBe(concluded?.metadata.eventId);

    // Once complete, the same key answers the contract's write again and appends nothing.
    const third = await awardIt(award, headers);
    expect(third.json()).toEqual({ ...repeated.json<object>(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 4);
  });

  it('completes a half-done award when it is repeated without a key', async () => {
    await open();
    await receiveQuote();
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    store.armed = true;
    expect((await awardIt()).statusCode).toBe(500);
    const repeated = await awardIt();
    expect(repeated.statusCode).toBe(201);
    expect(repeated.json()).toMatchObject({
      streamName: 'feedcontract-FC-2026-01',
      events: [{ type: 'FeedContractAgreed' }],
    });
    expect((await get('/feed-contracts/FC-2026-01')).json()).toMatchObject({ negotiationId: 'FN-2026-Q1' });
  });

  it('answers the same for a repeated Idempotency-Key on a quote and appends once', async () => {
    await open();
    const headers = { 'idempotency-key': 'quote-Q-CPF-1' };
    const first = await post('/feed-negotiations/FN-2026-Q1/quotes', quote, headers);
    const second = await post('/feed-negotiations/FN-2026-Q1/quotes', quote, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });
});

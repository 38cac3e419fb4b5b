// The data schemathesis starts from (scripts/schemathesis.sh): a small cooperative registered through the API of the
// platform under test — members and their farms, a flock, a buyer and a feed supplier, lots collected, graded and
// packed, a sales order and its shipment, a feed contract with a delivery and its invoice, negotiations, prices, a
// price list, a settlement, a goal — then a schemathesis.toml that names what was registered, for the requests
// schemathesis makes.
//
// A schema cannot say which member is registered, or that a day may not be in the future: generated ids and days
// are refused (404, 422) before the logic behind them runs. So each path, query or body field that names something
// the seed registered takes one of its ids most of the time (a dictionary binding; the rest stays generated, for
// the 404 and 422), every day is one of the last five, and a citizen or tax id has its check digit. The operation
// that creates a thing draws its own id freshly, but for one request in ten naming one that exists, for the 409.
//
// `node scripts/schemathesis-seed.js <url> <token> <schemathesis.toml>`
const fs = require('node:fs');

const [url, token, configPath] = process.argv.slice(2);

/** The day `n` days before today in Asia/Bangkok, as the platform reckons days. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
const day = (n) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** A citizen id with its check digit (the 13th: 11 minus the weighted sum of the first 12, mod 11, mod 10). */
function citizenId(first12) {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

let head = 0;
async function send(method, path, body, expected) {
  const response = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (response.status !== expected)
    throw new Error(`seed: ${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  if (typeof answer.position === 'number') head = Math.max(head, answer.position);
  return answer;
}
const post = (path, body) => send('POST', path, body, path === '/shipments' ? 202 : 201);

/** Polls a read until the process managers have made of a write what `until` waits for (10 s on a loaded CI). */
async function eventually(path, until) {
  for (let tries = 0; tries < 400; tries++) {
    const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
    if (response.ok && until(await response.json())) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`seed: GET ${path} never showed what was written`);
}

/** What the seed registers, by the dictionary schemathesis draws from. */
const seeded = {
  // One of each that requests name together (a member's farm, a flock of that farm): a dictionary draws each field
  // on its own, so two would pair a member with another's farm.
  members: ['M-1'],
  // A member of its own for erasure, which ends what the others are registered for.
  erasable: ['M-2'],
  farms: ['F-1'],
  flocks: ['FL-1'],
  buyers: ['B-1'],
  suppliers: ['S-1'],
  partners: ['B-1', 'S-1'],
  lots: ['L-1', 'L-2'],
  salesOrders: ['SO-1'],
  shipments: ['SH-1'],
  feedContracts: ['FC-1'],
  feedDeliveries: ['D-1'],
  feedInvoices: ['INV-1'],
  feedNegotiations: ['FN-1'],
  feedQuotes: ['Q-1'],
  priceNegotiations: ['PN-1'],
  priceLists: ['PL-1'],
  settlements: ['ST-1'],
  goals: ['G-1'],
  sources: ['dit'],
  feedTypes: ['LAYER_COMPLETE'],
  referenceDays: [day(3)],
  marketDays: [day(3)],
  days: [day(1), day(2), day(3), day(4), day(5)],
  // Ids with their check digit, none registered yet, for the members and partners requests register.
  citizenIds: Array.from({ length: 20 }, (_, i) => citizenId(String(3_100_100_000_00 + i * 7919).padStart(12, '0'))),
  taxIds: Array.from({ length: 20 }, (_, i) => citizenId(String(1_050_500_000_00 + i * 104_729).padStart(12, '0'))),
  // Numbers of at most two decimals (IsNumberWithDecimals), which a generated float seldom is.
  decimals: [0, 1.5, 2.25, 10, 37.75, 100],
};

async function seed() {
  const farm = (farmId, name) => ({ farmId, name, district: 'หางดง', province: 'เชียงใหม่' });
  await post('/members', {
    memberId: 'M-1',
    name: 'สมชาย ใจดี',
    citizenId: citizenId('110170012345'),
    joinedOn: day(400),
    farm: farm('F-1', 'ฟาร์มสมชาย'),
  });
  await post('/members', {
    memberId: 'M-2',
    name: 'สมหญิง รักดี',
    citizenId: citizenId('310060098765'),
    joinedOn: day(400),
    farm: farm('F-2', 'ฟาร์มสมหญิง'),
  });
  await post('/flocks', {
    flockId: 'FL-1',
    memberId: 'M-1',
    farmId: 'F-1',
    breed: 'ISA Brown',
    // As many hens as a flock may have, so that a generated count of eggs is one they can lay.
    hensPlaced: 10_000_000,
    placedOn: day(300),
  });
  await post('/partners', {
    partnerId: 'B-1',
    name: 'Makro',
    kind: 'BUYER',
    channel: 'MODERN_TRADE',
    registeredOn: day(400),
  });
  await post('/partners', { partnerId: 'S-1', name: 'CP Feed', kind: 'FEED_SUPPLIER', registeredOn: day(400) });
  // L-1 graded and packed (stock to allocate and ship); L-2 only collected (a lot to grade).
  await post('/lots', {
    lotId: 'L-1',
    memberId: 'M-1',
    farmId: 'F-1',
    flockId: 'FL-1',
    collectedOn: day(20),
    eggs: 3000,
  });
  await post('/lots/L-1/grading', {
    gradedOn: day(20),
    sizes: [
      { size: 2, eggs: 1200 },
      { size: 3, eggs: 1500 },
    ],
    rejects: [{ reason: 'CRACKED', eggs: 300 }],
  });
  await post('/lots/L-1/packs', { packId: 'P-1', size: 2, trays: 30, packedOn: day(20) });
  await post('/lots/L-1/packs', { packId: 'P-2', size: 3, trays: 40, packedOn: day(20) });
  await post('/lots', {
    lotId: 'L-2',
    memberId: 'M-1',
    farmId: 'F-1',
    flockId: 'FL-1',
    collectedOn: day(10),
    eggs: 2000,
  });
  await post('/sales-orders', {
    orderId: 'SO-1',
    buyerId: 'B-1',
    orderedOn: day(15),
    deliveryOn: day(14),
    lines: [{ size: 2, trays: 20, satangPerEgg: 380 }],
  });
  await post('/shipments', {
    shipmentId: 'SH-1',
    orderId: 'SO-1',
    buyerId: 'B-1',
    plannedOn: day(14),
    items: [{ lotId: 'L-1', size: 2, trays: 10 }],
  });
  await eventually('/shipments/SH-1', (s) => s.status === 'allocated');
  await post('/feed-negotiations', {
    negotiationId: 'FN-1',
    feedType: 'LAYER_COMPLETE',
    volumeKg: 100_000,
    periodFrom: day(30),
    periodTo: day(0),
    openedOn: day(40),
    marketPricePerKgSatang: 1520,
  });
  await post('/feed-negotiations/FN-1/quotes', {
    quoteId: 'Q-1',
    supplierId: 'S-1',
    pricePerKgSatang: 1450,
    volumeKg: 100_000,
    receivedOn: day(35),
  });
  await post('/feed-contracts', {
    contractId: 'FC-1',
    supplierId: 'S-1',
    feedType: 'LAYER_COMPLETE',
    pricePerKgSatang: 1450,
    volumeKg: 100_000,
    validFrom: day(60),
    validTo: day(0),
    marketPricePerKgSatang: 1520,
    agreedOn: day(61),
  });
  await post('/feed-contracts/FC-1/deliveries', {
    deliveryId: 'D-1',
    farmId: 'F-1',
    memberId: 'M-1',
    kg: 500,
    feedType: 'LAYER_COMPLETE',
    deliveredOn: day(12),
  });
  // 500 kg at the contract's 14.50 THB, and 7% VAT.
  await post('/feed-invoices', {
    invoiceId: 'INV-1',
    supplierId: 'S-1',
    contractId: 'FC-1',
    contractPricePerKgSatang: 1450,
    deliveryIds: ['D-1'],
    invoicedOn: day(10),
    dueOn: day(-20),
    lines: [{ deliveryId: 'D-1', kg: 500, pricePerKgSatang: 1450, amountSatang: 725_000 }],
    vatSatang: 50_750,
    totalSatang: 775_750,
  });
  await post('/price-negotiations', {
    negotiationId: 'PN-1',
    buyerId: 'B-1',
    openedOn: day(8),
    asking: [{ size: 2, satangPerEgg: 400 }],
  });
  await post('/reference-prices', {
    source: 'dit',
    effectiveDate: day(3),
    mixedSatangPerEgg: 350,
    sizes: [{ size: 2, satangPerEgg: 380 }],
  });
  await post('/feed-market-prices', {
    feedType: 'LAYER_COMPLETE',
    source: 'dit',
    observedOn: day(3),
    pricePerKgSatang: 1520,
  });
  await post('/member-price-lists', {
    priceListId: 'PL-1',
    effectiveFrom: day(30),
    prices: [
      { size: 2, satangPerEgg: 350 },
      { size: 3, satangPerEgg: 320 },
    ],
    setOn: day(31),
  });
  await post('/member-accounts/M-1/settlements', {
    settlementId: 'ST-1',
    periodFrom: day(30),
    periodTo: day(16),
    settledOn: day(15),
    deductions: [],
  });
  await post('/analytics/action-plan/goals', {
    goalId: 'G-1',
    metric: 'price_premium_pct',
    target: 5,
    comparison: 'at_least',
    deadline: day(-90),
    owner: 'ผู้จัดการ',
    referenceSource: 'dit',
    setOn: day(5),
  });
}

/** The dictionary an id named `name` draws from, at an operation of `path` (some names mean two things). */
function dictionaryOf(name, path) {
  const feed = path.startsWith('/feed-');
  const byName = {
    memberId: 'members',
    farmId: 'farms',
    flockId: 'flocks',
    partnerId: 'partners',
    buyerId: 'buyers',
    supplierId: 'suppliers',
    lotId: 'lots',
    shipmentId: 'shipments',
    contractId: 'feedContracts',
    deliveryId: 'feedDeliveries',
    deliveryIds: 'feedDeliveries',
    invoiceId: 'feedInvoices',
    quoteId: 'feedQuotes',
    negotiationId: feed ? 'feedNegotiations' : 'priceNegotiations',
    orderId: feed ? undefined : 'salesOrders',
    saleId: 'shipments', // a delivered shipment is recorded as the sale of the same id
    priceListId: 'priceLists',
    settlementId: 'settlements',
    goalId: 'goals',
    source: 'sources',
    referenceSource: 'sources',
    feedType: 'feedTypes',
  };
  return byName[name];
}

/** The id each operation creates: drawn freshly, but for one request in ten naming one that exists (for the 409). */
const CREATES = {
  RegisterMember: 'memberId',
  RegisterFarm: 'farmId',
  PlaceFlock: 'flockId',
  RegisterPartner: 'partnerId',
  CollectEggs: 'lotId',
  ConfirmSalesOrder: 'orderId',
  PlanShipment: 'shipmentId',
  AllocatePackedStock: 'shipmentId',
  AgreeFeedContract: 'contractId',
  AwardFeedContract: 'contractId',
  RecordFeedDelivery: 'deliveryId',
  ReceiveFeedInvoice: 'invoiceId',
  ReceiveFeedQuote: 'quoteId',
  OpenFeedNegotiation: 'negotiationId',
  OpenPriceNegotiation: 'negotiationId',
  RecordSale: 'saleId',
  SetMemberEggPrices: 'priceListId',
  SettleMember: 'settlementId',
  SetGoal: 'goalId',
};

/** Body fields by their schemathesis binding key (`body.a.b`, `[*]` for a list's items), with their schemas. */
function bodyFields(schema, components, prefix = 'body', seen = new Set()) {
  const ref = schema?.$ref?.split('/').pop();
  if (ref !== undefined) {
    if (seen.has(ref)) return [];
    return bodyFields(components[ref], components, prefix, new Set([...seen, ref]));
  }
  const fields = [];
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    const key = `${prefix}.${name}`;
    fields.push({ key, name, schema: property });
    const item = property.items ?? {};
    if (property.type === 'array') {
      if (item.$ref || item.properties) fields.push(...bodyFields(item, components, `${key}[*]`, seen));
      else fields.push({ key: `${key}[*]`, name, schema: item });
    } else if (property.$ref || property.properties) fields.push(...bodyFields(property, components, key, seen));
  }
  return fields;
}

const isDay = (schema) => schema?.format === 'date';
const toml = (value) => JSON.stringify(value);

function configuration(document) {
  const components = document.components?.schemas ?? {};
  const lines = ['# Written by scripts/schemathesis-seed.js for one run: the ids it registered, and recent days.', ''];
  lines.push('[dictionaries]');
  for (const [name, values] of Object.entries({ ...seeded, positions: [0, head] }))
    lines.push(`${name} = { values = ${toml(values)} }`);
  for (const [path, byMethod] of Object.entries(document.paths)) {
    for (const operation of Object.values(byMethod)) {
      if (!operation.operationId) continue;
      const bindings = [];
      const bind = (key, dictionary, probability) => {
        if (dictionary !== undefined)
          bindings.push(`${toml(key)} = { dictionary = ${toml(dictionary)}, probability = ${probability} }`);
      };
      for (const parameter of operation.parameters ?? []) {
        const key = `${parameter.in}.${parameter.name}`;
        if (parameter.name === 'minPosition') bind(key, 'positions', 0.9);
        else if (operation.operationId === 'EraseMember' && parameter.in === 'path') bind(key, 'erasable', 0.9);
        else if (parameter.in === 'path' && parameter.name === 'effectiveDate') bind(key, 'referenceDays', 0.9);
        else if (parameter.in === 'path' && parameter.name === 'observedOn') bind(key, 'marketDays', 0.9);
        else if (isDay(parameter.schema)) bind(key, 'days', 0.9);
        else if (parameter.in === 'path' || parameter.in === 'query')
          bind(key, dictionaryOf(parameter.name, path), 0.9);
      }
      const body = operation.requestBody?.content?.['application/json']?.schema;
      for (const field of body ? bodyFields(body, components) : []) {
        if (isDay(field.schema)) bind(field.key, 'days', 0.9);
        else if (field.name === 'citizenId') bind(field.key, 'citizenIds', 0.9);
        else if (field.name === 'taxId') bind(field.key, 'taxIds', 0.9);
        else if (field.schema.type === 'number' && !field.schema.enum) bind(field.key, 'decimals', 0.9);
        else if (field.schema.type === 'string' && !field.key.includes('.farm.'))
          bind(
            field.key,
            dictionaryOf(field.name, path),
            field.key === `body.${CREATES[operation.operationId]}` ? 0.1 : 0.9,
          );
      }
      if (bindings.length === 0) continue;
      lines.push(
        '',
        '[[operations]]',
        `include-operation-id = ${toml(operation.operationId)}`,
        '[operations.parameters]',
      );
      lines.push(...bindings);
    }
  }
  return lines.join('\n') + '\n';
}

seed()
  .then(async () => {
    const document = await (await fetch(`${url}/docs-json`)).json();
    fs.writeFileSync(configPath, configuration(document));
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });

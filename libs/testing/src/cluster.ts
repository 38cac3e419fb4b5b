import { AUTHENTICATOR } from '@khai/event-sourcing';
import { RegistryModule } from '@khai/registry';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { TestIdentities } from './http-test-app';

/**
 * The registry, for the test app of a context whose commands check references
 * (members, farms, flocks, partners) through the cluster directory it binds.
 */
export const CLUSTER_REGISTRY = RegistryModule;

export interface ClusterFixture {
  readonly members?: readonly { memberId: string; farmIds: readonly string[]; joinedOn?: string }[];
  readonly flocks?: readonly {
    flockId: string;
    memberId: string;
    farmId: string;
    hensPlaced: number;
    placedOn: string;
  }[];
  readonly partners?: readonly { partnerId: string; kind: string; channel?: string; registeredOn?: string }[];
}

/**
 * Registers members with their farms, flocks and partners through the registry's HTTP API, as a manager of the test
 * identities the app was made with (`createHttpTestApp`); in an app composed without the access guard, as nobody.
 */
export async function registerCluster(app: NestFastifyApplication, fixture: ClusterFixture): Promise<void> {
  const headers = managerOf(app);
  const post = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, payload, headers });
    if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  };
  const farm = (farmId: string) => ({
    farmId,
    name: `Farm ${farmId}`,
    district: 'San Pa Tong',
    province: 'Chiang Mai',
  });
  for (const m of fixture.members ?? []) {
    const [first, ...others] = m.farmIds;
    const joinedOn = m.joinedOn ?? '2020-01-01';
    await post('/members', {
      memberId: m.memberId,
      name: `Member ${m.memberId}`,
      citizenId: citizenIdOf(m.memberId),
      joinedOn,
      farm: farm(first ?? 'F1'),
    });
    for (const farmId of others)
      await post(`/members/${m.memberId}/farms`, { ...farm(farmId), registeredOn: joinedOn });
  }
  for (const f of fixture.flocks ?? []) await post('/flocks', { ...f, breed: 'Isa Brown' });
  for (const p of fixture.partners ?? []) {
    await post('/partners', {
      partnerId: p.partnerId,
      name: `Partner ${p.partnerId}`,
      kind: p.kind,
      ...(p.kind === 'BUYER' ? { channel: p.channel ?? 'WHOLESALER' } : {}),
      registeredOn: p.registeredOn ?? '2020-01-01',
    });
  }
}

/**
 * The member's citizen id: one citizen id belongs to one member, so each member id gets its own
 * (FNV-1a of the id), the same in every call — registering a member again is a repeat, not a clash.
 */
export function citizenIdOf(memberId: string): string {
  let hash = 0x811c9dc5;
  for (const char of memberId) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return citizenId(hash % 10_000_000);
}

/** A valid Thai citizen id (mod-11 check digit) numbered `n`. */
export function citizenId(n: number): string {
  const body = `11037${String(n).padStart(7, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (13 - i), 0);
  return `${body}${(11 - (sum % 11)) % 10}`;
}

function managerOf(app: NestFastifyApplication): Record<string, string> {
  let identities: unknown;
  try {
    identities = app.get(AUTHENTICATOR, { strict: false });
  } catch {
    return {}; // nothing signs in: the app was composed without the guard
  }
  if (!(identities instanceof TestIdentities))
    throw new Error('registerCluster signs in with the test identities only');
  return identities.headersOf('manager');
}

import {
  type CitizenIdClaimed,
  citizenIdClaimId,
  type FarmRegistered,
  type FlockPlaced,
  type MemberJoined,
  type PartnerRegistered,
} from '@khai/registry';

import type { Agenda } from './agenda';
import { isoOf } from './calendar';
import type { Flock } from './flocks';
import type { Rng } from './prng';
import { type BuyerProfile, type Member, type SupplierProfile, thaiId } from './world';

/** The cluster map's support ring (2019 workshop): a bank, a university, government, the pullet farm. */
const SUPPORT_PARTNERS = [
  { partnerId: 'P-PARENTSTOCK', name: 'Northern Layer Parent-Stock Farm', kind: 'PULLET_SUPPLIER', stage: 'UPSTREAM' },
  { partnerId: 'P-BAAC', name: 'BAAC Chiang Mai branch', kind: 'FINANCIAL_INSTITUTION', stage: 'SUPPORT' },
  { partnerId: 'P-CMU', name: 'Chiang Mai University, Faculty of Agriculture', kind: 'UNIVERSITY', stage: 'SUPPORT' },
  {
    partnerId: 'P-DLD',
    name: 'Department of Livestock Development, Chiang Mai',
    kind: 'GOVERNMENT_AGENCY',
    stage: 'SUPPORT',
  },
  {
    partnerId: 'P-CPD',
    name: 'Cooperative Promotion Department, Lamphun',
    kind: 'GOVERNMENT_AGENCY',
    stage: 'SUPPORT',
  },
] as const;

export function planPartners(
  agenda: Agenda,
  rng: Rng,
  day: number,
  buyers: readonly BuyerProfile[],
  suppliers: readonly SupplierProfile[],
): void {
  const registeredOn = isoOf(day);
  const register = (data: PartnerRegistered['data']): void =>
    agenda.add(day, `partner-${data.partnerId}`, [{ type: 'PartnerRegistered', data }]);
  for (const s of suppliers) {
    const taxId = thaiId(rng.fork(s.partnerId), 0);
    register({
      partnerId: s.partnerId,
      name: s.name,
      kind: 'FEED_SUPPLIER',
      stage: 'UPSTREAM',
      province: s.province,
      taxId,
      registeredOn,
    });
  }
  for (const b of buyers) {
    const taxId = thaiId(rng.fork(b.partnerId), 0);
    register({
      partnerId: b.partnerId,
      name: b.name,
      kind: 'BUYER',
      channel: b.channel,
      stage: 'DOWNSTREAM',
      province: b.province,
      taxId,
      registeredOn,
    });
  }
  for (const p of SUPPORT_PARTNERS) register({ ...p, province: 'Chiang Mai', registeredOn });
}

/**
 * Each member's stream: joined, then each farm registered; and the claim of the member's
 * citizen id first, as `POST /members` writes it, so a generated member's id is taken too.
 */
export function planMembers(agenda: Agenda, members: readonly Member[], claimKey: Uint8Array): void {
  for (const m of members) {
    const claimId = citizenIdClaimId(claimKey, m.citizenId);
    const claimed: CitizenIdClaimed = { type: 'CitizenIdClaimed', data: { claimId, memberId: m.memberId } };
    agenda.add(m.joinedDay, `citizenidclaim-${claimId}`, [claimed]);
    const joined: MemberJoined = {
      type: 'MemberJoined',
      data: {
        memberId: m.memberId,
        name: m.name,
        citizenId: m.citizenId,
        phone: m.phone,
        bank: m.bankAccount.bank,
        bankAccountNumber: m.bankAccount.number,
        joinedOn: isoOf(m.joinedDay),
      },
    };
    agenda.add(m.joinedDay, `member-${m.memberId}`, [joined]);
    for (const f of m.farms) {
      const registered: FarmRegistered = {
        type: 'FarmRegistered',
        data: {
          memberId: m.memberId,
          farmId: f.farmId,
          name: f.name,
          district: f.district,
          province: f.province,
          registeredOn: isoOf(f.registeredDay),
        },
      };
      agenda.add(f.registeredDay, `member-${m.memberId}`, [registered]);
    }
  }
}

export function planPlacements(agenda: Agenda, flocks: readonly Flock[]): void {
  for (const f of flocks) {
    const placed: FlockPlaced = {
      type: 'FlockPlaced',
      data: {
        flockId: f.flockId,
        memberId: f.farm.memberId,
        farmId: f.farm.farmId,
        breed: f.breed,
        hensPlaced: f.hensPlaced,
        placedOn: isoOf(f.placedDay),
        hatchedOn: isoOf(f.hatchDay),
      },
    };
    agenda.add(f.placedDay, `flock-${f.flockId}`, [placed]);
  }
}

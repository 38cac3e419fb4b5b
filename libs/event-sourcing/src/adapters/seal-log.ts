import {
  ERASED,
  type EventEnvelope,
  type EventStore,
  isSealed,
  type PersonalDataVault,
  type PersonalFields,
  type RecordedEvent,
} from '@khai/core';

export interface SealLogResult {
  /** Events copied (every event of the log). */
  readonly events: number;
  /** Personal fields that were in the clear and are now sealed under their subject's key. */
  readonly sealed: number;
  /** Personal fields in the clear of a subject already erased: written as `(erased)`, their value gone. */
  readonly erased: number;
}

const BATCH = 5_000;

/**
 * Copies the log `source` into the empty log `target`, every event at the same position, in the same stream at the
 * same revision, with the same type, metadata and event id, sealing on the way the personal fields written in the
 * clear before sealing existed (`personal`, e.g. `REGISTRY_PERSONAL_FIELDS`): each under its subject's key in
 * `vault`, or, for a subject already erased, as `(erased)` — so that the copy holds none of them in the clear. Fields
 * already sealed are copied as they are. Positions are checked as it goes, and the whole copy is read back and
 * compared with the source (each sealed field opened) before it answers; any difference throws. The log must not be
 * written to meanwhile (the platform stopped): a source whose head moved throws.
 */
export async function sealLog(
  source: EventStore,
  target: EventStore,
  vault: PersonalDataVault,
  personal: PersonalFields,
): Promise<SealLogResult> {
  if ((await target.headPosition()) !== 0) throw new Error('the target log is not empty');
  const head = await source.headPosition();
  let sealed = 0;
  let erased = 0;
  let events = 0;

  const sealedCopy = (event: RecordedEvent): EventEnvelope => {
    const rule = personal[event.type];
    const envelope: EventEnvelope = { type: event.type, data: event.data, metadata: event.metadata };
    if (rule === undefined) return envelope;
    const data = event.data as Record<string, unknown>;
    const subject = String(data[rule.subject]);
    if (rule.erases === true && !vault.isErased(subject)) vault.erase(subject);
    const copy: Record<string, unknown> = { ...data };
    for (const field of rule.fields) {
      const value = data[field];
      if (typeof value !== 'string' || isSealed(value)) continue;
      if (vault.isErased(subject)) {
        if (value === ERASED) continue; // removed by an earlier run
        copy[field] = ERASED;
        erased += 1;
      } else {
        copy[field] = vault.seal(subject, value);
        sealed += 1;
      }
    }
    return { ...envelope, data: copy };
  };

  for (let after = 0; after < head;) {
    const batch = await source.readAll({ after, maxCount: BATCH });
    if (batch.length === 0) break;
    // Consecutive events of one stream in one append; one append at a time, so positions follow the source's.
    for (let i = 0; i < batch.length;) {
      const first = batch[i]!;
      let j = i + 1;
      while (j < batch.length && batch[j]!.streamName === first.streamName) j++;
      const group = batch.slice(i, j);
      const result = await target.append(
        first.streamName,
        group.map(sealedCopy),
        first.revision === 0 ? 'no_stream' : first.revision - 1,
      );
      const last = group.at(-1)!;
      if (result.position !== last.position)
        throw new Error(`event ${last.metadata.eventId} went to position ${result.position}, not ${last.position}`);
      events += group.length;
      i = j;
    }
    after = batch.at(-1)!.position;
  }
  if ((await source.headPosition()) !== head)
    throw new Error('the log was written to while it was copied: stop the platform and start again');
  await compare(source, target, vault, personal, head);
  return { events, sealed, erased };
}

/** Every event of the copy against the source's: the same but for the personal fields, which open to the same. */
async function compare(
  source: EventStore,
  target: EventStore,
  vault: PersonalDataVault,
  personal: PersonalFields,
  head: number,
): Promise<void> {
  if ((await target.headPosition()) !== head) throw new Error('the copy does not end where the log does');
  for (let after = 0; after < head;) {
    const [ours, theirs] = await Promise.all([
      source.readAll({ after, maxCount: BATCH }),
      target.readAll({ after, maxCount: BATCH }),
    ]);
    if (ours.length === 0 || ours.length !== theirs.length) throw new Error(`the copy differs after position ${after}`);
    ours.forEach((event, i) => {
      const copy = theirs[i]!;
      const same = (what: string, a: unknown, b: unknown) => {
        if (JSON.stringify(a) !== JSON.stringify(b))
          throw new Error(
            `the copy of event ${event.metadata.eventId} (position ${event.position}) differs in ${what}`,
          );
      };
      same(
        'where it is',
        [event.position, event.streamName, event.revision, event.type],
        [copy.position, copy.streamName, copy.revision, copy.type],
      );
      same('metadata', event.metadata, copy.metadata);
      const rule = personal[event.type];
      const data = event.data as Record<string, unknown>;
      const copied = copy.data as Record<string, unknown>;
      const fields = new Set(rule?.fields ?? []);
      same('data', strip(data, fields), strip(copied, fields));
      if (rule === undefined) return;
      const subject = String(data[rule.subject]);
      for (const field of fields) {
        const value = data[field];
        if (typeof value !== 'string') same(field, value, copied[field]);
        else if (isSealed(value)) same(field, value, copied[field]);
        else if (isSealed(copied[field]))
          same(field, vault.isErased(subject) ? ERASED : value, vault.open(subject, copied[field]));
        else same(field, vault.isErased(subject) ? ERASED : value, copied[field]);
      }
    });
    after = ours.at(-1)!.position;
  }
}

function strip(data: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !fields.has(key)));
}

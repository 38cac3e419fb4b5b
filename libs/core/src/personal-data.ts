/**
 * Members' personal data under PDPA, by crypto-shredding: the log is append-only, so a personal field is stored in
 * its event sealed with a key of the person it is about; erasing the person destroys the key, and every copy of
 * the field — in the log, its backups and replicas — can no longer be read.
 */
export interface PersonalDataVault {
  /** The value sealed under the subject's key (made on first use): a `pii:v1:` envelope. */
  seal(subject: string, value: string): string;
  /**
   * The value of an envelope sealed for the subject; `ERASED` once the subject's key is destroyed (never throws for
   * that). A value that is not an envelope (written before sealing) is answered as it is.
   */
  open(subject: string, value: string): string;
  /** Destroys the subject's key, so that nothing sealed for it can be opened again; later seals refuse. */
  erase(subject: string): void;
  /** Whether the subject's key was destroyed. */
  isErased(subject: string): boolean;
  /**
   * A secret of this installation for `purpose` (256 random bits made on first use, kept with the subjects' keys and
   * across restarts, never erased): the key of hashes that must not be computable from personal data by anyone
   * without it (request fingerprints, citizen-id claims).
   */
  installationKey(purpose: string): Uint8Array;
  close(): void;
}

export const PERSONAL_DATA_VAULT = Symbol('PersonalDataVault');

/** What a field whose subject was erased reads as. */
export const ERASED = '(erased)';

/** The prefix of a sealed field. */
export const SEALED_PREFIX = 'pii:v1:';

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/**
 * The events that carry personal fields, by type: the field of the data that names the subject (whose key seals
 * them), and the fields sealed; `erases`, an event that erases its subject (its key is destroyed once it is
 * appended). Declared by the context that owns the events.
 */
export type PersonalFields = Readonly<
  Record<string, { readonly subject: string; readonly fields: readonly string[]; readonly erases?: boolean }>
>;

import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): a sign-in takes 20–40 ms here
 * (docs/benchmarks.md "Access"). Kept in each hash, so a hash made with older settings still verifies.
 */
const ARGON2ID = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum isolated modules cannot read */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** What is wrong with a new password, or undefined when it will do. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `a password needs at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `a password takes at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim().toLowerCase() === username.toLowerCase()) return 'a password must not be the username';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Whether the password is the one hashed; false (never an error) for a hash that is not one. */
export async function passwordMatches(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

import type { th } from './th';

/** The shape of a catalogue: Thai's keys, each a string in any language. */
type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
export type Catalogue = Words<typeof th>;

import type { SourceCatalogue } from './en-US/index.js';

/**
 * Typed keys of the English catalogue: `t('backup.list.empty')` with a key that does not exist, or
 * without a value its sentence has a `{{placeholder}}` for, fails typecheck. Plural keys are named
 * without their suffix (`backup.count` for `count_one` / `count_other`) and take a numeric `count`.
 */

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseOf<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

type Flatten<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? {
        key: `${Prefix}${BaseOf<K>}`;
        text: T[K];
        plural: K extends `${string}_${PluralSuffix}` ? true : false;
      }
    : Flatten<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type Entry = Flatten<SourceCatalogue>;
export type MessageKey = Entry['key'];

type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type EntryOf<K extends MessageKey> = Extract<Entry, { key: K }>;

type Values<K extends MessageKey> = {
  [Name in
    | Placeholders<EntryOf<K>['text']>
    | (true extends EntryOf<K>['plural'] ? 'count' : never)]: Name extends 'count' ? number : string | number;
};

/** The arguments after the key: none for a sentence without placeholders, else an object naming each. */
export type ValuesArg<K extends MessageKey> = keyof Values<K> extends never ? [] : [values: Values<K>];

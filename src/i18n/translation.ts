/**
 * The shape a translation must have: every key of the English catalogue, nothing else. Plural keys
 * (`count_one`, `count_other`) are the exception: a language gives the forms its grammar needs
 * (`_few`, `_many` for Polish and Russian…) and must give `_other`; the catalogue test checks that
 * each language has exactly the plural forms `Intl.PluralRules` asks of it.
 */
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type Plain<T> = {
  readonly [K in keyof T as K extends `${string}_${PluralForm}` ? never : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
};
type PluralsRequired<T> = {
  readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_other` : never]: string;
};
type PluralsOptional<T> = {
  readonly [K in keyof T as K extends `${infer Base}_other`
    ? `${Base}_${Exclude<PluralForm, 'other'>}`
    : never]?: string;
};

export type Translation<T> = Plain<T> & PluralsRequired<T> & PluralsOptional<T>;

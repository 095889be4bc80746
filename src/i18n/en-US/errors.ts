/** English (US) words of the `errors` area: the source every other language translates. */
export const errors = {} as const;

/** English (US) words of the `panel` area: the source every other language translates. */
export const panel = {} as const;

/** English (US) words of the `link` area: the source every other language translates. */
export const link = {} as const;

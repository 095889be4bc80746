/** English (US) words of the `watch` area: the source every other language translates. */
export const watch = {} as const;

/** English (US) words of the `schedule` area: the source every other language translates. */
export const schedule = {} as const;

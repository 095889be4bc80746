/** English (US) words of the `setup` area: the source every other language translates. */
export const setup = {} as const;

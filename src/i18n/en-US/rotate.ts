/** English (US) words of the `rotate` area: the source every other language translates. */
export const rotate = {} as const;

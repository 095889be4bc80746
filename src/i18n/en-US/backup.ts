/** English (US) words of the `backup` area: the source every other language translates. */
export const backup = {} as const;

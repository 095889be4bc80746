/** Line breaks, other control characters and bidi overrides: a name must not start a line or reorder one. */
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * Text from elsewhere (the panel, the guild) folded to one line: controls and bidi overrides become a
 * space. Shared by the panel's messages and Discord's text helpers, which know nothing of each other.
 */
export function foldControls(text: string): string {
  return text.replace(UNSAFE, ' ');
}

/** Letters and digits: a name must not start or end inside a run of them. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Upper and lower case decide between a name and an ordinary word, in any script. */
export const UPPER = /\p{Lu}/u;
export const LOWER = /\p{Ll}/u;

export const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

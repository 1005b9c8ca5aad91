// RVC reads feature files in `sorted(os.listdir(feature_dir))` order. Python sorts str by code
// point; JavaScript's default sort compares UTF-16 code units, which disagrees for characters
// above U+FFFF (stored as surrogates 0xD800-0xDFFF) versus U+E000-U+FFFF. Row order matters: it
// is the id order of RVC's index and of our exports.

/** Python's str ordering: lexicographic by Unicode code point. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++; // both are the same astral character: skip its low surrogate
  }
  return a.length - b.length;
}

/** A sorted copy, in Python's sorted() order. */
export const sortLikePython = (names: readonly string[]) => [...names].sort(compareCodePoints);

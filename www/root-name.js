// The root element's name of a pasted XML payload, for the page to say what it loaded.

/**
 * The local name of the first element of `text` (past the declaration, processing instructions
 * and comments), or undefined. A scan that only moves forward, each tag looked at through a
 * window of 300 characters: linear in the text, whatever it holds (the regular expression it
 * replaces, `<\?[\s\S]*?\?>` and the like, went back to the start of each unclosed `<?`: quadratic,
 * 0.3 s on 64 KiB of them).
 */
export function rootName(text) {
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i)) {
    const skip = text.startsWith("<?", i) ? "?>" : text.startsWith("<!--", i) ? "-->" : undefined;
    if (skip) {
      const end = text.indexOf(skip, i + 2);
      if (end < 0) return undefined;
      i = end + skip.length;
      continue;
    }
    const name = /^<\s*(?:[\w.-]+:)?([\w.-]+)/.exec(text.slice(i, i + 300));
    if (name) return name[1];
    i++;
  }
  return undefined;
}

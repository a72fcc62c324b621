/**
 * Exact fast paths for the long label alternations run over a whole page's text.
 *
 * V8 tries every alternative of a long case-insensitive alternation at every position of the
 * text, so PLATE_LABEL (~50 alternatives) cost ~20 ns per character, the single most expensive
 * regex of the text detectors (measured: ~75-140 µs on a 7.5 KB page, about a fifth of all the
 * detectors' time on the median corpus page). A short alternation of literals that every match
 * must start with finds the few positions worth a try in a fraction of that, and the pattern
 * itself, sticky, decides at each of them.
 */
export class PrefilteredPattern {
  private readonly at: RegExp;
  private readonly starts: RegExp;

  /**
   * @param pattern the pattern, as a global scan would run it (its own `g`/`y` flags are ignored)
   * @param starts a pattern (same case flag) that matches at every position where `pattern`
   *   can match: a necessary condition, proved by test for each pair (test/unit/extract/prefilter.test.ts)
   */
  constructor(pattern: RegExp, starts: RegExp) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    this.at = new RegExp(pattern.source, `${flags}y`);
    this.starts = new RegExp(starts.source, `${starts.flags.replace(/[gy]/g, '')}g`);
  }

  /**
   * The match a global `pattern.exec(text)` would return with `lastIndex = from`: the leftmost
   * position at or after `from` where the pattern matches (the sticky pattern at a position
   * makes the same choices as the global one there).
   */
  exec(text: string, from: number): RegExpExecArray | null {
    const starts = this.starts;
    starts.lastIndex = from;
    for (let s = starts.exec(text); s; s = starts.exec(text)) {
      this.at.lastIndex = s.index;
      const m = this.at.exec(text);
      if (m) return m;
      starts.lastIndex = s.index + 1; // candidates may overlap
    }
    return null;
  }
}

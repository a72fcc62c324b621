/**
 * Text a page writes backwards for the browser to turn round: a style rule with
 * "unicode-bidi: bidi-override" and "direction: rtl" on a class ("<style>.backwards { unicode-bidi:
 * bidi-override; direction: rtl }</style> … <strong class='backwards'>elpmaxe.llednew@anel</strong>"), a
 * usual way to keep a mailbox from harvesters while visitors read it the right way round. The
 * visitor reads "lena@wendell.example", which is what the page shows: it is read so here too.
 */
import type { DomNode } from './dom.js';
import { attributeList, attributeValue, textLines } from './dom.js';

/** A rule's selector and its declarations ("…{…}"), in a style element's text. */
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const CLASS_SELECTOR = /\.([A-Za-z_][\w-]*)\s*$/;
/** How many elements are looked at, at most, for such classes (the walk is only made on a page with such a rule). */
const MAX_NODES = 50_000;

/** Whether declarations turn their text round (both "unicode-bidi: bidi-override" and "direction: rtl"). */
function turnsRound(declarations: string): boolean {
  return /unicode-bidi\s*:\s*bidi-override/i.test(declarations) && /direction\s*:\s*rtl/i.test(declarations);
}

/** The classes whose rules turn their text round: a rule with both declarations, its selectors' last class each. */
export function reversedClasses(styles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const css of styles) {
    RULE.lastIndex = 0;
    for (let m = RULE.exec(css); m; m = RULE.exec(css)) {
      if (!turnsRound(m[2]!)) continue;
      for (const selector of m[1]!.split(',')) {
        const c = CLASS_SELECTOR.exec(selector.trim());
        if (c) out.add(c[1]!);
      }
    }
  }
  return out;
}

/** The texts of the elements under `root` that carry one of `classes` or such declarations in their own style, each turned round as the browser shows it. */
export function reversedTexts(root: DomNode, classes: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const stack: DomNode[] = [root];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const node = stack.pop()!;
    const at = node.type === 'tag' ? attributeList(node) : undefined;
    const cls = at && attributeValue(at, 'class');
    const style = at && attributeValue(at, 'style');
    if ((cls && cls.split(/\s+/).some((c) => classes.has(c))) || (style && turnsRound(style))) {
      for (const line of textLines(node)) out.push([...line].reverse().join(''));
      continue;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

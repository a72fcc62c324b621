/**
 * The detectors' fast paths must find exactly what the plain scans find.
 * - The plate-label scan (prefilter.ts) looks for literals first: they cover every word
 *   PLATE_LABEL can match (a language inclusion, decided on the patterns' automata by refa), and
 *   the two scans agree on the corpus pages' text and on generated text full of labels,
 *   near-labels and overlaps.
 * - The whole-text pre-test of emails.ts (SPOKEN_MARK) skips the spoken-address scan only where
 *   it cannot match: every word SPOKEN matches holds a word of the pre-test (refa again).
 */
import { DFA, isDisjointWith, JS, NFA } from 'refa';
import { describe, expect, it } from 'vitest';
import { SPOKEN, SPOKEN_MARK } from '../../../lambdas/collect/extract/emails.js';
import { PLATE_LABEL, PLATE_LABEL_STARTS } from '../../../lambdas/collect/extract/labels.js';
import { PrefilteredPattern } from '../../../lambdas/collect/extract/prefilter.js';
import { mulberry32 } from '../../../local/demo-site/generate.js';
import { corpusTexts } from './corpus-texts.js';

/** The automaton of a pattern with its look-arounds taken as always true: a superset of its words. */
function automaton(source: string, flags: string): NFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: flags.replace(/[gy]/g, '') }).parse({ assertions: 'ignore' });
  return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'ignore' });
}

/** True when every word `pattern` matches starts with a word `starts` matches. */
function covers(pattern: RegExp, starts: RegExp): boolean {
  const rest = DFA.fromFA(automaton(`(?:${starts.source})[^]*`, starts.flags));
  rest.complement();
  return isDisjointWith(automaton(pattern.source, pattern.flags), rest);
}

/** True when every word `pattern` matches holds a word `needle` matches: no match without the needle in the text. */
function holds(pattern: RegExp, needle: RegExp): boolean {
  const rest = DFA.fromFA(automaton(`[^]*(?:${needle.source})[^]*`, needle.flags));
  rest.complement();
  return isDisjointWith(automaton(pattern.source, pattern.flags), rest);
}

function plain(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  const g = re;
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function fast(p: PrefilteredPattern, text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let m = p.exec(text, 0); m; m = p.exec(text, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

const plateLabels = new PrefilteredPattern(PLATE_LABEL, PLATE_LABEL_STARTS);

describe('PLATE_LABEL_STARTS: what every plate label starts with', () => {
  it('covers every word PLATE_LABEL matches, in any case', () => {
    expect(covers(PLATE_LABEL, PLATE_LABEL_STARTS)).toBe(true);
  });

  it('the proof fails when one label’s start is left out, or the case flag is dropped', () => {
    for (const start of ['kent', 'n\\.', '번호판', 'держ', 'ečv']) {
      const fewer = PLATE_LABEL_STARTS.source.split('|').filter((s) => s !== start).join('|');
      expect(covers(PLATE_LABEL, new RegExp(fewer, 'gi')), start).toBe(false);
    }
    expect(covers(PLATE_LABEL, new RegExp(PLATE_LABEL_STARTS.source, 'g'))).toBe(false);
  });
});

describe('whole-text pre-tests: a pattern is skipped only where it cannot match', () => {
  it('every SPOKEN match holds a SPOKEN_MARK (emails.ts)', () => {
    expect(holds(SPOKEN, SPOKEN_MARK)).toBe(true);
    expect(holds(SPOKEN, / (?:at|ät|krøll|alfakrøll|snabel-a|arobase) /i)).toBe(false); // without "małpa"
  });
});

describe('PrefilteredPattern: the same matches as the plain global scan', () => {
  it('on the visible text of every corpus page', () => {
    let pages = 0;
    let found = 0;
    for (const { page, texts } of corpusTexts()) {
      for (const text of texts) {
        const expected = plain(PLATE_LABEL, text);
        expect(fast(plateLabels, text), page).toEqual(expected);
        found += expected.length;
      }
      pages++;
    }
    expect(pages).toBeGreaterThan(60);
    expect(found).toBeGreaterThan(20); // the corpus does exercise the labels
  });

  it('on generated text: labels in any case, glued to words, overlapping, cut short', () => {
    // Deterministic generator (mulberry32), so a failure reproduces.
    const random = mulberry32(20261130);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const pieces = [
      'reg', 'Reg.', 'REG. NR.', 'reg.nr', 'regnr', 'reg no', 'registration', 'Registration Number', 'registreringsnummer',
      'Kennzeichen', 'amtliches kennzeichen', 'IMMATRICULATION', 'plaque', "plaque d'immatriculation", 'skilt', 'skiltnummer',
      'Kjennemerke', 'nummerplate', 'Rekisterinumero', 'numer rejestracyjny', 'nr rejestracyjny', 'Tablica rejestracyjna',
      'kenteken', 'nummerplade', 'number plate', 'licence plate', 'license plate', 'plate', 'VRM', 'numero di targa', 'n. targa',
      'n.targa', 'Targa:', 'Targa 4S', 'matrícula', 'MATRICULA', 'rendszám', 'SPZ', 'EČV', 'registarska oznaka',
      'registrska tablica', 'valstybinis numeris', 'numura zīme', 'număr de înmatriculare', 'Держ. номер', 'держномер',
      'державний номер', 'Номерний знак', 'гос номер', 'госномер', 'государственный номер', 'гос. рег. знак', 'рег знак',
      '차량번호', '차량 번호', '자동차등록번호', '자동차 번호', '차번호', '번호판', 'template', 'Preg', 'xplate', 'numbers',
      'nr', 'n.', 'targ', 'num', 'ken', 'держ', 'гос', '차량', 'AB 12345', '12가3456', ' ', ' ', ': ', '\n', '-', '.', '|',
    ];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = 1 + Math.floor(random() * 12);
      for (let k = 0; k < parts; k++) {
        let piece = pick(pieces);
        const r = random();
        if (r < 0.2) piece = piece.toUpperCase();
        else if (r < 0.4) piece = piece.toLowerCase();
        text += piece + (random() < 0.5 ? '' : pick([' ', '', '\n', 'x']));
      }
      expect(fast(plateLabels, text), JSON.stringify(text)).toEqual(plain(PLATE_LABEL, text));
    }
  });
});

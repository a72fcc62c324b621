/**
 * What the text detectors read on each corpus page (test/pages/real/): the visible text with
 * the chrome cut out, and the attribute values worth scanning. Shared by the tests that compare
 * a detector's fast path with its plain one on real text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../../lambdas/collect/extract/dom.js';
import { splitLayout } from '../../../lambdas/collect/extract/layout.js';
import { parsePage } from '../../../lambdas/collect/extract/parse.js';
import { CORPUS_DIR, loadCorpusLabels } from '../../bench/corpus.js';

export function corpusTexts(): { page: string; texts: string[] }[] {
  return Object.keys(loadCorpusLabels()).map((page) => {
    const parsed = parsePage(readFileSync(join(CORPUS_DIR, page), 'utf8'));
    splitLayout(parsed.root);
    const content = readPage(parsed.root);
    return { page, texts: [content.text, ...content.attributes.map((a) => a.value)] };
  });
}

/**
 * Found on a sealed round's page of an Irish property portal: the agent's box is marked as the
 * negotiator's (British and Irish agencies' word for the agent who handles a sale), and the agent's
 * name is followed by the surveying bodies' letters written with dots ("M.S.C.S.I., M.R.I.C.S.").
 * Neither was read: the box's mark was no seller box's, and the dotted letters were taken for part of
 * the name. The cases an adversary would bring: the box's heading or button words, a firm's name in
 * it, initials that are a name's, and letters of no body. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.qorvan.example/for-sale/house-wendelstadt/4401937', 'IE');
const ad = (box: string, mark = 'id="tab-negotiator"'): string =>
  `<html><body><main><h1>3 bed semi-detached house for sale</h1><p>€450,000</p><div class="tab-content" ${mark}><div class="negotiator-photo"><img src="https://img.qorvan.example/avatar.png" alt="Negotiator" width="84"/>${box}</div></div></main></body></html>`;
const askMe = '<h3>Questions about<br>this home? <a href="/agents/qorvan-estates/">See our other homes</a></h3>';

describe("a negotiator's box", () => {
  it.each([
    [`<h2>Kamal Reilly</h2>${askMe}`, 'name kamal reilly'],
    [`<h2>Kamal Reilly M.S.C.S.I., M.R.I.C.S.</h2>${askMe}`, 'name kamal reilly'],
    [`<h2>Lena Marten MRICS</h2>${askMe}`, 'name lena marten'],
  ])('%s', (box, name) => {
    expect(found(ad(box), 'IE', 'name')).toEqual([name]);
  });

  it("the French négociateur's box too", () => {
    expect(found(ad('<h2>Lena Marten</h2><p>Votre contact</p>', 'class="bloc-negociateur"'), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    `<h2>Contact Negotiator</h2>${askMe}`,
    `<h2>Meet the Negotiator</h2>${askMe}`,
    `<h2>Qorvan Estates</h2>${askMe}`,
    `<h2>Qorvan Estate Agents Ltd</h2>${askMe}`,
  ])('no name: %s', (box) => {
    expect(found(ad(box), 'IE', 'name')).toEqual([]);
  });
});

describe("a body's letters written with dots after a name", () => {
  const text = (line: string): string => `<html><body><main><h1>About us</h1><p>${line}</p><p>Tel. 01 555 0142</p></main></body></html>`;

  it.each([
    ['Lena Marten M.R.I.C.S.', 'name lena marten'],
    ['Lena Marten, F.R.I.C.S.', 'name lena marten'],
  ])('%s', (line, name) => {
    expect(found(text(line), 'IE', 'name')).toEqual([name]);
  });
});

/**
 * From the 117th sealed round (found after its scoring): a coach's number on a club's card, the next
 * inline box's "e-mail:" glued to it in small letters ("tel: +420 775 555 210e-mail: …"); and a call
 * link that gives the country's code without its "+" ("tel:4915555031122" under "01555 5031122").
 * With the cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lambdas/shared/normalise/phone.js';
import { foundAt } from './found.js';

describe('the next box\'s "e-mail:" glued to a number in small letters', () => {
  const cz = foundAt('https://www.wendell-klub.example/trenerky/', 'CZ');
  const card = (line: string): string =>
    `<!doctype html><html><body><main><h2>Trenéři</h2><article><h3>Lena Marten<span>trenérka</span></h3><p>${line}</p></article></main></body></html>`;

  it.each([
    ['tel: +420 775 555 210<span>e-mail: wendell.klub@centrum.cz</span>', 'phone +420775555210'],
    ['tel: 775 555 210<span>email: wendell.klub@centrum.cz</span>', 'phone +420775555210'],
    ['tel: +420 775 555 210<span>fax: +420 775 555 211</span>', 'phone +420775555210'],
  ])('%s', (line, want) => {
    expect(cz(card(line), 'CZ', 'phone')).toContain(want);
  });

  it('not an unbroken run glued to the letter: an id', () => {
    expect(cz(card('Kód: 775555210e-mail'), 'CZ', 'phone')).toEqual([]);
  });
});

describe('a call link with the country\'s code and no "+"', () => {
  it.each([
    ['tel:4915555031122', 'DE', '+4915555031122'],
    ['tel:4930555123456', 'DE', '+4930555123456'],
  ])('%s on a %s page is the international number', (link, country, want) => {
    expect(normalisePhone(link, country)).toBe(want);
  });

  it('not a national number whose first digits are the country code (a Norwegian or a Danish one of eight digits)', () => {
    expect(normalisePhone('tel:47912345', 'NO')).toBe('+4747912345');
    expect(normalisePhone('tel:45555123', 'DK')).toBe('+4545555123');
  });

  it('not a number with its trunk 0, nor one with its "+", nor text that is no call link', () => {
    expect(normalisePhone('tel:015555031122', 'DE')).toBe('+4915555031122');
    expect(normalisePhone('tel:+4915555031122', 'DE')).toBe('+4915555031122');
    expect(normalisePhone('4915555031122', 'DE')).not.toBe('+4915555031122');
  });

  it("on a page, the link beside the number's text gives one number, not two", () => {
    const de = foundAt('https://www.wendell-zweirad.example/kontakt/', 'DE');
    const html = '<!doctype html><html><body><main><h1>Kontakt</h1><h4>Werkstatt</h4><p><a href="tel:4915555031122">01555 5031122</a></p></main></body></html>';
    expect(de(html, 'DE', 'phone')).toEqual(['phone +4915555031122']);
  });
});

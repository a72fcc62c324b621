/**
 * From the 32nd sealed round (found after its scoring): auction houses' lots that name their
 * auctioneer on the line under the label, in a run of inline fields, or as an offer's broker in
 * JSON-LD; a Brazilian court case's number that is no phone; a dealer directory of thousands of
 * numbers; dealers' logos, trade words and a road named "Pan American" that are no person; a
 * letting site's menu under "Contact". Every page, name, number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.leiloes.example/lote/4812', 'BR');
const us = foundAt('https://www.rv-directory.example/dealers', 'US');

describe('the auctioneer named by role', () => {
  it.each([
    ['on the line under "Leiloeiro(a):"', 'Leiloeiro(a): <div>Helena Prado Vasconcelos, Matr. JUCESP nº 000</div>', ['name helena prado vasconcelos']],
    [
      'in a run of inline fields, the next label glued to the name',
      '<span><b>Loja:</b>&nbsp;&nbsp; ACME ASSESSORIA </span><span><b>Leiloeiro:</b>&nbsp;&nbsp;HELENA PRADO VASCONCELOS</span><span><b>Vendedor:</b>&nbsp;&nbsp;MUNICÍPIO DE VILA SERENA</span>',
      ['name helena prado vasconcelos'],
    ],
    ['with a particle inside the name', 'Leiloeiro Oficial: Otávio Teixeira de Andrade', ['name otávio teixeira de andrade']],
    ['with a particle inside a name in capitals', '<span><b>Loja:</b> ACME </span><span><b>Leiloeiro:</b> OTÁVIO TEIXEIRA DE ANDRADE</span>', ['name otávio teixeira de andrade']],
    [
      'not in a paragraph of the sale terms',
      '<p>4) COMISSÃO: o arrematante pagará a comissão na conta bancária do Leiloeiro Oficial: Otávio Teixeira de Andrade, a ser indicada após a arrematação.</p>',
      [],
    ],
    ['not from a role word alone on its line without a colon', '<ul><li>Leiloeiro</li><li>Otávio Teixeira</li></ul>', []],
  ])('%s', (_what, body, want) => {
    expect(found(page(body), 'BR', 'name')).toEqual(want);
  });

  it("reads an offer's broker typed as a person, though it carries the site's own url", () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Casa com terreno de 300m²',
      offers: {
        '@type': 'Offer',
        price: '150000.00',
        seller: { '@type': 'Organization', name: '2ª Vara Cível de Vila Serena' },
        broker: { '@type': 'Person', name: 'Helena Prado Vasconcelos', jobTitle: 'Leiloeiro Oficial', url: 'https://www.leiloes.example' },
      },
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><p>Lote 4812</p></main></body></html>`;
    expect(found(html, 'BR', 'name')).toEqual(['name helena prado vasconcelos']);
  });
});

describe("a Brazilian court case's number", () => {
  it('is no phone, on its own line under its label or in a sentence', () => {
    const html = page('<dl><dt>Número do Processo</dt><dd>5820417-33.1997.8.26.0224</dd></dl><p>Autos nº 5820417-33.1997.8.26.0224, em trâmite na 2ª Vara.</p><p>Tel. (11) 3104-2290</p>');
    expect(found(html, 'BR', 'phone')).toEqual(['phone +551131042290']);
  });
});

describe('a dealer directory of thousands of numbers', () => {
  // 1,500 dealers, each with a number of its own: valid area codes and exchanges, lines counted up
  // (but for "1111" and "2222", which read as placeholders).
  const areas = [212, 305, 312, 415, 512, 617, 702, 813, 919, 971];
  const lines: string[] = [];
  for (let k = 1000; lines.length < 1500; k++) if (!/^(\d)\1{3}$/.test(String(k))) lines.push(String(k));
  const numbers = lines.map((line, i) => `(${areas[i % 10]}) ${300 + (Math.floor(i / 10) % 90)}-${line}`);
  const e164 = numbers.map((n) => `+1${n.replace(/\D/g, '')}`);

  it('finds every number, not only the first few hundred', () => {
    const html = page(
      numbers.map((n, i) => `<div class="dealer-row"><h3>Dealer ${i}</h3><p>${100 + i} Main Street</p><p>Springfield, Illinois, 62701</p><p>Sales</p><p>${n}</p></div>`).join('\n'),
    );
    const phones = us(html, 'US', 'phone');
    expect(phones.length).toBe(1500);
    expect(phones).toEqual(e164.map((p) => `phone ${p}`).sort());
  });
});

describe('a page of nothing but numbers', () => {
  it('is read only up to a ceiling of parse attempts (6,000), however long it is', () => {
    const areas = [212, 305, 312, 415, 512, 617, 702, 813, 919, 971];
    const rows = Array.from({ length: 30000 }, (_, i) => `<p>${areas[i % 10]}-${300 + (Math.floor(i / 10) % 600)}-${String(1000 + (i % 8999)).padStart(4, '0')}</p>`);
    const phones = us(page(rows.join('\n')), 'US', 'phone');
    expect(phones.length).toBeGreaterThan(1500);
    expect(phones.length).toBeLessThanOrEqual(6000);
  });
});

describe("dealers' names in a directory", () => {
  it("takes no dealer's logo text, and no trade name of an RV dealer", () => {
    const card = (name: string, n: string): string =>
      `<div class="standard-dealer"><div class="dlogo"><img src="https://www.rv-directory.example/pics/1.jpg" alt="${name}"></div><div class="details"><h3><a href="/dealers/1">${name}</a></h3><p>Sales</p><p><a href="tel:${n}">${n}</a></p></div></div>`;
    const html = page(card('Harlow Creek RV', '512-330-1234') + card('Rialto Haven', '305-331-2234') + card('Dunmore Caravans', '617-332-3234'));
    expect(us(html, 'US', 'name')).toEqual([]);
  });

  it("still reads an agent's photo whose address only contains the letters (\"/catalogo/\")", () => {
    const html = page(
      '<div class="agent-card"><img src="https://www.rv-directory.example/catalogo/fotos/88.jpg" alt="Marta Quintela"><p>Marta Quintela</p><p>Sales 505-330-4411</p></div>',
    );
    expect(us(html, 'US', 'name')).toEqual(['name marta quintela']);
  });

  it('reads no name after "Pan" outside Polish, Czech and Slovak pages ("4410 Pan American Fwy")', () => {
    const html = page('<div><p>Lindell RV Sales</p><p>4410 Pan American Fwy</p><p>Albuquerque, New Mexico, 87113</p><p>Sales 505-330-4410</p></div>');
    expect(us(html, 'US', 'name')).toEqual([]);
  });
});

describe("a letting site's menu", () => {
  it('takes no menu item under "Contact" for a name ("Floor Plans")', () => {
    const html = page('<ul class="menu-list"><li>Schedule a tour</li><li>Contact</li><li>Floor Plans</li><li>Gallery</li><li>Amenities</li></ul><h2>FLOOR PLANS</h2><p>Studios to three bedrooms.</p>');
    expect(us(html, 'US', 'name')).toEqual([]);
  });
});

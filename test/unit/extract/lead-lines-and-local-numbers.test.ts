/**
 * The fix round on the eighteenth sealed round's first two sets (vehicle and real-estate result
 * pages; opened after their first scoring). Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';
import { normalisePhone } from '../../../lambdas/shared/normalise/index.js';

const read = (html: string, country: string, url = 'https://www.autos.example/liste/2') => summarise(extractFindings(html, { url, country }));

describe("a dealer's lead lines in the page data", () => {
  it('reads leadPhone, leadEmail and secondaryLeadEmail beside the dealer’s own', () => {
    const dealer = {
      name: 'GARAGE EXEMPLE',
      phone: '+33 1 42 00 11 22',
      email: 'ventes@garage-exemple.example',
      leadPhone: '+33142001133',
      leadEmail: 'leads@garage-exemple.example',
      secondaryLeadEmail: 'atelier@garage-exemple.example',
    };
    const html = `<html><body><script>self.__next_f.push([1,${JSON.stringify(`8:${JSON.stringify({ vehicle: { make: 'Renault', dealer } })}\n`)}])</script><h1>Occasions</h1></body></html>`;
    const r = read(html, 'FR');
    expect(r.phones.sort()).toEqual(['+33142001122', '+33142001133']);
    expect(r.emails.sort()).toEqual(['atelier@garage-exemple.example', 'leads@garage-exemple.example', 'ventes@garage-exemple.example']);
  });
});

describe("a financing or insurance offer's legal notice", () => {
  const notice =
    "Offre de financement: notre référent est à votre disposition au 03 20 45 67 89. Contrats présentés par ACME Courtage, courtier d'assurance, n° ORIAS 01234567 (www.orias.fr), via ses mandataires.";
  it("takes no number from it, and still the seller's beside it", () => {
    const r = read(`<main><p>${notice}</p><p>Vendeur: tél 06 12 34 56 78</p></main>`, 'FR');
    expect(r.phones).toEqual(['+33612345678']);
  });

  it('in English too', () => {
    const uk =
      'Finance is provided by Example Motor Finance Ltd, which is authorised and regulated by the Financial Conduct Authority. For a quote call 0161 234 5678, lines open 9-5.';
    expect(read(`<main><p>${uk}</p><p>Call the seller on 07911 123456</p></main>`, 'GB', 'https://www.cars.example/ad/5').phones).toEqual(['+447911123456']);
  });

  it("a dealer's own short line with its register number stays the dealer's", () => {
    expect(read('<main><p>Garage Exemple, ORIAS 01234567, tél 03 20 45 67 89</p></main>', 'FR').phones).toEqual(['+33320456789']);
  });
});

describe('Argentine numbers written without their area code', () => {
  it.each([
    ['15-6498-1234', '+5491164981234'],
    ['15 6498 1234', '+5491164981234'],
    ['1564981234', '+5491164981234'],
    ['4321-5678', '+541143215678'],
    ['(011) 15-6498-1234', '+5491164981234'],
  ])('%s is Buenos Aires’', (raw, e164) => {
    expect(normalisePhone(raw, 'AR')).toBe(e164);
  });

  it.each(['437-1523', '2015 1 7 0 0 0 0', '12345678', '15-649-81234'])('%s is no number', (raw) => {
    expect(normalisePhone(raw, 'AR')).toBeUndefined();
  });

  it('in an ad’s text, after "celu" too', () => {
    expect(read('<main><p>Vendo Fiesta 2012. Llamar al celu 1564981234</p></main>', 'AR', 'https://www.clasificados.example/autos/1').phones).toEqual(['+5491164981234']);
  });
});

describe('numbers listed with slashes', () => {
  it('reads each line of "15-3107-5520/15-4862-1937/4362-0718"', () => {
    const r = read('<main><p>tel: 15-3107-5520/15-4862-1937/4362-0718</p></main>', 'AR', 'https://www.clasificados.example/autos/1');
    expect(r.phones.sort()).toEqual(['+541143620718', '+5491131075520', '+5491148621937']);
  });

  it('and still no number from a list of models or sizes', () => {
    expect(read('<main><p>Neumáticos 205/55/16 y 3000/5000/7000 km</p></main>', 'AR', 'https://www.clasificados.example/autos/1').phones).toEqual([]);
  });
});

describe('a price glued to the year before it', () => {
  it('"2025$166.300.0002025" is a year, a price and a year, no number', () => {
    expect(read('<main><p>Mazda CX-5 Grand Touring 2025$166.300.0002025 | 0 km | Bogotá</p></main>', 'CO', 'https://carros.example/listado').phones).toEqual([]);
  });

  it('"149 000 kr" is still a price', () => {
    expect(read('<main><p>Pris 149 000 kr, ring 912 34 567</p></main>', 'NO', 'https://www.bil.example/annonse/1').phones).toEqual(['+4791234567']);
  });
});

describe("a rental card's poster: role, then family name and title", () => {
  it.each([
    ['仲介邵小姐40分鐘內更新', '邵小姐'],
    ['屋主蔡先生 1小時內更新', '蔡先生'],
    ['代理人陳太太', '陳太太'],
  ])('%s', (line, name) => {
    expect(read(`<main><p>${line}</p></main>`, 'TW', 'https://rent.example.tw/list').names).toEqual([name]);
  });

  it('not the title inside a longer word', () => {
    expect(read('<main><p>本社區管理中心王先生們</p></main>', 'TW', 'https://rent.example.tw/list').names).toEqual([]);
  });
});

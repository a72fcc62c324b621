/**
 * From the fix round on the 68th sealed round (m70a, m70b, m70c): a Brazilian professional's
 * council number on the line under their name ("CRO-SP 123456" under a dentist's, "OAB/RJ" after a
 * lawyer's), a middle initial after an honorific's given name ("Mrs Lena K. Marten"), and an
 * Indonesian board's titles ("Direktur", "Komisaris") opening a profile's bio. With the cases an
 * adversary would bring: a council's acronym over no name, a year after an acronym, an honorific
 * before a given name and an initial that ends the line. All values and texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const br = foundAt('https://www.wendell-odonto.example/', 'BR');

describe("a council's number under a professional's name", () => {
  it("a dentist's card: the name over its CRO line, glued or with a dash", () => {
    const card = (name: string, cro: string, what: string): string => `<div class="dentista"><h4>${name}</h4><p>${cro}</p><p>${what}</p></div>`;
    const html = page('<h2>Nossa equipe</h2>' + card('Lena Marten', 'CROSP 123456', 'Cirurgiã-dentista') + card('Rafael Irfan', 'CRO-RJ 65.432', 'Harmonização facial'));
    expect(br(html, 'BR', 'name')).toEqual(['name lena marten', 'name rafael irfan']);
  });

  it("a lawyer's name before the bar's number on the same line", () => {
    expect(br(page('<p>Lena Marten - OAB/SP 123.456</p>'), 'BR', 'name')).toEqual(['name lena marten']);
  });

  it('not a heading over such a line, nor an acronym before a year, nor a word that starts like one', () => {
    expect(br(page('<h4>Implantes e próteses</h4><p>CRM 12345</p>'), 'BR', 'name')).toEqual([]);
    // A word that opens with a council's acronym and two letters that are no state's: no register.
    expect(br(page('<p>Lena Marten CROSS 12</p><p>Quorra Vexlin Crown 45</p>'), 'BR', 'name')).toEqual([]);
    expect(br(page('<h4>Lena Marten</h4><p>CRM 2024: novos sistemas</p><p>A clínica usa CRM 2024 desde março.</p>'), 'BR', 'name')).toEqual([]);
  });
});

describe("an honorific's name with a middle initial", () => {
  const ng = foundAt('https://www.wendell-motors.example/board', 'NG');
  it('"Mrs Lena K. Marten": the whole name, with its initial', () => {
    expect(ng(page('<h3>Mrs Lena K. Marten</h3><p>She joined the board in 2001.</p>'), 'NG', 'name')).toEqual(['name lena k. marten']);
    expect(ng(page('<p>Mr. Kamal R. Reilly, Director, chairs the audit committee.</p>'), 'NG', 'name')).toEqual(['name kamal r. reilly']);
  });

  it('not an initial that ends the line, which is no middle one', () => {
    expect(ng(page('<h3>Mrs Lena K.</h3><p>She joined the board in 2001.</p>'), 'NG', 'name')).not.toContain('name lena k.');
  });
});

describe("an Indonesian board's profiles", () => {
  const id = foundAt('https://www.wendell-logistik.example/tentang', 'ID');
  const profile = (name: string, bio: string): string => `<div class="profil"><h4>${name}</h4><p>${bio}</p></div>`;
  it('a name over a bio that opens with "Direktur" or "Komisaris"', () => {
    const html = page(
      '<h2>Direksi</h2>' +
        profile('Lena Marten', 'Direktur Keuangan yang berpengalaman lebih dari dua belas tahun di bidang perbankan dan asuransi di Jakarta.') +
        profile('Kamal Reilly', 'Komisaris Independen, lulusan teknik sipil, pernah memimpin beberapa proyek jalan tol di Jawa Barat.'),
    );
    expect(id(html, 'ID', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });
});

/**
 * The 31st sealed round's event calendar (found after its scoring): organisers' descriptions
 * mention social accounts after a word ("Follow juga IG @funrun.id", "social media @run.id") and
 * list their contact people by number ("0852 … (Name)", "CP: Name (0813…)"). Every page,
 * name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.races.example/events', 'ID');
const description = (text: string) => page(`<h1>Events</h1>${nextData({ events: [{ id: 7, title: 'Fun Run 5K', description: text }] })}`);

describe('a social handle after a word is no e-mail', () => {
  it.each([
    ['"Follow @…"', 'STAY TUNE and Follow @cilegon.runclub.run dan nantikan info'],
    ['"IG @…"', 'Follow juga akun IG @lariseru.id buat info terbaru'],
    ['"social media @…"', 'Stay tune on our social media @womensrun.id and website'],
    ['a name, then the handle', 'GUEST STAR dr. ANDI WIRAWAN @dr.andi'],
  ])('%s', (_what, text) => {
    expect(found(description(text), 'ID', 'email')).toEqual([]);
  });
  it.each([
    ['glued', 'Email: panitia.funrun@gmail.com', 'email panitia.funrun@gmail.com'],
    ['spaced on both sides', 'Email: panitia.funrun @ gmail.com', 'email panitia.funrun@gmail.com'],
    ['spaced after', 'Email: panitia.funrun@ gmail.com', 'email panitia.funrun@gmail.com'],
  ])('an address %s is still one', (_what, text, want) => {
    expect(found(description(text), 'ID', 'email')).toEqual([want]);
  });
});

describe('names in a contact list by their numbers', () => {
  const names = (text: string) => found(description(text), 'ID', 'name');
  it.each([
    ['the number, then the name in brackets', 'Contact Person:\nWA:\n0852 4471 0935 (Wulan)\n0821 6639 2708 (Putri)', ['name putri', 'name wulan']],
    ['the number, then the name', 'Hubungi narahubung kami.\n0857-2290-6143 Joko\n0859-3716-0482 Dewi', ['name dewi', 'name joko']],
    ['the name, then its number in brackets', 'CP: Rina (081367402951) | Sari (082249186307)', ['name rina', 'name sari']],
  ])('%s', (_what, text, want) => {
    expect(names(text)).toEqual(want);
  });
  it.each([
    ['a place before a bracketed number', 'Kantor Jakarta (021 5550 7314)'],
    ['a word that is no known name after a number', 'Info: 0852 4471 0935 Panitia'],
    ['a name after digits that are no number', 'Kuota 2000 Wulan'],
    ['a name after a price', 'Harga Rp 250.000 (Sari)'],
  ])('not %s', (_what, text) => {
    expect(names(text)).toEqual([]);
  });
});

/**
 * Directories of professionals write a doctor's, a dentist's or a lawyer's name with a title
 * before it and the degree after it ("Dr. Jane Doe, MD", "John Roe, Esq."), on a card that links
 * to the professional's profile. The 25th sealed round's doctor directory lost all 20 of its
 * names so (found after its scoring). Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.doctors-directory.example/search?specialty=cardiology', 'US');
const names = (body: string) => found(page(body), 'US', 'name');

describe("a professional's degree after the name", () => {
  it.each([
    ['Dr. Nora Lindqvist, MD', 'name nora lindqvist'],
    ['Dr. Nora Lindqvist, DO', 'name nora lindqvist'],
    ['Nora Lindqvist, DDS', 'name nora lindqvist'],
    ['Dr. Nora Lindqvist, MD, FACC', 'name nora lindqvist'],
    ['Nora Lindqvist, M.D.', 'name nora lindqvist'],
  ])('on a card linking to the physician\'s profile: "%s"', (text, want) => {
    const card = `<div class="card"><h3 itemprop="name"><a href="/physician/dr-nora-lindqvist-q7xk2">${text}</a></h3><div>Cardiology</div></div>`;
    expect(names(card)).toEqual([want]);
  });

  it("in a seller box's name element: a lawyer's \"Esq.\"", () => {
    const box = `<div class="contact-card"><h3 class="contact-name">Henry Hale, Esq.</h3><a href="tel:+12025550187">Call</a></div>`;
    expect(names(box)).toEqual(['name henry hale']);
  });
});

describe('what the degree rule must not turn into a name', () => {
  it.each([
    // a place and its state where a name would be: without the state it is still no person
    ['a town and its state', `<div class="seller-box"><h3 class="name">Bethesda, MD</h3></div>`],
    ['a town and its state, in a profile link', `<div class="card"><a href="/agent/office-12">Springfield, PA</a></div>`],
    ["a directory's own search link", `<div class="card"><a href="/physicians/search?state=md">Physicians, MD</a></div>`],
    ['a call to action', `<div class="card"><a href="/doctor/find">Find a Doctor, MD</a></div>`],
  ])('%s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });

  it('a surname written "DO" without a comma stays part of the name', () => {
    const box = `<div class="seller-box"><h3 class="name">Linh DO</h3><a href="tel:+12025550143">Call</a></div>`;
    expect(names(box)).toEqual(['name linh do']);
  });
});

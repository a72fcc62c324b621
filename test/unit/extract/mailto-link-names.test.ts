/**
 * A job ad's contact written as a mailbox's link whose text is the recruiter's name, with the
 * labels ("Contact:", "Phone:") in a cell of their own: the name is the link's text. The 26th
 * sealed round's staffing board (opened) lost its recruiter so. Every page, name and address here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.jobs-board.example/job/lw13/1867/ui-developer.html', 'US');
const names = (body: string) => found(page(body), 'US', 'name');
const contactTable = (link: string) =>
  `<table><tr><td align="right"><b>Contact:<br>Phone:<br>Fax:<br></b></td><td align="left">${link}<br></td></tr></table>`;

describe("a mailbox's link written as a person's name", () => {
  it.each([
    ["the recruiter's own mailbox", 'nora.lindqvist@staffing.example'],
    ["a desk's mailbox", 'hr@staffing.example'],
    ["the board's relay address for the ad", 'appq42_lw13@jobpost.jobs-board.example'],
  ])('%s', (_what, mailbox) => {
    expect(names(contactTable(`<a href="mailto:${mailbox}">Nora Lindqvist</a>`))).toEqual(['name nora lindqvist']);
  });

  it('with a degree after it, and the scheme in capitals', () => {
    expect(names(`<p><a href="MAILTO:counsel@firm.example">Henry Hale, Esq.</a></p>`)).toEqual(['name henry hale']);
  });
});

describe('what a mailbox link must not give as a name', () => {
  it.each([
    ['a call to action', 'Contact Us'],
    ['a verb before the name', 'Email Nora Lindqvist'],
    ['a team', 'Sales Team'],
    ['a desk', 'Customer Service'],
    ['a firm named after its founder', 'Lindqvist Immobilien'],
    ['a first name alone', 'Nora'],
  ])('%s', (_what, text) => {
    expect(names(`<p><a href="mailto:info@firm.example">${text}</a></p>`)).toEqual([]);
  });

  it("in the site's footer", () => {
    const html = `<!doctype html><html><body><main><h1>UI developer</h1></main><footer><p>Privacy officer: <a href="mailto:privacy@jobs-board.example">Nora Lindqvist</a></p></footer></body></html>`;
    expect(found(html, 'US', 'name')).toEqual([]);
  });
});

describe("a contact form's messages about its name field", () => {
  it.each([
    ['spanNameMissing', 'Name is needed'],
    ['name-error', 'Please enter your name'],
    ['nameRequired', 'Name required'],
  ])('"%s" is no name', (id, message) => {
    const box = `<div class="contact-box"><h3 class="contact-name">Nora Lindqvist</h3><form><input name="txtUserName"><span class="requiredText" id="${id}" style="display:none;">${message}</span></form></div>`;
    expect(names(box)).toEqual(['name nora lindqvist']);
  });
});

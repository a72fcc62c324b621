/**
 * Sites print the poster's name right after a person glyph of an icon font ("<i class='fa
 * fa-user'></i> Anna K."), as they print a date after a clock. Such a name is held to the
 * known-name check, as names from the layout are. Written with what a page brings against that:
 * a "Login" link and a place after the same glyph, a handle, a header's signed-in visitor, other
 * glyphs, long text. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.jobs.example/project/4242', 'EG');
const names = (html: string): string[] => found(html, 'EG', 'name');

describe('a name after a person glyph', () => {
  it.each([
    ['Font Awesome, a first name and an initial', '<span><i class="fa fa-user"></i> Ahmed M.</span>', 'name ahmed m.'],
    ['Bootstrap Icons, a full name in a span', '<div><i class="bi bi-person"></i><span>Maria Lopez</span></div>', 'name maria lopez'],
    ['the glyph wrapped in its own span', '<div><span class="ico"><i class="fa fa-user-circle"></i></span> <a href="/p/9">Karim</a></div>', 'name karim'],
    ['Material Design Icons', '<p><span class="mdi mdi-account"></span> Nadia Farouk</p>', 'name nadia farouk'],
  ])('%s', (_, body, want) => {
    expect(names(page(`<div class="card"><h3>Logo design</h3>${body}</div>`))).toEqual([want]);
  });

  it.each([
    ['a UI word', '<a href="/login"><i class="fa fa-user"></i> Login</a>'],
    ['a place (no known name)', '<span><i class="fa fa-user"></i> Cairo Tower</span>'],
    ['a handle', '<span><i class="fa fa-user"></i> nightowl77</span>'],
    ['an initial first', '<span><i class="fa fa-user"></i> M. Ahmed</span>'],
    ['more than three words', '<span><i class="fa fa-user"></i> Ahmed Mahmoud Ali Hassan Omar</span>'],
    ['a clock glyph', '<span><i class="fa fa-clock"></i> Ahmed M.</span>'],
  ])('not %s', (_, body) => {
    expect(names(page(`<div class="card"><h3>Logo design</h3>${body}</div>`))).toEqual([]);
  });

  it('not the signed-in visitor beside the glyph in the header', () => {
    const html = `<!doctype html><html><body><header><nav><i class="fa fa-user"></i> Ahmed M.</nav></header><main><h1>Logo design</h1></main></body></html>`;
    expect(names(html)).toEqual([]);
  });
});

/**
 * A firm's mailbox that an inline script assembles and writes where it stands
 * (`document.write`), as small firms' sites hide it from harvesters; and the scripts that must
 * write nothing. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { scriptWrites } from '../../../lambdas/collect/extract/script-writes.js';
import { foundAt } from './found.js';

const contact = foundAt('https://www.wendell-bau.example/kontakt', 'DE');
const page = (script: string, after = ''): string =>
  `<!doctype html><html><body><main><h1>Kontakt</h1><p>Wendell Bau GmbH · Tel. 030 5550123</p><p>E-Mail: <script>${script}</script>${after}</p></main></body></html>`;

describe("a contact page's mailbox written by its script", () => {
  it.each([
    ['variables joined in a mail link', 'var u = "info"; var d = "wendell-bau.example"; document.write(\'<a href="mailto:\' + u + "@" + d + \'">\' + u + "@" + d + "</a>");'],
    ['a character reference for the "@"', 'document.write("info" + "&#64;" + "wendell-bau.example");'],
    ['a declaration list with single quotes', "var x = 'info', y = 'wendell-bau.example';\ndocument.write('<a href=\"mailto:' + x + '&#64;' + y + '\">E-Mail</a>')"],
    ['a function of the page called with the parts', 'function mail(u, d) { document.write(\'<a href="mail\' + \'to:\' + u + "@" + d + \'">\' + u + "@" + d + "</a>"); } mail("info", "wendell-bau.example");'],
    ['String.fromCharCode', `document.write(String.fromCharCode(${[...'info@wendell-bau.example'].map((c) => c.charCodeAt(0)).join(', ')}));`],
    ['unescape of %-escapes', `document.write(unescape('${[...'info@wendell-bau.example'].map((c) => '%' + c.charCodeAt(0).toString(16)).join('')}'));`],
    ['a reversed string', 'var e = "elpmaxe.uab-llednew@ofni".split("").reverse().join(""); document.write(e);'],
    ['a variable built with +=', 'var a = "info"; a += "@"; a += "wendell-bau.example"; document.writeln(a);'],
    ['escapes in the literals', 'document.write("info\\x40wendell-bau.example");'],
    ['a property of the same name set after the variable', 'var u = "info"; obj.u = navigator.userAgent; document.write(u + "@wendell-bau.example");'],
    ['parts split over two writes', 'document.write(\'<a href="mailto:info\'); document.write(\'@wendell-bau.example">Schreiben Sie uns</a>\');'],
  ])('is read: %s', (_, script) => {
    expect(contact(page(script), 'DE', 'email')).toEqual(['email info@wendell-bau.example']);
  });
});

describe('scripts that write no mailbox the page shows', () => {
  it.each([
    ['a write of something not constant', 'document.write(\'<a href="mailto:info@\' + location.hostname + \'">\');'],
    ['a mailbox in a string no write prints', 'var cfg = { support: "help@wendell-vendor.example" }; document.write("<b>Hallo</b>");'],
    ['a function never called', 'function mail() { document.write("info@wendell-bau.example"); }'],
    ['a function called with parts that are not constants', 'function mail(u) { document.write(u + "@wendell-bau.example"); } mail(window.user);'],
    ['a write in a comment', '// document.write("info@wendell-bau.example");\n/* document.write("info@wendell-bau.example") */'],
    ['one constant write beside one that is not', 'document.write("info@wendell-bau.example"); document.write(navigator.userAgent);'],
    ['a variable reassigned to something not constant', 'var u = "info"; u = prompt("x"); document.write(u + "@wendell-bau.example");'],
  ])('%s', (_, script) => {
    expect(contact(page(script), 'DE', 'email')).toEqual([]);
  });

  it('writes nothing that would swallow the page after it: a tag left open', () => {
    // The written attribute would run to the next quote of the page, past the printed mailbox.
    expect(scriptWrites('document.write(\'<a title="mailto:info@wendell-bau.example\');')).toBeUndefined();
    expect(contact(page('document.write(\'<a href="mailto:info@wendell-bau.example\');', '<span>post@wendell-bau.example</span>'), 'DE', 'email')).toEqual([
      'email post@wendell-bau.example',
    ]);
  });

  it('writes no script, style or comment (they would be read as text)', () => {
    expect(scriptWrites('document.write(\'<script src="https://wendell-ads.example/a.js?u=info@wendell-bau.example"></scr\' + \'ipt>\');')).toBeUndefined();
    expect(scriptWrites('document.write("<!-- info@wendell-bau.example -->");')).toBeUndefined();
    expect(scriptWrites('document.write("<style>a:after{content:\'info@wendell-bau.example\'}</style>");')).toBeUndefined();
  });

  it('reads a regular expression with a quote in it as a regular expression, not a string', () => {
    expect(scriptWrites('var re = /["\']/g; var u = "info"; document.write(u + "@wendell-bau.example");')).toBe('info@wendell-bau.example');
  });

  it('returns nothing for writes without a mailbox, a script without a write, a string that does not end, and a very long script', () => {
    expect(scriptWrites('document.write("<b>Öffnungszeiten: Mo-Fr 8-17 Uhr</b>");')).toBeUndefined();
    expect(scriptWrites('var u = "info@wendell-bau.example";')).toBeUndefined();
    expect(scriptWrites('document.write("info@wendell-bau.example);')).toBeUndefined();
    expect(scriptWrites(`${'var a = 1;'.repeat(3000)} document.write("info@wendell-bau.example");`)).toBeUndefined();
  });

  it('stops a function that calls itself', () => {
    expect(scriptWrites('function f(u) { document.write(u); f(u + "x"); } f("info@wendell-bau.example");')).toBeUndefined();
  });

  it('reads no write in a script typed as JSON (data, never run)', () => {
    const html =
      '<!doctype html><html><body><main><h1>Kontakt</h1><script type="application/json">document.write("info@wendell-bau.example");</script></main></body></html>';
    expect(contact(html, 'DE', 'email')).toEqual([]);
  });
});

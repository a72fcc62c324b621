/**
 * From the fix round on the 62nd sealed round (m64a, m64b: businesses' own sites, their staff and
 * team pages), general rules, each with the cases an adversary would bring: a staff card's name
 * above its job title and its phone line; a name after a Spanish-speaking market's professional
 * title (Lic., Mtra.); a mailbox spelt without the name's accents or umlauts; a mail link's copies
 * (cc, bcc); a small site's script that declares its agents, and a template's sample agents in it; a card heading's job title after a
 * bar. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const at = foundAt('https://www.autohaus-wendell.example/team.html', 'AT');

describe("a staff card's name above its job title and its phone line", () => {
  const card = (name: string, title: string, phone: string): string => `<div class="staff"><p><b>${name}</b></p><p>${title}</p><p>${phone}</p></div>`;
  it.each([
    [card('Lena Marten', 'Disposition', 'Tel.: 02742 / 55501-14'), ['name lena marten']],
    [card('Kamal Reilly', 'Reifenservice, Zubehör', 'Tel.: 02742 / 55501-15'), ['name kamal reilly']],
  ])('%s', (body, want) => {
    expect(at(page(`<h1>Unser Team</h1>${body}`), 'AT', 'name')).toEqual(want);
  });

  it.each([
    // A line with digits between is no title ("Seit 2009 im Haus"), nor is a line with a label.
    [card('Lena Marten', 'Seit 2009 im Haus', 'Tel.: 02742 / 55501-14')],
    [card('Lena Marten', 'Bürozeiten: Mo-Fr', 'Tel.: 02742 / 55501-14')],
    // Not above a fax line, nor when the line above the title is no known name.
    [card('Lena Marten', 'Disposition', 'Fax: 02742 / 55501-99')],
    [card('Filiale Nord', 'Service und Reparatur', 'Tel.: 02742 / 55501-14')],
  ])('no name from %s', (body) => {
    expect(at(page(`<h1>Unser Team</h1>${body}`), 'AT', 'name')).toEqual([]);
  });
});

describe("a name after a Spanish-speaking market's professional title", () => {
  const mx = foundAt('https://www.despacho-wendell.example/equipo.html', 'MX');
  it.each([
    ['<h3>Mtra. Lena Marta Ruiz Ortega</h3><p>Abogada asociada</p>', ['name lena marta ruiz ortega']],
    ['<h3>Lic. Kamal Reilly</h3><p>Consultor fiscal</p>', ['name kamal reilly']],
    ['<p>Atiende: Lcda. Ana de la Cruz y Ortega, especialista fiscal.</p>', ['name ana de la cruz y ortega']],
    // A licence's number, a one-word name, a run of words that goes on past four.
    ['<p>Lic. 12345 vigente</p>', []],
    ['<p>Lic. Reilly</p>', []],
    ['<p>Lic. Derecho Laboral Empresarial Mexicano Hoy</p>', []],
  ])('%s', (body, want) => {
    expect(mx(page(`<h1>Equipo</h1>${body}`), 'MX', 'name')).toEqual(want);
  });
});

describe('a mailbox spelt without the accents or the umlauts of the name it is named after', () => {
  const ch = foundAt('https://www.garage-wendell.example/equipe.html', 'CH');
  const card = (name: string, mailbox: string): string =>
    `<div class="staff"><div class="staff-name">${name}</div><div class="staff-role">Réceptionnaire atelier</div><a href="mailto:${mailbox}">${mailbox}</a></div>`;
  it.each([
    ['Lena Müller', 'lena.mueller@garage-wendell.example'],
    ['Lena Müller', 'lena.muller@garage-wendell.example'],
    // The umlaut in the first name's second letter: the lines that open with its first are read.
    ['Jörg Reilly', 'joerg.reilly@garage-wendell.example'],
    ['Zoé Lefèvre', 'zoe.lefevre@garage-wendell.example'],
  ])('%s, %s', (name, mailbox) => {
    const html = page(`<h1>L'équipe</h1><p>Tél. 022 555 01 40</p>${card(name, mailbox)}`);
    expect(ch(html, 'CH').filter((l) => l.startsWith('email') || l.startsWith('name'))).toEqual([`email ${mailbox}`, `name ${name.toLowerCase()}`]);
  });
});

describe("a mail link's copies", () => {
  const br = foundAt('https://www.imoveis.example/apartamento-16.html', 'BR');
  it.each([
    ['mailto:contato@imoveis-wendell.example?bcc=lena.marten@mail.example&subject=Apartamento', ['email contato@imoveis-wendell.example', 'email lena.marten@mail.example']],
    ['mailto:?cc=kamal.reilly%40mail.example&body=Ol%C3%A1', ['email kamal.reilly@mail.example']],
    // A subject or a body that holds an address is a text to send, not a recipient.
    ['mailto:contato@imoveis-wendell.example?subject=para%20amigo%40mail.example', ['email contato@imoveis-wendell.example']],
  ])('%s', (href, want) => {
    expect(br(page(`<h1>Apartamento</h1><a href="${href}">Enviar e-mail</a>`), 'BR', 'email')).toEqual(want);
  });
});

describe("a small site's script that declares its agents", () => {
  const ke = foundAt('https://www.motors-wendell.example/stock.html', 'KE');
  const script = (body: string): string => `<!doctype html><html><body><main><h1>Our stock</h1></main><script>${body}</script></body></html>`;
  it('as JavaScript, beside other declarations and comments', () => {
    const js =
      'const cars = [ { name: "Prado", features: ["4WD"] }, // next model\n];\n' +
      'const agents = [ { name: "Irfan", role: "Sales Executive", number: "+254 712 555 014" }, { name: "Amir", role: "Sales Executive", number: "+254 712 555 015" } ];';
    expect(ke(script(js))).toEqual(['name amir', 'name irfan', 'phone +254712555014', 'phone +254712555015']);
  });
  it.each([
    // A template's sample agents: numbers whose last eight digits count up, and their names.
    ['const agents = [ { name: "Hafiz", number: "+254712345678" }, { name: "Nizam", number: "+254734567890" } ];'],
    // Another variable's people (cars' "name"), or an agents list that is only assigned, not declared.
    ['const cars = [ { name: "Irfan", number: "+254 712 555 014" } ];'],
    ['agents = [ { name: "Irfan", number: "+254 712 555 014" } ];'],
  ])('nothing from %s', (js) => {
    expect(ke(script(js)).filter((l) => l.startsWith('name'))).toEqual([]);
  });
});

describe("a card heading's job title after a bar, a dash or a comma", () => {
  const au = foundAt('https://www.realty-wendell.example/team.html', 'AU');
  const card = (heading: string): string => `<div class="agent-card"><h4><a href="#">${heading}</a></h4><p>Ask me about local listings.</p></div>`;
  it.each([
    ['Lena Marten | Principal', ['name lena marten']],
    ['Lena Marten - Sales Manager', ['name lena marten']],
    ['Lena Marten, Principal Broker', ['name lena marten']],
    // A place after the bar is no post: the heading is no name.
    ['Lena Marten | Perth', []],
  ])('%s', (heading, want) => {
    expect(au(page(`<h1>Our team</h1>${card(heading)}`), 'AU', 'name')).toEqual(want);
  });
});

/**
 * Found on a sealed round's Mexican ad: its text ends with the agent's name on a line and "Tel:"
 * under it, the number behind a "Ver datos" (see the details) button that the page's text does
 * not hold. A name right over a phone's label with no number, or over the label and its reveal
 * button, is the advertiser's, as over a "Show phone" button. The cases an adversary would bring:
 * a firm's name or a label over the line, a label with its number after it, a lower-case line,
 * and an ad's sentence. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-casas.example/anuncios/casa-wendelpur-41.html', 'MX');
const ad = (tail: string): string =>
  `<!doctype html><html><body><main><h1>Casa en venta</h1><div id="description">Casa amplia con jardín, a dos cuadras del parque. <br>95 m2, 3 habitaciones. <br>Para más informes escríbeme. <br>${tail}</div></main></body></html>`;

describe('a name over a hidden number', () => {
  it.each([
    'Lucía Gómez <br>Tel: <span class="datos"><button class="btn" href="#">Ver datos</button></span>',
    'Lucía Gómez <br>Tel:',
    'Lucía Gómez <br>Teléfono: Ver datos',
    'Lucía Gómez <br>Cel.: <button>Mostrar teléfono</button>',
    'Lucía Gómez <br>WhatsApp: <a href="#" class="reveal">Ver datos</a>',
  ])('%s gives the name', (tail) => {
    expect(found(ad(tail), 'MX', 'name')).toEqual(['name lucía gómez']);
  });

  it.each([
    // a firm's name, a label, a department over the line
    'Inmobiliaria Wendell <br>Tel:',
    'Contacto <br>Tel:',
    'Atención a clientes <br>Tel:',
    // a lower-case line of the ad's text
    'cerca del metro y de tiendas <br>Tel:',
    // "ver datos" without a phone's label is no number's button
    'Lucía Gómez <br>Ver datos',
    // a label alone with other text under it: a card's label, its number elsewhere
    'Lucía Gómez <br>Tel: <br>Lunes a viernes de 9 a 18 h',
  ])('%s gives none', (tail) => {
    expect(found(ad(tail), 'MX', 'name')).toEqual([]);
  });
});

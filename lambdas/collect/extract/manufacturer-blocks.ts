/**
 * A product's manufacturer block on a shop's page: the maker's or its EU responsible person's
 * name, address and support lines, which the EU's General Product Safety Regulation has shops
 * print on every product page since December 2024 ("Herstellerinformation / Wendell Geräte GmbH /
 * Beispielallee 12 / 31135 Hildesheim / Kundendienst: 05121 …", "Manufacturer information",
 * "Responsible person in the EU", "Informations sur le fabricant"), and shops printed before it
 * for warranty claims. Its numbers and mailboxes are the maker's, not the shop's or the seller's.
 *
 * The block opens with a line that is the label (alone, or with the maker's name after a colon)
 * and must name a firm by its legal form before its first contact ("… GmbH", "… Ltd", "… S.A."):
 * a car ad's spec list also says "Hersteller: Volkswagen" / "Manufacturer: Honda", and the seller's
 * lines under it are the seller's. Before that first contact the block may hold the maker's
 * address and a sentence ("For the warranty, please contact the manufacturer."); from
 * it on, it goes on over contacts and their labels only, to the first other line. A block that
 * holds a mailbox at the page's own domain is the shop's own (a maker selling its own goods) and
 * stays.
 */

/**
 * The headings that open such a block, in the EU's languages shops write: they name it and
 * nothing else, so the maker's name may come a few lines below them, after a sentence.
 */
const HEADINGS =
  // en
  "manufacturer(?:'s)? (?:information|info|details|contact(?: details)?|address)|information about the manufacturer|" +
  "(?:eu |eu-)?responsible (?:person|party)(?: in the eu| \\(eu\\)| for the eu)?|eu representative|product safety(?: information)?|gpsr(?: information)?|" +
  // de
  'hersteller(?:information(?:en)?|angaben|informationen|kontakt|adresse|anschrift)|(?:angaben|informationen|kontaktdaten) (?:zum|des) herstellers?|' +
  'verantwortliche person(?: in der eu| \\(eu\\))?|eu-verantwortliche[rn]?|produktsicherheit(?:sinformationen)?|' +
  // fr, it, es, pt
  'informations? (?:sur le|du) fabricant|coordonnées du fabricant|personne responsable(?: dans l[’\']ue| \\(ue\\)| ue)?|' +
  'informazioni (?:sul|del) produttore|persona responsabile(?: nell[’\']ue| ue)?|' +
  'información del fabricante|datos del fabricante|informações do fabricante|persona responsable(?: en la ue)?|pessoa responsável|' +
  // nl, pl, cs, sv, da, fi
  'fabrikantinformatie|informatie over de fabrikant|gegevens (?:van de )?fabrikant|verantwoordelijke persoon(?: in de eu)?|' +
  'informacje o producencie|dane producenta|osoba odpowiedzialna|informace o výrobci|odpovědná osoba|' +
  'tillverkarinformation|ansvarig person|ansvarlig person|producentoplysninger|valmistajan tiedot|vastuuhenkilö';

/**
 * The maker's word alone, which a spec list also uses ("Hersteller: Volkswagen", "Manufacturer /
 * Honda"): it opens a block only with the firm right after it, on its line or the next.
 */
const MAKER_WORDS = 'manufacturer|hersteller|fabricant|produttore|fabricante|fabrikant|producent|výrobce|tillverkare|valmistaja';

/** A heading or the maker's word alone on its line, or with the maker's name or address after a colon or a dash. */
const BLOCK_START = new RegExp(`^[ \\t\\p{P}]{0,3}(?:(${HEADINGS})|${MAKER_WORDS})[ \\t]*(?:[:：–-][ \\t]*(.{0,160}))?$`, 'iu');

/** A cheap test whether any label is in the text at all (most pages have none). */
const HINT = /hersteller|manufacturer|responsible (?:person|party)|eu representative|product safety|gpsr|verantwortliche|produktsicherheit|fabricant|produttore|responsabile|fabricante|responsable|responsável|fabrikant|verantwoordelijke|producen|odpowiedzialna|výrob|odpovědná|tillverkar|ansvarig|ansvarlig|valmistaja|vastuuhenkilö/i;

/**
 * A firm's legal form as a word of the line ("Wendell Geräte GmbH", "Wendell Ltd.", "Berg S.A.",
 * "Marten sp. z o.o."). Case-sensitive as firms write them: "AG", "SE", "AB", "SA" in small
 * letters are words of a sentence.
 */
const FIRM =
  /(?:^|[\s,(])(?:GmbH|mbH|AG|KG|SE|UG|e\.K\.|Ltd\.?|LTD\.?|Limited|LIMITED|LLC|Inc\.?|INC\.?|Corp\.?|PLC|plc|SA|S\.A\.?|SAS|S\.A\.S\.?|SARL|S\.A\.R\.L\.?|S\.à r\.l\.|Srl|SRL|S\.r\.l\.?|SpA|S\.p\.A\.?|SL|S\.L\.?|BV|B\.V\.?|NV|N\.V\.?|s\.r\.o\.|a\.s\.|[Ss]p\. z ?o\.o\.|AB|Oy|Oyj|A\/S|ApS|Kft\.?|Zrt\.?|d\.o\.o\.|Ltda\.?|Co\. KG)(?=$|[\s,.)])/u;

/** A contact: a number of seven digits however spaced, a mailbox, a web address. */
const CONTACT = /\d(?:[ \t./()–-]{0,3}\d){6,}|@|www\.|https?:/i;
/** A contact's label alone on its line ("Telefon:", "E-Mail:", "Support:"). */
const CONTACT_LABEL_ALONE = /^[ \t]*[\p{L} .-]{0,30}(?:tel(?:efon|éphone|efono|efoon)?|phone|fax|e-?mail|courriel|support|hotline|service)[ \t]*:?[ \t]*$/iu;

/** A field's label before a colon ("Modell:", "Anbieter: …"), and the address's own among them. */
const OTHER_LABEL = /^[ \t]*\p{L}[\p{L} .'’/-]{0,30}:/u;
const ADDRESS_LABEL = /^[ \t]*(?:name|firma|firm|company|unternehmen|société|societ[àa]|empresa|bedrijf|adres+e?|address|anschrift|sitz|indirizzo|direcci[óo]n|endereço|adresa|osoite|post(?:anschrift|adresse)?|ort|land|country|pays|pa[ií]s|paese)[ \t]*:/iu;

/** Non-empty lines after a heading the maker's name may come on (a sentence about the warranty before it). */
const FIRM_LINES_AFTER_HEADING = 4;

/** Lines a block may run over, and characters before its first contact (the maker's address and a sentence or two). */
const MAX_LINES = 16;
const MAX_CHARS_BEFORE_CONTACT = 1500;

/** A mailbox's domain, for the block's own-site test. */
const MAILBOX_DOMAIN = /@([a-z0-9.-]+\.[a-z]{2,})/gi;

/**
 * `text` with its manufacturer blocks blanked (their lines left empty, so line counts hold).
 * `sameSite(d)` says whether a mailbox's domain `d` is at the page's own registrable domain.
 */
export function withoutManufacturerBlocks(text: string, sameSite: (domain: string) => boolean): string {
  if (!HINT.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const start = BLOCK_START.exec(lines[i]!);
    if (!start) continue;
    let firm = FIRM.test(start[2] ?? '');
    let contact = CONTACT.test(start[2] ?? '');
    // The maker's name after the label with its contact on the same line: a block of one line.
    if (contact && !firm) continue;
    // Lines the firm's name may come on: a heading's few, the maker's word's next.
    const firmBy = start[1] !== undefined ? FIRM_LINES_AFTER_HEADING : 1;
    let seen = 0;
    let chars = 0;
    let last = i;
    for (let j = i + 1; j < lines.length && j <= i + MAX_LINES; j++) {
      const line = lines[j]!;
      if (!line.trim()) continue;
      seen++;
      const isContact = CONTACT.test(line) || CONTACT_LABEL_ALONE.test(line);
      if (contact && !isContact) break;
      if (!contact) {
        // Another field's label ("Modell:", "Anbieter:"): a spec list's or a seller's card, not the maker's address.
        if (!isContact && OTHER_LABEL.test(line) && !ADDRESS_LABEL.test(line)) break;
        if (!firm) {
          // A contact before any firm is named: the label was a spec's ("Hersteller: VW" / the seller's lines).
          if (isContact || seen > firmBy) break;
          firm = FIRM.test(line);
        }
        chars += line.length;
        if (chars > MAX_CHARS_BEFORE_CONTACT) break;
      }
      contact ||= isContact;
      last = j;
    }
    if (!firm || !contact) continue;
    const block = lines.slice(i, last + 1).join('\n');
    let own = false;
    MAILBOX_DOMAIN.lastIndex = 0;
    for (let m = MAILBOX_DOMAIN.exec(block); m && !own; m = MAILBOX_DOMAIN.exec(block)) own = sameSite(m[1]!.toLowerCase());
    if (own) continue;
    for (let j = i; j <= last; j++) lines[j] = '';
    changed = true;
    i = last;
  }
  return changed ? lines.join('\n') : text;
}

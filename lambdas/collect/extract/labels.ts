import { isGivenName } from './given-names.js';

/**
 * Label vocabularies for the markets adwarden crawls (Nordics, DE, FR, PL, UK, NL). They serve
 * two purposes: a value right after a label is taken even where its shape alone would be too
 * weak (a plate, a name), and a number right after an id or price label is not a phone.
 */

/**
 * Letters of the scripts these markets write in (Latin with its extensions, Greek, Cyrillic),
 * for use inside character classes. The hot patterns are compiled without the `u` flag because
 * V8 runs them several times faster that way, and `\p{L}` needs `u`.
 */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0259\\u0400-\\u04FF\\u1E00-\\u1EFF';

/** Wraps alternatives in word boundaries that know those letters (`\b` only knows ASCII). */
export function words(alternatives: string): string {
  return `(?<![${LETTER}0-9])(?:${alternatives})(?![${LETTER}0-9])`;
}

/**
 * The same without the leading look-behind, for patterns run over a whole page: a pattern that
 * starts with a look-behind is tried at every position, one that starts with its words lets V8
 * skip ahead to their first letters. The caller checks the start with `startsWord`.
 */
export function wordsAhead(alternatives: string): string {
  return `(?:${alternatives})(?![${LETTER}0-9])`;
}

const WORD_CHAR = new RegExp(`[${LETTER}0-9]`);

/** The line of `text` that starts at `start`, or undefined where no line starts there (before the text, past its end). */
export function lineAt(text: string, start: number): string | undefined {
  if (start < 0 || start > text.length) return undefined;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** True when position `at` of `text` is not inside a word. */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text.charAt(at - 1));
}

/** "[L]" in the vocabularies below stands for one letter. */
function letters(alternatives: string): string {
  return alternatives.replaceAll('[L]', `[${LETTER}]`);
}

const PHONE_WORDS =
  'tlf|tel|tél|telefon[L]*|téléphone|telephone|phone|mobil[L]*|mobile|mob|handy|cell[L]*|' +
  'puh|puhelin[L]*|gsm|ring[L]*|call|sms|whats ?app|kontakt[L]*|contact[L]*|' +
  // a fax line's label: a fax line is the seller's number too
  'fax|telefax|faxnummer|faxnr|facsimile|facsímil|facsímile|faks|faksi|télécopie|telecopie|télécopieur|telecopieur|факс|φαξ|传真|傳真|ファックス|팩스|' +
  'numer telefonu|portable|ruf|anrufen|zadzwoń|kald|festnetz[L]*|' +
  // FR: the contact details ("Coordonnées : 06 …"), also a coordinates' word, which NOT_PHONE_LABEL's own words leave out
  'coordonnées|coordonnees|' +
  // Dutch ("Telefoon", "Mobiel"), and the Spanish, Italian and Portuguese verbs "call"
  'telefoon|mobiel|llamar|llame|llámame|llámenos|chiamare|chiama|chiamami|chiamateci|ligar|ligue|contate|contacte|' +
  // JA/ZH: telephone, mobile; KO: telephone, mobile, contact (no letters of these scripts are in
  // LETTER, so these words' edges are not checked, as a label's need not be)
  '電話|电话|携帯|手机|手機|전화|휴대폰|핸드폰|연락처|' +
  // a WeChat, LINE or KakaoTalk account given as the phone number it is registered to ("微信号: 138…"):
  // taken only where the run is a valid number of the page's country
  '微信号|微信|wechat|weixin|line ?id|카카오톡|' +
  // Spanish, Portuguese and Italian abbreviations and words ("Teléfono:", "Cel.", "Móvil", "Tfno.",
  // "Fono" in Chile, "Telemóvel" in Portugal, "Wsp" for WhatsApp)
  'teléfono|teléf|telf|tfno|tlfno|cel|celu|celular|cellulare|móvil|movil|telemóvel|telemovel|tlm|fono|wsp|wpp|' +
  // the telephone and mobile-phone symbols people write before their number ("☎️ 12 34 56 78", "📱 Eva – …")
  '☎|☏|✆|📞|📱|' +
  // KA: telephone, mobile, "contact me / us", "call (me / us)" (Georgian letters are not in LETTER, so the
  // words' edges are not checked: whole word forms are listed)
  'ტელეფონი|ტელეფონის|მობილური|დამიკავშირდით|დაგვიკავშირდით|დამირეკეთ|დაგვირეკეთ|დარეკეთ|' +
  // Cyrillic (RU, UA, BG, RS...) and Greek: telephone, tel., mobile, "call"
  'телефон[L]*|тел|моб|мобильн[L]*|мобільн[L]*|мобилен|звоните|звонить|дзвоніть|τηλέφωνο|τηλ|κινητό|' +
  // ...and the mobile operator people name before the number in BY, RU and UA ("мтс 29 645 31 08",
  // "вел. (44) …", "Київстар 067 …"): the operator's code follows, the trunk prefix is often left out
  'мтс|вел|велком|velcom|лайф|билайн|мегафон|теле2|київстар|киевстар|водафон|лайфселл|' +
  // "call" in Russian as written in Latin letters ("Zvonite 90 …"), and in Uzbek ("qo'ng'iroq qiling")
  "zvonite|zvonit|zvonitye|pozvonite|qo'ng'iroq|qongiroq|" +
  // "call (me / us)" in the Baltic, Central European, Balkan and Greek languages, before a number written
  // as one run of digits ("Helista 5123456", "Volejte 602…", "Hívjon: 30…", "Zvaniet 21…", "Καλέστε 69…")
  'helista|helistage|helistada|skambinkite|skambinti|skambink|zvaniet|zvani|zvanīt|volejte|volajte|zavolejte|zavolajte|' +
  'hívjon|hívja|hívj|hívd|nazovite|nazovi|zovite|pozovite|pokličite|pokliči|kličite|sunați|sunati|sună|' +
  'обадете се|звънете|καλέστε|' +
  // Hebrew and Arabic (not in LETTER either: whole words): telephone, mobile
  'טלפון|נייד|هاتف|الهاتف|جوال|الجوال|موبايل';
/** Phone labels, with a trailing "nr"/"nummer" so "Tlf.nr" counts as one phone label. */
export const PHONE_LABEL = new RegExp(
  `${words(letters(PHONE_WORDS))}(?:[ .:-]*(?:nr|no|nummer|number|numer|numéro|n°)(?![${LETTER}0-9]))?`,
  'gi',
);

/**
 * A street named a ring, before its house number: "Mittlerer Ring 30 / 80807 München",
 * "Kaiser-Wilhelm-Ring 3": German, and the word is not the Scandinavian "ring" (call) that
 * PHONE_LABEL holds. A capitalised "Ring" after a capitalised word ending in "-er" or after a hyphen.
 */
const STREET_RING_BEFORE = /(?:[A-ZÄÖÜ][a-zäöüß]+er |-)$/;

/** True when the text holds a phone label (PHONE_LABEL is global: its position is reset first). */
export function hasPhoneLabel(text: string): boolean {
  PHONE_LABEL.lastIndex = 0;
  for (let m = PHONE_LABEL.exec(text); m; m = PHONE_LABEL.exec(text)) {
    if (!(m[0] === 'Ring' && STREET_RING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))) return true;
  }
  return false;
}

/**
 * A rating page's address (a page named for rating a member: "rate", "rating", "bewertung",
 * "hodnocení", "ocena", "értékelés") with a name parameter ("name", "jmeno", "imie", "nombre",
 * "navn", "naam", "nimi"…): group 1 is the parameter's value. Read by dom.ts for the links worth
 * scanning, and by handler-names.ts for the name.
 */
export const RATING_LINK =
  /(?:^|\/)(?:hodnocen|hodnoten|hodnotit|rat(?:e|ing)|bewert|ocen|ertekel|értékel)[\w-]*(?:\.\w+)?\?(?:[^#]*?&(?:amp;)?)?(?:jmeno|meno|name|imie|nombre|nome|navn|namn|naam|nimi|nev|ime)=([^&#]+)/i;

/**
 * A query parameter named for a VIN, plain or URL-encoded ("?vin=", "%3Fvin%3D", "&amp;vin=",
 * an analytics tag's "&vehicle_vin=" or "&vins="): the parameter's name is the VIN's label.
 */
export const VIN_PARAM_HINT = /(?:[?&;#]|%3F|%26|%23)(?:(?:vehicle|car|auto)[_-]?)?vins?(?:=|%3D)/i;

/** Words after which a number is an id, an amount or a measure, not a phone. */
export const NOT_PHONE_LABEL = new RegExp(
  words(letters(
    'id|nr|no|nº|n°|num|kode|code|ref|réf|referanse|reference|referenz|référence|referens|referencia|referência|riferimento|referentie|' +
      'ordre[L]*|order[L]*|bestell[L]*|auftrag[L]*|rechnung[L]*|faktura[L]*|invoice|' +
      // (not a customer service's or hotline's line: "Kundenservice 04521 …", "Customer Care: …")
      'kunde(?!n?(?:berat|betreu|service|dienst|hotline|center|zentrum|telefon|support))[L]*|customer(?![ -]?(?:service|care|support|hotline|center|centre))|konto[L]*|kto|blz|account|iban|bic|swift|' +
      // a bank account's number under its name in CS/SK, PL, NL, FR, IT, ES, HU, FI ("Číslo účtu: 123 456 789/0800")
      'účtu|účet|účtom|rachunek|rachunku|rekening(?:nummer)?|compte|conto|cuenta|számlaszám|tilinumero|' +
      // DE: insurance, contract, policy, membership, case and meter numbers, and the commercial register
      'versicherung[L]*|vertrag(?!s?(?:händler|haendler|werkstatt|partner))[L]*|polic[L]*|mitglieds(?:nummer|nr)|vorgang[L]*|aktenzeichen|kassenzeichen|zähler[L]*|zaehler[L]*|fahrgestell[L]*|handelsregister[L]*|hrb|hra|org|orgnr|organisa[L]*|mva|vat|ust|' +
      'siret|siren|nip|regon|krs|pesel|cvr|y-tunnus|' +
      // BE: the enterprise number (0xxx.xxx.xxx, the shape of a mobile) under its names and registers
      // (KBO/BCE, "Ondernemingsnummer", "numéro d'entreprise", "Unternehmensnummer", RPM/RPR); FR: the trade register (RCS)
      'ondernemings(?:nummer|nr)|onderneming|kbo|bce|rpm|rpr|rcs|rcsl|d[\'’]entreprise|unternehmens(?:nummer|nr)|firmen(?:nummer|nr)|' +
      // company and tax numbers: P.IVA / partita IVA, codice fiscale, CIF/NIF/NIPC, BTW, KvK,
      // TVA, UID, Steuernummer, ABN/ACN, GST, OIB, IČO/DIČ, EDRPOU, ИНН/ОГРН
      // (and Italy's "P.I." for partita IVA)
      'iva|partita|p\\.\\s?i\\.|fiscal[L]*|cif|nif|nipc|btw|kvk|tva|uid|steuer[L]*|abn|acn|gst|oib|ičo|ico|dič|dic|edrpou|єдрпоу|инн|огрн|annons(?![øöØÖ])[L]*|anzeige[L]*|' +
      // BR: a firm's and a person's tax numbers (CNPJ 12.345.678/0001-90, CPF), a broker's licence
      // (CRECI), a property's registrations ("Inscrição Municipal", "Inscrição Cadastral: 31872.11.43…")
      'cnpj|cpf|creci|inscrição|inscricao|cadastral|' +
      // US: a land parcel's tax numbers ("PIN : 31.07.400.008", "APN 123-456-789", a county's "Folio")
      'pin|apn|folio|' +
      'inserat[L]*|ogłoszeni[L]*|ilmoitu[L]*|objekt(?!s?(?:betreu|ansprech|berat|manag|verantw|ansvar|leit))[L]*|artikel[L]*|sku|ean|gtin|isbn|' +
      // a part's number in a parts shop ("Add to Cart Part 21455-50147", "MPN", "UPC"); not "Parts",
      // a dealer's parts department's line ("Parts : 021 …")
      'part(?![-‐])|mpn|upc|' +
      'serie[L]*|serial|vin|fin|chassi[L]*|lager[L]*|stock|postnr|postnummer|plz|zip|postcode|' +
      'pris[L]*|price|preis|prix|cena|hinta|precio|preço|preco|prezzo|prijs|valor|código|codigo|codice|kod|kilometer[L]*|km|miltal|mileage|kilométrage|' +
      // an advertising slot's id (AdSense's data-ad-slot="1234567890")
      'slot|slots|adslot|' +
      'przebieg|tracking|sendung[L]*|pakke[L]*|parcel|lat|lng|lon|latitude|longitude|geo|geo-?(?:loc|cod|dat|pos|koord|coord|point|tag|hash|lat|lng|lon)[L]*|' +
      'coord|coords|coordinates?|coordenadas?|koordinaten|koordinater|koordynaty|position|' +
      // public transport's line numbers near a flat ("Autobus: 109 136 154 167", "Tram 12 18 24")
      // (not "Bus", "Tram" or "Metro" alone: words of firms' names, "Metro Cars 020 …")
      'autobus[L]*|buslinie[L]*|tramway[L]*|tramwaj[L]*|tramvaj[L]*|straßenbahn[L]*|strassenbahn[L]*|trolejbus[L]*|trolleybus[L]*|u-bahn|s-bahn'),
  ),
  'gi',
);

/** A word written as a name is: a capital, then lower-case letters. */
const NAME_CASE = /^\p{Lu}\p{Ll}+$/u;
/** A capitalised word closing the text, after a space: the word before a label. */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;
/** "P." before a label: Italy's VAT number written "P.Iva" or "P. Iva". */
const P_DOT_BEFORE = /(?:^|[^\p{L}])[Pp]\. ?$/u;
/** Given names that are also words of price filters and articles ("Max Price", "Art. Nr."): no surname follows them. */
const NOT_BEFORE_SURNAME: ReadonlySet<string> = new Set(['max', 'min', 'art']);

/**
 * False when a NOT_PHONE_LABEL match is a person's name rather than a label, so the number after
 * it is the person's: the label written as a name (a capital, then lower case) that is a known given
 * name ("George", "Georgia", "Iva", "Priscilla"), or a family name after a known given name
 * ("John Price", "Emma Stock"; four letters at least, so "Art Nr" stays a label). "VIN" and "Vin"
 * stay the vehicle's number. A label in capitals ("IVA", "PRICE"), in lower case, or after "P." ("P.Iva")
 * stays a label.
 */
function isLabelNotName(text: string, m: RegExpExecArray): boolean {
  const word = m[0];
  if (!NAME_CASE.test(word) || P_DOT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return true;
  const lower = word.toLowerCase();
  if (lower !== 'vin' && isGivenName(lower)) return false;
  if (word.length < 4) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
  if (!before) return true;
  const given = before[1]!.toLowerCase();
  return NOT_BEFORE_SURNAME.has(given) || !isGivenName(given);
}

/** The end of the last id, amount or measure label in `text` that is no person's name (isLabelNotName), or -1. */
export function notPhoneLabelEnd(text: string): number {
  let end = -1;
  NOT_PHONE_LABEL.lastIndex = 0;
  for (let m = NOT_PHONE_LABEL.exec(text); m; m = NOT_PHONE_LABEL.exec(text)) {
    if (isLabelNotName(text, m)) end = m.index + m[0].length;
  }
  return end;
}

/** For whole-page scans: check matches with `startsWord`. */
export const EMAIL_LABEL = new RegExp(
  wordsAhead('e-?post|e-?mail|mail|courriel|sähköposti|mejl|adres e-mail|e-postadress'),
  'gi',
);

export const VIN_LABEL = new RegExp(
  words(
    'vin|v\\.i\\.n\\.?|vin-?(?:kode|code|nr|nummer|number|numer)|chassi(?:s)?(?:nummer|nr|number|no)?\\.?|' +
      'understell(?:snummer|snr|s-?nr)?|rammenummer|fin|fahrgestell(?:nummer|-?nr)?|fahrzeug-?ident[L]*|' +
      'identifikationsnummer|stelnummer|chassinummer|numéro de série|n° de série|numéro vin|' +
      'numer (?:vin|nadwozia)|valmistenumero|runkonumero|vehicle identification number|' +
      // IT, ES, HU, RO
      '(?:numero di |n\\. ?)?telaio|(?:número de |n\\.?º de )?bastidor|alvázszám|(?:seri[ae] )?(?:de )?(?:șasiu|sasiu)|' +
      // KR
      '차대 ?번호',
  ),
  'i',
);

/** Registration-plate labels ("Reg" alone is what British ads print). Check matches with `startsWord`. */
export const PLATE_LABEL = new RegExp(
  wordsAhead(
    'reg\\.? ?nr\\.?|regnr|reg\\.? ?no\\.?|reg\\.?|registration(?: (?:number|no\\.?|mark))?|' +
      'registreringsnummer|registreringsnr\\.?|registrering|registreringsnummer|reg\\.?-?nummer|' +
      'kennzeichen|amtliches kennzeichen|immatriculation|plaque(?: d.immatriculation)?|skilt(?:nummer|er)?|' +
      // "Kjennemerke" is the Norwegian registry's own word for a plate.
      'kjennemerke|registreringsskylt|nummerplate|' +
      'rekisteri(?:numero|tunnus|kilpi)?|numer rejestracyjny|nr rejestracyjny|tablica rejestracyjna|' +
      'kenteken|nummerplade|number plate|licen[cs]e plate|plate|vrm|vrn|' +
      // IT ("Targa" is also a Porsche body: only with a colon), ES/PT, HU, CZ/SK, HR, SI, LT, LV, RO
      '(?:numero di |n\\. ?)targa|targa(?= ?:)|matr[ií]cula|placas?|patente|rendszám|spz|ečv|registarsk[ae] (?:oznaka|tablica)|' +
      'registrsk[ae] (?:številka|tablica)|valstybinis (?:numeris|nr\\.?)|numura zīme|număr(?:ul)? de înmatriculare|' +
      // EE, BG; AU/NZ "Rego" with a colon (without one it is as often the registration's period: "Rego until 03/2026")
      'registreerimisnumber|registreerimismärk|рег\\.? ?номер|регистрационен номер|rego(?= ?:)|' +
      // UA, RU: "Держ. номер", "держномер", "номерний знак", "госномер", "гос. номер"
      'держ\\.? ?номер|держномер|державний номер|номерний знак|гос\\.? ?номер|госномер|' +
      'государственный номер|(?:гос\\.? ?)?рег(?:истрационный|\\.)? ?знак|' +
      // KR: "차량번호", "자동차번호", "차량 번호", "차번호", "번호판", "자동차등록번호" (not "등록번호" alone:
      // that is the ad's number on Korean sites, or a business registration)
      '차량 ?번호|자동차 ?(?:등록)?번호|차번호|번호판',
  ),
  'gi',
);

/**
 * Labels of the other numbers auction yards and dealers print beside a car's plate: parking bay,
 * lot, stock, entry (exhibit) and lane numbers ("주차번호 : C21-7734", "Stellplatz: B 12",
 * "駐車番号", "Lot #: 12"), in the markets' languages, with an optional number word after them.
 * Anchored at the end: it is tested on the words right before a value or a plate label. Like an id
 * label before a phone, it says the value is not a plate.
 */
export const NOT_PLATE_LABEL = new RegExp(
  `(?:(?<![${LETTER}])(?:parking(?: space| bay| spot)?|car ?park|bay|stellplatz|parkplatz|emplacement|parkeerplaats|` +
    'parkeringsplass|parkeringsplats|parkeringsplads|miejsce(?: parkingowe)?|estacionamiento|estacionamento|vaga|posto|' +
    'lot|los|lote|kavel|stock|lager|bestand|entry|exhibit|lane|auction)|' +
    // KR, JA, ZH: written without a space before the number word ("주차번호", "出品番号")
    '주차|주차장|출품|경매|재고|레인|로트|駐車|出品|在庫|ロット|停车|停車|车位|車位|库存|庫存|拍卖|拍賣)' +
    `(?:[ .-]?(?:no|nr|number|nummer|numéro|numero|numer|n°|nº|#|id|code|번호|위치|番号|号|號|位置)(?![${LETTER}]))?[ \\t]*[:：.#-]?[ \\t]*$`,
  'i',
);

/**
 * What every PLATE_LABEL match starts with (case-insensitively): the scan looks for these first
 * (see prefilter.ts; test/unit/extract/prefilter.test.ts proves the cover). A label added to
 * PLATE_LABEL needs its first letters here, and that test fails until they are.
 */
export const PLATE_LABEL_STARTS =
  /reg|kenn|kent|amtl|imma|plaq|plat|plac|pate|skil|kjen|numm|nume|numb|numu|numă|nr r|tabl|reki|lice|vrm|vrn|n\.|targ|matr|rend|spz|ečv|vals|держ|номе|гос|рег|차량|자동차|차번|번호판/gi;

/**
 * The seller's, the agent's or the owner's contact, as a label with its colon ("Contact the seller:",
 * "Kontakt na makléra:", "Kontakt zur Vermieterin:", "Contacter le vendeur :", "Agent contact:"): a
 * contact word, words between (an article, a preposition, "your"), then the role, in its inflected
 * forms where the language has them (Slovak "na makléra", "na predajcu", Polish "do sprzedawcy");
 * or the role first. Only with a colon after it: alone on a line the same words are a button
 * ("Contact seller") over whatever the card prints next.
 */
const CONTACT_WORDS =
  'contact|contactez|contacter|contactar|contatta|contattare|contacto|contato|contatto|contacteer|kontakt|kontaktujte|kontaktiere|kontaktieren sie|kontakta|kontakti|kapcsolat|контакт|контакты|контакти';
const CONTACT_ROLES =
  'seller|agent|broker|realtor|owner|landlord|advertiser|vendor|dealer|' +
  'verkäufer(?:in)?|makler(?:in)?|anbieter(?:in)?|vermieter(?:in)?|eigentümer(?:in)?|händler|' +
  'vendeu(?:r|se)|propriétaire|annonceur|agente|vendedor(?:a)?|anunciante|propietari[oa]|proprietári[oa]|proprietari[oa]|corredor(?:a)?|corretor(?:a)?|asesor(?:a)?|venditore|inserzionista|' +
  'verkoper|makelaar|eigenaar|verhuurder|säljaren|säljare|mäklaren|mäklare|ägaren|selgeren|selger|megleren|megler|sælgeren|sælger|mægleren|mægler|myyjä|myyjään|välittäjä|välittäjään|' +
  'sprzedaw(?:cy|ca|cą)|sprzedającego|właściciel(?:a|em)?|pośrednik(?:a|iem)?|agent(?:a|em)|' +
  'makléra|maklérovi|makléře|makléř|maklér|predajcu|predajca|predávajúceho|prodejce|prodávajícího|majiteľa|majitele|majiteľ|majitel|inzerenta|inzerent|' +
  'продавц(?:а|ом)|продавець|продавця|агент(?:а|ом)|владельц(?:а|ем)|власника|собственник(?:а|ом)';
const CONTACT_BETWEEN =
  'the|your|our|this|to|with|of|for|na|do|z|ze|s|so|zum|zur|mit|dem|der|den|des|del|de la|de l’|de l\'|de|du|da|della|dello|dell’|dell\'|al|con|el|la|le|il|lo|o|a|met|med|till|til|ved|kanssa|с|со|з|із';
const CONTACT_ROLE_LABELS =
  `(?:(?:${CONTACT_WORDS})(?: (?:${CONTACT_BETWEEN}))*(?: (?:${CONTACT_ROLES}))` +
  `|(?:${CONTACT_ROLES})(?:'s|’s)? (?:${CONTACT_WORDS})(?: details| info| information| person)?)(?=[ \\t]*[:：])`;

/**
 * Seller labels. `strong` ones name the seller even without a colon ("Selger Ola Nordmann");
 * the generic ones ("Name", "Kontakt") only with a colon or on a line of their own.
 */
export const SELLER_LABELS_STRONG =
  `${CONTACT_ROLE_LABELS}|` +
  'selger|seller|inhaber(?:in)?|inh\\.|sold by|hosted by|solgt av|verkäufer(?:in)?|verkauft von|anbieter(?:in)?|säljare|säljs av|sælger|' +
  'myyjä|vendeur|vendu par|votre interlocut(?:eur|rice)|interlocut(?:eur|rice)|sprzedawca|sprzedający|ansprechpartner(?:in)?|kontaktpersona|kontaktperson|contact person|' +
  'yhteyshenkilö|osoba kontaktowa|personne à contacter|' +
  // the person a French or Italian legal notice makes answerable for the site, the name on the same
  // line without a colon as often as with one ("Directeur de la publication Lena Marten")
  'directeur de la publication|directrice de la publication|directeur de publication|directrice de publication|responsable de la publication|responsable de publication|' +
  // ...and the firm's director, as a French company's record lists it ("Dirigeant" / "Lena MARTEN")
  'dirigeante|dirigeant|' +
  // "contact person" in RU, UK, BG, CS, SK, HU, RO, ES, IT, PT, TR (a site's UI language may be any)
  'контактное лицо|контактна особа|контактно лице|лице за контакт|kontaktní osoba|kontaktná osoba|kapcsolattartó|' +
  'persoană de contact|persoana de contact|persona de contacto|persona di contatto|pessoa de contato|pessoa de contacto|yetkili kişi|' +
  // who prepared or looks after the offer, in dealers' and agencies' ads
  'ofert[ęe] przygotował(?:a)?|oferta przygotowana przez|opiekun oferty|osoba do kontaktu|' +
  // ...also "personal" ("Ihr persönlicher Ansprechpartner:", "Persönliche Ansprechpartnerin:")
  'ihr persönlicher ansprechpartner|ihre persönliche ansprechpartnerin|persönliche[rn]? ansprechpartner(?:in)?|' +
  'ihr ansprechpartner(?:in)?|verkaufsberater(?:in)?|votre conseill(?:er|ère)|contactpersoon|handläggare|' +
  // an agency's or a dealer's card heading in English ("Your agent" / "Anna Berg")
  'your agent|your contact|your advisor|your adviser|your consultant|' +
  // a holiday let's or a restaurant's host signing its welcome ("Vaša domaćica Lena Marten", "Your host
  // Lena Marten", "uw gastheer Lena Marten"), in EN, DE, FR, NL, ES, PT, DA/NO, SV, CS, HR/BS/SR (also
  // written without its diacritics) and SL
  'your hostess|your hosts|your host|ihre gastgeberin|ihre gastgeber|ihr gastgeber|votre hôtesse|vos hôtes|votre hôte|' +
  'uw gastvrouw|uw gastheren|uw gastheer|jullie gastheer|jullie gastvrouw|su anfitriona|su anfitrión|tu anfitriona|tu anfitrión|' +
  'vuestra anfitriona|vuestro anfitrión|a sua anfitriã|o seu anfitrião|din vært|jeres vært|deres vert|din vert|er värd|din värd|' +
  'váš hostitel|vaše hostitelka|' +
  'vaš domaćin|vaša domaćica|vaš domacin|vas domacin|vaša domacica|vasa domacica|vaš gostitelj|vaša gostiteljica|' +
  // "seller", "advertiser" and "contact person" in ES/PT, IT, NL, CS, SK, RO, HR/SR/BS, SL, LT, LV,
  // ET, EL, TR, RU, UK, BG, IS
  'vendedor(?:a)?|anunciante|venditore|venditrice|inserzionista|verkoper|aanbieder|prodávající|prodejce|inzerent|' +
  'predajca|predávajúci|vânzător|vanzator|vânzătoare|prodavačica|prodavač|prodavac|kontakt osoba|oglašivač|' +
  'prodajalec|prodajalka|kontaktna oseba|pardavėjas|pardavėja|kontaktinis asmuo|pārdevējs|pārdevēja|' +
  'müüja|kontaktisik|πωλητής|πωλήτρια|υπεύθυνος επικοινωνίας|satıcı|ilan sahibi|продавец|продавець|продавач|' +
  'seljandi|tengiliður|' +
  // "poster", "contact name", "contact person" in Vietnamese
  'người đăng|tên liên lạc|tên liên hệ|người liên hệ|' +
  // "contact person" in Chinese, Japanese and Korean; Japanese "in charge" ("担当: 山田 太郎") and
  // "sales representative", which brokers write above the agent's name; the person in charge
  // ("负责人", a directory's entry's; "責任者")
  '联系人|聯絡人|联络人|聯繫人|連絡人|担当者|担当スタッフ|営業担当|担当|담당자|负责人|負責人|責任者';
/**
 * A German statute's section, as an imprint cites it after a role ("gemäß § 18 Abs. 2 MStV", "i.S.d.
 * § 55 Abs. 2 RStV", "nach § 5 DDG"), or the law's name alone ("nach Telemediengesetz", "nach TMG").
 */
const STATUTE = '(?:gemäß|gemäss|gem\\.|nach|i\\. ?s\\. ?d\\.|im sinne (?:des|von)) ?(?:§+ ?\\d+[a-z]?(?: abs\\. ?\\d+)?(?: (?:satz|s\\.) ?\\d+)?(?: [a-zä]{2,6})?|[a-zäöü]*gesetz(?:es)?|tmg|ddg|mstv|rstv|mdstv)';
/** A label before a longer one it begins ("nom" before "nome") would hide it: longer ones come first (labelled.ts). */
export const SELLER_LABELS_WEAK =
  // "Eladó" (HU) is "seller" and also "for sale" ("Eladó lakás"); "Referente" (IT) any referent;
  // "İletişim" (TR) is "contact" (İ is written out: it does not fold to "i" without the u flag)
  'eladó|hirdető|referente|(?:i|İ)letişim|contact name|' +
  // a letter's "for the attention of" over an address block ("Att: Lena Marten", "Attn.", "z. Hd.")
  'attn\\.?|att\\.?|z\\. ?hd\\.?|zu händen|' +
  // the person a legal notice makes answerable for the site ("Responsable du site" / "Lena
  // …", "Verantwortlich im Sinne des Presserechts: …"): on a business's own site, its own person
  // (the publication's director is a strong label: SELLER_LABELS_STRONG)
  'responsable du site|' +
  'verantwortliche[rn]? im sinne des presserechts|verantwortlich im sinne des presserechts|v\\. ?i\\. ?s\\. ?d\\. ?p\\.|' +
  // ...with the statute that makes them so between ("Inhaltlich verantwortlich gemäß § 18 Abs. 2
  // MStV: …", "Verantwortlich i.S.d. § 55 Abs. 2 RStV: …")
  `(?:inhaltlich )?verantwortliche?r?(?: für den inhalt)? ${STATUTE}|` +
  'inhaltlich verantwortliche[r]?|' +
  'verantwortlich für den inhalt|responsabile della pubblicazione|' +
  // "contact details" headings above the contact person's name ("Kontaktní údaje" / "Jana
  // Nováková" on a job ad): before "contact" and "kontakt", which begin some of them
  'kontaktní údaje|kontaktné údaje|kontaktdaten|contact details|dane kontaktowe|datos de contacto|dados de contacto|' +
  'dados de contato|contactgegevens|kontaktuppgifter|kontaktoplysninger|yhteystiedot|dati di contatto|' +
  // the one to call for a viewing ("CONTACTO PARA VISITAS: …", "Contact for viewings: …")
  'contacto para visitas|contato para visitas|contact for viewings?|kontakt für besichtigungen|contatto per (?:le )?visite|' +
  // "advertiser" in FR, EN, DE, NO/DA, SV, FI, PL, NL: with a colon or alone on its line ("Advertiser
  // Disclosure" is a US site's footer link, "Annonceur professionnel" a seller type)
  'annonceur|advertiser|inserent(?:in)?|annonsør|annoncør|annonsör|ilmoittaja|ogłoszeniodawca|adverteerder|nom du contact|kontaktname|nombre de contacto|nome de contato|nome do contacto|' +
  'kontaktinformasjon|contacto|contato|contatto|contact|kontakt|navn|name|namn|nimi|nombre|nome|nom|imię i nazwisko|imię|' +
  // "Name" in SK, CZ, SI/HR/RS, HU, NL, PT/IT, ES, RO (a field's label: with a colon or alone on its line)
  'meno|jméno|jmeno|ime|név|naam|nume';

/**
 * The party's role before its name on a result card ("Agent: ...", "Owner: ...", "Posted by ..."),
 * in the markets' languages: taken only with a colon (or as a "by" phrase), and only a name of two
 * or more words ("Agent: Foxtons" is an agency's brand).
 */
export const ROLE_LABELS =
  // (the longer forms first: "Agent imobiliar: …" is not "Agent" and then a name)
  'agent imobiliar|agent za nekretnine|agent|owner|landlord|broker of record|broker|sales representative|sales rep\\.?|realtor|posted by|listed by|' +
  // the listing agent an MLS listing is attributed to ("Listing provided by Jane Roe, Roe Realty, (281) …")
  'listing provided by|listing courtesy of|listing presented by|' +
  'megler|eier|utleier|mäklare|ägare|hyresvärd|mægler|ejer|udlejer|välittäjä|omistaja|vuokranantaja|' +
  'makler(?:in)?|eigentümer(?:in)?|inhaber(?:in)?|vermieter(?:in)?|propriétaire|mandataire|publié par|déposé par|titolare|titular|' +
  'właściciel|pośrednik|dodane przez|makelaar|eigenaar|verhuurder|geplaatst door|aangeboden door|' +
  // Romance languages: the licensed broker an ad names ("Corredor Responsable: ...", "Martillero: ...")
  'corredor(?:a)?(?: responsable| inmobiliari[oa])?|martiller[oa](?: públic[oa])?|propietari[oa]|proprietari[oa]|' +
  'proprietário|corretor(?:a)?(?: responsável)?|publicado por|pubblicato da|' +
  // the official auctioneer a judicial or private auction's lot names ("Leiloeiro(a): …", "Auctioneer: …")
  'leiloeir[oa](?:\\(a\\))?(?: oficial)?|auctioneer|subastador(?:a)?|' +
  // Romanian, Hungarian, Czech, Slovak, Croatian and Bulgarian agents and owners ("Tulajdonos: …")
  'consultant imobiliar|consilier(?: imobiliar| dedicat)?|proprietar|ingatlanközvetítő|tulajdonos|' +
  'makléř|majitel|maklér|majiteľ|vlasnik|агент|брокер|собственик|' +
  // the operator a Czech, Slovak or German sole trader's site names ("Provozovatel: …", "Betreiberin: …")
  'provozovatelka|provozovatel|prevádzkovateľka|prevádzkovateľ|betreiberin|betreiber|' +
  // the person a company's profile names as answering for it ("Representative: …", Japanese
  // profiles' 代表者 and 代表取締役, "representative director")
  'legal representative|representative director|representative|代表取締役|代表者|' +
  // French associations' and parishes' people in charge ("Responsables : Lena MARTEN (…) et …")
  'responsables|responsable|' +
  // a kennel's or a stud's breeder, who sells its litters ("Breeder: Lena Marten", "Züchterin: …",
  // "Allevatore: …"), in EN, DE, FR, IT, ES/PT, NL, SV, NO, DA, FI, PL, CS/SK
  'breeder|züchter(?:in)?|éleveuse|éleveur|allevatrice|allevatore|criadora|criador|fokker|uppfödare|oppdretter|opdrætter|kasvattaja|hodowca|chovatelka|chovatel';

export const NICKNAME_LABELS =
  'brukernavn|username|user name|user|nick(?:name)?|alias|användarnamn|användare|benutzername|' +
  'nutzername|brugernavn|käyttäjänimi|käyttäjätunnus|pseudo(?:nyme)?|nazwa użytkownika|login|' +
  'gebruikersnaam';

export const ADDRESS_LABELS =
  'adresse|address|adress|osoite|anschrift|adres|besøksadresse|gateadresse|postadresse|' +
  'besöksadress|postadress|adresse postale|street address|katuosoite|adres ulicy';

/**
 * Where a copyright line goes on to its web designer's or host's credit ("© 2024 Hof Lindenau ·
 * Webdesign by Anna Berg", "Webmaster Timo Wendrich", "Design & Development: …"): the rest of the
 * line is theirs, not the site's. (own-site.ts's copyright lines, index.ts's chrome links and
 * layout.ts's mail links read it.)
 */
export const CREDIT = new RegExp(
  '(?<![\\p{L}])(?:web ?design|web ?master(?= +\\p{Lu}\\p{Ll})|design(?:ed)? by|made by|created by|developed by|powered by|built by|site by|website by|theme by|hosted by|hosting|propulsé par|' +
    'realizzato da|realizzazione|réalisé par|réalisation|conception|desarrollado por|diseño|diseñado por|desenvolvido por|criado por|creado por|' +
    // "Página web hecha por: …", "Sitio hecho por …": not "hecho por" alone ("Hecho por Lena", a maker's own goods)
    '(?:página|pagina|sitio|site)(?: web)? (?:hech[oa]|realizad[oa]|elaborad[oa]|feit[oa]) por|' +
    'umsetzung|erstellt von|gestaltung|programmierung|realizacja|wykonanie|wykonawca|projekt|' +
    // "Design & Development: …", "Design en ontwikkeling", "ontworpen door", "gemaakt door"
    'design ?(?:&|\\+|and|und|et|en|e|y) ?(?:development|entwicklung|développement|sviluppo|desarrollo|ontwikkeling)|ontworpen door|ontwikkeld door|gemaakt door)(?![\\p{L}])',
  'iu',
);

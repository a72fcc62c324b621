/**
 * Word lists for the demo classifieds site. Everything here is fictional: personal names are
 * common first and last names combined at random, companies carry "Demo"/"Eksempel"/"Example"
 * in their names, e-mail domains are the reserved example.com / example.no / example.org, and
 * phone numbers are drawn at random from ranges libphonenumber-js accepts (see generate.ts).
 */

export type AdCountry = 'NO' | 'SE' | 'DE' | 'GB';
export type AdLang = 'nb' | 'sv' | 'de' | 'en';
export type AdCategory = 'car' | 'boat' | 'electronics';

export const LANG_OF: Record<AdCountry, AdLang> = { NO: 'nb', SE: 'sv', DE: 'de', GB: 'en' };

/** How the (Norwegian) site names the ad's country when it is not Norway. */
export const COUNTRY_NAME_NB: Record<AdCountry, string> = {
  NO: 'Norge',
  SE: 'Sverige',
  DE: 'Tyskland',
  GB: 'Storbritannia',
};

export const FIRST_NAMES: Record<AdCountry, readonly string[]> = {
  NO: ['Ola', 'Kari', 'Kjetil', 'Åse', 'Bjørn', 'Ingrid', 'Håkon', 'Solveig', 'Øystein', 'Marit', 'Lars', 'Sigrid', 'Torbjørn', 'Liv', 'Espen', 'Ragnhild', 'Ståle', 'Tone'],
  SE: ['Erik', 'Märta', 'Anders', 'Åsa', 'Johan', 'Linnéa', 'Björn', 'Karin', 'Sven', 'Ebba'],
  DE: ['Jürgen', 'Anja', 'Klaus', 'Sabine', 'Matthias', 'Jörg', 'Ute', 'Günter', 'Katrin', 'Stefan'],
  GB: ['Oliver', 'Emily', 'James', 'Charlotte', 'Harry', 'Sophie', 'Thomas', 'Amelia'],
};

export const LAST_NAMES: Record<AdCountry, readonly string[]> = {
  NO: ['Nordmann', 'Hansen', 'Ødegård', 'Bjørnstad', 'Haugen', 'Løvås', 'Berg', 'Dahl', 'Strøm', 'Fjellheim', 'Sæther', 'Aasen', 'Holm', 'Kvåle', 'Rønning', 'Solberg'],
  SE: ['Ström', 'Lindqvist', 'Karlsson', 'Öberg', 'Ekström', 'Nyström', 'Sjöberg', 'Andersson'],
  DE: ['Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Bäcker', 'Schäfer', 'Krüger', 'Hoffmann'],
  GB: ['Smith', "O'Brien", 'Taylor', 'Hughes', 'Davies', 'Wright', 'Evans', 'MacLeod'],
};

/** Nickname stems; a nickname is a stem plus a first name or two digits. */
export const NICK_STEMS: Record<AdCategory, readonly string[]> = {
  car: ['Bil', 'Turbo', 'Diesel', 'Garasje', 'Veteran'],
  boat: ['Båt', 'Sjøulk', 'Fjord', 'Havørn', 'Skipper'],
  electronics: ['Tech', 'Gadget', 'Pixel', 'Nerd', 'Bitmaster'],
};

export interface Place {
  readonly postcode: string;
  readonly city: string;
}

export const PLACES: Record<AdCountry, readonly Place[]> = {
  NO: [
    { postcode: '0150', city: 'Oslo' },
    { postcode: '0555', city: 'Oslo' },
    { postcode: '5003', city: 'Bergen' },
    { postcode: '7011', city: 'Trondheim' },
    { postcode: '4006', city: 'Stavanger' },
    { postcode: '9008', city: 'Tromsø' },
    { postcode: '3015', city: 'Drammen' },
    { postcode: '1607', city: 'Fredrikstad' },
    { postcode: '2317', city: 'Hamar' },
    { postcode: '8006', city: 'Bodø' },
    { postcode: '4610', city: 'Kristiansand' },
    { postcode: '6002', city: 'Ålesund' },
  ],
  SE: [
    { postcode: '111 22', city: 'Stockholm' },
    { postcode: '411 19', city: 'Göteborg' },
    { postcode: '211 20', city: 'Malmö' },
    { postcode: '753 20', city: 'Uppsala' },
    { postcode: '702 10', city: 'Örebro' },
  ],
  DE: [
    { postcode: '10115', city: 'Berlin' },
    { postcode: '80331', city: 'München' },
    { postcode: '20095', city: 'Hamburg' },
    { postcode: '50667', city: 'Köln' },
    { postcode: '60311', city: 'Frankfurt am Main' },
  ],
  GB: [
    { postcode: 'SW1A 1AA', city: 'London' },
    { postcode: 'M1 1AE', city: 'Manchester' },
    { postcode: 'EH1 1YZ', city: 'Edinburgh' },
  ],
};

export const STREETS: Record<AdCountry, readonly string[]> = {
  NO: ['Storgata', 'Kirkegata', 'Strandgata', 'Skolegata', 'Kongens gate', 'Fjordveien', 'Løkkeveien', 'Parkveien', 'Solbakken', 'Sjøgata', 'Bjørnstjerne Bjørnsons gate'],
  SE: ['Kungsgatan', 'Storgatan', 'Drottninggatan', 'Vasagatan', 'Sjövägen', 'Björkvägen'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Lindenallee', 'Gartenweg', 'Schillerstraße'],
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
};

/** One dealer per country and category; a dealer seen again is the same seller (same identifiers). */
export const DEALERS: Record<AdCountry, Record<AdCategory, string>> = {
  NO: { car: 'Demo Bil AS', boat: 'Fjordbåt Demo AS', electronics: 'Eksempel Elektro AS' },
  SE: { car: 'Exempelbilar AB', boat: 'Demobåtar Väst AB', electronics: 'Exempel Elektronik AB' },
  DE: { car: 'Autohaus Beispiel GmbH', boat: 'Bootshandel Muster GmbH', electronics: 'Beispiel Elektronik GmbH' },
  GB: { car: 'Example Motors & Sons Ltd', boat: 'Example Marine Ltd', electronics: 'Example Electronics Ltd' },
};

export interface CarModel {
  readonly make: string;
  readonly model: string;
  /** World manufacturer identifier (VIN positions 1-3). */
  readonly wmi: string;
  /** VW group fills positions 4-6 with "ZZZ" in Europe. */
  readonly zzz?: boolean;
  readonly ev?: boolean;
  /** Combustion fuel; diesel when absent (ignored for EVs). */
  readonly fuel?: 'petrol' | 'hybrid';
  /** First model year sold in Europe, so titles stay plausible. */
  readonly since: number;
}

export const CARS: readonly CarModel[] = [
  { make: 'Volkswagen', model: 'Golf 1.6 TDI', wmi: 'WVW', zzz: true, since: 2009 },
  { make: 'Volkswagen', model: 'ID.4 Pro', wmi: 'WVG', zzz: true, ev: true, since: 2021 },
  { make: 'Tesla', model: 'Model 3 Long Range', wmi: 'LRW', ev: true, since: 2019 },
  { make: 'Volvo', model: 'XC60 D4 AWD', wmi: 'YV1', since: 2009 },
  { make: 'Toyota', model: 'RAV4 Hybrid', fuel: 'hybrid', wmi: 'JTM', since: 2016 },
  { make: 'Škoda', model: 'Octavia Combi 2.0 TDI', wmi: 'TMB', zzz: true, since: 2008 },
  { make: 'BMW', model: '320d Touring', wmi: 'WBA', since: 2008 },
  { make: 'Mercedes-Benz', model: 'C 220 d', wmi: 'WDD', since: 2014 },
  { make: 'Audi', model: 'A4 Avant 2.0 TDI', wmi: 'WAU', zzz: true, since: 2008 },
  { make: 'Nissan', model: 'Leaf 40 kWh', wmi: 'SJN', ev: true, since: 2018 },
  { make: 'Peugeot', model: '208 1.2 PureTech', fuel: 'petrol', wmi: 'VF3', since: 2012 },
  { make: 'Ford', model: 'Focus 1.0 EcoBoost', fuel: 'petrol', wmi: 'WF0', since: 2012 },
  { make: 'Hyundai', model: 'Kona Electric', wmi: 'KMH', ev: true, since: 2018 },
];

export const BOATS: readonly string[] = ['Askeladden C61 Cruiser', 'Buster L', 'Ryds 550 BF', 'Bavaria Cruiser 34', 'Quicksilver 605 Open', 'Nordkapp Enduro 605'];
export const ENGINES: readonly string[] = ['Yamaha F115', 'Suzuki DF60', 'Mercury 150 EFI', 'Volvo Penta D2-40', 'Honda BF100'];

export interface Gadget {
  readonly name: string;
  /** Which decoy identifier the ad carries: an IMEI, a serial number, or none. */
  readonly decoy: 'imei' | 'serial' | 'none';
}

export const GADGETS: readonly Gadget[] = [
  { name: 'iPhone 14 Pro 256 GB', decoy: 'imei' },
  { name: 'Samsung Galaxy S23', decoy: 'imei' },
  { name: 'Sony PlayStation 5 Digital Edition', decoy: 'serial' },
  { name: 'MacBook Air M2 13" (2022)', decoy: 'serial' },
  { name: 'Samsung 65" QLED TV', decoy: 'none' },
  { name: 'Canon EOS R6', decoy: 'serial' },
];

/** Norwegian plate series: ordinary ones and the E-series for electric cars. */
export const NO_PLATE_SERIES = ['AB', 'AX', 'BN', 'BT', 'CF', 'DN', 'DR', 'KF', 'KH', 'NF', 'PR', 'RJ', 'SU', 'SV', 'TN', 'UB', 'VH', 'ZT'];
export const NO_EL_PLATE_SERIES = ['EL', 'EK', 'EV', 'EB'];
/** Letters used on Swedish plates (no I, Q, V, Å, Ä, Ö). */
export const SE_PLATE_LETTERS = 'ABCDEFGHJKLMNOPRSTUWXYZ';
/** German district codes (Berlin, München, Hamburg, Köln, Frankfurt, Stuttgart, Bremen, Düsseldorf, Leipzig). */
export const DE_DISTRICTS = ['B', 'M', 'HH', 'K', 'F', 'S', 'HB', 'D', 'L'];

export const ADJECTIVES: Record<AdLang, Record<AdCategory, readonly string[]>> = {
  nb: {
    car: ['pent brukt', 'lite kjørt', 'hengerfeste', 'nye vinterhjul', 'ett eierforhold'],
    boat: ['klar for sesongen', 'vinterlagret inne', 'nylig service'],
    electronics: ['som ny', 'lite brukt', 'med kvittering'],
  },
  sv: {
    car: ['välvårdad', 'dragkrok', 'en ägare', 'nya vinterdäck'],
    boat: ['sjösättningsklar', 'vinterförvarad inomhus'],
    electronics: ['som ny', 'knappt använd', 'med kvitto'],
  },
  de: {
    car: ['scheckheftgepflegt', 'unfallfrei', 'mit AHK', 'Nichtraucherfahrzeug'],
    boat: ['sofort einsatzbereit', 'Winterlager in der Halle'],
    electronics: ['wie neu', 'mit Rechnung', 'kaum benutzt'],
  },
  en: {
    car: ['full service history', 'one owner', 'low mileage', 'new winter tyres'],
    boat: ['ready for the season', 'stored indoors'],
    electronics: ['as new', 'boxed with receipt', 'barely used'],
  },
};

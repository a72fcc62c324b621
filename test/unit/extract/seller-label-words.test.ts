/**
 * Seller, advertiser and contact-person labels of the EU/EEA languages the vocabulary lacked
 * (ES/PT, IT, NL, CS, SK, HU, RO, HR/SR, SL, LT, LV, ET, EL, TR, RU, UK, BG, IS), read in a seller
 * box and in a dt/dd row. Written with what an adversary (a page) puts after the same labels:
 * the seller's kind ("Particular", "Privato", "Частное лицо"), a dealer's or agency's name, and
 * the Hungarian "Eladó", which is also "for sale" at the start of a title. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'ES');
const inBox = (text: string, country: string): string[] =>
  found(`<!doctype html><html><body><main><h1>Sofa</h1><p>Good condition.</p><div class="seller-info"><p>${text}</p></div></main></body></html>`, country, 'name');
const inRow = (label: string, value: string, country: string): string[] =>
  found(`<!doctype html><html><body><main><h1>Sofa</h1><dl><dt>${label}</dt><dd>${value}</dd></dl></main></body></html>`, country, 'name');

describe('a person\'s name after a seller label of these languages', () => {
  it.each([
    ['ES', 'Vendedor', 'Lucía Ortega', 'name lucía ortega'],
    ['ES', 'Anunciante', 'Carlos Romero', 'name carlos romero'],
    ['PT', 'Vendedora', 'Ana Carvalho', 'name ana carvalho'],
    ['IT', 'Venditore', 'Marco Greco', 'name marco greco'],
    ['IT', 'Inserzionista', 'Giulia Conti', 'name giulia conti'],
    ['NL', 'Verkoper', 'Pieter Visser', 'name pieter visser'],
    ['CZ', 'Prodávající', 'Tomáš Dvořák', 'name tomáš dvořák'],
    ['SK', 'Predajca', 'Peter Kováč', 'name peter kováč'],
    ['HU', 'Eladó', 'Nagy Anna', 'name nagy anna'],
    ['RO', 'Vânzător', 'Andrei Popa', 'name andrei popa'],
    ['HR', 'Prodavač', 'Marko Babić', 'name marko babić'],
    ['SI', 'Prodajalec', 'Janez Kranjc', 'name janez kranjc'],
    ['LT', 'Pardavėjas', 'Darius Jankauskas', 'name darius jankauskas'],
    ['LV', 'Kontaktpersona', 'Anna Ozola', 'name anna ozola'],
    ['EE', 'Kontaktisik', 'Andres Kask', 'name andres kask'],
    ['GR', 'Πωλητής', 'Νίκος Οικονόμου', 'name νίκος οικονόμου'],
    ['TR', 'Satıcı', 'Mehmet Kaya', 'name mehmet kaya'],
    ['TR', 'İletişim', 'Ayşe Demir', 'name ayşe demir'],
    ['RU', 'Продавец', 'Пётр Смирнов', 'name пётр смирнов'],
    ['UA', 'Продавець', 'Олена Бондар', 'name олена бондар'],
    ['BG', 'Продавач', 'Георги Димитров', 'name георги димитров'],
    ['GB', 'Contact name', 'Sarah Jones', 'name sarah jones'],
  ])('%s %s', (country, label, name, want) => {
    expect(inBox(`${label}: ${name}`, country)).toEqual([want]);
    expect(inRow(label, name, country)).toEqual([want]);
  });
});

describe('what follows the same labels and is no person', () => {
  it.each([
    ['ES', 'Vendedor: Profesional'],
    ['ES', 'Vendedor: Concesionario Oficial'],
    ['ES', 'Anunciante: Particular'],
    ['ES', 'Anunciante: Inmobiliaria García S.L.'],
    ['ES', 'Vendedor verificado'],
    ['IT', 'Venditore: Privato'],
    ['IT', 'Inserzionista: Agenzia Immobiliare Rossi'],
    ['IT', 'Referente: Ufficio Vendite'],
    ['NL', 'Verkoper: Particulier'],
    ['NL', 'Aanbieder: Van der Berg Makelaars'],
    ['CZ', 'Prodejce: Autobazar Praha s.r.o.'],
    ['CZ', 'Inzerent: Soukromá osoba'],
    ['HU', 'Eladó lakás Budapest'],
    ['HU', 'Eladó Opel Astra'],
    ['HU', 'Eladó: Magánszemély'],
    ['RU', 'Продавец: Частное лицо'],
    ['RU', 'Продавец: Автосалон Авто Плюс'],
    ['TR', 'Satıcı: Galeriden'],
    ['TR', 'İlan sahibi: Sahibinden'],
    ['RS', 'Prodavac: Fizičko lice'],
    ['RS', 'Oglašivač: Auto Centar Beograd'],
    ['EE', 'Müüja: Eraisik'],
    ['LV', 'Pārdevējs: Privātpersona'],
    ['GR', 'Πωλητής: Ιδιώτης'],
    ['RO', 'Vânzător: Persoană fizică'],
    ['PT', 'Vendedor: Stand Auto Silva'],
    ['BG', 'Продавач: Частно лице'],
  ])('%s %s', (country, text) => {
    expect(inBox(text, country)).toEqual([]);
  });
});

describe('"advertiser" labels, which name the seller only with a colon or alone on their line', () => {
  it.each([
    ['FR', 'Annonceur', 'Gaspard Marchand', 'name gaspard marchand'],
    ['GB', 'Advertiser', 'Sarah Jones', 'name sarah jones'],
    ['DE', 'Inserent', 'Jonas Weber', 'name jonas weber'],
    ['NO', 'Annonsør', 'Kari Lunde', 'name kari lunde'],
    ['SE', 'Annonsör', 'Erik Lind', 'name erik lind'],
    ['FI', 'Ilmoittaja', 'Matti Virtanen', 'name matti virtanen'],
    ['PL', 'Ogłoszeniodawca', 'Anna Wiśniewska', 'name anna wiśniewska'],
    ['NL', 'Adverteerder', 'Pieter Visser', 'name pieter visser'],
  ])('%s %j then %j in a dt/dd row', (country, label, value, want) => {
    expect(inRow(label, value, country)).toEqual([want]);
  });
  it('the name on the line after the label, with the link to the seller\'s other ads after it', () => {
    expect(inBox('Annonceur<br>Gaspard MARCHAND (Voir toutes ses annonces)', 'FR')).toEqual(['name gaspard marchand']);
  });
  it.each([
    ['GB', 'Advertiser Disclosure<br>Compare rates'],
    ['GB', 'Advertiser Sarah Jones'],
    ['FR', 'Annonceur professionnel'],
    ['FR', 'Annonceur : Particulier'],
    ['DE', 'Inserent: Privat'],
  ])('%s %j: no name', (country, text) => {
    expect(inBox(text, country)).toEqual([]);
  });
});

describe('a button after the name in a seller box ends the name', () => {
  it.each([
    ['PL', 'Opiekun oferty: Katarzyna Nowicka Poznaj mnie', 'name katarzyna nowicka'],
    ['PL', 'Sprzedawca: Jan Kowalski Zobacz profil', 'name jan kowalski'],
    ['FR', 'Vendeur : Gaspard Marchand Contacter le vendeur', 'name gaspard marchand'],
    ['IT', 'Venditore: Marco Greco Contatta il venditore', 'name marco greco'],
    ['ES', 'Vendedor: Lucía Ortega Llamar ahora', 'name lucía ortega'],
    ['NL', 'Verkoper: Pieter Visser Bekijk profiel', 'name pieter visser'],
    ['FI', 'Myyjä: Matti Virtanen Soita myyjälle', 'name matti virtanen'],
  ])('%s %j', (country, text, want) => {
    expect(inBox(text, country)).toEqual([want]);
  });
});

describe('"contact person" in Chinese, Japanese and Korean, whose names have no capitals', () => {
  it.each([
    ['CN', '联系人', '王秀英', 'name 王秀英'],
    ['TW', '聯絡人', '陳美玲', 'name 陳美玲'],
    ['JP', '担当者', '佐藤一郎', 'name 佐藤一郎'],
    ['KR', '담당자', '김민준', 'name 김민준'],
  ])('%s %j then %j', (country, label, value, want) => {
    expect(inRow(label, value, country)).toEqual([want]);
    expect(inBox(`${label}：${value}`, country)).toEqual([want]);
  });
  it.each([
    ['CN', '联系人：北京科技有限公司', 'a company'],
    ['CN', '联系人：请登录后查看', '"log in to see"'],
    ['CN', '联系人：经理', '"manager"'],
    ['JP', '担当者：営業部', '"sales department"'],
    ['KR', '담당자: 고객센터', '"customer centre"'],
    ['CN', '联系人电话：13924685107', 'the phone label that begins with the word'],
  ])('%s %j (%s): no name', (country, text) => {
    expect(inBox(text, country)).toEqual([]);
  });
});

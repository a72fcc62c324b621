/**
 * Texts of the messages we send to data subjects, in the portal's languages. No message ever
 * contains personal data beyond the recipient's own address, and receipts carry counts only.
 */
import type { RequestType } from './request.js';

export const LANGS = ['en', 'nb', 'sv', 'de', 'fr', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

interface Texts {
  readonly confirmSubject: string;
  readonly what: Readonly<Record<RequestType, string>>;
  readonly confirmIntro: string;
  readonly ignore: string;
  readonly code: string;
  readonly receiptSubject: string;
  readonly receiptIntro: string;
  readonly exportSubject: string;
  readonly exportIntro: string;
}

const T: Readonly<Record<Lang, Texts>> = {
  en: {
    confirmSubject: 'Confirm your request to adwarden',
    what: { erasure: 'erase your data', objection: 'stop collecting your data', access: 'show you your data' },
    confirmIntro: 'Someone (we hope you) asked adwarden to',
    ignore: 'If it was not you, ignore this message; nothing happens. The link works once, for 24 hours:',
    code: 'Your adwarden code is',
    receiptSubject: 'Your request to adwarden is done',
    receiptIntro: 'We have done what you asked. What we removed, by kind (no data is included here):',
    exportSubject: 'Your data from adwarden',
    exportIntro: 'Your data is ready. The link works once, for 7 days:',
  },
  nb: {
    confirmSubject: 'Bekreft forespørselen din til adwarden',
    what: { erasure: 'slette dataene dine', objection: 'slutte å samle inn dataene dine', access: 'vise deg dataene dine' },
    confirmIntro: 'Noen (forhåpentligvis du) ba adwarden om å',
    ignore: 'Hvis det ikke var deg, ignorer denne meldingen. Lenken virker én gang, i 24 timer:',
    code: 'Koden din fra adwarden er',
    receiptSubject: 'Forespørselen din til adwarden er utført',
    receiptIntro: 'Vi har gjort det du ba om. Dette fjernet vi, etter type (ingen data her):',
    exportSubject: 'Dataene dine fra adwarden',
    exportIntro: 'Dataene dine er klare. Lenken virker én gang, i 7 dager:',
  },
  sv: {
    confirmSubject: 'Bekräfta din begäran till adwarden',
    what: { erasure: 'radera dina uppgifter', objection: 'sluta samla in dina uppgifter', access: 'visa dig dina uppgifter' },
    confirmIntro: 'Någon (förhoppningsvis du) bad adwarden att',
    ignore: 'Om det inte var du, ignorera detta meddelande. Länken fungerar en gång, i 24 timmar:',
    code: 'Din kod från adwarden är',
    receiptSubject: 'Din begäran till adwarden är klar',
    receiptIntro: 'Vi har gjort det du bad om. Detta tog vi bort, per typ (inga uppgifter här):',
    exportSubject: 'Dina uppgifter från adwarden',
    exportIntro: 'Dina uppgifter är klara. Länken fungerar en gång, i 7 dagar:',
  },
  de: {
    confirmSubject: 'Bestätigen Sie Ihre Anfrage an adwarden',
    what: { erasure: 'Ihre Daten zu löschen', objection: 'Ihre Daten nicht mehr zu erheben', access: 'Ihnen Ihre Daten zu zeigen' },
    confirmIntro: 'Jemand (hoffentlich Sie) hat adwarden gebeten,',
    ignore: 'Falls Sie es nicht waren, ignorieren Sie diese Nachricht. Der Link gilt einmal, 24 Stunden lang:',
    code: 'Ihr adwarden-Code lautet',
    receiptSubject: 'Ihre Anfrage an adwarden ist erledigt',
    receiptIntro: 'Wir haben erledigt, worum Sie gebeten haben. Entfernt, nach Art (keine Daten hier):',
    exportSubject: 'Ihre Daten bei adwarden',
    exportIntro: 'Ihre Daten liegen bereit. Der Link gilt einmal, 7 Tage lang:',
  },
  fr: {
    confirmSubject: 'Confirmez votre demande à adwarden',
    what: { erasure: 'effacer vos données', objection: 'cesser de collecter vos données', access: 'vous montrer vos données' },
    confirmIntro: 'Quelqu’un (vous, nous l’espérons) a demandé à adwarden de',
    ignore: 'Si ce n’était pas vous, ignorez ce message. Le lien fonctionne une fois, pendant 24 heures :',
    code: 'Votre code adwarden est',
    receiptSubject: 'Votre demande à adwarden est traitée',
    receiptIntro: 'Nous avons fait ce que vous avez demandé. Supprimé, par type (aucune donnée ici) :',
    exportSubject: 'Vos données chez adwarden',
    exportIntro: 'Vos données sont prêtes. Le lien fonctionne une fois, pendant 7 jours :',
  },
  pl: {
    confirmSubject: 'Potwierdź swoje żądanie do adwarden',
    what: { erasure: 'usunąć Twoje dane', objection: 'przestać zbierać Twoje dane', access: 'pokazać Ci Twoje dane' },
    confirmIntro: 'Ktoś (mamy nadzieję, że Ty) poprosił adwarden, aby',
    ignore: 'Jeśli to nie Ty, zignoruj tę wiadomość. Link działa raz, przez 24 godziny:',
    code: 'Twój kod adwarden to',
    receiptSubject: 'Twoje żądanie do adwarden zostało wykonane',
    receiptIntro: 'Zrobiliśmy to, o co prosiłeś. Usunięto, według rodzaju (bez danych):',
    exportSubject: 'Twoje dane w adwarden',
    exportIntro: 'Twoje dane są gotowe. Link działa raz, przez 7 dni:',
  },
};

export function messages(lang: Lang) {
  const t = T[lang];
  return {
    confirmSubject: t.confirmSubject,
    confirmBody: (type: RequestType, link: string) => `${t.confirmIntro} ${t.what[type]}.\n\n${t.ignore}\n${link}\n`,
    smsCode: (code: string) => `${t.code} ${code}`,
    receiptSubject: t.receiptSubject,
    receiptBody: (counts: Readonly<Record<string, number>>) =>
      `${t.receiptIntro}\n\n${Object.entries(counts)
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n')}\n`,
    exportSubject: t.exportSubject,
    exportBody: (link: string) => `${t.exportIntro}\n${link}\n`,
  };
}

/** The first supported language of an Accept-Language header (q-values respected), else English. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'no' || base === 'nn') return 'nb';
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

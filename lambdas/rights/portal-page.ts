/**
 * The data-subject portal: one static, accessible page. No third-party scripts, styles or
 * fonts; its one script and one style are inline and allowed by their SHA-256 in a strict
 * Content-Security-Policy (nothing else may load, connect only to ourselves, no framing).
 * Strings in English, Norwegian, Swedish, German, French and Polish: the server picks by
 * Accept-Language; the script switches to navigator.languages when the server fell back.
 */
import { createHash } from 'node:crypto';
import { type Lang, LANGS } from './messages.js';

interface PageStrings {
  title: string;
  intro: string;
  legend: string;
  erasure: string;
  objection: string;
  access: string;
  email: string;
  phone: string;
  phoneHint: string;
  submit: string;
  sent: string;
  failed: string;
  invalid: string;
  statusTitle: string;
  states: Record<string, string>;
  codeLabel: string;
  codeSubmit: string;
  codeSkip: string;
}

const S: Record<Lang, PageStrings> = {
  en: {
    title: 'Your data in adwarden',
    intro: 'adwarden collects contact details published in classified ads for insurers and authorities. You can ask us to erase your data, to stop collecting it, or to show it to you. We send a link to your e-mail address to confirm.',
    legend: 'What do you want us to do?',
    erasure: 'Erase my data',
    objection: 'Stop collecting my data',
    access: 'Show me my data',
    email: 'E-mail address',
    phone: 'Phone number (optional)',
    phoneHint: 'If you give a phone number, we send it a code by SMS. Until you type the code, we only stop collecting the number; we never use it to find or show data.',
    submit: 'Send request',
    sent: 'Thank you. If the address is valid, we have sent it a link. Open it within 24 hours to confirm.',
    failed: 'Something went wrong. Check the address and try again later.',
    invalid: 'This link is not valid. It may have been used already or have expired.',
    statusTitle: 'Your request',
    states: { confirmed: 'Confirmed, about to start', running: 'In progress', closed: 'Done', failed: 'Delayed: we are on it', expired: 'Expired' },
    codeLabel: 'Code from the SMS',
    codeSubmit: 'Confirm phone number',
    codeSkip: 'Continue without the phone number',
  },
  nb: {
    title: 'Dine data i adwarden',
    intro: 'adwarden samler inn kontaktopplysninger publisert i rubrikkannonser for forsikringsselskaper og myndigheter. Du kan be oss slette dataene dine, slutte å samle dem inn eller vise dem til deg. Vi sender en lenke til e-postadressen din for bekreftelse.',
    legend: 'Hva vil du at vi skal gjøre?',
    erasure: 'Slett dataene mine',
    objection: 'Slutt å samle inn dataene mine',
    access: 'Vis meg dataene mine',
    email: 'E-postadresse',
    phone: 'Telefonnummer (valgfritt)',
    phoneHint: 'Oppgir du et telefonnummer, sender vi en kode på SMS. Før du skriver inn koden, slutter vi bare å samle inn nummeret; vi bruker det aldri til å finne eller vise data.',
    submit: 'Send forespørsel',
    sent: 'Takk. Hvis adressen er gyldig, har vi sendt en lenke til den. Åpne den innen 24 timer for å bekrefte.',
    failed: 'Noe gikk galt. Sjekk adressen og prøv igjen senere.',
    invalid: 'Denne lenken er ikke gyldig. Den kan være brukt eller utløpt.',
    statusTitle: 'Forespørselen din',
    states: { confirmed: 'Bekreftet, starter snart', running: 'Pågår', closed: 'Ferdig', failed: 'Forsinket: vi jobber med det', expired: 'Utløpt' },
    codeLabel: 'Kode fra SMS-en',
    codeSubmit: 'Bekreft telefonnummer',
    codeSkip: 'Fortsett uten telefonnummer',
  },
  sv: {
    title: 'Dina uppgifter i adwarden',
    intro: 'adwarden samlar in kontaktuppgifter som publicerats i annonser åt försäkringsbolag och myndigheter. Du kan be oss radera dina uppgifter, sluta samla in dem eller visa dem för dig. Vi skickar en länk till din e-postadress för bekräftelse.',
    legend: 'Vad vill du att vi gör?',
    erasure: 'Radera mina uppgifter',
    objection: 'Sluta samla in mina uppgifter',
    access: 'Visa mina uppgifter',
    email: 'E-postadress',
    phone: 'Telefonnummer (valfritt)',
    phoneHint: 'Om du anger ett telefonnummer skickar vi en kod via SMS. Tills du skriver koden slutar vi bara samla in numret; vi använder det aldrig för att hitta eller visa uppgifter.',
    submit: 'Skicka begäran',
    sent: 'Tack. Om adressen är giltig har vi skickat en länk till den. Öppna den inom 24 timmar för att bekräfta.',
    failed: 'Något gick fel. Kontrollera adressen och försök igen senare.',
    invalid: 'Länken är inte giltig. Den kan redan ha använts eller ha gått ut.',
    statusTitle: 'Din begäran',
    states: { confirmed: 'Bekräftad, startar snart', running: 'Pågår', closed: 'Klar', failed: 'Försenad: vi arbetar på det', expired: 'Utgången' },
    codeLabel: 'Kod från SMS:et',
    codeSubmit: 'Bekräfta telefonnummer',
    codeSkip: 'Fortsätt utan telefonnummer',
  },
  de: {
    title: 'Ihre Daten bei adwarden',
    intro: 'adwarden erhebt in Kleinanzeigen veröffentlichte Kontaktdaten für Versicherer und Behörden. Sie können verlangen, dass wir Ihre Daten löschen, nicht mehr erheben oder Ihnen zeigen. Zur Bestätigung senden wir einen Link an Ihre E-Mail-Adresse.',
    legend: 'Was sollen wir tun?',
    erasure: 'Meine Daten löschen',
    objection: 'Meine Daten nicht mehr erheben',
    access: 'Meine Daten zeigen',
    email: 'E-Mail-Adresse',
    phone: 'Telefonnummer (optional)',
    phoneHint: 'Wenn Sie eine Telefonnummer angeben, senden wir einen Code per SMS. Bis Sie den Code eingeben, erheben wir die Nummer nur nicht mehr; wir nutzen sie nie, um Daten zu finden oder zu zeigen.',
    submit: 'Anfrage senden',
    sent: 'Danke. Wenn die Adresse gültig ist, haben wir einen Link an sie gesendet. Öffnen Sie ihn innerhalb von 24 Stunden.',
    failed: 'Etwas ist schiefgelaufen. Prüfen Sie die Adresse und versuchen Sie es später erneut.',
    invalid: 'Dieser Link ist nicht gültig. Er wurde vielleicht schon benutzt oder ist abgelaufen.',
    statusTitle: 'Ihre Anfrage',
    states: { confirmed: 'Bestätigt, beginnt gleich', running: 'In Bearbeitung', closed: 'Erledigt', failed: 'Verzögert: wir kümmern uns', expired: 'Abgelaufen' },
    codeLabel: 'Code aus der SMS',
    codeSubmit: 'Telefonnummer bestätigen',
    codeSkip: 'Ohne Telefonnummer fortfahren',
  },
  fr: {
    title: 'Vos données chez adwarden',
    intro: 'adwarden collecte les coordonnées publiées dans des petites annonces pour des assureurs et des autorités. Vous pouvez nous demander d’effacer vos données, de cesser de les collecter ou de vous les montrer. Nous envoyons un lien à votre adresse e-mail pour confirmer.',
    legend: 'Que voulez-vous que nous fassions ?',
    erasure: 'Effacer mes données',
    objection: 'Cesser de collecter mes données',
    access: 'Me montrer mes données',
    email: 'Adresse e-mail',
    phone: 'Numéro de téléphone (facultatif)',
    phoneHint: 'Si vous donnez un numéro, nous y envoyons un code par SMS. Tant que vous ne l’avez pas saisi, nous cessons seulement de collecter ce numéro ; nous ne l’utilisons jamais pour trouver ou montrer des données.',
    submit: 'Envoyer la demande',
    sent: 'Merci. Si l’adresse est valide, nous lui avons envoyé un lien. Ouvrez-le dans les 24 heures pour confirmer.',
    failed: 'Une erreur est survenue. Vérifiez l’adresse et réessayez plus tard.',
    invalid: 'Ce lien n’est pas valide. Il a peut-être déjà été utilisé ou a expiré.',
    statusTitle: 'Votre demande',
    states: { confirmed: 'Confirmée, va commencer', running: 'En cours', closed: 'Terminée', failed: 'Retardée : nous nous en occupons', expired: 'Expirée' },
    codeLabel: 'Code reçu par SMS',
    codeSubmit: 'Confirmer le numéro',
    codeSkip: 'Continuer sans le numéro',
  },
  pl: {
    title: 'Twoje dane w adwarden',
    intro: 'adwarden zbiera dane kontaktowe opublikowane w ogłoszeniach dla ubezpieczycieli i urzędów. Możesz poprosić nas o usunięcie swoich danych, zaprzestanie ich zbierania lub ich pokazanie. Aby potwierdzić, wyślemy link na Twój adres e-mail.',
    legend: 'Co mamy zrobić?',
    erasure: 'Usuń moje dane',
    objection: 'Przestań zbierać moje dane',
    access: 'Pokaż moje dane',
    email: 'Adres e-mail',
    phone: 'Numer telefonu (opcjonalnie)',
    phoneHint: 'Jeśli podasz numer telefonu, wyślemy na niego kod SMS. Dopóki go nie wpiszesz, jedynie przestajemy zbierać ten numer; nigdy nie używamy go do wyszukiwania ani pokazywania danych.',
    submit: 'Wyślij żądanie',
    sent: 'Dziękujemy. Jeśli adres jest prawidłowy, wysłaliśmy na niego link. Otwórz go w ciągu 24 godzin.',
    failed: 'Coś poszło nie tak. Sprawdź adres i spróbuj ponownie później.',
    invalid: 'Ten link jest nieważny. Mógł już zostać użyty lub wygasnąć.',
    statusTitle: 'Twoje żądanie',
    states: { confirmed: 'Potwierdzone, zaraz się zacznie', running: 'W toku', closed: 'Gotowe', failed: 'Opóźnione: zajmujemy się tym', expired: 'Wygasło' },
    codeLabel: 'Kod z SMS-a',
    codeSubmit: 'Potwierdź numer telefonu',
    codeSkip: 'Kontynuuj bez numeru telefonu',
  },
};

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem}fieldset{border:1px solid #6b6b6b;padding:1rem;margin:0 0 1rem}
label{display:block;margin:.25rem 0}input[type=email],input[type=tel],input[type=text]{font:inherit;padding:.4rem;width:100%;box-sizing:border-box;border:1px solid #555}
button{font:inherit;padding:.5rem 1rem;background:#0b4f8a;color:#fff;border:0;margin:.5rem .5rem 0 0}
button.secondary{background:#fff;color:#0b4f8a;border:1px solid #0b4f8a}
.hint{color:#444;font-size:.9rem}[hidden]{display:none}:focus{outline:3px solid #c85a00;outline-offset:2px}`;

const SCRIPT = `(function(){
var S=JSON.parse(document.getElementById('strings').textContent);
var lang=document.documentElement.lang;
if(document.documentElement.dataset.fallback==='1'){var nl=(navigator.languages||[navigator.language]);for(var i=0;i<nl.length;i++){var b=String(nl[i]).toLowerCase().split('-')[0];if(b==='no'||b==='nn')b='nb';if(S[b]){lang=b;break;}}}
var t=S[lang];document.documentElement.lang=lang;
document.querySelectorAll('[data-t]').forEach(function(el){el.textContent=t[el.getAttribute('data-t')];});
var form=document.getElementById('request'),msg=document.getElementById('message'),st=document.getElementById('status');
function say(s){msg.textContent=s;msg.hidden=false;msg.focus();}
form.addEventListener('submit',function(e){e.preventDefault();var f=new FormData(form);
var body={type:f.get('type'),email:f.get('email'),lang:lang};if(f.get('phone'))body.phone=f.get('phone');
fetch('/v1/requests',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(body)}).then(function(r){say(r.status===202?t.sent:t.failed);if(r.status===202)form.reset();},function(){say(t.failed);});});
var h=location.hash.slice(1);
if(h==='invalid'){form.hidden=true;say(t.invalid);}
var m=/^status=([0-9a-f-]{36})\\.([A-Za-z0-9_-]{43})$/.exec(h);
if(m){form.hidden=true;st.hidden=false;history.replaceState(null,'',location.pathname);var id=m[1],tok=m[2];
var code=document.getElementById('code-form');
function poll(){fetch('/v1/requests/'+id+'/status?token='+tok,{headers:{accept:'application/json'}}).then(function(r){return r.json();}).then(function(s){
document.getElementById('state').textContent=t.states[s.state]||s.state;document.getElementById('state').dataset.state=s.state;
code.hidden=!s.awaitingPhoneCode;if(s.state!=='closed'&&s.state!=='expired')setTimeout(poll,1500);});}
function sendCode(c){fetch('/v1/requests/'+id+'/phone?token='+tok,{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({code:c})}).then(function(){code.hidden=true;});}
code.addEventListener('submit',function(e){e.preventDefault();sendCode(new FormData(code).get('code')||'');});
document.getElementById('skip').addEventListener('click',function(){sendCode('');});
poll();}
})();`;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of the page: only its own inline script and style, by hash. */
export const PORTAL_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "img-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page in `lang`; `fallback` tells the script to prefer the browser's language. */
export function portalPage(lang: Lang, fallback: boolean): string {
  const t = S[lang];
  const strings = JSON.stringify(Object.fromEntries(LANGS.map((l) => [l, S[l]]))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}" data-fallback="${fallback ? '1' : '0'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1 data-t="title">${esc(t.title)}</h1>
<p data-t="intro">${esc(t.intro)}</p>
<form id="request" novalidate>
<fieldset>
<legend data-t="legend">${esc(t.legend)}</legend>
<label><input type="radio" name="type" value="erasure" checked> <span data-t="erasure">${esc(t.erasure)}</span></label>
<label><input type="radio" name="type" value="objection"> <span data-t="objection">${esc(t.objection)}</span></label>
<label><input type="radio" name="type" value="access"> <span data-t="access">${esc(t.access)}</span></label>
</fieldset>
<label for="email" data-t="email">${esc(t.email)}</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<label for="phone" data-t="phone">${esc(t.phone)}</label>
<input id="phone" name="phone" type="tel" autocomplete="tel" aria-describedby="phone-hint">
<p id="phone-hint" class="hint" data-t="phoneHint">${esc(t.phoneHint)}</p>
<button type="submit" data-t="submit">${esc(t.submit)}</button>
</form>
<section id="status" hidden aria-labelledby="status-title">
<h2 id="status-title" data-t="statusTitle">${esc(t.statusTitle)}</h2>
<p role="status" aria-live="polite" id="state"></p>
<form id="code-form" hidden>
<label for="code" data-t="codeLabel">${esc(t.codeLabel)}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}">
<button type="submit" data-t="codeSubmit">${esc(t.codeSubmit)}</button>
<button type="button" class="secondary" id="skip" data-t="codeSkip">${esc(t.codeSkip)}</button>
</form>
</section>
<p id="message" role="status" aria-live="polite" tabindex="-1" hidden></p>
</main>
<script type="application/json" id="strings">${strings}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

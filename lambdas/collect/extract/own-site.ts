/**
 * A small business's own site that says nothing of itself in schema.org data: a breeder's, an
 * agency's, a garage's, a landlord's pages, whose header and footer carry the advertiser's own
 * line and mailbox ("info@hof-lindenau.de" on hof-lindenau.de). A marketplace's header and footer
 * carry the platform's. What tells them apart, without data that says so:
 * - the site's own mailbox: a business's site prints one at its own domain, in its text or links,
 *   or its owner's free mailbox in its header or footer (`…@gmail.com`: a marketplace's are its own domain's);
 * - no desk of the site's: a platform's own-domain mailboxes are its functions (support@,
 *   privacy@, press@, hilfe@, servizio.clienti@: `platformDesk`), and one such mailbox is enough to
 *   say "platform";
 * - no account or posting controls: a marketplace asks its visitors to log in, register or
 *   post an ad ("Inserat aufgeben", "Zaloguj się", "Đăng tin", links to "/login", "/items/new");
 *   a shop window does not, or, when it has a cart, asks its customers only to log in;
 * - no private seller's badge ("Privatanbieter", "Persoană fizică"): a page that tells private
 *   sellers from dealers shows other people's ads.
 * - or, for the mailbox, a person its footer's copyright names (`copyrightOwner`), a shop's
 *   cart (`shopWindow`: a shop sells its own goods; a marketplace's cart sits beside its posting
 *   controls, which still say "marketplace"), or a person its header's or footer's contact block
 *   names with their number (`namedContactLine`).
 * Each test alone is weak; together they took no marketplace page of the sealed rounds' labelled
 * pages, nor of the corpus, for an own site (README, the 42nd and 43rd rounds). `ownSiteSigns` is
 * the cheap half, `marketplaceSigns` the other, read only on a page that shows a sign.
 */
import { getDomain, getDomainWithoutSuffix, parse } from 'tldts';
import { emailDomain, isRoleAddress } from './filters.js';
import { isFamilyName, isGivenName, opensWithGivenName } from './given-names.js';
import { PRIVATE_BADGE } from './layout.js';
import { countryNamed } from './phones.js';
import { CREDIT } from './labels.js';
import { BUSINESS, businessWord, coupleLineNames, FAMILY_PARTICLES, isCityName, mailboxOf, nameBeforeLawyerTitle, NUMBER_RUN, PASSWORD_WORDS, plainLetters, plausibleName, postColonName, withoutHonorific, withoutTitles } from './names.js';

/** The log-in controls among MARKETPLACE_CONTROL's, in the markets' languages (see controlIn). */
const LOG_IN_WORDS =
  'log ?in|sign ?in|anmelden|einloggen|connexion|se connecter|iniciar sesi[óo]n|entrar|accedi|inloggen|logga in|logg inn|log ind|kirjaudu|zaloguj(?: się)?|p[řr]ihl[áa]sit|prihl[áa]si[ťt]|bejelentkez[ée]s|autentificare|prijava|вход|войти|увійти|giri[şs](?: yap)?|daxil ol|σύνδεση|đăng nhập|prisijungti|pieslēgties|logi sisse';
/**
 * Account and posting controls of marketplaces, as a link or button's words (whole words, any
 * case): log in, register, my account, post an ad, in the languages the markets write.
 */
const MARKETPLACE_CONTROL = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      LOG_IN_WORDS,
      // EN
      'log on|sign ?up|register|registration|my account|create (?:an |your )?account|' +
        'post (?:an? |your |free )?ads?|place (?:an? |your )?ads?|sell your (?:car|item|stuff|vehicle|property|bike)|submit (?:an? |your )?(?:ad|listing)|list your (?:item|car|property)',
      // DE
      'registrieren|mein konto|inserieren|inserat aufgeben|anzeige aufgeben|jetzt inserieren|kostenlos inserieren',
      // FR, ES, PT, IT
      "s'inscrire|mon compte|d[ée]poser une annonce|reg[íi]strate|registrarse|mi cuenta|publicar (?:un )?anuncio|publica tu anuncio|vende tu (?:auto|coche|carro)|publique (?:aqu[íi]|gratis|su aviso)|publica(?:r)? (?:tu |su |un )?aviso|modifique su aviso|" +
        'cadastre-se|cadastrar|minha conta|anuncie (?:gr[áa]tis|j[áa])|registrati|il mio account|pubblica (?:un |il tuo )?annuncio|inserisci (?:un )?annuncio',
      // NL, Nordic, FI
      'registreren|mijn account|plaats (?:een |je )?advertentie|registrera|mitt konto|l[äa]gg in annons|registrer|min konto|min side|legg ut annonse|opret annonce|rekister[öo]idy|j[äa]t[äa] ilmoitus',
      // PL, CZ, SK, HU, RO, HR/SR/SL, BG
      'zarejestruj(?: się)?|moje konto|dodaj (?:og[łl]oszenie|og[łl]oszenie za darmo)|registrace|vlo[žz]it inzer[áa]t|prida[ťt] inzer[áa]t|p[řr]idat inzer[áa]t|podat inzer[áa]t|' +
        'regisztr[áa]ci[óo]|hirdet[ée]sfelad[áa]s|[îi]nregistrare|adaug[ăa] anun[țţt]|registracija|objavi oglas|postavi oglas|регистрация|публикувай обява|добави обява',
      // LT, LV, ET
      'į?d[ėe]ti skelbim[ąa]|registruotis|mano paskyra|ievietot sludin[āa]jumu|pievienot sludin[āa]jumu|re[ģg]istr[ēe]ties|mans konts|lisa kuulutus|registreeru|minu konto',
      // RU, UK, TR, AZ, GE, AM, GR
      'регистрация|личный кабинет|подать объявление|разместить объявление|реєстрація|подати оголошення|додати оголошення|' +
        '[üu]ye ol|ilan ver|elan yerl[əe][şs]dir|yeni elan|შესვლა|რეგისტრაცია|մուտք|գրանցվել|εγγραφή',
      // VN, AR, FA, HE
      'đăng ký|đăng tin|تسجيل الدخول|أضف إعلان|أضف اعلان|ورود|ثبت آگهی|התחברות|הרשמה',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
/** Log-in pages' paths ("/login/", "/auth", "/connexion"), among CONTROL_PATH's. */
const LOGIN_PATHS = 'login|log-in|signin|sign-in|auth|oauth|connexion|giris|vhod';
/** A site-relative or absolute link to one of `paths`, after a language prefix ("/uk/login/"). */
const pathTo = (paths: string): RegExp => new RegExp(`^(?:https?:\\/\\/[^/]+)?\\/(?:[a-z]{2}(?:-[a-z]{2})?\\/)?(?:${paths})(?:[/?#.]|$)`, 'i');
/**
 * A link to an account or posting page, by its path ("/login", "/uk/login/", "/items/new",
 * "/inserieren"): sites write these paths in English or in their own words whatever the page's
 * language, where the link's own text may be an icon. A site's blog ("/post/…") and a shop's cart
 * ("/add") are left out.
 */
const POSTING_PATHS = 'post-ad|postad|post-an-ad|place-ad|add-ad|new-ad|newad|ad\\/new|ads\\/new|items\\/new|listing\\/new|inserieren|inserat-aufgeben|anzeige-aufgeben|deposer-une-annonce|publicar|anunciar|pridat-inzerat|vlozit-inzerat|podat-inzerat|dodaj-ogloszenie';
const CONTROL_PATH = pathTo(`${LOGIN_PATHS}|signup|sign-up|register|registration|registrieren|anmelden|account|my-account|myaccount|mein-konto|moncompte|mon-compte|${POSTING_PATHS}|uye-ol|registraciya`);
/** Of those, the posting pages' (see marketplaceSigns: a shop's account links are its customers'). */
const POSTING_PATH = pathTo(POSTING_PATHS);
/** Of those, the log-in pages' (see marketplaceSigns: a footer's log-in link alone is a staff area). */
const LOGIN_PATH = pathTo(LOGIN_PATHS);

/** CJK and Korean controls (no word boundaries in those scripts): log in, register, post. */
const MARKETPLACE_CONTROL_CJK = /登录|注册|登入|註冊|ログイン|新規登録|会員登録|로그인|회원가입/;

/**
 * A help desk's or a platform function's word in a mailbox's local part, beyond `isRoleAddress`'s
 * (whose list also filters mailboxes elsewhere): help and customer service in the markets'
 * languages, safety and moderation desks. One of the local part's words (split at ".", "_", "-").
 * Not "service" alone: a garage's workshop writes from "service@".
 */
const DESK_WORD = new Set(
  (
    'help helpdesk hilfe aide ayuda ajuda aiuto hulp apua hjaelp hjælp hjälp podpora pomoc segitseg segítség ajutor destek yardim ' +
    'trogiup hotro cs care customercare customerservice customer-service kundendienst kundenservice kundeservice kundservice ' +
    'kundtjanst kundtjänst asiakaspalvelu klantenservice klantendienst obsluga zakaznik clienti cliente clientes client ' +
    'pagalba palidziba tugi klienditugi trust safety moderation moderator moderacja feedback abuse privacy dpo gdpr press presse legal noreply'
  ).split(' '),
);

/** Customer service's words among the desks' (DESK_WORD, and `isRoleAddress`'s "support"): a shop's own as much as a platform's. */
const CUSTOMER_CARE = new Set(
  (
    'support help helpdesk hilfe aide ayuda ajuda aiuto hulp apua hjaelp hjælp hjälp hjelp hjalp pomoc podpora cs care customercare customerservice ' +
    'customer-service kundendienst kundenservice kundeservice kundservice kundtjanst kundtjänst asiakaspalvelu klantenservice klantendienst obsluga ' +
    'service-client serviceclient bok'
  ).split(' '),
);

/**
 * The marks single-merchant shop software leaves in a page (its asset hosts, its script and
 * style names: Shopify, WooCommerce, Shopware, Magento, PrestaShop, Shoper, IdoSell, JTL,
 * BigCommerce, Ecwid, OpenCart, Gambio, plentymarkets, osCommerce, Zen Cart, xt:Commerce; and the
 * paths OpenCart's and osCommerce's pages link to: "catalog/view/theme/", "route=checkout/",
 * "/default.php/cPath/", "product_info.php?products_id="): the shop sells its own goods, as no
 * marketplace's own software does.
 */
const STOREFRONT_ENGINE =
  /cdn\.shopify\.com|\.myshopify\.com|shopware|magento|prestashop|shoper\.pl|idosell|jtl-shop|opencart|gambio|plentymarkets|oscommerce|zen-cart|xtcommerce|catalog\/view\/theme\/|route=checkout\/|\/default\.php\/cPath\/|product_info\.php\?products_id=/i;
/** The paths osCommerce's shops link their products and categories by, found in the page's links rather than its head. */
const OSCOMMERCE_PATH = /\/default\.php\/cPath\/|product_info\.php(?:\?products_id=|\/products_id\/)/;
/** How much of the markup shopSoftware looks at: the head, where the shop software's assets are linked, and the header. */
const SHOP_SOFTWARE_HEAD = 40_000;
/**
 * ...and WooCommerce, Ecwid and BigCommerce, plugins and widgets that a portal's site also adds (for
 * its paid ad packages): STOREFRONT_ENGINE alone is software that is a whole shop and nothing else
 * (see shopSoftware).
 */
const SHOP_ENGINE = new RegExp(`${STOREFRONT_ENGINE.source}|woocommerce|bigcommerce|ecwid`, 'i');

/** Whether the mailbox's local part (lower case) is one of `words`, whole or one of its words (split at ".", "_", "-"). */
function localWordIn(email: string, words: ReadonlySet<string>): boolean {
  const lower = email.toLowerCase();
  const local = lower.slice(0, lower.lastIndexOf('@'));
  return words.has(local) || local.split(/[._-]/).some((w) => words.has(w));
}

/** Whether the mailbox is a customer service's (CUSTOMER_CARE). */
function customerCare(email: string): boolean {
  return localWordIn(email, CUSTOMER_CARE);
}

/** A press office's words in a mailbox's local part ("presse@", "press.office@", "media@"): see marketplaceSigns. */
const PRESS_DESK: ReadonlySet<string> = new Set('press presse pressestelle pressoffice media medien kommunikation communication communications stampa prensa pers'.split(' '));

/**
 * A press release's contact block, by its heading at a line's start ("Pressekontakt", "Presseteam",
 * "Pressestelle des …", "Media contact", "Contact presse", "Ufficio stampa"): the page is the
 * organisation's own release, whose press office and spokespeople are its contacts. A marketplace's
 * ad has no such block.
 */
const PRESS_CONTACT_HEADING =
  /^(?:pressekontakte?|pressestelle|presseteam|pressesprecher(?:in)?|pressereferent(?:in)?|medienkontakte?|kontakt für (?:die )?(?:presse|medien)|press contacts?|media contacts?|media (?:enquiries|inquiries|relations)|press (?:enquiries|inquiries|office)|contacts? presse|service de presse|relations presse|ufficio stampa|contatt[oi] (?:per la )?stampa|contacto (?:de )?prensa|gabinete de prensa|oficina de prensa|perscontact|persvoorlichting|presskontakt|pressansvarig|mediakontakt|kontakt dla mediów|biuro prasowe|rzecznik prasowy|tiskové oddělení|kontakt pro média|sajtókapcsolat)(?![\p{L}])/gimu;
/** How far under the heading the block's mailbox or number is looked for: lines, and characters. */
const PRESS_BLOCK_LINES = 5;
const PRESS_BLOCK_CHARS = 400;

/**
 * Whether the text holds a press release's contact block: its heading (PRESS_CONTACT_HEADING),
 * then a mailbox or a number's shape on its line or the next few (PRESS_BLOCK_LINES). Not a menu's "Press Office" alone.
 */
export function pressContactBlock(text: string): boolean {
  PRESS_CONTACT_HEADING.lastIndex = 0;
  for (let m = PRESS_CONTACT_HEADING.exec(text); m; m = PRESS_CONTACT_HEADING.exec(text)) {
    // The heading's line and the next PRESS_BLOCK_LINES ones, within PRESS_BLOCK_CHARS.
    let end = m.index;
    for (let k = 0; k <= PRESS_BLOCK_LINES && end >= 0; k++) end = text.indexOf('\n', end + 1);
    const block = text.slice(m.index, Math.min(end < 0 ? text.length : end, m.index + PRESS_BLOCK_CHARS));
    if (block.includes('@') || NUMBER_RUN.test(block)) return true;
  }
  return false;
}

/** Whether the mailbox is a press office's (PRESS_DESK). */
export function pressDesk(email: string): boolean {
  return localWordIn(email, PRESS_DESK);
}

/** A shop's own departments' mailboxes that make its customer service's its own too (see marketplaceSigns). */
const MIN_SHOP_DEPARTMENTS = 3;

/**
 * A large firm's functions, as the whole local part of a mailbox ("pr@", "ir@", "ad@", "partnership@"):
 * public and investor relations, the sale of its ad space, its partner programme. A marketplace's
 * footer lists them; a breeder's or a garage's site has none. Whole local parts only: "ad" and "ir"
 * are words of people's mailboxes too ("ad.devries@").
 */
const FIRM_FUNCTION_LOCAL: ReadonlySet<string> = new Set(
  'pr ir ad ads advertising advertise adsales investor investors investorrelations partnership partnerships affiliate affiliates'.split(' '),
);

function platformDesk(email: string): boolean {
  const lower = email.toLowerCase();
  return (isRoleAddress(lower) && !SERVER_MAILBOX.test(lower)) || localWordIn(email, DESK_WORD) || FIRM_FUNCTION_LOCAL.has(lower.slice(0, lower.lastIndexOf('@')));
}
/** The server's own mailboxes, which every site has (its "reply-to" meta's "webmaster@"): no desk of a marketplace's. */
const SERVER_MAILBOX = /^(?:webmaster|postmaster|hostmaster)@/;

const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/**
 * Whether the page's markup (its scripts' config and state too, where no finder reads a desk's
 * address: `{"supportEmail": "support@…"}`) holds a desk's mailbox at the site's domain or a
 * subdomain of it, not one `ownDesk` says is the site's own (a shop's help desk, a press release's
 * press office). Found from each occurrence of the domain, not by a pattern tried at every letter.
 */
function deskInMarkup(markup: string, site: string, ownDesk: (mailbox: string) => boolean): boolean {
  const text = markup.length > MAX_MARKUP ? markup.slice(0, MAX_MARKUP) : markup;
  for (let at = text.indexOf(site); at >= 0; at = text.indexOf(site, at + 1)) {
    // The domain itself or a subdomain of it ("@help.site.de"), not another that ends the same way.
    const before = text.charAt(at - 1);
    if ((before !== '@' && before !== '.') || (DOMAIN_CHAR.test(text.charAt(at + site.length)) && text.charAt(at + site.length) !== '.')) continue;
    let start = at;
    while (start > 0 && at - start < 255 && DOMAIN_CHAR.test(text.charAt(start - 1))) start--;
    if (text.charAt(start - 1) !== '@') continue;
    let local = start - 1;
    while (local > 0 && start - local < 65 && LOCAL_CHAR_BEFORE.test(text.charAt(local - 1))) local--;
    const mailbox = text.slice(local, at + site.length);
    if (local < start - 1 && platformDesk(mailbox) && !ownDesk(mailbox)) return true;
  }
  return false;
}
/** The markup searched for desks' mailboxes, at most (a page's head and body of a few MB). */
const MAX_MARKUP = 4_000_000;

/**
 * The domains of the mailboxes in a text, for the own-domain test (the finders' own validation is
 * not needed here). Each "@" is found first and its domain read after it: a pattern that opened with
 * the local part would be tried at every letter of the text, and be quadratic on a long run of them.
 */
const DOMAIN_AFTER = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const LOCAL_CHAR_BEFORE = /[A-Za-z0-9._%+-]/;

/**
 * Free mail providers, by their name without the suffix (`yahoo` of yahoo.co.uk) or their whole
 * domain. A marketplace's header and footer print its own domain's mailboxes; a breeder's, a
 * landlord's or a small garage's print the owner's free mailbox as often as one of their own.
 * A short list of the providers people use, not a package of thousands of domains: many of
 * those are also businesses' or universities' own.
 */
const FREE_MAIL_NAMES = new Set(
  'gmail googlemail yahoo ymail hotmail outlook live msn icloud aol gmx yandex protonmail zoho'.split(' '),
);
const FREE_MAIL_DOMAINS = new Set(
  (
    'me.com web.de t-online.de freenet.de mail.ru bk.ru list.ru inbox.ru rambler.ru ukr.net i.ua meta.ua qq.com 163.com 126.com ' +
    'sina.com wp.pl o2.pl onet.pl interia.pl seznam.cz centrum.cz azet.sk libero.it virgilio.it tiscali.it alice.it orange.fr ' +
    'free.fr laposte.net sfr.fr wanadoo.fr bol.com.br uol.com.br terra.com.br proton.me naver.com daum.net hanmail.net abv.bg mail.bg'
  ).split(' '),
);

/** Whether the address is at a free mail provider (`anna.berg@gmail.com`, `…@web.de`). */
export function freeMailbox(email: string): boolean {
  const domain = emailDomain(email).toLowerCase();
  const name = getDomainWithoutSuffix(domain);
  return (name !== null && FREE_MAIL_NAMES.has(name)) || FREE_MAIL_DOMAINS.has(getDomain(domain) ?? domain);
}

/** The mailboxes in a text, whole ("anna.berg@mail.example"). */
export function mailboxesIn(text: string, out: string[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR_BEFORE.test(text.charAt(start - 1))) start--;
    const domain = start < at ? DOMAIN_AFTER.exec(text.slice(at + 1, at + 256)) : null;
    if (domain) out.push(`${text.slice(start, at)}@${domain[0]}`);
  }
}

/**
 * The first half of the test, cheap: whether the page shows what an own site shows, a mailbox at
 * the site's own domain (`emails`, or in `texts`: its text and its header's and footer's), its
 * owner's free mailbox in its header or footer (`chromeMailboxes`), or a person its footer's
 * copyright names (`namedOwner`, see `copyrightOwner`). Returns the own-domain mailboxes found, or
 * undefined when there is no such sign.
 */
export function ownSiteSigns(
  url: string,
  emails: readonly string[],
  texts: readonly string[],
  namedOwner = false,
  chromeMailboxes: readonly string[] = [],
): string[] | undefined {
  const site = getDomain(url);
  if (!site) return undefined;
  const all = [...emails];
  for (const t of texts) mailboxesIn(t, all);
  const hosted = hostedName(url);
  const brand = brandOf(url);
  const own = all.filter((e) => getDomain(emailDomain(e)) === site || (hosted !== undefined && getDomainWithoutSuffix(emailDomain(e)) === hosted) || sameBrand(e, brand));
  return own.length > 0 || namedOwner || chromeMailboxes.some(freeMailbox) ? own : undefined;
}

/**
 * The site's name without its public suffix ("wendell-homes" of "www.wendell-homes.pl"), when long
 * enough to name one business: a firm that sells abroad writes from its domain of another country
 * ("office@wendell-homes.bg" on its Polish site), its own as much as the site's domain is.
 */
function brandOf(url: string): string | undefined {
  const name = getDomainWithoutSuffix(url);
  return name && name.length >= MIN_BRAND ? name : undefined;
}
const MIN_BRAND = 5;

/**
 * Whether the mailbox is at the site's name under another public suffix (see brandOf), or at the
 * site's name's words in another order ("info@lenamarten.example" on "studio-marten-lena.example"):
 * its two parts, each MIN_BRAND_PART letters or more, both in the site's name.
 */
function sameBrand(email: string, brand: string | undefined): boolean {
  if (brand === undefined) return false;
  const name = getDomainWithoutSuffix(emailDomain(email));
  if (name === brand) return true;
  if (!name || name.length < MIN_REORDERED_BRAND) return false;
  const letters = name.replace(/-/g, '');
  const site = brand.replace(/-/g, '');
  for (let i = MIN_BRAND_PART; i <= letters.length - MIN_BRAND_PART; i++) {
    const first = site.indexOf(letters.slice(0, i));
    const second = site.indexOf(letters.slice(i));
    if (first >= 0 && second >= 0 && second < first) return true;
  }
  return false;
}
const MIN_REORDERED_BRAND = 8;
const MIN_BRAND_PART = 3;

/**
 * The site's own name where it is hosted under a host's domain ("wendell-dent" of "wendell-dent.netlify.app",
 * "lena-marten" of "lena-marten.github.io": the Public Suffix List's private part): a business
 * whose site is so hosted writes its mailbox at its own domain of that name ("info@wendell-dent.example"),
 * which is then its own, as a mailbox at the site's domain is. Undefined for a site at its own domain.
 */
function hostedName(url: string): string | undefined {
  const own = parse(url, { allowPrivateDomains: true });
  return own.isPrivate && own.domainWithoutSuffix ? own.domainWithoutSuffix : undefined;
}

/**
 * The second half, run only on a page with such a sign: whether anything says "marketplace": a
 * desk's mailbox at the site's domain among `own` and `otherEmails` (every mailbox found) or in the
 * `markup` (its scripts too), an account or posting control in `texts` (the page's text and all its
 * chrome's) or `links`, a private seller's badge. `offSiteLogIns`: the log-in words whose chrome
 * links all lead to another site (see controlIn); `shop`: the page shows a shop's cart (shopWindow);
 * `localBusiness`: the site's schema.org data types its own organisation as a local business
 * (FindingSet.siteLocalBusiness), whose log-in and account controls are its customers', as a shop's are.
 * `switchboard`: the chrome gives the organisation's switchboard (switchboardLine).
 */
export function marketplaceSigns(
  url: string,
  own: readonly string[],
  otherEmails: readonly string[],
  texts: readonly string[],
  markup?: string,
  links: readonly string[] = [],
  footerLinks: readonly string[] = [],
  offSiteLogIns: ReadonlySet<string> = new Set(),
  shop = false,
  localBusiness = false,
  pressPage = false,
  switchboard = false,
): boolean {
  const site = getDomain(url);
  if (!site) return true;
  // A shop's customer service ("support@", "kundenservice@" at its own domain) answers for its own
  // goods: a desk of that kind is no marketplace's sign where the page is a shop's window built
  // with a single merchant's shop software (SHOP_ENGINE). A marketplace's cart alone does not say so.
  // Or where the page prints the shop's own departments' mailboxes beside it, three or more at its
  // domain that are no desk's ("info@", "wholesale@", "accounts@" over "support@"): a firm's contact
  // page lists its departments so, a marketplace's its desks.
  let engine: boolean | undefined;
  const brand = brandOf(url);
  const departments = shop || localBusiness ? new Set(own.filter((e) => getDomain(emailDomain(e)) === site && !platformDesk(e) && !customerCare(e))).size : 0;
  // On an organisation's press release (pressPage), its press office's mailbox is its own too. On a
  // local business's or a firm's own contact page (localBusiness) that lists three departments or
  // more, so are its desks ("jobs@", "support@" beside "info@", "sales@", "accounts@").
  // Where the chrome gives the organisation's switchboard (`switchboard`, see switchboardLine), its
  // customer service's desk beside it is its own ("Sentralbord: 03 555 / Kundeservice: 55 … /
  // kundeservice@…", a dairy's footer): a marketplace names its customer service, not a switchboard.
  const ownDesk = (e: string): boolean =>
    (pressPage && pressDesk(e)) ||
    (switchboard && customerCare(e)) ||
    (localBusiness && departments >= MIN_SHOP_DEPARTMENTS) ||
    (shop && customerCare(e) && (departments >= MIN_SHOP_DEPARTMENTS || (engine ??= markup !== undefined && SHOP_ENGINE.test(markup.slice(0, MAX_MARKUP)))));
  for (const e of [...own, ...otherEmails]) if ((getDomain(emailDomain(e)) === site || sameBrand(e, brand)) && platformDesk(e) && !ownDesk(e)) return true;
  if (markup !== undefined && deskInMarkup(markup, site, ownDesk)) return true;
  // A shop's window (a cart, a checkout: `shop`, see shopWindow): its log-in, sign-up and account
  // controls are its customers' (a plant shop's "Mein Konto", "Anmelden" beside "Warenkorb"), while
  // a posting control still says "marketplace". So are a local business's (a locksmith's
  // "Customer Login" to its clients' portal, a builder's clients' log-in).
  // So are an organisation's members' and staff's on its own press release.
  const customers = shop || localBusiness || pressPage;
  const control = customers ? POSTING_PATH : CONTROL_PATH;
  if (links.some((href) => control.test(href))) return true;
  // In the footer, a log-in link alone is the site's staff's or customers' area, as a dealer's own
  // site has one ("Effettua l'accesso" at its foot); a marketplace's log-in is in its header, and
  // its posting and sign-up links say "marketplace" wherever they are.
  if (footerLinks.some((href) => control.test(href) && !LOGIN_PATH.test(href))) return true;
  return texts.some((t) => controlIn(t, customers, offSiteLogIns) || MARKETPLACE_CONTROL_CJK.test(t) || hasBadgeLine(t));
}

/**
 * Whether the page's chrome shows a shop's cart or checkout, by a link's path or a control's words
 * (CART_PATH, CART_STEM): `links` and `texts` are its header's and footer's (and the page's top). A
 * shop's header holds its cart; the words are looked for there, not in the page's whole text (a scan
 * of every page's text with a pattern cost ~4 % of the extraction on the corpus).
 */
export function shopWindow(links: readonly string[], texts: readonly string[]): boolean {
  return links.some((href) => CART_PATH.test(href)) || texts.some((t) => cartWordIn(t) || EMPTY_CART.test(t));
}
/**
 * Whether the page bears the marks of software that is a single merchant's whole shop
 * (STOREFRONT_ENGINE) in its markup's head, or osCommerce's paths in its links (`links`): a
 * shop's window as its cart is (shopWindow), where the saved page's header shows no cart (one its
 * script fills, a table-laid header that is not marked as one). The head only: the pattern run
 * over every page's whole markup cost ~20 % of the extraction.
 */
export function shopSoftware(markup: string, links: readonly string[]): boolean {
  return STOREFRONT_ENGINE.test(markup.length > SHOP_SOFTWARE_HEAD ? markup.slice(0, SHOP_SOFTWARE_HEAD) : markup) || links.some((href) => href.includes('.php') && OSCOMMERCE_PATH.test(href));
}
/** An empty cart's summary without a cart's word ("0 Artikel – 0,00 €", "0 items - $0.00"). */
const EMPTY_CART =
  /(?<![\d\p{L}])0 (?:artikel|items?|articles?|produkte?|produkter|produits?|productos?|prodotti|articoli|artículos|artikelen|varor|tuotetta|produktów)(?![\p{L}])[^\n\d]{0,20}(?:[€$£]\s?)?0[,.]00(?!\d)/iu;

/**
 * Whether the page's chrome (`texts`: its header's and footer's raw text, and the page's top) shows
 * a vehicle dealer's own departments: its service or parts department ("Schedule Service", "Service
 * Department", "Parts Request") and a dealer's buying or financing tool beside it ("Value Your
 * Trade", "Get Pre-Approved", "Schedule a Test Drive"), in the words or in its chrome's site-relative
 * `links` (SERVICE_PATH, DEALER_TOOL_PATH). A marketplace's menus do not offer a
 * workshop's appointments. A dealer's site is its own, as a shop's is (see shopWindow), and its
 * "Sell Your Car" is its offer to buy yours, not a posting control.
 */
export function dealerDepartments(texts: readonly string[], links: readonly string[] = []): boolean {
  const sitePath = (h: string): boolean => h.charCodeAt(0) === 47 /* / */ && h.charCodeAt(1) !== 47;
  const service = texts.some((t) => SERVICE_DEPARTMENT.test(t)) || links.some((h) => sitePath(h) && SERVICE_PATH.test(h) && !NOT_WORKSHOP_PATH.test(h));
  if (service && (texts.some((t) => DEALER_TOOL.test(t)) || links.some((h) => sitePath(h) && DEALER_TOOL_PATH.test(h)))) return true;
  // Or its departments' own lines side by side ("Sales: (888) 555-0142 Service: (888) 555-0143"): a
  // marketplace's header gives one desk's line, never a workshop's.
  return texts.some((t) => SALES_LINE.test(t) && WORKSHOP_LINE.test(t));
}
/** A dealer's sales line and its workshop's or its financing's, each a label and then a number (see dealerDepartments). */
const SALES_LINE = /\b(?:sales|new car sales|used car sales|verkauf|ventas|vente|vendas)\s*:?\s*[+(]?\d/i;
const WORKSHOP_LINE = /\b(?:service|parts|finance|body shop|werkstatt|teile|servicio|taller|repuestos|atelier|pi[eè]ces|oficina|pe[çc]as)\s*:?\s*[+(]?\d/i;
/** The same, as a dealer platform's site-relative paths ("/car-service-plano-tx", "/request-parts-…--xparts_request"). */
const SERVICE_PATH = /^\/[^?#]*(?<![a-z])(?:service|parts)(?![a-z])/i;
/** Service that is no workshop's: a help desk's or the site's terms. */
const NOT_WORKSHOP_PATH = /(?:customer|terms|self|kunden)[-_]?(?:of[-_])?service|service[-_]?client/i;
const DEALER_TOOL_PATH = /^\/[^?#]*(?<![a-z])(?:trade[-_]?in|trade[-_]?value|value[-_]your[-_]trade|financing|get[-_]approved|pre[-_]?approv|credit[-_]app)/i;
// Word boundaries rather than Unicode look-arounds (the words are ASCII): a pattern that opens with a
// look-behind is tried at every character of the chrome's text, and this one ran on every page.
const SERVICE_DEPARTMENT =
  /\b(?:schedule (?:a |your )?service|service (?:department|appointments?)|book (?:a )?service|parts (?:department|request|center|centre)|order parts|werkstatttermin|termin (?:für die )?werkstatt|prendre rendez-vous atelier|cita (?:de )?taller|servicio t[ée]cnico|agenda(?:r)? (?:tu |su )?(?:servicio|mantenci[óo]n|mantenimiento)|repuestos (?:originales|y accesorios)|venta de repuestos|agende (?:sua |a )?revis[ãa]o|pe[çc]as e acess[óo]rios)\b/i;
const DEALER_TOOL =
  /\b(?:value your trade|(?:check )?your trade[- ]in value|get pre-?approved|(?:online )?credit (?:approval|application)|apply for financing|get financing|schedule (?:a )?test (?:drive|ride)|probefahrt vereinbaren|inzahlungnahme|essai routier|reprise de votre v[ée]hicule|tasaci[óo]n de tu (?:coche|auto)|v[ée]ndenos tu (?:auto|coche|carro|veh[íi]culo)|compramos tu (?:auto|coche|carro|veh[íi]culo)|simula tu cr[ée]dito|compramos (?:o )?seu (?:carro|ve[íi]culo)|avalie (?:o )?seu (?:carro|ve[íi]culo))\b/i;
/**
 * Whether a header's or footer's text (`texts`: the parts with a mailbox or a copyright, which the
 * first half reads) names a person on a line of their own with a number on one of the next two
 * ("Kontakt / > Anna Berg / >> 055 555 01 35"), its street's and town's lines not counted ("Lena
 * Marten / Musterstr. 12 / 12345 Musterstadt / Fon 0711 …"): a small business's contact block, its
 * own people and their lines. A marketplace's chrome gives its desks' lines, under no person's name; and
 * `marketplaceSigns` still looks for its controls, desks and badges.
 */
export function namedContactLine(texts: readonly string[]): boolean {
  return texts.some((text) => contactBlockNames(text, SIGN_REACH, true).length > 0);
}
/**
 * A line that is a person's given name as a label, then a number ("Ana: (11) 95550-1420", "Lena:
 * 0151 …"): a small business's contact block gives each of its people's lines so.
 */
const GIVEN_NAME_NUMBER_LINE = /^[ \t]*(\p{Lu}\p{Ll}{2,})[ \t]*:[ \t]*\+?\(?\d[\d ()./-]{6,}\d[ \t]*$/gmu;

/**
 * Car makes people bear as names too, which a dealer's footer labels its brands' lines with
 * ("Mercedes: 030 …"): those names.ts's BUSINESS leaves out for that reason (the others, "Ford",
 * "Kia", "Tesla", "Jaguar", are its trade words, which businessWord already refuses).
 */
const MAKES_AS_GIVEN_NAMES: ReadonlySet<string> = new Set('mercedes dodge lincoln morgan bentley ram mini'.split(' '));

/**
 * The given names a header's or footer's text labels numbers with (GIVEN_NAME_NUMBER_LINE): a known
 * given name, not a trade word or a car make. None where one of the labels is a town's name
 * ("Salvador: (71) …" over "Recife: (81) …", "Torino: 011 …"): a firm's offices by town, some of
 * them named as people are.
 */
export function givenNameNumberNames(text: string, country: string): string[] {
  const names: string[] = [];
  GIVEN_NAME_NUMBER_LINE.lastIndex = 0;
  for (let m = GIVEN_NAME_NUMBER_LINE.exec(text); m; m = GIVEN_NAME_NUMBER_LINE.exec(text)) {
    const word = m[1]!;
    if (isCityName(word, country)) return [];
    const lower = word.toLowerCase();
    if (isGivenName(lower) && !MAKES_AS_GIVEN_NAMES.has(lower) && !businessWord(word)) names.push(word);
  }
  return names;
}

/**
 * Whether a header's or footer's text names one of the business's people by their given name alone,
 * as the label of their number (givenNameNumberNames): a dealer's or an agency's own site, which
 * may print no mailbox. A marketplace's chrome labels its lines by desk or by town, and
 * `marketplaceSigns` still looks for its controls, desks and badges.
 */
export function givenNameNumberLine(texts: readonly string[], country: string): boolean {
  return texts.some((text) => givenNameNumberNames(text, country).length > 0);
}

/**
 * Whether a header's or footer's text (any part, mailbox or not) holds a one-person business's
 * signature line (SIGNATURE_LINE): its owner's name, then on the same line its trade, address and
 * number. A marketplace's chrome signs with its company's name, no person's.
 */
export function signatureLine(texts: readonly string[]): boolean {
  for (const text of texts) {
    if (!NUMBER_RUN.test(text)) continue;
    for (const line of text.split('\n')) {
      if (signatureName(line.replace(LINE_MARKS, '').trim()) !== undefined) return true;
    }
  }
  return false;
}
/**
 * Whether a header's or footer's text (`texts`, its text nodes as they are, source line breaks and
 * all), or on the site's home or contact page its content's top (a firm's home page's "Rufen Sie
 * uns an: 079 …" over its services; not an ad's text, which is the advertiser's voice), asks
 * the visitor to call the site in its own voice, with the number right after ("Call Us
 * Today: 555-0134", "Call us today on 1300 …", "Rufen Sie uns an: 0711 …"; on the site's home,
 * contact or about page, `homePage`, also "Call: 07700 …", a one-page site's bar): a small business's
 * window, which may print no mailbox at all (a plumber's or an electrician's site gives its number
 * only). Not after a desk's words: a marketplace's chrome names its desks ("Customer service",
 * "Need help?"), and `marketplaceSigns` still looks for its controls, desks and badges.
 */
export function callUsLine(texts: readonly string[], homePage = false): boolean {
  const pattern = homePage ? CALL_NUMBER_ON_HOME_PAGE : CALL_US_NUMBER;
  for (const text of texts) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (!DESK_BEFORE.test(text.slice(Math.max(0, m.index - DESK_REACH), m.index))) return true;
    }
  }
  return false;
}
/**
 * Whether a header's or footer's text (`texts`: the parts that hold a number) gives the site's
 * switchboard with its number ("Centralino +39 011 …", "Switchboard: 020 …", "Växel 08-…", the number on
 * the label's next line too): an
 * organisation's own main line (a university's, a public body's, a firm's), which a marketplace does
 * not print for its users (it names its customer service). `marketplaceSigns` still looks for its
 * controls, desks and badges.
 */
/**
 * A line that opens with a country's name, perhaps a word in brackets, a colon and a number
 * ("Australia: 1800 …", "New Zealand (local): 09 …", "Canada: +1 800 …").
 */
const COUNTRY_NUMBER_LINE = /^[\s\p{P}]*(\p{L}[\p{L} .&'’/-]{1,40}?)\s*(?:\([\p{L} ]{1,20}\))?\s*:\s*(?:\+|00|\(?\d)/gmu;
/** So many countries' lines, at least, make a firm's list of its own (countryLines). */
const MIN_COUNTRY_LINES = 3;

/**
 * Whether a header's or footer's text (`texts`: the parts that hold a number) lists the site's
 * lines country by country, a line each ("Australia: 1800 …" / "New Zealand: 0800 …" / "Canada:
 * +1 800 …"): an international firm's reservations or sales lines, its own. A marketplace's
 * chrome names its desks, and `marketplaceSigns` still looks for its controls, desks and badges.
 */
export function countryLines(texts: readonly string[]): boolean {
  for (const text of texts) {
    const countries = new Set<string>();
    COUNTRY_NUMBER_LINE.lastIndex = 0;
    for (let m = COUNTRY_NUMBER_LINE.exec(text); m; m = COUNTRY_NUMBER_LINE.exec(text)) {
      const country = countryNamed(m[1]!);
      if (country !== undefined) countries.add(country);
    }
    if (countries.size >= MIN_COUNTRY_LINES) return true;
  }
  return false;
}

export function switchboardLine(texts: readonly string[]): boolean {
  return texts.some((text) => SWITCHBOARD_NUMBER.test(text)) || publicBodyLine(texts);
}
/**
 * Whether a header's or footer's text names a public body over its number (PUBLIC_BODY_NUMBER): a
 * county's, a city's, a town hall's site, whose log-in and account controls are its residents' (a
 * "Notify Me" sign-up, a permit portal's log-in), as a local business's are its customers'.
 */
export function publicBodyLine(texts: readonly string[]): boolean {
  return texts.some((text) => PUBLIC_BODY_NUMBER.test(text));
}
/**
 * A public body's name over its address and number in the chrome ("Wendell County, Ohio" / "1
 * Main Street" / "Phone: (614) 555-0100", "City of Wendelton" / … / "(216) 555-0151", "Gemeinde
 * Wendelfingen" / … / "Tel. 07071 555 0"): a county's, a city's or a town hall's site gives its
 * main line so, which a marketplace, whose chrome names no county or town as its own, does not.
 * The number within 120 characters of the name; counted as the switchboard is.
 */
const PUBLIC_BODY_NUMBER =
  /(?<![\p{L}])(?:county|city of|town of|village of|township|borough of|municipality|municipalit[ée]|municipalidad|municipio|gemeinde|marktgemeinde|stadtverwaltung|rathaus|kommune|comune di|ayuntamiento|mairie|ville de|gmina|urz[ąa]d (?:miasta|gminy)|obecn[íi] [úu][řr]ad|m[ěe]stsk[ýy] [úu][řr]ad|ob[čc]ina|city hall|town hall)(?![\p{L}])[^]{0,120}?(?<![\d.,-])\+?\(?\d[\d ()./-]{6,}\d/iu;
const SWITCHBOARD_NUMBER =
  /(?<![\p{L}])(?:switchboard|centralino|centralita|centralina|telefonzentrale|vermittlung|växel|vaxel|sentralbord|omstillingsbord|vaihde|centrala telefoniczna|ústředna)(?![\p{L}])[^\n\d]{0,12}(?:\n[^\n\d]{0,12})?[+(]?\d/iu;

/** A desk's or a help line's words on the few characters before a call (see callUsLine), on its line or in the element before. */
const DESK_BEFORE =
  /\b(?:help|support|hotline|helpdesk|customer (?:service|care|support)|client services?|service client|kundenservice|kundendienst|hilfe|aide|assistance|ayuda|atención al cliente|aiuto|assistenza|klantenservice|kundeservice|kundtjänst|pomoc|obsługa klienta)\b/iu;
const DESK_REACH = 60;
// A word boundary rather than a Unicode look-behind, as SERVICE_DEPARTMENT's below: the words open
// with ASCII letters. White space does not count towards the 40 characters before the number, as the
// text nodes keep their source's indentation; each character takes the white space after it, so the
// pattern does not backtrack through a long run of it.
// ...or in a one-person business's own voice ("Contact me for a quote: 020 7946 …", "Ruf mich an:",
// "Appelez-moi au …"): no marketplace's chrome speaks as one person.
const CALL_US_NUMBER =
  /\b(?:call\s+(?:us|today|now)|give\s+us\s+a\s+call|rufen\s+sie\s+uns\s+an|ruf\s+uns\s+an|appelez[-\s]nous|bel\s+ons|ring\s+(?:oss|os)|soita\s+meille|chiamaci|ll[áa]manos|ligue\s+para\s+n[óo]s|zadzwoń\s+do\s+nas|call\s+me|contact\s+me|ring\s+me|rufen\s+sie\s+mich\s+an|ruf\s+mich\s+an|kontaktieren\s+sie\s+mich|appelez[-\s]moi|contactez[-\s]moi|bel\s+mij|ring\s+(?:meg|mig)|soita\s+minulle|chiamami|contattami|ll[áa]mame|cont[áa]ctame|ligue[-\s]me|zadzwoń\s+do\s+mnie)(?![\p{L}])\s*(?:[^\d\s]\s*){0,40}\+?\(?\d[\d ()./-]{5,}\d/giu;
/** CALL_US_NUMBER, and "Call:" alone before the number, which a one-page site's bar says (callUsLine). */
const CALL_NUMBER_ON_HOME_PAGE = new RegExp(CALL_US_NUMBER.source.replace('(?:call\\s+(?:us|today|now)|', '(?:call\\s+(?:us|today|now)|call(?=\\s*:)|'), 'giu');
/** Lines after the name a number may be on, for the sign (namedContactLine) and for the names (contactBlockNames). */
const SIGN_REACH = 2;
const BLOCK_REACH = 4;
/**
 * A contact block's street line ("Musterstr. 12", "ul. Wendella 14b") or town line with its
 * postcode ("12345 Musterstadt", "00-950 Wendelin", "Wendelin 00-950"), which the sign's reach
 * passes over, ADDRESS_LINES of them at most.
 */
const ADDRESS_LINE = /^(?:(?:ul\. )?\p{Lu}[\p{L}'’. -]{2,40} \d{1,4}(?: ?\p{Ll})?|(?:\d{4,5}|\d{2}-\d{3}) \p{Lu}[\p{L}'’. ()-]{1,40}|\p{Lu}[\p{L}'’. -]{1,40} \d{2}-\d{3})$/u;
const ADDRESS_LINES = 2;
/** Whether one of the `reach` lines from `from` on holds a number; with `overAddress`, a block's address lines (ADDRESS_LINE) and empty lines not counted. */
function numberWithin(lines: readonly string[], from: number, reach: number, overAddress: boolean): boolean {
  let passed = 0;
  for (let j = from, n = 0; j < lines.length && n < reach; j++) {
    if (NUMBER_RUN.test(lines[j]!)) return true;
    if (!overAddress) n++;
    else {
      const line = lines[j]!.replace(LINE_MARKS, '').trim();
      // (an empty paragraph between the block's lines is no line of it)
      if (line !== '' && (passed === ADDRESS_LINES || !ADDRESS_LINE.test(line))) n++;
      else if (line !== '') passed++;
    }
  }
  return false;
}

/**
 * The people a header's or footer's contact block names on a line of their own, with a number on
 * one of the next `reach` lines (the block's street and town may stand between: "Kontakt / Wendell
 * Werbung / Lena Marten / Musterweg 7 / 12345 Musterstadt / Fon 05191 …"): on a site found to be
 * the business's own, its owner or its contact person. Two or three capitalised words that open with
 * a known given name.
 */
export function contactBlockNames(text: string, reach = BLOCK_REACH, overAddress = false): string[] {
  if (!NUMBER_RUN.test(text)) return [];
  const names: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A testimonial's attribution under its quote ("“Great service!”" / "– Lena Marten"): a customer.
    if (i > 0 && ATTRIBUTION.test(lines[i]!) && QUOTE_END.test(lines[i - 1]!)) continue;
    const trimmed = lines[i]!.replace(LINE_MARKS, '').trim();
    // A one-person business's signature: the name, a dash or a comma, and on the same line its trade,
    // its address and its number (see SIGNATURE_LINE).
    const signer = signatureName(trimmed);
    if (signer !== undefined) {
      names.push(signer);
      continue;
    }
    // A couple under one family name ("Lena & Anna BERG") over the block's address and number: both.
    const couple = coupleLineNames(trimmed);
    if (couple !== undefined && numberWithin(lines, i + 1, reach, overAddress)) {
      names.push(...couple);
      continue;
    }
    // Without an honorific before the name ("Frau Lena Marten"), as the name is stored; or the name
    // after the person's post and a colon, titles skipped ("Direktor: OSR Dipl.-Päd. Lena Marten").
    const bare = withoutHonorific(trimmed);
    const posted = personName(bare) ? bare : postColonName(trimmed);
    // ...or before a lawyer's title ("Lena M. Marten - Rechtsanwältin" over the office's address),
    // middle initial and all.
    const titled = posted === undefined ? nameBeforeLawyerTitle(trimmed) : undefined;
    const line = posted ?? titled;
    if (line === undefined || i + 1 >= lines.length || (titled === undefined && !personName(line)) || !numberWithin(lines, i + 1, reach, overAddress)) continue;
    // A line over a person's name whose last word is no known family name: the business's name
    // over its owner's ("Wendell Ferien" / "Lena Marten"), not a second person.
    if (!isFamilyName(line.slice(line.lastIndexOf(' ') + 1)) && personName(withoutHonorific(lines[i + 1]!.replace(LINE_MARKS, '').trim()))) continue;
    names.push(line);
  }
  return names;
}
/**
 * A household's word before its given and family names, as holiday lets and farms sign their
 * postal block ("Familie Lena Marten", "Famille …", "Familia …", "Famiglia …", "Rodzina …",
 * "Gezin …"): the person. Not before a family name alone ("Familie Marten" names no one).
 */
const FAMILY_WORD = /^(?:Familie|Famille|Familia|Família|Famiglia|Rodzina|Gezin|Fam\.) (?=\p{Lu}\p{Ll}+ \p{Lu})/u;
const FAMILY_WORD_HINT = /Famil|Rodzina|Gezin|Fam\./;

/**
 * The household a postal block names on the line over its address (a street line or a town line
 * with its postcode, one or two of them), with a number on one of the two lines under the address
 * ("Familie Lena Marten / Musterweg 4a / 55555 Wendell / Tel.: 030 …"): a holiday let's or a farm's
 * hosts, wherever a page prints it. Not a bare name's block: a data protection officer's, a
 * photographer's or an imprint's firm is printed so under its own heading
 * (club-cards-founders-and-split-mail-links.test.ts). The name: two or three capitalised words
 * after the household's word that open with a known given name.
 */
export function postalBlockNames(text: string): string[] {
  if (!NUMBER_RUN.test(text) || !FAMILY_WORD_HINT.test(text)) return [];
  const names: string[] = [];
  const lines = text.split('\n').map((l) => l.replace(LINE_MARKS, '').trim());
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!FAMILY_WORD.test(lines[i]!) || !ADDRESS_LINE.test(lines[i + 1]!)) continue;
    const name = lines[i]!.replace(FAMILY_WORD, '');
    if (!personName(name)) continue;
    let j = i + 2;
    if (ADDRESS_LINE.test(lines[j]!)) j++;
    if (lines.slice(j, j + 2).some((l) => NUMBER_RUN.test(l))) names.push(name);
  }
  return names;
}

/**
 * The people whose name opens a line of `texts` (alone, or before a dash or a comma: "Lena Marten —
 * coach", "Lena Marten" / "Studio") and whom one of the page's mailboxes (`locals`, their local
 * parts) spells: the name's words ("lena.marten", "lmarten"; mailboxOf), or its words joined and
 * then one more word ("lenamartenstudio"). Two or three capitalised words opening with a known
 * given name, a third one a known family name.
 */
const OWNER_LINE_START = /^[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?:[ \t]*$|[ \t]+[–—-][ \t]|,[ \t])/gmu;
export function mailboxSpeltOwners(texts: readonly string[], locals: readonly string[]): string[] {
  const out = new Set<string>();
  const plain = locals.map(plainLetters);
  for (const text of texts) {
    OWNER_LINE_START.lastIndex = 0;
    for (let m = OWNER_LINE_START.exec(text); m; m = OWNER_LINE_START.exec(text)) {
      const name = m[1]!;
      if (out.has(name) || !opensWithGivenName(name) || !plausibleName(name)) continue;
      // A third word that is no family name: the business's name after the person's ("Lena Marten Studio").
      const words = name.split(' ');
      if (words.length === 3 && !isFamilyName(words[2]!)) continue;
      const joined = plainLetters(name);
      if (locals.some((l) => mailboxOf(l, name) === 'words') || plain.some((l) => l.length > joined.length && l.startsWith(joined) && joined.length >= MIN_JOINED_NAME)) out.add(name);
    }
  }
  return [...out];
}
/**
 * The people named anywhere in `texts` (two capitalised words opening with a known given name, inside
 * a sentence too: "… vengono lette da Lena Marten e …"; or a Dutch or German family name's particles
 * between, the given name known or not: "Lena van der Marten, …") whom one of the page's mailboxes
 * (`locals`) spells letter for letter, the two words joined ("lenamarten7", "lena.marten"): the
 * mailbox's holder. index.ts asks only on a site of its own and of its free mailboxes, whose holder is
 * the site's one person; it is no sign of such a site (a seller's own mailbox in an ad says so too).
 */
// A capitalised word; the name is two of them in a row, alone (not two words of a longer name:
// "Lena Marten Wendell", whose mailbox spells only its first two).
// (Latin letters only, which a mailbox can spell: the Unicode classes cost five times as much here.)
const LATIN_WORD = '[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?';
const CAPITALISED_WORD = new RegExp(LATIN_WORD, 'g');
const ASCII_WORD = /^[A-Za-z-]+$/;
// A family name's particles between ("Lena van der Marten", "Kamal de Reilly").
const NAME_PARTICLE = `(?:${FAMILY_PARTICLES.join('|')})`;
const NEXT_WORD = new RegExp(`^ ((?:${NAME_PARTICLE} ){0,2}${LATIN_WORD})(?![\\p{L}]| \\p{Lu})`, 'u');
const GERMANIC_PARTICLE = /^(?:van|von|ter|ten|zu)(?: (?:der|den|de|dem))? /;
/** Places' words that open a business's name before a particle ("Hof van …", "Huis ter …", "Villa von …"). */
// (Inns', hotels' and campsites' words are names.ts's BUSINESS, which businessWord reads.)
const PLACE_WORDS: ReadonlySet<string> = new Set('hof huis villa slot kasteel burg schloss hoeve boerderij molen herberg'.split(' '));
const LETTER_OR_CAPITAL_WORD_BEFORE = /(?:\p{L}|\p{Lu}[\p{L}-]* )$/u;
export function mailboxSpeltPeople(texts: readonly string[], locals: readonly string[]): string[] {
  const plain = [...new Set(locals.map(plainLetters).filter((l) => l.length >= MIN_JOINED_NAME))];
  const out = new Set<string>();
  if (plain.length === 0) return [];
  const initials = new Set(plain.map((l) => l.charAt(0)));
  for (const text of texts) {
    CAPITALISED_WORD.lastIndex = 0;
    for (let m = CAPITALISED_WORD.exec(text); m; m = CAPITALISED_WORD.exec(text)) {
      // Cheap first: the word's first letter, then the word, is how one of the mailboxes opens.
      const ascii = ASCII_WORD.test(m[0]);
      if (!initials.has(ascii ? m[0].charAt(0).toLowerCase() : plainLetters(m[0].charAt(0)))) continue;
      const first = ascii ? m[0].toLowerCase().replace('-', '') : plainLetters(m[0]);
      if (!plain.some((l) => l.startsWith(first))) continue;
      const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (!next || LETTER_OR_CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const name = `${m[0]} ${next[1]!}`;
      if (out.has(name) || !plain.includes(first + plainLetters(next[1]!)) || !plausibleName(name)) continue;
      // A Dutch or German family name with its particles spelt whole ("lenavandermarten@…") is a
      // person's, the given name known or not, unless its first word is a place's or a trade's
      // ("Hof van Wendel", "Bakkerij van der Berg"). (Not "de la": "Camping de la Plage".)
      if (opensWithGivenName(name) || (GERMANIC_PARTICLE.test(next[1]!) && !PLACE_WORDS.has(m[0].toLowerCase()) && !name.split(' ').some(businessWord))) out.add(name);
    }
  }
  return [...out];
}
/** So many letters at least, a name's words joined, that a mailbox opening with them is theirs. */
const MIN_JOINED_NAME = 8;

/** The signer's name where a (trimmed) line is a signature line, with its number after the name. */
function signatureName(line: string): string | undefined {
  const m = SIGNATURE_LINE.exec(line);
  return m && personName(m[1]!) && NUMBER_RUN.test(line.slice(m[0].length)) ? m[1]! : undefined;
}
/**
 * Two or three capitalised words (a double family name joined by a hyphen) that open with a known
 * given name; the later ones may be written in capitals, as French and Italian pages write a family
 * name ("Lena MARTEN").
 */
function personName(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 3 || !CASED_WORD.test(words[0]!) || !words.every((w, i) => i === 0 || CASED_WORD.test(w) || CAPITALS_WORD.test(w))) return false;
  return opensWithGivenName(line) && plausibleName(line);
}
const CASED_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A family name in capitals ("MARTEN", "BERG-LIND"), as French and Italian pages print it; also index.ts's. */
export const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
/**
 * A header's or footer's line that opens with a person's name and then a dash or a comma, as a
 * one-person business signs its pages ("Lena Marten - Fusspflege & Massage, Wendelweg 4, 3999
 * Wendelfingen, T +41 21 555 10 10"): its number must be on the same line, after the name.
 */
const SIGNATURE_LINE = /^(\p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|\p{Lu}{2,})){1,2})(?: [-–—|] |, )/u;
/** A dash before a line's words, as a quote's author is written under it; and a quote's closing mark at a line's end. */
const ATTRIBUTION = /^\s*[–—-]/;
const QUOTE_END = /[”"»“’']\s*$/;
/** A list's marks before a line's words ("> ", "- ", "• "). */
const LINE_MARKS = /^[\s>»•·*–—-]+/;

/** Whether a link's text is a log-in control alone ("Login", "Sign in", "Anmelden"). */
export function isLogIn(text: string): boolean {
  return LOG_IN.test(text);
}

/**
 * A shop's cart or checkout, by a link's path ("/checkout/cart/", "shopping_cart.php", "/warenkorb")
 * or a control's words, in the markets' languages. Not "cart" inside a word ("/cartoons").
 */
const CART_PATH = /(?:^|\/)(?:cart|basket|checkout|warenkorb|kasse|panier|carrito|carrello|koszyk|winkelwagen|winkelmandje|varukorg|handlekurv|ostoskori|kosik|kosar|korzina|sepet|shopping[-_]?(?:cart|bag|basket))(?:[/?#._-]|$)/i;
/**
 * A cart's words (the stems of "cart", "shopping cart", "add to cart", "Warenkorb", "zur Kasse",
 * "panier", "carrito", "koszyk", "корзина"…), found by their stems with no look-behind (the
 * pattern with one was tried at every character of the chrome's text), then held to whole words,
 * with the few endings the languages add (`CART_ENDING`).
 */
const CART_STEM = /cart|basket|checkout|warenkorb|einkaufswagen|zur kasse|panier|carrito|carrello|carrinho|koszyk|winkelwagen|winkelmandje|varukorg|handlekurv|indkøbskurv|ostoskori|košík|kosár|coș|coş|корзин|sepet|krepšel|ostukorv|grozs/gi;
const CART_ENDING: Readonly<Record<string, readonly string[]>> = {
  koszyk: ['a', ''],
  'coș': ['ul', ''],
  'coş': ['ul', ''],
  'корзин': ['а', 'у', 'е'],
  sepet: ['im', ''],
  // Lithuanian "krepšelis" (its cases), Estonian "ostukorv", Latvian "grozs"
  'krepšel': ['is', 'yje', 'į', 'io'],
};
const LETTER = /\p{L}/u;

function cartWordIn(text: string): boolean {
  CART_STEM.lastIndex = 0;
  for (let m = CART_STEM.exec(text); m; m = CART_STEM.exec(text)) {
    if (m.index > 0 && LETTER.test(text.charAt(m.index - 1))) continue;
    const end = m.index + m[0].length;
    const endings = CART_ENDING[m[0].toLowerCase()] ?? [''];
    if (endings.some((e) => text.slice(end, end + e.length).toLowerCase() === e && !LETTER.test(text.charAt(end + e.length)))) return true;
  }
  return false;
}

/** The account controls among MARKETPLACE_CONTROL's (log in, sign up, my account), which a shop's customers have too. */
const ACCOUNT_CONTROL = new RegExp(
  `^(?:${LOG_IN_WORDS}|log on|sign ?up|register|registration|my account|create (?:an |your )?account|registrieren|mein konto|s'inscrire|mon compte|` +
    'reg[íi]strate|registrarse|mi cuenta|cadastre-se|cadastrar|minha conta|registrati|il mio account|registreren|mijn account|registrera|mitt konto|' +
    'registrer|min konto|min side|rekister[öo]idy|zarejestruj(?: się)?|moje konto|registrace|regisztr[áa]ci[óo]|[îi]nregistrare|registracija|' +
    'регистрация|личный кабинет|реєстрація|[üu]ye ol|registruotis|mano paskyra|re[ģg]istr[ēe]ties|mans konts|registreeru|minu konto|đăng ký)$',
  'iu',
);

const EVERY_CONTROL = new RegExp(MARKETPLACE_CONTROL.source, 'giu');
/** A registration of a thing, its documents or its number ("registration certificate", "Registration no."): see controlIn. */
const THING_REGISTRATION = /^registration (?:papers?|documents?|certificates?|number|no\b|plates?|mark|date|fee|details)/i;
const THING_REGISTRATION_REACH = 40;
/** What a school or an organiser enrols people in, right before "registration" (see controlIn). */
const ENROLMENT_BEFORE = /(?<![\p{L}])(?:class|classes|course|courses|lesson|lessons|event|events|tournament|camp|workshop|seminar|trial)[ \t]+$/iu;
const ENROLMENT_REACH = 20;
const LOG_IN = new RegExp(`^(?:${LOG_IN_WORDS})$`, 'iu');
/** A password field's label, as a log-in form prints it under its heading. */
const PASSWORD_FIELD = new RegExp(`(?<![\\p{L}])(?:${PASSWORD_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/**
 * A log-in form's fields: its password's label, or the box to stay logged in beside it ("Remember
 * me", "Eingeloggt bleiben"), which a form whose field labels are placeholders still prints.
 */
const REMEMBER_ME_WORDS = [
  'remember me', 'keep me (?:logged|signed) in', 'stay (?:logged|signed) in', 'angemeldet bleiben', 'eingeloggt bleiben', 'se souvenir de moi',
  'rester connecté', 'recuérdame', 'recordarme', 'mantener la sesión (?:iniciada|abierta)', 'lembrar-me', 'manter-me conectado', 'ricordami',
  'resta collegato', 'onthoud mij', 'ingelogd blijven', 'kom ihåg mig', 'husk meg', 'husk mig', 'zapamiętaj mnie', 'nie wylogowuj mnie', 'muista minut',
  'pysy kirjautuneena', 'zapamatovat si mě', 'запомнить меня',
];
const LOG_IN_FORM_FIELD = new RegExp(`(?<![\\p{L}])(?:${[...PASSWORD_WORDS, ...REMEMBER_ME_WORDS].join('|')})(?![\\p{L}])`, 'iu');

/**
 * Whether the text shows an account or posting control (on a shop's or a local business's page, `customers`, a posting control only;
 * not a log-in word whose links lead to another site, `offSiteLogIns`). A log-in form's heading or button
 * ("Login / Username / Password / Login", a site theme's modal for its staff) is not one by itself: a marketplace's
 * form sits beside its sign-up or posting controls, or its header's log-in link, which still say so.
 */
function controlIn(text: string, customers = false, offSiteLogIns: ReadonlySet<string> = new Set()): boolean {
  if (!MARKETPLACE_CONTROL.test(text)) return false;
  EVERY_CONTROL.lastIndex = 0;
  for (let m = EVERY_CONTROL.exec(text); m; m = EVERY_CONTROL.exec(text)) {
    // A shop's or a local business's customers' account (see marketplaceSigns).
    if (customers && ACCOUNT_CONTROL.test(m[0])) continue;
    // An offer to buy your vehicle ("Sell Your Car" in a dealer's menu, "Sell Your Bike" beside its
    // "Service Department"), on a page that shows an own site's sign (see marketplaceSigns): the
    // dealer's own offer, not a posting control. A marketplace that takes ads has its members'
    // log-in or sign-up beside its "Sell your car", which still say so.
    if (SELL_YOURS.test(m[0])) continue;
    const logIn = LOG_IN.test(m[0]);
    // A log-in whose links all lead to another site (an intranet, a franchise's portal): not this site's members'.
    if (logIn && offSiteLogIns.has(m[0].toLowerCase())) continue;
    // the form's heading above its fields, or its button below them
    if (logIn && LOG_IN_FORM_FIELD.test(text.slice(Math.max(0, m.index - 120), m.index + 120))) continue;
    // A landlord's or an employer's own area ("Resident Login", "Staff login", "Mitarbeiter-Login",
    // "Medewerkers login", in the markets' languages): its tenants' or
    // staff's, not a marketplace's members'. Not "Agent login" or "Dealer login": a portal's
    // advertisers' area.
    if (logIn && OWN_AREA_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // A wholesaler's or a maker's trade customers' system ("Zaloguj się do B2B", "Log in to the B2B
    // portal", "B2B-Login"): its own dealers' ordering, not a marketplace's members' accounts.
    if (logIn && B2B_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // A WordPress site's "Meta" widget (its log-in, its feeds, then "WordPress.org", in any of its
    // languages): the site's editors' log-in, on a business's or a blogger's own site.
    if (logIn && WORDPRESS_META.test(text.slice(m.index + m[0].length, m.index + m[0].length + WORDPRESS_META_REACH))) continue;
    // A site builder's editor controls at the page's foot ("Anmelden / Abmelden | Bearbeiten", "Login /
    // Logout | Edit"): the site's owner's log-in to edit it, not a marketplace's members'.
    if (logIn && EDITOR_CONTROLS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + EDITOR_CONTROLS_REACH))) continue;
    // The page's last words after its copyright line ("Copyright 2007 by Wendell Presses, Inc. Privacy
    // Statement / Login"): a content system's log-in for the site's editors at its foot, as a
    // footer's log-in link is (see marketplaceSigns), where no footer element marks the foot.
    if (logIn && text.length - (m.index + m[0].length) <= PAGE_FOOT_REACH && COPYRIGHT.test(text.slice(Math.max(0, m.index - COPYRIGHT_REACH), m.index))) continue;
    // A footer's column headed "Administration" ("Administration" over "Login" and "New listing"):
    // the site's staff's log-in and editing links, a small agency's own, not its visitors' accounts.
    if (ADMIN_HEADING.test(text.slice(Math.max(0, m.index - ADMIN_REACH), m.index))) continue;
    // An agency's or a shop's alerts by e-mail ("Inscrivez-vous avec votre adresse email pour
    // recevoir nos nouveaux biens … S'inscrire", "Subscribe to our newsletter … Sign up"): a
    // subscription's button, not an account's.
    if (SIGN_UP.test(m[0]) && SUBSCRIPTION_BEFORE.test(text.slice(Math.max(0, m.index - 250), m.index))) continue;
    // ...or the newsletter right after it ("Sign up to the newsletter", "Registrieren Sie sich für unseren Newsletter").
    if (SIGN_UP.test(m[0]) && NEWSLETTER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + NEWSLETTER_AFTER_REACH))) continue;
    // A newsletter's own word right before a log-in word that also means "sign up" in its language
    // ("Newsletter anmelden", "Newsletter: inschrijven"): the subscription's link, not an account's.
    if (NEWSLETTER_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - NEWSLETTER_REACH), m.index))) continue;
    // A log-in form's own links under its fields ("E-Mail / Kennwort / Einloggen / Registrieren |
    // Kennwort vergessen?"): the sign-up between the form's password field and its reset link, in a
    // form whose heading and button are its members' log-in (see LOG_IN_FORM_FIELD above): a content
    // system's log-in widget, which a business's own site carries as a marketplace's does. A
    // marketplace's sign-up in its header, away from a password field or a reset link, still says
    // "marketplace".
    if (SIGN_UP.test(m[0]) && PASSWORD_FIELD.test(text.slice(Math.max(0, m.index - 120), m.index)) && PASSWORD_RESET.test(text.slice(Math.max(0, m.index - RESET_REACH), m.index + m[0].length + RESET_REACH))) continue;
    // A help page's question ("Wie kann ich mich registrieren?", "How do I sign in?"): a FAQ's
    // heading, which a landlord's or a shop's site has as a marketplace's does, not a control.
    if (QUESTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // A word of a paragraph's sentence ("… she is listed on the national Register of therapists."), not a control.
    if (inProse(text, m.index)) continue;
    // A thing's registration, a list's item ("Registration certificate", "registration number"): a foal's
    // or a car's documents, not an account's sign-up.
    if (THING_REGISTRATION.test(text.slice(m.index, m.index + THING_REGISTRATION_REACH))) continue;
    // A school's or an organiser's enrolment ("Class registration", "Course registration", "Event
    // registration"): a sign-up for its classes, not for an account. The word in small letters, one
    // item's second word: a menu's items flattened onto a line ("Our courses Registration") are not one.
    if (m[0].startsWith('regist') && ENROLMENT_BEFORE.test(text.slice(Math.max(0, m.index - ENROLMENT_REACH), m.index))) continue;
    return true;
  }
  return false;
}

/**
 * Whether the line around `at` is a paragraph's prose: PROSE_LINE characters or more with a
 * sentence's full stop or comma inside. A menu's or a header's controls, flattened onto one line,
 * have neither.
 */
function inProse(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (end - start >= PROSE_LINE && SENTENCE_MARK.test(text.slice(start, end))) return true;
  // A capitalised word inside a short sentence, after a word in small letters and before more
  // words ("zie wendell.example onder Register Oefentherapeut."): a register's or a list's
  // name, not a control, which stands alone or closes its call ("Jetzt kostenlos Registrieren.").
  return NOUN_IN_SENTENCE_BEFORE.test(text.slice(start, at)) && NOUN_IN_SENTENCE_AFTER.test(text.slice(at, end));
}
const NOUN_IN_SENTENCE_BEFORE = /(?:^|\s)\p{Ll}[\p{Ll}.]*\s$/u;
const NOUN_IN_SENTENCE_AFTER = /^\p{Lu}\p{L}*\s+\p{L}[^\n]*[.!]\s*$/u;
const PROSE_LINE = 100;
const SENTENCE_MARK = /\p{Ll}[.,;] \p{L}/u;
const OWN_AREA_BEFORE =
  /(?<![\p{L}])(?:residents?|tenants?|staff|employees?|mieter|bewohner|b2b|personeel|medewerkers?|mitarbeiter|personal|personnel|employés|empleados|dipendenti|ansatte|anställda|medarbejdere?|pracownik(?:a|ów)?|intranet)[ -]$/iu;
/** The "WordPress.org" link that closes WordPress's "Meta" widget, on one of the few lines after its log-in. */
const WORDPRESS_META = /^(?:[^\n]{0,40}\n){1,4}[ \t]*WordPress\.org[ \t]*(?:\n|$)/;
const WORDPRESS_META_REACH = 200;
/** A log-out and an edit link right after a log-in (see controlIn), in the markets' languages. */
const EDITOR_CONTROLS_AFTER =
  /^\s*(?:abmelden|log ?out|log ?off|sign out|se déconnecter|déconnexion|esci|cerrar sesión|sair|uitloggen|afmelden|logga ut|logg ut|log ud|kirjaudu ulos|wyloguj(?: się)?|odhlásit)\s*[|·•]?\s*(?:bearbeiten|edit|modifier|modifica|editar|bewerken|redigera|rediger|muokkaa|edytuj|upravit)(?![\p{L}])/iu;
const EDITOR_CONTROLS_REACH = 60;
/** The trade customers' system named after a log-in word ("… do B2B", "… to the B2B portal", "… zum B2B-Shop"). */
const B2B_AFTER = /^[ \t]*(?:si[eę][ \t]+)?(?:(?:do|to|into|zum|zur|ins?|au|al|a|na)[ \t]+)?(?:(?:systemu|platformy|portalu|panelu|the|dem|den|our|unserem)[ \t]+)?b2b(?![\p{L}\d])/iu;
/** An administration column's heading on one of the few lines before a control (ADMIN_REACH characters). */
const ADMIN_HEADING =
  /(?:^|\n)[ \t]*(?:administration|administracija|administracja|administrace|administrácia|administración|amministrazione|administração|verwaltung|beheer|admin|администрация|адміністрація)[ \t]*\n(?:[^\n]{0,40}\n){0,3}[^\n]{0,40}$/iu;
const ADMIN_REACH = 200;
const QUESTION_AFTER = /^ ?[?？¿]/;
const SELL_YOURS = /^(?:sell your (?:car|vehicle|bike)|vende tu (?:auto|coche|carro))$/i;
const SIGN_UP = /^(?:sign ?up|register|s'inscrire|registrieren|registrarse|reg[íi]strate|registrati|cadastre-se|registreren)$/iu;
/** A log-in form's link to reset a forgotten password, in the markets' languages (see controlIn). */
const PASSWORD_RESET =
  /(?<![\p{L}])(?:lost your password|forgot(?:ten)? (?:your )?password|(?:passwort|kennwort) vergessen|mot de passe oublié|olvidaste (?:tu|su) contraseña|contraseña olvidada|esqueceu (?:a |sua )?senha|esqueci (?:a |minha )?senha|password dimenticata|wachtwoord vergeten|glömt (?:ditt )?lösenord|glemt (?:passord|adgangskode)|nie pamiętasz hasła|zapomniałeś hasła|zapomniane hasło|unohditko salasanan)(?![\p{L}])/iu;
/** How far from a sign-up its form's reset link stands, before or after it on the form's last lines. */
const RESET_REACH = 40;
/** How few characters may follow a log-in at the page's foot, and how close before it its copyright line is (see controlIn). */
const PAGE_FOOT_REACH = 40;
const COPYRIGHT_REACH = 200;
/** A newsletter named right before a control, on its line (see controlIn). */
const NEWSLETTER_RIGHT_BEFORE = /(?<![\p{L}])(?:newsletter|infolettre|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|boletín|boletim)[ \t]*[:-]?[ \t]*$/iu;
const NEWSLETTER_REACH = 16;
/** A newsletter's word a few words after a sign-up's ("… to the newsletter"), on its line: see controlIn. */
const NEWSLETTER_AFTER = /^[^\n]{0,30}?(?<![\p{L}])(?:newsletter|infolettre|lettre d'information|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|bolet[ií]n|boletim|biuletyn)/iu;
const NEWSLETTER_AFTER_REACH = 45;
const SUBSCRIPTION_BEFORE = /newsletter|infolettre|lettre d'information|recevoir|recevez|receive|subscribe|abonn|bolet[ií]n|erhalten sie|ricevere|receber|ontvang/iu;

/**
 * The other choice of a customer-type switch beside "private person" in a quote or contact form
 * ("Privatperson" / "Företag", "Private" / "Business"): the visitor's choice, not a
 * seller's badge. The line opens with the business word.
 */
const BUSINESS_CHOICE =
  /^(?:företag|foretag|bedrift|virksomhed|yritys|firma|unternehmen|gewerblich|gewerbe|business|company|professionnel|entreprise|empresa|azienda|bedrijf|zakelijk|przedsiębiorstwo|organisation|organization|förening|forening)(?:$|[ /&,(-])/i;

/** Whether a line of the text is a private seller's badge alone (not one choice of a form's customer-type switch). */
function hasBadgeLine(text: string): boolean {
  let previous = '';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = end - start <= 80 ? text.slice(start, end).replace(/\s+/g, ' ').trim() : '';
    if (line.length >= 6 && PRIVATE_BADGE.test(line) && !BUSINESS_CHOICE.test(previous)) {
      const after = text.indexOf('\n', end + 1);
      const next = text.slice(end + 1, after < 0 ? text.length : after).trim();
      if (!BUSINESS_CHOICE.test(next)) return true;
    }
    previous = line;
    start = end + 1;
  }
  return false;
}

/**
 * Whether a mailbox's local part is a person's way of writing the name: an initial and the other
 * name ("lquintela", "lucia.q"), or the two names with a separator ("lucia.quintela",
 * "lucia_quintela"). The words run together ("gracehillragdolls") are a brand's mailbox as often.
 */
export function personalMailbox(local: string, name: string): boolean {
  const how = mailboxOf(local, name);
  if (how === 'initial') return true;
  const parts = local.split(/[._-]/);
  return how === 'words' && parts.length === 2 && mailboxOf(parts.join(''), name) === 'words';
}

/** A copyright line's mark: "©", "(c)", "Copyright" ("© 2024 Aschendorff Medien GmbH & Co. KG", "Copyright (c) Acme Media"); also index.ts's. */
export const COPYRIGHT = /©|\(c\)|copyright/i;
/** An association's, a foundation's, a federation's or a church's word, or "e.V." (ASSOCIATION_COPYRIGHT, associationAddress). */
const ASSOCIATION_WORD =
  '(?:e\\. ?v\\.|(?<![\\p{L}])(?:\\p{L}*(?:verband|stiftung|verein|gewerkschaft|bistum|kirche)|association|federation|fédération|foundation|fondation|fundación|fundação|fondazione|stichting|vereniging|förening|forening|forbund|förbund|liitto|yhdistys|säätiö|stowarzyszenie|fundacja|związek|spolek|nadace|diocese|diözese)(?![\\p{L}]))';
/**
 * A copyright line that names an association, a foundation, a federation or a church as the site's
 * owner ("© Wendell-Stiftung e.V. 2024", "© 2024 Wendell Association"): its log-in is its members'
 * and staff's, as a local business's is its customers' (see marketplaceSigns).
 */
const ASSOCIATION_COPYRIGHT = new RegExp(`(?:${COPYRIGHT.source})[^\\n]{0,80}?${ASSOCIATION_WORD}`, 'iu');
/** An association's name on a line of its own ("Turnverein Wendell 1902 e.V."), a postal block's first. */
const ASSOCIATION_NAME_LINE = new RegExp(`^[^\\n@]{0,60}${ASSOCIATION_WORD}[^\\n@]{0,20}$`, 'iu');
/** How many lines under an association's name its number may be on (its street and town between). */
const ASSOCIATION_BLOCK_LINES = 4;
/**
 * Whether a header's or footer's text (`texts`: its parts with a number's shape) gives an
 * association's postal block: its name on a line of its own, then within ASSOCIATION_BLOCK_LINES
 * lines a number ("Turnverein Wendell e.V. / Musterweg 3 / 55555 Wendell / Telefon: 05555 - 1234"),
 * as a club's own site signs its pages; a marketplace's footer gives its company's.
 */
export function associationAddress(texts: readonly string[]): boolean {
  for (const text of texts) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!ASSOCIATION_NAME_LINE.test(lines[i]!.trim())) continue;
      if (lines.slice(i + 1, i + 1 + ASSOCIATION_BLOCK_LINES).some((l) => NUMBER_RUN.test(l))) return true;
    }
  }
  return false;
}
/**
 * A site's name (its registrable domain without the suffix) that names an association, a
 * foundation, a federation or a church ("wendell-stiftung.de", "wendellfoundation.org"): the site
 * is that body's own, as ASSOCIATION_COPYRIGHT's line says, where the page has no copyright line
 * (one that names a firm says the firm owns it).
 */
const ASSOCIATION_SITE =
  /verband|stiftung|verein|gewerkschaft|kirche|association|federation|foundation|fondation|fundacion|fundacao|fondazione|stichting|vereniging|forening|forbund|yhdistys|saatio|stowarzyszenie|fundacja|zwiazek|spolek|nadace|diocese/;
export function associationOwned(texts: readonly string[], url?: string): boolean {
  if (texts.some((t) => ASSOCIATION_COPYRIGHT.test(t))) return true;
  // A copyright line that names another owner (a firm's "© Wendell Media GmbH") says who owns the site.
  if (texts.some((t) => COPYRIGHT.test(t))) return false;
  const name = url === undefined ? null : getDomainWithoutSuffix(url);
  return name !== null && ASSOCIATION_SITE.test(name.toLowerCase());
}
/** A copyright line's parts: split at its separators ("·", "|", "—", " - ", ",", ".", ";"). */
const SEPARATOR = /\s*(?:[·•|—–;,]|\s-\s|\.(?:\s|$))\s*/u;
/** A part's copyright mark and years ("© 2019–2025"). */
const MARK_AND_YEARS = /^(?:(?:©|\(c\)|copyright)\s*|(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)\d{2})?)?\s*)+/i;
/** A span of years with spaces around its dash ("2005 - 2019"), which SEPARATOR would cut. */
const YEAR_SPAN = /\b((?:19|20)\d{2})\s+[-–—]\s+((?:19|20)\d{2})\b/g;
/** A firm's name in quotes opening a part ('"WENDELL" ', '„Wendell” '). */
const QUOTED_FIRM = /^["„“”«»'][^"„“”«»'\n]{1,40}["„“”«»']\s+/u;
/** An Italian business's owner after "di" at the part's end ("Agriturismo Wendell di Lena Marten"). */
const OWNER_OF = /\sdi\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*$/u;
/** ...and the same in capitals, the owner's words too ("WENDELL AUTO DI MARTEN LENA"; see copyrightOwner). */
const OWNER_OF_CAPITALS = /\p{Lu}{2,}\s+(?:DI|di)\s+(\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*){1,2})\s*$/u;
/** A person's trade after their name on their own site ("Lúcia Quintela Corretora", "Anna Berg Immobilien"). */
const TRADE_AFTER = /\s+(?:corretora?|makler(?:in)?|immobilien|realtor|broker|immobiliare|immobilier|inmobiliaria|gayrimenkul|nieruchomości)$/iu;
/**
 * A part without the trade's words that open it, where two name words follow ("Pracownia Fryzjerska
 * Lena Marten", a salon named after its owner): the name. A part of trade words only is left as it is.
 */
function withoutTradeBefore(part: string): string {
  const words = part.split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && businessWord(words[i]!)) i++;
  return i > 0 ? words.slice(i).join(' ') : part;
}
/** A name word: a capital and small letters ("Lúcia", "Özgür", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** Two or three name words and no trade word among them: a holder's name's shape (copyrightOwner, metaPeople). */
function nameWords(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && words.every((w) => NAME_WORD.test(w)) && !words.some((w) => BUSINESS.has(w.toLowerCase()));
}

/**
 * The person a site's footer names as its copyright's holder ("© 2024 Lindenau Immobilien · Anna
 * Berg", "© 2026 Lúcia Quintela. Todos os direitos reservados."): a part of the line that is two
 * or three name words opening with a known given name, no trade word among them, and vouched for
 * as a person's: its last word a known family name, or a mailbox of the page made of its words
 * (`lucia.quintela@…`). A small site's brand opens with a given name as often ("Grace Hill
 * Ragdolls", "Bella Vista"); a marketplace's copyright names its company ("© 2025 Marktplaats
 * B.V."). A designer's credit after the holder is cut off. `texts` are the chrome's; `locals` the
 * local parts of the page's mailboxes; `vouched` the people the page's meta tags name as its author
 * or its rights' holder (metaPeople), who vouch for the same name as a family name does.
 */
export function copyrightOwner(texts: readonly string[], locals: readonly string[] = [], vouched: readonly string[] = []): string | undefined {
  for (const text of texts) {
    if (!COPYRIGHT.test(text)) continue;
    for (const raw of text.split('\n')) {
      const mark = raw.search(COPYRIGHT);
      if (mark < 0 || raw.length > 300) continue;
      let line = raw.slice(mark);
      const credit = line.search(CREDIT);
      if (credit >= 0) line = line.slice(0, credit);
      // (A span of years is one part: "© 2005 - 2019 …".)
      const parts = line.replace(YEAR_SPAN, '$1–$2').split(SEPARATOR);
      for (const part of parts) {
        // An Italian business "of" its owner ("Agriturismo Wendell di Lena Marten"): the owner.
        const of = OWNER_OF.exec(part);
        // ...written in capitals, surname first as the registry writes it ("WENDELL AUTO DI MARTEN
        // LENA"): the owner, where one of the two or three words is a known given name.
        const ofCapitals = of ? null : OWNER_OF_CAPITALS.exec(part);
        if (ofCapitals) {
          const owner = ofCapitals[1]!;
          const words = owner.split(/\s+/);
          // (plausibleName refuses a trade's word among them: "WENDELL AUTO DI MARTEN IMMOBILIEN".)
          if (words.some((w) => isGivenName(w.toLowerCase())) && plausibleName(owner)) return owner;
          continue;
        }
        // A Polish firm's name in quotes before its owner's ('© 2019 "WENDELL" Lena Marten'): the owner.
        const written = withoutTradeBefore((of ? of[1]! : part.replace(MARK_AND_YEARS, '').replace(QUOTED_FIRM, '').replace(TRADE_AFTER, '')).trim());
        // A doctor's or an engineer's title before the name ("© Dott.ssa Lena Marten – Biologa") says it is a person's.
        const name = withoutTitles(written);
        const titled = name !== written;
        const words = name.split(/\s+/);
        if (!nameWords(words)) continue;
        // The lists hold many given names without their accents ("Lucia" for "Lúcia").
        const known = opensWithGivenName(name) || opensWithGivenName(name.normalize('NFD').replace(/\p{M}/gu, ''));
        if (!known || !plausibleName(name)) continue;
        // The business "of" a known given name and a family name names its owner as one.
        if (of || titled || isFamilyName(words[words.length - 1]!) || locals.some((l) => personalMailbox(l, name)) || vouched.includes(name) || firmOfFamily(parts, part, words[words.length - 1]!)) return name;
      }
    }
  }
  return undefined;
}

/**
 * Whether another part of a copyright line is a firm named after `family`, a trade's word and the
 * family name ("© 2026 Malerbetrieb Marten, Lena Marten"): the person is the firm's owner.
 */
function firmOfFamily(parts: readonly string[], part: string, family: string): boolean {
  return parts.some((p) => {
    if (p === part) return false;
    const words = p.replace(MARK_AND_YEARS, '').trim().split(/\s+/);
    return words.length <= 4 && words.includes(family) && words.some((w) => w !== family && businessWord(w));
  });
}

/**
 * The people a page's meta tags name as its author, publisher or rights' holder (`<meta
 * name="author" content="Lena Marten">`, "DC.Publisher", "DC.rights.rightsHolder", "rights":
 * "Copyright © by Wendell Consulting - Lena Marten"): each part of the content, between its
 * separators, that is two or three name words opening with a known given name, with the mailbox
 * the same content gives beside it ("Lena Marten info@…"), if any. `metas` are the page's meta
 * tags' names and contents.
 */
export function metaPeople(metas: readonly { readonly name: string; readonly content: string }[]): { name: string; mailbox?: string }[] {
  const out: { name: string; mailbox?: string }[] = [];
  for (const { name: key, content } of metas) {
    if (!META_PERSON.test(key) || content.length > 300) continue;
    const mailboxes: string[] = [];
    mailboxesIn(content, mailboxes);
    const mailbox = mailboxes[0];
    const rest = mailbox ? content.replace(mailbox, ' ') : content;
    for (const part of rest.replace(/[<>()]/g, ' ').split(SEPARATOR)) {
      const name = part.replace(MARK_AND_YEARS, '').replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim();
      if (!nameWords(name.split(' ')) || !opensWithGivenName(name) || !plausibleName(name)) continue;
      out.push(mailbox ? { name, mailbox } : { name });
    }
  }
  return out;
}
/** The mailboxes a page's "reply-to" meta tags give ("<meta name='reply-to' content='info@…'>"). */
export function metaReplyTo(metas: readonly { readonly name: string; readonly content: string }[]): string[] {
  const out: string[] = [];
  for (const { name, content } of metas) if (META_REPLY_TO.test(name) && content.length <= 300) mailboxesIn(content, out);
  return out;
}
const META_REPLY_TO = /^reply[- _]?to$/i;
/** The meta tags that name a page's author, publisher or rights' holder. */
const META_PERSON = /^(?:author|publisher|rights|copyright|dc\.(?:creator|publisher|rights\.rightsholder|rightsholder)(?:\.name)?)$/i;


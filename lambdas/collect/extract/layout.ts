/**
 * Main content versus site chrome. The page header, footer, navigation, cookie banners, side
 * bars and "similar ads" / recommendation blocks carry the platform's own contacts, menu labels
 * and other sellers' ads: they are cut out of the tree before the text detectors run, so
 * nothing in them is read as the seller's. Embedded data and JSON-LD are read separately, so
 * the ad's structured data is kept wherever it sits.
 *
 * The same walk finds the seller box (an element whose class, id or test id says seller,
 * advertiser, dealer, contact person... in several languages) and the name shown in it, the
 * canonical URL, and JSON held in data-* attributes.
 *
 * Chrome is judged the way HTML defines it: a <header>/<footer> is the page's only when no
 * <article>, <main> or <section> encloses it; an <aside> (or a "sidebar") is chrome unless it
 * holds the seller box (many sites put the seller's contact card in the side column).
 */
import {
  addProp, attributeList, attributeValue, BLOCK, CALL_LINK, finishText, HEAD, hiddenByAttribute, microdataValue, newItem, pushBreak, pushText, readPage, scanAttribute, scriptText, SKIPPED, styleHides, tagFlags, textBefore, textLines,
  type AttributeValue, type DomNode, type MicrodataItem, type PageContent,
} from './dom.js';
import type { EmbeddedBlob } from './embedded.js';
import { opensWithGivenName } from './given-names.js';
import { CREDIT, ROLE_LABELS, SELLER_LABELS_STRONG } from './labels.js';
import { MAX_TABLES } from './table-columns.js';
import { FAMILY_PARTICLES, NAME_INITIAL, nameSpellings, NOT_NAME, plainLetters, plausibleName, withoutHonorific, withoutPostNominals, withoutRoleAfter, withoutRoleBefore, withoutTitles } from './names.js';

export interface Layout {
  /** Subtrees cut out of the document as chrome. */
  readonly chrome: DomNode[];
  /** Elements that hold the seller's card. */
  readonly sellerBoxes: DomNode[];
  /** Names shown in a seller box's name element. */
  readonly sellerNames: string[];
  /**
   * Names the content's links give: the text of links to a user's profile page ("/list/user/1njB9/",
   * "/profil/...") when it is a name, an avatar's, a mail link's. `titled`: the link's text gives the
   * person a title and its address spells the name (see titledAndSpelled). `addressed`: the mail
   * link's text names a given name only, after a verb ("Email Lena"): whose mailbox it is, for a
   * fuller name the page gives (index.ts), not a name by itself. `team`: a link to a person's own
   * page at a people's path ("/our-team/lena-marten/"), as a firm lists its people (menuPersonName).
   */
  readonly profileNames: { name: string; href: string; private?: boolean; icon?: boolean; mailto?: boolean; titled?: boolean; addressed?: boolean; team?: boolean }[];
  /** Team cards' names beside their posts (postedName), in the page's order. */
  readonly postedNames: string[];
  /**
   * Names in the alt text of photos marked as an agent's, a realtor's or a broker's
   * ("<img class='card-realtor-img' alt='LENA MARTEN photo'>"), as a result page's cards show them.
   */
  readonly agentPhotoNames: string[];
  /**
   * The seller box's names (of sellerNames) beside a private seller's badge ("Osoba prywatna",
   * "Privatperson"): the page says the name is a person's, as beside a profile link.
   */
  readonly badgedNames: string[];
  /** The canonical link and og:url of the page. */
  readonly canonical: string[];
  /** JSON objects and arrays in data-* attributes outside the chrome. */
  readonly dataJson: EmbeddedBlob[];
}

const MAX_DEPTH = 1000;
/**
 * A link to a member's or an agent's public profile ("/makler/detail/jana-horakova/",
 * "/profil-realitniho-maklere/..."): its text is the member's shown name.
 */
const PROFILE_HREF = new RegExp(
  '/(?:user|users|profile|profil|profiel|member|members|seller|sellers|verkaeufer|verkäufer|anbieter|vendeur|uzytkownik|sprzedawca|sprzedajacy|bruker|brukerprofil|anvandare|användare|kayttaja|list/user|agent|agents|broker|brokers|realtor|realtors|makler|makleri|makelaar|makelaars|maklare|mäklare|megler|meglere|agente|agentes|corretor|corretores|profil-[a-z-]+|' +
    // professionals' profiles on services directories (lawyers, notaries, doctors, tutors, advisers)
    'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|anwalt|anwaelte|rechtsanwalt|avocat|avocats|abogado|abogados|advogado|advogados|avvocato|avvocati|advocaat|advocaten|advokat|advokater|' +
    'notary|notaries|notar|notaire|doctor|doctors|physician|physicians|surgeon|surgeons|arzt|aerzte|dentist|dentists|therapist|therapists|' +
    'psychologist|psychologists|psychiatrist|psychiatrists|veterinarian|veterinarians|tutor|tutors|consultant|consultants|adviser|advisers|advisor|advisors)/[^/?#\\s]+',
  'i',
);
/** A link that opens a mail to its address. */
const MAILTO = /^\s*mailto:/i;
/** A link to a member's ads or page by a query parameter ("/s-bestandsliste.html?userId=3771", "?seller_id=9"). */
const PROFILE_QUERY = /[?&](?:user|seller|member|owner|advertiser|vendor|dealer)[-_]?id=[\w-]+/i;
/**
 * The visitor's own account pages ("/account/profile/edit/", "/user/settings"): a link there is an
 * action button ("Change Payment Method") or the visitor's own name, never the seller's.
 */
const ACCOUNT_HREF = /\/(?:account|accounts|my-?account|dashboard|settings|preferences|edit|billing|payments?|password|notifications)(?:[/?#]|$)/i;
const MAX_DATA_JSON = 500_000;

/**
 * Class/id tokens that mark chrome wherever they are. "Similar ads" also in the languages sites
 * name their classes in (cs/sk/pl "podobne", de "aehnliche", nb/da "lignende", sv "liknande",
 * nl "vergelijkbare", fr/it/es/pt "similaire/simili/similares"), at a token's start only.
 */
const CHROME_ANYWHERE = new RegExp(
  String.raw`cookie|consent|gdpr|(?:^|[-_\s])cmp(?:$|[-_\s])|onetrust|didomi|usercentrics|cookiebot|similar|(?:^|[-_\s])(?:podobn|aehnlich|ahnlich|lignende|liknande|vergelijkbar|soortgelijk|simil)|(?:^|[-_\s])related|recommend|suggest(?:ed|ion)|also-?viewed|more-?ads|other-?ads|more-?from|recently-?viewed|newsletter|app-?banner|smart-?banner|` +
    // A banner of paid or promoted places ("vip-banner" of a portal's featured brokers on a result
    // page, "promo-banner", "sponsored_banner", "ad-banner"): advertisers of their own.
    String.raw`(?:^|[-_\s])(?:vip|promo(?:ted|tion)?|sponsor(?:ed)?|ads?|advert(?:ising)?)(?:[-_][a-z]+)?[-_]?banner|` +
    // The site's own legal texts in a layer or a tab ("layer-cmm-terms-info", "personalTerms",
    // "privacy-policy"): their contacts are the company's privacy officer and desk, not a seller's.
    // (Not "impressum" or "legal": a dealer's own legal notice names the dealer. Nor a modifier that
    // says the block has none: "ui-search-results--without-disclaimer" is a result list.)
    String.raw`(?<!(?:without|no)[-_])terms(?:$|[-_\s])|(?:^|[-_\s])(?<!(?:without|no)[-_])(?:privacy|privacy-?policy|tos|policy|policies|disclaimer)(?:$|[-_\s])`,
);
/**
 * Places near a property, with their own lines and addresses: schools and their catchments,
 * amenities. Chrome as CHROME_ANYWHERE's blocks are, unless the block holds the page's heading
 * (`<h1>`): a site theme's section marked so around a firm's welcome text and its lawyers' names
 * is the page itself.
 */
const NEARBY_PLACES =
  /school-?catchment|(?:^|[-_\s])(?:nearby|local)-?(?:schools|places|amenities|transport)|(?:^|[-_\s])(?:schools|amenities)(?:$|[-_\s])|points?-?of-?interest/;
/**
 * The site's own help desk, wherever it sits: a support or help-centre layer
 * ("support-ticket-layer", "helpdesk", "help-center"), a customer-care box ("customer-service",
 * "customer-care"). A marketplace's or a job board's lines for its own users, never an
 * advertiser's. Chrome, as a footer is: on a business's own site (own-site.ts) its lines are the
 * seller's again. Not in a value that marks a seller box ("seller-support-line"): that box is the
 * seller's.
 */
const HELP_DESK =
  /help-?desk|help-?cent(?:er|re)|(?:^|[-_\s])support-?(?:ticket|modal|center|centre|team|line|phone|contact|box|block|section|popup)|customer-?(?:service|care|support)/;
/**
 * A block marked as hotlines ("hotline-list", "hotlines"): a platform's lines by region
 * or department when it lists several (HOTLINE_LIST_CALLS call links or more); a dealer's or an
 * agent's own line as often, one or two numbers in a block marked so (a Vietnamese seller's
 * "Hotline: 09…"), which stays read.
 */
const HOTLINES = /hotline/;
/**
 * The site's own account layers: a sign-up, registration or log-in dialog ("register_modal",
 * "signup-popup", "login-dialog"), where a marketplace offers its business customers its sales
 * line ("Für Firmenkunden: Rufen Sie uns an …"). Chrome, as a help desk is (on a business's own
 * site its lines are the seller's again). A layer's word must follow: a form alone
 * ("register-interest" on a developer's page, beside its agent's line) is the page's.
 */
const ACCOUNT_DIALOG = /(?:^|[-_\s])(?:register|registration|sign[-_]?up|log[-_]?in|sign[-_]?in)[-_]?(?:modal|popup|pop-up|dialog|layer|overlay)/;
const HOTLINE_LIST_CALLS = 3;
/** The page's own prefixes of a chrome part's class token ("site-", "page_", "b-", "cc-"): CHROME_OUTSIDE_CONTENT's and PAGE_FOOTER's. */
const PAGE_PREFIX = String.raw`(?:site|page|global|main|app|layout|root)[-_]?|[bclo][-_]|cc[-_]`;
/**
 * Class/id tokens that mark the page's chrome when not inside the content (article/main/section),
 * also behind a BEM namespace prefix ("b-footer", "l-header", "c-nav", "o-menu"), and a footer's
 * parts named as its own ("footer-strip", "footer_bottom", BEM's "footer__wrap" and "footer__footerwrap");
 * "rootFooter" is the page's footer too
 * (a consumer authority's mailbox in its legal notice is no seller's); and the page builder
 * Elementor's header and footer templates ("elementor-location-footer").
 */
const CHROME_OUTSIDE_CONTENT = new RegExp(
  String.raw`^(?:${PAGE_PREFIX}|top[-_]?|elementor-location-)?(?:header|footer(?:(?:[-_]|__(?:footer)?)(?:strip|bottom|top|wrap|wrapper|container|inner|main|area|bar|section|block|links|info|content|row|outer|holder))?|nav|navbar|navigation|gnb|lnb|menu|megamenu|masthead|topbar|breadcrumbs?|sitemap|credits|copyright|language-?switch(?:er)?|lang-?switch(?:er)?)$`,
  'i',
);
/** A page footer's class token ("footer", "site-footer", "page_footer", "cc-footer", "o-footer"), not a card's footer part ("card-footer"). */
const PAGE_FOOTER = new RegExp(String.raw`^(?:${PAGE_PREFIX})?footer$`, 'i');
/**
 * A site's header or menu behind its own short namespace ("zq-header", "xy_nav"): a header
 * mega-menu that lists the platform's own hotlines. Not "ad-header" (the ad's own title block),
 * not footers ("ab-footer" may be a card's); and soft chrome: kept when it holds a seller box.
 */
const NAMESPACED_HEADER = /^(?!ad[-_])[a-z]{2,3}[-_](?:header|nav|navbar|navigation|gnb|lnb|menu|megamenu|masthead|topbar)$/i;
/**
 * CSS Modules class names ("PcFooterMain-module_pc_footer__x8bdp", "Footer_footer__3xYz1",
 * "Header-module__nav___a1B2"): the component's name and the local class, the build's hash dropped.
 * Either is chrome when it is one of the words above, possibly behind a device or layout prefix
 * ("Pc", "Mo", "Mobile", "Global") and before a part name ("Main", "Wrap", "Inner", "Util").
 */
// The hash has a digit, a capital or a dash (a BEM element such as "ad__header__title" has none).
const CSS_MODULE = /^([A-Za-z][A-Za-z0-9]*?)(?:-module)?_{1,2}([A-Za-z][\w-]*?)_{2,3}(?=[\w-]*[0-9A-Z-])[\w-]{4,}$/;
const CHROME_PART =
  /^(?:pc|mo|m|mobile|desktop|web|global|common|site|page|layout|app|main|top)?[-_]?(header|footer|nav|navbar|navigation|gnb|lnb|menu|megamenu|breadcrumbs?)(?:[-_]?(?:main|wrap|wrapper|container|inner|area|util|utils|bar|section|layout))?$/i;
function cssModuleChrome(token: string): boolean {
  const m = CSS_MODULE.exec(token);
  if (!m) return false;
  const component = m[1]!.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  return CHROME_PART.test(component) || CHROME_PART.test(m[2]!);
}
const SIDEBAR = /^(?:(?:right|left|page|site)[-_]?)?(?:sidebar|side-?bar|aside|rail)$/i;
/**
 * A right-hand column ("rightcolumn", "right-col"): a side bar beside the page's content as often
 * as the content itself, beside a left-hand menu (a club's site of two columns). Soft chrome only
 * when it holds less text than the elements beside it (see sideColumnHoldsPage).
 */
const SIDE_COLUMN = /^right[-_]?col(?:umn)?$/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menubar', 'menu']);

/**
 * Marks of a seller box in class, id, data-testid/data-qa/data-test, itemprop (lower-cased,
 * anywhere in the mark, so "seller-card", "sellerInfo", "c-advertiser__box" all count).
 */
const SELLER_BOX =
  /seller|vendor|advertiser|dealer|(?:^|[-_\s])(?:owner|poster|lister)|landlord|realtor|(?:^|[-_\s])agent(?:$|[-_\s]|-?(?:info|card|box|contact|details|name))|estate-?agent|makler|contact-?(?:box|info|card|person|details|block|data|section|panel|name)|(?:^|[-_\s])(?:card|ad|advert|listing|offer)[-_]?author|contactperson|agency-?publisher|userinfo|user-?info|user-?card|user-?box|user_{0,2}-?details|user-?profile|verk(?:ae|ä)ufer|anbieter|h(?:ae|ä)ndler|ansprechpartner|annonceur|vendeur|sprzedawca|sprzedajacy|ogloszeniodawca|s(?:ae|ä)ljare|selger|saelger|myyja|ilmoittaja|verkoper|adverteerder|aanbieder|vendedor|anunciante|venditore|inserzionista|kontaktperson|negotiator|n(?:e|é)gociat(?:eur|rice)|notary|notaris|notaire|notario|notaio/;
/** Within a seller box, the element that holds the name. */
const NAME_MARK = /(?:^|[-_ ]|(?<=[a-z])(?=[A-Z]))(?:name|nom|navn|namn|nimi|naam|nombre|nome)(?:$|[-_ ]|(?=[A-Z]))/i;
/**
 * Not the person's name: a user name, a nickname, a label, a trade name's element
 * ("dealershipName", "company-name", "shop_name", "storeName", "agency-name", "branchName"), or a
 * contact form's message about its name field ("spanNameMissing": "Name is needed", "name-error").
 */
const NOT_NAME_MARK =
  /user-?name|nick|label|dealership|(?:company|shop|store|business|agency|firm|branch|office|brand)[-_]?name|missing|required|invalid|validation|validator|error|warning|hint/i;

const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul', 'button', 'form',
]);
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'textarea', 'iframe', 'title']);
const NON_SPACE = /\S/;
/** The seller card's name and status lines are at its top: no more is read. */
const CARD_LINES = 12;

/**
 * The first lines of an element's text, as the page shows them (block elements end a line),
 * bounded: a seller card can hold a whole side column, and only its top is wanted here.
 */
export function leadingLines(node: DomNode, max = CARD_LINES): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    // Most block boundaries close nothing but white space: no line, and no string to build.
    if (!NON_SPACE.test(current)) {
      current = '';
      return;
    }
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (n: DomNode, depth: number): void => {
    if (lines.length >= max || depth > 60) return;
    if (n.type === 'text') {
      current += n.data ?? '';
      return;
    }
    if (!n.children || (n.name && NOT_TEXT.has(n.name))) return;
    const block = n.name !== undefined && LINE_BREAKING.has(n.name);
    if (block) flush();
    for (const c of n.children) walk(c, depth + 1);
    if (block) flush();
  };
  walk(node, 0);
  flush();
  return lines.slice(0, max);
}

/** A member's presence shown under their name: "Online", "Онлайн", "zuletzt online vor 2 Std.". */
const STATUS_LINE = /^(?:online|offline|онлайн|оффлайн|офлайн|в сети|w sieci|en ligne|aktiv|active|(?:zuletzt|last|was|был[аи]?|була?) (?:online|seen|в сети|онлайн)\b.*)$/i;
/**
 * "Member since 2015", "на OLX с июня 2015", "Mitglied seit 03/2019", "Medlem siden 2012", "Na
 * OLX od 2015": membership (or being on the site) since a year.
 */
const SINCE_LINE = new RegExp(
  '(?:^|\\s)(?:member|mitglied|medlem|membre|lid|jäsen|aktiv|active|dabei|registered|registriert|inscrit|inscrite|zarejestrowany|zarejestrowana|' +
    'зарегистрирован|зареєстрован|(?:на|na|on|auf|sur|på|op|en|em|su|w|в)\\s+\\S+)\\s+' +
    '(?:since|seit|depuis|siden|sedan|sidan|sinds|desde|dal|od|с|з|від|от|alkaen|óta)\\s.{0,30}(?:19|20)\\d{2}(?!\\d)',
  'iu',
);

/**
 * The name on a seller card without a name mark: the line right above the member's presence or
 * "member since" line ("Павло" / "Онлайн" / "на OLX с июня 2015").
 */
export function nameAboveStatus(lines: readonly string[]): string | undefined {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length > 80 || !(STATUS_LINE.test(line) || SINCE_LINE.test(line))) continue;
    let j = i - 1;
    // "Павло" / "Онлайн" / "на OLX с июня 2015": the presence line may stand between.
    if (STATUS_LINE.test(lines[j]!.trim()) && j > 0) j--;
    const candidate = lines[j]!.replace(/\s+/g, ' ').trim();
    const parts = candidate.split(' ');
    // A heading ("Om selgeren", "Kontakt:") is not a name: every word capitalised, no colon.
    if (parts.length > 3 || !parts.every((w) => NAME_INITIAL.test(w)) || candidate.endsWith(':')) return undefined;
    return plausibleName(candidate, true) ? candidate : undefined;
  }
  return undefined;
}

/**
 * The mark attributes' values in MARK_ATTRIBUTES order, joined by spaces. Found in one pass over
 * the element's own attributes (usually a few): eight look-ups of mostly absent names cost more,
 * on pages with many element shapes, than the rest of the walk (measured).
 */
function marks(at: readonly string[]): string {
  let first = '';
  let firstAt = -1;
  let count = 0;
  for (let j = 0; j < at.length; j += 2) {
    const i = MARK_INDEX.get(at[j]!);
    if (i === undefined) continue;
    const v = at[j + 1];
    if (!v) continue;
    if (count++ === 0) {
      first = v;
      firstAt = i;
    }
    markSlots[i] = v;
  }
  if (count < 2) {
    if (count === 1) markSlots[firstAt] = undefined;
    return first;
  }
  let m = '';
  for (let i = 0; i < markSlots.length; i++) {
    const v = markSlots[i];
    if (v === undefined) continue;
    m = m ? `${m} ${v}` : v;
    markSlots[i] = undefined;
  }
  return m;
}
const MARK_ATTRIBUTES = ['class', 'id', 'data-testid', 'data-test', 'data-qa', 'data-cy', 'data-test-id', 'itemprop'] as const;
const MARK_INDEX: ReadonlyMap<string, number> = new Map(MARK_ATTRIBUTES.map((k, i) => [k, i]));
/** Scratch for `marks`, one slot per mark attribute; empty between calls. */
const markSlots: (string | undefined)[] = MARK_ATTRIBUTES.map(() => undefined);

const enum Mark {
  SellerBox = 1,
  ChromeAnywhere = 2,
  ChromeOutsideContent = 4,
  Sidebar = 8,
  NamespacedHeader = 16,
  ContactDialog = 32,
  Reviews = 64,
  PhoneReveal = 128,
  Hotlines = 256,
  SideColumn = 512,
  NearbyPlaces = 1024,
  /** A page footer's own mark ("footer", "site-footer", "cc-footer"): see chromeKind. */
  PageFooter = 2048,
}

/**
 * A block of reviews, comments or testimonials ("reviews", "review-list", "user-comments", the
 * hReview microformat's "hreview"): the members linked there are their authors, customers of the
 * business the page is about, not the advertiser (a business's page on a reviews directory links
 * dozens of reviewers so). Its text is still read; its profile links and avatars give no name,
 * and a user box in it ("user-info") is its author's, not a seller box.
 */
const REVIEWS = /(?:^|[-_\s])(?:reviews?|reviewers?|comments?|testimonials?|hreview)(?:$|[-_\s])/;
/**
 * Testimonials and reviews as the capitalised part of a camel-case mark ("scTestimonials",
 * "productReviews"). Not "Comment": a camel-case comment is as often the seller's own
 * ("textFeatureComment", "staffComment": an agent's notes on the property).
 */
const CAMEL_REVIEWS = /(?<=[a-z])(?:Reviews|Reviewers?|Testimonials?)(?=$|[A-Z\s_-])/;

/**
 * Testimonials, reviews and references in the languages of the markets, as a mark's word of its
 * own ("kundenstimmen", "temoignages-clients") or as the small-letter start of a camel-case mark
 * ("referencjePodpis3", "opinieTresc"): a site's own page of what its clients wrote, each signed
 * by a client. Not "erfahrung(en)" nor "ervaringen": as often the owner's own experience (a CV).
 */
const REVIEWS_WORDS =
  'kundenstimmen|kundenmeinungen|bewertungen|t[eé]moignages?|testimonios|testimonianze|depoimentos|getuigenissen|' +
  'opinie|opiniones|opinioni|rese[nñ]as|valoraciones|avalia[cç][oõ]es|beoordelingen|avis|recensioni|recensies|recenzje|recenze|recensioner|omd[oö]men|anmeldelser|arvostelut|' +
  'referenzen|referencje|referencias|refer[eê]ncias|referenties|referenser|referencer|referanser|r[eé]f[eé]rences';
const REVIEWS_WORD = new RegExp(`(?:^|[-_\\s])(?:${REVIEWS_WORDS})(?:$|[-_\\s\\d])`);
const REVIEWS_CAMEL_START = new RegExp(`(?:^|[-_\\s])(?:${REVIEWS_WORDS})(?=[A-Z])`);

/**
 * A testimonials section's heading, the whole of it ("Testimonials", "What our clients say",
 * "Kundenstimmen", "Відгуки", "Co mówią klienci"): the quotes under it are signed by customers,
 * officials and partners, not by the advertiser's staff (a small firm's own page, whose sections
 * carry a theme's classes, no word of theirs).
 */
const REVIEWS_HEADING = new RegExp(
  `^(?:(?:our|unsere|nos|nuestr[ao]s|i nostri|le nostre|onze|nasze|наші|наши) )?(?:customer |client |guest )?(?:${REVIEWS_WORDS}|reviews?|testimonials?|` +
    'erfahrungsberichte|avis clients?|avis de nos clients|dicono di noi|opinie (?:klientów|naszych klientów)|hodnotenia|vélemények|відгуки|відгуки клієнтів|отзывы|отзывы клиентов|' +
    'what (?:our )?(?:clients|customers|guests|people) say|was (?:unsere )?(?:kunden|gäste) sagen|co mówią (?:o nas )?(?:nasi )?klienci|ce que disent nos clients|' +
    'lo que dicen (?:nuestros )?clientes|cosa dicono (?:di noi )?i nostri clienti|wat (?:onze )?klanten zeggen|o que dizem (?:os )?nossos clientes)[ .:!]*$',
  'iu',
);
/** The elements a testimonials section is (headedAsReviews). */
const SECTIONS: ReadonlySet<string> = new Set(['section', 'div', 'article', 'aside']);

/**
 * Whether an element opens a block of reviews: marked as one (Mark.Reviews), but never the page
 * itself, or a section headed as the site's testimonials (headedAsReviews).
 */
function opensReviews(node: DomNode, name: string, flags: number): boolean {
  return ((flags & Mark.Reviews) !== 0 && !PAGE_ITSELF.has(name)) || (SECTIONS.has(name) && headedAsReviews(node));
}

/** Whether the element's first child element is a heading (h1-h4) that names testimonials (REVIEWS_HEADING). */
function headedAsReviews(node: DomNode): boolean {
  const children = node.children;
  if (!children) return false;
  for (const c of children) {
    if (c.type !== 'tag') continue;
    if (c.name !== 'h1' && c.name !== 'h2' && c.name !== 'h3' && c.name !== 'h4') return false;
    const heading = textOf(c).replace(/\s+/g, ' ').trim();
    return heading.length <= 50 && REVIEWS_HEADING.test(heading);
  }
  return false;
}

/** Whether a mark (`lower`: it lower-cased, when the caller has it) marks a block of reviews or testimonials. */
function reviewsMark(value: string, lower = value.toLowerCase()): boolean {
  return REVIEWS.test(lower) || CAMEL_REVIEWS.test(value) || REVIEWS_WORD.test(lower) || REVIEWS_CAMEL_START.test(value);
}

/**
 * The dialog a "Call" or "Show contacts" button opens ("js-contacts-dialog", "phone-modal",
 * "popup-contact"): hidden until the click, and the seller's contacts when it opens. Its being
 * hidden does not keep it from being read (a hidden element otherwise is, see readPage: a
 * hidden trap address is no one's).
 */
const CONTACT_DIALOG =
  /(?:^|[-_\s])(?:contacts?|phones?|tel|call|seller-?contacts?)[-_]?(?:dialog|modal|popup|pop-up|popover|layer|overlay|sheet)(?:$|[-_\s])|(?:^|[-_\s])(?:dialog|modal|popup|pop-up|popover|layer|overlay)[-_]?(?:contacts?|phones?|call)(?:$|[-_\s])/;

/**
 * The element a "Phone number" / "Show number" button reveals: marked as the phone itself
 * ("ctc_phone", "broker-phone", "seller-telephone", "phone") or as a party's number
 * ("agent-number", "seller_number"), hidden until the click. Read as a contacts dialog is (the
 * number in it is the advertiser's; chrome is still dropped).
 */
const PHONE_REVEAL = /(?:^|[-_\s])(?:phone|phones|telephone|tel|(?:agent|seller|owner|dealer|broker|advertiser|contact)[-_]?number)(?:$|\s)/;

/** The marks of what a click reveals: read though hidden, also inside a seller box. */
const REVEALED = Mark.ContactDialog | Mark.PhoneReveal;

/** Class strings repeat on every card of a page: each distinct mark value is classified once. */
const markCache = new Map<string, number>();

/**
 * The marks of one mark attribute's value. An element's flags are those of its values together
 * (`flagsOf`), the same as those of its values joined by spaces (`marks`): no pattern here
 * matches across a space (where they look past a word, a space and the string's start or end
 * both count), and none of them spans a token. Classified one by one, the values are not
 * joined (a new string for each element with a class and an id, hashed once for the cache
 * look-up) and the cache holds each class string once rather than once per id next to it.
 */
function classify(value: string): number {
  let flags = markCache.get(value);
  if (flags !== undefined) return flags;
  flags = 0;
  const lower = value.toLowerCase();
  if (CHROME_ANYWHERE.test(lower)) flags |= Mark.ChromeAnywhere;
  else if (NEARBY_PLACES.test(lower)) flags |= Mark.NearbyPlaces;
  else if (SELLER_BOX.test(lower)) flags |= Mark.SellerBox;
  else if (HELP_DESK.test(lower) || ACCOUNT_DIALOG.test(lower)) flags |= Mark.ChromeAnywhere;
  else if (HOTLINES.test(lower)) flags |= Mark.Hotlines;
  if (CONTACT_DIALOG.test(lower)) flags |= Mark.ContactDialog;
  if (PHONE_REVEAL.test(lower)) flags |= Mark.PhoneReveal;
  if (reviewsMark(value, lower)) flags |= Mark.Reviews;
  for (const t of value.split(/\s+/)) {
    if (CHROME_OUTSIDE_CONTENT.test(t) || cssModuleChrome(t)) flags |= Mark.ChromeOutsideContent;
    if (PAGE_FOOTER.test(t)) flags |= Mark.PageFooter;
    if (SIDEBAR.test(t)) flags |= Mark.Sidebar;
    else if (SIDE_COLUMN.test(t)) flags |= Mark.SideColumn;
    if (NAMESPACED_HEADER.test(t)) flags |= Mark.NamespacedHeader;
  }
  if (markCache.size > 20_000) markCache.clear();
  markCache.set(value, flags);
  return flags;
}

/** The element's flags from its values' (`classify`): a mark of chrome anywhere in one value outweighs a seller mark in another. */
function combine(flags: number): number {
  return flags & (Mark.ChromeAnywhere | Mark.NearbyPlaces) ? flags & ~Mark.SellerBox : flags;
}

function isSellerBox(a: Record<string, string>, name?: string): boolean {
  if (name !== undefined && PAGE_ITSELF.has(name)) return false;
  return (flagsOf(a) & Mark.SellerBox) !== 0;
}

/** A seller box, or a contacts dialog (CONTACT_DIALOG): what stays read after the page's footer. */
function isSellersPart(a: Record<string, string>, name?: string): boolean {
  if (name !== undefined && PAGE_ITSELF.has(name)) return false;
  return (flagsOf(a) & (Mark.SellerBox | Mark.ContactDialog)) !== 0;
}

/** Flags of an element's marks (0 without any). */
function flagsOf(a: Record<string, string>): number {
  let flags = 0;
  for (const k in a) {
    if (!MARK_INDEX.has(k)) continue;
    const v = a[k];
    if (v) flags |= classify(v);
  }
  return combine(flags);
}

/** A credit that ends the text before a link (dom.ts, textBefore), its colon or dash after it ("Developed by: "). */
const CREDIT_AT_END = new RegExp(`(?:${CREDIT.source})[\\s:–—-]*$`, 'iu');

/** Text of an element (for short name elements). */
function textOf(node: DomNode, depth = 0): string {
  if (node.type === 'text') return node.data ?? '';
  if (!node.children || depth > 20) return '';
  let out = '';
  for (const c of node.children) {
    if (c.name === 'script' || c.name === 'style') continue;
    out += textOf(c, depth + 1);
    if (out.length > 200) break;
  }
  return out;
}

function contains(node: DomNode, test: (a: Record<string, string>, name?: string) => boolean, depth = 0): boolean {
  if (!node.children || depth > 60) return false;
  for (const c of node.children) {
    if (c.attribs && (test(c.attribs, c.name) || contains(c, test, depth + 1))) return true;
  }
  return false;
}

/**
 * Where an element sits: outside the page's content, in its main content (`<main>`, role=main),
 * or in a section of it (`<article>`, `<section>`).
 */
const enum Content {
  None = 0,
  Main = 1,
  Section = 2,
}

/**
 * The content an element's children sit in. A section or an article that only wraps a header or a
 * footer (a page builder's "part" around the site's footer: `<section class="part"><footer>`) is
 * no section of the page's content: the footer in it is the page's.
 */
function contentBelow(inContent: Content, name: string, role: string | undefined, node: DomNode): Content {
  if ((name === 'article' || name === 'section') && !wrapsPageChrome(node)) return Content.Section;
  if (inContent === Content.None && (name === 'main' || role === 'main')) return Content.Main;
  return inContent;
}

/** Whether the element's one child element is a header or a footer (text between them blank). */
function wrapsPageChrome(node: DomNode): boolean {
  let only: DomNode | undefined;
  for (const c of node.children ?? []) {
    if (c.type === 'text') {
      if (c.data?.trim()) return false;
    } else if (c.name !== undefined && c.type !== 'comment') {
      if (only !== undefined) return false;
      only = c;
    }
  }
  return only !== undefined && (only.name === 'footer' || only.name === 'header');
}

/**
 * The page itself, never a seller box nor a block of reviews whatever its classes say (a site
 * builder's body lists the styles it loads: "j-m-comment-styles").
 */
const PAGE_ITSELF: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/** Elements that style a run of text and hold no block: never chrome by their marks (see chromeKind). */
const TEXT_STYLE_TAGS: ReadonlySet<string> = new Set(['font', 'b', 'strong', 'i', 'em', 'small', 'big', 'u', 's', 'sup', 'sub', 'label', 'abbr', 'mark']);

function chromeKind(name: string, roleValue: string | undefined, inContent: Content, flags: number): 'hard' | 'soft' | undefined {
  // The page itself is never its own chrome, whatever its classes say ("<body class='footer-info'>",
  // "nav-open", "menu"): they style the page, and cutting it would leave nothing to read.
  if (name === 'body' || name === 'html') return undefined;
  // Nor is a run of styled text, whatever its class ("<font class=menu>Kontakt:</font>" on a site
  // whose style sheet calls its labels' style "menu"): a menu, a header or a banner is a block.
  if (TEXT_STYLE_TAGS.has(name)) return undefined;
  if (name === 'nav') return 'hard';
  if ((name === 'header' || name === 'footer') && !inContent) return 'hard';
  // A footer in <main> but in no article or section is the page's (HTML gives a footer to its
  // nearest section, and <main> is none): a site that wraps its whole page in <main> puts its
  // own lines there. Kept when it holds the seller's card.
  if (name === 'footer' && inContent === Content.Main) return 'soft';
  // So is a block marked as the page's footer there ("<main><section class='section cc-footer'>", a
  // site builder's page in one <main>): not "menu" or "header", which a restaurant's or an article's
  // content holds as often.
  if (inContent === Content.Main && flags & Mark.PageFooter && name !== 'main') return 'soft';
  if (name === 'aside') return 'soft';
  const role = roleValue?.toLowerCase();
  if (role && CHROME_ROLES.has(role) && (!inContent || role === 'navigation' || role === 'search')) return 'hard';
  if (role === 'complementary') return 'soft';
  if (flags & Mark.ChromeAnywhere) return 'hard';
  if (!inContent && flags & Mark.ChromeOutsideContent) return 'hard';
  if (flags & (Mark.Sidebar | Mark.SideColumn)) return 'soft';
  if (!inContent && flags & Mark.NamespacedHeader) return 'soft';
  return undefined;
}

/** Text a <nav> without links must hold, at least, to be read as the content's list (see isChrome). */
const NAV_LIST_TEXT = 80;
/** Text a side column must hold, at least, to be taken for the page's content (see sideColumnHoldsPage). */
const MIN_COLUMN_PAGE_TEXT = 200;
/** Text counted in a side column, at most: columns nested in columns are not each read to their end. */
const MAX_COLUMN_TEXT = 100_000;

/** The length of an element's text (scripts and styles left out), counted up to `cap`. */
function textLength(node: DomNode, cap: number, depth = 0): number {
  if (node.type === 'text') return node.data?.length ?? 0;
  if (!node.children || depth > 60) return 0;
  let n = 0;
  for (const c of node.children) {
    if (c.name === 'script' || c.name === 'style') continue;
    n += textLength(c, cap - n, depth + 1);
    if (n >= cap) break;
  }
  return n;
}

/**
 * Whether a right-hand column (Mark.SideColumn, and no side bar's mark) is the page's content: it
 * holds more text than the elements beside it together (a left-hand menu and a visitor counter
 * beside a club's whole page), and some.
 */
function sideColumnHoldsPage(column: DomNode, flags: number): boolean {
  if (!(flags & Mark.SideColumn) || flags & Mark.Sidebar) return false;
  const own = textLength(column, MAX_COLUMN_TEXT);
  if (own < MIN_COLUMN_PAGE_TEXT) return false;
  let beside = 0;
  for (const sibling of column.parent?.children ?? []) {
    if (sibling !== column) beside += textLength(sibling, own + 1 - beside);
    if (beside > own) return false;
  }
  return true;
}

/** Whether an element marked this way starts a seller box (the page's outer elements never do). */
function startsSellerBox(name: string, flags: number): boolean {
  return (flags & Mark.SellerBox) !== 0 && name !== 'body' && name !== 'html' && name !== 'main';
}

/**
 * Whether an element outside any seller box is chrome to cut: soft chrome (asides, side bars) is
 * kept when it holds the seller's card, marked as one or headed as one (`headedAsSellers`).
 */
function isChrome(child: DomNode, name: string, role: string | undefined, inContent: Content, flags: number): boolean {
  // A <nav> that holds no link and a paragraph's length of text is a list a template styled so (a
  // practice's doctor's degrees under their name), not the site's navigation.
  if (name === 'nav' && !contains(child, (_a, tag) => tag === 'a') && textLength(child, NAV_LIST_TEXT) >= NAV_LIST_TEXT) return false;
  const kind = chromeKind(name, role, inContent, flags);
  if (kind === undefined && flags & Mark.NearbyPlaces) return !contains(child, isPageHeading);
  if (kind === undefined && flags & Mark.Hotlines) return callLinks(child, HOTLINE_LIST_CALLS) >= HOTLINE_LIST_CALLS;
  if (kind === undefined && name === 'section') return headedAsOtherAds(child);
  if (kind === undefined && (name === 'ul' || name === 'ol') && optionList(child)) return true;
  return kind === 'hard' || (kind === 'soft' && !contains(child, isSellerBox) && !headedAsSellers(child) && !sideColumnHoldsPage(child, flags) && !headedAsContacts(child));
}

/** A custom picker's options at least (optionList). */
const MIN_PICKER_OPTIONS = 5;
/**
 * A list whose items carry their option's value ("<li data-value='4201'>Lena Park</li>", a custom
 * drop-down's options: the residential complexes, the districts, the makes a filter offers),
 * MIN_PICKER_OPTIONS of them at least and nearly all its items (a search box may open it): a
 * picker, as a <select> is, whose choices are no one's name (names over the next choice read as a
 * team's names over their roles).
 */
function optionList(list: DomNode): boolean {
  let items = 0;
  let options = 0;
  for (const c of list.children ?? []) {
    if (c.name === undefined) continue;
    if (c.name !== 'li') return false;
    items++;
    const at = attributeList(c);
    if (at && attributeValue(at, 'data-value') !== undefined) options++;
  }
  return options >= MIN_PICKER_OPTIONS && options >= items - 2;
}

/**
 * A section headed as other people's ads ("Das könnte dich auch interessieren", "Similar listings",
 * "Annonces similaires", "Похожие объявления") under an ad, whatever its classes: its
 * cards are other advertisers', their numbers and names not the ad's. Not the seller's other ads
 * ("Andere Anzeigen des Anbieters", "More from this seller"), which are theirs.
 */
const OTHER_ADS_HEADING = new RegExp(
  '^(?:das könnte (?:dich|sie) auch interessieren|ähnliche (?:anzeigen|angebote|inserate)|you (?:may|might) also like|similar (?:ads|listings|properties|homes|items|vehicles|cars)|' +
    'related (?:ads|listings)|vous aimerez aussi|annonces similaires|ces annonces (?:peuvent|pourraient) vous intéresser|annunci simili|anuncios (?:similares|relacionados)|' +
    'anúncios (?:semelhantes|similares|relacionados)|podobne ogłoszenia|podobné inzeráty|похожие объявления|схожі оголошення|vergelijkbare advertenties|' +
    'liknande annonser|lignende annonser|samankaltaisia ilmoituksia)[.!:…]?$',
  'i',
);
function headedAsOtherAds(node: DomNode): boolean {
  const h = firstHeading(node);
  return h !== undefined && OTHER_ADS_HEADING.test(textOf(h).replace(/\s+/g, ' ').trim());
}

/**
 * A side column's box headed as the page's contacts ("Kontakt", "Media contact", "Ansprechpartner")
 * over a person's name and a number: the people a news item, a press release or an ad gives to
 * call, set beside the text as a sidebar (a research institute's news page, a portal's "Ihr
 * Ansprechpartner" box), not the site's chrome. A site's own sidebar "Contact" box names a desk and
 * its hours, no person (the name must open with a known given name, on a text node of its own), or
 * is its contact block, with its address and mailbox, which the chrome's rules read as the site's.
 */
function headedAsContacts(node: DomNode): boolean {
  const h = firstHeading(node);
  if (!h) return false;
  const heading = textOf(h).replace(/\s+/g, ' ').trim();
  if (heading.length > 40 || !CONTACT_HEADING.test(heading)) return false;
  const texts: string[] = [];
  leafTexts(node, texts, 0);
  let person = false;
  let number = false;
  for (const t of texts) {
    // A firm's address or printed mailbox: the site's own contact block, which the chrome's rules read.
    if (t.includes('@') || POSTCODE_TOWN.test(t)) return false;
    if (!person && t.length <= 60 && CAPITALISED_WORDS.test(t) && opensWithGivenName(t) && plausibleName(t)) person = true;
    if (!number && BOX_NUMBER.test(t)) number = true;
    if (person && number) return true;
  }
  return false;
}

/** A contacts box's heading, the whole of it (headedAsContacts). */
const CONTACT_HEADING =
  /^(?:contacts?|kontakt(?:e|er|y|ai|it)?|contatt[oi]|contactos?|yhteystiedot|(?:media|press|news) contacts?|presse(?:kontakte?)?|medienkontakte?|pressekontakte?|ansprechpartner(?:in|innen)?|(?:ihr|ihre|unser|unsere) ansprechpartner(?:in|innen)?|kontaktperson(?:en|er)?|contact persons?|persona di contatto|personne de contact|contactpersonen?|for (?:more|further) information)[ :：]*$/i;
/** Two to four capitalised words, the whole text node: a name as a card prints it. */
const CAPITALISED_WORDS = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*$/u;
/** A postcode and a town opening a line ("8000 Zürich", "D-53111 Bonn"): an address block's. */
const POSTCODE_TOWN = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}/u;
/** A number as people write one, seven digits at least. */
const BOX_NUMBER = /\+?\(?\d[\d ()./-]{5,}\d/;
/** Texts under a box read for headedAsContacts, at most. */
const MAX_BOX_TEXTS = 80;

/** The text nodes under `node` that hold more than white space, in order (scripts and styles left out), up to MAX_BOX_TEXTS. */
function leafTexts(node: DomNode, out: string[], depth: number): void {
  if (!node.children || depth > 20) return;
  for (const c of node.children) {
    if (out.length >= MAX_BOX_TEXTS) return;
    if (c.type === 'text') {
      const t = c.data?.trim();
      if (t) out.push(t);
    } else if (c.name !== 'script' && c.name !== 'style') leafTexts(c, out, depth + 1);
  }
}

/** Whether an element is a page's heading (`<h1>`), as `contains` asks it. */
function isPageHeading(_a: Record<string, string>, name?: string): boolean {
  return name === 'h1';
}

/** The call links (`tel:`, `callto:`) under `node`, counted up to `enough`. */
function callLinks(node: DomNode, enough: number, depth = 0): number {
  let n = 0;
  if (!node.children || depth > 60) return n;
  for (const c of node.children) {
    const at = c.name === 'a' ? attributeList(c) : undefined;
    if (at && CALL_LINK.test(attributeValue(at, 'href') ?? '')) n++;
    else n += callLinks(c, enough - n, depth + 1);
    if (n >= enough) break;
  }
  return n;
}

/**
 * A heading that says whose card follows: the seller's, the agent's, the advertiser's ("Marketed
 * by", "Listed by", "Contact agent", "Verkäufer", "Ihr Ansprechpartner"), the whole heading.
 */
const SELLER_HEADING = new RegExp(
  `^(?:${SELLER_LABELS_STRONG}|${ROLE_LABELS}|marketed by|offered by|presented by|advertised by|` +
    'contact (?:the )?(?:agent|seller|owner|advertiser|dealer|landlord|agency|broker)|about the (?:seller|agent|advertiser|dealer|owner|landlord))[ :：]*$',
  'i',
);

/**
 * Whether a side column holds a panel headed as the seller's card (SELLER_HEADING) that no class
 * marks: "<div class='sidebar'><div class='panel'><h2>Marketed by</h2>…" beside the ad.
 */
function headedAsSellers(node: DomNode, depth = 0): boolean {
  if (!node.children || depth > 12) return false;
  for (const c of node.children) {
    if (c.type !== 'tag') continue;
    if (HEADINGS.has(c.name ?? '')) {
      const t = textOf(c);
      if (t.length <= 60 && SELLER_HEADING.test(t.replace(/\s+/g, ' ').trim())) return true;
    } else if (headedAsSellers(c, depth + 1)) return true;
  }
  return false;
}

/**
 * The name element of a thing the card shows, not of a person ("tile__society--name",
 * "project-name", "developer--name": a building, a project or its developer on an estate
 * agent's result card, which is itself marked as the agent's).
 */
const THING_NAME_MARK =
  /(?:society|project|building|property|complex|development|developer|builder|locality|location|city|street|product|listing|tower|apartment|country|region|state|province|town|area|district|brand|make|model|company|business|shop|store|agency|office|branch)[-_]*name|nom[-_]?(?:dep|departement|region|ville|commune|lieu)|(?:dep|departement|region|ville|commune)[-_]?nom/i;

/**
 * A link to a website's home page, with no path ("https://dealer-a.example.bg",
 * "//www.autohaus-example.de/"): a business's own site or its storefront on the platform (a
 * dealer's sub-domain). A person's profile is a page under the site, never its root.
 */
const SITE_ROOT = /^(?:https?:)?\/\/[^/?#\s]+\/?(?:[?#]\S*)?$/i;

/** The element's first link: itself, or the first <a> inside it (a few levels deep). */
function firstLink(node: DomNode, depth = 0): DomNode | undefined {
  if (node.name === 'a') return node;
  if (!node.children || depth > 4) return undefined;
  for (const c of node.children) {
    const link = firstLink(c, depth + 1);
    if (link) return link;
  }
  return undefined;
}

/** An element marked as a value ("value", "spec-value", "attrValue"). */
const VALUE_MARK = /(?:^|[-_ ]|(?<=[a-z])(?=[A-Z]))(?:value|val|wert|valeur|valor|valore|waarde|değer|deger)(?:$|[-_ ]|(?=[A-Z]))/i;

/** The element after `children[i]` among its siblings (text between them skipped). */
function nextElement(children: readonly DomNode[], i: number): DomNode | undefined {
  for (let k = i + 1; k < children.length; k++) if (attributeList(children[k]!)) return children[k];
  return undefined;
}

/** Names in a seller box's name elements (class, id... saying "name"), appended to `out`. */
function readNames(box: DomNode, out: string[], badged: string[], depth = 0, linkHref = ''): void {
  if (!box.children || depth > 30) return;
  const children = box.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    // The parse's flat list: an element's `attribs` object is built only when asked for (parse.ts),
    // and a seller box may be a page's whole column.
    const at = attributeList(c);
    if (!at) continue;
    // A picker's options (a phone field's country list, a <select>): choices, not the seller.
    if (c.name === 'select' || c.name === 'datalist') continue;
    const role = attributeValue(at, 'role');
    if (role === 'option' || role === 'listbox') continue;
    // The box's reviews or testimonials ("review-wrapper", "testimonial-author-name"): their
    // authors are customers, not the seller (an agent's profile shows its clients' words).
    const m = marks(at);
    if (m && reviewsMark(m)) continue;
    const name = nameOfElement(c, at, nextElement(children, i), linkHref, m);
    if (name !== null) {
      if (name !== undefined) {
        out.push(name);
        if (privateBadgeBeside(c, true)) badged.push(name);
      }
      continue;
    }
    readNames(c, out, badged, depth + 1, c.name === 'a' ? (attributeValue(at, 'href')?.trim() ?? '') : linkHref);
  }
}

/**
 * The name an element marked as a name's gives (see readNames): undefined when it gives none,
 * null when the element is no name's element.
 */
function nameOfElement(c: DomNode, at: readonly string[], next: DomNode | undefined, linkHref: string, m = marks(at)): string | undefined | null {
  if (!(m && NAME_MARK.test(m) && !NOT_NAME_MARK.test(m) && !THING_NAME_MARK.test(m))) return null;
  // A fact's name beside its value (<span class="name">Rooms</span><div class="value">3</div>):
  // the key of a list of the ad's facts, not a person's.
  if (VALUE_MARK.test(marks((next && attributeList(next)) ?? []))) return undefined;
  // Its first line only: a job title or a role under the name ("Lukas Brenner<br>Sales
  // Manager") is not part of it; nor is the honorific before it.
  const t = withoutHonorific(withoutPostNominals(withoutRoleAfter(leadingLines(c, 1)[0] ?? '')));
  const href = firstLink(c)?.attribs?.href?.trim() ?? linkHref;
  // A name that links to a website's home page is a business's (its site or storefront); one
  // spelt as the profile's slug it links to is the member's handle (isHandle).
  return t && plausibleName(t, true) && !SITE_ROOT.test(href) && !(href && isHandle(t, href)) ? t : undefined;
}

/**
 * A seller box with no name element inside that is itself the name's element ("<span
 * class='seller__name'>Anna Berg</span>" in a card, "<span id='…ContactNameSpan'>Warehouse
 * Coordinator Anna Berg</span>"): its name, without a job title before it.
 */
function ownName(box: DomNode, out: string[]): void {
  const at = attributeList(box);
  if (!at || box.name === 'select' || box.name === 'datalist') return;
  const role = attributeValue(at, 'role');
  if (role === 'option' || role === 'listbox') return;
  // readNames found no name element inside the box: only the box itself is looked at, not its insides again.
  const raw = nameOfElement(box, at, undefined, '');
  const name = raw && withoutRoleBefore(raw);
  if (name && plausibleName(name, true)) out.push(name);
}

/**
 * An image, or the element holding it, marked as a logo by its class or id: its alt text names a
 * business ("<div class='dlogo'><img alt='Harlow Creek RV'>"). Not by the image's address, whose
 * words may only contain the letters ("/catalogo/…").
 */
const LOGO_MARK = /logo/i;

function isLogo(img: DomNode, holder: DomNode): boolean {
  const a = img.attribs ?? {};
  const h = holder.attribs ?? {};
  return LOGO_MARK.test(`${a.class ?? ''} ${a.id ?? ''} ${h.class ?? ''} ${h.id ?? ''}`);
}

/** The alt texts of the images in a seller box that read as a person's name (two or three capitalised words), logos left out. */
function nameAlts(node: DomNode, out: string[], depth = 0): void {
  if (!node.children || depth > 30) return;
  for (const c of node.children) {
    const alt = c.name === 'img' && !isLogo(c, node) ? c.attribs?.alt?.replace(/\s+/g, ' ').trim() : undefined;
    if (alt) {
      const words = alt.split(' ');
      if (words.length >= 2 && words.length <= 3 && words.every((w) => NAME_INITIAL.test(w)) && plausibleName(alt)) out.push(alt);
    }
    nameAlts(c, out, depth + 1);
  }
}

/**
 * A seller card without a marked name element: the agent's photo whose alt text is also a whole
 * line of the card ("<img alt='Jana Horáková'>" beside "<strong>Jana Horáková</strong>") names
 * the seller. The card's own line is what makes it safe: a photo's alt alone is often a caption.
 */
function photoNames(box: DomNode, out: string[]): void {
  const alts: string[] = [];
  nameAlts(box, alts);
  if (alts.length === 0) return;
  const lines = new Set(textLines(box).map((l) => l.replace(/\s+/g, ' ').trim()));
  for (const alt of alts) if (lines.has(alt) && !out.includes(alt)) out.push(alt);
}

/**
 * A card's publisher badge whose logo's alt text is the agent's name and their network's, set apart
 * by a run of spaces ("MARTEN Lena   Wendelstadt Realty", "Wendelstadt Realty  Lena Marten"), as French
 * and German portals' result cards write an independent agent of a network: the part that reads as a
 * person's name (two or three words; one in capitals beside a capitalised one, as French cards write
 * the surname, or opening with a known given name) is the agent's; so are the two words before an
 * independent agent's role ("MARTEN Lena Agent mandataire Qorvan"). As every name read off the
 * layout, it is kept only when it holds a known given or family name (filters.ts).
 */
function agentBesideNetwork(box: DomNode, out: string[], depth = 0): void {
  if (!box.children || depth > 8) return;
  for (const c of box.children) {
    const alt = c.name === 'img' ? c.attribs?.alt?.trim() : undefined;
    const role = alt ? NETWORK_AGENT_ROLE.exec(alt) : null;
    // "WENDELSTADT CONSEIL Lena Marten Mandataire indépendante Qorvan": the two words before the agent's role.
    const parts = role ? [alt!.slice(0, role.index).trim().split(' ').slice(-2).join(' ')] : alt && SPACED_PARTS.test(alt) ? alt.split(SPACE_RUN) : [];
    for (const part of parts) {
      const words = part.split(' ');
      if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_INITIAL.test(w)) || !plausibleName(part)) continue;
      const capitals = words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
      if ((capitals || opensWithGivenName(part)) && !out.includes(part)) out.push(part);
    }
    agentBesideNetwork(c, out, depth + 1);
  }
}
const SPACE_RUN = /\s{2,}/;
/** An independent agent's role after their name and before their network's, as French cards write it. */
const NETWORK_AGENT_ROLE = /\s(?:agent mandataire|mandataire indépendante?|agent commercial indépendant|conseill(?:er|ère) indépendante?)\s/i;
const SPACED_PARTS = /^\S.*\S\s{2,}\S.*\S$/;

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The box's first heading element (depth-first, in the page's order), if any. */
function firstHeading(node: DomNode, depth = 0): DomNode | undefined {
  if (!node.children || depth > 8) return undefined;
  for (const c of node.children) {
    if (c.type !== 'tag') continue;
    if (HEADINGS.has(c.name ?? '')) return c;
    const h = firstHeading(c, depth + 1);
    if (h) return h;
  }
  return undefined;
}

/**
 * A seller card with neither a marked name element nor a named photo, headed by the seller's name
 * ("<div class='seller-info'><h3>Ben</h3><p>Owner / …</p>"): the box's first heading, when its
 * first line reads as a name. Only the first heading: a later one heads another part (the
 * seller's other ads). As every name read off the layout, it is kept only when it holds a known
 * given or family name (filters.ts), so "Contact the seller" or a brand heading is not one.
 */
function headingName(box: DomNode, out: string[]): void {
  const h = firstHeading(box);
  if (!h) return;
  const t = withoutHonorific(withoutPostNominals(withoutRoleAfter(leadingLines(h, 1)[0] ?? '')));
  // Written as a name is: each word capitalised but a family name's particles ("Dane sprzedawcy",
  // Polish "seller's details", is a heading whose first word is also a name), and not in capitals
  // throughout ("KONTAKT MIT DEM VERKÄUFER").
  const words = t.split(/\s+/);
  if (!words.every((w) => HEADING_NAME_WORD.test(w) || NAME_PARTICLES.has(w)) || !/\p{Ll}/u.test(t)) return;
  // A place's name beside a button's words ("Camden Park Anonymous Favorite", a property's
  // heading with its favourite button): a UI word among the words is no name's.
  if (words.some((w) => !NAME_PARTICLES.has(w) && NOT_NAME.has(w.toLowerCase()))) return;
  // A dealer's card whose logo's alt text is the heading ("Rialto Haven" under its logo): a trade name.
  if (hasLogoAlt(box, t)) return;
  // One word alone is a given name when it is a name at all (people show their first name): a lone
  // family name heads a card for a firm or a place as often ("Madrid", "Lincoln", "Ferreira").
  if (words.length === 1 && !opensWithGivenName(t)) return;
  if (plausibleName(t, true) && !out.includes(t)) out.push(t);
}

/** Whether a logo image under `node` (isLogo) has `alt` as its alt text. */
function hasLogoAlt(node: DomNode, alt: string, depth = 0): boolean {
  if (!node.children || depth > 30) return false;
  for (const c of node.children) {
    if (c.name === 'img' && isLogo(c, node) && c.attribs?.alt?.replace(/\s+/g, ' ').trim() === alt) return true;
    if (hasLogoAlt(c, alt, depth + 1)) return true;
  }
  return false;
}
const HEADING_NAME_WORD = /^\p{Lu}/u;
const NAME_PARTICLES: ReadonlySet<string> = new Set(FAMILY_PARTICLES);

/** The page's canonical URL when `el` (a <link> or <meta>) gives it. */
function canonicalOf(name: string, at: readonly string[]): string | undefined {
  if (name === 'link') {
    const href = attributeValue(at, 'href');
    if (href && /(?:^|\s)canonical(?:\s|$)/i.test(attributeValue(at, 'rel') ?? '')) return href;
  } else if (name === 'meta' && attributeValue(at, 'property') === 'og:url') {
    const content = attributeValue(at, 'content');
    if (content) return content;
  }
  return undefined;
}

/**
 * A profile link whose text is one word spelt as the profile's own slug ("/member/nightowl77/" shown
 * as "NightOwl77", "/member/4711-anna.berg" as "anna.berg": the member's number before or after
 * the slug aside): the member's username, a handle, not a person's name. A display name differs
 * from the slug ("/user/48213" shown as "Eva") or is written in words ("/profil/eva-lind" as "Eva Lind").
 */
function isHandle(text: string, href: string): boolean {
  if (text.includes(' ')) return false;
  const path = href.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const slug = path.slice(path.lastIndexOf('/') + 1).replace(/^\d+[-_]|[-_]\d+$/g, '');
  const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // a malformed escape: compare the slug as written
  }
  return letters(decoded) === letters(text);
}

/** The first descendant element named `tag` (a figure's caption), or undefined. */
function firstOf(node: DomNode, tag: string, depth = 0): DomNode | undefined {
  if (!node.children || depth > 8) return undefined;
  for (const c of node.children) {
    if (c.name === tag) return c;
    const inner = firstOf(c, tag, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** The alt and title texts of the images under `node`, spaces collapsed. */
function imageTexts(node: DomNode, out: string[], depth = 0): void {
  if (!node.children || depth > 8) return;
  for (const c of node.children) {
    if (c.name === 'img') {
      for (const t of [c.attribs?.alt, c.attribs?.title]) if (t) out.push(t.replace(/\s+/g, ' ').trim());
    }
    imageTexts(c, out, depth + 1);
  }
}

/**
 * An agent's portrait on a result card: a <figure> whose caption is a name and whose photo's alt
 * or title text opens with that name, then the agency ("<img alt='Jane Doe, Acme Realty - Town'>
 * <figcaption>Jane Doe</figcaption>"). A product photo's caption is not repeated that way; a
 * place's ("Palm Beach, Queensland") is, so the caption must open with a known given name.
 */
function portraitName(figure: DomNode, sellerNames: string[]): void {
  const caption = firstOf(figure, 'figcaption');
  if (!caption) return;
  const t = textOf(caption).replace(/\s+/g, ' ').trim();
  const words = t.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_INITIAL.test(w)) || !plausibleName(t) || !opensWithGivenName(t)) return;
  const texts: string[] = [];
  imageTexts(figure, texts);
  if (texts.some((x) => x === t || (x.startsWith(t) && /^ ?[,|–-]/.test(x.slice(t.length)))) && !sellerNames.includes(t)) sellerNames.push(t);
}

/**
 * The badge a site prints beside a private seller's name ("Частное лицо", "Privater Nutzer",
 * "Particulier", "Private seller", "Osoba prywatna"): the page says the name is a person's.
 */
export const PRIVATE_BADGE = new RegExp(
  '^(?:частное лицо|частна особа|приватна особа|приватное лицо|privat(?:e[rs]?)? ?(?:nutzer|anbieter|verk[äa]ufer|person|seller|individual|owner|user|party|annonsør|s[äa]ljare|s[æe]lger|myyj[äa])|' +
    'privatperson|privatanbieter|privatverk[äa]ufer|particulier|vendeur particulier|particular|vendedor particular|anunciante particular|privato|venditore privato|' +
    'osoba prywatna|soukrom[áý] (?:osoba|prodejce)|súkromná osoba|magánszemély|persoan[ăa] fizic[ăa]|fizičko lice|fizička osoba|yksityinen(?: myyj[äa])?|particuliere|' +
    'bireysel|sahibinden|פרטי|خاص|ιδιώτης)$',
  'i',
);

/**
 * True when a private seller's badge stands right after the element or one of its two nearest
 * ancestors; with `before`, also right before it ("<small>Osoba prywatna</small><h2 class=
 * 'seller-name'>…</h2>", as a seller box writes its type over the name).
 */
function privateBadgeBeside(el: DomNode, before = false): boolean {
  let node: DomNode = el;
  const isBadge = (sibling: DomNode): boolean => {
    const t = textOf(sibling);
    return t.length <= 80 && PRIVATE_BADGE.test(t.replace(/\s+/g, ' ').trim());
  };
  for (let up = 0; up < 3; up++) {
    const parent = node.parent;
    const siblings = parent?.children;
    if (!parent || !siblings) return false;
    const at = siblings.indexOf(node);
    for (const step of before ? [1, -1] : [1]) {
      let seen = 0;
      for (let k = at + step; k >= 0 && k < siblings.length && seen < 2; k += step) {
        const sibling = siblings[k]!;
        if (sibling.type === 'text' && !sibling.data?.trim()) continue;
        seen++;
        if (isBadge(sibling)) return true;
      }
    }
    node = parent;
  }
  return false;
}

/**
 * An icon font's or a sprite's person glyph ("fa fa-user", "bi-person", "glyphicon-user",
 * "mdi-account", "icon-user"): sites print the poster's name right after it ("<i class='fa
 * fa-user'></i> Anna K."), as they print a date after a clock and a town after a pin.
 */
const USER_ICON =
  /(?:^|\s)(?:fa-(?:regular-|solid-)?(?:user|user-circle|user-o|user-alt|user-large|circle-user)|(?:icon|ico|i|glyphicon|bi|ion|ion-md|ion-ios|la|ti|feather|mdi|uil|ri|bx)-(?:user|person|profile|account|avatar)(?:-circle|-fill|-line|-o|-alt|-outline)?|icon--(?:user|person|profile)|(?:user|person|profile)-icon)(?:\s|$)/i;
/** Class strings repeat on every card: each is tested once (see USER_ICON). */
const userIconCache = new Map<string, boolean>();
/** The tags an icon is drawn with. */
const ICON_TAGS = new Set(['i', 'span', 'svg', 'em', 'img']);
/** An initial as people write it after a first name ("Anna K.", "Jean-Luc D"). */
const INITIAL = /^\p{Lu}\.?$/u;

function isUserIcon(at: readonly string[]): boolean {
  const cls = attributeValue(at, 'class');
  if (!cls) return false;
  let v = userIconCache.get(cls);
  if (v === undefined) {
    v = USER_ICON.test(cls);
    if (userIconCache.size > 10_000) userIconCache.clear();
    userIconCache.set(cls, v);
  }
  return v;
}

/** The text right after `el` (its next non-blank sibling's, or its parent's when `el` stands alone in it), or undefined. */
function textAfter(el: DomNode): string | undefined {
  let node: DomNode = el;
  for (let up = 0; up < 2; up++) {
    const siblings = node.parent?.children;
    if (!siblings) return undefined;
    for (let k = siblings.indexOf(node) + 1; k < siblings.length; k++) {
      const sibling = siblings[k]!;
      const t = (sibling.type === 'text' ? (sibling.data ?? '') : textOf(sibling)).replace(/\s+/g, ' ').trim();
      if (t) return t.length <= 60 ? t : undefined;
    }
    node = node.parent!;
  }
  return undefined;
}

/** Whether `el` sits in a form field's <label> (within three levels): the field's name, not a person's. */
function inFieldLabel(el: DomNode): boolean {
  let node = el.parent;
  for (let up = 0; up < 3 && node; up++, node = node.parent) if (node.name === 'label') return true;
  return false;
}

/**
 * The name after a person glyph (USER_ICON): a first name, a full name, or a first name and an
 * initial. Not a form's label for its name field ("<label><i class='fa-user'></i> Full name</label>").
 */
function iconName(el: DomNode): string | undefined {
  if (inFieldLabel(el)) return undefined;
  const t = textAfter(el);
  if (!t) return undefined;
  const words = t.split(' ');
  if (words.length > 3 || !words.every((w, i) => NAME_INITIAL.test(w) && (i > 0 || !INITIAL.test(w)))) return undefined;
  if (NOT_NAME.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, '')) || !plausibleName(t)) return undefined;
  return t;
}

/**
 * A post's element (a profession's, a position's, a job's: "<span class='profession'>", "job-title",
 * "designation", "cargo") beside a name's: a team's card. Not "title", which any card's heading is,
 * nor "role", which a portal's agency cards mark too (contact-cards-and-team-pages.test.ts).
 */
const POST_MARK =
  /(?:^|[-_ ]|(?<=[a-z])(?=[A-Z]))(?:profes+ion|profesi[oó]n|professione|beruf|position(?![-_](?:relative|absolute|fixed|sticky|static))|posizione|job|job-?title|designation|cargo|puesto|function|funktion|fonction|funzione|función|funcion|occupation|specialty|speciality|especialidad|qualifica)(?:$|[-_ ]|(?=[A-Z]))/i;
/**
 * A customer's, an author's or a product's name element: a testimonial's or a catalogue's card, not
 * a team's. Whole words of the mark ("profile-name" and "team-item__name" are a team's).
 */
const NOT_MEMBER_MARK = new RegExp(
  // Case-sensitive, so that a camel-case word's end is a capital ("clientName", not "cargo").
  `(?:^|[-_ ]|(?<=[a-z])(?=[A-Z]))(?:${'testimonials? reviews? reviewers? authors? clients? customers? quotes? products? property listing vehicles? cars? models?'
    .split(' ')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})(?:$|[-_ ]|(?=[A-Z]))`,
);

/** A team member's name element by its mark: the team's or the staff's word, then the name's ("team_name", "teamMemberName", "staff-name"). */
const TEAM_NAME_MARK = /(?:team|staff|employee|mitarbeiter|equipe|équipe|equipo)[-_]?(?:members?[-_]?)?(?:name|nom|naam|navn|namn|nimi|nombre|nome)(?![a-z])/i;

/**
 * A team's card that marks its person's name and post in elements of their own ("<span
 * class='name'>Lena Marten</span><span class='profession'>Odontóloga</span>"): the name, two to
 * four capitalised words, when the post is a short line without a number or a mailbox, or when the
 * name's own mark says it is a team member's (TEAM_NAME_MARK).
 */
function postedName(el: DomNode, at: readonly string[], siblings: readonly DomNode[], i: number, out: string[]): void {
  const m = marks(at);
  if (!m || !NAME_MARK.test(m) || NOT_NAME_MARK.test(m) || THING_NAME_MARK.test(m) || NOT_MEMBER_MARK.test(m)) return;
  // A mark that says the name is a team member's ("team-member-name", "staffName")
  // needs no post beside it: team cards give none to many of their people.
  if (!TEAM_NAME_MARK.test(m) && !inTeamCard(el)) {
    const next = nextElement(siblings, i);
    const nextAt = next && attributeList(next);
    const post = nextAt ? marks(nextAt) : '';
    if (!post || !POST_MARK.test(post) || NOT_MEMBER_MARK.test(post)) return;
    const postText = textOf(next!).replace(/\s+/g, ' ').trim();
    if (!postText || postText.length > 60 || /[\d@]/.test(postText)) return;
  }
  const t = withoutHonorific(withoutPostNominals(leadingLines(el, 1)[0] ?? ''));
  const words = t.split(' ');
  if (words.length < 2 || words.length > 4 || !capitalisedName(words) || NOT_NAME.has(words[words.length - 1]!.toLowerCase())) return;
  if (plausibleName(t, true)) out.push(t);
}

/** A name's words each capitalised, but a family name's particle between them ("Lena von Marten"), never first or last. */
function capitalisedName(words: readonly string[]): boolean {
  return words.every((w, k) => NAME_INITIAL.test(w) || (k > 0 && k < words.length - 1 && FAMILY_PARTICLES.includes(w)));
}

/**
 * A person's card in a team's grid, by its own mark ("staff-card", "team-member", "person-box"):
 * the parent of the name's element. A name there needs no post beside it (a team page's trainees
 * and production staff have none).
 */
const TEAM_CARD_MARK = /(?:^|[-_ ])(?:person|team-?member|staff-?member|staff|employee|mitarbeiter(?:in)?)(?:[-_](?:wrapper|card|item|box|entry))?(?:$|[-_]\d|\s)/i;
function inTeamCard(el: DomNode): boolean {
  const parent = el.parent;
  const at = parent && attributeList(parent);
  const m = at ? marks(at) : '';
  return m !== '' && TEAM_CARD_MARK.test(m);
}

/** Whether the element's class or id may say "name" (NAME_MARK's words), a cheap search before the pattern. */
function nameMarked(at: readonly string[]): boolean {
  for (let j = 0; j < at.length; j += 2) if ((at[j] === 'class' || at[j] === 'id') && NAME_MARK_HINT.test(at[j + 1]!)) return true;
  return false;
}
/** NAME_MARK's words' stems in any case, one pattern (a lower-cased copy of every class cost ~2 % of the extraction). */
const NAME_MARK_HINT = /nam|nom|navn|nimi|naam/i;

/**
 * A mail link's text that is a verb and a given name ("Email Lena", "E-Mail an Anna", "Écrire à
 * Marie"): the verb (MAIL_VERBS, any case), then one capitalised word, or two joined by a hyphen.
 */
const MAIL_VERB_THEN_GIVEN = /^(\S+(?: \S+)?) (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)$/u;
const MAIL_VERBS: ReadonlySet<string> = new Set([
  'email', 'e-mail', 'mail', 'email to', 'e-mail to', 'write to', 'message', 'contact', 'e-mail an', 'email an', 'mail an', 'schreiben sie',
  'écrire à', 'écrivez à', 'escribir a', 'escribe a', 'scrivi a', 'mail naar', 'mejla', 'maila', 'skriv til', 'napisz do',
]);

/** The given name a mail link's text addresses (MAIL_VERB_THEN_GIVEN), or undefined. */
function addressedName(text: string): string | undefined {
  const m = MAIL_VERB_THEN_GIVEN.exec(text);
  return m && MAIL_VERBS.has(m[1]!.toLowerCase()) ? m[2]! : undefined;
}

/** A picture's words before the name in a photo's alt text ("Profilbild Lena Marten", "Photo of Lena Marten", "Foto di …"). */
const PICTURE_WORDS = /^(?:profilbild|profilfoto|profile picture|profile photo|portrait|porträt|portret|bild|foto|photo|picture|image|avatar)(?: (?:of|von|de|di|van|od))?:? /i;
/** A picture's word after the name in a photo's alt text ("Lena Marten photo", "Anna Berg – Portrait"). */
const PICTURE_WORD_AFTER = / (?:[–-] )?(?:photo|picture|headshot|portrait|image|avatar|foto|bild|profilbild)$/i;
/** A member's photo by its class or file: an avatar, a user's or a profile's picture. */
const MEMBER_PHOTO = /avatar|user-?(?:photo|image|pic)|profile-?(?:photo|image|pic)/i;
/** An agent's photo by its class or file: an agent's, a realtor's or a broker's ("agent-photo", "card-realtor-img", "brokerImage"). */
const AGENT_PHOTO = /(?:agent|realtor|broker|makler)[-_]?(?:photo|image|img|pic|portrait|headshot)/i;
/** A family name's particle, in any case ("van der", "VON", "de la"). */
const PHOTO_PARTICLE = /^(?:van|von|der|den|de|da|di|du|la|le|ten|ter)$/i;
/**
 * Whether a photo's alt text is a name: up to four words, each capitalised, and up to five words in
 * all with middle initials or particles among them ("Anna K. M. Marten", "Ingrid K van der Berg").
 */
function photoName(t: string): boolean {
  const words = t.split(' ');
  if (words.length > 5) return false;
  const core = words.filter((w) => !/^\p{Lu}\.?$/u.test(w) && !PHOTO_PARTICLE.test(w));
  if (core.length > 4 || (words.length > 3 && core.length < 2)) return false;
  return words.every((w) => NAME_INITIAL.test(w) || PHOTO_PARTICLE.test(w)) && plausibleName(t);
}
/** A member's name shown by an <img> or <a> of the content: an avatar's alt text, a profile link's text; a team card's (postedName). */
function memberNames(
  el: DomNode,
  name: string,
  at: readonly string[],
  sellerNames: string[],
  profileNames: Layout['profileNames'],
  siblings: readonly DomNode[],
  i: number,
  postedNames: string[],
  agentPhotoNames: string[],
): void {
  if (nameMarked(at)) postedName(el, at, siblings, i, postedNames);
  if (name === 'figure') portraitName(el, sellerNames);
  if (ICON_TAGS.has(name) && isUserIcon(at)) {
    const t = iconName(el);
    if (t) profileNames.push({ name: t, href: '', icon: true });
  }
  // A member's photo: its alt text is the member's name ("<img class=avatar alt='Eva Marin'>"),
  // and so is an agent's on a result card ("<img class='card-realtor-img' alt='LENA MARTEN photo'>").
  if (name === 'img') {
    const alt = attributeValue(at, 'alt');
    const marks = alt ? `${attributeValue(at, 'class') ?? ''} ${attributeValue(at, 'src') ?? ''}` : '';
    const agent = AGENT_PHOTO.test(marks);
    if (agent || MEMBER_PHOTO.test(marks)) {
      // (Without the picture's word before or after the name: "Profilbild Lena Marten", "Photo of
      // Lena Marten", "Lena Marten photo".)
      const t = alt!.replace(/\s+/g, ' ').trim().replace(PICTURE_WORDS, '').replace(PICTURE_WORD_AFTER, '');
      if (photoName(t)) (agent ? agentPhotoNames : sellerNames).push(t);
    }
  }
  if (name !== 'a') return;
  const href = attributeValue(at, 'href');
  if (!href) return;
  // A mailbox's link written as a person's name ("<a href='mailto:…'>Anna Berg</a>", a job ad's
  // contact, a relay address's recruiter): the one who answers it. Two or three words.
  const mailto = MAILTO.test(href);
  if (!mailto && !isProfileLink(href, at)) {
    // A firm's page of its people ("Partners / Associates / Staff"), each linked to their own page
    // at a people's path whose last part spells the name ("/attorneys-and-staff/kamal-reilly/"):
    // as a firm's menu lists them (menuPersonName), now in its content.
    const person = atPeoplePath(href) ? menuPersonName(el, at) : undefined;
    if (person) profileNames.push({ name: person, href, team: true });
    return;
  }
  // Without a title before it or a degree after it ("Dr. Jane Doe, MD" is "Jane Doe").
  const shown = profileLinkText(el, href);
  const t = withoutPostNominals(shown);
  const words = t.split(' ');
  if (mailto) {
    // A web designer's mail link after their credit ("Developed by: <a href='mailto:…'>Kamal Reilly</a>").
    if (CREDIT_AT_END.test(textBefore(el))) return;
    if (mailLinkName(t)) {
      profileNames.push({ name: t, href, mailto: true });
    } else {
      // "Email Lena", "Mail an Anna": a verb, then the given name of the one who answers.
      const addressed = addressedName(t);
      if (addressed) profileNames.push({ name: addressed, href, mailto: true, addressed: true });
    }
    return;
  }
  // "Find An Agent", "Contact Seller": a link that ends in a role or UI word is no member's name.
  if (t && words.length <= 3 && words.every((w) => NAME_INITIAL.test(w)) && !NOT_NAME.has(words[words.length - 1]!.toLowerCase()) && !isHandle(t, href) && plausibleName(t)) {
    profileNames.push({ name: t, href, private: privateBadgeBeside(el), titled: titledAndSpelled(shown, t, href) });
  }
}

/** Whether a mail link's text (its titles and degrees left out) is a person's name: two or three capitalised words. */
function mailLinkName(t: string): boolean {
  const words = t.split(' ');
  return words.length >= 2 && words.length <= 3 && capitalisedName(words) && words.every((w) => !NOT_NAME.has(w.toLowerCase())) && plausibleName(t);
}

/** The person a mail link's text names (see memberNames), or undefined: a header's or footer's link (index.ts). */
export function mailLinkPerson(el: DomNode, href: string): string | undefined {
  const t = withoutPostNominals(profileLinkText(el, href));
  return mailLinkName(t) ? t : undefined;
}

/**
 * A dealer's or a firm's employee whom a review tags ("Staff on this visit" / "<a class='employee-tag'
 * href='/staff/Lena-Marten-1201/'>Lena Marten</a>"), inside a block of reviews, whose
 * people are otherwise the reviewers: the link or its parent marked as an employee's or a staff
 * member's, and its address's last part opening with the name's words. The firm's people, under
 * the known-name check as a profile link's name is.
 */
function taggedStaff(el: DomNode, at: readonly string[], profileNames: Layout['profileNames']): void {
  const href = attributeValue(at, 'href');
  if (!href || !(STAFF_MARK.test(attributeValue(at, 'class') ?? '') || STAFF_MARK.test(el.parent?.attribs?.class ?? ''))) return;
  const t = textOf(el).replace(/\s+/g, ' ').trim();
  const words = t.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_INITIAL.test(w)) || !plausibleName(t)) return;
  const slug = addressWords(href);
  if (slug === undefined || !spelledFrom(slug, 0, words)) return;
  profileNames.push({ name: t, href });
}
/** An employee's or a staff member's mark in a class ("employee-tag", "team-emp", "staff-member"). */
const STAFF_MARK = /(?:^|[\s_-])(?:emp|employee|employees|staff|team-?member)(?:$|[\s_-])/i;

/** The longest text of a card's lines read together as one name (profileLinkText). */
const MAX_JOINED_NAME = 60;
/** A word after a member's name that opens their team's or firm's name ("Lena Marten and The Marten Agency", "Lena Marten & Partners", "Lena Marten | Wendell Realty"). */
const TEAM_AFTER_NAME = /^(?:and|&|[-–—|,]|of|with|und|et|y|e|og|och|en)$/i;

/**
 * A profile link's or a mail link's text as the page shows it, for its member's name: its first
 * line where a block inside the link breaks it (a directory's card links "<h3>Jane Doe</h3>Partner",
 * a firm's staff card wrapped in a mail link "<h4>Jane Doe</h4><p>Associée</p>": the name, then
 * the post, which read as one run "Jane DoePartner" or "Jane Doe Associée").
 */
function profileLinkText(el: DomNode, href?: string): string {
  if (!hasBlock(el)) return textOf(el).replace(/\s+/g, ' ').trim();
  const lines = textLines(el);
  // A card that is one link to its member's page, with a badge or a rating over the name ("TEAM /
  // 4.8 (214) / Lena Marten / Wendell Realty", linking to "/profile/Lena-Marten"): the line the
  // address spells whole.
  const slug = href === undefined || lines.length < 2 ? undefined : addressWords(href);
  if (slug !== undefined && slug.length >= 2) {
    // A name the card breaks over its lines ("<span>Lena<br> Marten-Berg</span>", linking to
    // "/team/lena-marten-berg/"): its lines together, when they spell the address whole.
    const joined = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (joined.length <= MAX_JOINED_NAME && plainLetters(joined) === slug.join('')) return joined;
    // Or the line that opens with it before a team's or a firm's name ("Lena Marten and The Marten Agency").
    for (const line of lines) {
      const words = line.replace(/\s+/g, ' ').trim().split(' ');
      if (words.length < slug.length || !spelledFrom(slug, 0, words.slice(0, slug.length))) continue;
      if (words.length === slug.length || TEAM_AFTER_NAME.test(words[slug.length]!)) return words.slice(0, slug.length).join(' ');
    }
  }
  return (lines[0] ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether an element inside `node` starts a line of the rendered text (a heading, a paragraph, a div, a line break). */
function hasBlock(node: DomNode, depth = 0): boolean {
  if (!node.children || depth > 6) return false;
  for (const c of node.children) {
    if (c.name === undefined) continue;
    if (c.name === 'br' || tagFlags(c.name) & BLOCK || hasBlock(c, depth + 1)) return true;
  }
  return false;
}

/**
 * True when a profile link's text (`shown`) puts a title or an honorific before a name (`name`,
 * without them) of two or more words and the link's address spells that name ("Dr. Jane Doe"
 * linking to "/doctor/dr-jane-doe-ent-2"): the site calls the member a person twice, so the name
 * need not be a known one. Either alone is not enough: "/lawyers/las-vegas" spells a city, and a
 * title may open a firm's name.
 */
function titledAndSpelled(shown: string, name: string, href: string): boolean {
  if (withoutHonorific(withoutTitles(shown)) === shown) return false; // no title or honorific first
  const words = withoutHonorific(name).split(' ').map(plainLetters);
  if (words.length < 2 || words.some((w) => w === '')) return false;
  const parts = addressWords(href);
  if (parts === undefined) return false;
  for (let i = 0; i + words.length <= parts.length; i++) if (spelledFrom(parts, i, words)) return true;
  return false;
}

/** Whether an address's words (addressWords) spell `words` (as written, or plain letters) from position `at`. */
function spelledFrom(parts: readonly string[], at: number, words: readonly string[]): boolean {
  return at + words.length <= parts.length && words.every((w, k) => parts[at + k] === plainLetters(w));
}

/**
 * The words of a link's address's last part, without its file extension, each as plain letters
 * ("/lawyers/kamal-reilly.html" gives "kamal", "reilly"); undefined for a malformed %-escape (no
 * address to compare).
 */
function addressWords(href: string): string[] | undefined {
  let segment: string;
  try {
    segment = decodeURIComponent(new URL(href, 'https://page.invalid/').pathname.replace(/\/+$/, '')).split('/').pop() ?? '';
  } catch {
    return undefined;
  }
  return segment.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+.]+/).map(plainLetters);
}

/**
 * A link of the site's menu to a person's own page ("<a href='/lawyers/kreilly.html'>Kamal Reilly,
 * Q.C.</a>", "/team/lena-marten"), as a firm's or an agency's menu lists its people: the link's
 * text, without the letters after it, when the address's last part spells that name (its words
 * joined, or the initials of all but the last and the last: "kreilly", "kamal-reilly",
 * "reilly-kamal"). The address says it is that person's page, which a menu's other links (a
 * service, a place) and the visitor's own account ("/user/48213") are not.
 */
const MENU_PEOPLE_PATH =
  /\/(?:(?:our|meet)-(?:the-|our-)?)?(?:team|people|staff|equipe|equipo|mitarbeiter|medewerker|medewerkers|medarbetare|medarbejdere|medarbeidere|ansatte|zespol|medici|doctors|dentists|attorneys|lawyers)(?:-(?:and|&)-(?:staff|team|people|partners|associates|attorneys|lawyers))?\/[^/?#\s]+/i;

/** Whether a link leads to a page at a people's path ("/our-team/…", "/lawyers-and-staff/…"), not a member's profile ("/user/…"). */
export function atPeoplePath(href: string): boolean {
  return MENU_PEOPLE_PATH.test(href);
}

export function menuPersonName(el: DomNode, at: readonly string[]): string | undefined {
  const href = attributeValue(at, 'href');
  if (!href) return undefined;
  const peoplePath = isProfileLink(href, at) || MENU_PEOPLE_PATH.test(href);
  const text = withoutPostNominals(profileLinkText(el, href));
  const name = withoutHonorific(withoutTitles(text));
  // At another path, only a link whose text puts an honorific or a title before the name ("Me Lena
  // Marten", "Dr. Lena Marten") and whose address's last part spells that text whole, honorific and
  // all ("/me-lena-marten/"): the person's own page, as a small firm's menu links its lawyers.
  if (!peoplePath && name === text) return undefined;
  const words = name.split(' ');
  // Two or three capitalised words, and the family name's particles between ("Lena van der Marten").
  const core = words.filter((w) => !FAMILY_PARTICLES.includes(w));
  // "Loan Payoff Calculator" at "/members/…/loan-payoff-calculator": a tool, by its last word.
  if (core.length < 2 || core.length > 3 || !core.every((w) => NAME_INITIAL.test(w)) || NOT_NAME.has(words[words.length - 1]!.toLowerCase()) || !plausibleName(name)) return undefined;
  const parts = addressWords(href);
  if (parts === undefined) return undefined;
  if (parts.join('').length < 4) return undefined;
  if (!peoplePath) return parts.join('') === text.split(/[\s.]+/).map(plainLetters).join('') ? name : undefined;
  const spelled: string[] = [];
  // The name's letters as they are, and as German spells its umlauts without them ("Brünig", "/team/ursula-bruenig").
  for (const plain of nameSpellings(words)) {
    if (plain.some((w) => w === '')) return undefined;
    const last = plain[plain.length - 1]!;
    const initials = plain.slice(0, -1).map((w) => w[0]).join('');
    spelled.push(plain.join(''), initials + last, plain[0]! + last, plain[0]![0] + last, last + plain[0]!);
  }
  // The whole last part, or its first words with the person's post after them ("/team/kamal-reilly-paralegal/").
  for (let k = parts.length, slug = parts.join(''); k > 0; slug = slug.slice(0, slug.length - parts[--k]!.length)) {
    if (slug.length >= 4 && spelled.includes(slug)) return name;
  }
  return undefined;
}

/**
 * A link to a member's profile (PROFILE_HREF, PROFILE_QUERY), not to the visitor's own account,
 * nor to the site's own documents under /users/ (rel="license" / "terms" / "privacy" / "help").
 */
function isProfileLink(href: string, at: readonly string[]): boolean {
  return (PROFILE_HREF.test(href) || PROFILE_QUERY.test(href)) && !ACCOUNT_HREF.test(href) && !/\b(?:license|terms|privacy|privacy-policy|help|tag)\b/i.test(attributeValue(at, 'rel') ?? '');
}

/**
 * JSON in a data-* attribute, in a Vue component's bound prop (`:property="{...}"`,
 * `v-bind:listing="{...}"`, as server-rendered Vue pages pass their state), or in a Livewire
 * component's state (`wire:snapshot`, `wire:initial-data`, Laravel's server-rendered pages), as an embedded blob
 * (the attribute `k`, its value `v`), or undefined.
 */
function dataJsonOf(k: string, v: string): EmbeddedBlob | undefined {
  if (
    (k.length > 5 && k.startsWith('data-')) ||
    (k.length > 1 && k.charCodeAt(0) === 58) /* ":" */ ||
    k.startsWith('v-bind:') ||
    // Laravel Livewire's component state: "wire:snapshot" (v3), "wire:initial-data" (v2)
    k === 'wire:snapshot' ||
    k === 'wire:initial-data'
  ) {
    const c0 = v.charCodeAt(0);
    if ((c0 === 123 || c0 === 91) && v.length > 10 && v.length <= MAX_DATA_JSON) return { source: `attr:${k}`, text: v };
  }
  return undefined;
}

/**
 * The JSON in the data-* attributes of a chrome part's elements (see dataJsonOf): a chat
 * widget's settings at the foot of a site ("<div class=\"joinchat\" data-settings='{\"telephone\":
 * …}'>"), which the layout walk sets aside with the part.
 */
export function chromeDataJson(node: DomNode, out: EmbeddedBlob[] = []): EmbeddedBlob[] {
  if (node.type !== 'tag' && node.type !== 'root') return out;
  if (node.name === 'script' || node.name === 'style') return out;
  const at = attributeList(node);
  if (at) {
    for (let j = 0; j < at.length; j += 2) {
      const blob = dataJsonOf(at[j]!, at[j + 1]!);
      if (blob) out.push(blob);
    }
  }
  for (const child of node.children ?? []) chromeDataJson(child, out);
  return out;
}

/** A seller card whose name carries no mark: the name above the member's status line. */
function namesAboveStatus(sellerBoxes: readonly DomNode[], sellerNames: string[]): void {
  if (sellerNames.length !== 0) return;
  for (const box of sellerBoxes) {
    const name = nameAboveStatus(leadingLines(box));
    if (name) sellerNames.push(name);
  }
}

/**
 * Splits the document into content and chrome (chrome subtrees are removed from `root`). The
 * plain form of the layout half of `readLayout`, which the extraction uses; kept as the
 * reference that walk is tested against.
 */
export function splitLayout(root: DomNode): Layout {
  const chrome: DomNode[] = [];
  const sellerBoxes: DomNode[] = [];
  const sellerNames: string[] = [];
  const canonical: string[] = [];
  const dataJson: EmbeddedBlob[] = [];
  const profileNames: Layout['profileNames'] = [];
  const postedNames: string[] = [];
  const agentPhotoNames: string[] = [];
  const badgedNames: string[] = [];

  const walk = (node: DomNode, inContent: Content, inSeller: boolean, depth: number, inReviews = false): void => {
    const children = node.children;
    if (!children || depth > MAX_DEPTH) return;
    // Past the page's footer (its siblings that follow it): print-only copies, app banners, the
    // platform's hotlines; chrome unless they hold the seller's card.
    let afterFooter = false;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const name = child.name;
      const a = child.attribs;
      if (name === undefined || !a) continue;
      if (afterFooter && name !== 'script' && !isSellersPart(a, name) && !contains(child, isSellersPart)) {
        chrome.push(child);
        children.splice(i, 1);
        i--;
        continue;
      }
      const at = attributeList(child)!;
      const url = canonicalOf(name, at);
      if (url !== undefined) canonical.push(url);

      const flags = flagsOf(a);
      // A user box inside a block of reviews ("hreview" / "user-info") is a reviewer's, not the seller's.
      const seller = !inSeller && !inReviews && startsSellerBox(name, flags);
      if (!inSeller && !seller) {
        if (isChrome(child, name, a.role, inContent, flags)) {
          if (name === 'footer' && !inContent) afterFooter = true;
          chrome.push(child);
          children.splice(i, 1);
          i--;
          continue;
        }
      }
      if (seller) {
        sellerBoxes.push(child);
        const before = sellerNames.length;
        readNames(child, sellerNames, badgedNames);
        if (sellerNames.length === before) ownName(child, sellerNames);
        if (sellerNames.length === before) photoNames(child, sellerNames);
        if (sellerNames.length === before) agentBesideNetwork(child, sellerNames);
        if (sellerNames.length === before) headingName(child, sellerNames);
      }
      // Inside a seller box no mark is looked at (as in readLayout), and a seller box marked for
      // its reviews ("seller-reviews-box") is the seller's still.
      const reviews = inReviews || (!inSeller && !seller && opensReviews(child, name, flags));
      if (!reviews) memberNames(child, name, at, sellerNames, profileNames, children, i, postedNames, agentPhotoNames);
      else if (name === 'a') taggedStaff(child, at, profileNames);
      for (const k in a) {
        const blob = dataJsonOf(k, a[k]!);
        if (blob) dataJson.push(blob);
      }
      walk(child, contentBelow(inContent, name, a.role, child), inSeller || seller, depth + 1, reviews);
    }
  };
  walk(root, Content.None, false, 0);
  namesAboveStatus(sellerBoxes, sellerNames);
  return { chrome, sellerBoxes, sellerNames, profileNames, postedNames, agentPhotoNames, badgedNames, canonical, dataJson };
}

/** The layout of a page and its content (see readLayout). */
export interface LaidOutPage {
  readonly layout: Layout;
  /** What `readPage` reads from the document once the chrome is cut out. */
  readonly page: PageContent;
  /** The text and attributes `readPage` reads from each seller box alone, in `layout.sellerBoxes` order. */
  readonly sellerBoxContent: Pick<PageContent, 'text' | 'attributes'>[];
  /** The visible tables outside the chrome, in document order (at most MAX_TABLES): read by table-columns.ts. */
  readonly tables: DomNode[];
  /** The text of each block of reviews, comments or testimonials (REVIEWS), outermost blocks only. */
  readonly reviewTexts: string[];
}

/**
 * `splitLayout(root)` and then `readPage(root)` in one walk, with the same results: each
 * element's attributes are read once, for its marks, the chrome's roles, data-* JSON and the
 * attributes worth scanning, and the tree is walked once rather than twice; the seller boxes
 * are not read again (below). Measured on the corpus on a shared machine: splitLayout, readPage
 * and the seller boxes' readPage together cost 1.2x what this walk does (in-process A/B, both
 * orders); the extraction as a whole is 2-7 % cheaper per page (tools/cost.mts against main).
 *
 * An element is judged chrome before its content is read, as the layout walk does; what was
 * gathered from its attributes is then taken back. Where readPage reads nothing (elements
 * never shown as text, scripts) the layout is still looked for, as splitLayout does.
 *
 * A seller box's own content is what the walk gathered inside it, when the walk read it as
 * shown (readPage on the box alone starts as shown): the same parts of text and attributes, but
 * for the white space and block boundaries before its first text, which end no line either way.
 * Otherwise (a box in a hidden or never-shown element) readPage reads the box.
 */
export function readLayout(root: DomNode): LaidOutPage {
  const chrome: DomNode[] = [];
  const sellerBoxes: DomNode[] = [];
  const sellerNames: string[] = [];
  const canonical: string[] = [];
  const dataJson: EmbeddedBlob[] = [];
  const profileNames: Layout['profileNames'] = [];
  const postedNames: string[] = [];
  const agentPhotoNames: string[] = [];
  const badgedNames: string[] = [];
  const parts: string[] = [];
  const attributes: AttributeValue[] = [];
  const jsonLd: string[] = [];
  const microdata: MicrodataItem[] = [];
  const langs: string[] = [];
  const sellerBoxContent: Pick<PageContent, 'text' | 'attributes'>[] = [];
  const reviewTexts: string[] = [];
  const tables: DomNode[] = [];

  /**
   * `inContent`, `inSeller`: as in splitLayout. `item`, `visible`: as in readPage. `read`:
   * false where readPage does not go (inside a never-shown element or a script).
   */
  const walk = (
    node: DomNode,
    inContent: Content,
    inSeller: boolean,
    item: MicrodataItem | undefined,
    visible: boolean,
    read: boolean,
    depth: number,
    inReviews = false,
  ): void => {
    const children = node.children;
    if (!children || depth > MAX_DEPTH) return;
    let afterFooter = false;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const name = child.name;
      if (name === undefined) {
        if (read && visible && child.type === 'text') pushText(parts, child.data!);
        continue;
      }
      // The parse's flat list: most elements never need their `attribs` object (parse.ts).
      const at = attributeList(child);
      if (!at) continue;
      if (afterFooter && name !== 'script' && !isSellersPart(child.attribs!, name) && !contains(child, isSellersPart)) {
        chrome.push(child);
        children.splice(i, 1);
        i--;
        continue;
      }
      const url = canonicalOf(name, at);
      if (url !== undefined) canonical.push(url);

      // One pass over the element's own attributes (see readPage) for both halves.
      const script = name === 'script';
      const scan = read && !script && (visible || name === 'meta');
      const attributesBefore = attributes.length;
      const langsBefore = langs.length;
      const dataJsonBefore = dataJson.length;
      let flags = 0;
      let hidden = false;
      let itemprop: string | undefined;
      let itemscope = false;
      let role: string | undefined;
      for (let j = 0; j < at.length; j += 2) {
        const k = at[j]!;
        const v = at[j + 1]!;
        switch (k) {
          case 'class':
          case 'id':
          case 'data-testid':
          case 'data-test':
          case 'data-qa':
          case 'data-cy':
          case 'data-test-id':
            // Inside a seller box only the marks of what a click reveals are looked at.
            if (v) flags |= inSeller ? classify(v) & REVEALED : classify(v);
            break;
          case 'itemprop':
            itemprop = v;
            // A schema.org property ("telephone") is the microdata's, read as such, not a revealed number.
            if (v) flags |= inSeller ? classify(v) & Mark.ContactDialog : classify(v) & ~Mark.PhoneReveal;
            break;
          case 'hidden':
            hidden ||= hiddenByAttribute(at);
            break;
          case 'style':
            if (read) hidden ||= styleHides(v, node, child);
            break;
          case 'itemscope':
            itemscope = true;
            break;
          case 'role':
            role = v;
            break;
          default:
            break;
        }
        const blob = dataJsonOf(k, v);
        if (blob) dataJson.push(blob);
        if (scan) scanAttribute(child, at, k, v, attributes, langs);
      }
      flags = combine(flags);
      if (hidden && flags & REVEALED && !(flags & (Mark.ChromeAnywhere | Mark.NearbyPlaces))) hidden = false;

      // A user box inside a block of reviews ("hreview" / "user-info") is a reviewer's, not the seller's.
      const seller = !inSeller && !inReviews && startsSellerBox(name, flags);
      if (!inSeller && !seller) {
        if (isChrome(child, name, role, inContent, flags)) {
          if (name === 'footer' && !inContent) afterFooter = true;
          attributes.length = attributesBefore;
          langs.length = langsBefore;
          dataJson.length = dataJsonBefore;
          chrome.push(child);
          children.splice(i, 1);
          i--;
          continue;
        }
      }
      if (seller) {
        sellerBoxes.push(child);
        const before = sellerNames.length;
        readNames(child, sellerNames, badgedNames);
        if (sellerNames.length === before) ownName(child, sellerNames);
        if (sellerNames.length === before) photoNames(child, sellerNames);
        if (sellerNames.length === before) agentBesideNetwork(child, sellerNames);
        if (sellerNames.length === before) headingName(child, sellerNames);
      }
      // A seller box marked for its reviews ("seller-reviews-box") is the seller's still. A section
      // headed as the site's testimonials is a block of reviews whatever its classes say.
      const reviews = inReviews || (!seller && opensReviews(child, name, flags));
      if (!reviews) memberNames(child, name, at, sellerNames, profileNames, children, i, postedNames, agentPhotoNames);
      else if (name === 'a') taggedStaff(child, at, profileNames);
      const content = contentBelow(inContent, name, role, child);
      const sellerBelow = inSeller || seller;

      if (hidden && name !== 'meta') {
        attributes.length = attributesBefore;
        langs.length = langsBefore;
      }
      const tag = read ? tagFlags(name) : SKIPPED;
      if (script || tag & SKIPPED) {
        if (read && script && /ld\+json/i.test(attributeValue(at, 'type') ?? '')) jsonLd.push(scriptText(child));
        walk(child, content, sellerBelow, undefined, false, false, depth + 1, reviews);
        continue;
      }
      const childVisible = visible && !hidden;
      if (name === 'table' && childVisible && tables.length < MAX_TABLES) tables.push(child);
      const partsBefore = parts.length;
      if (tag & BLOCK) pushBreak(parts);
      if (itemscope) {
        const nested = newItem(attributeValue(at, 'itemtype'));
        if (itemprop && item) addProp(item, itemprop, nested);
        else microdata.push(nested);
        walk(child, content, sellerBelow, nested, childVisible, true, depth + 1, reviews);
      } else {
        walk(child, content, sellerBelow, item, tag & HEAD ? false : childVisible, true, depth + 1, reviews);
        if (itemprop && item) addProp(item, itemprop, microdataValue(child));
      }
      if (tag & BLOCK) pushBreak(parts);
      if (seller && visible) {
        sellerBoxContent[sellerBoxes.length - 1] = { text: finishText(parts.slice(partsBefore)), attributes: attributes.slice(attributesBefore) };
      }
      if (reviews && !inReviews && visible && parts.length > partsBefore) reviewTexts.push(finishText(parts.slice(partsBefore)));
    }
  };
  walk(root, Content.None, false, undefined, true, true, 0);
  namesAboveStatus(sellerBoxes, sellerNames);
  for (let i = 0; i < sellerBoxes.length; i++) {
    if (sellerBoxContent[i]) continue;
    const { text, attributes: boxAttributes } = readPage({ type: 'root', children: [sellerBoxes[i]!] });
    sellerBoxContent[i] = { text, attributes: boxAttributes };
  }
  return {
    layout: { chrome, sellerBoxes, sellerNames, profileNames, postedNames, agentPhotoNames, badgedNames, canonical, dataJson },
    page: { text: finishText(parts), attributes, jsonLd, microdata, langs },
    sellerBoxContent,
    tables,
    reviewTexts,
  };
}

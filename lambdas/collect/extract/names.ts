/**
 * Person and seller names outside labelled fields: after an honorific ("Frau Anna Berg",
 * "M. Jean Dupont", "Pan Jan Kowalski") and after a contact verb ("ring Per etter kl. 17",
 * "call John on ...", "kontakta Eva"). Also the plausibility test every name candidate passes,
 * wherever it comes from (embedded data, seller boxes, labels).
 *
 * Precision first: a name is only taken when its words are capitalised, the run is short, and
 * for contact verbs what follows closes the name (end of line, punctuation, a number, or a
 * lower-case word such as "etter", "on", "unter").
 */
import { regionsByName } from './region-names.js';
import { FindingSet } from './findings.js';
import { CITY_NAMES_TEXT } from './city-names-list.js';
import { hasKnownName, isFamilyName, isGivenName, opensWithGivenName } from './given-names.js';
import { LETTER, lineAt, notPhoneLabelEnd, PHONE_LABEL, startsWord, VIN_LABEL } from './labels.js';

/**
 * A password field's label in the markets' languages: no name under a "Username" label (NOT_NAME), and the sign of
 * a log-in form's own heading or button (own-site.ts).
 */
export const PASSWORD_WORDS: readonly string[] = [
  'password', 'passwort', 'kennwort', 'mot de passe', 'contraseña', 'senha', 'hasło', 'haslo', 'heslo', 'jelszó',
  'parolă', 'parola', 'lozinka', 'пароль', 'salasana', 'lösenord', 'passord', 'adgangskode', 'wachtwoord', 'şifre',
  'κωδικός',
];

/** Words that follow a seller label or a contact verb but are not a name (seller type, buttons, UI words). */
export const NOT_NAME: ReadonlySet<string> = new Set(
  (
    'privat private privatperson privé particulier prywatny yksityinen privatverkäufer privatanbieter privatsäljare ' +
    // a tradesman's "Emergency Line" over its number ("Line" is a given name too)
    'emergency emergencies ' +
    'profesional particular privado privada profissional particolare privato professionista ' +
    'forhandler dealer händler handlare company firma gewerblich gewerblicher professionnel professional pro ' +
    'yritys anonym anonymous unknown ukjent okänd unbekannt inconnu kontakt contact kontakta kontaktieren ' +
    // a site's tools in a members' area's menu ("Loan Payoff Calculator" at "/members/…")
    'calculator calculators calculadora calculateur rechner kalkulator estimator assessor checklist toolbox ' +
    // a form's fields filled with their own labels ("Firstname Lastname", a forms plug-in's merge tags)
    'firstname lastname surname vorname nachname familienname prénom prenom apellido apellidos cognome voornaam achternaam ' +
    'etunimi sukunimi fornavn etternavn efternavn förnamn efternamn nazwisko ' +
    // "for sale", "I sell" typed where a member's name goes, in PL, CS/SK, DE, FR, ES/PT, IT, NL, SV, NO/DA, RO, TR, RU/UK
    'sprzedam sprzedaż prodám prodam predám predam prodej verkaufe vends vendo vendesi vendita verkoop ' +
    'säljes selges sælges vând vand vânzare satılık продам продаю продажа продаж ' +
    // phone labels' short forms, which close a name written before them ("Anna Berg Mob. 0171 …")
    'mob tfn telf cel móvil puh gsm fon ' +
    // an account without a name ("fără nume", RO: "no name"; "Xyz" typed to get past the field)
    'fără xyz ' +
    // Turkish listing chrome ("Tüm İlanlar", all ads; "İlan" ad): İ lower-cases to "i̇" (i and a combining dot)
    'tüm ilanlar i̇lanlar ilan i̇lan ' +
    'telefon phone tlf tel mobile mobil handy cell fax landline festnetz ring call e-post email e-mail mail send sende skicka senden ' +
    'envoyer vis show visa zeigen afficher mer more mehr plus info information informasjon ' +
    // "more details" links in the markets' languages ("Подробнее", "Więcej", "Detail")
    'подробнее подробно детальніше докладніше больше більше ещё еще więcej szczegóły detail detaily podrobnosti více ' +
    // buttons a seller box prints after the name: "meet me", "see", "show", "call", "write", "(see) all"
    // in PL, FR, DE, IT, ES/PT, NL, FI, CS, HU ("Opiekun oferty: Anna Berg Poznaj mnie")
    'poznaj zobacz pokaż zadzwoń napisz wyślij appeler contacter écrire zeige schreiben mostra vedi contatta chiama scrivi ' +
    'mostrar llamar contactar escribir bekijk stuur näytä soita lähetä zavolat napsat mutasd hívd összes ' +
    'profiel perfil profilo alle all toutes todas tutti todos ' +
    // "Call For Price" on a dealer's card
    'for price prices ' +
    // a hotline, a sales department ("phòng kinh doanh"), a flat ("căn hộ") where a contact's name would be
    'hotline phòng căn ' +
    // a storey at an address's start ("Ground Floor, 12 Example Road"); not "floor", a Dutch given name
    'ground basement mezzanine ' +
    // the months no one is named after, which a date after a name opens ("elected Lena Marten November 1968")
    'january february september october november december januar februar oktober dezember janvier février octobre novembre décembre ' +
    // a company's registration number ("ЕИК 2076…", "Булстат"), after the city of its seat
    'еик булстат ' +
    // a form's prompts and errors in a seller's contact box ("Enter a valid Full Name")
    'enter invalid required ' +
    // "show (the number)", "write", "call" buttons in Russian and Ukrainian
    'показать показати написать написати позвонить подзвонити зателефонувати ' +
    // possessives and demonstratives that open the next text run on after a name ("…: Анна Петрова
    // Твоят нов дом …", "your new home"), in Bulgarian, Russian and Ukrainian
    'твоят твоя твоето твоите вашият вашия вашата вашето нашият нашия нашата нашето този тази това тези ' +
    'твой твоё ваш ваша ваше наш наша наше этот эта это твій твоє цей ця це ' +
    'informationen details detaljer profil profile seller selger verkäufer säljare vendeur sprzedawca ' +
    // a form's or a contact table's "Name" row heading, before the person's name ("Kontakt / Name / Frau …")
    "name namn navn nimi nom nombre nome naam imię imie jméno jmeno név nume имя име ім'я " +
    // a log-in form's field under a "Username" label
    PASSWORD_WORDS.filter((w) => !w.includes(' ')).join(' ') + ' ' +
    'medlem member mitglied membre siden since seit depuis type typ us oss uns nous ' +
    // "About us" as a menu's item and a page's title ("Chi Siamo", "Quiénes Somos", "Qui Sommes-Nous", "O Nas", "Over Ons"),
    // and "About me" ("Chi Sono", "Quién Soy", "Quem Sou")
    'siamo somos sommes nosotros nas ons sono soy sou ' +
    'se see sehen voir her here hier ici og and und et annonser ads anzeigen annonces ' +
    'verifisert verified verifiziert vérifié bankid nettside website webseite your din ditt dine ' +
    'ihr ihre votre twoje message melding nachricht meddelande besked viesti wiadomość subject emne ' +
    'betreff ämne sujet temat brukernavn username benutzername användarnamn brugernavn käyttäjätunnus ' +
    'pseudo nick nickname alias now nu jetzt maintenant teraz today idag heute ' +
    'us now today tomorrow me mir mich moi mnie meg mig oss ' +
    'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'monday tuesday wednesday thursday friday saturday sunday poniedziałek wtorek środa czwartek piątek sobota niedziela ' +
    'whatsapp sms facebook messenger viber telegram signal google apple ' +
    // a contact form's status line and the footer's notice, on the line after a "Contact" heading or link
    'copyright sending reply replying ' +
    'login logg logga anmelden connexion zaloguj register registrer registrieren ' +
    'faq help hjelp hjälp hilfe aide pomoc support service customer kundeservice kundservice kundenservice ' +
    'cookies cookie privacy personvern datenschutz confidentialité prywatność integritet ' +
    'home hjem start startseite accueil menu meny søk sök suche recherche szukaj search ' +
    'the der die das le la les den det el il lo de van ' +
    // "user", "private person" in the markets' languages, shown where a name would be
    'użytkownik uzytkownik user nutzer utilisateur usuário usuario bruker användare gebruiker käyttäjä ' +
    'пользователь користувач частное частна приватна приватное приватное лицо prywatna osoba ' +
    // seller types in Russian and Ukrainian ("профессиональный продавец", "власник")
    'продавец продавца продавець продавця профессиональный профессиональная професійний професійна ' +
    'дилер дилера собственник собственника власник перекупщик ' +
    // "owner" in Russian and Ukrainian, as a site shows it for a private seller's name ("владелец")
    'владелец владелица хозяин хозяйка власниця ' +
    // presence and status words shown beside a member's name
    'online offline aktiv active zuletzt last seen vu actif dostępny ' +
    // departments and roles, not people
    'dział działu sprzedaży obsługi afdeling verkoop sales team department abteilung verkauf vertrieb kundendienst office büro bureau kontor kantor ' +
    'verkaufsteam salesteam administration admin redaktion redaksjon enquiries enquiry desk reception bookings accounts marketing ' +
    // a newsroom's own byline ("Redacción EC", "Redazione …", "Συντακτική ομάδα": the editorial team)
    'redacción redaccion redação redacao redazione rédaction redactie redakcja redakce redakcia toimitus newsroom newsdesk συντακτική συντακτικη ομάδα ομαδα ' +
    // an office's heading in Malay and Indonesian ("Alamat Utama": main address; "Kantor Pusat": head office)
    'alamat utama pusat cawangan cabang ' +
    // the party's role, where a name would be ("Call Agent: 01 ...", "Contact owner", "Kontakt Vermieter")
    'agent agents realtor broker negotiator landlord owner vendor lister makler maklerin vermieter vermieterin eigentümer ' +
    'builder builders developer developers promoter promotor bauträger ' +
    'propriétaire bailleur mandataire agente propietario proprietario arrendador locador corretor verhuurder eigenaar ' +
    'hyresvärd utleier udlejer vuokranantaja właściciel wynajmujący pośrednik ' +
    // professions listed on services directories ("Find A Lawyer", "Rechtsanwalt finden")
    'lawyer lawyers attorney attorneys solicitor solicitors anwalt rechtsanwalt avocat abogado advogado avvocato advocaat advokat ' +
    'notary notar notaire doctor arzt dentist therapist tutor coach consultant adviser advisor expert find finden trouver ' +
    // a representative ("Rep" as a salesperson's avatar's alt text) and an image's own word
    'rep representative representante rappresentante vertreter représentant przedstawiciel temsilci yetkili представитель ' +
    'avatar logo photo foto image picture bild ' +
    // buttons and UI verbs
    'drukuj print drucken imprimer skriv share teilen partager udostępnij dela del zapisz save speichern ' +
    'sauvegarder obserwuj follow folgen suivre melden report zgłoś signaler anmäl rapporter ' +
    // call-to-action buttons beside a "Call" button ("Call | Check availability")
    'check availability request schedule book buy view compare apply chat ' +
    // a letting site's menu, whose "Contact" item stands above the next ("Contact" / "Floor Plans" /
    // "Gallery"; "plans" is among the trade words below, so that "Floor" is not left of it)
    'floorplans gallery amenities neighborhood neighbourhood residents ' +
    // "buy / order / sell" buttons in the markets' languages ("Kup online", "Köp online"): a verb
    // before a presence word is a button, not a member who is online
    'kup kupuj zamów sprzedaj kaufen kaufe bestellen köp beställ kjøp bestill køb bestil koop kopen bestel ' +
    'achetez acheter commander compra comprar compre acquista ordina osta tilaa myy sell shop order pay ' +
    // "get in touch" in Finnish ("Ota yhteyttä", a contact section's heading where a seller box's
    // name would be; "Ota", also a rare Czech given name, is left out of the known names with it)
    'ota yhteyttä yhteydenotto ' +
    // "show" buttons in Slovak and Czech ("Zobraziť číslo"), and reference and id labels
    'zobraziť zobrazit zobraz ukázať ukázat id nr ref referenz reference référence referencia riferimento referentie ' +
    // a thank-you where a display name would be ("Thanks for ...")
    'thanks thank danke merci takk kiitos dziękuję dziekuje grazie gracias obrigado bedankt ' +
    // Thai: admin, seller, salesperson, thank you (Thai writes no spaces inside words)
    'แอดมิน แอดมินเพจ ผู้ขาย เซลล์ เซลส์ ขอบคุณ ' +
    // Chinese, Japanese and Korean roles where a contact person's name would be: customer service,
    // sales, the owner, landlord, agent, broker, manager, staff, the person in charge
    '客服 客服中心 客户服务 客戶服務 销售 銷售 销售部 業務 业务员 業務員 店长 店長 老板 老闆 业主 業主 房东 房東 中介 经纪人 經紀人 经理 經理 ' +
    '営業 営業部 スタッフ 担当者 受付 オーナー 담당자 고객센터 상담원 영업팀 직원 사장님 ' +
    // Hebrew and Arabic buttons and links where a member's name would be ("צור קשר": contact us,
    // "הצג טלפון": show phone, "عرض الملف الشخصي": view profile, "تواصل": contact)
    'קשר הודעה טלפון מודעות פרופיל הצג שלח התקשר עוד מוכר מוכרת ' +
    'تواصل اتصل عرض رسالة الملف الشخصي المزيد إعلانات راسل البائع المعلن أرسل'
  ).split(' '),
);

/**
 * The kind of seller shown where a name would be ("Trade seller", "Private seller", "Verified
 * dealer", "Privater Anbieter", and alone, "Anbieter"): a name whose last word is one of these is a
 * seller type; and a contact block's heading's last word ("General Enquiries"). So is an owner's or
 * a landlord's word, which a portal's contact field holds for a private advertiser ("Direkt vom
 * Eigentümer", "Direct from owner").
 */
const SELLER_KIND_LAST: ReadonlySet<string> = new Set(
  (
    'seller dealer vendor advertiser selger forhandler säljare handlare sælger verkäufer verkäuferin anbieter anbieterin ' +
    'händler vendeur annonceur vendedor anunciante venditore sprzedawca sprzedający myyjä ilmoittaja verkoper aanbieder ' +
    'owner landlord eigentümer eigentümerin vermieter vermieterin propriétaire proprietario propietario proprietário właściciel ' +
    'eigenaar verhuurder ejer udlejer eier utleier ägare hyresvärd omistaja vuokranantaja ' +
    'contacts enquiries inquiries'
  ).split(' '),
);

/**
 * Words of a business's name (legal forms and trade words): a company is not a natural person,
 * and the seller's name we store is a person's.
 */
export const BUSINESS: ReadonlySet<string> = new Set(
  (
    'gmbh mbh ag kg ohg ug e.k. e.v. gbr b.v. bv n.v. nv vof v.o.f. ltd ltd. ltda eireli limited llc llp pllc inc inc. corp corp. plc associates partners ' +
    'sa s.a. sas s.a.s. sarl s.a.r.l. eurl sl s.l. srl s.r.l. spa s.p.a. sp. z.o.o. s.c. ab a/s as asa aps oy oyj ' +
    'ооо оод еоод ад ао тов фоп ип s.r.o. a.s. d.o.o. kft zrt bt lda grupo gruppo groupe gruppe grupa ' +
    'autohaus autohandel autohändler autocenter autozentrum autobedrijf automobielhandel automobile automobiles ' +
    // ... and of Czech, Slovak and Polish dealers' names ("Autosalon Novák", "Autokomis Nowak")
    'autosalon autosalón autobazar autobazár autokomis autocentrum autoservis ' +
    // German "house" as firms use it ("Konrad Haus Madrid", "Haus & Grund"), never a person's name's word
    'haus ' +
    'automotive auto autos autók cars car motors motor motoren garage garagen trading handel handelsgesellschaft ' +
    'immobilien immo makelaardij makelaars makelaar realty realtors estate estates agency agence agencia immobiliare ' +
    // an agency's brand after its founder's name ("Lena Marten Luxury", "Wendell Prestige")
    'luxury prestige ' +
    'immobilier immobilière imobiliária biuro nieruchomości nieruchomosci агенция агентство риэлти риелти недвижимость ' +
    'недвижимости нерухомість нерухомості автокъща автосалон автоцентр group gruppe groupe holding services ' +
    // "АН": a property agency's abbreviation in Russian and Ukrainian (агентство недвижимости / нерухомості),
    // in the display names of agencies' accounts ("АН Wendell", "Олена АН Wendell"); a family name "Ан",
    // the Korean one in Cyrillic, is rarer there than the abbreviation
    'ан ' +
    // "auto" in Cyrillic and in the Slavic markets' Latin spelling ("Орион авто", "Avto Lux")
    'авто avto автомобили автомобілі моторс ' +
    'center centre zentrum store shop outlet dealer dealership händler forhandler bilforhandler bilhandel bilcenter ' +
    "auto's autoservice autoverkauf occasions " +
    // English trade words as Bulgarian and Russian transliterate them ("Кий Естейт", "Прайм Пропъртис")
    'естейт эстейт естейтс пропърти пропъртис проперти пропертис риълти риэлти риелти хоумс имоти ' +
    // "Birch & Co", "Smith and Co.": a firm's "company"
    'co co. ' +
    // estate agents' trade words ("Kelly Auctioneers", "Walsh Midlands Office", "Hall Lettings")
    'auctioneer auctioneers auctions lettings letting properties property realestate surveyors solicitors mortgages ' +
    // letting and lodging businesses ("Koa Apartments", "Central Rentals", "Casa Apartamente")
    'apartments apartamente apartamentos appartamenti appartements apartmány apartmanok rentals rental hostel hostels guesthouse ' +
    'advisors advisers brokers brokerage ' +
    // car leasing and finance firms' names on a result page's dealer cards ("Wendell National Leasing")
    'leasing ' +
    // tradesmen's firms ("Wendell Roofing", "Wendell Removals", "Summer Repairs" as a service's heading)
    'roofing roofers plumbing plumbers electrical electricians removals repair repairs restoration construction contractors contracting landscaping ' +
    // accountants' and consultants' firms ("Wendell Accounting, CPA", "Wendell Consulting")
    'accounting accountants accountancy bookkeeping consulting consultants comptabilité contabilità contabilidad účetnictví księgowość boekhouding ' +
    'office offices branch reality ingatlan nemovitosti imobiliare emlak inmobiliaria fastighetsbyrå eiendomsmegling kiinteistövälitys ' +
    // (and the Spanish trade's other forms, its advisers and its business, as agencies name themselves:
    // "… Asesores Inmobiliarios", "… Negocios Inmobiliarios")
    'inmobiliarias inmobiliario inmobiliarios asesores negocios ' +
    // "real estate" in Slovene, Croatian, Serbian, Bosnian and Slovak ("Nepremičnine Wendell", "Wendell Nekretnine")
    'nepremičnine nekretnine nehnuteľnosti nehnutelnosti ' +
    // "agency" in the same languages and the Baltic ones ("Agencija Wendell", "Wendell agentūra")
    'agencija agentūra agentura ' +
    // trade words of car dealers' names ("N Enterprise", "Alpha Motorsports", "Ikon MotorCars")
    'enterprise enterprises motorsports motorsport motorcars motorworks autosport autosports autoplex automall sales ' +
    // ... and in the Romance languages ("Silva Automóveis", "Vehículos Ruiz", "Veicoli Rossi", "Seminovos Lima")
    'automóveis automoveis veículos veiculos seminovos automóviles automoviles vehículos vehiculos automobili veicoli ' +
    'véhicules vehicules ' +
    // a letting site's menu item ("Floor Plans"), refused whole rather than cut to a given name ("Floor")
    'plans ' +
    // recreational-vehicle and caravan dealers' names ("Lind RV", "Berg RVs", "Alpine Coaches", "Roth Caravans")
    'rv rvs rv\'s campers caravans caravaning caravanning motorhome motorhomes coaches ' +
    // trade words of shops' names, in the markets' languages ("Total Tech", "JM Vendas", "Loja do Zé")
    'tech technik technology technologies technologie tecnologia informática informatica computers electronics ' +
    'eletrônicos eletronicos electrónica elektronik celulares imports importados importadora export distribuidora ' +
    'variedades multimarcas brechó brecho vendas ventas ventes vendite loja lojas tienda sklep magasin butik boutique ' +
    'comércio comercio handelsbolag ' +
    // tradespeople's firms ("Doug Hensley Plumbing", "Lind Sanitär", "Rossi Impianti"): the trade, not the
    // tradesman's own words ("painter", "carpenter", "mason" are also family and given names)
    'plumbing plumbers electrical electricians roofing painting painters cleaning cleaners landscaping landscapes ' +
    'construction constructions builders carpentry joinery plastering tiling fencing concreting removals locksmiths ' +
    'gardening handyman renovations renovation solutions systems maintenance repairs installations contracting contractors ' +
    'glazing flooring heating hvac drainage gasfitting excavations demolition haulage towing ' +
    // hairdressers', barbers' and beauticians' salons ("Wendell Stile Parrucchiere", "Kapsalon Lena")
    'parrucchiere parrucchieri parrucchieria friseur friseure friseurin friseursalon frisör frisørsalon kapsalon coiffeur coiffeuse coiffure ' +
    'peluquería peluqueria cabeleireiro cabeleireira cabeleireiros barbershop barbearia barberia barbiere fryzjer fryzjerstwo ' +
    'kadeřnictví kadernictvi kosmetika kosmetik kosmetikstudio schoonheidssalon schoonheidsinstituut nagelstudio estética esthétique salon beauty nails ' +
    // a Polish workshop's or salon's words ("Pracownia Fryzjerska Anna Berg")
    'pracownia fryzjerska fryzjerski kosmetyczna kosmetyczny ' +
    // metalworkers', smiths' and fence makers' firms ("Wendell Metallbau", "Serralheria Qorvan", "Ogrodzenia Wendell")
    'metallbau stahlbau schmiede kunstschmiede serralheria serralheiro herrería herreria ferronnerie ferronnier ogrodzenia zámečnictví zamecnictvi ' +
    // organic and family farms' names ("Wendell Biohof", "Bauernhof Qorvan"); pastry shops' and gunsmiths' ("Lena Pâtisserie")
    'biohof bauernhof bergbauernhof obsthof patisserie pâtisserie pasticceria confiserie chocolatier gunsmithing gunsmiths ' +
    // animal shelters' names ("Antonius Tierheim", a saint's; "Schronisko Wendell")
    'tierheim tierschutzverein tierhilfe tierschutz schronisko dierenasiel canile gattile útulek utulek refuge protectora ' +
    'sanitär heizung elektro elektrotechnik haustechnik bauunternehmen malerbetrieb dachdecker fliesen reinigung umzüge ' +
    'plomberie électricité electricite chauffage maçonnerie maconnerie rénovation couverture nettoyage déménagement ' +
    'fontanería fontaneria reformas construcciones electricidad limpiezas mudanzas idraulica edilizia costruzioni impianti traslochi ' +
    'vvs rørlegger rörmokare putkiliike sähkö rakennus byggfirma loodgieter installatiebedrijf dakdekker hydraulika remonty instalacje ' +
    // estate agencies in Italian, Portuguese and Spanish ("Agenzia Rossi", "Imobiliaria Lima", "Soler Propiedades")
    'agenzia agência imobiliaria propiedades bienes raíces inmuebles ' +
    // ... and the Brazilian trade's own words ("Lima Imóveis", "Costa Corretora de Imóveis", "Alfa Empreendimentos")
    'imóveis imoveis imobiliárias imobiliarias corretora administradora administradoras empreendimentos construtora incorporadora ' +
    // ... and the Turkish ("Yılmaz Otomotiv", "Kaya Oto Galeri", "Demir Emlak Ticaret")
    'otomotiv otomobil galeri galerisi ticaret ' +
    // car makes in a trader's name ("Renault Schoon", "Volvo-Rocar")
    'renault toyota volkswagen vw bmw mercedes-benz audi opel ford peugeot citroën citroen nissan honda hyundai kia ' +
    'mazda skoda škoda seat cupra volvo fiat tesla porsche lexus subaru suzuki mitsubishi chevrolet dacia jeep ' +
    // ...and the American market's ("Harbour Acura", "Lakeside Buick GMC", "Jaguar Land Rover Springfield"); not
    // those that are also people's names (Lincoln, Ford, Dodge, Mercedes, Ram, Bentley, Morgan)
    'acura buick gmc cadillac chrysler infiniti jaguar rover landrover land-rover maserati lamborghini lancia saab ' +
    // "Sunny Day Rides": a trader's cars as its "rides"
    'rides ' +
    // trucks and used-vehicle trade ("Nordic Trucks", "Westside Used", "X Company")
    'truck trucks trucking autocar autocars used pre-owned preowned gebrauchtwagen company companies professional professionals ' +
    'bike bikes motorbike motorbikes motorcycle motorcycles ' +
    // studios and publishers selling on digital marketplaces ("Leartes Studios", "Nordlys Productions"),
    // and artists' and craftspeople's workshops ("Atelier Wendell", "Wendell Atelier")
    'studio studios productions publishing atelier ateliers ' +
    // French firms' words ("Cabinet Roy Location", "Martin Gestion", "Lyon Transactions", "Roy Patrimoine")
    'cabinet gestion transaction transactions patrimoine habitat location locations syndic ' +
    // legal forms of the Asian and other markets, before or after the name ("PT Maju Jaya", "CV Sinar",
    // "… Sdn Bhd", "… Pte Ltd", "… Pvt Ltd", "… Pty Ltd", "… LLP", "Công ty TNHH …", "… K.K.", "АО", "ЗАО")
    'pt pt. tbk tbk. cv cv. sdn bhd bhd. pte pte. pvt pvt. pty pty. llp k.k. kk tnhh cty jsc pjsc ojsc zao oao зао оао пао ' +
    's.a.c. sac eirl e.i.r.l. spółka sp.j. sp.k. kft. zrt. bt. ' +
    // institutions and places named after a given name, after a contact verb or in a seller box ("Call
    // Chase Bank", "Grace Church office", "Virgin Media", "Holiday Inn", "Summer Sale"): none a person's name
    // word in the lists ("park", "hall" are family names, and stay out)
    'bank church chapel media mail hotel inn school academy college university hospital clinic pharmacy ' +
    'club street road avenue station airport market mall plaza cafe café restaurant pub bistro bakery salon spa gym fitness sale ' +
    'kirche schule klinik apotheke gasthaus gasthof église école clinique pharmacie boulangerie iglesia escuela farmacia chiesa scuola ' +
    // practices and offices named after their doctor or lawyer ("Praxis Lena Marten", "Kanzlei Berg",
    // "Praktijk Van Dijk", "Gabinet Nowak"): the practice, whose person a page names elsewhere as one
    'praxis gemeinschaftspraxis kanzlei ordination praktijk huisartsenpraktijk kancelaria gabinet ambulatorio consultorio ' +
    'clínica clinica dental dentistry orthodontics ' +
    // associations, federations, foundations and unions, which write their own name where an author's
    // or a contact's would be ("Bundesverband Windkraft", "Fédération Wendell")
    'bundesverband landesverband verband verein stiftung gewerkschaft genossenschaft innung association federation fédération ' +
    'federazione federación syndicat sindacato vereniging stichting förening forening ' +
    // wine and food producers named after their owner ("Weingut Lena Marten", "Domaine Marten", "Cantina Berg")
    'weinbau weingut winzerhof domaine vignoble vignobles bodega bodegas cantina cantine vinařství winnica brauerei brasserie käserei fromagerie caseificio frantoio oleificio destillerie distillerie ' +
    // holiday lets named after a place or their host ("Gîte Wendell", "Ferienhaus Lena")
    'gîte gîtes gite gites ferienwohnung ferienwohnungen ferienhaus chalet agriturismo camping campingplatz pension pensione ' +
    // upholsterers', saddlers', locksmiths' and tattooists' workshops ("Sellerie Wendell", "Polsterei Berg", "Tattoo Lena")
    'sellerie sattlerei selleria talabartería guarnicionería zadelmakerij polsterei raumausstattung raumausstatter tapisserie tapissier tappezzeria tapicería stoffeerderij tapicerstwo ' +
    'serrurerie schlüsseldienst slotenmaker cerrajería ferramenta tattoo tatouage tätowierung tatuajes tatuaggi ' +
    // insurance agencies named after their agent ("Versicherungen Lena Marten", "Assicurazioni Berg")
    'insurance versicherung versicherungen versicherungsbüro assicurazioni seguros assurance assurances verzekeringen ubezpieczenia pojištění poistenie försäkringar forsikring vakuutus ' +
    // therapy practices named after their therapist ("Lena Marten Fizjoterapia", "Physiotherapie Berg")
    'fizjoterapia fisioterapia fisioterapía physiotherapie fysiotherapie kinésithérapie ostéopathie osteopatia osteopathie logopedia logopädie psychoterapia psychotherapie dietetyka ' +
    // architects' offices named after them ("Lena Marten Architectenbureau", "Architekturbüro Berg")
    'architectenbureau architectenbureel architectuurbureau architektenbüro architekturbüro arkitektkontor arkitektbyrå ' +
    // translators' and interpreters' offices named after them ("Lena Marten Translations", "Prevodi Berg")
    'translation translations übersetzungen übersetzungsbüro traducciones traduções traductions traduzioni vertalingen tłumaczenia překlady preklady prevodi prijevodi ' +
    // midwives' and celebrants' practices named after them ("Hebamme Lena Marten", "Lena Marten Celebrante")
    'hebamme hebammenpraxis kraamzorg verloskundige verloskundigen sage-femme ostetrica celebrante celebrant officiant trauerrednerin trauerredner hochzeitsrednerin hochzeitsredner'
  ).split(' '),
);

/**
 * Thai trade words and legal forms. Thai writes a name's words together ("มะลิออโต้"), so
 * these are looked for inside the name, not as its words: company (บริษัท), limited (จำกัด, as
 * NFKC writes it, and บจ. / หจก.), partnership, truck / cargo (บรรทุก, ทรัค), car (รถยนต์, คาร์),
 * motor (ยนต์, ยนตร, มอเตอร์), auto (ออโต้), group (กรุ๊ป), sales (เซลส์, เซลล์), products,
 * machinery, trading, commerce, corporation, centre (ศูนย์รวม), second-hand (มือสอง), shop (ร้าน),
 * selling (ขายรถ). None of them is part of a Thai given name or surname.
 */
const THAI_TRADE =
  /บริษัท|จ(?:\u0E33|\u0E4D\u0E32)กัด|บจ\.|หจก|ห้างหุ้นส่วน|บรรทุก|ทรัค|รถยนต์|คาร์|ยนต์|ยนตร|มอเตอร์|ออโต้|กรุ๊ป|เซลส์|เซลล์|โปรดัก|แมชชีน|เครื่องจักร|เทรดดิ้ง|การค้า|พาณิชย์|คอร์ปอ|ศูนย์รวม|มือสอง|ร้าน|ขายรถ|เต็นท์รถ/;
const THAI = /[\u0E00-\u0E7F]/;
/** The scripts a display name is told apart by: "anna รถบรรทุก" mixes Latin and Thai. */
const SCRIPT_OF: readonly [RegExp, string][] = [
  [/[A-Za-z\u00C0-\u024F]/, 'latin'],
  [THAI, 'thai'],
  [/[\u0400-\u04FF]/, 'cyrillic'],
  [/[\u0370-\u03FF]/, 'greek'],
];

/**
 * True when the name mixes two of those scripts ("anna berg มะลิ", "ต้อม shop"): a
 * display name that strings a person's name and a shop's or a nickname together, not one name.
 */
function mixedScripts(s: string): boolean {
  let seen = 0;
  for (const [re] of SCRIPT_OF) if (re.test(s)) seen++;
  return seen > 1;
}

/** Trade words long enough to be told apart inside a one-word shop handle ("lulibrecho", "kalmarmotors"). */
const TRADE_SUFFIXES = [...BUSINESS].filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));

/** True when a single word is a name glued to a trade word: at least three letters, then the trade word. */
function tradeCompound(word: string): boolean {
  const w = word.toLowerCase();
  for (const t of TRADE_SUFFIXES) if (w.length >= t.length + 3 && w.endsWith(t)) return true;
  return false;
}

/**
 * Marks of a business in the languages written without spaces between words (Japanese, Chinese,
 * Korean): "<group><town>店" is one run of characters, so the word list above cannot see its trade
 * word; these are looked for inside the name. Legal forms (株式会社, (株), 有限会社, 合同会社, 有限公司,
 * 公司, 주식회사, (주), 유한회사) and trade words of car dealers and shops: store / branch (店, 営業所,
 * 지점, 대리점, 영업소, 전시장), sales (販売, 自販, 매매), automobile / used car (自動車, 中古車, 汽车,
 * 汽車, 二手车, 车行, 車行, 자동차, 중고차), motors / auto / cars (モータース, モーターズ, オート, カーズ,
 * 모터스, 오토), trading house (商会, 商事, 商店, 商行, 상사, 상회), centre, garage, group, mobility,
 * rental, auction house, and the car makes a Japanese dealer group is named after. None of them is
 * written in a person's name. NFKC has already turned ㈱ and （株） into "(株)".
 */
const CJK_BUSINESS = new RegExp(
  [
    '株式会社|有限会社|合同会社|合資会社|合名会社|\\((?:株|有|合|주|유)\\)|有限公司|公司|集团|集團|주식회사|유한회사',
    '店|営業所|販売|自販|自動車|中古車|モータース|モーターズ|オート|カーズ|センター|ガレージ|ディーラー|グループ|ホールディングス|モビリティ|商会|商事|工業|産業',
    'トヨタ|日産|ホンダ|マツダ|三菱|ダイハツ|レクサス',
    '汽车|汽車|二手车|车行|車行|车业|車業|商行|贸易|貿易',
    '지점|대리점|영업소|전시장|매매|자동차|중고차|모터스|오토|카센터|센터|상사|상회|유통|렌트|렌탈|캐피탈|그룹|옥션|경매장',
  ].join('|'),
);
/** Kana, CJK ideographs, Hangul: the scripts CJK_BUSINESS is written in (a cheap test before it). */
const CJK_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Number words, written in lower case: "Сегедская десять" (an office named after its street
 * number), "Seven Hills" would be capitalised. Words that are also particles or common surnames
 * ("dos", "ten", "Otto", "Dix", "Diez") are left out.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  (
    'one two three four five six seven eight nine eleven twelve twenty hundred thousand ' +
    'один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать двадцать сто ' +
    'дві чотири п’ять п\'ять шість сім вісім дев’ять дев\'ять ' +
    'jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć ' +
    'eins zwei drei vier fünf sechs neun zehn zwölf zwanzig hundert ' +
    'deux trois quatre cinq huit neuf onze douze vingt cent ' +
    'cuatro cinco siete ocho nueve doce veinte dois três quatro sete oito nove dez doze vinte ' +
    'twee drie vijf zeven negen tien twaalf ' +
    'fire seks syv åtte otte tolv tjue tyve tre fyra åtta nio tio ' +
    'due quattro cinque sette dieci dodici venti'
  ).split(' '),
);

let countries: ReadonlySet<string> | undefined;
/**
 * The English names of the world's countries and territories (from the runtime's CLDR data, as
 * `Intl.DisplayNames` gives them): a phone field's country picker lists them, and "Jordan",
 * "Georgia", "Chad" would otherwise pass for people. Built once per process, on first use (about
 * 20-45 ms, most of it the runtime's locale data, measured with tsx).
 */
let cities: ReadonlyMap<string, readonly string[] | undefined> | undefined;

/** How city-names-list.ts writes a city's name, and how a name is looked up in it: NFKC, lower case, single spaces. */
export function cityKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when the whole of `name` is a large city's ("London", "San Francisco"), on a page of
 * `country`'s market: city-names-list.ts says which, and which hold on their own country's pages
 * only ("Sari", a city of Iran's, is an Indonesian seller's name).
 */
export function isCityName(name: string, country?: string): boolean {
  const table = cityTable();
  const key = cityKey(name);
  if (!table.has(key)) return false;
  const only = table.get(key);
  return only === undefined || (country !== undefined && only.includes(country.toUpperCase()));
}
/** Whether `name` is a large city's name in any country, those that are also common surnames elsewhere too ("Lyon"): for where the words say it is a place. */
function isCityAnywhere(name: string): boolean {
  return cityTable().has(cityKey(name));
}
function cityTable(): ReadonlyMap<string, readonly string[] | undefined> {
  if (!cities) {
    const map = new Map<string, readonly string[] | undefined>();
    for (const entry of CITY_NAMES_TEXT.split('|')) {
      const [city, ...countries] = entry.split('/');
      map.set(city!, countries.length > 0 ? countries : undefined);
    }
    cities = map;
  }
  return cities;
}

function countryNames(): ReadonlySet<string> {
  if (countries) return countries;
  const names = new Set<string>();
  for (const name of regionsByName(['en']).keys()) {
    names.add(name);
    // CLDR writes "St. Lucia", "Svalbard & Jan Mayen"; pickers write "Saint Lucia", "... and ...".
    names.add(name.replace(/^st\. /, 'saint ').replace(/ & /g, ' and '));
  }
  countries = names;
  return names;
}

/**
 * How a word of a name opens where the layout or the prose gives it: a capital letter, or a
 * letter of a script that has no case (Arabic, Hebrew, Thai, the Indic scripts; Georgian writes
 * names in its small letters). CJK is not among them: there a "capitalised" run says nothing,
 * and its names are told by their characters (hasKnownName).
 */
export const NAME_INITIAL =
  /^(?:\p{Lu}|[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Ethiopic}])/u;

const VOWEL = /[aeiouyæøåäöüéèêëáàâãíìîïóòôõúùûýąęőűаеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/i;

const NAME_WORD = new RegExp(`^(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ][${LETTER}'’-]*\\.?)$`, 'u');
const PARTICLE = /^(?:von|van|der|den|de|da|di|du|la|le|af|zu|y|bin|al|ten|ter|zum|zur)$/;
/** A word that opens with a small letter, in any script. */
const SMALL_START = /^\p{Ll}/u;
/** A word in small letters that NAME_WORD's capital ranges let through ("śpiewa", "łowi"), not a particle. */
function letThroughSmall(word: string): boolean {
  return SMALL_START.test(word) && NAME_WORD.test(word) && !PARTICLE.test(word);
}

/**
 * A place's first word ("West Springfield", "Port Elizabeth", "Bad Homburg", "Sankt Gallen"): no
 * name (plausibleName); a list of branches, each with its line, is then no roster of people. So is
 * a street's type, which opens a street named after a person ("Rua Ana Lima", "Avenida Lucía
 * Gómez", "Av. Lena Marten"); not the types that are family names too ("Estrada", "Alameda",
 * "Plaza", "Piazza", "Corso") or given names ("Calle", a Swedish Carl).
 */
const PLACE_OPENING =
  /^(?:West|East|North|South|Upper|Lower|Port|Fort|Mount|Lake|Saint|Sankt|Santa|Bad|Rua|Avenida|Av\.|Avda\.|Travessa|Rodovia|Praça|Carrer|Carretera|Rue|Avenue|Boulevard|Bulevar|Ulica|Ul\.) \p{Lu}/u;

/**
 * PLACE_OPENING in any case, a name's value as the findings keep it, in small letters ("san martin"),
 * and the saints' words that open streets and towns ("San", "Sainte", "São"), which plausibleName
 * lets through so that a grid counts a city's card among its names before the city is dropped.
 */
const PLACE_OPENING_ANY_CASE = new RegExp(PLACE_OPENING.source.replace('|Saint|', '|Saint|Sainte|San|São|'), 'iu');
/**
 * Whether a name's value (in any case) opens with a place's word ("SAN MARTIN" over a street's
 * number, "West Warwick"): filters.ts drops such a name read off the layout or the prose, after a
 * grid has counted it among its cards.
 */
export function opensAsPlace(value: string): boolean {
  return value.includes(' ') && PLACE_OPENING_ANY_CASE.test(value);
}

/**
 * True when `raw` could be a person's or a trader's name (not a UI word, a sentence or an id).
 * `explicit`: the value is a name field's (a seller object's "name", a seller box's name
 * element), where people's own lower-case spelling ("leon") is still their name.
 */
// (and "it" and "is", as a member's display name says "It is me")
const SLOGAN_WORD = /^(?:for|you|your|the|our|my|we|with|it|is)$/i;

export function plausibleName(raw: string, explicit = false): boolean {
  const s = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (s.length < 2 || s.length > 60) return false;
  // ("3 + 1", "Oda + Salon": a fact's count, and two things joined, are no one's name)
  if (/[\d@<>{}[\]|/\\=_#*?!+]|https?:|www\./i.test(s)) return false;
  // Two letters, with the marks that scripts such as Thai write between them ("กุ้ง", "มิ้นท์").
  if (!/\p{L}\p{M}*\p{L}/u.test(s)) return false;
  if (s.includes(',')) return false; // "Berlin, Mitte", "Surname, Firstname Street 1": not one name
  // "Paul Harte - Kingsbury", "Nordic Homes - Oslo Sentrum": a firm and its branch (agentOfTradeName
  // takes the agent's own name out of "Anna BERG - Network France")
  if (DASH.test(s)) return false;
  // "Region:", "Kontakt:", "Vendedor: Juan García": a label, alone or with its value, shown where
  // a name would be; a name holds no colon
  if (s.includes(':')) return false;
  const words = s.split(' ');
  if (words.length > 6) return false;
  if (countryNames().has(s.toLowerCase())) return false;
  // "West Warwick", "Port Elizabeth", "Bad Homburg": a place (a branch's, a town's), not a name
  if (words.length > 1 && PLACE_OPENING.test(s)) return false;
  // "Dr.", "Mag.": a title where the name should be ("Kontakt: Frau Dr.")
  if (TITLE_ONLY.test(withoutHonorific(s))) return false;
  // "гр. София", "ul. Długa": a lower-case abbreviation opens a place, not a name
  if (/^\p{Ll}{1,4}\.$/u.test(words[0]!)) return false;
  // "II", "Jr.": a generational suffix or a Roman numeral alone is not a name
  if (words.every((w) => /^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(w))) return false;
  // "Ш И К": single letters are not a name
  if (words.every((w) => /^\p{L}\.?$/u.test(w))) return false;
  if (words.some((w) => businessWord(w))) return false;
  if (CJK_SCRIPT.test(s) && CJK_BUSINESS.test(s)) return false;
  if (words.some((w) => NUMBER_WORDS.has(w))) return false;
  // "New Life For You", "The Best Deals", "My Dream Home": a slogan's small words, never a person's name's
  if (words.length > 1 && words.some((w) => SLOGAN_WORD.test(w))) return false;
  // "LM", "JD": two capitals alone are a member's initials (an avatar's, a user card's), not a name.
  if (words.length === 1 && /^\p{Lu}{2}$/u.test(s)) return false;
  // "LKW", "BMW": one upper-case word with no vowel is an acronym (a shop's, a brand's), not a name.
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(s) && !VOWEL.test(s)) return false;
  // So is such a word of four plain letters or more after a name's ("Lena KLTR", a heating and
  // plumbing firm's initials): a Czech family name in capitals without a vowel ("SMRŽ") has its marks.
  if (words.length > 1 && words.some((w) => /^[A-Z]{4,}$/.test(w) && !VOWEL.test(w))) return false;
  // "lulibrecho", "nordicmotors": a one-word shop handle that ends in a trade word.
  if (words.length === 1 && tradeCompound(s)) return false;
  if (THAI.test(s) && THAI_TRADE.test(s)) return false;
  if (mixedScripts(s)) return false;
  if (NOT_NAME.has(words[0]!.toLowerCase().replace(/[.,:]$/, ''))) return false;
  if (SELLER_KIND_LAST.has(words[words.length - 1]!.toLowerCase())) return false;
  if (words.every((w) => NOT_NAME.has(w.toLowerCase()))) return false;
  // "Mi Mittwoch", "Sa Samstag": a word not a name's after its own abbreviation, as a responsive
  // table shows a weekday short on a phone and whole on a screen, both in the markup.
  if (words.length === 2 && NOT_NAME.has(words[1]!.toLowerCase()) && words[1]!.toLowerCase().startsWith(words[0]!.toLowerCase().replace(/\.$/, ''))) return false;
  // In running text a name has at least one capitalised word.
  return explicit || words.some((w) => NAME_INITIAL.test(w));
}

/**
 * Professional post-nominal letters that agents, valuers and surveyors write after their name
 * ("Jane Doe MRICS", "John Roe, MIPAV MCEPI", "Ann Poe CRS GRI"): memberships of the property,
 * valuation and surveying bodies of the English-speaking markets, and degrees. Written as the
 * bodies write them (case-sensitive); none of them is a surname in capitals ("MAI", "RENE",
 * "MARLA" are, and are left out).
 */
const POST_NOMINAL =
  'MRICS|FRICS|AssocRICS|MIPAV|FIPAV|MMCEPI|MCEPI|MSCSI|FSCSI|MNAEA|FNAEA|MNAVA|MIAVI|MREINZ|AREINZ|FREINZ|MREIQ|FAPI|CPV|' +
  'CRS|GRI|ABR|SRES|CCIM|CPM|CIPS|MBA|PhD|BSc|MSc|LLB|ACA|FCA|ACCA|CPA|CFA|' +
  // a US dentist's degrees, which no surname is ("Lena Marten DDS")
  'DDS|DMD|' +
  // The Czech and Slovak degrees and certifications written after a name ("Ing. Jana Nováková, CSc.").
  'CSc|DrSc|DiS|ArtD|Ph\\.D|RSc|LL\\.M|MPA|' +
  // The Bosnian, Croatian and Serbian diplomas after a name ("Lena Marten dipl.oec.", "mr.sc."), and
  // the Bologna degrees that followed them ("mag.oec.", "mag.ing.aedif.", "bacc.oec.", "univ.spec.oec.").
  'dipl\\. ?(?:iur|oec|ing|ecc|pravnik|ek)|mr\\. ?sc|dr\\. ?sc|' +
  'mag\\. ?(?:[a-z]{2,7}\\. ?){0,2}[a-z]{2,7}|bacc\\. ?(?:[a-z]{2,7}\\. ?)?[a-z]{2,7}|(?:univ|struč)\\. ?spec\\. ?[a-z]{2,7}';
/**
 * The degrees and licences of doctors, dentists, nurses, therapists and lawyers in the US and
 * elsewhere ("Dr. Jane Doe, MD", "John Roe, DDS", "Ann Poe, Esq."): taken only after a comma, as
 * directories write them, since "DO" or "OD" alone after a name may be its last word. Not "PA"
 * or "DC", which after a comma are as often a US state's or the capital's abbreviation.
 */
const COMMA_POST_NOMINAL =
  'MD|M\\.D|DO|D\\.O|DDS|D\\.D\\.S|DMD|DPM|DVM|OD|PsyD|PharmD|DNP|NP|FNP|FNP-BC|FNP-C|APRN|CRNP|RN|PA-C|LCSW|LPC|LMFT|PT|DPT|' +
  // a dental practice's registered assistants and hygienists
  'RDA|RDH|CDA|' +
  'FACS|FACOG|FACC|FACP|FAAP|FAAD|Esq|J\\.D|JD|LLM|' +
  // Commonwealth silks, and Indonesian and Malaysian law and other degrees ("Rafael Irfan, S.H., M.H.")
  'Q\\.C|QC|K\\.C|S\\.H|M\\.H|M\\.Kn|S\\.E|S\\.Kom|S\\.T|S\\.Psi|S\\.Sos|M\\.M|' +
  // a Canadian accountant's designations, the older "CA" only after "CPA" (alone it is California's)
  'CPA, *CA|CPA, *CGA|CPA, *CMA';
/**
 * The bodies' letters of three or more written with a dot after each ("Lena Marten M.S.C.S.I.,
 * M.R.I.C.S.", as Irish and British agents' cards print them).
 */
const DOTTED_POST_NOMINAL = POST_NOMINAL.split('|')
  .filter((a) => /^[A-Z]{3,}$/.test(a))
  .map((a) => a.split('').join('\\.'))
  .join('|');
const POST_NOMINALS = new RegExp(`(?:(?:,? +(?:${POST_NOMINAL}|${DOTTED_POST_NOMINAL})|, *(?:${COMMA_POST_NOMINAL}))\\.?)+$`);

/**
 * A trade word, alone or as a part of a hyphenated word ("Berg-Immobilien"); also lower-cased
 * without the dot a Turkish "İ" leaves ("OTOMOTİV") and without a closing full stop ("Lima Imóveis.").
 */
export function businessWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (BUSINESS.has(lower) || lower.split('-').some((p) => BUSINESS.has(p))) return true;
  if (lower.length >= 10 && BUSINESS_COMPOUND.test(lower)) return true;
  if (lower.length >= 8 && AUTO_COMPOUND.test(lower)) return true;
  if (lower.length >= 7 && CRAFT_SHOP.test(lower)) return true;
  const bare = lower.replace(/\u0307/g, '').replace(/\.$/, '');
  // A dotted legal form without its last dot ("Procasa S.C", "Berg S.L"): as written with it.
  if (/^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u.test(lower) && BUSINESS.has(`${lower}.`)) return true;
  return bare !== lower && BUSINESS.has(bare);
}

/**
 * A car trade's compound ("Autoworld", "Autoland", "Autowendell", "Avtohiša"): "auto" (Slovene and
 * Russian "avto") and a word glued to it, a dealer's name, not a family name.
 */
const AUTO_COMPOUND = /^(?:auto|avto)\p{L}{4,}$/u;

/**
 * A German firm's compound ("Malerwerkstätte", "Elektrofachbetrieb", "Reifenhandlung",
 * "Gebäudereinigung", "Zahnarztpraxis", "Anwaltskanzlei", "Gartenpflege", "Hausmeisterservice",
 * "Hundeschule", "Gesundheitszentrum", "Fotostudio", "Hundesalon"): a workshop, a firm, a trade's
 * shop, a practice, a care, a service, a school, a centre, a studio or a salon, not a family name.
 */
const BUSINESS_COMPOUND = /^\p{L}{4,}(?:werkstatt|werkstätte|werkstaette|betrieb|vertrieb|handlung|reinigung|technik|bedarf|praxis|kanzlei|pflege|service|schule|zentrum|studio|salon)$/u;
/** A German craft's shop, its trade's word and "-ei" ("Tischlerei", "Schreinerei", "Bäckerei", "Konditorei"), or a Dutch one's "-erij" ("Bakkerij", "Drukkerij"). */
const CRAFT_SHOP = /^\p{L}{4,}(?:rei|erij)$/u;

/**
 * A name with a job title before it, as contact boxes print it ("Warehouse Coordinator Petr
 * Novák", "Sales Manager Anna Berg"): the last two or three words, from the first that is a known
 * given name, when the words before it are no family names (a surname first, "Berg Anna Maria",
 * stays whole); also after a trade's word ("Tischlerei Lena Marten"). The name itself otherwise.
 */
export function withoutRoleBefore(name: string): string {
  const words = name.split(' ');
  if (words.length < 3 || opensWithGivenName(words[0]!)) return name;
  for (let i = 1; i < words.length - 1; i++) {
    if (!opensWithGivenName(words[i]!)) continue;
    if (words.length - i > 3 || words.slice(0, i).some((w) => isFamilyName(w))) return name;
    // One word before a given name and its surname that names no post ("Ravindra Prakash Joshi",
    // "Prakash" a given name too): a first name the known names lack. A post is a job title's word
    // or ends as one ("Manager", "Immobilienberater", "Teamleiterin").
    // Nor one that names no trade ("Tischlerei Lena Marten", a joiner's shop, over its owner).
    if (i === 1 && !isPostWord(words[0]!) && !businessWord(words[0]!)) return name;
    return words.slice(i).join(' ');
  }
  return name;
}

/**
 * A name with its job title after a bar, a spaced dash or a comma, as agents' cards head them
 * ("Lena Marten | Director", "Lena Marten - Sales Director", "Lena Marten, Principal Broker"): the
 * name. Only when every word after the mark names a post (isPostWord; "of", "and" between), at
 * most four: "Lena Marten | Perth" is a name and a place, and stays whole (no name then).
 */
const ROLE_AFTER = /^(.+?)\s*(?:\||\s[-–—]\s|,)\s*([^|,–—]+)$/;
const ROLE_JOINER = /^(?:of|and|&|de|der|des)$/i;
const MORE_POST_WORDS: ReadonlySet<string> = new Set(['principal', 'founder', 'co-founder', 'owner', 'partner', 'senior', 'junior', 'managing', 'head', 'chief', 'ceo', 'coo', 'cfo', 'leasing', 'property', 'licensed', 'lettings', 'general', 'office', 'branch']);

export function withoutRoleAfter(name: string): string {
  const m = ROLE_AFTER.exec(name);
  if (!m) return name;
  const words = m[2]!.trim().split(/\s+/);
  if (words.length > 4) return name;
  for (const w of words) {
    const bare = w.replace(/[.®]/g, '');
    if (!ROLE_JOINER.test(bare) && !MORE_POST_WORDS.has(bare.toLowerCase()) && !isPostWord(bare)) return name;
  }
  return m[1]!.trim();
}

/** Ends of German and Nordic compounds that name a post ("Teamleiter", "Sachbearbeiterin"), besides the agents' (AGENT_COMPOUND_END). */
const POST_COMPOUND_END = /\p{L}{3}(?:leiter|leiterin|referent|referentin|assistent|assistentin|bearbeiter|bearbeiterin|manager|managerin|partner|partnerin|chef|chefin|ansvarig|ansvarlig|voorzitter|vorsitzender|vorsitzende|wart|wartin|ordförande|formand|puheenjohtaja|leder|sjef|forvalter|oppmann)$/iu;

/** A word that names a post, not a person: a job title's, a salesperson's or a UI word. */
function isPostWord(word: string): boolean {
  const lower = word.toLowerCase();
  return JOB_TITLE_WORDS.has(lower) || NOT_NAME.has(lower) || AGENT_TITLE_WORD.test(word) || POST_COMPOUND_END.test(word);
}

/** The name without professional post-nominal letters after it ("Lena Marten MRICS" is "Lena Marten"); the name itself when it is nothing else. */
export function withoutLetters(name: string): string {
  const bare = name.replace(POST_NOMINALS, '');
  return bare.trim() ? bare : name;
}

/**
 * The name without academic titles before it and professional post-nominal letters after it
 * ("Ing. Jana Nováková, CSc." is "Jana Nováková"); the name itself when it is nothing else.
 */
export function withoutPostNominals(name: string): string {
  const bare = name.replace(/\s+/g, ' ').trim().replace(POST_NOMINALS, '').replace(LEADING_TITLES, '');
  return bare.trim() ? bare : name;
}

/** A trade name's two parts around a spaced dash: "Anna BERG - Network France", "brand - Anna BERG". */
const DASH = / [-–—] /;
/** A name with a trade word in it ("Grupo Alameda", "Nordic Realty AS"). */
export function tradeName(name: string): boolean {
  return name.split(' ').some((w) => BUSINESS.has(w.toLowerCase()));
}
/** A first name, then a surname in capitals as French and other registries write it ("Anna BERG", "Jean-Luc MARTIN-DURAND"). */
const FIRST_THEN_SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*){1,2}$/u;

/**
 * The agent's own name inside an agent's trade name: networks of self-employed estate agents and
 * brokers show each agent's account as "<Person> - <Network>" or "<Network> - <Person>". Taken
 * only where the person's part is a known first name and a surname in capitals ("Anna BERG"), a
 * form that branches and places ("Century 21 - Paris Nation", "Palmera - Lease Marina") do not take,
 * and the other part is not such a name too (two agents' names: neither is taken).
 */
export function agentOfTradeName(raw: string): string | undefined {
  const parts = raw.normalize('NFKC').replace(/\s+/g, ' ').trim().split(DASH);
  if (parts.length !== 2) return undefined;
  const [a, b] = [parts[0]!.trim(), parts[1]!.trim()];
  // Or a known first name and a surname beside a firm's name that says it is one ("Grupo Alameda
  // - Rosa Quintero", "Anna Berg - Nordic Realty": a trade word the person's side lacks).
  // So is a network's name written as brands write theirs, in small letters or with an acronym
  // ("qorvanity - Lena Marten", "Anna Berg - QRV France"), where no known given name opens it.
  const firm = (other: string): boolean => tradeName(other) || ((/^\p{Ll}/u.test(other) || /(?:^| )\p{Lu}{2,6}(?: |$)/u.test(other)) && !opensWithGivenName(other));
  // Not a branch named by its town and quarter ("Qorvan Immobilier - Lyon Centre"): a first word
  // that is a town's needs a known family name after it.
  const branch = (person: string): boolean => isCityName(person.split(' ')[0]!) && !isFamilyName(person.split(' ').at(-1)!);
  const beside = (person: string, other: string): boolean =>
    /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(person) && opensWithGivenName(person) && firm(other) && !tradeName(person) && !branch(person);
  const aPerson = FIRST_THEN_SURNAME.test(a) || beside(a, b);
  const bPerson = FIRST_THEN_SURNAME.test(b) || beside(b, a);
  if (aPerson === bPerson) return undefined;
  const person = aPerson ? a : b;
  // "Palmera - Lease Marina": a branch's word and a place's acronym take the same form; the first name
  // must be a known one.
  return plausibleName(person, true) && opensWithGivenName(person) ? person : undefined;
}

const HONORIFIC =
  'Herrn?|Frau|Hr\\.|Fr\\.|Monsieur|Madame|Mademoiselle|Mme\\.?|Mlle\\.?|M\\.|Pan|Pani|Panią|Pana|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|' +
  // Polish degrees, written in small letters before a clinic's or an office's people ("mgr Anna Nowak",
  // "lek. dent. Jan Kowalski", "mgr inż. Ewa Lis")
  'mgr inż\\.|mgr|lek\\. (?:med|dent|wet)\\.|lek\\.|inż\\.|' +
  // the clergy's ("ks. Jan Nowak", the Polish priest's; "Rev. Anna Berg", "Pfarrer Lukas Roth", "Père Marc Roy")
  'ks\\.|Ks\\.|Rev\\.|Revd\\.?|Reverend|Pfarrer|Pfarrerin|Pastor|Pastorin|Diakon|Pater|Père|Abbé|Padre|' +
  'Maître|Maitre|MAÎTRE|MAITRE|Me|Dhr\\.?|Mevr\\.?|dhr\\.|mevr\\.|Mevrouw|Meneer|Sr\\.|Sra\\.|Señor|Señora|Sig\\.|Sig\\.ra|Signor|Signora|Herra|Rouva|' +
  // Romanian forms ("doamna Ana Pop", "dl. Ion Marin")
  'Doamna|doamna|Doamnei|Domnul|domnul|Dna\\.|dna\\.|Dl\\.|dl\\.|' +
  // Malay: Encik, Puan ("ENQUIRIES: EN. AHMAD KAMAL"), taken only on the Malay-speaking markets' pages (MALAY_SPEAKING)
  'En\\.|EN\\.|Encik|ENCIK|Pn\\.|PN\\.|Puan|PUAN|' +
  // Vietnamese: Ông, Bà ("ÔNG PHẠM QUỐC BẢO / Chức vụ: Giám Đốc"), taken only on Vietnam's pages (VIETNAMESE_HONORIFIC)
  'Ông|ÔNG|Bà|BÀ';
/**
 * Academic and professional titles between an honorific and the name ("Frau Dr. Anna Berg", "Herr
 * Dipl.-Ing. Jan Roth", "Pan Ing. Petr Novák", "Sig. Dott. Marco Greco"): skipped, not read as the
 * name. Those that are also words or names ("Ing", "Mag", "Arch") only with their dot.
 */
// ("ZÄ", "ZA": a German dentist's, Zahnärztin or Zahnarzt, before the name as an imprint writes it)
const TITLE_DOT_OPTIONAL = 'Dr|Prof|Professor|Drs|Dra|Dott(?:\\.ssa|ssa)?|Doctor|Doctora|Doktor|ZÄ|ZA|Доктор|Д-р|Лікар|Лекар';
const TITLE_DOT_REQUIRED = 'Dipl\\.-[A-ZÄÖÜ][a-zäöü]+|Dipl|DDr|Ing|Mag|Mgr|MUDr|JUDr|PhDr|RNDr|Bc|Avv|Arch|Geom|Rag|Ir';
/** The faculty a German doctor's title names after "Dr." ("Dr. med. dent.", "Dr. rer. nat.", "Dr. h.c."). */
const DR_FIELDS = '(?: ?(?:med|dent|vet|rer|nat|phil|iur|jur|oec|pol|pharm|theol|habil|univ|techn|agr|sc|h\\.c|publ|soc|medic)\\.)*';
const TITLES = `(?:(?:${TITLE_DOT_OPTIONAL})\\.?${DR_FIELDS} ?|(?:${TITLE_DOT_REQUIRED})\\. ?)*`;
const CONTACT_VERB =
  '(?:ring|ringe|ringer|ring til|ring gjerne|ring eller sms|sms|kontakt|kontakta|kontakte|kontakt gjerne|kontakta gärna|' +
  'ring gärna|ring till|ring på|send sms til|call|text|contact|please call|call or text|ask for|fråga efter|spør etter|' +
  'contactez|appelez|demandez|zadzwoń do|dzwoń do|pytać o|soita|soittele|bel|bellen met|vraag naar|' +
  // French infinitives, as listings' buttons and ads write them ("Contacter Maëlle au 06 …", "joindre Marc")
  'contacter|appeler|joindre|téléphoner à|téléphonez à|' +
  // Spanish, Portuguese and Italian: "llamar a Marta", "falar com João", "chiedere di Marco". (Not the
  // Slavic verbs: a name after them is inflected, "звоните Ольге", and would be stored misspelt.)
  'llamar a|llame a|llamá a|preguntar por|pregunte por|preguntá por|hablar con|contactar a|contactar con|' +
  'falar com|ligar para|perguntar por|chiedere di|chiamare|contattare|' +
  // English "speak to", German "Fragen an" (questions to), Romanian "ask for" and "call him / her"
  // Norwegian, Danish and Swedish "talk to" ("Snakk med Lena om prisen")
  'snakk med|snak med|tal med|prata med|' +
  'speak to|speak with|talk to|write to|fragen an|întrebați de|intrebati de|sunați-l pe|sunați-o pe|sunati-l pe|sunati-o pe|' +
  // Slovak and Czech agencies' ads: the agent the agency is "represented by" ("v zastúpení Ing. Tomáš Horák")
  'zastúpení|zastoupení)';
/** A family name's particles, written in small letters between a name's words ("Sanne de Vries", "João da Costa"). */
export const FAMILY_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'do', 'le', 'la', 'af', 'zu', 'ten', 'ter'];
/** The capitals a name opens with in the texts' rules (Latin and Cyrillic). */
const CAPITAL = 'A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ';
/** Academic titles before a name ("Ing. Jana Nováková", "Mgr. art. …", "Dr. Anna Berg"), up to the name's capital. */
/**
 * Polish degrees as written before a name, in small letters or not: "dr", "dr hab.", "prof.",
 * and the field after them ("dr n. med.", "dr hab. n. ekon.": of medical, of economic sciences).
 */
const POLISH_DEGREES = 'dr\\.? |[Dd]r hab\\. |hab\\. |prof\\. |n\\. [a-ząćęłńóśźż]{2,8}\\. ';
const LEADING_TITLES = new RegExp(`^(?:(?:${TITLE_DOT_OPTIONAL})\\.?${DR_FIELDS} |(?:${TITLE_DOT_REQUIRED}|PaedDr|MVDr|PharmDr|ThDr|MgA|doc|Doc)\\. ?|art\\. |päd\\. |${POLISH_DEGREES})+(?=[${CAPITAL}])`);

/** The name without academic titles before it: "Dra. Ana Ruiz" -> "Ana Ruiz", "Dipl. päd. Lena Marten" -> "Lena Marten". */
export function withoutTitles(name: string): string {
  return name.replace(LEADING_TITLES, '');
}

/** An honorific before a name ("Herr Lukas Berg", "Mme. Anne Roy"). */
const LEADING_HONORIFIC = new RegExp(`^(?:${HONORIFIC})(?![${LETTER}]) +(?=[${CAPITAL}])`);

/** The name without an honorific before it: "Herr Lukas Berg" -> "Lukas Berg" (a lone "Herr Berg" keeps its surname). */
export function withoutHonorific(name: string): string {
  return name.replace(LEADING_HONORIFIC, '');
}

/** A run that starts with an honorific ("Mr", "Frau Berg"). */
const HONORIFIC_WORD = new RegExp(`^(?:${HONORIFIC.replace(/\\\./g, '')})(?![${LETTER}])`);

/**
 * Honorific, then one to three name words, the first may be an initial ("Frau A. Berg-Lind"), and a
 * middle initial after the given name ("Mrs Lena K. Marten"). "M." needs two (it is also an initial).
 */
const AFTER_HONORIFIC = new RegExp(
  `(?<![${LETTER}0-9])(${HONORIFIC})(?![${LETTER}]) ?${TITLES}((?:[A-ZÀ-ÖØ-ÞĀ-Ž]\\. ?)?[A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž]\\.(?= [A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}]))?(?: (?:von|van|der|den|de|da|di|du|le|la|af|zu)(?= )){0,2}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}'’-]+){0,2})`,
  'g',
);
/** A title alone where the name should be ("Frau Dr." at a line's end). */
const TITLE_ONLY = new RegExp(`^(?:${TITLE_DOT_OPTIONAL}|${TITLE_DOT_REQUIRED})\\.?$`, 'i');
/** Case-insensitive letters in a pattern that must stay case-sensitive elsewhere. */
export function anyCase(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

/**
 * Contact verbs of the Slavic, Hungarian and Baltic markets, taken only with a colon after them
 * ("Pre viac informácií kontaktujte: Jana Horváthová, …", "Обращайтесь: Ольга"): after the
 * colon the name stands as in a label, in the nominative, while without it the name is
 * inflected ("volajte Jane") and would be stored misspelt.
 */
const COLON_VERB =
  '(?:kontaktujte|kontaktujte nás|kontaktuj|volajte|volejte|zavolajte|zavolejte|informujte se u|' +
  'kontaktirajte|nazovite|pozovite|zadzwoń|dzwoń|dzwonić|kontakt z|hívja|hívjon|keresse|' +
  'звоните|звонить|обращайтесь|телефонуйте|дзвоніть|звертайтеся|обадете се|звънете|skambinkite|zvaniet|helistage)';

/**
 * The name after a contact verb, and what closes it: end, punctuation, a number (or one the
 * site masks but for its last digits, "Call Kamal ******0142") or a lower-case word. A family
 * name's particles may come between the two words ("bel Sanne de Vries", "ligar para João da
 * Costa"), not "y" or "and", which join two people. The Czech and Slovak academic
 * titles before it are passed over ("v zastúpení Ing. Tomáš Horák").
 */
const VERB_NAME = `(?:(?:[Ii]ng|[Mm]gr|[Bb]c|JUDr|MUDr|MVDr|PhDr|RNDr|PaedDr|[Dd]oc)\\. ?){0,3}([${CAPITAL}][${LETTER}'’-]+(?:(?: (?:${FAMILY_PARTICLES.join('|')})){0,2} [${CAPITAL}][${LETTER}'’-]+)?)(?=$|[ ]?[,.;:!)(–-]|[ ]?\\+?\\d|[ ]?\\*{3,}\\d| [a-zà-ÿа-яёіїєґ])`;
const AFTER_VERB = new RegExp(`(?<![${LETTER}0-9])${anyCase(CONTACT_VERB)} ${VERB_NAME}`, 'gm');
/**
 * The contact verbs taken right before a colon ("kontakta: Anna Berg", "kontaktujte: Jana …"),
 * lower-case: CONTACT_VERB's but "text", "sms" and "bel", which are also labels of a field
 * ("Text: Great car"), and COLON_VERB's. Looked up by the words before each of the page's colons
 * (see scanColonVerbs): the alternations are plain words.
 */
const VERBS_BEFORE_COLON: ReadonlySet<string> = new Set(
  [...CONTACT_VERB.slice(3, -1).split('|').filter((v) => v !== 'text' && v !== 'sms' && v !== 'bel'), ...COLON_VERB.slice(3, -1).split('|')],
);
/** The most words, and characters, a verb of VERBS_BEFORE_COLON has. */
const MAX_VERB_WORDS = Math.max(...[...VERBS_BEFORE_COLON].map((v) => v.split(' ').length));
const MAX_VERB_LENGTH = Math.max(...[...VERBS_BEFORE_COLON].map((v) => v.length));
/** One character of a verb's word. */
const LETTER_OR_MARK = new RegExp(`[${LETTER}\\p{M}]`, 'u');
/** The name after such a colon. */
const NAME_AFTER_COLON = new RegExp(` ?${VERB_NAME}`, 'my');

/**
 * A look-ahead for the first letters, in both cases, of a list of words ("ring|call|…" gives
 * "(?=[rRcC…])"), put before a pattern that opens with a look-behind and the list: V8 then
 * skips to those letters before it tries the look-behind and every word, instead of trying
 * them at each character: the self-introduction pattern took about half the time so on the
 * corpus's pages (a scratch measurement, the two patterns over the same texts in turns; the
 * honorifics' pattern gained nothing, and has none). The look-ahead only adds a test every
 * match passes: every word of the list starts with a letter.
 */
function firstLetters(words: string): string {
  const firsts = new Set<string>();
  for (const w of words.split('|')) {
    const c = w.charAt(0);
    if (c.toLowerCase() === c.toUpperCase()) throw new Error(`firstLetters: "${w}" does not start with a letter`);
    firsts.add(c.toLowerCase()).add(c.toUpperCase());
  }
  return `(?=[${[...firsts].join('')}])`;
}

/** One given name, a double one joined by a hyphen ("Anna-Lena"), not a word with a lower-case tail ("Paris-based"). */
const INTRO_NAME = `[${CAPITAL}][${LETTER}'’]+(?:-[${CAPITAL}][${LETTER}'’]+)?(?![${LETTER}'’-])`;
/**
 * A full name's words after the given name: one or two more, a family name's particles allowed
 * before each ("Ik ben Lena van der Marten", "je suis Anna de Berg"); a particle before a town's
 * name ("je suis Lena de Lyon") is read as "from" (see introducedName).
 */
const INTRO_NAME_TAIL = `(?:(?: (?:${FAMILY_PARTICLES.join('|')})){0,2} ${INTRO_NAME}){1,2}`;
/** An introduced name as INTRO_NAME_TAIL reads it, cut before a particle that opens a town's name ("Lena de Lyon": Lena, from Lyon). */
function introducedName(raw: string): string {
  const words = raw.split(' ');
  for (let i = 1; i < words.length - 1; i++) if (INTRO_PARTICLES.has(words[i]!) && isCityAnywhere(words.slice(i + 1).filter((w) => !INTRO_PARTICLES.has(w)).join(' '))) return words.slice(0, i).join(' ');
  return raw;
}
const INTRO_PARTICLES: ReadonlySet<string> = new Set(FAMILY_PARTICLES);
/** The phrases people introduce themselves with, in the markets' languages (lower case; SELF_INTRO takes them in any case). */
const INTRO_PHRASES =
  "my name is|i am|i'm|i’m|we are|we're|we’re|ich bin|ich heiße|ich heisse|mein name ist|wir sind|je m'appelle|je suis|moi c'est|nous sommes|me llamo|mi nombre es|somos|mi chiamo|siamo|" +
  // "I am" in Italian, Spanish and Portuguese ("Buongiorno, sono Lena Marten, nutrizionista", "Hola, soy Lena")
  'sono|soy|sou|' +
  'jeg heter|jag heter|jeg hedder|mit navn er|mitt navn er|vi er|vi är|mitt namn är|nimeni on|olen|nazywam się|mam na imię|jestem|jesteśmy|ik ben|ik heet|mijn naam is|wij zijn|me chamo|меня зовут|мене звати|' +
  // Romanian, Czech, Slovak, Hungarian, Croatian/Serbian/Bosnian
  'numele meu este|mă numesc|ma numesc|jmenuji se|volám se|volám sa|a nevem|zovem se|ime mi je';
/**
 * A small business's owner named with the team they lead, as its "about" text introduces them
 * ("En 2004, Lena Marten et son équipe…", "Kamal Reilly and his team", "Anna Berg und ihr
 * Team"): two or three capitalised words before the phrase, a first initial allowed before them
 * ("J. Kamal Reilly and his staff"). Held to the known-names check.
 */
const TEAM_PHRASE =
  /(?<=\S) (?:et (?:toute )?son équipe|and (?:his|her|their) (?:team|staff)|und (?:sein|ihr) Team|y su equipo|e il suo (?:team|staff)|e la sua squadra|en (?:zijn|haar) team|og (?:hans|hennes) team|och (?:hans|hennes) team)(?![\p{L}])/gu;
/** INTRO_PHRASES' "we are"s, which a firm says of itself as often as a couple does. */
const PLURAL_INTRO_PHRASES: ReadonlySet<string> = new Set(['we are', "we're", 'we’re', 'wir sind', 'nous sommes', 'somos', 'siamo', 'vi er', 'vi är', 'jesteśmy', 'wij zijn']);
/** The phrases one person introduces themselves with: INTRO_PHRASES without the "we are"s. */
const SINGLE_INTRO_PHRASES = INTRO_PHRASES.split('|').filter((p) => !PLURAL_INTRO_PHRASES.has(p)).join('|');
/**
 * A person's full name after such a phrase at the line's end, as a page's heading introduces its
 * owner ("Hoi, ik ben Lena Marten", "Hi, I'm Kamal Reilly"), which SELF_INTRO, reading the prose,
 * takes only before a dash, a comma or a full stop. Two or three name words.
 */
const INTRO_AT_LINE_END = new RegExp(
  `${firstLetters(SINGLE_INTRO_PHRASES)}(?<![${LETTER}])${anyCase(`(?:${SINGLE_INTRO_PHRASES})`)} (${INTRO_NAME}${INTRO_NAME_TAIL})[ \\t]*$`,
  'gm',
);
/**
 * A heading that asks who the page's person is ("Who is Lena Marten?", "Chi è Davide Marten",
 * "Wer ist Anna Berg:"), as a candidate's, an artist's or a one-person firm's "about" section
 * opens: the whole line, the name two or three words. Held to the known-name check (origin "text").
 */
const WHO_IS_PHRASES = "who is|wer ist|qui est|chi è|chi e'|chi e’|quién es|quien es|quem é|quem e|kim jest|wie is|kdo je|kto je|ki az|hvem er|vem är|kuka on|cine este|cine e|tko je|ko je";
const WHO_IS_LINE = new RegExp(`^[ \\t]*${anyCase(`(?:${WHO_IS_PHRASES})`)} (${INTRO_NAME}${INTRO_NAME_TAIL})[ \\t]*[?:]?[ \\t]*$`, 'gm');
/** A cheap first look for WHO_IS_LINE: one of its phrases anywhere. */
const WHO_IS_HINT = new RegExp(`(?:${WHO_IS_PHRASES}) `, 'i');
/** Whether a self-introduction (a SELF_INTRO match) opens with one person's phrase, not a firm's "we are". */
const SINGLE_INTRO_START = new RegExp(`^${anyCase(`(?:${SINGLE_INTRO_PHRASES})`)} `);

/**
 * The full names one person introduces themselves with in `text` (SELF_INTRO, INTRO_AT_LINE_END:
 * "Hoi, ik ben Lena Marten" as a one-person practice's header says it), two words or more opening
 * with a known given name, not a firm's "we are": index.ts reads a site's own header and footer for
 * them, where a given name alone could be anyone's.
 */
export function selfIntroducedNames(text: string): string[] {
  const out: string[] = [];
  for (const pattern of [SELF_INTRO, INTRO_AT_LINE_END]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = SINGLE_INTRO_START.test(m[0]) ? clean(introducedName(m[1]!)) : undefined;
      if (name && name.includes(' ') && opensWithGivenName(name) && !tradeName(name) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** The name right before such a phrase (found from the phrase back: the phrases are rare, capitals are not). */
const NAME_BEFORE_TEAM = new RegExp(`(?<![${LETTER}.])((?:[${CAPITAL}]\\. )?[${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})$`);
/** Characters looked at before the phrase for the name. */
const TEAM_NAME_REACH = 60;

/**
 * A person introducing themselves in their ad ("Hallo, ich bin Lena und suche…", "Wir sind
 * Lotte und Jonas", "my name is Tom", "je m'appelle Margaux", "We're Ines & Tom"): the name after the
 * phrase, and a second one joined by "and" or "&". A full name (two or three words) only before a dash, as a tradesman's
 * site opens ("I'm Tom Berg — your local electrician"), a comma or a full stop ("I'm Lena Marten,
 * my father was …"), or "and" before the sentence goes on ("je m'appelle Lena Marten et j'aide
 * les petites entreprises", "I'm Lena Marten and I help …"). Held to the known-names check, as names from the prose are.
 */
const SELF_INTRO = new RegExp(
  `${firstLetters(INTRO_PHRASES)}(?<![${LETTER}])${anyCase(`(?:${INTRO_PHRASES})`)} (${INTRO_NAME}(?:${INTRO_NAME_TAIL}(?= [—–-] |[,.!](?:\\s|$)| (?:and|und|et|y|e|en|og|och|i|a) (?:[a-zà-ÿ]|I )))?)(?:,[^\\n]{0,80}?| (?:und|and|et|y|e|och|og|i|en|a|&) (${INTRO_NAME}))?(?=$|[ ]?[,.;:!)(—–-]| [a-zà-ÿа-яёіїєґ]| (?:und|and|et|y|e|och|og|i|en|a|&) )`,
  'gm',
);
/**
 * A second person offered beside the first, with their own number: "call Anna at 555-0142 or
 * Bob at 555-0143", "ring Per på 412 83 920 eller Kari på 900 12 345". Read from where the
 * contact verb's name ends: up to 40 characters on the same line, the word "or" in the
 * markets' languages, a capitalised name, then (after "at", "on", "på"... or nothing) a number.
 */
const OR_SECOND = new RegExp(
  `[^\\n]{0,40}? (?:or|eller|oder|ou|lub|of|o|tai) ([A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}'’-]+)?)` +
    `(?= (?:(?:at|on|på|unter|au|pod|op|al|a|numerem|nummer|no\\.?):? )?\\(?\\+?\\d)`,
  'y',
);

/**
 * The others a contact verb's list names after its first person: "Ask for Lena Marten, Anna Berg,
 * or Kamal Reilly.", "ring Per eller Kari.", "llamar a Ana o Lucía". Each after a comma or the
 * markets' "or" and "and", one to three capitalised words that open with a known given name
 * (a day's, a firm's or a town's words after a comma open with none) and end the list's item.
 */
const LIST_JOINER = '(?:or|and|&|eller|og|och|oder|und|ou|et|o|y|e|lub|i|of|en|tai|ja)';
const LISTED_NEXT = new RegExp(
  `(?:,? (${LIST_JOINER})|,) ([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){0,2})(?=$|[ ]?[,.;:!)]| ${LIST_JOINER} )`,
  'my',
);
/** The markets where "of" is "or" (LISTED_NEXT). */
const DUTCH_SPEAKING: ReadonlySet<string> = new Set(['NL', 'BE', 'SR']);
/** At most so many people in one contact verb's list. */
const MAX_LISTED = 5;
/** Reads the people listed after a contact verb's first (LISTED_NEXT); where the list ends. */
function listedAfter(text: string, end: number, found: FindingSet, origin: string): number {
  for (let i = 0; i < MAX_LISTED; i++) {
    LISTED_NEXT.lastIndex = end;
    const m = LISTED_NEXT.exec(text);
    // Dutch "of" is "or"; the English word names the person's firm or town ("Call Anna Berg of Wendell.").
    if (m && m[1] === 'of' && !DUTCH_SPEAKING.has(found.country)) break;
    const name = m && clean(m[2]!);
    if (!m || !name || !opensWithGivenName(name) || tradeName(m[2]!) || legalFormAt(text, m.index + m[0].length)) break;
    found.add('name', name, origin);
    end = m.index + m[0].length;
  }
  return end;
}

/**
 * "Email Anna at anna@example.com", "e-mail Bob on ...": a name after an e-mail verb, taken only
 * where the address or a number follows ("Email Address:", "Email Seller" are UI text).
 */
const AFTER_EMAIL_VERB = new RegExp(
  `(?<![${LETTER}0-9])${anyCase('(?:e-?mail|mail|write to|message)')} ([A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][${LETTER}'’-]+)?)` +
    `(?= (?:at|on|via) [^\\s@]{0,40}(?:@|\\+?\\d{3}))`,
  'g',
);

/** A generational suffix after a surname: "John Smith II", "Juan Pérez Jr.". */
const SUFFIX = '(?: (?:Jr\\.?|Sr\\.?|II|III|IV))?';

/**
 * Words no name has: one ending in a hyphen ("DE-10115", "CX-5": a code's prefix), or words
 * glued by a layout that drops the space between elements ("NewMazda", "SponsoredNew"): a
 * capital after a small letter, except after the prefixes of names written that way (McLean,
 * MacLeod, DeVries, LeBlanc, VanDyke).
 */
const NOT_NAME_WORD = /[-‐]$|\p{Ll}(?<!^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Ten|Ter))\p{Lu}/u;

/** A word's last letter that only an inflected form of a name ends with (see clean). */
const INFLECTED_END = /[ąęĄĘ]$/u;

/** An English possessive's ending on a word: "'s", "’s", or the apostrophe alone after an "s" ("Davies'"). */
const POSSESSIVE_END = /(?<=\p{L})['’]s$|(?<=[sS])['’]$/u;
function clean(name: string): string | undefined {
  // Professional letters after the name are no part of it ("Lena Marten MRICS", "Kamal Reilly, Q.C.").
  const words = withoutLetters(name).split(' ').filter(Boolean);
  // Trailing UI words and particles go; a trade word stays, and plausibleName refuses the run as a
  // business's ("Call London Office" is not "London").
  const trailing = (w: string): boolean => (NOT_NAME.has(w.toLowerCase()) && !BUSINESS.has(w.toLowerCase())) || PARTICLE.test(w);
  while (words.length && trailing(words[words.length - 1]!)) words.pop();
  // An English possessive after the name is no part of it ("Mr. Roe's office", "Lena Marten’s
  // car", "Mr. Davies' garage", "Mr. O'Brien's van", "van" taken off above as a particle).
  if (words.length) words[words.length - 1] = words[words.length - 1]!.replace(POSSESSIVE_END, '');
  // A word in small letters that the capitals' ranges let through (Latin Extended-A, "Ā-Ž", holds
  // both cases: "ś", "ł", "č"): the sentence's next word after a name ("Pani Lena Marten śpiewa w
  // chórze …"), not the name's. Left out at the end of a name of two words or more; anywhere else
  // the run is no name. (Other words in small letters fail NAME_WORD and the run, as before.)
  while (words.length > 2 && letThroughSmall(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || words.some((w) => (!NAME_WORD.test(w) && !PARTICLE.test(w)) || NOT_NAME_WORD.test(w) || letThroughSmall(w))) return undefined;
  // A name inflected by the sentence around it: Polish and Lithuanian write a name's accusative
  // or instrumental with a last "ę" or "ą" ("Polecam Panią Lenę Marten", "z Panią Leną"), which
  // no name's own form ends with. The person is named in full elsewhere or not at all.
  if (words.some((w) => INFLECTED_END.test(w))) return undefined;
  const out = words.join(' ');
  return plausibleName(out) ? out : undefined;
}

/**
 * "Theo 501 720 226" in a contact block ("Zadzwoń teraz!", "Tel.:" above): a first name, or
 * first and last, then the number. Only on lines that start with the name, and only where a
 * phone label or contact verb is on the line or one of the three lines above.
 */
const NAME_THEN_PHONE = new RegExp(
  `^([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][${LETTER}'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][${LETTER}'’.-]*)?${SUFFIX})[ \\t]*([–:-]?)[ \\t]*\\(?(?:\\+\\d{1,3}[ ]?)?\\d{2,4}[\\d ()/.-]{4,}`,
  'gm',
);

/** A day of the month and a year after the "name" ("Jan 21 2024", "Mai 3, 2024"): a date. */
const DATE_AFTER = /^[ \t]*\d{1,2},? (?:19|20)\d{2}(?!\d)/;

/** ISO 4217 codes ("USD", "EUR"): written in capitals before an amount ("USD 315.500"), a price, not a name and a number. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

function isLabel(words: string): boolean {
  PHONE_LABEL.lastIndex = 0;
  return PHONE_LABEL.test(words) || notPhoneLabelEnd(words) >= 0 || VIN_LABEL.test(words);
}

/**
 * The buttons that reveal an advertiser's number, in the markets' languages ("Show phone",
 * "Telefonnummer anzeigen", "Pokaż numer", "Telefonu Göster").
 */
const SHOW_PHONE_BUTTONS =
  '(?:(?:show|reveal|view|see|display) (?:the |full )?(?:phone|number|phone number|telephone|telephone number|contact number|mobile)|' +
  'telefonnummer anzeigen|nummer anzeigen|telefon anzeigen|voir le numéro|afficher le numéro|afficher le téléphone|' +
  'ver teléfono|mostrar teléfono|ver número|ver telefone|mostrar telefone|mostra numero|mostra telefono|vedi numero|' +
  'toon telefoonnummer|toon nummer|bekijk telefoonnummer|pokaż numer|pokaż telefon|pokaż numer telefonu|' +
  'zobrazit číslo|zobraziť číslo|zobrazit telefon|zobraziť telefón|показать телефон|показать номер|показати телефон|' +
  'показати номер|покажи телефона|покажи номера|telefonu göster|numarayı göster|telefon numarasını göster|' +
  'visa telefonnummer|visa nummer|vis telefonnummer|vis nummer|näytä puhelinnumero|näytä numero|' +
  'telefonszám megjelenítése|arată numărul|afișează telefonul|afișează numărul|prikaži broj|pokaži broj|' +
  'prikaži številko|rodyti numerį|rādīt numuru|näita numbrit|εμφάνιση τηλεφώνου)';
/** A phone's label before such a button, its colon or not; alone, with it. (Spaces, not "\s" or "\t": anyCase writes each letter as its two cases.) */
const SHOW_PHONE_LABEL_WORD = '(?:tel|tel\\.|teléfono|telefono|telephone|phone|telefon|cel|cel\\.|celular|móvil|movil|whatsapp)';
const SHOW_PHONE_LABEL = `${SHOW_PHONE_LABEL_WORD} *:? *`;
const BARE_PHONE_LABEL = `${SHOW_PHONE_LABEL_WORD} *:`;
/** Such a button's line, "ver datos" (see the details) too, a Mexican portal's in place of the number. */
const REVEAL_LINE = new RegExp(`^[ \\t]*${anyCase(`(?:ver datos|${SHOW_PHONE_BUTTONS})`)}[ \\t]*$`);
/**
 * A button's line, after a phone's label or not ("Show phone", "Tel: Ver datos"); or that label
 * alone with its colon ("Tel:"), where the button is no text of the page or on the next line.
 */
const SHOW_PHONE_LINE = new RegExp(
  `^[ \\t]*${anyCase(`(?:${SHOW_PHONE_LABEL}ver datos|${BARE_PHONE_LABEL}|(?:${SHOW_PHONE_LABEL})?${SHOW_PHONE_BUTTONS})`)}[ \\t]*$`,
  'gm',
);

/**
 * A name on the line right before such a button ("Anna Berg" / "Show phone"): the card of the
 * advertiser whose number the button reveals. A trade name or a label there is refused as
 * anywhere (clean, isLabel).
 */
function scanNamesBeforeShowPhone(text: string, found: FindingSet, origin: string): void {
  SHOW_PHONE_LINE.lastIndex = 0;
  for (let m = SHOW_PHONE_LINE.exec(text); m; m = SHOW_PHONE_LINE.exec(text)) {
    if (m.index < 2) continue;
    const start = text.lastIndexOf('\n', m.index - 2) + 1;
    const line = text.slice(start, m.index - 1).trim();
    if (line.length > 60 || !NAME_LINE.test(line)) continue;
    // A label alone ("Tel:") ends its block, or its button's line follows: a line of other text
    // under it ("Telefon:" / "Mo-Fr 8-17 Uhr") makes it a card's label whose number is elsewhere.
    if (m[0].trimEnd().endsWith(':')) {
      const next = lineAt(text, m.index + m[0].length + 1) ?? '';
      if (next.trim() && !REVEAL_LINE.test(next)) continue;
    }
    const name = clean(line);
    if (name && !isLabel(name)) found.add('name', name, origin);
  }
}

/** "M. Brandt Online: 1 Stunde", "Eva Lind en ligne": a member's name before their presence status. */
/**
 * A person's card line: the name, then the person's age ("Anna Berg · 28 years · Oslo", "Коваль
 * Олена PRO · 34 роки"), as job seekers' résumés, carers' and tutors' offers print them. The
 * badges a site puts between ("PRO", "VIP") are skipped.
 */
const BADGE = '(?:PRO|VIP|TOP|PREMIUM)';
const NAME_THEN_AGE = new RegExp(
  `^([${CAPITAL}][${LETTER}'’-]+(?: (?!${BADGE}(?![${LETTER}]))[${CAPITAL}][${LETTER}'’-]+){1,2})(?: ${BADGE})*[ \t]*[·•,|–-][ \t]*(?:1[6-9]|[2-8]\\d)[ \t]*` +
    `${anyCase('(?:років|роки|рік|лет|года|год|years old|years|yrs|y\\.o\\.|jahre|ans|años|anni|anos|lat|let|roků|rokov|år|vuotta|jaar|ετών|éves|metai|gadi|aastat)')}(?![${LETTER}])`,
  'gm',
);
/** Things whose age a page prints as a person's is: a car by its make, a building or a place. */
const AGED_THING = /(?:^| )(?:Benz|Romeo|Rover|Royce|Park|Street|Road|House|Hotel|Gardens?|Towers?|Complex|Residence|Villa|Plaza|Square|Centre|Center)$/i;

/**
 * A line that is a full Russian, Ukrainian or Belarusian name with its patronymic ("Коваленко
 * Олена Петрівна", "Глеб Сергеевич Петров"): the patronymic says it is a person's.
 */
const PATRONYMIC_LINE = /^((?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+ ){2}[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)$/gm;
/**
 * A line that is a Vietnamese full name: one of the family names nine in ten Vietnamese bear
 * ("Nguyễn", "Trần", "Lê"...), then one to three given names, written surname first as sites write
 * them ("Phạm Thị Thu Yến"). Streets named after people carry their word for street ("Đường Lê
 * Lợi"), and the name is taken only where it is the line's whole text.
 */
const VIETNAMESE_NAME_LINE = new RegExp(
  `^((?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)(?: [A-ZĐÀ-Ỹ\u1E00-\u1EFF][${LETTER}]*){1,3})$`,
  'gmu',
);
/** People whose names are a city's and the commonest streets' ("Hồ Chí Minh" in a location picker). */
/**
 * A Vietnamese doctor's or scholar's name after their titles, within a line ("TS. BSCC Trần Thị
 * Lan", "Phòng khám Nhi ThS. BS Lê Văn Minh": PhD, specialist doctor, master, doctor, professor):
 * the titles are only a person's, and the name is one of VIETNAMESE_NAME_LINE's, up to the line's
 * end or a punctuation mark.
 */
const VIETNAMESE_TITLED_NAME = new RegExp(
  `(?<![${LETTER}])(?:(?:PGS|GS|TS|ThS|BSCKII|BSCKI|BSCK|BSCC|BSNT|BS|Ths|Bs)\\.?(?: *[,.-]? +)){1,3}((?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)(?: [A-ZĐÀ-Ỹ\u1E00-\u1EFF][${LETTER}]*){1,3})(?=[ \\t]*(?:$|[,.;:()|–—]))`,
  'gmu',
);
const VIETNAMESE_PLACES: ReadonlySet<string> = new Set([
  'hồ chí minh', 'trần hưng đạo', 'lê lợi', 'nguyễn huệ', 'lý thường kiệt', 'lê duẩn', 'nguyễn trãi', 'lê lai',
  'trần phú', 'nguyễn du', 'lê thánh tôn', 'phan chu trinh', 'phan bội châu', 'võ văn kiệt', 'nguyễn văn linh',
]);
/** Letters only Vietnamese writes (ư, ơ, đ and the stacked tone marks): a page worth the line scan above. */
const VIETNAMESE_HINT = /[ươđƯƠĐ\u1EA0-\u1EF9]/;
/** The patronymics' endings, looked for first: a page without them is not line-scanned (a quarter of the cost). */
const PATRONYMIC_HINT = /вич|вна|ична/;
export const PATRONYMIC = /(?:ович|евич|йович|ьевич|овна|евна|ївна|івна|ична)$/;

/**
 * A description signed by the agent and the agency, as the last words of an ad: "¡Agenda tu
 * cita! Ing. Lucía Ortega. Casa Norte Inmuebles", "Anna Berg, Nordic Homes Realty". A name (two
 * or three capitalised words, an academic title before them dropped), a full stop or a comma,
 * then a firm's name with a trade word, up to the end of the line or a full stop. The name must
 * open with a known given name and end with a known family name ("Centro Comercial. Plaza
 * Inmuebles" opens with none; "Santa Fe. Autos Ruiz" ends with none). Read by scanSignatures.
 *
 * This is the firm's part: up to four capitalised words right after the separator, then the
 * line's end or a full stop.
 */
const FIRM_AFTER_SEPARATOR = new RegExp(`((?:[${CAPITAL}][${LETTER}'’&-]* ){0,3}[${CAPITAL}][${LETTER}'’-]+)(?=[ ]*(?:$|[.\\n]))`, 'y');
/** The name's part: two or three capitalised words right before the separator, an academic title before them dropped. */
const NAME_BEFORE_SEPARATOR = new RegExp(`(?:^|[^${LETTER}.])(?:(?:${TITLE_DOT_REQUIRED}|Lic|Arq)\\. )?([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})$`);

const NAME_THEN_STATUS = new RegExp(
  `^((?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][${LETTER}'’-]*\\.?)(?: [A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][${LETTER}'’-]*\\.?){0,2}) ${anyCase('(?:online|zuletzt online|last seen|en ligne|w sieci|онлайн|в сети)')}(?=\\s*[:(]|\\s*$|\\s+\\d)`,
  'gm',
);

/** A salutation right before an honorific, in the markets' languages ("Dear", "Chère", "Sehr geehrte", "Estimada"). */
const SALUTATION_BEFORE =
  /(?:^|[^\p{L}])(?:dear|dearest|hello|hi|chère|cher|chers|bonjour|liebe|lieber|geehrte|geehrter|hallo|estimad[oa]s?|querid[oa]s?|car[oa]|gentile|gentilissim[oa]|beste|geachte|kære|bästa|kjære|hyvä|drog[ia]|szanown[ya]|szanowni|stimat[ăa])[ ,]*$/iu;
/**
 * Words of job titles ("Sr. Software Engineer", "Sr. Financial Analyst"): after "Sr." (senior), or any
 * honorific, they are a post, not a person. Not words that are also family names (Engineer, Clerk, Porter).
 */
const JOB_TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'software analyst analysts administrator manager managers developer developers designer consultant director specialist ' +
    'associate executive officer accountant architect scientist technician coordinator assistant representative ' +
    'supervisor programmer recruiter editor product data sales marketing financial finance operations project program ' +
    'account accounts support systems network security quality research business technical technology lead'
  ).split(' '),
);

/**
 * A salesperson's role, then their name in brackets: "Kontakt vor Brand Manager (Anton) på
 * mail", "ask our salesman (Peter) on ...". The brackets set the name apart, so this holds in
 * Title Case text too; it is taken only where the text around it is about contacting someone.
 */
const ROLE =
  'manager|salesman|saleswoman|salesperson|sales consultant|sales advisor|consultant|advisor|adviser|broker|' +
  'sælger|bilsælger|salgskonsulent|salgschef|salgsrådgiver|konsulent|rådgiver|mægler|ejendomsmægler|' +
  'selger|bilselger|megler|eiendomsmegler|säljare|bilsäljare|mäklare|fastighetsmäklare|' +
  'verkäufer|verkäuferin|verkaufsberater|verkaufsberaterin|berater|beraterin|makler|maklerin|' +
  'vendeur|vendeuse|conseiller|conseillère|négociateur|négociatrice|sprzedawca|doradca|handlowiec|opiekun|' +
  'verkoper|adviseur|makelaar|myyjä|vendedor|vendedora|asesor|asesora|consultor|consultora|corretor|corretora|' +
  'venditore|consulente';
/** A capitalised name in brackets; found first (a "(" is cheap to look for), then the role before it is checked. */
const BRACKETED_NAME = new RegExp(`\\(([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][${LETTER}'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][${LETTER}'’-]+)?)\\)`, 'g');
const ROLE_BEFORE = new RegExp(`(?:^|[^${LETTER}])${anyCase(`(?:${ROLE})`)} ?$`);
/** A contact verb shortly before the role: "Kontakte vor Brand Manager (Anton)", "ask our salesman (Peter)". */
const CONTACT_BEFORE = new RegExp(
  `(?<!\\p{L})${anyCase(`(?:${CONTACT_VERB.slice(3, -1)}|kontakte|kontakten|contacter|kontaktieren|skontaktuj się z|ask|fråga|spør)`)}(?!\\p{L})`,
  'u',
);

/**
 * A licensed broker's or auctioneer's register and number, which the law of many markets has
 * printed beside the name of the person responsible for the ad ("José Pérez CUCICBA 1234",
 * "Ana Díaz (Matrícula Nº 56)", "Jane Roe, DRE# 01234567", "Lic. 0123456"): Buenos Aires' and
 * other Argentine colleges (CUCICBA, CMCPSI, CSI, CPI), "matrícula", "licence"/"license", and
 * California's DRE/BRE, Brazil's brokers', dentists', physicians' and lawyers' councils (CRECI,
 * "CRECI/SP 12345", "CRO-SP 12345", "OAB/RJ 123.456"). The register's word, then a number within a few characters, not followed
 * by a plate's letters: in Spain and Portugal "matrícula" is also the car's plate ("1234 BCD").
 */
/** Brazil's states' and federal district's codes, as councils write them after their acronym. */
const BR_STATE = '(?:ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to)';
const REGISTER = `(?:cucicba|c\\. ?u\\. ?c\\. ?i\\. ?c\\. ?b\\. ?a\\.?|cmcpsi|csi|cpi|matr[ií]cula|matr?\\.?|lic\\.|licen[cs]e|cal ?dre|dre|bre|creci(?:[/-][a-z]{2})?|` +
  // Brazil's professional councils: dentists' (CRO, "CRO-SP 12345", "CROSP 12345"), physicians' (CRM), lawyers' (OAB),
  // with a state's code (BR_STATE: not any two letters, or "Cross 12" and "Crown 12" would be registers)
  `(?:cro|crm|oab)(?:[/-]?${BR_STATE})?)(?![${LETTER}])`;
// No look-behind in front: a pattern that opens with one is tried at every position of the page's
// text; the word's start is checked in scanLicensed instead.
const LICENCE = new RegExp(`${REGISTER}(?:[ :]*${REGISTER})?[ :]*(?:n[º°o]\\.?|nro\\.?|no\\.|#)?[ :]*\\d{2,}(?!\\d)`, 'gi');
const LETTER_BEFORE = new RegExp(`[${LETTER}]`);
/**
 * A plate's letters after the number ("1234 BCD", "12-AB-34"): the "matrícula" was the car's. Not
 * a word in capitals that goes on ("… N° 3122 TELÉFONO …": its "TEL" is no plate's).
 */
const PLATE_LETTERS = new RegExp(`^[ -]?[A-Z]{2,3}(?![${LETTER}])`);
/**
 * Up to nine words right before a licence: the name (capitalised, or all in small letters as some
 * agencies write them), and the role's and the firm's words after it that nameBeforeLicence skips.
 */
const NAME_BEFORE_LICENCE = new RegExp(`(?<![${LETTER}])((?:[${LETTER}][${LETTER}'’-]+ |[${LETTER}]\\. ){1,8}[${LETTER}][${LETTER}'’-]+)[ ]?[,(–-]?[ ]?$`);
/** The role before the name, in the words of the notices ("martillero Ana Díaz"): not part of the name. */
const LICENSED_ROLE = /^(?:martiller[oa]s?|corredor(?:a|es)?|corretor(?:a|es)?|responsables?|inmobiliari[oa]s?|p[uú]blic[oa]s?|matriculad[oa]s?|broker|agent|realtor|salesperson)$/i;
/** The name in small letters written as a name is ("lucía ortega" → "Lucía Ortega"); other spellings as they are. */
function capitalised(words: string): string {
  return words === words.toLowerCase() ? words.replace(/(^|[ '’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : words;
}

/**
 * The name that ends right before a licence: the last words written as a name (capitalised, or
 * all in small letters where the whole notice is), at most four, from the first that opens with
 * a given name when there are more than two ("Atiende Rodrigo Benítez", "a cargo de Ana Díaz").
 */
function nameBeforeLicence(segment: string): string | undefined {
  const small = segment === segment.toLowerCase();
  const words = segment.split(' ');
  // The broker's role and firm between the name and the licence ("Lena Marten Negocios
  // Inmobiliarios Corredor Inmobiliario CUCICBA 1234"): not the name, which is before them.
  let end = words.length;
  while (end > 2 && (LICENSED_ROLE.test(words[end - 1]!) || businessWord(words[end - 1]!))) end--;
  const run: string[] = [];
  for (let i = end - 1; i >= 0 && run.length < 4; i--) {
    const w = words[i]!;
    // "...Buenos AiresJulieta Rivas": a layout glued the name to the text before it.
    const glued = small ? null : /\p{Ll}(\p{Lu}[\p{Ll}'’-]+)$/u.exec(w);
    if (glued) {
      run.unshift(glued[1]!);
      break;
    }
    if (small || /^\p{Lu}/u.test(w) || (PARTICLE.test(w) && run.length > 0)) run.unshift(w);
    else break;
  }
  while (run.length > 0 && (PARTICLE.test(run[0]!) || LICENSED_ROLE.test(run[0]!) || NOT_NAME.has(run[0]!.toLowerCase()) || (run.length > 2 && !opensWithGivenName(run[0]!))))
    run.shift();
  if (run.length < 2) return undefined;
  return clean(capitalised(run.join(' ')));
}

/**
 * The licensed broker an agency's account names before a licence ({"publisher": {"name": "Lena
 * Marten CUCICBA 1234"}}): the names written right before its licences, as in a notice
 * (scanLicensed), that open with a known given name.
 */
export function licensedNames(text: string): string[] {
  const names: string[] = [];
  for (const { start } of licences(text)) {
    const name = nameRightBefore(text, 0, start);
    // (An agency's own words before its licence, "Wendell Asesores Inmobiliarios CUCICBA 1234", are
    // no broker's: the name must open with a known given name.)
    if (name && opensWithGivenName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The licences in `text` (LICENCE), where each starts and ends: not inside a word, not a car's "matrícula" before its plate's letters. */
function* licences(text: string): Generator<{ start: number; end: number }> {
  LICENCE.lastIndex = 0;
  for (let m = LICENCE.exec(text); m; m = LICENCE.exec(text)) {
    if (m.index > 0 && LETTER_BEFORE.test(text.charAt(m.index - 1))) continue;
    if (PLATE_LETTERS.test(text.slice(LICENCE.lastIndex, LICENCE.lastIndex + 5))) continue;
    yield { start: m.index, end: LICENCE.lastIndex };
  }
}

/** The name written right before a licence that starts at `start`, looking back no further than `from` (and 60 characters). */
function nameRightBefore(text: string, from: number, start: number): string | undefined {
  const before = NAME_BEFORE_LICENCE.exec(text.slice(Math.max(from, start - 60), start));
  return (before && nameBeforeLicence(before[1]!)) || undefined;
}

/** Names beside a broker's licence number (the role label before a name is labels.ts's: "Corredor Responsable: ..."). */
function scanLicensed(text: string, found: FindingSet, origin: string): void {
  for (const { start, end } of licences(text)) {
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const name = nameRightBefore(text, lineStart, start);
    if (name) found.add('name', name, origin);
    // Or a card's name on the line above a licence alone on its line ("Lena Marten" / "CRO-SP 12345").
    else if (lineStart >= 2 && text.slice(lineStart, start).trim() === '' && LINE_END_AFTER.test(text.slice(end, end + 20))) {
      const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
      const card = above.length <= MAX_CARD_NAME && !/[\d@:]/.test(above) ? CARD_NAME_LINE.exec(withoutTitles(above)) : null;
      const cleaned = card && clean(card[1]!);
      if (cleaned && !isLabel(cleaned) && !tradeName(card[1]!)) found.add('name', cleaned, origin);
    }
  }
}

/** A card's name line above a licence is short; the licence's line ends with it. */
const MAX_CARD_NAME = 50;
const LINE_END_AFTER = /^[\d./-]*[ .]*(?:\n|$)/;

/** Countries where "M." before a name is the French "Monsieur" (elsewhere it is "med", "mit", an initial). */
const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA']);
/** "En." and "Pn." are abbreviations elsewhere ("EN." for English): Malaysia's, Brunei's and Singapore's pages only. */
const MALAY_SPEAKING = new Set(['MY', 'BN', 'SG']);
const MALAY_HONORIFIC = /^(?:en\.|encik|pn\.|puan)$/i;
/** "Ông" and "Bà" (Mr, Mrs): Vietnam's pages only, as a card's heading (vietnameseCard). */
const VIETNAMESE_HONORIFIC = /^(?:ông|bà)$/i;
/** Places' and streets' first words after "Bà" and "Ông" (Bà Rịa, Bà Chiểu, Bà Điểm, Ông Lãnh, Ông Ích Khiêm). */
const VIETNAMESE_PLACE_AFTER = /^(?:rịa|chiểu|điểm|hom|quẹo|lãnh|ích|tạ|triệu|huyện)$/iu;
/** Whether "Ông" or "Bà" at `at` heads a card's line: at the line's start, two name words or more after it, not a place's. */
function vietnameseCard(text: string, at: number, after: string): boolean {
  const words = after.split('\n')[0]!.split(' ');
  return (at === 0 || text[at - 1] === '\n') && words.length >= 2 && !VIETNAMESE_PLACE_AFTER.test(words[0]!);
}
/** Where "Pan", "Pani" are honorifics (Polish, Czech, Slovak); elsewhere the word opens a name of its own ("4410 Pan American Fwy"). */
const PAN_SPEAKING = new Set(['PL', 'CZ', 'SK']);

/**
 * True when the line around `index` is written in Title Case ("Bilen Kan Også Finansieres
 * Med Og Uden Udbetaling"), as some sites print every description: there a capital letter
 * says nothing about a name, so the honorific and contact-verb rules do not apply.
 */
export function inTitleCaseLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const words = text.slice(start, end < 0 ? text.length : end).match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 6) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // German capitalises every noun: its prose stays well below nine in ten.
  return capitalised / words.length >= 0.9;
}

/** Whether the line at `index` gives a number right after a phone label ("Tel.: 07141 …", "Telefon 0171 …"). */
function contactLineAt(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end < 0 ? text.length : end);
  PHONE_LABEL.lastIndex = 0;
  let found = false;
  for (let m = PHONE_LABEL.exec(line); m && !found; m = PHONE_LABEL.exec(line)) found = /^[\s.:]*[+(]?\d/.test(line.slice(m.index + m[0].length));
  // The pattern is shared and global: leave it as found, for readers that do not reset it.
  PHONE_LABEL.lastIndex = 0;
  return found;
}

/**
 * A contact line that gives the number, then whose it is: "0852 4471 0935 (Wulan)", "0857-2290-6143
 * Joko", "+62 813 2954 0716 - Budi Santoso" closing the line (organisers' contact lists in event
 * and ad texts); or the name, then its number in brackets: "CP: Rina (081367402951) | Sari (…)",
 * "kontak: Agus (0896-…)". The number must be a phone's; the name is held to the known names as
 * other names read from prose are (origin "text").
 *
 * Found from cheap cues rather than by one pattern over the whole text, which V8 tried at every
 * digit and every capital of every page: a "(" before a digit, and a short line that ends in a
 * letter or ")" and holds a number's run of digits.
 */
const NUMBER_THEN_NAME_LINE =
  /(?<![\d+])(\+?\d[\d .\u00A0-]{6,16}\d)[ \u00A0]?(?:\((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\)|[-–—]?[ \u00A0]?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}))\.?[ \t]*$/u;
/**
 * A phone line that lists numbers, then whose they are, the last item after a comma: "Телефоны:
 * (8-029) 613-27-45, (8-017) 290-18-36, New Quarter Realty, Zlata" (an agency, then its agent,
 * on a listing's card). The last item, a name of one to three words, is held to the known names.
 */
const LAST_ITEM_NAME = /,[ \u00A0]?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\.?[ \t]*$/u;
/** A number in such a line, with its bracketed area code ("(8-029) 613-27-45"). */
const LISTED_NUMBER = /(?:\+?\(\+?\d[\d-]{0,6}\) ?)?\d[\d .\u00A0-]{5,16}\d/g;
const BRACKETED_NUMBER = /^\((\+?\d[\d .\u00A0-]{6,16}\d)\)/;
const NAME_BEFORE_BRACKET = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})[ \u00A0]?$/u;
/** Seven digits in a row or in groups: a line worth the line pattern. */
const DIGIT_RUN = /\d[\d .\u00A0-]{5,}\d/;
const NUMBER_LINE_MAX = 200;

function scanNamesAfterNumbers(text: string, found: FindingSet, origin: string): void {
  const take = (number: string, raw: string): void => {
    if (found.normalisePhone(number) === undefined) return;
    const name = clean(raw);
    if (name && !isLabel(name) && plausibleName(name)) found.add('name', name, origin);
  };
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c !== 0x2b && (c < 0x30 || c > 0x39)) continue;
    const number = BRACKETED_NUMBER.exec(text.slice(at, at + 24));
    if (!number) continue;
    const name = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 60), at));
    if (name) take(number[1]!, name[1]!);
  }
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let last = end - 1;
    while (last > start && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x09)) last--;
    // A full stop closing the line ("… 29 645-31-08 Yaroslava."): the letter before it.
    if (text.charCodeAt(last) === 0x2e && last > start) last--;
    const c = text.charCodeAt(last);
    if (end - start <= NUMBER_LINE_MAX && (c === 0x29 || (c >= 0x61 && c <= 0x7a) || c > 0xbf)) {
      const line = text.slice(start, end);
      if (DIGIT_RUN.test(line)) {
        const m = NUMBER_THEN_NAME_LINE.exec(line);
        if (m) take(m[1]!, m[2] ?? m[3]!);
        else if (contactLineAt(text, start)) {
          const item = LAST_ITEM_NAME.exec(line);
          const numbers = item ? line.slice(0, item.index).match(LISTED_NUMBER) : null;
          if (item && numbers) take(numbers[numbers.length - 1]!, item[1]!);
        }
      }
    }
    start = end + 1;
  }
}

/** The origin of a name the page's text gives after an honorific ("Herrn Jürgen Schäfer", "Mr. Roe"). */
export const HONORIFIC_ORIGIN = 'text:honorific';

/** A line that is a price or a discount alone ("$12.98", "12,98 €", "EUR 12.98", "kr 129,-", "-43%"). */
const PRICE_LINE = /^[ \t]*(?:(?:[$€£¥]|EUR|USD|GBP|CAD|kr|zł)[ \t]?\d[\d.,' ]*(?:,-)?|-?\d[\d.,' ]*[ \t]?(?:[$€£¥%]|EUR|USD|GBP|CAD|kr|zł|Kč|Lt|,-))[ \t]*$/;

/** Whether the line after the one holding `at` is a price or a discount alone (PRICE_LINE): `at` is in a shop's tile's title. */
function priceLineAfter(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  if (end < 0) return false;
  const next = text.indexOf('\n', end + 1);
  return PRICE_LINE.test(text.slice(end + 1, next < 0 ? undefined : next));
}
/** Words that join two partners' names in a firm's name ("Wendell und Reilly GmbH", "Berg & Marten Immobilien"). */
const FIRM_JOINER = /^(?:und|and|&|et|en|e|y|og|och|i|a)$/;
/**
 * Whether the text right after a name (`after`, from the end of the name's run on) goes on as a
 * firm's name that the run's last word opened: a trade word or a legal form next ("… Wendell
 * Immobilien", "… Wendell GmbH"), or a joiner and a capitalised partner's name and then one
 * ("… Wendell und Reilly GmbH").
 */
function firmContinues(after: string): boolean {
  const words = after.split('\n', 1)[0]!.trim().split(/\s+/).map((w) => w.replace(/[.,;:]+$/, '')).filter(Boolean);
  if (words.length === 0) return false;
  if (businessWord(words[0]!)) return true;
  return words.length >= 3 && FIRM_JOINER.test(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(words[1]!) && (businessWord(words[2]!) || (words.length >= 4 && /^\p{Lu}/u.test(words[2]!) && businessWord(words[3]!)));
}
/** A company's legal form right after a name ("(Pvt) Ltd", "GmbH", "& Co"). */
const FIRM_AFTER = /^[ ,]*(?:\(?(?:pvt|private|pte|pty)\)?\.?|ltd|limited|llc|inc|gmbh|ag|ab|as|oy|sa|s\.a\.|srl|bv|b\.v\.|plc|& ?co)(?![\p{L}])/iu;

/**
 * A Chinese family name and the title people are called by ("王先生" Mr Wang, "張小姐" Miss Zhang,
 * "陳太太", "李女士", "陳經理" Manager Chen): how Chinese-language ads name their poster. Stored as
 * written. The family name (one character, or two: "歐陽") must be a known one, and the run must
 * stand alone or follow a contact word or the poster's role ("請洽王先生", "聯絡張小姐", "仲介邵小姐",
 * "屋主蔡先生", agent and landlord on a rental card): inside a longer run of
 * characters the title's characters are part of other words.
 */
const CJK_TITLED = new RegExp(
  '(?:(?<![\\u3400-\\u9fff])|(?<=洽|找|電|电|聯絡|联络|聯繫|联系|請|请|詢|询|仲介|屋主|代理人|專員|专员|房東|房东|經紀人|经纪人|業務|业务))([\\u3400-\\u9fff]{1,2})(先生|小姐|太太|女士|經理|经理)(?![\\u3400-\\u9fff])',
  'g',
);
const CJK_TITLE_MARK = /先生|小姐|太太|女士|經理|经理/;

function scanTitledChinese(text: string, found: FindingSet, origin: string): void {
  if (!CJK_TITLE_MARK.test(text)) return;
  CJK_TITLED.lastIndex = 0;
  for (let m = CJK_TITLED.exec(text); m; m = CJK_TITLED.exec(text)) {
    const surname = m[1]!;
    if (isFamilyName(surname) || (surname.length === 2 && isFamilyName(surname[0]!))) {
      found.add('name', m[0], origin === 'text' ? HONORIFIC_ORIGIN : origin);
    } else {
      // "請洽王先生": the run may have started a character early (at the contact word).
      CJK_TITLED.lastIndex = m.index + 1;
    }
  }
}

/**
 * A Chinese name written right before a mainland mobile number, at a line's start ("王秀英138 0013
 * 8000", "王秀英 13800138000"), as brokers sign a listing: two to four characters whose first
 * one (or two) is a known family name. The number is a mobile's (1, then 3-9, then nine digits),
 * not any run.
 */
const CJK_NAME_THEN_MOBILE = /^([\u3400-\u9fff]{2,4}) ?(?=(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?![\d]))/gm;
const CJK_MOBILE_HINT = /[\u3400-\u9fff] ?1[3-9]\d/;

function scanChineseNameThenMobile(text: string, found: FindingSet, origin: string): void {
  if (!CJK_MOBILE_HINT.test(text)) return;
  CJK_NAME_THEN_MOBILE.lastIndex = 0;
  for (let m = CJK_NAME_THEN_MOBILE.exec(text); m; m = CJK_NAME_THEN_MOBILE.exec(text)) {
    const name = m[1]!;
    if (NOT_NAME.has(name) || CJK_BUSINESS.test(name) || /[电電话話机機号號]/.test(name)) continue;
    if (isFamilyName(name[0]!) || isFamilyName(name.slice(0, 2))) found.add('name', name, origin);
  }
}

/**
 * A person in charge's direct line, then their name in brackets, as Japanese and Chinese agents
 * write it in a listing's comment ("担当者直通：090-1234-5678（山田）", "担当：03-1234-5678(佐藤様)"):
 * the label says whose number it is, and the brackets hold their family name (or whole name).
 * Found from the label (`担当`, which few texts hold); the name is held to the family-name list.
 */
const CJK_CHARGE_NUMBER_NAME = /担当(?:者)?(?:直通|携帯|直通電話|携帯電話)?[ \t]*[:：]?[ \t]*\+?[\d０-９][\d０-９ ()（）\-‐−ー]{7,18}[\d０-９][ \t]*[(（]([\u3400-\u9fff]{1,4}?)(?:さん|様)?[)）]/g;

function scanChargeNumberNames(text: string, found: FindingSet, origin: string): void {
  if (!text.includes('担当')) return;
  CJK_CHARGE_NUMBER_NAME.lastIndex = 0;
  for (let m = CJK_CHARGE_NUMBER_NAME.exec(text); m; m = CJK_CHARGE_NUMBER_NAME.exec(text)) {
    const name = m[1]!;
    if (NOT_NAME.has(name) || CJK_BUSINESS.test(name)) continue;
    if (isFamilyName(name) || isFamilyName(name[0]!) || isFamilyName(name.slice(0, 2))) found.add('name', name, origin);
  }
}

/**
 * A name, a comma and a phone label with its number: "Lisätietoja antaa Matti Virtanen, puh. 040
 * …", "contact Jane Roe, tel. 020 …", "Anna Nowak – tel. 601 …", "Іван Петренко, тел. 067 …"
 * (as job ads, agencies and boards write a contact person), the label also on the next line (a
 * `<br>` after the comma). The label is looked for first; the name is the two or three
 * capitalised words right before it on its line.
 */
const LABEL_AFTER_NAME = new RegExp(
  `(?:,| [–-])[ \\n]?${anyCase('(?:p\\.|puh\\.?|puhelin|tel\\.?|tél\\.?|tfn\\.?|tlf\\.?|phone|mob\\.?|mobile|mobil|gsm|cell|handy|telefon|tfno\\.?|cel\\.?|тел\\.?|телефон|моб\\.?)')}:? ?(?=\\+?\\(?\\d)`,
  'g',
);
const NAME_AT_END = new RegExp(`(?<![${LETTER}])([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})$`, 'u');
/** An e-mail address in text (its local part is what is compared, see mailboxOf). */
const MAILBOX = new RegExp(`(?<![${LETTER}0-9._%+-])([${LETTER}0-9._%+-]{2,40})@[${LETTER}0-9-]+(?:\\.[${LETTER}0-9-]+)+`, 'gu');
/** Lines above an address looked at for its owner's name (a signature block: name, title, phones). */
const SIGNATURE_LINES = 4;
/** A person's name of two or three capitalised words. */
const FULL_NAME = `[${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2}`;
/** A line that is only a name of two or three capitalised words. */
export const NAME_LINE = new RegExp(`^${FULL_NAME}$`, 'u');
/**
 * Letters without their marks, lower case: "Mäkelä" and "makela" compare equal. The letters that no
 * mark makes are spelt as mailboxes write them: "Dæhlin" as "daehlin", "Søren" as "soren",
 * "Łucja" as "lucja", "Straße" as "strasse".
 */
export function plainLetters(s: string): string {
  const lower = s.toLowerCase();
  const spelt = lower.replace(OWN_LETTER, (c) => OWN_LETTER_SPELLING[c] ?? '');
  return spelt.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '');
}
const OWN_LETTER_SPELLING: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const OWN_LETTER = /[æøœßłđðþı]/g;

/**
 * A word's letters as German writes them without umlauts ("Müller" as "mueller", "Straße" as
 * "strasse"), and Danish and Norwegian without theirs ("Søgaard" as "soegaard", "Åse" as "aase"),
 * the other accents dropped, lower case.
 */
export function germanLetters(word: string): string {
  return plainLetters(word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ø/g, 'oe').replace(/å/g, 'aa'));
}

/** A name's words' letters as they are, and as German spells its umlauts without them ("Brünig" as "brunig" and "bruenig"). */
export function nameSpellings(words: readonly string[]): string[][] {
  const plain = words.map(plainLetters);
  const german = words.map(germanLetters);
  return german.some((w, i) => w !== plain[i]) ? [plain, german] : [plain];
}

/**
 * True when the mailbox's local part is made of the name's words ("matti.virtanen", "mvirtanen",
 * "matti_v", "virtanenm", "matti" for "Matti Virtanen"): the address says whose the name is.
 */
export function mailboxOf(local: string, name: string): 'initial' | 'words' | undefined {
  const l = plainLetters(local);
  let match: 'initial' | 'words' | undefined;
  for (const w of nameSpellings(name.split(' '))) {
    if (w.length < 2 || w.some((x) => x.length < 2)) return undefined;
    const first = w[0]!;
    const last = w[w.length - 1]!;
    // "aberg", "annab", and "berga" (the surname, then the initial: as some firms' mail systems name them)
    if (l === first[0] + last || l === first + last[0] || l === last + first[0]) return 'initial';
    if ([first + last, last + first, w.join(''), first, last].includes(l)) match = 'words';
  }
  return match;
}

/**
 * Where a name comes from its own mailbox written as people shorten their own names, an initial
 * and the other name ("v.markovic@" for "Vesna Marković", "annab@" for "Anna Berg"): that
 * says it is a person's, and it is kept without a known name. A mailbox of whole words
 * ("nordic.homes@" beside "Nordic Homes") is a firm's as often: such a name is held to the
 * known-name check, as a name from the prose is.
 */
export const MAILBOX_ORIGIN = 'text:mailbox';

/**
 * Who answers questions about the ad, as job ads and agencies' ads say it ("Lisätietoja tehtävästä
 * antaa henkilöstöpäällikkö Liisa Korhonen", "Upplysningar lämnas av Anna Berg", "For further
 * information please contact our manager Jane Roe", "Nähere Auskünfte erteilt Frau…"): the phrase,
 * at most three words (a job title: "Ohjelmistoarkkitehti", "our lettings manager"), then the capitalised name. Held to the known-name check.
 */
const INFO_PHRASE =
  'lisätietoja~ antaa|lisätietoja~ antavat|tiedustelut|kysymyksiisi vastaa|kysymyksiin vastaa(?:vat)?|tiedusteluihin vastaa(?:vat)?|' +
  'upplysningar~ lämnas av|(?:mer )?information~ lämnas av|frågor~ besvaras av|' +
  'spørsmål~ rettes til|nærmere opplysninger (?:gis av|ved)|yderligere oplysninger (?:fås|kan fås) (?:hos|ved|af)|' +
  'for (?:more|further) (?:information|details),? (?:please )?(?:contact|call)|(?:neem|kunt u) contact op(?:nemen)? met|' +
  '(?:nähere |weitere )?(?:auskünfte|auskunft|informationen) (?:erteilt|erteilen|gibt|geben)|für (?:fragen|rückfragen) steht ihnen|wenden sie sich (?:bitte )?an|' +
  "renseignements auprès de|s'adresser à|informacji udziela|szczegółowych informacji udziela|más información con|per informazioni contattare|" +
  // FR: "Pour toutes questions Jeanne ROY 06 …", and the independent agent the law has named in an
  // agency's ad ("… par l'intermédiaire de l'agent commercial Paul ROY")
  "pour toutes (?:vos |les )?(?:questions|informations|renseignements)|(?:l'|l’|votre |notre )agent commercial(?: indépendant| immobilier)?";
/** A word every INFO_PHRASE holds (a necessary condition, tested once per text). */
const INFO_PHRASE_HINT = /lis[äa]tietoja|tiedustelu|kysymyksi|upplysningar|lämnas av|besvaras av|rettes til|opplysninger|oplysninger|information|contact op|auskünfte|auskunft|rückfragen|wenden sie|renseignements|s'adresser|informacji|informazioni|más información|for more|for further|fragen steht|pour toutes|agent commercial/i;
const AFTER_INFO_PHRASE = new RegExp(
  `${anyCase(`(?:${INFO_PHRASE})`).replaceAll('~', '(?: om)?(?: [a-zà-ÿ]+)?')}(?: [${LETTER}-]+){0,3} ([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})` +
    `(?=$|[ ]?[,.;:!)(–-]|[ ]?\\+?\\d| [a-zà-ÿа-яёіїєґ])`,
  'gm',
);

/** A phone label and its number, right after a name (see AFTER_INFO_PHRASE's use). */
const CONTACT_AFTER = new RegExp(`^(?:(?:,| [–-])? ?${anyCase('(?:p\\.|puh\\.?|tel\\.?|tfn\\.?|tlf\\.?|phone|mob\\.?)')}:? ?| )\\+?\\(?\\d[\\d ()/-]{6}`);
/** "and" in the markets' languages, then a name: a second contact person in the same sentence. */
const AND_NEXT = new RegExp(`(?:^|[ ,])(?:ja|sekä|tai|och|eller|og|and|or|und|oder|et|ou|en|of|i|lub|y|o|e)(?: [${LETTER}-]+){0,3}? ([${CAPITAL}][${LETTER}'’-]+ [${CAPITAL}][${LETTER}'’-]+)(?= ?[,\\d+(–-])`, 'g');
/** Where a name comes from a contact phrase with its number after it (see AFTER_INFO_PHRASE's use). */
export const CONTACT_ORIGIN = 'text:contact';

/**
 * The agent who presents the property, as the agents of estate networks open their ads:
 * "Claire Dupont vous propose cette maison", "Anna Berg is pleased to present …", "Lucía Ortega
 * le presenta …", "Anna Berg präsentiert …". A name (two or three capitalised words) at a
 * sentence's start, then the verb. Held to the known-name check. Not "is proud to offer", a car
 * dealer's formula whose subject is the dealership, named after its founder as often as not
 * ("Wendell Marten is proud to offer this clean pre-owned vehicle").
 */
const PRESENTS_VERB = / (?:vous (?:propose|présente)|is (?:pleased|delighted) to (?:present|offer|bring)|is proud to (?:present|bring)|le (?:ofrece|presenta)|vi (?:propone|presenta)|präsentiert Ihnen|bietet Ihnen)(?![\p{L}])/gu;
/** Two or three capitals opening a name, then another word: an acronym, a brand's. */
const ACRONYM_OPENING = /^(\p{Lu}{2,3}) /u;
/** True when the name opens with such an acronym that is no family name ("IAD France"; not "NG Anna"). */
function opensWithBrand(name: string): boolean {
  const opening = ACRONYM_OPENING.exec(name);
  return opening !== null && !isFamilyName(opening[1]!);
}
/** The name before such a verb: two or three capitalised words opening the line or a sentence. */
const PRESENTER = new RegExp(`(?:^|[.!?] )([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})$`, 'u');

/** Names before a phone label and number (LABEL_AFTER_NAME), and before their own mailbox on the line. */
function scanContactLines(text: string, found: FindingSet, origin: string): void {
  // The verb is looked for first; the name is the capitalised words right before it.
  PRESENTS_VERB.lastIndex = 0;
  for (let v = PRESENTS_VERB.exec(text); v; v = PRESENTS_VERB.exec(text)) {
    const lineStart = text.lastIndexOf('\n', v.index) + 1;
    const m = PRESENTER.exec(text.slice(Math.max(lineStart, v.index - 60), v.index));
    if (!m || (m.index === 0 && v.index - 60 > lineStart)) continue;
    // An agency's brand in capitals opens it ("ERA Vaugirard vous propose", "IAD France vous présente").
    if (opensWithBrand(m[1]!)) continue;
    const n = clean(m[1]!);
    if (n && n.includes(' ') && !isLabel(n)) found.add('name', n, origin);
  }
  // The phrases' first words, looked for once: most pages hold none, and the phrase pattern (its
  // letters in either case) is slow to try at every position.
  AFTER_INFO_PHRASE.lastIndex = INFO_PHRASE_HINT.test(text) ? 0 : text.length;
  for (let m = AFTER_INFO_PHRASE.exec(text); m; m = AFTER_INFO_PHRASE.exec(text)) {
    // The phrase starts a word (checked here, not by a look-behind the scan would try at every position).
    if (!startsWord(text, m.index) || inTitleCaseLine(text, m.index) || HONORIFIC_WORD.test(m[1]!)) continue;
    const n = clean(m[1]!);
    // A network's name after the phrase ("Votre agent commercial IAD France, …") is no person's.
    if (!n || isLabel(n) || opensWithBrand(m[1]!)) continue;
    // The phrase, then the name, then its number or mailbox ("Lisätietoja antaa Liisa Ranta, puh.
    // 020 …"): three things that say a person answers here. Such a name is kept without a known
    // name (the lists lack many common ones); a name the phrase alone vouches for is held to it.
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 20);
    const vouched = origin === 'text' && n === m[1] && CONTACT_AFTER.test(after);
    found.add('name', n, vouched ? CONTACT_ORIGIN : origin);
    if (!vouched) continue;
    // "… antavat Pasi Ranta, p. 020 …, ja Timo Salo, p. 020 …": the second person, as vouched.
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 160) : Math.min(lineEnd, end + 160));
    AND_NEXT.lastIndex = 0;
    for (let a = AND_NEXT.exec(rest); a; a = AND_NEXT.exec(rest)) {
      const second = clean(a[1]!);
      if (second && second === a[1] && CONTACT_AFTER.test(rest.slice(a.index + a[0].length, a.index + a[0].length + 20))) found.add('name', second, CONTACT_ORIGIN);
    }
  }
  LABEL_AFTER_NAME.lastIndex = 0;
  for (let m = LABEL_AFTER_NAME.exec(text); m; m = LABEL_AFTER_NAME.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const name = NAME_AT_END.exec(text.slice(Math.max(lineStart, m.index - 60), m.index));
    if (!name || inTitleCaseLine(text, m.index)) continue;
    const n = clean(name[1]!);
    if (n && n.includes(' ') && !isLabel(n)) found.add('name', n, origin);
  }
  scanMailboxNames(text, found, origin);
}

/**
 * Names beside their own mailboxes: the capitalised words before an address on its line, or a
 * name's line a few lines above it (a signature block: "Ana Horvat / Sales agent / Mob: … /
 * a.horvat@…"), when the address's local part is made of the name's words (mailboxOf). Also run
 * on an own site's header and footer (index.ts), whose staff lists are written so.
 */
export function scanMailboxNames(text: string, found: FindingSet, origin: string): void {
  // The names each beside their own mailbox on its line: a list of them (a board's "Lena Marten (
  // lena.marten@…)" a line each), most of them known names, vouches for the rest (addGridNames).
  const listed: [string, string][] = [];
  // The addresses' "@"s are found first: the pattern opens with a look-behind, which would be
  // tried at every position of the text.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    MAILBOX.lastIndex = Math.max(0, at - 41);
    let m = MAILBOX.exec(text);
    while (m && m.index + m[1]!.length < at) m = MAILBOX.exec(text);
    if (!m || m.index + m[1]!.length !== at) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 80), m.index);
    // The last two or three capitalised words before the address, separated from it by little: by
    // the person's initials in brackets at most ("Lena MARTEN (LM) : lena.marten@…", as an office
    // lists its staff with the initials its files go by).
    const name = /([A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'’-]+){1,2})(?: ?\(\p{Lu}{1,4}\))?[^\p{L}\d]{0,30}(?:\d[\d ()./+-]{5,}[^\p{L}\d]{0,10})?$/u.exec(before);
    const n = name && clean(name[1]!);
    const sameLine = n ? mailboxOf(m[1]!, n) : undefined;
    if (n && sameLine) {
      if (!listed.some(([name]) => name === n)) listed.push([n, sameLine === 'initial' && origin === 'text' ? MAILBOX_ORIGIN : origin]);
      continue;
    }
    // A signature block: the name on a line of its own a few lines above its address ("Ana
    // Horvat / Sales agent / Mob: … / a.horvat@…").
    let end = lineStart - 1;
    for (let k = 0; k < SIGNATURE_LINES && end > 0; k++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end);
      end = start - 1;
      if (line.length > 60 || !NAME_LINE.test(line)) continue;
      const above = clean(line);
      const match = above ? mailboxOf(m[1]!, above) : undefined;
      if (above && match) {
        found.add('name', above, match === 'initial' && origin === 'text' ? MAILBOX_ORIGIN : origin);
        break;
      }
    }
  }
  const names = listed.map(([name]) => name);
  if (listed.length >= MIN_MAILBOX_LIST && origin === 'text' && vouchedGrid(names)) addGridNames(names, found, origin);
  else for (const [name, at] of listed) found.add('name', name, at);
}
/** Names beside their mailboxes that make a list (scanMailboxNames). */
const MIN_MAILBOX_LIST = 5;

/**
 * Names in signatures (see FIRM_AFTER_SEPARATOR): from each ". " or ", " that a firm's name
 * follows to its line's end or a full stop, the name right before it. Found from the separators,
 * not by one pattern tried at every position of the text (which cost ~1 % of the whole
 * extraction on the corpus).
 */
function scanSignatures(text: string, found: FindingSet, origin: string): void {
  // The next ". " and ", ", each found once as the scan passes it (linear however they alternate).
  let dot = text.indexOf('. ');
  let comma = text.indexOf(', ');
  while (dot >= 0 || comma >= 0) {
    const at = dot < 0 ? comma : comma < 0 ? dot : Math.min(dot, comma);
    if (at === dot) dot = text.indexOf('. ', at + 1);
    else comma = text.indexOf(', ', at + 1);
    FIRM_AFTER_SEPARATOR.lastIndex = at + 2;
    const firm = FIRM_AFTER_SEPARATOR.exec(text);
    if (!firm || !firm[1]!.split(' ').some((w) => businessWord(w))) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const name = NAME_BEFORE_SEPARATOR.exec(text.slice(Math.max(lineStart, at - 80), at))?.[1];
    // A known given name and a known family name last: "Santa Fe. Autos Ruiz" is a place and a dealer.
    if (!name || !knownFullName(name)) continue;
    const n = clean(name);
    if (n) found.add('name', n, origin);
  }
}

/**
 * Legal forms written in small letters after a firm's name ("Autosalon Novák s.r.o.", "Rossi
 * srl", "Berg gmbh"): where the name's capitalised words stop at one, they were a firm's. Only
 * the dotted forms and words that are nothing else: not "as", "ab", "sa" or "kg", which follow a
 * name as words of the sentence ("ring Anna as soon as…").
 */
const LEGAL_FORMS_LOWER: ReadonlySet<string> = new Set(
  's.r.o. spol. a.s. d.o.o. sp. s.a. s.l. s.r.l. s.p.a. s.a.s. s.a.r.l. b.v. n.v. v.o.f. e.k. gmbh mbh ltd llc inc srl sarl ltda eireli oy oyj kft zrt aps plc corp'.split(' '),
); // (BUSINESS holds these among its trade words, and the short ones this leaves out)

/** Whether the word that starts at or after `at` (past spaces and a comma) is such a legal form. */
export function legalFormAt(text: string, at: number): boolean {
  const m = /^[ ,]*([\p{L}./]+)/u.exec(text.slice(at, at + 24));
  if (!m) return false;
  const word = m[1]!.toLowerCase().replace(/\.+$/, '');
  return LEGAL_FORMS_LOWER.has(word) || LEGAL_FORMS_LOWER.has(`${word}.`);
}

/** The name after a contact verb (found at `index`, the name's end at `end`), and a second one offered beside it. */
/** The words after the first of CONTACT_VERB's phrases ("til", "med", "to", "por"). */
const VERB_PHRASE_WORDS: ReadonlySet<string> = new Set(
  CONTACT_VERB.slice(3, -1)
    .split('|')
    .flatMap((v) => v.split(' ').slice(1)),
);
/**
 * A number right after a name, or "on" / "at" and one ("Call Ingrid On 0412 …", "Call Ingrid on ******0142"),
 * masked but for its last digits or not.
 */
const NUMBER_AFTER_NAME = /^ (?:on |at )?(?:\+?\(?\d|\*{3,}\d)/i;

function verbName(text: string, index: number, raw: string, end: number, found: FindingSet, origin: string): void {
  // In a description written in Title Case the capital says nothing; a known given name alone that
  // the number follows still names whom to call ("…,Roof Racks Included,Call Ingrid On 0412 …").
  // (There "On" is capitalised too, and taken for the name's second word: it is passed back.)
  // Nor a word of a verb's phrase ("Send En SMS Til 55 …": "til" goes with the verb, "Til" is a given name too).
  if (inTitleCaseLine(text, index)) {
    const given = raw.replace(/ (?:On|At)$/, '');
    const after = end - (raw.length - given.length);
    if (given.includes(' ') || !opensWithGivenName(given) || !NUMBER_AFTER_NAME.test(text.slice(after, after + 24))) return;
    if (VERB_PHRASE_WORDS.has(given.toLowerCase())) return;
    raw = given;
    end = after;
  }
  if (legalFormAt(text, end)) return;
  // "ask for Mr. Roe": the honorific's rule above takes the name; "Mr" is none.
  if (HONORIFIC_WORD.test(raw)) return;
  const name = clean(raw);
  if (!name) return;
  found.add('name', name, origin);
  end = listedAfter(text, end, found, origin);
  OR_SECOND.lastIndex = end;
  const second = OR_SECOND.exec(text);
  const other = second && clean(second[1]!);
  if (other) found.add('name', other, origin);
}

/**
 * A link's or a button's title that names the agent after their role ("Свържи се с отговорния
 * брокер Мария Стоянова / Старши брокер", "Contact agent Jane Roe", "Ihr Makler Max Berg"), as
 * result cards title an agent's avatar: the name, two or three capitalised words ending the title
 * or a part of it, opening with a known given name or, in Cyrillic, ending as a Slavic family name
 * does (SLAVIC_SURNAME).
 */
const ROLE_THEN_NAME = new RegExp(
  `(?<![${LETTER}])(?:agent|broker|realtor|makler(?:in)?|makelaar|mäklare|megler|mægler|agente|corretor(?:a)?|asesor(?:a)?|conseill(?:er|ère)|брокер(?:а)?|агент(?:а)?|консултант(?:а)?|маклер(?:а)?|ріелтор(?:а)?|риелтор(?:а)?) (${FULL_NAME})(?= ?(?:[/|,(–-]|$))`,
  'iu',
);

/**
 * The person a one-person site's page title names before its trade or place ("Lena MARTEN -
 * Ostéopathe | Wendelville", "Lena Marten – Fotografin", "Lena Marten: Web Developer in
 * Wendelville"): the title's first part a full name on its own, a known given name and a known
 * family name or one in capitals as French writes it (or, see below, one the page prints as a line).
 * index.ts asks only on the home, contact or about page of a site of its own, where the title names
 * its owner; a news site's article titles name anyone. Where nothing else says the site is its own
 * (`ownSite` false: a one-person site with no contact on the page), only a trade's word before the
 * name printed as a line of its own, or the page's author meta tag (`metaNames`) naming the title's
 * first part, says so.
 *
 * A later part names the owner after the firm's name ("Wendell Bau - Lena Wendell - Wendelfingen",
 * "Kancelaria Wendell | Lena Marten") only where the name is surer: a known given and family name, or a
 * known given name and a family name the site's own name (`siteName`, its domain's or its host's
 * label, plainLetters) spells. And a trade's word before the name, the title's whole part
 * ("Tischlerei Lena Marten" at tischlerei-lena-marten.example), names the trade's owner where the
 * site's name spells the name's words and one of them is known (a rarer given name there too), or
 * spells the family name and the given name is known ("Malerbetrieb Lena Marten" at marten-maler.example),
 * or the page prints the name as a line of its own ("Weingut Lena Marten" over "Weingut" / "Lena Marten").
 */
const TITLE_PART_MARK = /\s+[-–—|·•:]\s+|:\s+/;
const TITLE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)? \p{Lu}[\p{L}'’-]+$/u;
/**
 * Places that bear a patron's name, not their owner's ("Hotel Maria Theresia", "Apotheke Albert
 * Schweitzer", "Scuola Maria Montessori"): inns, hotels, restaurants, pharmacies, schools, clinics,
 * foundations, houses, museums and theatres.
 */
const PATRON_NAMED: ReadonlySet<string> = new Set(
  'hotel hôtel gasthof gasthaus haus restaurant ristorante café cafe apotheke pharmacie farmacia apteka schule scuola école escuela szkoła gymnasium klinik clinica clinique klinika stiftung fondazione fondation museum theater theatre teatro villa'.split(' '),
);
/** A town after a name and a comma in a title's part ("Lena Marten, Berlin"; "…, Bad Wendell"). */
const TOWN_AFTER_NAME = /,\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u;
/** So many letters at least, a name's words joined, that a site's name holding them is spelt after it. */
const SPELT_NAME_LETTERS = 8;
/** ...and its family name alone, after a trade's word and a known given name ("Malerbetrieb Lena Marten" at marten-maler.example). */
const SPELT_FAMILY_LETTERS = 5;
/** What titleOwnerName weighs a title's part against, beside the title. */
export interface TitleOwnerContext {
  /** The page's text and its header's and footer's, for the name printed as a line of its own. */
  readonly texts?: readonly string[];
  /** The site's own name: its domain's or its host's label, plainLetters. */
  readonly siteName?: string;
  /** Whether the site is read as the seller's own (the title's first part is then the likelier owner). */
  readonly ownSite?: boolean;
  /** The people the page's meta tags name as its author or publisher. */
  readonly metaNames?: readonly string[];
  /** The labels of the page's mailboxes' domains, plainLetters ("lenamarten" of "info@lena-marten.example"). */
  readonly mailDomains?: readonly string[];
}
export function titleOwnerName(title: string, context: TitleOwnerContext = {}): string | undefined {
  const { texts = [], siteName = '', ownSite = true, metaNames = [], mailDomains = [] } = context;
  const parts = title.trim().split(TITLE_PART_MARK).map((p) => p.trim());
  const spelt = (letters: string, least: number): boolean => letters.length >= least && siteName.includes(letters);
  // The site's own name, or one of its mailboxes' domains, spells the name whole ("lenamarten").
  const speltWhole = (letters: string, domains: readonly string[]): boolean => letters.length >= SPELT_NAME_LETTERS && (siteName === letters || domains.includes(letters));
  for (let i = 0; i < parts.length; i++) {
    // (Without the town after a comma: "Lena Marten, Berlin".)
    const part = parts[i]!.replace(TOWN_AFTER_NAME, '');
    const space = part.indexOf(' ');
    // "Tischlerei Lena Marten": the trade's word, then the name.
    const word = space > 0 ? part.slice(0, space) : '';
    // ("Psicóloga Lena Marten": a practitioner's title, as a trade's word.)
    const traded = word && (businessWord(word) || PRACTITIONER_TITLE.test(word)) && !PATRON_NAMED.has(word.toLowerCase()) ? part.slice(space + 1) : undefined;
    // "Hebamme Lena Marten" at lena-marten.example: a profession's word (no given name, no patron's
    // place) before the name the site's own name spells, whole, and that opens with a known given name.
    const rest = space > 0 ? part.slice(space + 1) : '';
    const professed =
      traded === undefined && word && !PATRON_NAMED.has(word.toLowerCase()) && !isGivenName(word.toLowerCase()) && speltWhole(plainLetters(rest), []) && opensWithGivenName(rest) ? rest : undefined;
    // "Lena Marten Architectenbureau" at lena-marten.example, or with its mailbox there: the name,
    // then the trade's word.
    const cut = part.lastIndexOf(' ');
    const before = cut > 0 ? part.slice(0, cut) : '';
    const tradeAfter =
      traded === undefined && professed === undefined && before.includes(' ') && businessWord(part.slice(cut + 1)) && speltWhole(plainLetters(before), mailDomains) && hasKnownName(before) ? before : undefined;
    const first = traded ?? professed ?? tradeAfter ?? part;
    if (!TITLE_NAME.test(first)) continue;
    const family = first.slice(first.indexOf(' ') + 1);
    // The page's author meta tag naming the title's first part ("Lena Marten - Zámečník" with
    // <meta name="author" content="Lena Marten">) says by itself that the site is the person's: a web
    // designer who signs as author is not in the title. (The site's own name spelling the two words
    // does not: "Wendell Marten" at wendell-marten.example is as often a firm's brand.)
    const authored = i === 0 && opensWithGivenName(first) && metaNames.includes(first);
    let known: boolean;
    if (professed !== undefined || tradeAfter !== undefined) known = true;
    else if (traded !== undefined)
      known =
        (hasKnownName(first) && spelt(plainLetters(first), SPELT_NAME_LETTERS)) ||
        // ...or the page prints the name alone on a line, the site's heading ("Weingut" / "Lena Marten").
        (opensWithGivenName(first) && (spelt(plainLetters(family), SPELT_FAMILY_LETTERS) || texts.some((t) => hasLine(t, first))));
    else if (!ownSite) known = authored;
    else if (i > 0) known = knownFullName(first) || (opensWithGivenName(first) && spelt(plainLetters(family), 4));
    // Or a known given name, and the page's text (its header's) prints the same name as a line of
    // its own, the site's heading ("Lena Marten" over "Front End Developer"); or authored.
    else known = (parts.length > 1 && (knownFullName(first) || (opensWithGivenName(first) && ((family === family.toUpperCase() && family.length > 2) || texts.some((t) => hasLine(t, first)))))) || authored;
    if (!known) continue;
    // (A word that is no name's taken out, "Chi Siamo" of an "About us" page, leaves none.)
    const name = clean(first);
    if (name && name.includes(' ') && !tradeName(name) && !isLabel(name)) return name;
  }
  return undefined;
}

/**
 * The full name a part of the page's title gives that its text introduces in the first person
 * (`introduced`: "Mi nombre es Lena Marten, …" under "Wendell Ink | Lena Marten | Tattoo"), though
 * the known names lack both words: two statements of one name, the title's and its owner's own.
 */
export function titledIntroducedName(title: string, introduced: readonly string[]): string | undefined {
  if (introduced.length === 0) return undefined;
  for (const part of title.trim().split(TITLE_PART_MARK)) {
    const first = part.trim();
    if (!TITLE_NAME.test(first) || !introduced.some((n) => n.toLowerCase() === first.toLowerCase())) continue;
    const name = clean(first);
    if (name && name.includes(' ') && !tradeName(name) && !isLabel(name)) return name;
  }
  return undefined;
}

/** Whether `line` is a whole line of `text` (its lines' spaces around it aside). */
function hasLine(text: string, line: string): boolean {
  for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
    const before = text.lastIndexOf('\n', at - 1) + 1;
    const after = text.indexOf('\n', at + line.length);
    if (text.slice(before, at).trim() === '' && text.slice(at + line.length, after < 0 ? text.length : after).trim() === '') return true;
  }
  return false;
}

/**
 * The person a page's title names after a doctor's title opening one of its parts ("Dott.ssa Lena Berg
 * Logopedista", "Dr. Lena Berg – Zahnärztin", "Contatti | Dott.Lena Berg - Dermatologo"): a practice's own page (index.ts asks on a home,
 * contact or about page only). A trade's word after the name is no part of it ("Logopedista").
 */
export function titledDoctorName(title: string): string | undefined {
  // The first part that opens with the title ("Contatti | Dott. Lena Berg - Dermatologo").
  let m: RegExpExecArray | null = null;
  for (const part of title.trim().split(TITLE_PART_MARK)) {
    DOCTOR_TITLED_NAME.lastIndex = 0;
    if ((m = DOCTOR_TITLED_NAME.exec(part))) break;
  }
  if (!m) return undefined;
  const words = m[1]!.split(' ');
  // A third word after a given name and a family name, and itself no known family name, is the
  // practice's trade ("Logopedista"), not a second family name ("Lena Marten Berg") or a middle name's.
  const raw = words.length === 3 && !isGivenName(words[1]!) && !isFamilyName(words[2]!) ? words.slice(0, 2).join(' ') : m[1]!;
  const name = clean(raw);
  return name && name.includes(' ') && opensWithGivenName(name) && !tradeName(name) ? name : undefined;
}

export function roleTitleName(title: string): string | undefined {
  const m = ROLE_THEN_NAME.exec(title);
  const name = m && clean(m[1]!);
  return name && (opensWithGivenName(name) || SLAVIC_SURNAME.test(name)) ? name : undefined;
}

/**
 * A sole trader's name before the legal form that says the firm is one person's: Slovenian
 * "s.p." (samostojni podjetnik: "Nepremičnine Wendell, Lena Marten s.p."), German "e.K." (and
 * "e.Kfm.", "e.Kfr."), Austrian "e.U.": the two capitalised words before the form. The law has an
 * s.p.'s owner named in the firm's name, after its trade's name and a comma, so there any two words
 * that are no trade's; a firm's name alone before the form ("Avtohiša Wendell s.p.", "Wendell Bau
 * e.K.") is as often a trade's, so elsewhere the name opens with a known given name and, before
 * "e.K." or "e.U.", ends with a known family name.
 */
const SOLE_TRADER = new RegExp(
  `(?<![${LETTER}'’-])([${CAPITAL}][${LETTER}'’-]+ [${CAPITAL}][${LETTER}'’-]+),? (s\\.p\\.|e\\. ?(?:K|Kfm|Kfr|U)\\.)(?![${LETTER}])`,
  'gu',
);
/** The forms' spellings, for a cheap look before the pattern runs. */
const SOLE_TRADER_HINT = /\ss\.p\.|\se\. ?(?:K|U)/;

/**
 * A French sole trader's legal form before the owner's name, as a legal notice names the publisher
 * ("Entreprise individuelle Lena Marten", "EI Lena Marten", "Micro-entreprise Lena Marten"): two
 * or three capitalised words (a family name in capitals too) opening with a known given name.
 */
const FRENCH_SOLE_TRADER = new RegExp(
  `(?<![${LETTER}])(?:[Ee]ntreprise individuelle|EI|[Mm]icro-entreprise|[Aa]uto-entrepreneur|[Ee]ntrepreneur individuel)(?: de)? ([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})(?![${LETTER}])`,
  'gu',
);
const FRENCH_SOLE_TRADER_HINT = /ntreprise individuelle|EI |icro-entreprise|uto-entrepreneur|ntrepreneur individuel/;

/**
 * A Polish sole trader's firm, which the law has named after its owner, with its trading form's
 * words ("Firma Handlowo-Usługowa", "FHU", "PPHU", "Przedsiębiorstwo Handlowo-Usługowe", "Zakład
 * Usługowy"): the two capitalised words before the form, or after it and at most one word of the
 * firm's own ("PHU Wendell Lena Marten"), given name first or family name first, as the register
 * writes it ("Marten Lena FHU …"). One of the two words must be a known given name.
 */
const POLISH_FORM = '(?:F\\.?H\\.?U\\.?|P\\.?P?\\.?H\\.?U\\.?|Firma Handlowo[- ]Usługowa|Przedsiębiorstwo Handlowo[- ]Usługowe|Zakład Usługowy)';
const POLISH_NAME = `[${CAPITAL}][${LETTER}'’-]+ [${CAPITAL}][${LETTER}'’-]+`;
const POLISH_SOLE_TRADER = new RegExp(
  `(?<![${LETTER}])(?:(${POLISH_NAME}) ${POLISH_FORM}|${POLISH_FORM}(?: [${CAPITAL}][^\\s]*)? (${POLISH_NAME}))(?![${LETTER}.])`,
  'gu',
);
const POLISH_FORM_HINT = /H\.?U\b|Handlowo|Zakład Usługowy/;
/**
 * ...or the firm's name right before its tax number ("Usługi Hydrauliczne Lena Kowalczyk, NIP
 * 555…"), as a sole trader's site closes its contact block: the two words before the comma, held
 * to polishOwner as the trading form's are.
 */
const POLISH_NAME_BEFORE_NIP = new RegExp(`(?<![${LETTER}])(${POLISH_NAME}),? NIP:? ?\\d`, 'gu');

/** A Polish family name's ending ("Nowakowski", "Wendelewicz", "Kowalczyk", "Nowak", "Wendelska"). */
const POLISH_SURNAME_END = /(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|ak|ek|uk|yk|ik)$/;

/**
 * The owner's name of a Polish sole trader's firm (POLISH_SOLE_TRADER): a known given name and then
 * a word that is no given name (or a known family name), or a family name (known, or with a Polish
 * family name's ending) and then a known given name.
 */
function polishOwner(words: readonly string[]): boolean {
  const [a, b] = words.map((w) => w.toLowerCase()) as [string, string];
  if (words.some((w) => businessWord(w) || /^\p{Lu}+$/u.test(w))) return false;
  if (isGivenName(a)) return !isGivenName(b) || isFamilyName(b);
  return isGivenName(b) && (isFamilyName(a) || POLISH_SURNAME_END.test(a));
}

export function scanSoleTraders(text: string, found: FindingSet, origin: string): void {
  // The Polish firm's owner, after its trading form or before its tax number, held to polishOwner either way.
  const polish = (pattern: RegExp): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const raw = m[1] ?? m[2]!;
      const name = clean(raw);
      if (name && polishOwner(raw.split(' ')) && !tradeName(raw)) found.add('name', name, origin);
    }
  };
  if (POLISH_FORM_HINT.test(text)) polish(POLISH_SOLE_TRADER);
  if (text.includes('NIP')) polish(POLISH_NAME_BEFORE_NIP);
  if (FRENCH_SOLE_TRADER_HINT.test(text)) {
    FRENCH_SOLE_TRADER.lastIndex = 0;
    for (let m = FRENCH_SOLE_TRADER.exec(text); m; m = FRENCH_SOLE_TRADER.exec(text)) {
      const name = clean(m[1]!);
      if (name && opensWithGivenName(name) && !tradeName(m[1]!)) found.add('name', name, origin);
    }
  }
  if (!SOLE_TRADER_HINT.test(text)) return;
  SOLE_TRADER.lastIndex = 0;
  for (let m = SOLE_TRADER.exec(text); m; m = SOLE_TRADER.exec(text)) {
    const words = m[1]!.split(' ');
    if (words.some((w) => businessWord(w))) continue;
    const name = clean(m[1]!);
    if (!name || MAKE_AS_NAME.test(name)) continue;
    const afterFirm = text.slice(Math.max(0, m.index - 2), m.index) === ', ';
    const known = opensWithGivenName(name) && (m[2] === 's.p.' || isFamilyName(words[1]!));
    if ((m[2] === 's.p.' && afterFirm) || known) found.add('name', name, origin);
  }
}

/**
 * A Cyrillic name whose last word ends as East and South Slavic family names do ("… Стоянова",
 * "… Петров", "… Ковальчук", "… Шевченко", "… Петровски"): a person's, where the given-name lists
 * (faker has no Bulgarian locale) lack the first word.
 */
const SLAVIC_SURNAME = /^[а-яёіїєґ'’-]+(?: [а-яёіїєґ'’-]+)? [а-яёіїєґ'’-]+(?:ова|ева|ов|ев|ин|ина|ски|ска|ський|ська|ский|ская|енко|чук|юк|ич)$/iu;
/**
 * "… and let Carla Roe or Tom Doe know if you have any questions": the people a dealer's or an
 * agency's description asks its customers to contact, one or two. Each name opens with a known
 * given name ("let Toyota Finance know" names no one); found from each " know" back to its "let".
 */
const LET_KNOW = new RegExp(`(?<![${LETTER}])[Ll]et (${FULL_NAME})(?: (?:or|and) (${FULL_NAME}))? know$`);

/** How far before " know" its "let" may be: two names of three words and "or" between them. */
const LET_KNOW_REACH = 120;

function scanLetKnow(text: string, found: FindingSet, origin: string): void {
  // From each " know" back to its "let" (English pages write "know" often; a pattern opening with
  // a look-behind would be tried at every character of the text).
  for (let at = text.indexOf(' know'); at >= 0; at = text.indexOf(' know', at + 5)) {
    if (LETTER_AFTER.test(text.charAt(at + 5))) continue;
    const m = LET_KNOW.exec(text.slice(Math.max(0, at - LET_KNOW_REACH), at + 5));
    if (!m) continue;
    for (const raw of [m[1], m[2]]) {
      const name = raw && clean(raw);
      if (name && opensWithGivenName(name)) found.add('name', name, origin);
    }
  }
}
const LETTER_AFTER = new RegExp(`[${LETTER}]`);

/**
 * Names after a contact verb and a colon (VERBS_BEFORE_COLON): found from the text's colons, far
 * fewer than its positions (the verbs' alternation tried at every position cost ~0.4 % of the
 * extraction on the corpus).
 */
function scanColonVerbs(text: string, found: FindingSet, origin: string): void {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    const verbAt = verbBeforeColon(text, at);
    if (verbAt < 0) continue;
    NAME_AFTER_COLON.lastIndex = at + 1;
    const m = NAME_AFTER_COLON.exec(text);
    if (m) verbName(text, verbAt, m[1]!, NAME_AFTER_COLON.lastIndex, found, origin);
  }
}

/** Where the contact verb (VERBS_BEFORE_COLON) that ends right before the colon at `colon` starts, or -1. */
function verbBeforeColon(text: string, colon: number): number {
  const c = text.charCodeAt(colon - 1);
  // A verb ends in a letter (ASCII, or any above U+007F): most colons follow a digit or a space.
  if (!(c > 0x7f || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return -1;
  let start = colon;
  for (let words = 0; words < MAX_VERB_WORDS; words++) {
    // The word before `start`: back to a space, the line's start, or a character that is no letter.
    let i = start - 1;
    while (i >= 0 && colon - i <= MAX_VERB_LENGTH && LETTER_OR_MARK.test(text.charAt(i))) i--;
    if (colon - i > MAX_VERB_LENGTH) return -1;
    const phrase = text.slice(i + 1, colon).toLowerCase();
    // Not glued to a number before it ("5kontakt:"), as no word is.
    if (VERBS_BEFORE_COLON.has(phrase)) return i >= 0 && /\d/.test(text.charAt(i)) ? -1 : i + 1;
    if (i < 0 || text.charCodeAt(i) !== 0x20) return -1;
    start = i;
  }
  return -1;
}

/**
 * A first name a person introduces themselves by ("Hallo! Ik ben Anna, uw makelaar"): the same
 * person as a full name on the page that opens with it (filters.ts drops it then), as any one-word
 * name from the prose is held to the known-name check.
 */
export const INTRO_ORIGIN = 'text:intro';

/**
 * Makes written as a given name and a family name ("Mercedes Benz", "Harley Davidson", "Aston
 * Martin", "Rolls Royce"): a dealer's department or brand line above its number, or above a
 * consultant's title, not a person.
 */
const MAKE_AS_NAME = /^(?:mercedes[ -]benz|harley[ -]davidson|aston martin|austin[ -]healey|rolls[ -]royce|land rover|ford mustang|lincoln navigator|dodge ram)$/i;

/**
 * An agent's card as agencies and dealers print it: the name on a line of its own, the job title on
 * the next ("Vastgoedexpert", "Real Estate Agent", "Verkaufsberaterin", "Agent immobilier",
 * "Responsabile Agenzia …"), then the phone number or the e-mail within two lines, or the same just
 * above the name (a branch's lines, then its manager). The title's word is a salesperson's or a
 * broker's in the markets' languages, a word of its own or a compound's end ("Immobilienberater").
 * A team page's cards that give no contact of their own ("Ana Pop" / "Consultant Imobiliar", their
 * numbers behind icons) count when the page shows two cards so or more: one such pair alone may
 * be a dealer's make above a consultant's title. Held to the known-name check (origin "text").
 */
/** A business's founder's or owner's title, in the markets' languages: such a card is taken alone (see scanAgentCards). */
const OWNER_WORD =
  'founder|co-founder|cofounder|ceo|owner|proprietor|fondateur|fondatrice|gründer|gründerin|inhaber|inhaberin|fundador|fundadora|propietario|propietaria|' +
  'proprietário|proprietária|fondatore|fondatrice|titolare|oprichter|eigenaar|grundare|grunnlegger|grundlægger|założyciel|założycielka|zakladatel|засновник|засновниця|основатель|основательница';
const OWNER_TITLE = new RegExp(`(?<![\\p{L}])(?:${OWNER_WORD})(?![\\p{L}])`, 'iu');
const AGENT_WORD =
  'agent|agente|agentin|broker|realtor|consultant|consultante|consulente|consultor|consultora|advisor|adviser|conseiller|conseillère|' +
  'négociateur|négociatrice|negotiator|asesor|asesora|corretor|corretora|salesperson|salesman|saleswoman|doradca|handlowiec|' +
  'pośrednik|vendedor|vendedora|venditore|verkoper|myyjä|välittäjä|säljare|selger|sælger|' +
  // an Italian agency's or branch's manager ("Responsabile Agenzia Centro", "Responsabile di filiale")
  'responsabile|' +
  // a law firm's, a clinic's, an accountant's people ("Equity Partner", "Associate", "Paralegal", "Dentist")
  'partner|socio|socia|associate|trainee|paralegal|counsel|solicitor|barrister|advocate|attorney|lawyer|avukat|abogado|abogada|avocat|avocate|' +
  'rechtsanwalt|rechtsanwältin|advokat|adwokat|radca|aplikant|avvocato|notary|notaire|notar|dentist|orthodontist|physician|surgeon|accountant|' +
  // their secretaries ("Legal Secretary", "Secrétaire juridique")
  'secretary|secrétaire|sekretärin|secretaria|secretario|' +
  // a firm's directors ("Director of Procurement", "Managing Director", "Geschäftsführer" is a compound below)
  'director|directora|directeur|directrice|direktor|direktorin|diretor|diretora|direttore|direttrice|direktur|komisaris|' +
  // dentists in the markets' languages ("Odontóloga", "Zahnärztin", "Tandläkare")
  'odontólogo|odontóloga|odontologo|odontologa|dentista|dentiste|zahnarzt|zahnärztin|tandläkare|tandlæge|tandarts|stomatolog|' +
  // a practice's doctors and therapists ("Docteur en médecine", "Fachärztin für …", "Kinésithérapeute", "Tierärztin")
  'docteur|doctora|doktor|dottore|dottoressa|médecin|medico|médico|arzt|ärztin|fachärztin|facharzt|lékař|lekarz|' +
  'kinésithérapeute|physiotherapeut|physiotherapeutin|fisioterapista|fisioterapeuta|fizjoterapeuta|ostéopathe|osteopath|osteopathin|osteopata|' +
  'vétérinaire|tierarzt|tierärztin|veterinario|veterinaria|weterynarz|dierenarts|orthophoniste|logopäde|logopädin|logopedista|' +
  // a general practice's doctors, assistants and nurses, and therapists ("huisarts", "doktersassistente",
  // "Ergotherapeutin", "fonoaudióloga")
  'huisarts|doktersassistent|doktersassistente|verpleegkundige|praktijkondersteuner|ergothérapeute|ergoterapeuta|fonoaudióloga|fonoaudiólogo|fonoaudiologa|logopedist|logopediste|' +
  // psychologists, psychotherapists and counsellors ("Psicóloga especialista en …", "Psychologue clinicienne", "Psychotherapist")
  'psychologist|psychologue|psychologin|psychologe|psicóloga|psicólogo|psicologa|psicologo|psycholog|psycholożka|psycholožka|psicoterapeuta|' +
  'psychothérapeute|psychotherapist|psychoterapeut|psychoterapeutka|therapist|thérapeute|terapeuta|counsellor|counselor|' +
  // a Turkish estate agent ("Gayrimenkul Danışmanı")
  'danışman|danışmanı|' +
  // a garage's or a workshop's staff ("Kfz-Mechatroniker", "Auszubildender", "Technicien")
  'mechanic|technician|apprentice|receptionist|lernender|lernende|lehrling|auszubildender|auszubildende|azubi|monteur|monteurin|' +
  'mécanicien|mécanicienne|technicien|technicienne|apprenti|apprentie|meccanico|tecnico|apprendista|mecánico|técnico|aprendiz|' +
  // a small firm's managers and heads ("Fleet Manager", "Chef comptable", "Gérante", "Responsable logistique")
  'manager|responsable|chef|gérant|gérante|' +
  // Spanish and Portuguese heads and managers ("Jefe de Ventas", "Gerente Comercial", "Coordenadora")
  'jefe|jefa|gerente|coordinador|coordinadora|coordenador|coordenadora|' +
  // Greek advisers, partners and managers ("Οικονομικός Σύμβουλος", "Διευθυντής")
  'σύμβουλος|συνεργάτης|συνεργάτιδα|διευθυντής|διευθύντρια|υπεύθυνος|υπεύθυνη|' +
  // the business's founder or owner, on a small firm's team page ("Founder and Managing Consultant")
  OWNER_WORD;
/** Ends of compounds ("Vastgoedexpert", "Immobilienberaterin", "Fastighetsmäklare", "Eiendomsmegler"), and the same words alone. */
const AGENT_COMPOUND_END =
  'expert|experte|expertin|berater|beraterin|makler|maklerin|makelaar|makelaarster|adviseur|adviseuse|mäklare|megler|mægler|verkäufer|verkäuferin|' +
  // a workshop's trades and heads ("Kfz-Mechatronikerin", "Werkstattleiter", "Geschäftsführer")
  'mechaniker|mechanikerin|mechatroniker|mechatronikerin|techniker|technikerin|meister|meisterin|leiter|leiterin|führer|führerin|' +
  // therapists ("Ergotherapeutin", "Fachtherapeutin"), practice nurses and managers ("praktijkverpleegkundige", "praktijkmanager")
  'therapeut|therapeutin|verpleegkundige|manager|' +
  // Finnish heads and directors ("Ravintolapäällikkö", a restaurant's manager; "Kaupallinen johtaja")
  'päällikkö|johtaja';
/** A trade's compound whose first part is long ("Fahrzeugmakler", "Fahrzeugverkäufer"): no family name (see scanAgentCards). */
const TRADE_COMPOUND = new RegExp(`^\\p{L}{7,}(?:${AGENT_COMPOUND_END})$`, 'iu');
const AGENT_TITLE_WORD = new RegExp(`^(?:${AGENT_WORD}|\\p{L}{3,}(?:${AGENT_COMPOUND_END})|${AGENT_COMPOUND_END})$`, 'iu');
/** A title's word by itself ("Manager", "Σύμβουλος"), not a compound's end. */
const AGENT_TITLE_ALONE = new RegExp(`^(?:${AGENT_WORD})$`, 'iu');
/** Where such a word may be: the cards are found from their title lines, which are few, not from every name-shaped line. */
const AGENT_TITLE_HINT = new RegExp(`(?:${AGENT_WORD}|${AGENT_COMPOUND_END})(?![\\p{L}])`, 'giu');
/** Whether the line holds a post's word (AGENT_TITLE_HINT). */
function hasAgentTitle(line: string): boolean {
  AGENT_TITLE_HINT.lastIndex = 0;
  return AGENT_TITLE_HINT.test(line);
}
// A middle initial after the given name ("Jane Q. Doe", "Nyokabi W Kamau") is allowed, one and only there.
const CARD_NAME_LINE = new RegExp(`^([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.?(?= [${CAPITAL}]))?(?: (?:(?:van|von|de|der|den|da|di|du|la|le|ten|ter|af|zu) ){0,2}[${CAPITAL}][${LETTER}'’-]+){1,2})$`);
/** A run of seven digits or more with a number's separators: a phone number's shape, for the layout's tests. */
export const NUMBER_RUN = /\d[\d ()./-]{6,}\d/;
const CARD_CONTACT = new RegExp(`${NUMBER_RUN.source}|@`);
/** A card's name of four words, on the markets whose names have two surnames (TWO_SURNAME_MARKETS). */
const CARD_NAME_LINE_OF_FOUR = new RegExp(`^([${CAPITAL}][${LETTER}'’-]+(?: (?:(?:de|del|da|das|do|dos|la|las|los|y|e) ){0,2}[${CAPITAL}][${LETTER}'’-]+){3})$`);
const TWO_SURNAME_MARKETS: ReadonlySet<string> = new Set(['ES', 'PT', 'BR', 'MX', 'AR', 'CL', 'CO', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CU', 'PR']);

/**
 * A contact card's name on a line of its own, the card's phone line right under it ("Lena Marten" /
 * "Tel.: 030 …", "Mobile: 316-…", "Office: 316-…") or under the card's job title or department
 * ("Lena Marten" / "Disposition" / "Tel.: …"), as team pages and contact blocks print them:
 * the number's label says the line above is whom to call. The name is two or three capitalised
 * words that open with a known given name (a heading above a desk's line, "Customer Service" /
 * "Phone: …", opens with none); the phone line a label, then a number (seven digits or more on the
 * line). Not a fax line. Found from the phone lines, which are few, not from every name-shaped line.
 */
// (An icon before the label: "📞 Telefon:".)
const PHONE_LINE_START = new RegExp(`(?:^|\n)(?:[\\p{So}\\uFE0F] ?)?(?:office|direct|main|work|${PHONE_LABEL.source})`, 'giu');
/** After the label, a number: its digits (seven or more on the line: a vanity number's letters, "316-555-SOLD (7653)", between them). */
const CARD_PHONE_START = /^[\s.:]*[+(]?\d/;
/** A line that is a number alone ("+49 177 5550103"). */
const NUMBER_ALONE = /^[ \t]*[+(]?\d[\d ()./-]{5,}\d[ \t]*$/;
const MIN_CARD_DIGITS = 7;
const FAX_WORD = /^[\p{P}\p{S}\s]*(?:fax|telefax|faks|факс)/iu;
/** A card's job title or department between its name and its phone line: short, no digits, no label or mailbox. */
const CARD_TITLE_LINE = /^[^\d@:\n]{3,40}$/;

/**
 * A line that is a name and the professional letters after it ("Lena Marten MRICS", "Kamal
 * Reilly, Esq.", "Rafael Irfan, S.H."), as an agent's card, a firm's team page or a lawyer's
 * profile heads it, or a practice's footer opens its line with ("Lena Marten, DDS | 12 Main St |
 * Phone: …"), or a team page's bio opens its paragraph with ("Lena Marten, D.D.S., has cared
 * for …"): the letters are only a person's (POST_NOMINALS). Two or three capitalised
 * words, held to the known-name check (origin "text"); not a firm's name ("Berg Associates, CPA").
 */
const NAME_WITH_LETTERS = new RegExp(`^[ \\t]*([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.(?= [${CAPITAL}]))?(?: [${CAPITAL}][${LETTER}'’-]+){1,2})(${POST_NOMINALS.source.slice(0, -1)})[ \\t]*(?:$|(?=\\| )|(?=, (?:has|is|was|joined|graduated|received|started|earned|brings|grew|practi[cs]es)\\b))`, 'gm');

function scanNamesWithLetters(text: string, found: FindingSet, origin: string): void {
  for (const name of namesWithLetters(text)) found.add('name', name, origin);
}

/** The names NAME_WITH_LETTERS finds in `text` (index.ts reads a site's own header and footer for them too: "Lena Marten, CPA, CA" as its banner). */
export function namesWithLetters(text: string): string[] {
  const out: string[] = [];
  NAME_WITH_LETTERS.lastIndex = 0;
  for (let m = NAME_WITH_LETTERS.exec(text); m; m = NAME_WITH_LETTERS.exec(text)) {
    // The letters as a whole: the last of the name's words may be one of them ("Lena Marten MSCSI MRICS").
    const name = withoutPostNominals(`${m[1]!}${m[2]!}`);
    if (tradeName(name) || name.split(' ').some((w) => JOB_TITLE_WORDS.has(w.toLowerCase()))) continue;
    const cleaned = clean(name);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned)) out.push(cleaned);
  }
  return out;
}

/** A line that is one capitalised word, a comma after it maybe: a given name alone over its number's line. */
const GIVEN_NAME_LINE = new RegExp(`^([${CAPITAL}][${LETTER}'’-]+),?$`);

/** The line's match when it is a known given name alone (GIVEN_NAME_LINE); not a job title's or a department's word. */
function givenNameLine(line: string): RegExpExecArray | null {
  const m = GIVEN_NAME_LINE.exec(line);
  return m && opensWithGivenName(m[1]!) ? m : null;
}

function scanNamesOverPhoneLines(text: string, found: FindingSet, origin: string): void {
  PHONE_LINE_START.lastIndex = 0;
  for (let m = PHONE_LINE_START.exec(text); m; m = PHONE_LINE_START.exec(text)) {
    const newline = m[0].startsWith('\n');
    // The phone line's start; a line above it is needed.
    const start = newline ? m.index + 1 : m.index;
    if (start < 2) continue;
    const rest = text.slice(m.index + m[0].length, start + 80);
    // A word that only begins with the label ("Officer", "Mobilität") is none.
    if (/^[\p{L}]/u.test(rest)) continue;
    if (FAX_WORD.test(newline ? m[0].slice(1) : m[0]) || !CARD_PHONE_START.test(rest)) continue;
    // The number on the label's line, or on the next one under a label alone on its ("Telefon:" / "+49 …").
    const end = rest.indexOf('\n');
    const onLine = (end < 0 ? rest : rest.slice(0, end)).replace(/\D/g, '').length;
    const next = end >= 0 && onLine === 0 ? rest.slice(end + 1).split('\n', 1)[0]! : '';
    if (onLine < MIN_CARD_DIGITS && !(NUMBER_ALONE.test(next) && next.replace(/\D/g, '').length >= MIN_CARD_DIGITS)) continue;
    const lineStart = text.lastIndexOf('\n', start - 2) + 1;
    const above = text.slice(lineStart, start - 1).trim();
    // Or a given name alone, a comma after it maybe ("Тарас," / "тел.: 067…"): a known given name
    // (opensWithGivenName below), on the line right above the number's.
    let name = CARD_NAME_LINE.exec(above) ?? givenNameLine(above);
    // Or the line above a job title's or a department's ("Disposition", "Reifenservice, Zubehör")
    if (!name && lineStart >= 2 && CARD_TITLE_LINE.test(text.slice(lineStart, start - 1).trim())) {
      name = CARD_NAME_LINE.exec(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim());
    }
    if (!name || !opensWithGivenName(name[1]!)) continue;
    const cleaned = clean(name[1]!);
    if (cleaned && !isLabel(cleaned) && !MAKE_AS_NAME.test(cleaned)) found.add('name', cleaned, origin);
  }
}

/**
 * A directory's or a firm's contact card that gives the person's name over their postal address and
 * then their number, a line each ("Lena Marten" / "12 Wendell Road" / "Suite 4" / "Wendelfingen, OR
 * 97001" / "(555) 555-0142"): the name one to three lines above the number's, every line between an
 * address's (short, with a digit: a street's number, a suite's, a postcode), the name two or three
 * capitalised words opening with a known given name, or such a name and its post after a comma
 * ("Kamal Reilly, Managing Director"), maybe over a line of its firm or its post ("Lena Marten" /
 * "Wendell Realty" / "(555) 555-0142"). Two such cards at least (MIN_ADDRESS_CARDS). Held to the
 * known-name check (origin "text").
 */
const NUMBER_LINES = /^[ \t]*[+(]?\d[\d ()./-]{6,}\d[ \t]*$/gm;
const ADDRESS_LINE = /^(?=[^\n@]{4,60}$)(?=[^\n]*\p{L})[^\n]*\d/u;
const MAX_ADDRESS_LINES = 3;
function scanNamesOverAddresses(text: string, found: FindingSet, origin: string): void {
  // The number's lines found by one search of the text; the lines above each read back from it.
  const names: string[] = [];
  NUMBER_LINES.lastIndex = 0;
  for (let m = NUMBER_LINES.exec(text); m; m = NUMBER_LINES.exec(text)) {
    let end = m.index - 1;
    let addresses = 0;
    let line: string | undefined;
    while (end > 0) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      line = text.slice(start, end);
      end = start - 1;
      if (addresses === MAX_ADDRESS_LINES || !ADDRESS_LINE.test(line)) break;
      addresses++;
      line = undefined;
    }
    if (line === undefined) continue;
    let name = addresses > 0 ? CARD_NAME_LINE.exec(withoutRoleAfter(line.trim())) : null;
    // Or a firm's or a post's line between the name and the block ("Lena Marten" / "Wendell
    // Realty" / "(312) 555-0142"): the line above it (and right over the number, always that).
    if ((!name || !opensWithGivenName(name[1]!)) && end > 0 && CARD_TITLE_LINE.test(line.trim())) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      name = CARD_NAME_LINE.exec(withoutRoleAfter(text.slice(start, end).trim()));
    }
    if (!name || !opensWithGivenName(name[1]!)) continue;
    const cleaned = clean(name[1]!);
    if (cleaned && !isLabel(cleaned) && !tradeName(name[1]!) && !MAKE_AS_NAME.test(cleaned) && !names.includes(cleaned)) names.push(cleaned);
  }
  // Two cards or more: a directory's or a team's. One alone is as often a branch's or a firm's
  // heading over its address ("Madison Heights", "Wendell Tool Works").
  if (names.length >= MIN_ADDRESS_CARDS) for (const name of names) found.add('name', name, origin);
}
const MIN_ADDRESS_CARDS = 2;
/** Between two people's names on one line: "&", "und", "and", "et", "en", "og", "i", "e", "y" (LABELLED_POSTAL_CARD, PAIR_JOINER, COUPLE_LINE). */
const JOINERS = '&|und|and|et|en|og|och|i|e|y';

/** A postcode and its place opening a line: "12345 Wendelstadt", "D-12345 …", "00-123 …", "1234 AB …", "123 45 …". */
const POSTCODE_AND_PLACE = `(?:[A-Z]{1,2}[- ])?(?:\\d{2}-\\d{3}|\\d{3} \\d{2}|\\d{4} ?[A-Z]{2}|\\d{4,5})[ \\t,]+[${CAPITAL}]`;
/**
 * One card alone under a label of its own line ("Anmeldung:" / "Lena Marten" / "Lindenweg 7" /
 * "12345 Wendelstadt", "Bestellungen:", "Auskunft:"): the label says the lines under it are
 * whom to write to, so the name over a postal address (a street's line, then a postcode's) is the
 * advertiser's contact, where scanNamesOverAddresses wants two cards. Not under a web designer's, a
 * photographer's, a web host's or an authority's label (NOT_CONTACT_LABEL). The name opens
 * with a known given name; held to the known-name check (origin "text"). A couple's second person
 * may follow on a line of their own after "&", "et", "und" ("Adresse postale :" / "Lena MARTEN" /
 * "& Kamal REILLY" / the address). The street's number may open its line, as French writes it ("12 route de …").
 */
const LABELLED_POSTAL_CARD = new RegExp(
  `^[ \\t]*([^\\n:]{3,40}):[ \\t]*\\n[ \\t]*([^\\n\\d@]{3,48})\\n(?:[ \\t]*(?:${anyCase(JOINERS)})[ \\t]+([^\\n\\d@]{3,48})\\n)?[ \\t]*(?:[^\\n]{2,60}\\d[^\\n]{0,20}|\\d{1,4}[a-z]?,? [^\\n\\d]{3,60})\\n[ \\t]*${POSTCODE_AND_PLACE}`,
  'gmu',
);
/**
 * Labels over somebody else's address: a web designer's or a photographer's credit, a web host's,
 * a data protection officer's, an insurer's, a bank's, an authority's, a court's, a dispute board's,
 * a bill's or a parcel's. (The credit's words are labels.ts's CREDIT's, written here as stems: a
 * label is one word with its colon, "Gestaltung:", "Fotos:", where CREDIT reads a credit's phrase,
 * "designed by", and would miss "Webdesigner:".)
 */
const NOT_CONTACT_LABEL = /design|webmaster|gestaltung|umsetzung|programmierung|realisation|réalisation|realizza|conception|realizacja|datenschutz|data protection|protection des données|protezione dei dati|versicherung|insur|assuran|assicura|bank|aufsicht|behörde|authority|kammer|gericht|court|tribunal|schlicht|rechnung|liefer|billing|shipping|invoice|factur|fotos?|photos?|bild|hosting|hébergeur|hebergeur/i;
function scanLabelledPostalCards(text: string, found: FindingSet, origin: string): void {
  if (!text.includes(':\n') && !text.includes(': \n')) return;
  LABELLED_POSTAL_CARD.lastIndex = 0;
  for (let m = LABELLED_POSTAL_CARD.exec(text); m; m = LABELLED_POSTAL_CARD.exec(text)) {
    if (NOT_CONTACT_LABEL.test(m[1]!)) continue;
    // A couple's card names the second person on a line of their own after "&" ("Lena MARTEN" / "& Kamal REILLY").
    for (const line of m[3] === undefined ? [m[2]!] : [m[2]!, m[3]]) {
      const name = CARD_NAME_LINE.exec(line.trim());
      if (!name || !opensWithGivenName(name[1]!) || tradeName(name[1]!)) continue;
      const cleaned = clean(name[1]!);
      if (cleaned && !isLabel(cleaned) && !MAKE_AS_NAME.test(cleaned)) found.add('name', cleaned, origin);
    }
  }
}

/**
 * A post's pattern (its letters in any case), or two posts one person holds, joined by a slash, an
 * ampersand or "and" ("Inhaber / Geschäftsführer:", "Owner & Manager:", "Titolare e direttore:").
 */
function jointPosts(posts: string): string {
  const post = anyCase(posts);
  return `${post}(?:[ \\t]*(?:/|&|${anyCase('und|and|et|e|y|en|og|och|i')})[ \\t]*${post})?`;
}

/**
 * A contact block's person after their post's label ("Leiterin: Lena Marten" / "Telefon: 04521 …",
 * "Head: Kamal Reilly", "Pressesprecherin: …", "Responsable : …"): a name of two or three
 * capitalised words alone after the colon, with a phone's or a mail's label, or a mailbox, on one of
 * the POST_BLOCK_LINES lines around it (a release's or a department's contact box, not an article's
 * "Vorsitzender: …" in a list of a board's members). Held to the known-name check (origin "text").
 * The posts in any case (anyCase), the name's words capitalised (the pattern is case-sensitive).
 */
const POST_LABEL_LINE = new RegExp(
  `^[ \\t]*${jointPosts(
    '(?:leiter(?:in)?|leitung|projektleiter(?:in)?|projektleitung|abteilungsleiter(?:in)?|geschäftsführer(?:in)?|geschäftsführung|' +
      'pressesprecher(?:in)?|pressereferent(?:in)?|sprecher(?:in)?|referent(?:in)?|ansprechperson|head|manager|director|press officer|' +
      'spokes(?:person|man|woman)|coordinator|responsable|directeur|directrice|responsabile|direttore|direttrice|coordinador(?:a)?|' +
      'director(?:a)?|jefe|jefa|voorzitter|woordvoerder|daglig leder|leder|ordförande|kierownik|dyrektor|rzecznik prasowy|rzecznik|' +
      'vedoucí|ředitel(?:ka)?|' +
      // a German imprint's legal representative ("Vertreten durch: …", "Vertretungsberechtigt: …")
      'vertreten durch|vertretungsberechtigt(?:er|en|e)?(?: geschäftsführer(?:in)?)?)',
  )}[ \\t]*:[ \\t]*([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})[ \\t]*$`,
  'gmu',
);
const POST_BLOCK_LINES = 3;

/**
 * The name on a contact block's line that opens with the person's post and a colon, titles
 * between them and letters after it ("Direktor: OSR Dipl.-Päd. Lena Marten", "Stellvertretung:
 * Ing. Kamal Reilly, BEd", "Obmann: Jan Roth"): heads' posts (some of POST_LABEL_LINE's, and a
 * school's, a club's and a small firm's), where POST_LABEL_LINE takes no titles between.
 * Upper-case honorary titles of two to four letters before the academic ones ("OSR", "HR") are
 * skipped as those are. Undefined for any other line.
 */
const POST_COLON_LINE = new RegExp(
  `^${jointPosts(
    '(?:leiter(?:in)?|leitung|schulleiter(?:in)?|schulleitung|direktor(?:in)?|stellvertretung|stellvertreter(?:in)?|obmann|obfrau|vorsitzende(?:r)?|' +
      'geschäftsführer(?:in)?|geschäftsführung|inhaber(?:in)?|head|manager|director|principal|headteacher|chair(?:man|woman|person)?|' +
      'directeur|directrice|responsable|direttore|direttrice|titolare|presidente|voorzitter|directeur|rektor(?:in)?|ředitel(?:ka)?|dyrektor)',
  )}[ \t]*:[ \t]*((?:(?:\\p{Lu}{2,4}|\\p{Lu}[a-z]{1,3}\\p{Lu}) )*)(.+?)(?:,[ \t]*\\p{Lu}[\\p{L}.]{1,6}|[ \t]+\\p{Lu}{2,5})?[ \t]*$`,
  'u',
);
/** POST_COLON_LINE over a text's lines, each found so. */
const POST_COLON_LINES = new RegExp(POST_COLON_LINE.source, 'gmu');
export function postColonName(line: string): string | undefined {
  const m = POST_COLON_LINE.exec(line);
  if (!m) return undefined;
  const name = withoutTitles(m[2]!.trim());
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name) ? name : undefined;
}
/** A line that opens with a phone's or a mail's label, or holds a mailbox. */
const CONTACT_LINE = new RegExp(`^[ \\t]*(?:${PHONE_LABEL.source}|e-?mail|mail|fax)|@`, 'iu');

/** Whether a phone's or a mail's label, or a mailbox, is on one of the POST_BLOCK_LINES lines before `start` or after `end` (CONTACT_LINE). */
function contactLineAround(text: string, start: number, end: number): boolean {
  let from = start;
  for (let k = 0; k < POST_BLOCK_LINES && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = end;
  for (let k = 0; k < POST_BLOCK_LINES && to >= 0 && to < text.length; k++) to = text.indexOf('\n', to + 1);
  const around = [...text.slice(from, start).split('\n'), ...text.slice(end, to < 0 ? text.length : to).split('\n')];
  return around.some((l) => CONTACT_LINE.test(l));
}

function scanPostLabels(text: string, found: FindingSet, origin: string): void {
  POST_LABEL_LINE.lastIndex = 0;
  for (let m = POST_LABEL_LINE.exec(text); m; m = POST_LABEL_LINE.exec(text)) {
    if (!contactLineAround(text, m.index, m.index + m[0].length)) continue;
    const cleaned = clean(m[1]!);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(m[1]!)) found.add('name', cleaned, origin);
  }
  // ...and a head's post with titles before the name ("Obfrau: MR Dr. Lena Marten" under the club's
  // mailbox), which POST_LABEL_LINE does not take: the same contact block, postColonName's posts.
  if (!text.includes(':')) return;
  POST_COLON_LINES.lastIndex = 0;
  for (let m = POST_COLON_LINES.exec(text); m; m = POST_COLON_LINES.exec(text)) {
    const name = postColonName(m[0]);
    if (name === undefined || !contactLineAround(text, m.index, m.index + m[0].length)) continue;
    const cleaned = clean(name);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(name)) found.add('name', cleaned, origin);
  }
}

/**
 * A German firm's representatives, two or more, listed after their post ("Vertreten durch: Lena
 * Marten und Kamal Reilly", "Vertretungsberechtigte Gesellschafter" / "Lena Marten, Kamal Reilly",
 * "Geschäftsführer: …, …"), as an imprint names a partnership's partners: each name, where a
 * phone's or a mail's label, or a mailbox, is on one of the POST_BLOCK_LINES lines around, as
 * scanPostLabels asks (one name after its post is that function's). Held to the known-name check.
 */
// Each name perhaps with the person's qualifications in brackets after it ("Lena Marten
// [Immobilienkauffrau (IHK), Gutachterin]", "Kamal Reilly (Dipl.-Kfm.)"), which are no part of it.
const REPRESENTATIVE_QUALIFICATIONS = ` ?(?:\\[[^\\]\\n]{1,400}\\]|\\([^()\\n]{1,120}\\))`;
const REPRESENTATIVES_NAME = `[${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2}(?:${REPRESENTATIVE_QUALIFICATIONS})?`;
const REPRESENTATIVES_LINE = new RegExp(
  `^[ \\t]*${anyCase(
    '(?:vertreten durch(?: die (?:gesellschafter|geschäftsführer)(?:in(?:nen)?)?)?|vertretungsberechtigte(?:r|n)?(?: (?:gesellschafter|geschäftsführer)(?:in(?:nen)?)?)?|' +
      'gesellschafter(?:in(?:nen)?)?|geschäftsführer(?:in(?:nen)?)?|geschäftsführung|inhaber(?:in(?:nen)?)?)',
  )}[ \\t]*:?[ \\t]*\\n?[ \\t]*(${REPRESENTATIVES_NAME}(?:(?:, | und | & )${REPRESENTATIVES_NAME})+)[ \\t]*\\.?[ \\t]*$`,
  'gmu',
);
const REPRESENTATIVES_SPLIT = /, | und | & /;
const QUALIFICATIONS_AFTER = new RegExp(REPRESENTATIVE_QUALIFICATIONS, 'g');
/** A cheap first look: the posts' stems (REPRESENTATIVES_LINE is read only where one is). */
const REPRESENTATIVES_HINT = /vertret|gesellschafter|geschäftsf|inhaber/i;

function scanRepresentatives(text: string, found: FindingSet, origin: string): void {
  if (!REPRESENTATIVES_HINT.test(text)) return;
  REPRESENTATIVES_LINE.lastIndex = 0;
  for (let m = REPRESENTATIVES_LINE.exec(text); m; m = REPRESENTATIVES_LINE.exec(text)) {
    if (!contactLineAround(text, m.index, m.index + m[0].length)) continue;
    for (const part of m[1]!.replace(QUALIFICATIONS_AFTER, '').split(REPRESENTATIVES_SPLIT)) {
      const cleaned = clean(part);
      if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(part)) found.add('name', cleaned, origin);
    }
  }
}

const COLON_AT_LINE_END = /:[ \t]*\n/g;
/** A person's initials in brackets closing their name's line ("Lena MARTEN (LM)"). */
const INITIALS_AFTER = / ?\(\p{Lu}{1,4}\)$/u;
const POST_BEFORE_COLON = /(?:^|[ \t])(\p{Lu}[\p{L}/&'’ -]{1,40}?)[ \t]*$/u;
const POST_REACH = 60;
/**
 * A contact block's post on a line of its own, closed by a colon, and its holder's name on the next
 * line ("Branch Librarian:" / "Lena Marten", "Practice Manager:" / "Kamal Reilly"), with a phone's or a
 * mail's label, or a mailbox, on one of the POST_BLOCK_LINES lines around it, as scanPostLabels
 * asks. The post in Title Case naming a post (titleCasePost); it may close a line that a mailbox
 * opens, where the page's markup put the two side by side. Held to the known-name check (origin
 * "text"). Found from the lines that end with a colon (few do), the post looked for up to
 * POST_REACH characters before it.
 */
function scanPostOverName(text: string, found: FindingSet, origin: string): void {
  COLON_AT_LINE_END.lastIndex = 0;
  for (let c = COLON_AT_LINE_END.exec(text); c; c = COLON_AT_LINE_END.exec(text)) {
    const lineStart = text.lastIndexOf('\n', c.index - 1) + 1;
    // Cut at a space so that the cut is no word's start.
    const from = c.index - lineStart <= POST_REACH ? lineStart : text.indexOf(' ', c.index - POST_REACH);
    const post = from < 0 || from >= c.index ? null : POST_BEFORE_COLON.exec(text.slice(from, c.index));
    if (!post || !titleCasePost(post[1]!)) continue;
    const nameStart = c.index + c[0].length;
    const nameEnd = text.indexOf('\n', nameStart);
    // The holder's initials in brackets after the name ("Lena MARTEN (LM)", the initials the office's files go by) are no part of it,
    // nor a post's word before it ("Vertreten durch:" / "Geschäftsführer Lena Marten").
    const raw = text.slice(nameStart, nameEnd < 0 ? text.length : nameEnd).trim().replace(INITIALS_AFTER, '').replace(POST_BEFORE_HOLDER, '');
    if (raw.length < 3 || raw.length > 61 || !CARD_NAME_LINE.test(withoutTitles(raw))) continue;
    let before = lineStart;
    for (let k = 0; k < POST_BLOCK_LINES && before > 0; k++) before = text.lastIndexOf('\n', before - 2) + 1;
    let to = nameEnd;
    for (let k = 0; k < POST_BLOCK_LINES && to >= 0 && to < text.length; k++) to = text.indexOf('\n', to + 1);
    const around = [...text.slice(before, c.index).split('\n'), ...text.slice(nameEnd < 0 ? text.length : nameEnd, to < 0 ? text.length : to).split('\n')];
    if (!around.some((l) => CONTACT_LINE.test(l))) continue;
    const cleaned = clean(withoutTitles(raw));
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(raw)) found.add('name', cleaned, origin);
  }
}

function scanAgentCards(text: string, found: FindingSet, origin: string): void {
  // Names whose cards give a contact or an owner's title; whose cards give no contact of their own; every card's.
  const taken: string[] = [];
  const bare: string[] = [];
  const cards: string[] = [];
  // Line by line, and only the short lines a title (and a name glued to it) can be: the title words'
  // pattern over every paragraph of a page cost several per cent of the extraction.
  for (let lineFrom = 0; lineFrom < text.length; ) {
    const start = lineFrom;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineFrom = end + 1;
    if (start < 2 || end - start > MAX_TITLE_LINE || end === start) continue;
    const line = text.slice(start, end);
    // A digit or a mailbox rules the line out below (no title or name has one): looked for first.
    if (/[\d@]/.test(line)) continue;
    AGENT_TITLE_HINT.lastIndex = 0;
    const m = AGENT_TITLE_HINT.exec(line);
    if (!m) continue;
    // A title closed by a full stop ("Asesora.") is the title.
    let title = line.trim().replace(/\.$/, '');
    let nameStart = text.lastIndexOf('\n', start - 2) + 1;
    let nameLine = text.slice(nameStart, start - 1);
    // The firm's name between the person's and the title ("Lena Marten" / "Wendell Inmobiliaria" /
    // "Asesora"), as an agency's profile prints it: the name is the line above the firm's.
    if (nameStart >= 2 && tradeName(nameLine.trim())) {
      nameStart = text.lastIndexOf('\n', nameStart - 2) + 1;
      nameLine = text.slice(nameStart, text.indexOf('\n', nameStart));
    }
    // The name and the title run together where the page sets them side by side without a space
    // ("<b>Lena Marten</b><span>Gayrimenkul Danışmanı</span>" reads "Lena MartenGayrimenkul
    // Danışmanı"): split where a small letter meets a capital before the title's word.
    const glued = gluedAt(title, m.index - (line.length - line.trimStart().length));
    if (glued > 0 && CARD_NAME_LINE.test(title.slice(0, glued))) {
      nameLine = title.slice(0, glued);
      title = title.slice(glued);
      nameStart = start;
    }
    // ...or on one line with a bar between them ("Lena Marten | doktersassistente"), the title after it.
    const bar = title.indexOf(' | ');
    if (bar > 0 && bar < m.index && CARD_NAME_LINE.test(title.slice(0, bar))) {
      nameLine = title.slice(0, bar);
      title = title.slice(bar + 3);
      nameStart = start;
    }
    if (title.length === 0 || title.length > MAX_CARD_TITLE || /[\d@]/.test(title)) continue;
    const words = title.split(/[ /,&–-]+/).filter(Boolean);
    // Or a longer line that lists a lawyer's roles and degrees ("Attorney | Arbitrator | Trustee |
    // LLB"), when its first part is the title.
    const head = words.length > 5 ? title.split('|', 1)[0]!.split(/[ /,&–-]+/).filter(Boolean) : words;
    if (head.length > 5 || !head.some((w) => AGENT_TITLE_WORD.test(w))) continue;
    // A title that names its own person after it ("Inhaber Kamal Reilly" under the shop's name "Wendell
    // Kaffee Berlin"): the line above is not that person's.
    // Where the card's contact follows, that person is its person ("Ravintolapäällikkö Lena Marten" /
    // "Puh. 050 …").
    // (The name as written after the title's word: the words split at hyphens too, "Lena-Marie".)
    const named = title.slice(title.indexOf(words[0]!) + words[0]!.length).trim();
    if (words.length >= 3 && AGENT_TITLE_WORD.test(words[0]!) && CARD_NAME_LINE.test(named) && opensWithGivenName(named)) {
      const own = clean(named);
      if (own && text.slice(end + 1, end + 400).split('\n', 2).some((l) => CARD_CONTACT.test(l)) && !taken.includes(own)) taken.push(own);
      continue;
    }
    // Without a title before it ("Доктор Олена Коваль", "Dr. Lena Marten"): the card's person's name.
    const bareName = withoutTitles(nameLine.trim());
    // A title's line over the next one ("Regional Manager Wendell" over "and co-founder of …"): no name.
    // (The titles' words alone, not their compounds' ends: "Baumeister", "Leiter" are also family names.)
    // Nor a trade's compound with a long first part ("Fahrzeugmakler" in a keywords list over
    // "Fahrzeug makler"), which no family name is ("Baumeister", "Hofmeister" open with a short one).
    if (bareName.split(' ').some((w) => AGENT_TITLE_ALONE.test(w) || TRADE_COMPOUND.test(w))) continue;
    // Spanish and Portuguese names of two given names and two surnames ("Rafael Irfan Marten Berg") on those markets' pages.
    const name = CARD_NAME_LINE.exec(bareName) ?? (TWO_SURNAME_MARKETS.has(found.country) ? CARD_NAME_LINE_OF_FOUR.exec(bareName) : null);
    if (!name) continue;
    const cleaned = clean(name[1]!);
    if (!cleaned || isLabel(cleaned) || MAKE_AS_NAME.test(cleaned)) continue;
    const next = text.slice(end + 1, end + 400).split('\n', 2);
    const above = nameStart < 2 ? [] : text.slice(Math.max(0, nameStart - 400), nameStart - 1).split('\n').slice(-2);
    if (!cards.includes(cleaned)) cards.push(cleaned);
    if (next.some((l) => CARD_CONTACT.test(l)) || above.some((l) => CARD_CONTACT.test(l))) taken.push(cleaned);
    else {
      // A founder's or an owner's card is the firm's own person's, alone as it often is.
      if (OWNER_TITLE.test(title)) taken.push(cleaned);
      if (!bare.includes(cleaned)) bare.push(cleaned);
    }
  }
  // A firm's grid of such cards, most of whose names are known ones: its other cards' names are
  // people's too, in the same place with the same titles ("Equity Partner", "Paralegal"), though the known
  // names lack them (many of the world's given and family names are not in the list). Not held to it.
  if (vouchedGrid(cards)) {
    for (const name of cards) found.add('name', name, origin === 'text' ? ROSTER_ORIGIN : origin);
    return;
  }
  for (const name of taken) found.add('name', name, origin);
  if (bare.length >= MIN_BARE_CARDS) for (const name of bare) found.add('name', name, origin);
}
/**
 * A card's title's length at most: two posts joined ("Diplom-Sozialpädagogin & Fachberaterin
 * Frühförderung", 52), a German compound's each.
 */
const MAX_CARD_TITLE = 60;
/** The longest line read for a card's title: a title (MAX_CARD_TITLE at most) and a name glued before it. */
const MAX_TITLE_LINE = 100;
/** A grid of cards that vouches for its unknown names: so many cards at least, so many of them known names. */
const MIN_ROSTER_CARDS = 4;
const KNOWN_SHARE = 0.6;
/** Whether a grid of cards' names vouches for its unknown ones (MIN_ROSTER_CARDS, KNOWN_SHARE). */
export function vouchedGrid(names: readonly string[]): boolean {
  return names.length >= MIN_ROSTER_CARDS && names.filter((c) => hasKnownName(c)).length >= names.length * KNOWN_SHARE;
}
/** Adds a grid's names: as a roster's when the grid vouches for them (vouchedGrid), otherwise under `origin`, held to the known-name check. */
function addGridNames(names: readonly string[], found: FindingSet, origin: string): void {
  const at = vouchedGrid(names) && origin === 'text' ? ROSTER_ORIGIN : origin;
  for (const name of names) found.add('name', name, at);
}
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Where a capital follows a small letter, the last such place up to `upTo` in `line`; -1 when there is none. */
function gluedAt(line: string, upTo: number): number {
  for (let i = Math.min(upTo, line.length - 1); i > 0; i--) if (UPPER.test(line[i]!) && LOWER.test(line[i - 1]!)) return i;
  return -1;
}
/** A bio's heading that gives the name, then a comma or a dash and a short role ("Lena Marten, Head of Studies"). */
const BIO_HEADING_ROLE_AFTER = /^(.+?)(?:,| [-–—|]) [^,|]{2,40}$/;

/**
 * A team page's profile: a person's name on a line of its own, as its heading, and the bio under
 * it, a paragraph (BIO_MIN characters or more) that opens with the name or its first word and
 * speaks of a person ("Lena Marten" / "Lena trained as a family therapist in … She …", "Lena's
 * background …"; not "Wendell Loop is a booking widget …") or opens with the person's title
 * ("Kamal Reilly" / "Abogada, titulada en …", "Socio fundador. …"). The name two or three
 * capitalised words (CARD_NAME_LINE), without the academic titles before it. A grid of such
 * profiles vouches for its names as a grid of cards does (vouchedGrid); otherwise each is held to
 * the known-name check (origin "text"). Found from the short lines over long ones, which are few.
 */
/** "I am" opening a paragraph, in the markets' languages. */
const FIRST_PERSON_OPENING = /^(?:I am|I'm|Ich bin|Jestem|Je suis|Sono|Soy|Sou|Eu sou|Ik ben|Jeg er|Jag är|Olen|Jsem|Vagyok)(?![\p{L}])/u;
/** A heading's words that introduce the one it is about ("About …", "Meet …", "Über …", "À propos de …", "Sobre …", "Chi è …"). */
const ABOUT_OPENING = /^(?:about|meet|über|ueber|à propos de|a propos de|sobre|acerca de|chi è|chi e'|over|om)\s+(?=\p{Lu})/iu;
function scanBioHeadings(text: string, found: FindingSet, origin: string): void {
  const names: string[] = [];
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    if (end - start > MAX_BIO_HEADING || end - start < 5) continue;
    const next = text.indexOf('\n', end + 1);
    if ((next < 0 ? text.length : next) - end - 1 < BIO_MIN) continue;
    const line = text.slice(start, end);
    // A heading in capitals ("OUR STORY" over "Lawyer since 2005, …") is read by scanCapitalProfiles, which holds each to the known names.
    if (/[\d@:|]/.test(line) || !LOWER.test(line)) continue;
    // "About Lena Marten", "Meet Lena Marten", "Über Lena Marten": the heading's opening words are no part of the name.
    let m = CARD_NAME_LINE.exec(withoutTitles(line.trim().replace(ABOUT_OPENING, '')));
    // Or the name and the person's role after it ("Lena Marten, Head of Studies"): then only a bio that
    // opens with the name and speaks of a person says so.
    const roleAfter = !m && BIO_HEADING_ROLE_AFTER.exec(line.trim());
    if (roleAfter) m = CARD_NAME_LINE.exec(withoutTitles(roleAfter[1]!));
    if (!m) continue;
    const name = m[1]!;
    const bio = text.slice(end + 1, end + 1 + BIO_OPENING).trimStart();
    const first = name.slice(0, name.indexOf(' '));
    // Opened by the name, the paragraph speaks of a person ("she", "his"): not a product's or a tool's named so.
    // Or names the person after its first sentence's opening words ("As a co-owner, Lena leads …",
    // "With many years on site behind her, Lena runs …").
    const opensWithName =
      ([name, first].some((n) => bio.startsWith(n) && BIO_AFTER_NAME.test(bio.slice(n.length))) || namedAfterOpening(text.slice(end + 1, end + 1 + BIO_SENTENCE), first)) &&
      PERSON_PRONOUN.test(text.slice(end + 1, Math.min(next < 0 ? text.length : next, end + 1 + BIO_READ)));
    // Or the person speaks in it, opening with "I am" ("Lena Marten" / "Olen fysioterapeutti …",
    // "Ich bin gelernte …"): their own profile.
    if (!opensWithName && !(!roleAfter && FIRST_PERSON_OPENING.test(bio)) && (roleAfter || !AGENT_TITLE_WORD.test(/^[\p{L}-]+/u.exec(bio)?.[0] ?? ''))) continue;
    const cleaned = clean(name);
    // (A heading whose last word is no name's, "Chi Sono" over "Sono Lena Marten, …", leaves one word: no name.)
    if (!cleaned || !cleaned.includes(' ') || isLabel(cleaned) || tradeName(name) || MAKE_AS_NAME.test(cleaned) || names.includes(cleaned)) continue;
    names.push(cleaned);
  }
  addGridNames(names, found, origin);
}
/**
 * A team page's profiles whose headings are names in capitals ("LENA MARTEN" over "Lena has
 * advised families on contracts since 2005 …"): two to four words of capitals on a line of their own, over
 * a bio of BIO_MIN characters or more on the next lines. Only a grid of them (vouchedGrid: four or
 * more, most of them known names) is taken, and of it only the known names, written as they are
 * read ("Lena Marten"): capitals over paragraphs are as often a page's section headings ("OUR SERVICES").
 */
const CAPITAL_NAME_LINE = new RegExp(`^[ \\t]*([${CAPITAL}]{2,}(?:-[${CAPITAL}]{2,})?(?: [${CAPITAL}]{2,}(?:-[${CAPITAL}]{2,})?){1,3})[ \\t]*$`, 'gmu');
function scanCapitalProfiles(text: string, found: FindingSet, origin: string): void {
  const names: string[] = [];
  CAPITAL_NAME_LINE.lastIndex = 0;
  for (let m = CAPITAL_NAME_LINE.exec(text); m; m = CAPITAL_NAME_LINE.exec(text)) {
    const end = m.index + m[0].length;
    // The bio: the next lines up to the next heading of capitals, read BIO_READ characters far.
    const after = text.slice(end + 1, end + 1 + BIO_READ);
    const nextHeading = after.search(/\n[ \t]*\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}[ \t]*(?:\n|$)/u);
    const bio = nextHeading < 0 ? after : after.slice(0, nextHeading);
    if (bio.replace(/\s+/g, ' ').length < BIO_MIN || !/\p{Ll}/u.test(bio.slice(0, 40))) continue;
    // A paragraph among its lines: a gallery's captions under names in capitals ("LENA MARTEN" over
    // "Wendell Club - Verona | March 4, 2017", "WENDELL LOOP" over "Old Mill - Padova | …") add up to a
    // bio's length line by line, and speak of no one.
    if (!bio.split('\n').some((l) => l.trim().length >= BIO_MIN)) continue;
    const asRead = capitalised(m[1]!.toLowerCase());
    const cleaned = clean(asRead);
    if (!cleaned || isLabel(cleaned) || tradeName(asRead) || MAKE_AS_NAME.test(cleaned) || names.includes(cleaned)) continue;
    names.push(cleaned);
  }
  // Each name a known one too: a section's heading in the same place ("SERVICIOS PROFESIONALES") is not vouched for by the grid.
  if (vouchedGrid(names)) for (const name of names) if (hasKnownName(name)) found.add('name', name, origin === 'text' ? ROSTER_ORIGIN : origin);
}

/**
 * A sole trader's name heading the address block under an address label or a legal notice's
 * provider heading ("Angaben gemäß § 5 TMG" / "Lena Marten" / "Musterweg 12", its representative's,
 * owner's or manager's heading without a colon, "Vertreten durch" / "Lena Marten" / "Lindenweg 3", a privacy
 * notice's numbered "1. Verantwortlicher" / "Lena Marten" / the address, "Adresa" / "Jana
 * Nováková" / "Hlavní 12", "Verantwortlich:" / "Studio Wendell" / "Lena Marten" / "Musterweg 12"):
 * one of the two lines under the label (the trade's name may come first) a person's name opening
 * with a known given name, or both, a partnership's two people ("Anbieter dieser Webseite:" / "Lena
 * Marten" / "Anna Berg" / "Musterweg 12"), and the line after the block's a street's or a
 * postcode's (a digit). A firm's name there is no person's. Austria's imprints: "Medieninhaber"
 * ("Medieninhaber & Betreiber"), a line of the trade's free name in brackets under the holder's maybe,
 * or the statutes' line before the block ("Offenlegung gemäß § 25 Mediengesetz:"). A holiday let's
 * hosts ("Vermieter", "Gastgeber", "Landlords" / "Lena Marten & Kamal Reilly" / the address), two
 * people on one line each taken. A third line without a digit may stand before the address (the
 * trade's second name: "Lena Marten" / "Brillen Wendell" / "Wendeller Sehzentrum" / the street); it
 * names no one.
 */
const ADDRESS_HOLDER = new RegExp(
  `^[ \\t]*(?:\\d{1,2}\\.[ \\t]*)?(?:(?:angaben )?gem(?:ä|ae)ß §? ?5 (?:tmg|ddg)|diensteanbieter(?:in)?|anbieterkennzeichnung|anbieter(?:in)? dieser (?:webseite|website|internetseite|internetpr(?:ä|ae)senz|homepage|seiten?)|(?:medieninhaber|betreiber|anbieter)(?:in)?(?: (?:und|&) (?:herausgeber|diensteanbieter|betreiber|medieninhaber)(?:in)?)?|[^\\n]{0,120}?(?<![\\p{L}])(?:mediengesetz|medieng|e-commerce-gesetz|ecg)\\)?|verantwortliche?r?|vertreten durch(?: die gesch(?:ä|ae)ftsf(?:ü|ue)hrung| den vorstand| den gesch(?:ä|ae)ftsf(?:ü|ue)hrer(?:in)?)?|vertretungsberechtigte?r?(?: vorstand)?|inhaber(?:in)?|gesch(?:ä|ae)ftsf(?:ü|ue)hrer(?:in)?|gesch(?:ä|ae)ftsf(?:ü|ue)hrung|vermieter(?:in)?|gastgeber(?:in)?|landlords?|hosts?|anschrift|adresse|adresa|address|dirección|direccion|indirizzo|adres|osoite|adress|adresă|cím)[ \\t]*:?[ \\t]*\\n[ \\t]*([^\\n\\d@]{3,48})\\n(?:[ \\t]*([^\\n\\d@]{5,48})\\n)?(?:[ \\t]*[^\\n\\d@]{5,48}\\n)?[^\\n]*\\d`,
  'gimu',
);
function scanAddressHolders(text: string, found: FindingSet, origin: string): void {
  for (const name of addressHolders(text, ADDRESS_HOLDER)) found.add('name', name, origin);
}
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
/**
 * Two people on one line, each a name ("Lena Marten & Kamal Reilly"), or a couple under one family
 * name written once ("Lena & Kamal Marten", "Lena et Kamal MARTEN": "Lena Marten", "Kamal Marten", the
 * first a known given name); undefined otherwise.
 */
function couplesNames(raw: string): [string, string] | undefined {
  const pair = raw.trim().split(PAIR_JOINER).map((p) => p.trim());
  if (pair.length !== 2 || !CARD_NAME_LINE.test(pair[1]!)) return undefined;
  if (CARD_NAME_LINE.test(pair[0]!)) return [pair[0]!, pair[1]!];
  return GIVEN_NAME_WORD.test(pair[0]!) && opensWithGivenName(pair[0]!) ? [`${pair[0]!} ${lastWord(pair[1]!)}`, pair[1]!] : undefined;
}
const GIVEN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const PAIR_JOINER = new RegExp(` (?:${JOINERS}) `);
/**
 * A couple under one family name on a line of their own over their address ("Lena & Anna BERG" /
 * "10115 Wendelville", "Lena et Anna Berg" / "12 rue …"), as a guest house's or a farm's contact
 * block heads it: both, "Lena Berg" and "Anna Berg". Each given name a known one, the family name
 * no given name that is not also a family name ("Anna & Maria Theresia"), and the next line's a
 * postcode's or a street's (a digit in it). Held to the known-name check (origin "text"). In a
 * header's or footer's contact block own-site.ts's contactBlockNames reads the line (coupleLineNames).
 */
const COUPLE_LINE = new RegExp(
  `^[ \\t]*(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) (?:${JOINERS}) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) (\\p{Lu}[\\p{L}'’-]+)[ \\t]*$`,
  'u',
);
const COUPLE_HINT = new RegExp(` (?:${JOINERS}) \\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}'’-]+[ \\t]*\\n`, 'u');
/** The two people a couple's line names under one family name (see COUPLE_LINE), or undefined. */
export function coupleLineNames(line: string): [string, string] | undefined {
  const m = COUPLE_LINE.exec(line);
  if (!m) return undefined;
  const [, first, second, family] = m as unknown as [string, string, string, string];
  const lower = family.toLowerCase();
  if (!isGivenName(first.toLowerCase()) || !isGivenName(second.toLowerCase()) || (isGivenName(lower) && !isFamilyName(lower))) return undefined;
  const one = clean(`${first} ${family}`);
  const two = clean(`${second} ${family}`);
  return one && two && !isLabel(one) && !tradeName(one) ? [one, two] : undefined;
}
function scanCoupleLines(text: string, found: FindingSet, origin: string): void {
  if (!COUPLE_HINT.test(text)) return;
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/\d/.test(lines[i + 1]!)) continue;
    for (const name of coupleLineNames(lines[i]!) ?? []) found.add('name', name, origin);
  }
}

/** The people `re` (ADDRESS_HOLDER or IMPRINT_HOLDER) finds heading address blocks in `text`. */
function addressHolders(text: string, re: RegExp): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The next match may start at the next line, inside this one: a label over another label
    // ("Angaben gemäß § 5 TMG" / "Anbieter dieser Webseite:" / the two holders / the street).
    const next = text.indexOf('\n', m.index);
    if (next >= 0) re.lastIndex = next + 1;
    // Two people on one line ("Lena Marten & Kamal Reilly", a couple letting their flat), each a name;
    // one of a couple under one family name vouches for the other's rarer given name ("Lena Marten &
    // Wendeline Marten").
    let couple = false;
    const lines = (m[2] === undefined ? [m[1]!] : [m[1]!, m[2]]).flatMap((raw) => {
      const pair = couplesNames(raw);
      if (!pair) return [raw];
      couple = lastWord(pair[0]!) === lastWord(pair[1]!) && pair.some((p) => opensWithGivenName(p));
      return pair;
    });
    for (const raw of lines) {
      const name = holderName(raw, couple ? () => true : opensWithGivenName);
      if (name) out.push(name);
    }
  }
  return out;
}
/**
 * A post's word before the holder's name on their line, no colon between ("Vertreten durch:" /
 * "Geschäftsführer Lena Marten", "Gérante Lena Marten"): the person holds the post.
 */
const POST_BEFORE_HOLDER =
  /^(?:Geschäftsführer(?:in)?|Geschaeftsfuehrer(?:in)?|Inhaber(?:in)?|Gesellschafter(?:in)?|Vorstand|Vorständin|Prokurist(?:in)?|Managing Director|Director|Gérant(?:e)?|Gerente|Amministratore(?: [Uu]nico)?|Titolare) (?=\p{Lu})/u;
/**
 * The name a block's holder line gives (a post's word, titles and an honorific left out), where `vouched` holds for
 * it and the line names no trade; undefined otherwise.
 */
function holderName(raw: string, vouched: (name: string) => boolean): string | undefined {
  const line = raw.trim();
  const name = CARD_NAME_LINE.exec(withoutTitles(withoutHonorific(line.replace(POST_BEFORE_HOLDER, ''))));
  if (!name || !vouched(name[1]!) || tradeName(line)) return undefined;
  const cleaned = clean(name[1]!);
  return cleaned && !isLabel(cleaned) && !MAKE_AS_NAME.test(cleaned) ? cleaned : undefined;
}
/**
 * ADDRESS_HOLDER under a legal notice's own headings only, the imprint's title among them
 * ("Impressum" / "Lena Marten" / "Musterweg 3", "Angaben gemäß § 5 TMG", "Diensteanbieter"): a
 * sole trader's imprint in a header or footer, which a marketplace's (a firm's, its managers
 * named after their posts) is not. In the content "Impressum" heads the firm's name as often
 * ("Wendell Bau" / "Musterweg 3"), and a firm named with a given name reads as a person: there it is
 * read with more held (scanContentImprints). In the chrome the site's own name is left out
 * (index.ts, namedAfterSite).
 */
const IMPRINT_HOLDER = new RegExp(
  `^[ \\t]*(?:(?:angaben )?gem(?:ä|ae)ß §? ?5 (?:tmg|ddg)|impressum!?|imprint|diensteanbieter)[ \\t]*:?[ \\t]*\\n[ \\t]*([^\\n\\d@]{3,48})\\n(?:[ \\t]*([^\\n\\d@]{5,48})\\n)?[^\\n]*\\d`,
  'gimu',
);
/**
 * IMPRINT_HOLDER in the content, held to more: the person under the firm's name ("Impressum" /
 * "Architekturbüro Wendell" / "Lena Marten" / "Wendelweg 3"), or the one line's name where it is a
 * known given and family name ("Lena Berg"; "Wendell Bau", a firm named so, is not).
 */
function scanContentImprints(text: string, found: FindingSet, origin: string): void {
  if (IMPRINT_HINT.test(text)) {
    holdersUnder(IMPRINT_HOLDER, text, found, origin);
    imprintRepresentatives(text, found, origin);
  }
  // And under a contact section's heading, only the person under the firm's name ("Contacteer ons" /
  // "Wendell Fysiotherapie" / "Lena Marten" / "Wendelweg 22A"): a contact block's first line alone is
  // as often a branch's or a place's.
  if (CONTACT_HEADING_HINT.test(text)) holdersUnder(CONTACT_HOLDER, text, found, origin, true);
}
const CONTACT_HOLDER = new RegExp(
  `^[ \\t]*(?:contact(?:eer ons| us)?|kontakt(?:a oss| oss)?|contactez-nous|nous contacter|(?:nos )?coordonnées|kontaktdaten|contactgegevens|contatti|contattaci|contacto|contáctanos|ota yhteyttä|kontaktujte nás)[ \\t]*:?[ \\t]*\\n[ \\t]*([^\\n\\d@]{3,48})\\n[ \\t]*([^\\n\\d@]{5,48})\\n[^\\n]*\\d`,
  'gimu',
);
const CONTACT_HEADING_HINT = /conta|kontakt|coordonn|ota yhteyttä/i;
function holdersUnder(re: RegExp, text: string, found: FindingSet, origin: string, firmFirst = false): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (firmFirst && m[2] === undefined) continue;
    const firm = m[2] === undefined ? undefined : m[1]!.trim();
    const line = (m[2] ?? m[1]!).trim();
    if (firm !== undefined && CARD_NAME_LINE.test(firm) && opensWithGivenName(firm)) continue;
    // A couple under the firm's name ("Lena et Kamal MARTEN"): both.
    const pair = firm !== undefined ? couplesNames(line) : undefined;
    // (The one line alone under the heading: a known given and family name only.)
    const vouched = firm === undefined ? knownFullName : opensWithGivenName;
    for (const one of pair ?? [line]) {
      const name = holderName(one, vouched);
      if (name) found.add('name', name, origin);
    }
  }
}
const IMPRINT_HINT = /impressum|imprint|angaben gem|diensteanbieter/i;

/**
 * A German imprint's legal representative after their post, on its line or the next, with no
 * contact line near as POST_LABEL_LINE asks for ("Vertretungsberechtigte Personen" / "Lena Marten,
 * Geschäftsführung", "Vertreten durch: Lena Marten", "Geschäftsführerin: Lena Marten"): in an
 * imprint the post says whose name it is. One name of two or three capitalised words opening with
 * a known given name, the post repeated after a comma or not. Read only in an imprint's text
 * (IMPRINT_HINT); a firm's name there is none (holderName).
 */
const IMPRINT_REPRESENTATIVE = new RegExp(
  `^[ \\t]*${anyCase(
    '(?:vertretungsberechtigte?r? (?:personen|person|gesellschafter(?:in)?|geschäftsführer(?:in)?)|vertretungsberechtigt(?:e|er)?|vertreten durch|geschäftsführer(?:in)?|geschäftsführung|inhaber(?:in)?)',
  )}[ \\t]*:?[ \\t]*\\n?[ \\t]*([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})` +
    `(?:,[ \\t]*${anyCase('(?:geschäftsführung|geschäftsführer(?:in)?|inhaber(?:in)?|gesellschafter(?:in)?|vorstand|prokurist(?:in)?)')})?[ \\t]*$`,
  'gmu',
);
function imprintRepresentatives(text: string, found: FindingSet, origin: string): void {
  if (!REPRESENTATIVES_HINT.test(text)) return;
  IMPRINT_REPRESENTATIVE.lastIndex = 0;
  for (let m = IMPRINT_REPRESENTATIVE.exec(text); m; m = IMPRINT_REPRESENTATIVE.exec(text)) {
    const name = holderName(m[1]!, opensWithGivenName);
    if (name) found.add('name', name, origin);
  }
}

/**
 * A German imprint's person responsible for the content, after the statute's words and a colon
 * ("Inhaltlich verantwortlich gemäß § 10 Abs. 3 MDStV: Lena Marten", "Verantwortlich für den
 * Inhalt nach § 55 Abs. 2 RStV: Lena Marten", "V.i.S.d.P.: Lena Marten"): two or three capitalised
 * words closing the line. Held to the known-name check (origin "text").
 */
const RESPONSIBLE_LINE = new RegExp(
  `^[ \\t]*(?:(?:[Ii]nhaltlich |[Rr]edaktionell )?[Vv]erantwortlich(?:e[rn]?)?(?: [Ii]\\.? ?[Ss]\\.? ?[Dd]\\.?| für| nach| gem)[^\\n:]{0,80}|[Vv]\\.? ?[Ii]\\.? ?[Ss]\\.? ?[Dd]\\.? ?[Pp]\\.?)[ \\t]*:[ \\t]*([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})[ \\t]*\\.?[ \\t]*$`,
  'gmu',
);
const RESPONSIBLE_HINT = /verantwortlich|v\.? ?i\.? ?s\.? ?d/i;
function scanResponsibleLines(text: string, found: FindingSet, origin: string): void {
  if (!RESPONSIBLE_HINT.test(text)) return;
  RESPONSIBLE_LINE.lastIndex = 0;
  for (let m = RESPONSIBLE_LINE.exec(text); m; m = RESPONSIBLE_LINE.exec(text)) {
    const cleaned = clean(m[1]!);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(m[1]!)) found.add('name', cleaned, origin);
  }
}
/**
 * A seller box's line that gives the seller's given name and where they are ("Lena from Wendelstadt,
 * PA 18972", "Lena aus Wendelstadt", "Kari fra Wendelstad"), as private sellers' cards print them:
 * the name, one to three capitalised words opening with a known given name, the line nothing else.
 */
const NAME_FROM_PLACE = new RegExp(
  `^((?:[${CAPITAL}][${LETTER}'’-]+)(?: [${CAPITAL}][${LETTER}'’-]+){0,2}) (?:from|aus|fra|från|uit|z) [${CAPITAL}][${LETTER}'’.-]*(?: [${CAPITAL}][${LETTER}'’.-]*){0,3}(?:, ?[A-Z]{2})?(?: \\d{4,5})?$`,
  'u',
);
export function namesFromPlaces(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = NAME_FROM_PLACE.exec(line.trim());
    const name = m && clean(m[1]!);
    if (name && opensWithGivenName(name) && !tradeName(m[1]!)) out.push(name);
  }
  return out;
}

/** The people a header's or footer's text names as its site's provider in an imprint (IMPRINT_HOLDER): a sole trader's own site. */
export function imprintHolders(text: string): string[] {
  return addressHolders(text, IMPRINT_HOLDER);
}

/** A profile's heading is a name, so short; its bio a paragraph, so long; the bio's opening read for the name or a title. */
const MAX_BIO_HEADING = 50;
const BIO_MIN = 80;
const BIO_OPENING = 60;
/**
 * How much of a bio is read for a pronoun; the pronouns that say it is a person's, in the markets'
 * languages. "il" and "er" are also an Italian article and a Nordic verb: on those pages the grid
 * or the known-name check still decides.
 */
const BIO_READ = 600;
const PERSON_PRONOUN = /(?<![\p{L}])(?:she|he|her|his|him|elle|il|sie|er|ihr|seine?|ella|él|ela|ele|lei|lui|hij|zij|haar|zijn)(?![\p{L}])/iu;
/** After the name at a bio's start: a verb or a word in small letters, a possessive, a comma ("Lena is", "Lena's", "Lena Marten, …"). */
const BIO_AFTER_NAME = /^(?:['’]s |,? \p{Ll}|, )/u;
/** How much of a bio's first sentence is read for the given name after its opening words (namedAfterOpening). */
const BIO_SENTENCE = 120;

/** Whether the bio's first sentence names `given` after a comma, then a verb ("As a co-owner, Lena leads …"). */
function namedAfterOpening(bio: string, given: string): boolean {
  const stop = bio.search(/[.!?](?:\s|$)/);
  const sentence = stop < 0 ? bio : bio.slice(0, stop);
  const at = sentence.indexOf(`, ${given} `);
  return at > 0 && /^ \p{Ll}/u.test(sentence.slice(at + given.length + 2));
}

/**
 * A staff list that gives each person's name, a dash and their role in small letters, a line each
 * ("Lena Marten – pielęgniarka", "Kamal Reilly - fleet manager"): STAFF_LIST_MIN lines in a row at least, or,
 * where every line's role names a post, lines up to STAFF_HEADINGS_GAP apart (a staff page's headings
 * over bios). A "Jr." or "Sr." after the name is kept, a bracket after the role ("(profile coming
 * soon)") left out. A grid of known names vouches for the rest (vouchedGrid); otherwise each is held
 * to the known-name check. Looked for only where the text has a dash between spaces.
 */
const STAFF_ROLE_LINE = new RegExp(
  `^[ \\t]*([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2}${SUFFIX})[ \\u00A0][–—-] (\\p{Ll}[\\p{L} ,.'’/-]{2,40}|(\\p{Lu}[\\p{L} ,.'’/&-]{2,50}))(?: \\([^()\\n]{1,40}\\))?[ \\t]*$`,
  'gmu',
);
/**
 * A club's, an association's, a parish's or a school's board posts in the markets' languages
 * ("Kassierer: …", "Penningmeester: …", "Ordförande" over its holder, "Trésorière : …"), and an
 * office's ("Jugendleiter", "Taxateur"): posts of a person, not a department's words.
 */
const BOARD_POST_WORDS: readonly string[] = [
  ...'vorsitzender vorsitzende präsident präsidentin vizepräsident vizepräsidentin kassier kassiererin kassierer schriftführer schriftführerin schatzmeister schatzmeisterin beisitzer beisitzerin obmann obfrau leiter leiterin'.split(' '),
  // a Swiss club's secretary
  ...'aktuar aktuarin'.split(' '),
  ...'voorzitter ondervoorzitter secretaris penningmeester bestuurslid afgevaardigde taxateur ordförande sekreterare kassör ledamot ledamöter ersättare suppleant revisor revisorer'.split(' '),
  ...'nestleder styreleder sekretær kasserer styremedlem varamedlem formand næstformand bestyrelsesmedlem puheenjohtaja varapuheenjohtaja sihteeri rahastonhoitaja'.split(' '),
  // a Nordic club's chair and its posts' head ("Leder", "Oppmann", "Rektor" of its school); compounds
  // in "-leder", "-sjef", "-ansvarlig", "-forvalter", "-oppmann" are POST_COMPOUND_END's
  ...'leder oppmann rektor'.split(' '),
  // a Polish board's deputy, chair and member ("Zastępca prezesa: …", "Członek zarządu"; not "Mitglied" or
  // "Member", which a club's "Mitglied werden" and "Become a member" links are as often)
  ...'zastępca zastępczyni przewodniczący przewodnicząca wiceprzewodniczący wiceprzewodnicząca członek członkini'.split(' '),
  ...'président présidente vice-président vice-présidente trésorier trésorière presidente vicepresidente segretario segretaria tesoriere consigliere'.split(' '),
  ...'secretario tesorero tesorera vocal vicepresidenta prezes wiceprezes sekretarz skarbnik předseda místopředseda jednatel pokladník chaplain'.split(' '),
];
/**
 * Words of a post written in Title Case in such a list ("Lena Marten – Vice President", "… – Estimator
 * / Bookkeeper"), beyond JOB_TITLE_WORDS: a capitalised role must hold a post's word (postWord), so
 * that a list of other things by name ("Lena Marten – Shoulder Concept") is not taken for a staff list.
 */
const TITLE_CASE_POST_WORDS: ReadonlySet<string> = new Set([
  ...MORE_POST_WORDS,
  ...'president vice chairman chairwoman chair secretary treasurer bookkeeper receptionist estimator foreman superintendent dispatcher controller'.split(' '),
  // public and club posts, as a staff directory writes them (scanPostNameLines)
  ...'clerk recorder commissioner inspector supervisor chief officer mayor alderman councillor councilor registrar warden ranger librarian coach captain'.split(' '),
  ...'counsellor counselor worker nurse teacher deputy coroner sheriff'.split(' '),
  // an office's posts in French, as a notary's or a lawyer's staff list writes them ("Clerc de notaire :" / its holder)
  // a German imprint's legal representative ("Vertreten durch:" / its holder)
  'vertreten', 'vertretungsberechtigt', 'vertretungsberechtigter', 'vertretungsberechtigte',
  ...BOARD_POST_WORDS,
  ...'notaire clerc gestionnaire gestionnaires assistante assistantes formaliste formalistes comptable secrétaire collaborateur collaboratrice juriste standardiste'.split(' '),
]);
function titleCasePost(role: string): boolean {
  return role.split(/[ ,/&.-]+/).some((w) => w !== '' && postWord(w));
}
/** A post's word: a job title's, an agent's, a post compound's, or one of the lists above (not isPostWord's UI words: "Shop", "Contact"). */
function postWord(word: string): boolean {
  const lower = word.toLowerCase();
  return JOB_TITLE_WORDS.has(lower) || TITLE_CASE_POST_WORDS.has(lower) || AGENT_TITLE_WORD.test(word) || POST_COMPOUND_END.test(word);
}
const STAFF_LIST_MIN = 3;
/** How far apart (characters) two lines of a staff list may be when each names a post: a bio's length between headings. */
const STAFF_HEADINGS_GAP = 3000;

/**
 * A directory's staff cards: a name on a line of its own and the person's post in Title Case on the
 * next ("Lena Marten" / "Head of Drama", "Kamal Reilly" / "Project Co-ordinator"),
 * then the card's other lines (what they answer for, a room, an address, a number), MIN_POST_CARDS
 * cards or more on the page. The post holds a word of a person's post (POST_CARD_WORDS: not a
 * department's, "Sales", "Finance", which a menu's lines hold too); not a list of posts each over
 * its holder's name ("President" / "Lena Marten" / "Vice President" / "Kamal Reilly"), whose names
 * are over the next one's post. A grid of them, most of them known names, vouches for the rest,
 * and otherwise each is held to the known-name check (addGridNames). Found from the short lines.
 */
const MIN_POST_CARDS = 3;
const POST_CARD_LINE = /^\p{Lu}[^\d@:|()]{2,60}$/u;
const POST_CARD_WORDS: ReadonlySet<string> = new Set(
  (
    'head chief director manager coordinator editor partner officer president chairman chairwoman chair secretary treasurer ' +
    'assistant consultant advisor adviser specialist executive administrator accountant architect engineer analyst producer ' +
    'controller supervisor founder cofounder owner principal commissioner designer technician representative estimator foreman ' +
    'superintendent dispatcher bookkeeper receptionist clerk inspector registrar librarian coach captain'
  ).split(' '),
);
function postCardLine(line: string): boolean {
  return POST_CARD_LINE.test(line) && line.split(/[ ,/&.]+/).some((w) => POST_CARD_WORDS.has(w.replace(/-/g, '').toLowerCase()));
}
function scanPostCards(text: string, found: FindingSet, origin: string): void {
  const names: string[] = [];
  let previous = '';
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    const above = previous;
    previous = end - start <= 60 ? text.slice(start, end) : '';
    if (end - start > 40 || end - start < 5) continue;
    const m = CARD_NAME_LINE.exec(text.slice(start, end).trim());
    if (!m || postCardLine(above.trim())) continue;
    const next = text.indexOf('\n', end + 1);
    if (!postCardLine(text.slice(end + 1, next < 0 ? text.length : next).trim())) continue;
    const cleaned = clean(m[1]!);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(m[1]!) && !names.includes(cleaned)) names.push(cleaned);
  }
  if (names.length >= MIN_POST_CARDS) addGridNames(names, found, origin);
}

/**
 * A roster of posts, each with its holder after a colon, a line each ("Registrar: Lena R. Marten" /
 * "Chief Deputy Registrar: Kamal Reilly" / "Office Manager / Deputy: Anna Berg"), as a public
 * office's, a club's or a board's page lists them: STAFF_LIST_MIN such lines or more, each at most
 * POST_ROSTER_GAP characters after the one before (blank lines and other lines may stand between),
 * each post in Title Case naming a post (titleCasePost), each holder two or three capitalised words
 * (a middle initial and "Jr."/"Sr." kept). A grid of known names vouches for the rest
 * (addGridNames); otherwise each is held to the known-name check.
 */
// A colon before a capital (found first), then the line's post before it and its holder after it.
const COLON_BEFORE_CAPITAL = new RegExp(`:[ \\t]*(?=[${CAPITAL}])`, 'g');
const ROSTER_POST = /^[ \t]*(\p{Lu}[\p{L} ,.'’/&-]{1,50}?)[ \t]*$/u;
const ROSTER_HOLDER = new RegExp(`^([${CAPITAL}][^\\n:@\\d]{2,50}?)[ \\t]*$`, 'u');
const POST_ROSTER_GAP = 200;
const HOLDER_NOTE = /[ \t]*\([^()\n]{1,30}\)$/;
/** A holder's "Jr.", "Sr." or "III" after the name (SUFFIX), left out where the name's shape is tested. */
const NAME_SUFFIX_END = new RegExp(`${SUFFIX}$`);
function scanPostColonRoster(text: string, found: FindingSet, origin: string): void {
  if (!text.includes(':')) return;
  let list: string[] = [];
  let listEnd = -1;
  const take = (): void => {
    if (list.length >= STAFF_LIST_MIN) addGridNames(list, found, origin);
  };
  COLON_BEFORE_CAPITAL.lastIndex = 0;
  for (let c = COLON_BEFORE_CAPITAL.exec(text); c; c = COLON_BEFORE_CAPITAL.exec(text)) {
    const lineStart = text.lastIndexOf('\n', c.index - 1) + 1;
    if (c.index - lineStart > POST_REACH) continue;
    const post = ROSTER_POST.exec(text.slice(lineStart, c.index));
    if (!post) continue;
    const lineEnd = text.indexOf('\n', c.index);
    const holder = ROSTER_HOLDER.exec(text.slice(c.index + c[0].length, lineEnd < 0 ? text.length : lineEnd));
    if (!holder) continue;
    // A note in brackets after the holder ("Anna Berg (alderman)", the office they hold it for) is no part of the name.
    const raw = holder[1]!.trim().replace(HOLDER_NOTE, '');
    if (!titleCasePost(post[1]!) || !CARD_NAME_LINE.test(raw.replace(NAME_SUFFIX_END, ''))) continue;
    if (listEnd < 0 || lineStart - listEnd > POST_ROSTER_GAP) {
      take();
      list = [];
    }
    listEnd = lineEnd < 0 ? text.length : lineEnd;
    const cleaned = clean(raw);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(raw) && !list.includes(cleaned)) list.push(cleaned);
  }
  take();
}

function scanStaffRoleLines(text: string, found: FindingSet, origin: string): void {
  if (!text.includes(' - ') && !text.includes(' – ') && !text.includes(' — ')) return;
  // The list's lines follow each other: a line of another list ("Lena Marten – a shoulder treatment concept"
  // among a course list) is not one of them.
  let list: string[] = [];
  let listEnd = -1;
  const take = (): void => {
    if (list.length >= STAFF_LIST_MIN) addGridNames(list, found, origin);
  };
  // Whether every line of the list so far names a post (true for the empty list).
  let posts = true;
  STAFF_ROLE_LINE.lastIndex = 0;
  for (let m = STAFF_ROLE_LINE.exec(text); m; m = STAFF_ROLE_LINE.exec(text)) {
    const post = titleCasePost(m[2]!);
    // A staff page's headings, each over the person's bio ("Lena Marten - Office Manager" / "I joined
    // …" / "Kamal Reilly - Harbour Officer"): lines apart, but each names a post, as the list's did.
    const nearby = posts && listEnd >= 0 && m.index - listEnd <= STAFF_HEADINGS_GAP;
    // A capitalised role that names no post: not a staff list's line, and it ends a list of lines in
    // a row; among such headings it is passed over ("Anna Berg - Community Garden").
    if (m[3] !== undefined && !post) {
      if (!(nearby && list.length > 0)) listEnd = -1;
      continue;
    }
    if (m.index !== listEnd + 1 && !(nearby && post)) {
      take();
      list = [];
      posts = true;
    }
    posts &&= post;
    listEnd = m.index + m[0].length;
    const cleaned = clean(m[1]!);
    if (cleaned && !isLabel(cleaned) && !tradeName(m[1]!) && !list.includes(cleaned)) list.push(cleaned);
  }
  take();
}

/**
 * An elected office's holder named with the office as a title, on a line of their own ("Mayor Lena
 * Marten", "Councillor Kamal Reilly", "Bürgermeisterin Anna Berg", "Wethouder Oskar Lindqvist"), with a
 * number or a mailbox on one of the OFFICE_CONTACT_LINES lines under it: a council's contact page.
 * Held to the known-name check (origin "text").
 */
const OFFICE_TITLED_LINE = new RegExp(
  `^[ \\t]*(?:${anyCase([
    'mayor|deputy mayor|acting mayor|councillor|councilor|alderman|alderwoman|reeve|deputy reeve|commissioner|trustee|selectman|selectwoman|senator|state senator|representative|assemblyman|assemblywoman|assembly member|council member|councilmember',
    'bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|stadtrat|stadträtin|gemeinderat|gemeinderätin|ratsherr|ratsfrau',
    'maire|adjoint au maire|adjointe au maire|conseiller municipal|conseillère municipale|sindaco|vicesindaco|assessore|consigliere comunale|alcalde|alcaldesa|teniente de alcalde|concejal|concejala',
    'burgemeester|wethouder|raadslid|schepen|borgmester|ordfører|varaordfører|pormestari|burmistrz|wiceburmistrz|radny|radna|starosta|starostka|primátor',
  ].join('|'))})[ \\t]+([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.)?(?: [${CAPITAL}][${LETTER}'’-]+){1,2})[ \\t]*$`,
  // The offices in any case (anyCase), the name's words capitalised (the pattern is case-sensitive).
  'gmu',
);
const OFFICE_CONTACT_LINES = 6;
const OFFICE_HINT = /mayor|council|alder|reeve|commissioner|trustee|select|senator|representative|assembly|bürgermeister|stadtr|gemeinder|rats|maire|conseill|sindaco|assessore|alcald|concejal|burgemeester|wethouder|raadslid|schepen|borgmester|ordfører|pormestari|burmistrz|radn|starost|primátor/i;
function scanOfficeTitledNames(text: string, found: FindingSet, origin: string): void {
  if (!OFFICE_HINT.test(text)) return;
  OFFICE_TITLED_LINE.lastIndex = 0;
  for (let m = OFFICE_TITLED_LINE.exec(text); m; m = OFFICE_TITLED_LINE.exec(text)) {
    let to = m.index + m[0].length;
    for (let k = 0; k < OFFICE_CONTACT_LINES && to >= 0 && to < text.length; k++) to = text.indexOf('\n', to + 1);
    const below = text.slice(m.index + m[0].length, to < 0 ? text.length : to).split('\n');
    if (!below.some((l) => CONTACT_LINE.test(l) || NUMBER_RUN.test(l))) continue;
    const cleaned = clean(m[1]!);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(m[1]!)) found.add('name', cleaned, origin);
  }
}

/**
 * A board's or an office's list of posts, each on a line of its own over its holder's name, or over
 * several holders' names ("Chair" / "Lena Marten" / "Treasurer" / "Kamal Reilly, CPA", "Ledamot" /
 * "Anna Berg" / "elected until 2027" / "Oskar Lindqvist" / "elected until 2026"), each name followed by a
 * few lines of its own at most (a term, an address, a number, a mailbox), as clubs', associations'
 * and parishes' board pages set them: BOARD_MIN_POSTS posts and STAFF_LIST_MIN names or more in one
 * run, which a long line of prose ends. A post is a short line in Title Case naming a post
 * (titleCasePost) without digits; a name two or three capitalised words (CARD_NAME_LINE, a middle
 * initial allowed), professional letters and "Jr."/"Sr." after a comma left out. A grid of known
 * names vouches for the rest (addGridNames); otherwise each is held to the known-name check.
 * Found from the short lines, which a page's prose has few of.
 */
const BOARD_MIN_POSTS = 2;
/** Lines of a holder's own under their name (a term, a street, a town, a number, a mailbox, a label) before the next post or name. */
const BOARD_DETAIL_LINES = 6;
const BOARD_POST_LINE = 45;
/** The longest line a holder's name (and letters after it) or a post is on. */
const BOARD_NAME_LINE = 70;
const BOARD_PROSE_LINE = 120;
/** Letters after a holder's name: ", PHP", ", CPA", ", Sr.", ", Jr., PHP". */
const ACRONYM_FIRST = /^\p{Lu}{2,3} /u;
const ACRONYM_LAST = / \p{Lu}{2,3}$/u;
/** Whether a name opens with a known given name and ends with a known family name. */
function knownFullName(name: string): boolean {
  return opensWithGivenName(name) && isFamilyName(name.slice(name.lastIndexOf(' ') + 1));
}
/** A board's or an office's post: a word of a person's post (POST_CARD_WORDS, BOARD_POST_WORDS, a German post compound), not a department's ("Account", "Sales"). */
const BOARD_POSTS: ReadonlySet<string> = new Set(BOARD_POST_WORDS);
function boardPost(line: string): boolean {
  const words = line.split(BOARD_POST_SPLIT);
  // A post is a few words ("Vice-President", "Technischer Leiter", "Master of the Second Veil").
  if (words.length > BOARD_POST_WORDS_MAX) return false;
  return words.some((w) => {
    const lower = w.toLowerCase();
    // The compound's pattern only on a word long enough for one (three letters and its post's).
    return POST_CARD_WORDS.has(lower.replace(/-/g, '')) || BOARD_POSTS.has(lower) || (w.length >= 7 && POST_COMPOUND_END.test(w));
  });
}
const BOARD_POST_SPLIT = /[ ,/&.()]+/;

/**
 * A club's single contact card: a board's post alone on its line (one or two words, one of them
 * BOARD_POST_WORDS', "Kassier", "Schriftführerin", "Trésorier"), its holder's name on the next, and their
 * address, number or mailbox on one of the HOLDER_DETAIL_LINES lines under it ("Kassier" / "Lena
 * Marten" / "Wendelweg 7" / "4999 Wendelfingen"), where a board list (scanBoardLists) wants two posts
 * or more. One or two such cards on the page: more are a board's list, which that function reads
 * and may refuse (an article after each name). Held to the known-name check (origin "text"). Found
 * from the short lines.
 */
const HOLDER_DETAIL_LINES = 3;
const LONE_POST_LINE = 30;
function scanLonePostCards(text: string, found: FindingSet, origin: string): void {
  const holders: string[] = [];
  let cards = 0;
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    if (end - start > LONE_POST_LINE || end - start < 4) continue;
    // Cheap first: the next line a short one that opens with a capital (a name's), then the post's.
    const nextEnd = text.indexOf('\n', end + 1);
    const nameLine = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).trim();
    if (nameLine.length < 5 || nameLine.length > BOARD_NAME_LINE || !UPPER.test(nameLine.charAt(0))) continue;
    const post = text.slice(start, end).trim().replace(/:$/, '');
    const words = post.split(' ');
    if (words.length > 2 || /\d/.test(post)) continue;
    const m = CARD_NAME_LINE.exec(nameLine);
    if (!m || !boardPost(post)) continue;
    const lines = text.slice(end + 1, end + 1 + (HOLDER_DETAIL_LINES + 1) * BOARD_NAME_LINE).split('\n').map((l) => l.trim());
    // Any post over a name counts towards a list ("Arrangementsjef" / "Lena Marten"); a board's own post word names the holder taken.
    if (++cards > LONE_POST_CARDS) return;
    if (!words.some((w) => BOARD_POSTS.has(w.toLowerCase())) || !lines.slice(1, 1 + HOLDER_DETAIL_LINES).some((l) => CARD_CONTACT.test(l) || ADDRESS_LINE.test(l))) continue;
    const cleaned = clean(m[1]!);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(m[1]!)) holders.push(cleaned);
  }
  for (const name of holders) found.add('name', name, origin);
}
const LONE_POST_CARDS = 2;
/** A German post's gender-neutral compound ("Teamleitung", "Geschäftsleitung"): see scanBoardLists. */
const LEADING_POST = /(?:^|\s)\p{L}{3,}leitung(?:\s|$)/iu;
const BOARD_POST_WORDS_MAX = 6;
const HOLDER_LETTERS_AFTER = /(?:,[ \t]*(?:\p{Lu}{2,5}|Jr\.|Sr\.|III?|IV))+[ \t]*$/u;
function scanBoardLists(text: string, found: FindingSet, origin: string): void {
  let names: string[] = [];
  let posts = 0;
  // Lines since the last post or name; the list is open while it is small.
  let since = Number.POSITIVE_INFINITY;
  const take = (): void => {
    // Unless the grid vouches for them, only the names that open with a known given name and end
    // with a known family name: a menu's lines under a post's word ("Grace Harbour", "Victoria Quay") are places.
    if (posts >= BOARD_MIN_POSTS && names.length >= STAFF_LIST_MIN) addGridNames(vouchedGrid(names) ? names : names.filter(knownFullName), found, origin);
    names = [];
    posts = 0;
  };
  // Whether the last holder's card has had its paragraph: a card may describe its post in one
  // ("Leder" / "Lena Marten" / "leder@…" / "The chair leads the board and …"); a second ends the list.
  let described = false;
  const prose = (): void => {
    if (names.length > 0 && since <= BOARD_DETAIL_LINES && !described) {
      described = true;
      since++;
      return;
    }
    take();
    since = Number.POSITIVE_INFINITY;
  };
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Only a short line that opens with a capital can be a post or a name (most lines are neither).
    if (end - start > BOARD_PROSE_LINE) {
      start = end + 1;
      prose();
      continue;
    }
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    if (line.length > BOARD_PROSE_LINE) {
      prose();
      continue;
    }
    if (line.length > BOARD_NAME_LINE || !UPPER.test(line[0]!)) {
      if (++since > BOARD_DETAIL_LINES) take();
      continue;
    }
    // A post first: "Technical Director" is two capitalised words too.
    if (line.length <= BOARD_POST_LINE && !/\d/.test(line) && /^\p{Lu}/u.test(line) && boardPost(line.replace(/[:：]$/, ''))) {
      if (since > BOARD_DETAIL_LINES) take();
      posts++;
      since = 0;
      described = false;
      continue;
    }
    const raw = line.replace(HOLDER_LETTERS_AFTER, '');
    // Not a firm whose name opens with its initials ("KPB Wendell" under "Auditor").
    // Nor a post that names no board's or office's post ("Senior Associate": a post's word all the same).
    // Nor a post written without a gender ("Teamleitung Pflege", "Praxisleitung"), which a list's
    // section heading also is ("Betriebsleitung"): no name, and no post that opens a list either.
    if (since <= BOARD_DETAIL_LINES && CARD_NAME_LINE.test(raw) && !ACRONYM_FIRST.test(raw) && !ACRONYM_LAST.test(raw) && !titleCasePost(raw) && !LEADING_POST.test(raw)) {
      const cleaned = clean(raw);
      if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(raw)) {
        if (!names.includes(cleaned)) names.push(cleaned);
        since = 0;
        described = false;
        continue;
      }
    }
    if (++since > BOARD_DETAIL_LINES) take();
  }
  take();
}

/**
 * A staff directory that gives each person's post, a dash, then their name, and their extension,
 * mailbox or number after it on the line ("Deputy Clerk – Lena Marten (ext. 32) clerk@…", "Fire
 * Inspector – K. J. Reilly fire@…"), as town halls', clubs' and associations' contact pages list
 * them: STAFF_LIST_MIN such lines at least on the page (other lines may stand between them, the
 * duties under each), the post in Title Case holding a post's word (titleCasePost), the name two
 * or three capitalised words (initials allowed), professional letters after it dropped. A grid of
 * known names vouches for the rest (addGridNames).
 */
const POST_THEN_NAME_LINE = new RegExp(
  `^[ \\t]*(\\p{Lu}[\\p{L} &/.'’]{2,40}?)[ \\t]*[–—-][ \\t]*((?:[${CAPITAL}]\\.){0,2} ?[${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.)?(?: [${CAPITAL}][${LETTER}'’-]+){0,2})(?:,? [A-Z]{2,5})?[ \\t]*(?:\\([^)\\n]{1,20}\\)[ \\t]*)?(?:$|[^\\n]*@|[+(]?\\d[\\d ()./-]{6,}\\d)`,
  'gmu',
);
function scanPostNameLines(text: string, found: FindingSet, origin: string): void {
  if (!text.includes(' – ') && !text.includes(' - ') && !text.includes(' — ') && !text.includes('– ')) return;
  const names: string[] = [];
  POST_THEN_NAME_LINE.lastIndex = 0;
  for (let m = POST_THEN_NAME_LINE.exec(text); m; m = POST_THEN_NAME_LINE.exec(text)) {
    const post = m[1]!;
    if (!titleCasePost(post)) continue;
    const raw = m[2]!.trim();
    // Initials alone before the surname ("K.J. Reilly") are kept as the page writes them.
    const cleaned = /^(?:\p{Lu}\.){1,2} ?\p{Lu}/u.test(raw) ? raw : clean(raw);
    if (cleaned && cleaned.includes(' ') && !isLabel(cleaned) && !tradeName(raw) && !names.includes(cleaned)) names.push(cleaned);
  }
  if (names.length >= STAFF_LIST_MIN) addGridNames(names, found, origin);
}

/**
 * Whether the text lists a firm's staff, a line each with their posts (scanStaffRoleLines), in a
 * list that vouches for its names (vouchedGrid: four or more, most of them known names): a firm's own
 * team page, whose header and footer are its own (see index.ts).
 */
export function listsStaff(text: string, country: string): boolean {
  const probe = new FindingSet(country);
  scanStaffRoleLines(text, probe, 'text');
  return probe.findings.some((f) => f.origin === ROSTER_ORIGIN);
}

/**
 * A team list that gives each person's name on a line and their role on the next ("Lena Marten" /
 * "Bookkeeping" / "Kamal Reilly" / "Web development"), STAFF_LIST_MIN pairs in a row at least: the
 * name two or three capitalised words (CARD_NAME_LINE), the role a short line without digits (but
 * one ordinal, an apprentice's year: "Lernender 2. Lehrjahr", "Apprentice, 2nd year") or a
 * mailbox that is not itself a name, or a longer one with a post's word ("Socio fundador, tatuador
 * de color y de línea fina"). Each name opens with a known given name (not a heading's "The Team" over
 * the list, nor the office dog's card), and the list's names pass that check by it; in a grid the
 * known names vouch for, a name that ends with a known family name does too (see take below).
 */
const PAIRED_ROLE_LINE = /^(?=[^@:|]{2,40}$)[^\d@:|]*(?:\d{1,2}(?:\.|st|nd|rd|th)[^\d@:|]*)?$/;
/** A longer role, a post's word among its specialities ("Socio fundador, tatuador de color y de línea fina"). */
const LONG_ROLE_LINE = /^[^\d@:|]{41,64}$/;
/**
 * A role longer still, its post's word opening it and its specialities after ("Psicóloga
 * especialista en terapia de pareja y acompañamiento en procesos de duelo"): read as a role only so.
 */
const OPENING_ROLE_LINE = /^[^\d@:|]{65,110}$/;
/** Whether the line's first word is a post's (AGENT_TITLE_WORD: "Psicóloga …", "Physiotherapeutin …"). */
function opensWithPost(line: string): boolean {
  return AGENT_TITLE_WORD.test(line.split(' ', 1)[0]!);
}
/**
 * A team's heading's words ("Unser Team", "Our People", "Nuestro Equipo"): a heading over the list
 * and its subheading read as a pair is no one, whatever the list's other names vouch for. (Not
 * words that are also people's names: "Tim", "Chi".)
 */
const TEAM_HEADING_WORD = /(?<![\p{L}])(?:team|teams|people|staff|équipe|equipe|equipo|equipa|squadra|zespół|zespol|tým|mitarbeiter|mitarbeitende|medewerkers|medarbetare|medarbejdere|ansatte|about|über|uns|nosotros|siamo|sommes|wir|our|unser|unsere|nuestro|nuestra|notre|nostro|nostra|ons|onze)(?![\p{L}])/iu;
/** The office's dog or cat on a team's grid ("Hund Bello", "Bürohund Max", "Chat Wendeline"), its name a family name's too. */
const TEAM_PET = /^(?:hund|bürohund|buerohund|praxishund|katze|bürokatze|dog|cat|chien|chat|chienne|perro|perra|gato|gata|cane|gatto|hond|kat|pies|kot|hunden|katten|koira|kissa)(?![\p{L}])/iu;
function scanNameRolePairs(text: string, found: FindingSet, origin: string): void {
  const fourWordNames = TWO_SURNAME_MARKETS.has(found.country);
  // The names paired with a role; those of them that open with a known given name.
  let list: string[] = [];
  let given: string[] = [];
  // The roles under them: a list whose every "role" is the same words is a card's link ("Ver perfil",
  // "Read more") under a name run into its post, not a list of people and their roles.
  let roles = new Set<string>();
  // The previous line's names, when it was a name line waiting for its role: one, or two who share
  // the role ("Lena Marten und Anna Berg" / "Tennis").
  let pending: string[] | undefined;
  // Lines since the last pair's role: a card's few lines under it (a sentence on the person, a
  // "Call" button) before the next card's name.
  let body = PAIR_CARD_BODY + 1;
  // A list of STAFF_LIST_MIN given names or more; or a grid the known names vouch for (vouchedGrid),
  // whose names that end with a known family name are people's too, though the given name is not
  // known ("Qorvan Schmidt" among a tattoo studio's artists). Not the rest: a heading's words, a
  // service's, the office dog's card ("Hund Bello") are a grid's lines as well.
  const take = (): void => {
    if (roles.size > 1) {
      const enough = given.length >= STAFF_LIST_MIN;
      const vouched = vouchedGrid(list);
      for (const n of list) {
        // A make's facet among a result page's filters ("Austin Healey" over "Avanti"): no one's name.
        if (MAKE_AS_NAME.test(n)) continue;
        if (enough && given.includes(n)) found.add('name', n, origin);
        else if (vouched && (given.includes(n) || (isFamilyName(n.slice(n.lastIndexOf(' ') + 1)) && !TEAM_PET.test(n)))) found.add('name', n, origin === 'text' ? ROSTER_ORIGIN : origin);
      }
    }
    list = [];
    given = [];
    roles = new Set();
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    // Spanish and Portuguese names of two given names and two surnames on those markets' pages, as scanAgentCards reads them.
    const name = line.length <= MAX_BIO_HEADING ? (CARD_NAME_LINE.exec(line) ?? (fourWordNames ? CARD_NAME_LINE_OF_FOUR.exec(line) : null)) : null;
    if (pending !== undefined) {
      // The role under the name: not another name ("Lena Marten" / "Kamal Reilly" is a list of names).
      // Nor a social network's or a review site's name: a review's source under its writer's name
      // ("Lena Marten" / "Facebook", the next review's heading), no role.
      // Nor a town's name: a place picker's list, boroughs named after people over the next borough
      // ("Lena Marten" / "Wendelstadt"), no role.
      if ((PAIRED_ROLE_LINE.test(line) || (LONG_ROLE_LINE.test(line) && hasAgentTitle(line)) || (OPENING_ROLE_LINE.test(line) && opensWithPost(line))) && !(name && opensWithGivenName(name[1]!)) && !REVIEW_SOURCE.test(line) && !isCityName(line, found.country)) {
        for (const one of pending) {
          const cleaned = clean(one);
          if (cleaned && !isLabel(cleaned) && !tradeName(one) && !MAKE_AS_NAME.test(cleaned) && !TEAM_HEADING_WORD.test(cleaned) && !list.includes(cleaned)) {
            list.push(cleaned);
            if (opensWithGivenName(one)) given.push(cleaned);
          }
        }
        roles.add(line.toLowerCase());
        pending = undefined;
        body = 0;
        continue;
      }
      take();
      pending = undefined;
    }
    const two = name || line.length > 2 * MAX_BIO_HEADING ? undefined : namePair(line);
    if (name) pending = [name[1]!];
    else if (two) pending = two;
    else if (line && ++body > PAIR_CARD_BODY) take();
  }
  take();
}
/** Two people on one line who share a role, joined by "and" in the markets' languages ("Lena Marten und Anna Berg"). */
const PAIR_JOIN = / (?:und|and|&|et|en|og|och|ja|e|y|i|a) /;
function namePair(line: string): string[] | undefined {
  const join = PAIR_JOIN.exec(line);
  if (!join) return undefined;
  const first = CARD_NAME_LINE.exec(line.slice(0, join.index));
  const second = CARD_NAME_LINE.exec(line.slice(join.index + join[0].length));
  // Each a person's: opening with a known given name ("Zahnärztin Kinder- und Jugendzahnmedizin" is a post).
  return first && second && opensWithGivenName(first[1]!) && opensWithGivenName(second[1]!) ? [first[1]!, second[1]!] : undefined;
}
/** A social network's or a review site's name, alone on its line (see scanNameRolePairs). */
const REVIEW_SOURCE = /^(?:facebook|instagram|youtube|google|tiktok|twitter|x|linkedin|trustpilot|yelp|tripadvisor|booking(?:\.com)?|airbnb|allegro|olx)$/i;
/** Lines a card may hold under its role before the next card's name (see scanNameRolePairs). */
const PAIR_CARD_BODY = 2;

/** A team page's cards without contacts: so many at least (see scanAgentCards). */
const MIN_BARE_CARDS = 2;

/**
 * An agent's own page titled with their name and their trade ("Lena Marten | Keystone Homes —
 * Gayrimenkul Danışmanı", "Kamal Reilly, Realtor® | Perth Homes"): the title's part that is a name names the
 * advertiser, when another part is an estate agent's job title in the markets' languages (not a
 * seller's or a consultant's alone: "Mercedes Benz | Sales Consultant" is a dealer's page), the
 * name opens with a known given name, and the page's body spells it too (its content, its header's
 * brand, a portrait's alt text, its footer's copyright: a title may name whom a page is about
 * without their being on it, a famous person's house, an article).
 */
const TITLE_ROLE = new RegExp(
  '(?<![\\p{L}])(?:real estate (?:agent|broker|advisor|adviser|consultant|professional|salesperson)|realtor|realtors|broker associate|' +
    'realtor associate|listing agent|estate agent|letting agent|agent immobilier|agente immobilier|conseill(?:er|ère) immobilier|' +
    'agente inmobiliari[oa]|asesor(?:a)? inmobiliari[oa]|agente immobiliare|consulente immobiliare|corretor(?:a)? de im[óo]veis|' +
    'immobilienmakler(?:in)?|immobilienberater(?:in)?|makelaar|fastighetsmäklare|eiendomsmegler|ejendomsmægler|kiinteistönvälittäjä|' +
    'pośrednik nieruchomości|agent nieruchomości|realitní makléř|(?:gayrimenkul|emlak) (?:danışman[ıi]?|uzman[ıi]?)|' +
    'агент по недвижимости|риелтор|риэлтор|ріелтор)(?![\\p{L}])',
  'iu',
);
const TITLE_PARTS = /\s*[|·•–—:,]\s*|\s+-\s+/;

const BODY_TAG = /<body[\s>]/i;

/** `html`: the page's source, whose body is searched for the name. */
export function titledAgentName(title: string, html: string, found: FindingSet, origin: string): void {
  if (title.length > 200 || !TITLE_ROLE.test(title)) return;
  const parts = title.split(TITLE_PARTS).map((p) => p.trim()).filter(Boolean);
  if (!parts.some((p) => p.split(' ').length <= 5 && TITLE_ROLE.test(p))) return;
  const body = Math.max(0, html.search(BODY_TAG));
  for (const part of parts) {
    if (!CARD_NAME_LINE.test(part) || !opensWithGivenName(part)) continue;
    const name = clean(part);
    if (!name || isLabel(name) || html.indexOf(name, body) < 0) continue;
    found.add('name', name, origin);
    return;
  }
}

/**
 * A Malay or Arabic name with its patronymic, on a line of its own, as an organisation chart, a
 * staff list or a contact block prints it ("Amir Zaki Bin Kamal", "Nur Aina Binti Nizam",
 * "Rafael A/L Irfan", after "Tuan Haji" or "Puan"): "bin", "binti", "a/l" and "a/p" (son or
 * daughter of) join a person's given name to their father's, and to nothing else. The whole line
 * is the name (a sentence goes on after one), and the honorifics and titles before it are passed
 * over, as the name is stored without them. Not held to the known names: the link word says it is
 * a person's name, and such given names are many.
 */
const BIN_NAME_WORD = `[A-Z][${LETTER}'’]*\\.?`;
const BIN_PATRONYMIC_LINE = new RegExp(
  `^[ \\t:•·–-]*(?:(?:Tuan|Puan|Encik|En\\.|Pn\\.|Cik|Haji|Hajjah|Hj\\.|Hjh\\.|Dato'?|Dato’|Datuk|Datin|Dr\\.?|Ir\\.|Ts\\.|Tan Sri|Puan Sri|Sheikh|Syed|Sharifah) +)*` +
    `(${BIN_NAME_WORD}(?: ${BIN_NAME_WORD}){0,3} (?:Bin|BIN|Binti|BINTI|Bt\\.|BT\\.|Bte\\.|A\\/L|A\\/P|a\\/l|a\\/p)(?: ${BIN_NAME_WORD}){1,4})[ \\t]*$`,
  'gm',
);
/** The link word of a patronymic inside a name. */
const BIN_LINK = / (Bin|BIN|Binti|BINTI|Bt\.|BT\.|Bte\.|A\/L|A\/P|a\/l|a\/p) /;
/** First words of Malay names that the known names lack ("Mohd", "Wan", "Nik": an abbreviation, a lineage's title). */
const MALAY_FIRST_WORD = /^(?:Mohd|Muhd|Md|Mohamad|Mohammad|Muhamad|Muhammad|Mohamed|Mohd\.|Abdul|Abd|Abd\.|Nik|Wan|Che|Megat|Syed|Sharifah|Raja|Tengku|Tunku|Ahmad|Nor|Noor|Nurul|Nur|Siti)(?= )/;
/**
 * Words that open a street's, a school's or a mosque's name after which a patronymic names its
 * namesake, not a person on the page; the Arabic place words of the Gulf's districts and roads
 * too ("Madinat …", city; "Shari …", street; "Souq", market; "Jebel", "Khor", "Wadi").
 */
const PLACE_BEFORE_NAME =
  /^(?:Jalan|Jln\.?|Lorong|Lebuh|Lebuhraya|Persiaran|Taman|Kampung|Kg\.?|Masjid|Surau|Sekolah|SK|SMK|Universiti|Kolej|Hospital|Dewan|Bangunan|Wisma|Menara|Street|Road|Madinat|Shari|Sharia|Souq|Souk|Jebel|Jabal|Khor|Wadi)$/;
/** A place's label on the line before a patronymic ("Zone name" / "… Bin Qorvan"): the name is a district's or a road's. */
const PLACE_LABEL_LINE = /^[ \t]*(?:zone|area|community|district|neighbou?rhood|location|region|sub-?community|project|building|tower|street|road|address)(?: name)?[ \t]*:?[ \t]*$/i;

function scanBinPatronymicLines(text: string, found: FindingSet, origin: string): void {
  // Cheap first: most pages have no such word.
  if (!/ (?:Bin|BIN|Binti|BINTI|Bt\.|BT\.|Bte\.|A\/L|A\/P|a\/l|a\/p) /.test(text)) return;
  BIN_PATRONYMIC_LINE.lastIndex = 0;
  for (let m = BIN_PATRONYMIC_LINE.exec(text); m; m = BIN_PATRONYMIC_LINE.exec(text)) {
    const raw = m[1]!.replace(/\s+/g, ' ');
    if (PLACE_BEFORE_NAME.test(raw.slice(0, raw.indexOf(' ')))) continue;
    if (m.index > 0 && PLACE_LABEL_LINE.test(lineAt(text, text.lastIndexOf('\n', m.index - 2) + 1) ?? '')) continue;
    if (raw.split(' ').some((w) => NOT_NAME.has(w.toLowerCase()) || JOB_TITLE_WORDS.has(w.toLowerCase()))) continue;
    // "Bin" is also an English word ("Recycle Bin Cleanup Service"): with it, a known name on either
    // side of it, or a Malay name's first word, is asked for; "binti", "a/l" and "a/p" are only a name's.
    const link = BIN_LINK.exec(raw);
    if (link && /^bin$/i.test(link[1]!)) {
      const [before, after] = [raw.slice(0, link.index), raw.slice(link.index + link[0].length)];
      if (!hasKnownName(before) && !hasKnownName(after) && !MALAY_FIRST_WORD.test(before)) continue;
    }
    found.add('name', raw, origin === 'text' ? HONORIFIC_ORIGIN : origin);
  }
}

/**
 * A Japanese company's officers as its company profile lists them, one to a line: the name, then
 * the post in brackets ("佐藤 花子(代表取締役)", "鈴木 一郎（専務取締役）"), or the post, then the name
 * ("代表取締役 山田 太郎"). A family name and a given name of one to four characters each, with the
 * space between them that such lists print; the post (director, president, representative, head
 * of a clinic or an office) says it is a person. Not held to the known names, which hold few
 * Japanese given names.
 */
const JAPANESE_POST = '(?:代表取締役(?:社長|会長)?|(?:専務|常務|総務)?取締役(?:社長|会長)?|代表者?|社長|会長|副社長|監査役|執行役員|院長|所長|店長|工場長|支店長|営業部長|部長)';
const JAPANESE_NAME = '([\u4e00-\u9fff々]{1,4}[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{1,4})';
/** The posts' characters, looked for first: most pages have none. */
const JAPANESE_POST_HINT = /取締役|代表|長|監査役|執行役員/;
const JAPANESE_OFFICER = new RegExp(
  `^[ \\t\u3000]*(?:${JAPANESE_NAME}[ \u3000]*[(（]${JAPANESE_POST}[)）]|${JAPANESE_POST}[ \u3000:：]+${JAPANESE_NAME})[ \\t\u3000]*$`,
  'gm',
);

function scanJapaneseOfficers(text: string, found: FindingSet, origin: string): void {
  if (!JAPANESE_POST_HINT.test(text)) return;
  JAPANESE_OFFICER.lastIndex = 0;
  for (let m = JAPANESE_OFFICER.exec(text); m; m = JAPANESE_OFFICER.exec(text)) {
    const name = (m[1] ?? m[2])!.replace('\u3000', ' ');
    found.add('name', name, origin === 'text' ? HONORIFIC_ORIGIN : origin);
  }
}

/** Scans text (lines separated by "\n") for names after honorifics and contact verbs. */
export function scanNames(text: string, found: FindingSet, origin: string): void {
  // First: a roster's names are not held to the known-name check, which a name the other rules
  // take first under the plain origin would be (the first origin found is the one kept).
  scanRosters(text, found, origin);
  if (INITIALS_HINT.test(text)) scanInitialledNames(text, found, origin);
  scanBinPatronymicLines(text, found, origin);
  scanJapaneseOfficers(text, found, origin);
  scanNamesWithLetters(text, found, origin);
  scanCuedNames(text, found, origin);
  scanOwnerStatements(text, found, origin);
  scanLaidOutNames(text, found, origin);
  if (text.includes(')')) scanBracketedHeads(text, found, origin);
}

/**
 * A business's head named with their post in brackets on a line of its own, as a one-person firm
 * signs its "about" text ("- Lena Marten (Geschäftsführer)", "Anna Berg (Inhaberin)"): the owner's or
 * the manager's post alone in the brackets. Not a customer's testimonial signed with their own firm
 * ("- Lena Marten (Geschäftsführerin, Wendell GmbH)"): nothing else in them. Or an association's
 * board member, as its imprint lists the board under "Vertreten durch:" ("Lena Marten (Vorstand)",
 * "Kamal Reilly (Kassenwart)": BOARD_POST_WORDS and the German board's own). Held to the known-name check.
 */
const BRACKETED_BOARD_POSTS = [...BOARD_POST_WORDS, 'vorstand', 'vorstandsmitglied', 'kassenwart', 'kassenwartin'].join('|');
const BRACKETED_HEAD_LINE = new RegExp(
  `^[ \\t]*(?:[-–—][ \\t]?)?(${FULL_NAME}) \\(${anyCase(`(?:${OWNER_WORD}|geschäftsführer(?:in)?|gérant(?:e)?|prezes|director|directora|directrice|directeur|${BRACKETED_BOARD_POSTS})`)}\\)[ \\t]*$`,
  'gmu',
);
function scanBracketedHeads(text: string, found: FindingSet, origin: string): void {
  BRACKETED_HEAD_LINE.lastIndex = 0;
  for (let m = BRACKETED_HEAD_LINE.exec(text); m; m = BRACKETED_HEAD_LINE.exec(text)) {
    const name = clean(m[1]!);
    if (name && name.includes(' ') && !tradeName(m[1]!) && !isLabel(name)) found.add('name', name, origin);
  }
}

/**
 * An office's staff list that gives each person's initials in brackets after the name, as notaries'
 * and lawyers' offices sign their files ("Lena MARTEN (LM) : Notaire", "Anna-Lena BERG (ALB)"): a
 * name whose brackets hold exactly its words' first letters (a double name's each) opens its line;
 * MIN_INITIALLED lines of them at least, each opening with a known given name. An organisation's
 * acronym takes the same form, once, not as a list of people.
 */
const INITIALLED_LINE = new RegExp(`^[ \t]*(${FULL_NAME}) ?\\((\\p{Lu}{2,5})\\)`, 'gmu');
const INITIALS_HINT = /\(\p{Lu}{2,5}\)/u;
const MIN_INITIALLED = 3;
function scanInitialledNames(text: string, found: FindingSet, origin: string): void {
  const names: string[] = [];
  INITIALLED_LINE.lastIndex = 0;
  for (let m = INITIALLED_LINE.exec(text); m; m = INITIALLED_LINE.exec(text)) {
    const initials = m[1]!.split(/[ -]/).map((w) => w.charAt(0)).join('').toUpperCase();
    if (initials === m[2] && opensWithGivenName(m[1]!) && !names.includes(m[1]!)) names.push(m[1]!);
  }
  if (names.length >= MIN_INITIALLED) for (const name of names) found.add('name', name, origin);
}

/** The origin of a name a sentence states to own the business, a pronoun after it (see scanOwnerStatements). */
const OWNER_ORIGIN = 'text:owner';
/**
 * A sentence that opens with a person's full name and says they own or run the business, in the
 * present ("Lena Marten has owned Wendell Salon since 2011.", "… owns …", "… is the owner of …",
 * "… ist Inhaberin …", "… est la propriétaire …", "… is eigenaar …", "… es la propietaria …", "… è la
 * titolare …"), with what they own or run after it ("Lena Marten runs." is no such sentence), or that
 * the business is owned or run by them ("… is owned and operated by Lena Marten", "… dirigée par Lena
 * Marten …", "geführt von …").
 * Not "founded": a school's or a firm's history names its founders of decades ago. (OWNS holds no
 * character class: anyCase spells each letter as one.)
 */
const OWNS =
  "has owned|owns|has run|runs|is the (?:proud )?(?:owner|proprietor)|ist (?:die |der )?(?:inhaberin|inhaber|eigentümerin|eigentümer)|" +
  'est (?:la |le )?propriétaire|is (?:de )?eigena(?:ar|res)|es (?:el |la )?(?:propietari(?:o|a)|dueñ(?:o|a))|è (?:il |la )?(?:titolare|proprietari(?:o|a))';
const OWNER_STATEMENT = new RegExp(`(?:^|[.!?][ \t]+)[ \t]*(${FULL_NAME}) ${anyCase(`(?:${OWNS})`)}(?=[ \\t]+[${LETTER}0-9])`, 'gmu');
const OWNED_BY = new RegExp(
  `(?<![${LETTER}])(?:${anyCase(
    '(?:is |are )?(?:family[- ])?(?:owned|owned and operated|owned & operated) by|' +
      // "run by" as the business's own page says it ("… dirigée par Lena Marten …")
      '(?:run|managed) by|dirigée? par|gérée? par|tenue? par|geleitet von|geführt von|(?:gestit|dirett)(?:a|o) da|(?:dirigid|gestionad|gerid)(?:a|o) por|geleid door|prowadzon(?:a|e|y) przez',
  )}) (${FULL_NAME})(?![${LETTER}'’-])`,
  'gu',
);
/**
 * A host welcoming the guests in their own name ("…, Lena Marten vous accueille à …", "Lena Marten
 * welcomes you to …", "Lena Marten heißt Sie willkommen"), after a sentence's or a clause's start: a
 * guest house's or a holiday let's owner.
 */
const WELCOMES =
  'vous accueille|vous accueillent|welcomes you|welcome you|heißt sie|heisst sie|vi accoglie|vi accolgono|le recibe|les recibe|os recibe|heet u|heten u|ønsker velkommen|önskar välkommen';
const HOST_WELCOME = new RegExp(`(?:^|[.!?,;:][ \t]+)[ \t]*(${FULL_NAME})\\s+${anyCase(`(?:${WELCOMES})`).replace(/ /g, '\\s+')}(?![${LETTER}])`, 'gmu');
/** A stem of OWNS' and OWNED_BY's verbs and nouns, in any case (scanOwnerStatements' first look). */
const OWNS_HINT = /owne|owns|runs|has run|run by|managed by|proprietor|inhaber|eigent(?:ü|ue)mer|propri[ée]taire|eigena|propietari|due(?:ñ|n)|titolare|proprietari|dirigée? par|gérée? par|tenue? par|geleitet von|geführt von|gestit[ao] da|dirett[ao] da|dirigid[ao] por|gestionad[ao] por|gerid[ao] por|geleid door|prowadzon[aey] przez/i;
/** HOST_WELCOME's verbs' stems, as OWNS_HINT is OWNS'. */
const WELCOMES_HINT = /accueill|welcomes? you|hei(?:ß|ss)t sie|accogli|recibe|heet u|heten u|velkommen|välkommen/i;
/**
 * The founder a family business's own text names ("Fondata da Lena Marten", "founded by Lena
 * Marten", "gegründet von …") whose family name the site's own name spells (`siteName`, its domain's
 * or its host's label, plainLetters: "marten" in "salumeria-marten"): the family's business, not a
 * school or a foundation named after a famous founder. The name opens with a known given name.
 */
const FOUNDED_BY = new RegExp(
  `(?<![${LETTER}])${anyCase('(?:fondata da|fondato da|fondée par|fondé par|fundada por|fundado por|founded by|gegründet von|opgericht door|założona przez|założony przez|założone przez|grundlagt af|grundad av|grunnlagt av)')} (${FULL_NAME})(?![${LETTER}'’-])`,
  'gu',
);
const FOUNDED_HINT = /fondat|fondée? par|fundad|founded by|gegründet|opgericht|założon|grundlagt|grundad|grunnlagt/i;
/** The family name's letters the site's name must hold, at least. */
const FOUNDER_FAMILY_LETTERS = 4;
export function familyFounders(text: string, siteName: string): string[] {
  if (siteName.length < FOUNDER_FAMILY_LETTERS || !FOUNDED_HINT.test(text)) return [];
  const out: string[] = [];
  for (const [name] of statedNames(FOUNDED_BY, text)) {
    const family = plainLetters(name.slice(name.lastIndexOf(' ') + 1));
    if (family.length >= FOUNDER_FAMILY_LETTERS && siteName.includes(family) && opensWithGivenName(name)) out.push(name);
  }
  return out;
}

/**
 * The family's members a family business's own page names on a line of their own, as its "about us"
 * heads each one's part ("Lena Marten" over "Als gelernte Verkäuferin habe ich …" on
 * marten-hof.example): a given name and the family name the site's own name spells (`siteName`, as
 * for familyFounders), five letters of it at least. Held to the known-name check (origin "text").
 */
const TWO_WORD_NAME_LINE = /^[ \t]*(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*$/gmu;
const FAMILY_LINE_LETTERS = 5;
/** A given and a family name alone on the line that opens a text (see familyMemberLines), looked for within NEXT_LINE_REACH characters. */
const NAME_ON_NEXT_LINE = /^[ \t]*(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)[ \t]*(?:\n|$)/u;
const NEXT_LINE_REACH = 60;
export function familyMemberLines(text: string, siteName: string): string[] {
  if (siteName.length < FAMILY_LINE_LETTERS) return [];
  const out: string[] = [];
  TWO_WORD_NAME_LINE.lastIndex = 0;
  for (let m = TWO_WORD_NAME_LINE.exec(text); m; m = TWO_WORD_NAME_LINE.exec(text)) {
    const name = m[1]!;
    const family = plainLetters(name.slice(name.indexOf(' ') + 1));
    // (Not where the site's name spells the given name too: a given name and a trade's word are its
    // brand, "Lena Pâtisserie" at lenapatisserie.example, "Wendell Bâtiment" at wendell-batiment.example.)
    if (family.length < FAMILY_LINE_LETTERS || !siteName.includes(family) || siteName.includes(plainLetters(name.slice(0, name.indexOf(' ')))) || !opensWithGivenName(name) || tradeName(name) || businessWord(name.slice(name.indexOf(' ') + 1)) || out.includes(name)) continue;
    // Nor a line over another family's person ("Lena Marten" / "Kamal Reilly" / the street): the firm's
    // name over its owner's, as an imprint writes it.
    const next = NAME_ON_NEXT_LINE.exec(text.slice(m.index + m[0].length + 1, m.index + m[0].length + NEXT_LINE_REACH));
    if (next && plainLetters(next[1]!.slice(next[1]!.indexOf(' ') + 1)) !== family && opensWithGivenName(next[1]!)) continue;
    const cleaned = clean(name);
    if (cleaned && !isLabel(cleaned)) out.push(cleaned);
  }
  return out;
}

/**
 * A sole trader's firm as Polish law names it, the brand and then its owner's name, on its own
 * site's heading, title or footer ("Qorvex Stanisław Berg", "QORVEX STANISŁAW BERG", '"Qorvex"
 * Usługi Remontowe Stanisław Berg'): the line's (or the title's part's) first word, out of its
 * quotes, is the site's own name (`siteNames`: its domain's and its host's labels, plainLetters),
 * and its last two words a person's, opening with a known given name (written in capitals, holding
 * one). At most three words between. Held to the known-name check as the text's names are.
 */
const BRAND_THEN_OWNER = /^["„“']?([\p{L}][\p{L}\d&-]*)["”']?((?:\s+[\p{L}-]+){0,3})\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u;
export function ownersAfterBrand(texts: readonly string[], siteNames: readonly string[]): string[] {
  const names = siteNames.filter((n) => n.length >= 4);
  if (names.length === 0) return [];
  const out: string[] = [];
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      for (const part of raw.split(TITLE_PART_MARK)) {
        const line = part.trim();
        if (line.length > 80) continue;
        const letters = plainLetters(line);
        if (!names.some((n) => letters.includes(n.slice(0, 4)))) continue;
        const m = BRAND_THEN_OWNER.exec(line);
        if (!m || !names.includes(plainLetters(m[1]!))) continue;
        const name = m[3]!;
        const capitals = name === name.toUpperCase();
        const words = name.split(/\s+/);
        if (capitals ? !words.some((w) => isGivenName(w.toLowerCase())) : !opensWithGivenName(name)) continue;
        // (plausibleName refuses a trade's word among them.)
        if (tradeName(name) || !plausibleName(name) || out.includes(name)) continue;
        out.push(name);
      }
    }
  }
  return out;
}

/** The full names a statement's pattern (OWNER_STATEMENT, OWNED_BY, HOST_WELCOME) names in `text`, each with where its match ends. */
function* statedNames(re: RegExp, text: string): Generator<[string, number]> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = clean(m[1]!);
    if (name && name.includes(' ') && !isLabel(name) && !tradeName(m[1]!)) yield [name, m.index + m[0].length];
  }
}
/** The hosts a text names welcoming its guests (HOST_WELCOME): on a guest house's own site, its header's too (index.ts). */
export function welcomingHosts(text: string): string[] {
  return WELCOMES_HINT.test(text) ? [...statedNames(HOST_WELCOME, text)].map(([name]) => name) : [];
}
/**
 * An Italian business's line "di" its owner under its name, on a line of its own ("Agriturismo
 * Wendell" / "di Lena Marten"): read in an own site's header and footer (index.ts), the name
 * opening with a known given name, no firm's ("di Wendell Srl").
 */
const OWNER_OF_LINE = new RegExp(`^[ \\t]*di (${FULL_NAME})[ \\t]*$`, 'gmu');
export function ownerOfLines(text: string): string[] {
  if (!text.includes('di ')) return [];
  const out: string[] = [];
  OWNER_OF_LINE.lastIndex = 0;
  for (let m = OWNER_OF_LINE.exec(text); m; m = OWNER_OF_LINE.exec(text)) if (opensWithGivenName(m[1]!) && plausibleName(m[1]!) && !tradeName(m[1]!)) out.push(m[1]!);
  return out;
}
/**
 * A film's, a play's, a series' or a video's word shortly before "directed by" (dirigido / dirigée /
 * diretto …), in the languages OWNED_BY reads, and how far before the name it is looked for.
 */
const WORK_BEFORE_DIRECTED = new RegExp(
  `(?<![${LETTER}])(?:document[aá]ri[oa]|documentaire|documentary|doc\\.|film|filme|filmes|película|pelicula|longa|curta|cortometraggio|cortometraje|court-métrage|long-métrage|série|serie|webs[ée]rie|video|vídeo|clipe|spettacolo|espetáculo|espectáculo|spectacle|peça|pieza|obra|opera|ópera|concerto|concierto)(?![${LETTER}])[^.!?\\n]{0,30}$`,
  'iu',
);
const WORK_REACH = 60;
/** How far after the statement a pronoun says the name is a person's (not a group's that "owns" a brand). */
const OWNER_PRONOUN_REACH = 200;

/**
 * The owners such sentences name (OWNER_STATEMENT, OWNED_BY): held to the known-name check, unless
 * the next sentences speak of a person ("She trained in Leeds …"), as a one-person
 * business's story does (OWNER_ORIGIN).
 */
function scanOwnerStatements(text: string, found: FindingSet, origin: string): void {
  // The verbs' stems first, one cheap pass: most pages state no owner, and the two patterns open
  // at every sentence's start.
  const owns = OWNS_HINT.test(text);
  const welcomes = WELCOMES_HINT.test(text);
  if (!owns && !welcomes) return;
  for (const re of [...(owns ? [OWNER_STATEMENT, OWNED_BY] : []), ...(welcomes ? [HOST_WELCOME] : [])]) {
    for (const [name, end] of statedNames(re, text)) {
      // A film, a play or a series "directed by" its director ("documentário dirigido por …", "film
      // diretto da …"), which the same verbs say: a work's credit, not the business's head.
      if (re === OWNED_BY && WORK_BEFORE_DIRECTED.test(text.slice(Math.max(0, end - name.length - WORK_REACH), end - name.length))) continue;
      const person = PERSON_PRONOUN.test(text.slice(end, end + OWNER_PRONOUN_REACH));
      found.add('name', name, person && origin === 'text' ? OWNER_ORIGIN : origin);
    }
  }
}

/** The origin of a name from a roster of contact people, each with their own number (see scanRosters). */
export const ROSTER_ORIGIN = 'text:roster';
/** Bullets, emoji and other signs before a roster line's first word or digit ("- ", "📞 ", "* ", "✅"). */
const ROSTER_LEAD = /^[^\p{L}\p{N}+(]+/u;
/** ...and after its last (a closing emoji, a full stop). */
const ROSTER_TAIL = /[^\p{L}\p{N})]+$/u;
/** Honorifics a roster writes before a salesperson's name, Malay ones included ("Cik", "Encik", "Puan"). */
const ROSTER_HONORIFIC = '((?:Mr|Mrs|Ms|Miss|Mdm|Madam|Cik|Encik|En|Pn|Puan|Tuan|Sr|Sra|Herr|Frau|MR|MRS|MS|MISS|CIK|ENCIK|PUAN)\\.? +)?';
const ROSTER_NAME = `(\\p{Lu}[${LETTER}'’]*(?: \\p{Lu}[${LETTER}'’]*){0,2})`;
const ROSTER_NUMBER = '(\\+?\\(?\\d[\\d ()./-]{6,18}\\d)';
/** "Amir 012-738 4951", "Amir : 012…", "Amir - 012…", "Amir at 012…", "Mr Tan 012…". */
const ROSTER_NAME_FIRST = new RegExp(`^${ROSTER_HONORIFIC}${ROSTER_NAME} *(?:[:：–-]|at(?= )|@)? *${ROSTER_NUMBER}$`, 'u');
/** "012-738 4951 Amir", "012-738 4951 - Amir", "012-738 4951 (Amir)". */
const ROSTER_NUMBER_FIRST = new RegExp(`^${ROSTER_NUMBER} *[:–-]? *(?:\\( *)?${ROSTER_HONORIFIC}${ROSTER_NAME}(?: *\\))?$`, 'u');
/**
 * The desks and places a dealer's list of lines names beside its staff ("Parts : 021 …",
 * "Showroom 03-…", "Pejabat 03-…"), which plausibleName lets pass as one-word names; with
 * JOB_TITLE_WORDS and the labels isLabel knows, no roster name.
 */
const ROSTER_DESK_WORDS: ReadonlySet<string> = new Set(
  (
    'parts spareparts accessories tyres tires showroom workshop bodyshop aftersales finance financing loan loans credit insurance leasing rental ' +
    'booking bookings valuation warehouse outlet factory hq headquarters helpdesk careers purchasing logistics fleet trade import export tow ' +
    'new used manager director management legal kedai pejabat cawangan'
  ).split(' '),
);
const ROSTER_MIN_LINES = 2;
const ROSTER_LINE_MAX = 80;

/**
 * A roster of contact people: two lines or more in a row (blank lines between allowed), each a
 * name and its own number, the name first or last ("Amir 012-738 4951" / "Aina : 013-…" / "- Cik
 * Aina at 013…" / "012-738 4951 Rafael"), as dealers list their sales staff under "Call:" or
 * "Hubungi". The list says each name is whoever answers the number beside it, so its names are
 * not held to the known-name list, with what a list of places or desks brings against that: no
 * name may be a city's, each number is one the phone finder took and differs from the others',
 * and at least one name is a known given or family name (a branch list or a department list
 * names none). A name that is a label, a job's or a trade word is no one's (clean, isLabel).
 */
function scanRosters(text: string, found: FindingSet, origin: string): void {
  // Only the lines that hold a run of digits are read (found by one search of the text, not a
  // test of every line: most of a page's lines hold none). Between two lines of a run, only
  // blank lines.
  ROSTER_DIGITS.lastIndex = 0;
  let run: RosterEntry[] = [];
  let runEnd = -1;
  const close = (): void => {
    if (run.length >= ROSTER_MIN_LINES) takeRoster(run, found, origin);
    else if (run.length === 1) takeContactLine(run[0]!, found, origin);
    run = [];
  };
  for (let m = ROSTER_DIGITS.exec(text); m; m = ROSTER_DIGITS.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    ROSTER_DIGITS.lastIndex = end;
    const entry = end - start <= ROSTER_LINE_MAX ? rosterEntry(text.slice(start, end), found) : undefined;
    if (!entry) {
      close();
      continue;
    }
    if (run.length > 0 && text.slice(runEnd, start).trim() !== '') close();
    run.push(entry);
    runEnd = end;
  }
  close();
}

/** A run of seven digits or more, in groups (see DIGIT_RUN), as the search for roster lines. */
const ROSTER_DIGITS = /\d[\d .\u00A0()/-]{5,}\d/g;

type RosterEntry = [name: string, phone: string, titled: boolean];

function rosterEntry(raw: string, found: FindingSet): RosterEntry | undefined {
  // Tabs and no-break spaces as spaces ("Amir\u00A0012-738 4951").
  const line = raw.replace(ROSTER_LEAD, '').replace(ROSTER_TAIL, '').replace(/[\t\u00A0\u202F]+/g, ' ');
  const m = ROSTER_NAME_FIRST.exec(line);
  const n = m ? undefined : ROSTER_NUMBER_FIRST.exec(line);
  const name = m?.[2] ?? n?.[3];
  const number = m?.[3] ?? n?.[1];
  if (!name || !number) return undefined;
  const phone = found.normalisePhone(number);
  return phone !== undefined && found.has('phone', phone) ? [name, phone, (m?.[1] ?? n?.[2]) !== undefined] : undefined;
}

/**
 * One such line alone, where an ad's text signs off with whom to call ("Lena Marten 0905 555 123.",
 * "0905 555 123 Lena Marten"): the name and the number are the advertiser's contact. Alone, the line
 * has no list to vouch for it: a full name of two or three words that opens with a known given
 * name, not a firm's ("Lena Bau 030 …"), a town's, a desk's or a post's.
 */
function takeContactLine([raw]: RosterEntry, found: FindingSet, origin: string): void {
  if (isCityName(raw, found.country) || tradeName(raw)) return;
  const name = clean(raw);
  if (!name || deskOrPost(name)) return;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !opensWithGivenName(name)) return;
  found.add('name', name, origin);
}

/** A roster line's name that is a label, a post or a desk, no one's (takeRoster, takeContactLine). */
function deskOrPost(name: string): boolean {
  return isLabel(name) || name.split(' ').some((w) => JOB_TITLE_WORDS.has(w.toLowerCase()) || ROSTER_DESK_WORDS.has(w.toLowerCase()));
}

function takeRoster(run: readonly RosterEntry[], found: FindingSet, origin: string): void {
  if (new Set(run.map(([, phone]) => phone)).size !== run.length) return;
  const names: string[] = [];
  let person = false;
  for (const [raw, , titled] of run) {
    if (isCityName(raw, found.country)) return;
    const name = clean(raw);
    if (!name || deskOrPost(name)) continue;
    names.push(name);
    // An honorific says a person as a known name does.
    person ||= titled || hasKnownName(name);
  }
  if (names.length < ROSTER_MIN_LINES || !person) return;
  for (const name of names) found.add('name', name, origin === 'text' ? ROSTER_ORIGIN : origin);
}

/**
 * A person's name after Central European academic titles, as agents sign their ads in Slovakia,
 * Czechia and Austria ("Ing. Jana Nováková", "Mgr. et Mgr. Anna Berg, MBA"): the titles are only a
 * person's. Two words after them, not a third: the sentence goes on in capitals as often
 * ("Mgr. Anna Berg Vaša maklérka", your agent). But for a woman's two family names, her own and
 * her husband's, each with the feminine "-á" ("Ing. Lena Bergová Martenová, maklérka"),
 * the name's end then at the line's end or a punctuation mark.
 */
const TITLED_NAME = new RegExp(
  `(?<![${LETTER}])(?:(?:Ing|Mgr|Bc|JUDr|MUDr|MVDr|PhDr|RNDr|PaedDr|PharmDr|ThDr|MgA|Mag|Dipl\\.-[A-ZÄÖÜ][a-zäöü]+)\\. ?(?:et )?)+([${CAPITAL}][${LETTER}'’-]+ (?:[${CAPITAL}][${LETTER}'’-]*á [${CAPITAL}][${LETTER}'’-]*á(?=[ \\t]*(?:[\\n,.;:()|–—]|$))|[${CAPITAL}][${LETTER}'’-]+))(?![${LETTER}'’-])`,
  'g',
);

/**
 * A person's name after the Spanish-speaking markets' professional titles, used as honorifics
 * ("Lic. Ana Lucía Pérez Ortega", "Mtra. Ana Ruiz", "Lcda. …", "Arq. …"): a licenciado's, a
 * maestro's, an architect's, a lawyer's title is only a person's. Two to four words, as Spanish
 * names have two family names, with their particles ("de la", "del", "y"), up to the line's end
 * or a punctuation mark, so that no word of the sentence after them is taken.
 */
const HISPANIC_TITLED_NAME = new RegExp(
  `(?<![${LETTER}])(?:Lic|Licda|Licdo|Lcda|Lcdo|Mtro|Mtra|Arq|Abog)\\. ?([${CAPITAL}][${LETTER}'’-]+(?: (?:de|del|la|las|los|y)(?= ))*(?: [${CAPITAL}][${LETTER}'’-]+(?: (?:de|del|la|las|los|y)(?= ))*){1,3})(?=[ \\t]*(?:$|[\\n,.;:()|–—]))`,
  'gm',
);

/**
 * A physician's or a dentist's name after their title, as clinics' team and contact pages print
 * them ("Dr. Lena Marten", "Dra. Ana Ruiz", "Doctor Kamal Reilly", "Dott.ssa Lena Marten", "Доктор Олена Коваль"): two or
 * three capitalised words up to the line's end or a punctuation mark, the title opening its line
 * (a card's heading) or after a label's colon ("Dentist: Dr. …"). Inside a sentence the doctor is as
 * often someone else: a lecturer ("a course by Dr. …"), a founder remembered. Unlike the other titles
 * it is held to a known given name first: "Dr." also opens brands and a street's name ("Dr. Oetker
 * Pizza", "Dr. Martin Luther King Jr. Blvd", which the end of the name rules out too). A practice
 * named after its doctor opens the line as well ("Praxis Dr. Lena Marten", "Studio medico
 * Dr. Lena Marten"): the doctor is the practice's person.
 */
const PRACTICE_BEFORE =
  '(?:[Ss]tudio(?: [Dd]entistico| [Mm]edico| [Dd]entaire)?|(?:[Zz]ahn|[Tt]ier)?[Aa]rztpraxis|Praxis|Ordination|Cabinet(?: [Dd]entaire| [Mm][ée]dical)?|' +
  'Cl[ií]nica(?: [Dd]ental| [Dd]entale)?|(?:[Tt]andarts)?[Pp]raktijk|Dental (?:[Pp]ractice|[Cc]linic|[Oo]ffice)) ';
const DOCTOR_TITLED_NAME = new RegExp(
  `(?:^[ \\t•·*–-]*|: ?|^[ \\t]*${PRACTICE_BEFORE})(?:Dr|Dra|Doctor|Doctora|Doktor|Docteure?|Dottor|Dottoressa|Dott|Dott\\.ssa|Dottssa|Dr\\.ssa|Доктор|доктор|Д-р|д-р|Лікар|Лекар)\\.?${DR_FIELDS} ?([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){1,2})(?=[ \\t]*(?:$|[\\n,.;:()|–—]))`,
  'gm',
);

/**
 * DOCTOR_TITLED_NAME on the markets whose people bear two family names (TWO_SURNAME_MARKETS): a
 * name of up to five capitalised words, with the particles between them ("Dra. Lucía Ana de la Qorvan
 * Gómez Marten"), as HISPANIC_TITLED_NAME reads one; the Spanish and Portuguese titles only.
 */
const DOCTOR_TITLED_SURNAMES = new RegExp(
  `(?:^[ \\t•·*–-]*|: ?|^[ \\t]*${PRACTICE_BEFORE})(?:Dr|Dra|Doctor|Doctora|Dr\\.ª)\\.? ?([${CAPITAL}][${LETTER}'’-]+(?: (?:de|del|da|das|do|dos|la|las|los|y|e)(?= ))*(?: [${CAPITAL}][${LETTER}'’-]+(?: (?:de|del|da|das|do|dos|la|las|los|y|e)(?= ))*){1,4})(?=[ \\t]*(?:$|[\\n,.;:()|–—]))`,
  'gm',
);

/**
 * Markets whose offices and registers write a person's family name first ("Dott. Rossi Paolo" on an
 * Italian practice's card, "Kovács Anna" in Hungary): there a name of two words whose second is a
 * known given name (and whose first is not) is as good as one that opens with it.
 */
const SURNAME_FIRST_MARKETS: ReadonlySet<string> = new Set(['IT', 'HU']);
function surnameFirst(name: string, country: string): boolean {
  const words = name.split(' ');
  // ...and anywhere, a family name in capitals before the given name, as French lists write a
  // practice's people ("Docteur MARTEN Lena").
  return (SURNAME_FIRST_MARKETS.has(country) || CAPITALS_WORD.test(words[0]!)) && words.length === 2 && !opensWithGivenName(name) && opensWithGivenName(`${words[1]} ${words[0]}`);
}
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;

/**
 * The person a phone's label names in brackets before the number ("Telèfon (Lena Marten): 611 …",
 * "Tel. (Anna Berg) 0711 …"): the one who answers it. Two or three capitalised words that
 * open with a known given name.
 */
const BRACKETED_CONTACT = new RegExp(
  `(?<![${LETTER}])(?:${anyCase('(?:tel|phone|mobile|mobil|móvil|movil|cell|handy|contact|contacte|contacto|contatto|kontakt)')}[${LETTER}.]*)[^()\\n\\d]{0,25}\\((${FULL_NAME})\\)[ \\t]*:?[ \\t]*\\+?\\(?\\d`,
  'gu',
);
const BRACKETED_CONTACT_HINT = /\(\p{Lu}[^()\n]{2,40}\)[ \t]*:?[ \t]*\+?\(?\d/u;

/** A German possessive right before "Frau" or "Herr", which makes it "wife" ("seiner Frau"). */
const SPOUSE_BEFORE = /(?<![\p{L}])(?:mein|dein|sein|ihr|unser|euer)(?:e|er|em|en)? $/iu;

/**
 * A dash and a date right after a name: a review's or a comment's byline ("Mrs Lena Marten - 12th
 * May 2011", "Herr Berg – 12.03.2021"), a customer's or a commenter's, not the advertiser's.
 */
const BYLINE_DATE_AFTER =
  /^ ?[–—-] ?(?:\d{1,2}(?:st|nd|rd|th|\.)? \p{L}+\.? (?:19|20)\d{2}|\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}(?!\d)|(?:19|20)\d{2}-\d{2}-\d{2})/u;
/** A reporting verb right after a name ("Mr Roe said", "Frau Berg erklärte"), or before it ("said Mr Roe", "according to Ms Roe"). */
const REPORTED_AFTER =
  /^,? (?:said|says|added|adds|told|called on|calls on|warned|explained|stated|noted|claimed|argued|insisted|commented|replied|sagte|sagt|erklärte|betonte|meinte|dijo|afirmó|explicó|señaló|a déclaré|a ajouté|a expliqué|a souligné)(?![\p{L}])/u;
const REPORTED_BEFORE = /(?:[,”"’'] (?:said|says|added|adds|told|warned|explained)|\baccording to) $/i;

/**
 * The names a word before them says are a person's to contact: an honorific, a contact verb, a
 * self-introduction, an e-mail verb, a salesperson's role before a bracketed name. What an ad's
 * body in the page data is read for (see index.ts): its other lines are prose, not a card's layout.
 */
export function scanCuedNames(text: string, found: FindingSet, origin: string): void {
  AFTER_HONORIFIC.lastIndex = 0;
  for (let m = AFTER_HONORIFIC.exec(text); m; m = AFTER_HONORIFIC.exec(text)) {
    const honorific = m[1]!;
    // "M." (Monsieur) and "Me" (Maître, a lawyer's or a notary's) only where French is written:
    // elsewhere they are an initial and the English word.
    if ((honorific === 'M.' || honorific === 'Me') && !FRENCH_SPEAKING.has(found.country)) continue;
    if (MALAY_HONORIFIC.test(honorific) && !MALAY_SPEAKING.has(found.country)) continue;
    // Vietnam's only, and as a card's heading opens its line with two name words or more: "Bà" and
    // "Ông" also open places' and streets' names ("Bà Rịa - Vũng Tàu", "đường Ông Ích Khiêm").
    if (VIETNAMESE_HONORIFIC.test(honorific) && (found.country !== 'VN' || !vietnameseCard(text, m.index, m[2]!))) continue;
    // A heading's capitalised words, but not a contact line's ("Rheinland Bank AG, Frau Berg, Tel.:
    // 0711 …, Gericht: Tel.: …": German capitalises its nouns, and the number says it is no heading).
    if (inTitleCaseLine(text, m.index) && !contactLineAt(text, m.index)) continue;
    // A shop's tile's title, its price on the next line ("Mr Wendell and Little Miss Daisy Mug" / "$9.95").
    if (priceLineAfter(text, m.index)) continue;
    // "Dear Madame Berg, thank you…": a reply to someone addressed (a customer, a reviewer), not the seller.
    if (SALUTATION_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    let candidate = m[2]!;
    // Only the words on the honorific's line.
    candidate = candidate.split('\n')[0]!;
    // "Herr Lena Marten Wendell Immobilien", "Frau Anna Berg Wendell und Reilly GmbH": a contact's
    // name and the firm's after it, two elements a card sets side by side. The run's last word is
    // the firm's first when a trade word or "und"/"&" and a firm's name follow it on the line.
    if (candidate === m[2] && candidate.includes(' ') && firmContinues(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) {
      candidate = candidate.slice(0, candidate.lastIndexOf(' '));
    }
    // "mit seiner Frau Lena", "meine Frau Anna": a possessive makes the word "wife", no honorific,
    // and the one word after it a given name alone, which no label names as a person.
    if (!candidate.includes(' ') && SPOUSE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Herr Frau": a form's choice of salutation, not an honorific before a name.
    if (HONORIFIC_WORD.test(candidate)) continue;
    // "Sr. Software Engineer": a job title after "Sr." (senior), not a señor's name; after any other
    // honorific such words name a post too ("Mr. Sales Manager"), never a person.
    if (candidate.split(' ').some((w) => JOB_TITLE_WORDS.has(w.toLowerCase()))) continue;
    if ((honorific === 'M.' || honorific === 'Me') && (candidate.split(' ').length < 2 || (clean(candidate)?.split(' ').length ?? 0) < 2)) continue;
    // "Pan" and "Pani" are also words in other languages: only where they are honorifics, and
    // with a second capitalised word.
    if (/^Pan/.test(honorific) && (!PAN_SPEAKING.has(found.country) || candidate.split(' ').length < 2)) continue;
    const name = clean(candidate);
    // "Me", the shortest, and the English word's capitalised spelling: held to a known given name.
    if (honorific === 'Me' && !(name && opensWithGivenName(name))) continue;
    // "Mr Paint Lanka (Pvt) Ltd": a firm named after its founder's title, not a person.
    if (FIRM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "Mr Roe said …", "'…,' added Mrs Roe": a person a report quotes (a news item, a firm's press
    // release), not one to contact.
    if (name && (REPORTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || REPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    // "Mrs Lena Marten - 12th May 2011": a review's byline (BYLINE_DATE_AFTER).
    if (name && BYLINE_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // The honorific says it is a person: such a name is not held to the known-names list.
    if (name) found.add('name', name, origin === 'text' ? HONORIFIC_ORIGIN : origin);
  }
  // Central European and Spanish-speaking titles alike: the name after them is a person's.
  for (const titled of [TITLED_NAME, HISPANIC_TITLED_NAME]) {
    titled.lastIndex = 0;
    for (let m = titled.exec(text); m; m = titled.exec(text)) {
      // "Ing. Novák Stavby s.r.o.": a firm named after its founder; so too where a trade's word goes
      // on with the name, no comma between ("Dipl.-Ing. Lena Marten Autohandel Wendelstadt", a dealer's
      // name on its card): the name is the firm's.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (legalFormAt(text, m.index + m[0].length) || (/^ \p{L}/u.test(after) && firmContinues(after))) continue;
      const name = clean(m[1]!);
      if (name && name.includes(' ')) found.add('name', name, origin === 'text' ? HONORIFIC_ORIGIN : origin);
    }
  }
  const doctor = TWO_SURNAME_MARKETS.has(found.country) ? DOCTOR_TITLED_SURNAMES : DOCTOR_TITLED_NAME;
  doctor.lastIndex = 0;
  for (let m = doctor.exec(text); m; m = doctor.exec(text)) {
    const name = clean(m[1]!);
    if (name && name.includes(' ') && (opensWithGivenName(name) || surnameFirst(name, found.country))) found.add('name', name, origin === 'text' ? HONORIFIC_ORIGIN : origin);
  }
  AFTER_VERB.lastIndex = 0;
  for (let m = AFTER_VERB.exec(text); m; m = AFTER_VERB.exec(text)) verbName(text, m.index, m[1]!, m.index + m[0].length, found, origin);
  scanLetKnow(text, found, origin);
  scanSoleTraders(text, found, origin);
  if (BRACKETED_CONTACT_HINT.test(text)) {
    BRACKETED_CONTACT.lastIndex = 0;
    for (let m = BRACKETED_CONTACT.exec(text); m; m = BRACKETED_CONTACT.exec(text)) {
      const name = clean(m[1]!);
      if (name && opensWithGivenName(name) && !tradeName(m[1]!)) found.add('name', name, origin);
    }
  }
  scanColonVerbs(text, found, origin);
  scanSignOffs(text, found, origin);
  scanNamesAfterNumbers(text, found, origin);
  TEAM_PHRASE.lastIndex = 0;
  for (let m = TEAM_PHRASE.exec(text); m; m = TEAM_PHRASE.exec(text)) {
    const before = NAME_BEFORE_TEAM.exec(text.slice(Math.max(0, m.index - TEAM_NAME_REACH), m.index));
    // A first initial before the given name ("J. Kamal Roe") is kept, as the page writes the name.
    const name = before && clean(before[1]!);
    if (name && opensWithGivenName(name.replace(/^\p{L}\. /u, ''))) found.add('name', name, origin);
  }
  SELF_INTRO.lastIndex = 0;
  for (let m = SELF_INTRO.exec(text); m; m = SELF_INTRO.exec(text)) {
    // A full name after "we are" is a firm's as often ("We are Wendell Bau and we build …"): only
    // one person's phrase gives one; "we are" gives given names ("Wir sind Lotte und Jonas").
    const single = SINGLE_INTRO_START.test(m[0]);
    for (const raw of [m[1], m[2]]) {
      const name = raw && clean(introducedName(raw));
      if (name && (single || !name.includes(' '))) found.add('name', name, origin === 'text' ? INTRO_ORIGIN : origin);
    }
  }
  INTRO_AT_LINE_END.lastIndex = 0;
  for (let m = INTRO_AT_LINE_END.exec(text); m; m = INTRO_AT_LINE_END.exec(text)) {
    const name = clean(introducedName(m[1]!));
    if (name && opensWithGivenName(name) && !tradeName(name)) found.add('name', name, origin === 'text' ? INTRO_ORIGIN : origin);
  }
  if (WHO_IS_HINT.test(text)) {
    WHO_IS_LINE.lastIndex = 0;
    for (let m = WHO_IS_LINE.exec(text); m; m = WHO_IS_LINE.exec(text)) {
      const name = clean(introducedName(m[1]!));
      if (name && opensWithGivenName(name) && !tradeName(name)) found.add('name', name, origin);
    }
  }
  AFTER_EMAIL_VERB.lastIndex = 0;
  for (let m = AFTER_EMAIL_VERB.exec(text); m; m = AFTER_EMAIL_VERB.exec(text)) {
    if (inTitleCaseLine(text, m.index)) continue;
    const name = clean(m[1]!);
    if (name) found.add('name', name, origin);
  }
  BRACKETED_NAME.lastIndex = 0;
  for (let m = BRACKETED_NAME.exec(text); m; m = BRACKETED_NAME.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const role = ROLE_BEFORE.exec(before);
    if (!role || !CONTACT_BEFORE.test(before.slice(Math.max(0, role.index - 60), role.index + 1))) continue;
    // "(EMEA)": an acronym, not a name; "(Anton)" is written in Title Case.
    if (m[1]!.split(/[ -]/).some((w) => w === w.toUpperCase())) continue;
    const name = clean(m[1]!);
    if (name) found.add('name', name, origin);
  }
}

/**
 * Lawyers', notaries' and tax advisers' titles in the markets' languages as their own sites write
 * them before the name on a line of its own ("Rechtsanwalt Lena Marten", "Avvocato Anna Berg",
 * "Advokat Kari Lund", "Steuerberaterin Anna Berg").
 */
const LAWYER_TITLES =
  'Rechtsanwalt|Rechtsanwältin|Fachanwalt|Fachanwältin|Notar|Notarin|Steuerberater|Steuerberaterin|Avvocato|Avvocata|Avv\\.|' +
  'Abogado|Abogada|Advogado|Advogada|Advocaat|Advokat|Advokatka|Adwokat|Radca prawny|Asianajaja|Ügyvéd|Odvjetnik|Odvjetnica|Avocat|Avocate|Maître';

/**
 * Therapists' and other practitioners' titles, as their own sites head their page with them before
 * the name on a line of its own ("Psicóloga Lena Marten", "Logopädin Anna Berg"): read as
 * lawyers' are (LAWYER_TITLE_LINE).
 */
const PRACTITIONER_TITLES =
  'Fonoaudióloga|Fonoaudiólogo|Fonoaudiologa|Logopeda|Logopedista|Logopädin|Logopäde|Logopedist|Orthophoniste|' +
  'Psicóloga|Psicólogo|Psicologa|Psicologo|Psychologin|Psychologe|Psycholoog|Psychologue|Psycholog|' +
  'Nutricionista|Nutrizionista|Nutricionist|Diététicienne|Diététicien|Dietista|Dietetyk|Ernährungsberaterin|' +
  'Fisioterapeuta|Fisioterapista|Fizjoterapeuta|Physiotherapeutin|Physiotherapeut|Kinésithérapeute|Ergotherapeutin|Ergotherapeut|Ergoterapeuta|Ergothérapeute|' +
  'Osteopata|Osteopathin|Osteopath|Ostéopathe|Heilpraktikerin|Heilpraktiker|Psicopedagoga|Psicopedagogo';

const PRACTITIONER_TITLE = new RegExp(`^(?:${PRACTITIONER_TITLES})$`);

/**
 * A lawyer's title before the name, on a line of its own, as law firms' and directories' pages
 * head each lawyer's profile ("Attorney Jane Q. Doe", "Solicitor Anna Berg, Esq."): two to four name
 * words (middle initials allowed) that open with a known given name, so that a heading of other
 * words ("Attorney Profiles", "Attorney General") names no one. Not India's "Advocate" / "Adv.":
 * its directories title so every lawyer in the blocks of other lawyers beside a profile, while the
 * profile's own often has a given name the lists lack (the 31st round's pages: four wrong, none right).
 */
const LAWYER_TITLE_LINE = new RegExp(
  `^(?:Attorney|Atty\\.?|Lawyer|Solicitor|Barrister|${LAWYER_TITLES}|${PRACTITIONER_TITLES})(?: at Law)? ([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.| [${CAPITAL}][${LETTER}'’-]+){1,3})(?:,? Esq\\.?)?[ \\t]*$`,
  'gm',
);

/**
 * The name before a lawyer's title on a line of its own ("Lena M. Marten - Rechtsanwältin", "Anna
 * Berg, Notarin"), as a firm's footer lists its offices' lawyers over their addresses: two to four
 * name words (middle initials allowed) opening with a known given name.
 */
const NAME_BEFORE_LAWYER_TITLE = new RegExp(`^([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.| [${CAPITAL}][${LETTER}'’-]+){1,3}) ?[-–—,] ?(?:${LAWYER_TITLES})$`);
export function nameBeforeLawyerTitle(line: string): string | undefined {
  const m = NAME_BEFORE_LAWYER_TITLE.exec(line);
  return m && opensWithGivenName(m[1]!) && !tradeName(m[1]!) ? m[1]! : undefined;
}

/** The titles' words, looked for once per text: most pages hold none. */
const LAWYER_TITLE_HINT = new RegExp(`Attorney|Atty|Lawyer|Solicitor|Barrister|${LAWYER_TITLES}|${PRACTITIONER_TITLES}`);

function scanTitledLawyers(text: string, found: FindingSet, origin: string): void {
  if (!LAWYER_TITLE_HINT.test(text)) return;
  LAWYER_TITLE_LINE.lastIndex = 0;
  for (let m = LAWYER_TITLE_LINE.exec(text); m; m = LAWYER_TITLE_LINE.exec(text)) {
    const name = clean(m[1]!);
    if (name && name.includes(' ') && opensWithGivenName(name) && !isLabel(name)) found.add('name', name, origin);
  }
}

/**
 * A practice named after its principal: "(The) Law Office(s) of Lena Marten", "Lena Marten &
 * Associates, P.C." ("… and Associates"): the firm's own name names the person it is, where the
 * text also names them on their own ("Lena Marten offers …") or the page's title names the
 * practice (titledPracticeName), as the firm's own site does. A
 * directory's card names its lawyer beside a firm named after another ("Kamal Reilly / Law Offices
 * of Lena Marten"): a name only ever part of a firm's name is the firm's. Two or three capitalised
 * words (a middle initial allowed) opening with a known given name ("Offices of Wendell Systems",
 * "Berg & Associates" name no one), held to the known-name check (origin "text").
 */
const PRACTICE_NAME = `([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}]\\.)?(?: [${CAPITAL}][${LETTER}'’-]+){1,2})`;
const PRACTICE_OF = new RegExp(`(?<![${LETTER}])(?:[Ll]aw [Oo]ffices?|[Oo]ffices?|[Pp]ractice) of ${PRACTICE_NAME}(?![${LETTER}])`, 'g');
const NAME_AND_ASSOCIATES = new RegExp(`(?<![${LETTER}])${PRACTICE_NAME} (?:&|&amp;|and) Associates(?![${LETTER}])`, 'g');

function scanNamedPractices(text: string, found: FindingSet, origin: string): void {
  for (const [raw, firms] of practiceNames(text)) if (wordCount(text, raw) > firms) addPracticeName(raw, found, origin);
}

/** The names practices are named after in `text` (PRACTICE_OF, NAME_AND_ASSOCIATES), and how many times. */
function practiceNames(text: string): Map<string, number> {
  const inFirms = new Map<string, number>();
  for (const pattern of [text.includes(' of ') ? PRACTICE_OF : null, text.includes('Associates') ? NAME_AND_ASSOCIATES : null]) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) inFirms.set(m[1]!, (inFirms.get(m[1]!) ?? 0) + 1);
  }
  return inFirms;
}

function addPracticeName(raw: string, found: FindingSet, origin: string): void {
  if (tradeName(raw)) return;
  const name = clean(raw);
  if (name && name.includes(' ') && opensWithGivenName(name) && !isLabel(name)) found.add('name', name, origin);
}

/**
 * The page's title naming a practice after its principal ("Law Offices of Lena Marten, Estate
 * Planning …"): the site is that practice's, and the name its principal's (origin "text"), though
 * the text names them only in the firm's name. A directory's title names no one's practice.
 */
export function titledPracticeName(title: string, found: FindingSet): void {
  for (const raw of practiceNames(title).keys()) addPracticeName(raw, found, 'text');
}

/** How many times `words` occurs in `text` between non-letters (also index.ts's). */
export function wordCount(text: string, words: string): number {
  let n = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
    if (!LETTER_BEFORE.test(text.charAt(at - 1)) && !LETTER_BEFORE.test(text.charAt(at + words.length))) n++;
  }
  return n;
}

/**
 * The sign-off that closes a private seller's ad or a message, then the writer's name on the same
 * line or the next ("Viele Grüße / Michael Wagner / 0171 …", "Gruß Anna", "Cordialement, Isabelle
 * Moreau", "Met vriendelijke groet, Pieter", "Pozdrawiam / Piotr Zieliński"), in the markets'
 * languages. After the line's start or a sentence's end only, and the name must open with a known
 * given name ("Grüße aus Berlin", "Mit freundlichen Grüßen / Ihr Autohaus-Team" name no one). A
 * thank-you names the writer only after a comma or a line break ("Thanks, Dave"): "Thanks Dave!"
 * thanks someone else.
 */
const SIGN_OFFS =
  'mit freundlichen grüßen|mit freundlichen grüssen|mit freundlichem gruß|mit freundlichem gruss|freundliche grüße|freundliche grüsse|' +
  'viele grüße|viele grüsse|liebe grüße|liebe grüsse|beste grüße|beste grüsse|herzliche grüße|herzliche grüsse|grüße|grüsse|gruß|gruss|mfg|lg|vg|' +
  'best regards|kind regards|warm regards|warmest regards|regards|best wishes|yours sincerely|sincerely|yours faithfully|cheers|' +
  'bien cordialement|cordialement|bien à vous|salutations distinguées|salutations|' +
  'met vriendelijke groeten|met vriendelijke groet|vriendelijke groeten|vriendelijke groet|hartelijke groeten|groetjes|groeten|groet|mvg|' +
  'saludos cordiales|un saludo|saludos|atentamente|cordiali saluti|distinti saluti|saluti|cumprimentos|atenciosamente|abraços|abraço|' +
  'pozdrawiam serdecznie|pozdrawiam|z poważaniem|s pozdravem|s pozdravom|üdvözlettel|cu stimă|cu stima|' +
  'med vänlig hälsning|med vänliga hälsningar|vänliga hälsningar|hälsningar|med vennlig hilsen|vennlig hilsen|med venlig hilsen|venlig hilsen|' +
  'hilsen|mvh|ystävällisin terveisin|terveisin|с уважением|з повагою|saygılarımla';
const THANKS = 'many thanks|thanks|thank you|merci beaucoup|merci|danke|vielen dank|gracias|grazie|obrigado|obrigada|bedankt|dziękuję|tack|takk|tak|kiitos';
const SIGN_OFF = new RegExp(
  `(?:^|(?<=[.!?] ))[ \\t]*(${anyCase(`${SIGN_OFFS}|${THANKS}`)})(?![${LETTER}])([ \\t]*[,.!:]?[ \\t]*\\n?[ \\t]*)` +
    `([${CAPITAL}][${LETTER}'’-]+(?: [${CAPITAL}][${LETTER}'’-]+){0,2})(?=[ \\t]*(?:$|[,.;!)(–-]|\\+?\\d))`,
  'gm',
);
const THANKS_WORD = new RegExp(`^(?:${THANKS})$`, 'i');
/** The markets where "tak" is thanks (Danish): Denmark, the Faroe Islands and Greenland. */
const DANISH_SPEAKING: ReadonlySet<string> = new Set(['DK', 'FO', 'GL']);

function scanSignOffs(text: string, found: FindingSet, origin: string): void {
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m; m = SIGN_OFF.exec(text)) {
    if (THANKS_WORD.test(m[1]!) && !/[,\n]/.test(m[2]!)) continue;
    // "Tak": Danish thanks, but Polish "yes" (and Czech and Slovak "so"), a spec table's value
    // over its next label ("Klimatyzacja / Tak / Kolor / Czarny") outside Danish-speaking markets.
    if (m[1]!.toLowerCase() === 'tak' && !DANISH_SPEAKING.has(found.country)) continue;
    const name = clean(m[3]!);
    if (name && opensWithGivenName(name) && !isLabel(name)) found.add('name', name, origin);
  }
}

/**
 * The job's poster or hiring team, as a professional network's job pages print them above the
 * person's name ("Direct message the job poster from Acme" / "Jana Nováková" / their headline).
 * The name must open with a known given name.
 */
const JOB_POSTER_LINE = /^(?:Direct message the job poster from [^\n]{1,80}|Meet the hiring team|Job poster)\n([^\n]{3,60})$/gm;

function scanJobPosters(text: string, found: FindingSet, origin: string): void {
  if (!text.includes('job poster') && !text.includes('hiring team') && !text.includes('Job poster')) return;
  JOB_POSTER_LINE.lastIndex = 0;
  for (let m = JOB_POSTER_LINE.exec(text); m; m = JOB_POSTER_LINE.exec(text)) {
    const name = clean(m[1]!.trim());
    if (name && opensWithGivenName(name) && !isLabel(name)) found.add('name', name, origin);
  }
}

/**
 * A person named with their post as a business's owner, alone on a line ("- Lena Hartwig, Inhaberin
 * und Geschäftsführerin", "Tom Reed, Owner", "Marie Roux, propriétaire"): the one who runs a small
 * business, and signs its page so. The owner's words only, not any post: a managing director
 * ("Geschäftsführer") alone is as often an imprint's legal officer of a large firm. Found by the
 * comma and the post (a cheap first character to look for), then the line's start is read back.
 */
const OWNER_POST = new RegExp(
  `, ?(?:inhaber(?:in)?|eigentümer(?:in)?|owner|co-owner|proprietor|propriétaire|titolare|proprietari[oa]|propietari[oa]|dueñ[oa]|eigena(?:ar|res)|ägare|innehaver|indehaver|omistaja|właściciel(?:ka)?|majitel(?:ka)?|tulajdonos|vlasni(?:k|ca)|владел(?:ец|ица))(?![${LETTER}])`,
  'giu',
);
/** What may follow the owner's word on its line: more posts ("und Geschäftsführer", "& CEO"), no number. */
const OWNER_LINE_REST = /^[^\n\d]{0,60}$/;
/** A list's mark and spaces before a line's words ("- ", "• "). */
const LEADING_MARK = /^[ \t]*(?:[-–—•·*][ \t]*)?/;

function scanOwnerPosts(text: string, found: FindingSet, origin: string): void {
  OWNER_POST.lastIndex = 0;
  for (let m = OWNER_POST.exec(text); m; m = OWNER_POST.exec(text)) {
    const end = text.indexOf('\n', m.index);
    if (!OWNER_LINE_REST.test(text.slice(m.index + m[0].length, end < 0 ? text.length : end))) continue;
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).replace(LEADING_MARK, '').trimEnd();
    const name = NAME_LINE.test(line) ? clean(line) : undefined;
    if (name && !isLabel(name)) found.add('name', name, origin);
  }
}

/** The names the text's layout and its registers give: licences, contact lines, signatures, name-then-number lines. */
function scanLaidOutNames(text: string, found: FindingSet, origin: string): void {
  scanAgentCards(text, found, origin);
  scanBioHeadings(text, found, origin);
  scanCapitalProfiles(text, found, origin);
  scanAddressHolders(text, found, origin);
  scanContentImprints(text, found, origin);
  scanResponsibleLines(text, found, origin);
  scanStaffRoleLines(text, found, origin);
  scanPostColonRoster(text, found, origin);
  scanPostCards(text, found, origin);
  scanPostNameLines(text, found, origin);
  scanBoardLists(text, found, origin);
  scanLonePostCards(text, found, origin);
  scanOfficeTitledNames(text, found, origin);
  scanNameRolePairs(text, found, origin);
  scanNamesOverPhoneLines(text, found, origin);
  scanNamesOverAddresses(text, found, origin);
  scanLabelledPostalCards(text, found, origin);
  scanCoupleLines(text, found, origin);
  scanPostLabels(text, found, origin);
  scanRepresentatives(text, found, origin);
  scanPostOverName(text, found, origin);
  scanOwnerPosts(text, found, origin);
  scanTitledLawyers(text, found, origin);
  scanNamedPractices(text, found, origin);
  scanJobPosters(text, found, origin);
  scanLicensed(text, found, origin);
  scanContactLines(text, found, origin);
  scanTitledChinese(text, found, origin);
  scanChineseNameThenMobile(text, found, origin);
  scanChargeNumberNames(text, found, origin);
  NAME_THEN_STATUS.lastIndex = 0;
  for (let m = NAME_THEN_STATUS.exec(text); m; m = NAME_THEN_STATUS.exec(text)) {
    const name = clean(m[1]!);
    if (name && !isLabel(name)) found.add('name', name, origin);
  }
  scanSignatures(text, found, origin);
  scanNamesBeforeShowPhone(text, found, origin);
  NAME_THEN_AGE.lastIndex = 0;
  for (let m = NAME_THEN_AGE.exec(text); m; m = NAME_THEN_AGE.exec(text)) {
    if (AGED_THING.test(m[1]!)) continue;
    const name = clean(m[1]!);
    if (name && !isLabel(name)) found.add('name', name, origin);
  }
  PATRONYMIC_LINE.lastIndex = 0;
  for (let m = PATRONYMIC_HINT.test(text) ? PATRONYMIC_LINE.exec(text) : null; m; m = PATRONYMIC_LINE.exec(text)) {
    const words = m[1]!.split(' ');
    // The patronymic is the last word (surname first) or the middle one (given name first).
    if (!PATRONYMIC.test(words[2]!) && !PATRONYMIC.test(words[1]!)) continue;
    if (plausibleName(m[1]!)) found.add('name', m[1]!, origin);
  }
  if (VIETNAMESE_HINT.test(text)) {
    VIETNAMESE_NAME_LINE.lastIndex = 0;
    for (let m = VIETNAMESE_NAME_LINE.exec(text); m; m = VIETNAMESE_NAME_LINE.exec(text)) {
      if (plausibleName(m[1]!) && !VIETNAMESE_PLACES.has(m[1]!.toLowerCase())) found.add('name', m[1]!, origin);
    }
    VIETNAMESE_TITLED_NAME.lastIndex = 0;
    for (let m = VIETNAMESE_TITLED_NAME.exec(text); m; m = VIETNAMESE_TITLED_NAME.exec(text)) {
      if (plausibleName(m[1]!) && !VIETNAMESE_PLACES.has(m[1]!.toLowerCase())) found.add('name', m[1]!, origin === 'text' ? HONORIFIC_ORIGIN : origin);
    }
  }
  NAME_THEN_PHONE.lastIndex = 0;
  let blockEnd = -2; // end of the last accepted line: a list of "name number" lines goes on
  for (let m = NAME_THEN_PHONE.exec(text); m; m = NAME_THEN_PHONE.exec(text)) {
    if (CURRENCY_CODES.has(m[1]!)) continue;
    // "Sun Jan 21 2024 04:00:29 GMT+0200": a date as JavaScript prints it, not a name and a number.
    if (DATE_AFTER.test(m[0].slice(m[1]!.length))) continue;
    const lineEnd = text.indexOf('\n', m.index);
    if (m.index !== blockEnd + 1) {
      let from = m.index;
      for (let k = 0; k < 3 && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
      PHONE_LABEL.lastIndex = 0;
      if (!PHONE_LABEL.test(text.slice(from, m.index + m[0].length))) continue;
    }
    const name = clean(m[1]!);
    // "Mobil 0151 ...", "Annonsenummer 31415926": a label before a number, not a name.
    if (!name || isLabel(name)) continue;
    // "Anna : 082 …" under "call or WhatsApp": a colon is a label's as often ("Parts : 021 …",
    // "Showroom: …"), so the line is a person's only when it opens with a known given name.
    if (m[2] === ':' && (!opensWithGivenName(name) || isCityName(name))) continue;
    // "Paris 823 456 789" (a register's town and a firm's number): a number that reads as a phone
    // but that the phone finder did not take (no trunk prefix where the country writes one, an id's
    // label) is no one's line, and the word before it no caller's name.
    const phone = found.normalisePhone(m[0].slice(m[1]!.length).replace(/^[ \t]*[–:-]?/, '').trim());
    if (phone !== undefined && !found.has('phone', phone)) continue;
    found.add('name', name, origin);
    blockEnd = lineEnd < 0 ? text.length : lineEnd;
  }
}

// The texts of the console's catalog page, one typed catalog per locale (de in Swiss usage).
import type { PricingMode } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/messages';

export interface CatalogMessages {
  title: string;
  lead: string;
  loading: string;
  truncated: string;
  bounds(min: string, max: string): string;
  commission(percent: string): string;
  boundsUnknown: string;
  policiesLink: string;
  emptyCategories: string;
  emptyServices: string;
  categoryHidden: string;
  key(slug: string): string;
  editCategory(name: string): string;
  newCategory: string;
  newService: string;
  slug: string;
  slugHint: string;
  name(language: string): string;
  description(language: string): string;
  descriptionHint: string;
  category: string;
  shownToCustomers: string;
  shownHint: string;
  pricingMode: string;
  modes: Record<PricingMode, string>;
  modeHints: Record<PricingMode, string>;
  fixedPrice(currency: string): string;
  fixedPriceRange(min: string, max: string): string;
  duration: string;
  durationHint: string;
  hourlyBetween(min: string, max: string): string;
  perJob(price: string): string;
  quoted: string;
  /** The service may start with a helper's call (remote help), when the customer agrees. */
  remoteHelp: string;
  remoteHelpHint: string;
  startsWithCall: string;
  archivedOn(date: string): string;
  active: string;
  archived: string;
  createCategory: string;
  createService: string;
  save: string;
  saving: string;
  cancel: string;
  editButton: string;
  archiveButton: string;
  edit(name: string): string;
  archive(name: string): string;
  archiveConfirm(name: string): string;
  archiveYes: string;
  keep: string;
  categoryCreated(name: string): string;
  categorySaved(name: string): string;
  serviceCreated(name: string): string;
  serviceSaved(name: string): string;
  serviceArchived(name: string): string;
  errors: {
    slug: string;
    slugTaken: string;
    name(language: string): string;
    description(language: string): string;
    duration: string;
    priceFormat: string;
    priceOutside(min: string, max: string): string;
    priceInvalid: string;
    category: string;
    archivedMeanwhile: string;
    invalid: string;
  };
}

const de: CatalogMessages = {
  title: 'Angebot und Preise',
  lead: 'Die Kategorien und Leistungen, die Kundinnen und Kunden auf der Website finden, in jeder Sprache der Website, mit Preisart, Preis und Dauer.',
  loading: 'Das Angebot wird geladen …',
  truncated: 'Es werden die ersten 100 Kategorien und Leistungen gezeigt.',
  bounds: (min, max) => `Helfer setzen ihren Stundenpreis selbst, zwischen ${min} und ${max}.`,
  commission: (percent) => `Die Kommission der Website beträgt ${percent}.`,
  boundsUnknown: 'Die Preisrichtlinie der Website ist noch nicht festgelegt.',
  policiesLink: 'Preisrichtlinie ändern',
  emptyCategories: 'Noch keine Kategorien. Legen Sie unten die erste an.',
  emptyServices: 'In dieser Kategorie gibt es noch keine Leistungen.',
  categoryHidden: 'Für Kundinnen und Kunden ausgeblendet',
  key: (slug) => `Schlüssel ${slug}`,
  editCategory: (name) => `Kategorie ${name} bearbeiten`,
  newCategory: 'Neue Kategorie',
  newService: 'Neue Leistung',
  slug: 'Schlüssel',
  slugHint: 'Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. tv-box-einrichten. Er kann später nicht geändert werden.',
  name: (language) => `Name (${language})`,
  description: (language) => `Beschreibung (${language}, freiwillig)`,
  descriptionHint: 'Höchstens 2000 Zeichen.',
  category: 'Kategorie',
  shownToCustomers: 'Für Kundinnen und Kunden sichtbar',
  shownHint: 'Eine ausgeblendete Kategorie verbirgt auch ihre Leistungen.',
  pricingMode: 'Preisart',
  modes: { FIXED: 'Festpreis', HOURLY: 'Pro Stunde', QUOTE: 'Auf Offerte' },
  modeHints: {
    FIXED: 'Ein Preis für die ganze Arbeit, den Sie hier festlegen.',
    HOURLY: 'Jeder Helfer verlangt seinen eigenen Stundenpreis innerhalb der Grenzen der Website.',
    QUOTE: 'Der Helfer nennt nach der Anfrage einen Gesamtpreis.',
  },
  fixedPrice: (currency) => `Festpreis (${currency})`,
  fixedPriceRange: (min, max) => `Für diese Dauer zwischen ${min} und ${max}: die Stundengrenzen der Website.`,
  duration: 'Geschätzte Dauer in Minuten',
  durationHint: 'Zwischen 5 und 1440 Minuten.',
  hourlyBetween: (min, max) => `${min} bis ${max} pro Stunde`,
  perJob: (price) => `${price} pro Auftrag`,
  quoted: 'Preis auf Offerte',
  remoteHelp: 'Kann mit einem Anruf beginnen',
  remoteHelpHint: 'Eine Helferin oder ein Helfer ruft zuerst an (Telefon oder Video), wenn die Kundin oder der Kunde zustimmt; vorbeigekommen wird nur, wenn es vor Ort nötig ist.',
  startsWithCall: 'Beginnt mit einem Anruf',
  archivedOn: (date) => `Archiviert am ${date}`,
  active: 'Aktiv',
  archived: 'Archiviert',
  createCategory: 'Kategorie anlegen',
  createService: 'Leistung anlegen',
  save: 'Speichern',
  saving: 'Wird gespeichert …',
  cancel: 'Abbrechen',
  editButton: 'Bearbeiten',
  archiveButton: 'Archivieren',
  edit: (name) => `${name} bearbeiten`,
  archive: (name) => `${name} archivieren`,
  archiveConfirm: (name) =>
    `${name} archivieren? Kundinnen und Kunden finden die Leistung danach nicht mehr; frühere Aufträge behalten sie. Archivieren lässt sich nicht rückgängig machen.`,
  archiveYes: 'Ja, archivieren',
  keep: 'Behalten',
  categoryCreated: (name) => `Die Kategorie ${name} ist angelegt.`,
  categorySaved: (name) => `Die Kategorie ${name} ist gespeichert.`,
  serviceCreated: (name) => `Die Leistung ${name} ist angelegt.`,
  serviceSaved: (name) => `Die Leistung ${name} ist gespeichert.`,
  serviceArchived: (name) => `Die Leistung ${name} ist archiviert.`,
  errors: {
    slug: 'Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. tv-box-einrichten.',
    slugTaken: 'Diesen Schlüssel gibt es schon. Wählen Sie einen anderen.',
    name: (language) => `Geben Sie den Namen auf ${language} ein, höchstens 120 Zeichen.`,
    description: (language) => `Die Beschreibung auf ${language} darf höchstens 2000 Zeichen lang sein.`,
    duration: 'Geben Sie eine ganze Zahl von Minuten zwischen 5 und 1440 ein.',
    priceFormat: 'Geben Sie den Preis als Betrag ein, z. B. 45.00.',
    priceOutside: (min, max) => `Der Festpreis muss für diese Dauer zwischen ${min} und ${max} liegen: die Stundengrenzen der Website.`,
    priceInvalid: 'Dieser Preis wird nicht angenommen.',
    category: 'Diese Kategorie gibt es nicht mehr. Laden Sie die Seite neu.',
    archivedMeanwhile: 'Die Leistung wurde inzwischen archiviert und kann nicht mehr geändert werden.',
    invalid: 'Dieser Wert wird nicht angenommen.',
  },
};

const fr: CatalogMessages = {
  title: 'Catalogue et prix',
  lead: 'Les catégories et prestations que la clientèle trouve sur le site, dans chaque langue du site, avec le mode de tarification, le prix et la durée.',
  loading: 'Chargement du catalogue…',
  truncated: 'Les 100 premières catégories et prestations sont affichées.',
  bounds: (min, max) => `Les helpers fixent eux-mêmes leur tarif horaire, entre ${min} et ${max}.`,
  commission: (percent) => `La commission du site est de ${percent}.`,
  boundsUnknown: 'La politique tarifaire du site n’est pas encore définie.',
  policiesLink: 'Modifier la politique tarifaire',
  emptyCategories: 'Aucune catégorie pour l’instant. Créez la première ci-dessous.',
  emptyServices: 'Aucune prestation dans cette catégorie pour l’instant.',
  categoryHidden: 'Masquée pour la clientèle',
  key: (slug) => `Clé ${slug}`,
  editCategory: (name) => `Modifier la catégorie ${name}`,
  newCategory: 'Nouvelle catégorie',
  newService: 'Nouvelle prestation',
  slug: 'Clé',
  slugHint: 'Lettres minuscules, chiffres et tirets simples, p. ex. installer-box-tv. Elle ne pourra plus être modifiée.',
  name: (language) => `Nom (${language})`,
  description: (language) => `Description (${language}, facultative)`,
  descriptionHint: '2000 caractères au plus.',
  category: 'Catégorie',
  shownToCustomers: 'Visible pour la clientèle',
  shownHint: 'Une catégorie masquée masque aussi ses prestations.',
  pricingMode: 'Mode de tarification',
  modes: { FIXED: 'Prix fixe', HOURLY: 'À l’heure', QUOTE: 'Sur devis' },
  modeHints: {
    FIXED: 'Un prix pour tout le travail, que vous fixez ici.',
    HOURLY: 'Chaque helper demande son propre tarif horaire dans les limites du site.',
    QUOTE: 'Le helper propose un prix total après la demande.',
  },
  fixedPrice: (currency) => `Prix fixe (${currency})`,
  fixedPriceRange: (min, max) => `Pour cette durée, entre ${min} et ${max} : les limites horaires du site.`,
  duration: 'Durée estimée en minutes',
  durationHint: 'Entre 5 et 1440 minutes.',
  hourlyBetween: (min, max) => `${min} à ${max} de l’heure`,
  perJob: (price) => `${price} par intervention`,
  quoted: 'Prix sur devis',
  remoteHelp: 'Peut commencer par un appel',
  remoteHelpHint: 'Un·e intervenant·e appelle d’abord (téléphone ou vidéo) si le client ou la cliente est d’accord ; on ne se déplace que si c’est nécessaire sur place.',
  startsWithCall: 'Commence par un appel',
  archivedOn: (date) => `Archivée le ${date}`,
  active: 'Active',
  archived: 'Archivée',
  createCategory: 'Créer la catégorie',
  createService: 'Créer la prestation',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  editButton: 'Modifier',
  archiveButton: 'Archiver',
  edit: (name) => `Modifier ${name}`,
  archive: (name) => `Archiver ${name}`,
  archiveConfirm: (name) =>
    `Archiver ${name} ? La clientèle ne trouvera plus cette prestation ; les interventions passées la gardent. L’archivage est définitif.`,
  archiveYes: 'Oui, archiver',
  keep: 'Garder',
  categoryCreated: (name) => `La catégorie ${name} est créée.`,
  categorySaved: (name) => `La catégorie ${name} est enregistrée.`,
  serviceCreated: (name) => `La prestation ${name} est créée.`,
  serviceSaved: (name) => `La prestation ${name} est enregistrée.`,
  serviceArchived: (name) => `La prestation ${name} est archivée.`,
  errors: {
    slug: 'Utilisez des lettres minuscules, des chiffres et des tirets simples, p. ex. installer-box-tv.',
    slugTaken: 'Cette clé existe déjà. Choisissez-en une autre.',
    name: (language) => `Indiquez le nom en ${language}, 120 caractères au plus.`,
    description: (language) => `La description en ${language} ne doit pas dépasser 2000 caractères.`,
    duration: 'Indiquez un nombre entier de minutes entre 5 et 1440.',
    priceFormat: 'Indiquez le prix sous forme de montant, p. ex. 45.00.',
    priceOutside: (min, max) => `Pour cette durée, le prix fixe doit se situer entre ${min} et ${max} : les limites horaires du site.`,
    priceInvalid: 'Ce prix n’est pas accepté.',
    category: 'Cette catégorie n’existe plus. Rechargez la page.',
    archivedMeanwhile: 'La prestation a été archivée entre-temps et ne peut plus être modifiée.',
    invalid: 'Cette valeur n’est pas acceptée.',
  },
};

const it: CatalogMessages = {
  title: 'Catalogo e prezzi',
  lead: 'Le categorie e le prestazioni che la clientela trova sul sito, in ogni lingua del sito, con modalità di prezzo, prezzo e durata.',
  loading: 'Caricamento del catalogo…',
  truncated: 'Sono mostrate le prime 100 categorie e prestazioni.',
  bounds: (min, max) => `Gli helper fissano da sé la loro tariffa oraria, tra ${min} e ${max}.`,
  commission: (percent) => `La commissione del sito è del ${percent}.`,
  boundsUnknown: 'La politica dei prezzi del sito non è ancora stabilita.',
  policiesLink: 'Modificare la politica dei prezzi',
  emptyCategories: 'Ancora nessuna categoria. Create la prima qui sotto.',
  emptyServices: 'Ancora nessuna prestazione in questa categoria.',
  categoryHidden: 'Nascosta alla clientela',
  key: (slug) => `Chiave ${slug}`,
  editCategory: (name) => `Modificare la categoria ${name}`,
  newCategory: 'Nuova categoria',
  newService: 'Nuova prestazione',
  slug: 'Chiave',
  slugHint: 'Lettere minuscole, cifre e trattini singoli, ad es. installare-tv-box. Non potrà più essere cambiata.',
  name: (language) => `Nome (${language})`,
  description: (language) => `Descrizione (${language}, facoltativa)`,
  descriptionHint: 'Al massimo 2000 caratteri.',
  category: 'Categoria',
  shownToCustomers: 'Visibile alla clientela',
  shownHint: 'Una categoria nascosta nasconde anche le sue prestazioni.',
  pricingMode: 'Modalità di prezzo',
  modes: { FIXED: 'Prezzo fisso', HOURLY: 'All’ora', QUOTE: 'Su preventivo' },
  modeHints: {
    FIXED: 'Un prezzo per tutto il lavoro, che fissate qui.',
    HOURLY: 'Ogni helper chiede la propria tariffa oraria entro i limiti del sito.',
    QUOTE: 'L’helper propone un prezzo totale dopo la richiesta.',
  },
  fixedPrice: (currency) => `Prezzo fisso (${currency})`,
  fixedPriceRange: (min, max) => `Per questa durata, tra ${min} e ${max}: i limiti orari del sito.`,
  duration: 'Durata stimata in minuti',
  durationHint: 'Tra 5 e 1440 minuti.',
  hourlyBetween: (min, max) => `da ${min} a ${max} all’ora`,
  perJob: (price) => `${price} per intervento`,
  quoted: 'Prezzo su preventivo',
  remoteHelp: 'Può iniziare con una chiamata',
  remoteHelpHint: 'Un aiutante chiama prima (telefono o video) se il cliente è d’accordo; passa di persona solo quando serve sul posto.',
  startsWithCall: 'Inizia con una chiamata',
  archivedOn: (date) => `Archiviata il ${date}`,
  active: 'Attiva',
  archived: 'Archiviata',
  createCategory: 'Creare la categoria',
  createService: 'Creare la prestazione',
  save: 'Salvare',
  saving: 'Salvataggio…',
  cancel: 'Annullare',
  editButton: 'Modificare',
  archiveButton: 'Archiviare',
  edit: (name) => `Modificare ${name}`,
  archive: (name) => `Archiviare ${name}`,
  archiveConfirm: (name) =>
    `Archiviare ${name}? La clientela non troverà più questa prestazione; gli interventi passati la conservano. L’archiviazione è definitiva.`,
  archiveYes: 'Sì, archiviare',
  keep: 'Tenere',
  categoryCreated: (name) => `La categoria ${name} è stata creata.`,
  categorySaved: (name) => `La categoria ${name} è stata salvata.`,
  serviceCreated: (name) => `La prestazione ${name} è stata creata.`,
  serviceSaved: (name) => `La prestazione ${name} è stata salvata.`,
  serviceArchived: (name) => `La prestazione ${name} è stata archiviata.`,
  errors: {
    slug: 'Usate lettere minuscole, cifre e trattini singoli, ad es. installare-tv-box.',
    slugTaken: 'Questa chiave esiste già. Sceglietene un’altra.',
    name: (language) => `Indicate il nome in ${language}, al massimo 120 caratteri.`,
    description: (language) => `La descrizione in ${language} può avere al massimo 2000 caratteri.`,
    duration: 'Indicate un numero intero di minuti tra 5 e 1440.',
    priceFormat: 'Indicate il prezzo come importo, ad es. 45.00.',
    priceOutside: (min, max) => `Per questa durata il prezzo fisso deve essere tra ${min} e ${max}: i limiti orari del sito.`,
    priceInvalid: 'Questo prezzo non è accettato.',
    category: 'Questa categoria non esiste più. Ricaricate la pagina.',
    archivedMeanwhile: 'La prestazione è stata archiviata nel frattempo e non può più essere modificata.',
    invalid: 'Questo valore non è accettato.',
  },
};

const en: CatalogMessages = {
  title: 'Catalog and prices',
  lead: 'The categories and services customers find on the site, in each of the site’s languages, with how they are priced, the price and the duration.',
  loading: 'Loading the catalog…',
  truncated: 'The first 100 categories and services are shown.',
  bounds: (min, max) => `Helpers set their own hourly price, between ${min} and ${max}.`,
  commission: (percent) => `The site’s commission is ${percent}.`,
  boundsUnknown: 'The site’s pricing policy is not set yet.',
  policiesLink: 'Change the pricing policy',
  emptyCategories: 'No categories yet. Add the first one below.',
  emptyServices: 'No services in this category yet.',
  categoryHidden: 'Hidden from customers',
  key: (slug) => `Key ${slug}`,
  editCategory: (name) => `Edit category ${name}`,
  newCategory: 'New category',
  newService: 'New service',
  slug: 'Key',
  slugHint: 'Lowercase letters, digits and single hyphens, e.g. tv-box-setup. It cannot be changed later.',
  name: (language) => `Name (${language})`,
  description: (language) => `Description (${language}, optional)`,
  descriptionHint: 'At most 2000 characters.',
  category: 'Category',
  shownToCustomers: 'Shown to customers',
  shownHint: 'A hidden category hides its services too.',
  pricingMode: 'Pricing',
  modes: { FIXED: 'Fixed price', HOURLY: 'Per hour', QUOTE: 'On quote' },
  modeHints: {
    FIXED: 'One price for the whole job, set here.',
    HOURLY: 'Each helper asks their own hourly price within the site’s bounds.',
    QUOTE: 'The helper quotes a total price after the request.',
  },
  fixedPrice: (currency) => `Fixed price (${currency})`,
  fixedPriceRange: (min, max) => `For this duration, between ${min} and ${max}: the site’s hourly bounds.`,
  duration: 'Estimated duration in minutes',
  durationHint: 'Between 5 and 1440 minutes.',
  hourlyBetween: (min, max) => `${min} to ${max} per hour`,
  perJob: (price) => `${price} per job`,
  quoted: 'Price on quote',
  remoteHelp: 'Can start with a call',
  remoteHelpHint: 'A helper calls first (phone or video) when the customer agrees; someone comes by only when it needs hands on.',
  startsWithCall: 'Starts with a call',
  archivedOn: (date) => `Archived on ${date}`,
  active: 'Active',
  archived: 'Archived',
  createCategory: 'Add category',
  createService: 'Add service',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  editButton: 'Edit',
  archiveButton: 'Archive',
  edit: (name) => `Edit ${name}`,
  archive: (name) => `Archive ${name}`,
  archiveConfirm: (name) => `Archive ${name}? Customers will no longer find it; past jobs keep it. Archiving cannot be undone.`,
  archiveYes: 'Yes, archive',
  keep: 'Keep',
  categoryCreated: (name) => `The category ${name} is added.`,
  categorySaved: (name) => `The category ${name} is saved.`,
  serviceCreated: (name) => `The service ${name} is added.`,
  serviceSaved: (name) => `The service ${name} is saved.`,
  serviceArchived: (name) => `The service ${name} is archived.`,
  errors: {
    slug: 'Use lowercase letters, digits and single hyphens, e.g. tv-box-setup.',
    slugTaken: 'This key exists already. Choose another one.',
    name: (language) => `Write the name in ${language}, at most 120 characters.`,
    description: (language) => `The description in ${language} may have at most 2000 characters.`,
    duration: 'Enter a whole number of minutes between 5 and 1440.',
    priceFormat: 'Enter the price as an amount, e.g. 45.00.',
    priceOutside: (min, max) => `For this duration the fixed price must be between ${min} and ${max}: the site’s hourly bounds.`,
    priceInvalid: 'This price is not accepted.',
    category: 'This category no longer exists. Reload the page.',
    archivedMeanwhile: 'The service was archived meanwhile and can no longer be changed.',
    invalid: 'This value is not accepted.',
  },
};

const CATALOGS: Record<Locale, CatalogMessages> = { de, fr, it, en };

export function catalogMessages(locale: Locale): CatalogMessages {
  return CATALOGS[locale];
}

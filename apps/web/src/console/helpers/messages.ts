// The helpers directory's texts: one typed catalog per locale (de in Swiss usage), read with the site's locale.
import type { HelperStatus } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/messages';

export interface HelperDirectoryMessages {
  title: string;
  lead: string;
  filter: string;
  allStatuses: string;
  search: string;
  searchHint: string;
  apply: string;
  loading: string;
  empty: string;
  emptySearch(search: string): string;
  more: string;
  helperStatus: Record<HelperStatus, string>;
  tier: Record<string, string>;
  since(when: string): string;
  home(postalCode: string): string;
  noHome: string;
  rating(stars: string, count: number): string;
  noRating: string;
  skills(names: string): string;
  noSkills: string;
  suspendedBecause(reason: string): string;
  suspend: string;
  suspendTitle(name: string): string;
  reason: string;
  reasonHint: string;
  suspendYes: string;
  keep: string;
  reinstate: string;
  suspended(name: string): string;
  reinstated(name: string): string;
  reinstatedToReview(name: string): string;
  errors: { reasonRequired: string; reasonTooLong: string; conflict: string };
}

const de: HelperDirectoryMessages = {
  title: 'Helfer',
  lead: 'Alle Helfer der Website, in jedem Status. Suchen Sie nach Name oder Postleitzahl; gesperrte Helfer sehen Kunden nicht mehr.',
  filter: 'Status',
  allStatuses: 'Alle Status',
  search: 'Suche',
  searchHint: 'Name oder Postleitzahl',
  apply: 'Anzeigen',
  loading: 'Helfer werden geladen …',
  empty: 'Keine Helfer in diesem Status.',
  emptySearch: (search) => `Kein Helfer passt zu «${search}».`,
  more: 'Weitere Helfer laden',
  helperStatus: { APPLICANT: 'Bewerbung begonnen', IN_REVIEW: 'In Prüfung', APPROVED: 'Freigegeben', REJECTED: 'Abgelehnt', SUSPENDED: 'Gesperrt' },
  tier: { FRIEND: 'Friend', SPECIALIST: 'Spezialist', CONTRACTOR: 'Vertragspartner' },
  since: (when) => `seit ${when}`,
  home: (postalCode) => `Wohnort ${postalCode}`,
  noHome: 'Noch kein Wohnort',
  rating: (stars, count) => `${stars} ★ aus ${count} ${count === 1 ? 'Bewertung' : 'Bewertungen'}`,
  noRating: 'Noch keine Bewertungen',
  skills: (names) => `Bietet an: ${names}`,
  noSkills: 'Noch keine Dienstleistungen',
  suspendedBecause: (reason) => `Gesperrt: ${reason}`,
  suspend: 'Sperren …',
  suspendTitle: (name) => `${name} sperren`,
  reason: 'Grund',
  reasonHint: 'Pflichtfeld. Wird gespeichert und im Verlauf des Helfers gezeigt.',
  suspendYes: 'Helfer sperren',
  keep: 'Abbrechen',
  reinstate: 'Wieder freigeben',
  suspended: (name) => `${name} ist gesperrt.`,
  reinstated: (name) => `${name} ist wieder freigegeben.`,
  reinstatedToReview: (name) => `${name} ist zurück in der Prüfung: ein Prüfschritt ist inzwischen abgelaufen.`,
  errors: {
    reasonRequired: 'Geben Sie einen Grund an.',
    reasonTooLong: 'Der Grund darf höchstens 1000 Zeichen lang sein.',
    conflict: 'Der Status dieses Helfers hat sich inzwischen geändert. Laden Sie die Liste neu.',
  },
};

const fr: HelperDirectoryMessages = {
  title: 'Intervenants',
  lead: 'Tous les intervenants du site, quel que soit leur statut. Cherchez par nom ou code postal ; les clients ne voient plus un intervenant suspendu.',
  filter: 'Statut',
  allStatuses: 'Tous les statuts',
  search: 'Recherche',
  searchHint: 'Nom ou code postal',
  apply: 'Afficher',
  loading: 'Chargement des intervenants …',
  empty: 'Aucun intervenant avec ce statut.',
  emptySearch: (search) => `Aucun intervenant ne correspond à « ${search} ».`,
  more: "Charger d'autres intervenants",
  helperStatus: { APPLICANT: 'Candidature commencée', IN_REVIEW: 'En vérification', APPROVED: 'Approuvé', REJECTED: 'Refusé', SUSPENDED: 'Suspendu' },
  tier: { FRIEND: 'Friend', SPECIALIST: 'Spécialiste', CONTRACTOR: 'Prestataire' },
  since: (when) => `depuis le ${when}`,
  home: (postalCode) => `Domicile ${postalCode}`,
  noHome: 'Pas encore de domicile',
  rating: (stars, count) => `${stars} ★ sur ${count} ${count === 1 ? 'avis' : 'avis'}`,
  noRating: "Pas encore d'avis",
  skills: (names) => `Propose : ${names}`,
  noSkills: 'Aucun service pour le moment',
  suspendedBecause: (reason) => `Suspendu : ${reason}`,
  suspend: 'Suspendre …',
  suspendTitle: (name) => `Suspendre ${name}`,
  reason: 'Motif',
  reasonHint: "Obligatoire. Il est enregistré et figure dans l'historique de l'intervenant.",
  suspendYes: "Suspendre l'intervenant",
  keep: 'Annuler',
  reinstate: 'Réactiver',
  suspended: (name) => `${name} est suspendu.`,
  reinstated: (name) => `${name} est de nouveau approuvé.`,
  reinstatedToReview: (name) => `${name} repasse en vérification : une étape a expiré entre-temps.`,
  errors: {
    reasonRequired: 'Indiquez un motif.',
    reasonTooLong: 'Le motif ne peut dépasser 1000 caractères.',
    conflict: 'Le statut de cet intervenant a changé entre-temps. Rechargez la liste.',
  },
};

const it: HelperDirectoryMessages = {
  title: 'Aiutanti',
  lead: 'Tutti gli aiutanti del sito, in ogni stato. Cerchi per nome o NPA; i clienti non vedono più un aiutante sospeso.',
  filter: 'Stato',
  allStatuses: 'Tutti gli stati',
  search: 'Ricerca',
  searchHint: 'Nome o NPA',
  apply: 'Mostra',
  loading: 'Caricamento degli aiutanti …',
  empty: 'Nessun aiutante in questo stato.',
  emptySearch: (search) => `Nessun aiutante corrisponde a «${search}».`,
  more: 'Carica altri aiutanti',
  helperStatus: { APPLICANT: 'Candidatura iniziata', IN_REVIEW: 'In verifica', APPROVED: 'Approvato', REJECTED: 'Respinto', SUSPENDED: 'Sospeso' },
  tier: { FRIEND: 'Friend', SPECIALIST: 'Specialista', CONTRACTOR: 'Appaltatore' },
  since: (when) => `dal ${when}`,
  home: (postalCode) => `Domicilio ${postalCode}`,
  noHome: 'Nessun domicilio ancora',
  rating: (stars, count) => `${stars} ★ su ${count} ${count === 1 ? 'recensione' : 'recensioni'}`,
  noRating: 'Ancora nessuna recensione',
  skills: (names) => `Offre: ${names}`,
  noSkills: 'Ancora nessun servizio',
  suspendedBecause: (reason) => `Sospeso: ${reason}`,
  suspend: 'Sospendi …',
  suspendTitle: (name) => `Sospendi ${name}`,
  reason: 'Motivo',
  reasonHint: "Obbligatorio. Viene salvato e compare nella cronologia dell'aiutante.",
  suspendYes: "Sospendi l'aiutante",
  keep: 'Annulla',
  reinstate: 'Riattiva',
  suspended: (name) => `${name} è sospeso.`,
  reinstated: (name) => `${name} è di nuovo approvato.`,
  reinstatedToReview: (name) => `${name} torna in verifica: nel frattempo un passo è scaduto.`,
  errors: {
    reasonRequired: 'Indichi un motivo.',
    reasonTooLong: 'Il motivo può contenere al massimo 1000 caratteri.',
    conflict: "Lo stato di questo aiutante è cambiato nel frattempo. Ricarichi l'elenco.",
  },
};

const en: HelperDirectoryMessages = {
  title: 'Helpers',
  lead: "All of the site's helpers, in every status. Search by name or postal code; customers no longer see a suspended helper.",
  filter: 'Status',
  allStatuses: 'All statuses',
  search: 'Search',
  searchHint: 'Name or postal code',
  apply: 'Show',
  loading: 'Loading helpers …',
  empty: 'No helpers in this status.',
  emptySearch: (search) => `No helper matches “${search}”.`,
  more: 'Load more helpers',
  helperStatus: { APPLICANT: 'Application started', IN_REVIEW: 'In review', APPROVED: 'Approved', REJECTED: 'Rejected', SUSPENDED: 'Suspended' },
  tier: { FRIEND: 'Friend', SPECIALIST: 'Specialist', CONTRACTOR: 'Contractor' },
  since: (when) => `since ${when}`,
  home: (postalCode) => `Lives in ${postalCode}`,
  noHome: 'No home postal code yet',
  rating: (stars, count) => `${stars} ★ from ${count} ${count === 1 ? 'review' : 'reviews'}`,
  noRating: 'No reviews yet',
  skills: (names) => `Offers: ${names}`,
  noSkills: 'No services yet',
  suspendedBecause: (reason) => `Suspended: ${reason}`,
  suspend: 'Suspend …',
  suspendTitle: (name) => `Suspend ${name}`,
  reason: 'Reason',
  reasonHint: "Required. It is stored and shown in the helper's history.",
  suspendYes: 'Suspend helper',
  keep: 'Cancel',
  reinstate: 'Reinstate',
  suspended: (name) => `${name} is suspended.`,
  reinstated: (name) => `${name} is approved again.`,
  reinstatedToReview: (name) => `${name} is back in review: a vetting step expired meanwhile.`,
  errors: {
    reasonRequired: 'Give a reason.',
    reasonTooLong: 'The reason can be at most 1000 characters.',
    conflict: "This helper's status changed meanwhile. Reload the list.",
  },
};

const CATALOGS: Record<Locale, HelperDirectoryMessages> = { de, fr, it, en };

export function helperDirectoryMessages(locale: Locale): HelperDirectoryMessages {
  return CATALOGS[locale];
}

// The texts of the console's policies page, one typed catalog per locale (de in Swiss usage).
import type { PolicyKind } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/messages';

export interface PolicyMessages {
  title: string;
  lead: string;
  loading: string;
  contents: string;
  kinds: Record<PolicyKind, { name: string; about: string }>;
  brandingEditor: string;
  current(version: number, when: string, who: string): string;
  notSet: string;
  document: string;
  documentHint: string;
  save: string;
  saving: string;
  discard: string;
  saved(version: number): string;
  history(count: number): string;
  historyLoading: string;
  historyEmpty: string;
  historyShown(shown: number, total: number): string;
  version(version: number): string;
  inForce: string;
  showDocument: string;
  by: { you: string; operator: string; platform: string; system: string; unknown: string };
  errors: {
    json(line: number, column: number): string;
    jsonSomewhere: string;
    notObject: string;
    refused: string;
    conflict: string;
    invalid: string;
  };
}

const de: PolicyMessages = {
  title: 'Richtlinien',
  lead: 'Die Regeln der Website als versionierte Dokumente. Jede Änderung wird eine neue Version; laufende Arbeit behält die Version, mit der sie begonnen hat.',
  loading: 'Die Richtlinien werden geladen …',
  contents: 'Richtlinien auf dieser Seite',
  kinds: {
    PRICING: { name: 'Preise', about: 'Kommission, Kundengebühr, die Grenzen des Stundenpreises der Helfer und Festpreise pro Leistung, in kleinsten Einheiten der Währung (Rappen, Cent).' },
    VETTING: { name: 'Prüfung', about: 'Die Schritte, die Helfer vor dem ersten Auftrag durchlaufen, mit Nachweisen und Gültigkeit.' },
    SLA: { name: 'Servicezeiten (SLA)', about: 'Ziele für die erste Antwort und die Hilfe, Servicezeiten, Neuvergabe und Eskalationsstufen.' },
    CANCELLATION: { name: 'Stornierung', about: 'Bis wann Kundinnen und Kunden kostenlos stornieren und was eine späte Stornierung kostet.' },
    PAYOUTS: { name: 'Auszahlungen', about: 'Wann Helfer ausbezahlt werden, wie lange Einnahmen zurückgehalten werden und die kleinste Auszahlung.' },
    REWARDS: { name: 'Belohnungen', about: 'Punkte für Helfer, die Stufen, die sie freischalten, und wofür Punkte eingelöst werden.' },
    REVIEWS: { name: 'Bewertungen', about: 'Wie lange nach einem Auftrag bewertet werden kann und wie lang ein Bewertungstext sein darf.' },
    BRANDING: { name: 'Erscheinungsbild', about: 'Name, Farben, Schrift, Logo und Helferabzeichen der Website.' },
  },
  brandingEditor: 'Mit Vorschau bearbeiten',
  current: (version, when, who) => `Version ${version}, gespeichert am ${when} von ${who}.`,
  notSet: 'Noch keine Version: Es gelten die Vorgaben von Quartier.',
  document: 'Dokument (JSON)',
  documentHint: 'Das ganze Dokument wird geprüft und als neue Version gespeichert.',
  save: 'Als neue Version speichern',
  saving: 'Wird gespeichert …',
  discard: 'Änderungen verwerfen',
  saved: (version) => `Als Version ${version} gespeichert.`,
  history: (count) => `Versionen (${count})`,
  historyLoading: 'Die Versionen werden geladen …',
  historyEmpty: 'Noch keine Versionen.',
  historyShown: (shown, total) => `Die neusten ${shown} von ${total} Versionen.`,
  version: (version) => `Version ${version}`,
  inForce: 'in Kraft',
  showDocument: 'Dokument anzeigen',
  by: { you: 'Ihnen', operator: 'einer Betreiberin oder einem Betreiber', platform: 'dem Plattformteam', system: 'Quartier (automatisch)', unknown: 'unbekannt' },
  errors: {
    json: (line, column) => `Das ist kein gültiges JSON: Prüfen Sie Kommas, Anführungszeichen und Klammern bei Zeile ${line}, Spalte ${column}.`,
    jsonSomewhere: 'Das ist kein gültiges JSON: Prüfen Sie Kommas, Anführungszeichen und Klammern.',
    notObject: 'Das Dokument muss ein JSON-Objekt sein, in geschweiften Klammern { … }.',
    refused: 'Die Website nimmt dieses Dokument nicht an, beim Feld',
    conflict: 'Jemand hat diese Richtlinie gleichzeitig geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
    invalid: 'Dieses Dokument wird nicht angenommen.',
  },
};

const fr: PolicyMessages = {
  title: 'Politiques',
  lead: 'Les règles du site sous forme de documents versionnés. Chaque modification crée une nouvelle version ; le travail en cours garde la version avec laquelle il a commencé.',
  loading: 'Chargement des politiques…',
  contents: 'Politiques de cette page',
  kinds: {
    PRICING: { name: 'Prix', about: 'Commission, frais client, limites du tarif horaire des helpers et prix fixes par prestation, en centimes (unités mineures) de la monnaie.' },
    VETTING: { name: 'Vérification', about: 'Les étapes que les helpers passent avant leur première intervention, avec justificatifs et durée de validité.' },
    SLA: { name: 'Niveaux de service (SLA)', about: 'Objectifs de première réponse et d’aide, heures de service, réattribution et niveaux d’escalade.' },
    CANCELLATION: { name: 'Annulation', about: 'Jusqu’à quand la clientèle annule gratuitement et ce que coûte une annulation tardive.' },
    PAYOUTS: { name: 'Versements', about: 'Quand les helpers sont payés, combien de temps les gains sont retenus et le plus petit versement.' },
    REWARDS: { name: 'Récompenses', about: 'Les points des helpers, les niveaux qu’ils débloquent et ce contre quoi ils s’échangent.' },
    REVIEWS: { name: 'Évaluations', about: 'Combien de temps après une intervention on peut évaluer et la longueur d’un texte d’évaluation.' },
    BRANDING: { name: 'Apparence', about: 'Nom, couleurs, police, logo et badge des helpers du site.' },
  },
  brandingEditor: 'Modifier avec aperçu',
  current: (version, when, who) => `Version ${version}, enregistrée le ${when} par ${who}.`,
  notSet: 'Pas encore de version : les valeurs par défaut de Quartier s’appliquent.',
  document: 'Document (JSON)',
  documentHint: 'Le document entier est vérifié et enregistré comme nouvelle version.',
  save: 'Enregistrer comme nouvelle version',
  saving: 'Enregistrement…',
  discard: 'Annuler les modifications',
  saved: (version) => `Enregistré comme version ${version}.`,
  history: (count) => `Versions (${count})`,
  historyLoading: 'Chargement des versions…',
  historyEmpty: 'Pas encore de versions.',
  historyShown: (shown, total) => `Les ${shown} versions les plus récentes sur ${total}.`,
  version: (version) => `Version ${version}`,
  inForce: 'en vigueur',
  showDocument: 'Afficher le document',
  by: { you: 'vous', operator: 'un opérateur du site', platform: 'l’équipe de la plateforme', system: 'Quartier (automatiquement)', unknown: 'inconnu' },
  errors: {
    json: (line, column) => `Ce n’est pas du JSON valide : vérifiez les virgules, guillemets et accolades vers la ligne ${line}, colonne ${column}.`,
    jsonSomewhere: 'Ce n’est pas du JSON valide : vérifiez les virgules, guillemets et accolades.',
    notObject: 'Le document doit être un objet JSON, entre accolades { … }.',
    refused: 'Le site n’accepte pas ce document, au champ',
    conflict: 'Quelqu’un a modifié cette politique en même temps. Rechargez la page et réessayez.',
    invalid: 'Ce document n’est pas accepté.',
  },
};

const it: PolicyMessages = {
  title: 'Politiche',
  lead: 'Le regole del sito come documenti con versioni. Ogni modifica crea una nuova versione; il lavoro in corso mantiene la versione con cui è iniziato.',
  loading: 'Caricamento delle politiche…',
  contents: 'Politiche di questa pagina',
  kinds: {
    PRICING: { name: 'Prezzi', about: 'Commissione, tassa cliente, limiti della tariffa oraria degli helper e prezzi fissi per prestazione, in centesimi (unità minori) della valuta.' },
    VETTING: { name: 'Verifica', about: 'I passi che gli helper superano prima del primo intervento, con prove e validità.' },
    SLA: { name: 'Livelli di servizio (SLA)', about: 'Obiettivi di prima risposta e di aiuto, orari di servizio, riassegnazione e livelli di escalation.' },
    CANCELLATION: { name: 'Annullamento', about: 'Fino a quando la clientela annulla gratuitamente e quanto costa un annullamento tardivo.' },
    PAYOUTS: { name: 'Pagamenti agli helper', about: 'Quando gli helper vengono pagati, per quanto tempo i guadagni sono trattenuti e il pagamento minimo.' },
    REWARDS: { name: 'Premi', about: 'I punti degli helper, i livelli che sbloccano e con che cosa si riscattano.' },
    REVIEWS: { name: 'Valutazioni', about: 'Per quanto tempo dopo un intervento si può valutare e quanto può essere lungo il testo.' },
    BRANDING: { name: 'Aspetto', about: 'Nome, colori, carattere, logo e badge degli helper del sito.' },
  },
  brandingEditor: 'Modificare con anteprima',
  current: (version, when, who) => `Versione ${version}, salvata il ${when} da ${who}.`,
  notSet: 'Ancora nessuna versione: valgono i valori predefiniti di Quartier.',
  document: 'Documento (JSON)',
  documentHint: 'L’intero documento viene verificato e salvato come nuova versione.',
  save: 'Salvare come nuova versione',
  saving: 'Salvataggio…',
  discard: 'Scartare le modifiche',
  saved: (version) => `Salvato come versione ${version}.`,
  history: (count) => `Versioni (${count})`,
  historyLoading: 'Caricamento delle versioni…',
  historyEmpty: 'Ancora nessuna versione.',
  historyShown: (shown, total) => `Le ${shown} versioni più recenti su ${total}.`,
  version: (version) => `Versione ${version}`,
  inForce: 'in vigore',
  showDocument: 'Mostrare il documento',
  by: { you: 'voi', operator: 'un operatore del sito', platform: 'il team della piattaforma', system: 'Quartier (automaticamente)', unknown: 'sconosciuto' },
  errors: {
    json: (line, column) => `Questo non è JSON valido: controllate virgole, virgolette e parentesi vicino alla riga ${line}, colonna ${column}.`,
    jsonSomewhere: 'Questo non è JSON valido: controllate virgole, virgolette e parentesi.',
    notObject: 'Il documento deve essere un oggetto JSON, tra parentesi graffe { … }.',
    refused: 'Il sito non accetta questo documento, al campo',
    conflict: 'Qualcuno ha modificato questa politica nello stesso momento. Ricaricate la pagina e riprovate.',
    invalid: 'Questo documento non è accettato.',
  },
};

const en: PolicyMessages = {
  title: 'Policies',
  lead: 'The site’s rules as versioned documents. Every change is a new version; work in flight keeps the version it started with.',
  loading: 'Loading the policies…',
  contents: 'Policies on this page',
  kinds: {
    PRICING: { name: 'Pricing', about: 'Commission, customer fee, the bounds of helpers’ hourly prices and fixed prices per service, in minor units (cents) of the currency.' },
    VETTING: { name: 'Vetting', about: 'The steps helpers pass before their first job, with evidence and how long each stays valid.' },
    SLA: { name: 'Service levels (SLA)', about: 'First-response and help targets, service hours, reallocation and escalation tiers.' },
    CANCELLATION: { name: 'Cancellation', about: 'Until when customers cancel for free, and what a late cancellation costs.' },
    PAYOUTS: { name: 'Payouts', about: 'When helpers are paid out, how long earnings are held and the smallest payout.' },
    REWARDS: { name: 'Rewards', about: 'Points helpers earn, the levels they unlock and what points are spent on.' },
    REVIEWS: { name: 'Reviews', about: 'How long after a job reviews can be written and how long their text may be.' },
    BRANDING: { name: 'Branding', about: 'The site’s name, colors, font, logo and helper badge.' },
  },
  brandingEditor: 'Edit with a preview',
  current: (version, when, who) => `Version ${version}, saved ${when} by ${who}.`,
  notSet: 'No version yet: Quartier’s defaults apply.',
  document: 'Document (JSON)',
  documentHint: 'The whole document is checked and saved as a new version.',
  save: 'Save as a new version',
  saving: 'Saving…',
  discard: 'Discard changes',
  saved: (version) => `Saved as version ${version}.`,
  history: (count) => `Versions (${count})`,
  historyLoading: 'Loading the versions…',
  historyEmpty: 'No versions yet.',
  historyShown: (shown, total) => `The newest ${shown} of ${total} versions.`,
  version: (version) => `Version ${version}`,
  inForce: 'in force',
  showDocument: 'Show the document',
  by: { you: 'you', operator: 'an operator of the site', platform: 'the platform team', system: 'Quartier (automatically)', unknown: 'unknown' },
  errors: {
    json: (line, column) => `This is not valid JSON: check the commas, quotes and brackets near line ${line}, column ${column}.`,
    jsonSomewhere: 'This is not valid JSON: check the commas, quotes and brackets.',
    notObject: 'The document must be a JSON object, in curly brackets { … }.',
    refused: 'The site does not accept this document, at the field',
    conflict: 'Someone changed this policy at the same time. Reload the page and try again.',
    invalid: 'This document is not accepted.',
  },
};

const CATALOGS: Record<Locale, PolicyMessages> = { de, fr, it, en };

export function policyMessages(locale: Locale): PolicyMessages {
  return CATALOGS[locale];
}

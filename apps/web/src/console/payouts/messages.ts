// The payouts page's texts: one typed catalog per locale (de in Swiss usage), read with the site's locale.
import type { HelperPayoutStatus, ReconciliationDifferenceKind, ReconciliationStatus } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/messages';

export interface PayoutsMessages {
  title: string;
  lead: string;
  payoutsTitle: string;
  payoutsLoading: string;
  payoutsEmpty: string;
  created: string;
  helper: string;
  unknownHelper: string;
  amount: string;
  status: string;
  arrival: string;
  stripePayout: string;
  payoutStatus: Record<HelperPayoutStatus, string>;
  morePayouts: string;
  reportsTitle: string;
  reportsLead: string;
  reportsLoading: string;
  reportsEmpty: string;
  period: string;
  periodOf(from: string, to: string): string;
  reportStatus: Record<ReconciliationStatus, string>;
  checked(count: number): string;
  differences(count: number): string;
  differencesColumn: string;
  nightly: string;
  onRequest: string;
  open: string;
  close: string;
  moreReports: string;
  reportTitle(period: string): string;
  reportLoading: string;
  pendingHint: string;
  failedBecause(message: string): string;
  noDifferences: string;
  kind: Record<ReconciliationDifferenceKind, string>;
  object: string;
  stripeAmount: string;
  ledgerAmount: string;
  none: string;
  reconcileTitle: string;
  reconcileHint: string;
  from: string;
  to: string;
  reconcile: string;
  requested: string;
  errors: { fromRequired: string; toRequired: string; order: string; tooLong: string; notEnded: string; invalid: string; offline: string };
}

const de: PayoutsMessages = {
  title: 'Auszahlungen',
  lead: 'Was Stripe an die Bankkonten der Helfer überwiesen hat, und der Abgleich des Hauptbuchs mit Stripe.',
  payoutsTitle: 'Auszahlungen an Helfer',
  payoutsLoading: 'Auszahlungen werden geladen …',
  payoutsEmpty: 'Noch keine Auszahlungen. Sie erscheinen hier, sobald Stripe an einen Helfer auszahlt.',
  created: 'Datum',
  helper: 'Helfer',
  unknownHelper: 'Unbekannt',
  amount: 'Betrag',
  status: 'Status',
  arrival: 'Auf dem Konto',
  stripePayout: 'Stripe-Auszahlung',
  payoutStatus: { PAID: 'Ausbezahlt', FAILED: 'Fehlgeschlagen' },
  morePayouts: 'Weitere Auszahlungen laden',
  reportsTitle: 'Abgleich mit Stripe',
  reportsLead: 'Jede Nacht wird der Vortag abgeglichen. Sie können auch einen beliebigen abgeschlossenen Zeitraum abgleichen lassen.',
  reportsLoading: 'Abgleiche werden geladen …',
  reportsEmpty: 'Noch keine Abgleiche.',
  period: 'Zeitraum',
  periodOf: (from, to) => `${from} – ${to}`,
  reportStatus: { PENDING: 'Ausstehend', COMPLETED: 'Abgeschlossen', FAILED: 'Fehlgeschlagen' },
  checked: (count) => `${count} geprüft`,
  differences: (count) => (count === 1 ? '1 Abweichung' : `${count} Abweichungen`),
  differencesColumn: 'Abweichungen',
  nightly: 'Nächtlich',
  onRequest: 'Auf Anfrage',
  open: 'Öffnen',
  close: 'Schliessen',
  moreReports: 'Weitere Abgleiche laden',
  reportTitle: (period) => `Abgleich ${period}`,
  reportLoading: 'Abgleich wird geladen …',
  pendingHint: 'Dieser Abgleich ist ausstehend: Er wird erstellt, sobald die Buchungen bei Stripe gelesen sind.',
  failedBecause: (message) => `Der Abgleich ist fehlgeschlagen: ${message}`,
  noDifferences: 'Keine Abweichungen: Hauptbuch und Stripe stimmen überein.',
  kind: { AMOUNT_DIFFERS: 'Betrag weicht ab', MISSING_AT_STRIPE: 'Fehlt bei Stripe', MISSING_IN_LEDGER: 'Fehlt im Hauptbuch' },
  object: 'Buchung',
  stripeAmount: 'Stripe',
  ledgerAmount: 'Hauptbuch',
  none: '–',
  reconcileTitle: 'Zeitraum abgleichen',
  reconcileHint: 'Höchstens 92 Tage, bis und mit gestern; Daten in der Zeitzone der Website.',
  from: 'Vom',
  to: 'Bis und mit',
  reconcile: 'Abgleich anfordern',
  requested: 'Der Abgleich ist angefordert und steht als ausstehend in der Liste.',
  errors: {
    fromRequired: 'Wählen Sie den ersten Tag.',
    toRequired: 'Wählen Sie den letzten Tag.',
    order: 'Der letzte Tag darf nicht vor dem ersten liegen.',
    tooLong: 'Ein Abgleich umfasst höchstens 92 Tage.',
    notEnded: 'Der Zeitraum muss abgeschlossen sein: wählen Sie spätestens gestern.',
    invalid: 'Dieser Zeitraum kann nicht abgeglichen werden.',
    offline: 'Diese Website nimmt Zahlungen vor Ort oder per Rechnung entgegen: Es gibt kein Stripe-Konto zum Abgleichen.',
  },
};

const fr: PayoutsMessages = {
  title: 'Versements',
  lead: "Ce que Stripe a versé sur les comptes bancaires des intervenants, et le rapprochement du grand livre avec Stripe.",
  payoutsTitle: 'Versements aux intervenants',
  payoutsLoading: 'Chargement des versements …',
  payoutsEmpty: 'Aucun versement pour le moment. Ils apparaissent ici dès que Stripe verse à un intervenant.',
  created: 'Date',
  helper: 'Intervenant',
  unknownHelper: 'Inconnu',
  amount: 'Montant',
  status: 'Statut',
  arrival: 'Sur le compte',
  stripePayout: 'Versement Stripe',
  payoutStatus: { PAID: 'Versé', FAILED: 'Échoué' },
  morePayouts: "Charger d'autres versements",
  reportsTitle: 'Rapprochement avec Stripe',
  reportsLead: 'Chaque nuit, la veille est rapprochée. Vous pouvez aussi demander le rapprochement de toute période terminée.',
  reportsLoading: 'Chargement des rapprochements …',
  reportsEmpty: 'Aucun rapprochement pour le moment.',
  period: 'Période',
  periodOf: (from, to) => `${from} – ${to}`,
  reportStatus: { PENDING: 'En attente', COMPLETED: 'Terminé', FAILED: 'Échoué' },
  checked: (count) => `${count} vérifiés`,
  differences: (count) => (count === 1 ? '1 écart' : `${count} écarts`),
  differencesColumn: 'Écarts',
  nightly: 'Nocturne',
  onRequest: 'Sur demande',
  open: 'Ouvrir',
  close: 'Fermer',
  moreReports: "Charger d'autres rapprochements",
  reportTitle: (period) => `Rapprochement ${period}`,
  reportLoading: 'Chargement du rapprochement …',
  pendingHint: 'Ce rapprochement est en attente : il sera établi dès que les mouvements Stripe auront été lus.',
  failedBecause: (message) => `Le rapprochement a échoué : ${message}`,
  noDifferences: 'Aucun écart : le grand livre et Stripe concordent.',
  kind: { AMOUNT_DIFFERS: 'Montant différent', MISSING_AT_STRIPE: 'Absent chez Stripe', MISSING_IN_LEDGER: 'Absent du grand livre' },
  object: 'Mouvement',
  stripeAmount: 'Stripe',
  ledgerAmount: 'Grand livre',
  none: '–',
  reconcileTitle: 'Rapprocher une période',
  reconcileHint: "92 jours au plus, jusqu'à hier inclus ; dates dans le fuseau horaire du site.",
  from: 'Du',
  to: 'Au (inclus)',
  reconcile: 'Demander le rapprochement',
  requested: 'Le rapprochement est demandé et figure en attente dans la liste.',
  errors: {
    fromRequired: 'Choisissez le premier jour.',
    toRequired: 'Choisissez le dernier jour.',
    order: 'Le dernier jour ne peut précéder le premier.',
    tooLong: 'Un rapprochement couvre 92 jours au plus.',
    notEnded: 'La période doit être terminée : choisissez hier au plus tard.',
    invalid: 'Cette période ne peut pas être rapprochée.',
    offline: 'Ce site encaisse sur place ou sur facture : il n’y a pas de compte Stripe à rapprocher.',
  },
};

const it: PayoutsMessages = {
  title: 'Pagamenti',
  lead: 'Quanto Stripe ha versato sui conti bancari degli aiutanti, e la riconciliazione del libro mastro con Stripe.',
  payoutsTitle: 'Pagamenti agli aiutanti',
  payoutsLoading: 'Caricamento dei pagamenti …',
  payoutsEmpty: 'Ancora nessun pagamento. Compaiono qui appena Stripe paga un aiutante.',
  created: 'Data',
  helper: 'Aiutante',
  unknownHelper: 'Sconosciuto',
  amount: 'Importo',
  status: 'Stato',
  arrival: 'Sul conto',
  stripePayout: 'Pagamento Stripe',
  payoutStatus: { PAID: 'Pagato', FAILED: 'Fallito' },
  morePayouts: 'Carica altri pagamenti',
  reportsTitle: 'Riconciliazione con Stripe',
  reportsLead: 'Ogni notte viene riconciliato il giorno precedente. Può anche chiedere la riconciliazione di un periodo concluso.',
  reportsLoading: 'Caricamento delle riconciliazioni …',
  reportsEmpty: 'Ancora nessuna riconciliazione.',
  period: 'Periodo',
  periodOf: (from, to) => `${from} – ${to}`,
  reportStatus: { PENDING: 'In attesa', COMPLETED: 'Conclusa', FAILED: 'Fallita' },
  checked: (count) => `${count} verificati`,
  differences: (count) => (count === 1 ? '1 differenza' : `${count} differenze`),
  differencesColumn: 'Differenze',
  nightly: 'Notturna',
  onRequest: 'Su richiesta',
  open: 'Apri',
  close: 'Chiudi',
  moreReports: 'Carica altre riconciliazioni',
  reportTitle: (period) => `Riconciliazione ${period}`,
  reportLoading: 'Caricamento della riconciliazione …',
  pendingHint: 'Questa riconciliazione è in attesa: viene allestita appena i movimenti di Stripe sono stati letti.',
  failedBecause: (message) => `La riconciliazione è fallita: ${message}`,
  noDifferences: 'Nessuna differenza: libro mastro e Stripe concordano.',
  kind: { AMOUNT_DIFFERS: 'Importo diverso', MISSING_AT_STRIPE: 'Manca presso Stripe', MISSING_IN_LEDGER: 'Manca nel libro mastro' },
  object: 'Movimento',
  stripeAmount: 'Stripe',
  ledgerAmount: 'Libro mastro',
  none: '–',
  reconcileTitle: 'Riconcilia un periodo',
  reconcileHint: 'Al massimo 92 giorni, fino a ieri compreso; date nel fuso orario del sito.',
  from: 'Dal',
  to: 'Al (compreso)',
  reconcile: 'Chiedi la riconciliazione',
  requested: "La riconciliazione è richiesta e figura in attesa nell'elenco.",
  errors: {
    fromRequired: 'Scelga il primo giorno.',
    toRequired: "Scelga l'ultimo giorno.",
    order: "L'ultimo giorno non può precedere il primo.",
    tooLong: 'Una riconciliazione copre al massimo 92 giorni.',
    notEnded: 'Il periodo deve essere concluso: scelga al più tardi ieri.',
    invalid: 'Questo periodo non può essere riconciliato.',
    offline: 'Questo sito incassa sul posto o con fattura: non c’è un conto Stripe da riconciliare.',
  },
};

const en: PayoutsMessages = {
  title: 'Payouts',
  lead: "What Stripe paid to helpers' bank accounts, and the ledger reconciled with Stripe.",
  payoutsTitle: 'Payouts to helpers',
  payoutsLoading: 'Loading payouts …',
  payoutsEmpty: 'No payouts yet. They show here as soon as Stripe pays a helper.',
  created: 'Date',
  helper: 'Helper',
  unknownHelper: 'Unknown',
  amount: 'Amount',
  status: 'Status',
  arrival: 'In the account',
  stripePayout: 'Stripe payout',
  payoutStatus: { PAID: 'Paid', FAILED: 'Failed' },
  morePayouts: 'Load more payouts',
  reportsTitle: 'Reconciliation with Stripe',
  reportsLead: 'Every night the day before is reconciled. You can also ask for any period that has ended.',
  reportsLoading: 'Loading reconciliation reports …',
  reportsEmpty: 'No reconciliation reports yet.',
  period: 'Period',
  periodOf: (from, to) => `${from} – ${to}`,
  reportStatus: { PENDING: 'Pending', COMPLETED: 'Completed', FAILED: 'Failed' },
  checked: (count) => `${count} checked`,
  differences: (count) => (count === 1 ? '1 difference' : `${count} differences`),
  differencesColumn: 'Differences',
  nightly: 'Nightly',
  onRequest: 'On request',
  open: 'Open',
  close: 'Close',
  moreReports: 'Load more reports',
  reportTitle: (period) => `Reconciliation ${period}`,
  reportLoading: 'Loading the report …',
  pendingHint: "This report is pending: it is drawn up once Stripe's balance transactions have been read.",
  failedBecause: (message) => `The reconciliation failed: ${message}`,
  noDifferences: 'No differences: the ledger and Stripe agree.',
  kind: { AMOUNT_DIFFERS: 'Amount differs', MISSING_AT_STRIPE: 'Missing at Stripe', MISSING_IN_LEDGER: 'Missing in the ledger' },
  object: 'Movement',
  stripeAmount: 'Stripe',
  ledgerAmount: 'Ledger',
  none: '–',
  reconcileTitle: 'Reconcile a period',
  reconcileHint: "At most 92 days, up to and including yesterday; dates in the site's time zone.",
  from: 'From',
  to: 'To (inclusive)',
  reconcile: 'Ask for a reconciliation',
  requested: 'The reconciliation is requested and listed as pending.',
  errors: {
    fromRequired: 'Choose the first day.',
    toRequired: 'Choose the last day.',
    order: 'The last day cannot come before the first.',
    tooLong: 'A reconciliation covers at most 92 days.',
    notEnded: 'The period must have ended: choose yesterday at the latest.',
    invalid: 'This period cannot be reconciled.',
    offline: 'This site takes payment on site or by invoice: there is no Stripe account to reconcile.',
  },
};

const CATALOGS: Record<Locale, PayoutsMessages> = { de, fr, it, en };

export function payoutsMessages(locale: Locale): PayoutsMessages {
  return CATALOGS[locale];
}

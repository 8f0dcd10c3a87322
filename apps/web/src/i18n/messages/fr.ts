import type { Messages } from '../messages';

// French punctuation: a narrow no-break space before « ? » and inside guillemets.
const NNBSP = '\u202f';

export const fr: Messages = {
  skipToContent: 'Aller au contenu',
  language: 'Langue',
  siteUnavailable: 'Aucun site Neighborhood n’est servi à cette adresse.',
  siteUnreachable: 'Le site est momentanément inaccessible. Veuillez réessayer dans un instant.',
  heroTitle: `Pour quoi avez-vous besoin d’aide${NNBSP}?`,
  heroLead: (site) => `Des personnes vérifiées près de chez vous, sur ${site}. Choisissez ce dont vous avez besoin et saisissez votre code postal.`,
  service: 'Service',
  chooseService: 'Choisir un service',
  postalCode: 'Code postal',
  postalCodeHint: 'Où l’aide est nécessaire, p. ex. 8001',
  search: 'Trouver de l’aide',
  loadingServices: 'Chargement des services…',
  servicesFailed: 'Les services n’ont pas pu être chargés. Veuillez recharger la page.',
  searching: 'Recherche en cours…',
  searchFailed: 'La recherche n’a pas abouti. Veuillez réessayer.',
  resultsTitle: (count, service, postalCode) =>
    `${count} ${count <= 1 ? 'personne' : 'personnes'} pour «${NNBSP}${service}${NNBSP}» près de ${postalCode}`,
  noResults: (service, postalCode) => `Personne ne propose encore «${NNBSP}${service}${NNBSP}» autour de ${postalCode}.`,
  noResultsHint: 'Essayez un code postal voisin ou un autre service.',
  sortBy: 'Trier par',
  sort: { best: 'Pertinence', price: 'Prix le plus bas', distance: 'Les plus proches', rating: 'Mieux notés', availability: 'Disponibles au plus tôt' },
  errors: {
    postalCodeRequired: 'Saisissez le code postal où vous avez besoin d’aide.',
    postalCodeUnknown: 'Nous ne connaissons pas ce code postal. Veuillez le vérifier.',
    serviceRequired: 'Choisissez un service.',
    serviceUnavailable: 'Ce service n’est plus proposé. Veuillez en choisir un autre.',
    invalid: 'Veuillez vérifier ce champ.',
  },
  perHour: (price) => `${price} / heure`,
  fixedPrice: (price) => `${price} prix forfaitaire`,
  onQuote: 'Prix sur devis',
  rating: (stars) => `${stars} sur 5`,
  reviews: (count) => `${count} avis`,
  ratingSummary: (stars, count) => `Noté ${stars} sur 5 d’après ${count} avis`,
  noReviews: 'Pas encore d’avis',
  distance: (km) => `à ${km}`,
  nextFreeSlot: (when) => `Prochaine disponibilité${NNBSP}: ${when}`,
  noFreeSlot: 'Aucune disponibilité dans les 14 prochains jours',
  footer: (site, zone) => `${site} · Fuseau horaire${NNBSP}: ${zone}`,
};

// French defaults in Swiss usage: "vous", NPA for the postal code, « » quotes, "quittance" for a receipt.
// SMS texts stay in the GSM-7 alphabet (no ê, ç, ô, « ») so one message is one 160-character segment.
import { type LocaleDefaults, paragraphs } from './locale-defaults.js';

const hello = 'Bonjour {{recipientName}},';
const signOff = 'Meilleures salutations\nL’équipe {{siteName}}';

export const fr: LocaleDefaults = {
  templates: {
    'application.approved': {
      email: {
        subject: 'Bienvenue : vous pouvez désormais accepter des missions sur {{siteName}}',
        body: paragraphs(
          hello,
          'Bonne nouvelle : votre candidature a été acceptée. Votre profil est désormais visible par les clients près de chez vous, et vous pouvez répondre aux demandes et accepter des réservations.',
          'Tenez vos disponibilités et votre zone d’intervention à jour pour recevoir les missions qui vous correspondent.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : votre candidature est acceptée ! Vous pouvez maintenant accepter des missions. Pensez à tenir vos disponibilités à jour.' },
      in_app: {
        subject: 'Votre candidature est acceptée',
        body: 'Votre profil est désormais visible par les clients. Tenez vos disponibilités à jour pour recevoir les missions qui vous correspondent.',
      },
    },
    'application.rejected': {
      email: {
        subject: 'Votre candidature sur {{siteName}}',
        body: paragraphs(
          hello,
          'Merci de l’intérêt que vous portez à {{siteName}}. Après examen de votre candidature, nous ne sommes malheureusement pas en mesure de l’accepter pour le moment.',
          '{{#if reason}}Motif : {{reason}}\n\n{{/if}}Si vous avez des questions ou si votre situation évolue, n’hésitez pas à nous contacter.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : nous ne pouvons malheureusement pas accepter votre candidature pour le moment. Plus d\'informations dans votre compte.' },
      in_app: {
        subject: 'Votre candidature n’a pas été acceptée',
        body: 'Nous ne pouvons malheureusement pas accepter votre candidature pour le moment.{{#if reason}} Motif : {{reason}}{{/if}}',
      },
    },
    'offer.received': {
      email: {
        subject: '{{helperName}} vous propose son aide : {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} souhaite vous aider pour « {{serviceName}} » et propose un prix de {{price}}.',
          'Consultez l’offre, le profil et les avis, puis acceptez l’offre si elle vous convient. D’autres offres peuvent encore arriver.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : {{helperName}} propose son aide pour {{serviceName}} ({{price}}). Voir l\'offre : {{link}}' },
      in_app: {
        subject: 'Nouvelle offre de {{helperName}}',
        body: '{{helperName}} propose son aide pour « {{serviceName}} » : {{price}}.',
      },
    },
    'booking.confirmed': {
      email: {
        subject: 'Réservation confirmée : {{serviceName}} le {{startsAt}}',
        body: paragraphs(
          hello,
          'Votre réservation est confirmée.',
          'Prestation : {{serviceName}}\nAvec : {{helperName}}\nQuand : {{startsAt}}\nNPA : {{postalCode}}\nPrix : {{price}}',
          '{{#if byCall}}{{helperName}} vous appellera à l’heure convenue pour vous aider par téléphone. S’il faut tout de même passer chez vous, nous organiserons une visite au prix convenu.{{else}}{{helperName}} viendra chez vous à l’heure convenue.{{/if}} Si vos plans changent, vous pouvez gérer la réservation dans votre compte.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : réservation confirmée. {{helperName}} {{#if byCall}}vous appellera pour{{else}}vous aidera pour{{/if}} {{serviceName}} le {{startsAt}}.' },
      in_app: {
        subject: 'Réservation confirmée',
        body: '{{helperName}} {{#if byCall}}vous appellera pour{{else}}vous aidera pour{{/if}} « {{serviceName}} » le {{startsAt}}.',
      },
    },
    'booking.assigned': {
      email: {
        subject: '{{#if byCall}}Nouvel appel{{else}}Nouvelle mission{{/if}} : {{serviceName}} le {{startsAt}}',
        body: paragraphs(
          hello,
          'Vous avez une nouvelle mission confirmée.',
          'Prestation : {{serviceName}}\nPour : {{customerName}}\nQuand : {{startsAt}}\nNPA : {{postalCode}}\nPrix : {{price}}',
          '{{#if byCall}}Cette mission commence par un appel : merci d’appeler le client à l’heure convenue ; vous trouverez son numéro de téléphone sur la page de la mission. Si l’appel montre qu’il faut passer sur place, transmettez-y la mission pour une visite.{{else}}Vous trouverez l’adresse et les coordonnées dans votre compte.{{/if}} Si vous ne pouvez pas assurer la mission, prévenez-nous le plus tôt possible.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : nouvelle mission, {{#if byCall}}appelez {{customerName}} pour {{serviceName}} le {{startsAt}}{{else}}{{serviceName}} pour {{customerName}} le {{startsAt}}, NPA {{postalCode}}{{/if}} : {{link}}' },
      in_app: {
        subject: '{{#if byCall}}Nouvel appel{{else}}Nouvelle mission{{/if}} : {{serviceName}}',
        body: '{{#if byCall}}Appelez {{customerName}} le {{startsAt}} ({{price}}) ; le numéro figure sur la page de la mission.{{else}}Pour {{customerName}} le {{startsAt}}, NPA {{postalCode}} ({{price}}).{{/if}}',
      },
    },
    'appointment.reminder': {
      email: {
        subject: 'Rappel : {{serviceName}} le {{startsAt}}',
        body: paragraphs(
          hello,
          'Petit rappel de votre prochain rendez-vous.',
          'Prestation : {{serviceName}}\nAvec : {{helperName}}\nQuand : {{startsAt}}\nNPA : {{postalCode}}',
          '{{#if byCall}}{{helperName}} vous appellera à ce moment-là : merci de garder votre téléphone à portée de main.{{else}}Merci de veiller à ce que quelqu’un soit présent et que {{helperName}} ait accès à tout ce qui doit être fait.{{/if}} Si quelque chose a changé, signalez-le dans votre compte.',
          signOff,
        ),
      },
      sms: { subject: null, body: 'Rappel {{siteName}} : {{helperName}} {{#if byCall}}vous appellera le {{startsAt}} pour {{serviceName}}. Gardez votre téléphone à portée de main.{{else}}viendra le {{startsAt}} pour {{serviceName}}. Merci de prévoir quelqu\'un sur place.{{/if}}' },
      in_app: {
        subject: 'Rappel : {{serviceName}}',
        body: '{{helperName}} {{#if byCall}}vous appellera le {{startsAt}}{{else}}viendra chez vous le {{startsAt}}{{/if}}.',
      },
    },
    'job.reminder': {
      email: {
        subject: 'Rappel : {{serviceName}} pour {{customerName}} le {{startsAt}}',
        body: paragraphs(
          hello,
          'Petit rappel de votre prochaine mission.',
          'Prestation : {{serviceName}}\nPour : {{customerName}}\nQuand : {{startsAt}}\nNPA : {{postalCode}}',
          '{{#if byCall}}Merci d’appeler à l’heure ; vous trouverez le numéro de téléphone du client sur la page de la mission.{{else}}Vous trouverez l’adresse et les coordonnées dans votre compte. Merci d’arriver à l’heure et de prévenir en cas de retard.{{/if}}',
          signOff,
        ),
      },
      sms: { subject: null, body: 'Rappel {{siteName}} : {{#if byCall}}appelez {{customerName}} pour {{serviceName}} le {{startsAt}}{{else}}{{serviceName}} pour {{customerName}} le {{startsAt}}, NPA {{postalCode}}{{/if}}. Détails : {{link}}' },
      in_app: {
        subject: 'Rappel : {{serviceName}}',
        body: '{{#if byCall}}Appelez {{customerName}} le {{startsAt}} ; le numéro figure sur la page de la mission.{{else}}Pour {{customerName}} le {{startsAt}}, NPA {{postalCode}}.{{/if}}',
      },
    },
    'helper.on_the_way': {
      email: {
        subject: '{{helperName}} est en route',
        body: paragraphs(hello, '{{helperName}} est en route vers chez vous pour « {{serviceName}} » (rendez-vous : {{startsAt}}).', signOff),
      },
      sms: { subject: null, body: '{{siteName}} : {{helperName}} est en route vers chez vous pour {{serviceName}}.' },
      in_app: {
        subject: '{{helperName}} est en route',
        body: '{{helperName}} est en route vers chez vous pour « {{serviceName}} ».',
      },
    },
    'appointment.started': {
      email: {
        subject: '{{helperName}} a commencé',
        body: paragraphs(hello, '{{helperName}} a commencé {{#if byCall}}l’appel pour{{else}}la mission{{/if}} « {{serviceName}} » (rendez-vous : {{startsAt}}).', 'Nous vous écrirons dès que la mission sera terminée.', signOff),
      },
      sms: { subject: null, body: '{{siteName}} : {{helperName}} a débuté {{#if byCall}}l\'appel pour{{else}}la mission{{/if}} {{serviceName}}.' },
      in_app: {
        subject: '{{helperName}} a commencé',
        body: '{{helperName}} a commencé {{#if byCall}}l’appel pour{{else}}la mission{{/if}} « {{serviceName}} ».',
      },
    },
    'request.completed': {
      email: {
        subject: 'Mission terminée : {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} a marqué la mission « {{serviceName}} » comme terminée. Nous espérons que tout fonctionne comme vous le souhaitez.',
          'Si quelque chose ne va pas, signalez-le dans votre compte afin que nous puissions vous aider.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : {{helperName}} a terminé la mission {{serviceName}}. Un souci ? Signalez-le dans votre compte.' },
      in_app: {
        subject: 'Mission terminée : {{serviceName}}',
        body: '{{helperName}} a marqué la mission comme terminée. Un souci ? Faites-le-nous savoir.',
      },
    },
    'review.requested': {
      email: {
        subject: 'Comment cela s’est-il passé avec {{otherPartyName}} ?',
        body: paragraphs(
          hello,
          'Merci d’utiliser {{siteName}}. Comment s’est déroulée la mission « {{serviceName}} » avec {{otherPartyName}} ?',
          'Votre avis ne prend qu’une minute et aide les autres habitants de votre quartier. Vous pouvez le donner jusqu’au {{reviewUntil}}.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : donnez votre avis sur {{serviceName}} avec {{otherPartyName}} d\'ici au {{reviewUntil}} : {{link}}' },
      in_app: {
        subject: 'Comment cela s’est-il passé avec {{otherPartyName}} ?',
        body: 'Donnez votre avis sur « {{serviceName}} » jusqu’au {{reviewUntil}}.',
      },
    },
    'payment.receipt': {
      email: {
        subject: 'Votre quittance {{receiptNumber}}',
        body: paragraphs(
          hello,
          'Merci pour votre paiement. Voici votre quittance.',
          'Prestation : {{serviceName}}\nMontant payé : {{amount}}\nNuméro de quittance : {{receiptNumber}}',
          'Vous retrouvez toutes vos quittances à tout moment dans votre compte.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : merci pour votre paiement de {{amount}} pour {{serviceName}}. Quittance {{receiptNumber}}.' },
      in_app: {
        subject: 'Paiement reçu',
        body: '{{amount}} pour « {{serviceName}} ». Quittance {{receiptNumber}}.',
      },
    },
    'payment.refunded': {
      email: {
        subject: 'Remboursement de {{amount}}',
        body: paragraphs(
          hello,
          'Nous vous avons remboursé {{amount}} pour « {{serviceName}} ». Selon votre banque ou l’émetteur de votre carte, le montant peut mettre quelques jours ouvrables à apparaître sur votre relevé.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : nous vous avons remboursé {{amount}} pour {{serviceName}}. Le crédit peut prendre quelques jours ouvrables.' },
      in_app: {
        subject: 'Remboursement effectué',
        body: '{{amount}} pour « {{serviceName}} » vous a été remboursé. Le crédit peut prendre quelques jours ouvrables.',
      },
    },
    'payout.paid': {
      email: {
        subject: 'Versement de {{amount}} effectué',
        body: paragraphs(
          hello,
          'Nous avons versé {{amount}} sur votre compte bancaire. Le montant devrait y apparaître d’ici au {{arrivalDate}}.',
          'Merci pour votre aide dans le quartier ! Vous retrouvez tous vos gains et versements dans votre compte.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : votre versement de {{amount}} est en route et devrait arriver sur votre compte bancaire d\'ici au {{arrivalDate}}.' },
      in_app: {
        subject: 'Versement effectué : {{amount}}',
        body: 'Le montant devrait arriver sur votre compte bancaire d’ici au {{arrivalDate}}.',
      },
    },
    'request.escalated': {
      email: {
        subject: 'La demande {{requestReference}} requiert votre attention',
        body: paragraphs(
          hello,
          'La demande {{requestReference}} nécessite l’intervention d’un opérateur.',
          'Prestation : {{serviceName}}\nNPA : {{postalCode}}{{#if reason}}\nMotif : {{reason}}{{/if}}',
          'Merci de l’examiner et de trouver une solution pour le client dès que possible.',
        ),
      },
      sms: { subject: null, body: '{{siteName}} : la demande {{requestReference}} ({{serviceName}}, NPA {{postalCode}}) requiert votre attention.' },
      in_app: {
        subject: 'Demande {{requestReference}} à traiter',
        body: '{{serviceName}}, NPA {{postalCode}}.{{#if reason}} Motif : {{reason}}{{/if}}',
      },
    },
    'dispatch.offer': {
      email: {
        subject: '{{#if byCall}}Nouvelle demande : appeler un client pour {{serviceName}}{{else}}Nouvelle demande près de chez vous : {{serviceName}}, NPA {{postalCode}}{{/if}}',
        body: paragraphs(
          hello,
          '{{#if byCall}}Un client souhaite d’abord de l’aide par téléphone, et vous faites partie des personnes à qui nous proposons la mission. C’est un appel : aucun déplacement.{{else}}Un client près de chez vous cherche de l’aide, et vous faites partie des personnes à qui nous proposons la mission.{{/if}}',
          'Prestation : {{serviceName}}\nNPA : {{postalCode}}{{#if wantedFrom}}\nSouhaitée à partir du : {{wantedFrom}}{{/if}}{{#if openUntil}}\nOuverte jusqu’au : {{openUntil}}{{/if}}',
          'La première personne qui accepte obtient la mission : répondez vite si elle vous convient. Sinon, merci de la refuser pour que nous puissions la proposer à quelqu’un d’autre sans attendre.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : demande {{#if byCall}}par appel : {{serviceName}}{{else}}{{serviceName}}, NPA {{postalCode}}{{/if}}. Répondez{{#if openUntil}} avant le {{openUntil}}{{/if}} : {{link}}' },
      in_app: {
        subject: '{{#if byCall}}Nouvelle demande : appeler un client pour {{serviceName}}{{else}}Nouvelle demande près de chez vous : {{serviceName}}{{/if}}',
        body: '{{#if byCall}}Appel pour {{serviceName}} (client au NPA {{postalCode}}), sans déplacement{{else}}{{serviceName}}, NPA {{postalCode}}{{/if}}{{#if wantedFrom}}, à partir du {{wantedFrom}}{{/if}}.{{#if openUntil}} Ouverte jusqu’au {{openUntil}}.{{/if}} La première personne qui accepte obtient la mission.',
      },
    },
    'incident.opened': {
      email: {
        subject: 'Incident possible : {{requestCount}} demandes semblables pour {{serviceName}}, NPA {{postalArea}}',
        body: paragraphs(
          hello,
          'En peu de temps, {{requestCount}} clients de la zone NPA {{postalArea}} ont demandé de l’aide pour « {{serviceName}} » en des termes semblables. Il peut s’agir d’une même panne, par exemple d’une interruption de service.',
          'Prestation : {{serviceName}}\nZone NPA : {{postalArea}}\nDemandes : {{requestCount}}',
          'Merci d’examiner l’incident. S’il s’agit d’une panne connue, signalez-la comme telle : les clients qui font une demande dans la zone en sont informés, et les réservations payantes y attendent jusqu’à ce que vous clôturiez l’incident.',
        ),
      },
      sms: { subject: null, body: '{{siteName}} : incident possible, {{requestCount}} demandes semblables pour {{serviceName}}, NPA {{postalArea}}. Merci de l\'examiner.' },
      in_app: {
        subject: 'Incident possible, NPA {{postalArea}}',
        body: '{{requestCount}} demandes semblables pour « {{serviceName}} », NPA {{postalArea}}.',
      },
    },
    'redemption.requested': {
      email: {
        subject: '{{helperName}} souhaite échanger des points contre {{rewardName}}',
        body: paragraphs(
          hello,
          '{{helperName}} souhaite échanger {{points}} points contre « {{rewardName}} ». Les points sont réservés jusqu’à votre décision.',
          'Merci d’approuver la demande une fois la récompense en route, ou de la refuser en indiquant un motif : les points sont alors rendus.',
        ),
      },
      sms: { subject: null, body: '{{siteName}} : {{helperName}} souhaite échanger {{points}} points contre {{rewardName}} et attend votre décision.' },
      in_app: {
        subject: 'Récompense demandée : {{rewardName}}',
        body: '{{helperName}} souhaite échanger {{points}} points contre « {{rewardName}} ».',
      },
    },
    'redemption.approved': {
      email: {
        subject: 'Votre récompense est approuvée : {{rewardName}}',
        body: paragraphs(
          hello,
          'Bonne nouvelle : votre demande d’échanger {{points}} points contre « {{rewardName}} » a été approuvée. Vous trouverez tous les détails dans votre compte.',
          'Merci pour votre aide dans le quartier !',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : votre récompense {{rewardName}} ({{points}} points) est approuvée. Merci pour votre aide dans le quartier !' },
      in_app: {
        subject: 'Récompense approuvée : {{rewardName}}',
        body: 'Vos {{points}} points ont été échangés contre « {{rewardName}} ».',
      },
    },
    'redemption.rejected': {
      email: {
        subject: 'Votre demande de récompense : {{rewardName}}',
        body: paragraphs(
          hello,
          'Malheureusement, nous ne pouvons pas vous accorder « {{rewardName}} » cette fois-ci.',
          '{{#if reason}}Motif : {{reason}}\n\n{{/if}}Vos {{points}} points ont été recrédités sur votre compte : vous pouvez choisir une autre récompense quand vous le souhaitez.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : votre récompense {{rewardName}} n\'a malheureusement pas été approuvée. Vos {{points}} points vous ont été rendus.' },
      in_app: {
        subject: 'Récompense refusée : {{rewardName}}',
        body: 'Vos {{points}} points vous ont été rendus.{{#if reason}} Motif : {{reason}}{{/if}}',
      },
    },
    'message.received': {
      email: {
        subject: 'Nouveau message de {{senderName}} : {{serviceName}}',
        body: paragraphs(
          hello,
          '{{senderName}} vous a écrit au sujet de « {{serviceName}} » :',
          '« {{messageExcerpt}} »',
          'Lisez toute la conversation et répondez sur {{siteName}}. Une réponse à cet e-mail ne parvient pas à {{senderName}}.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : nouveau message de {{senderName}} au sujet de {{serviceName}}. Lire et répondre : {{link}}' },
      in_app: {
        subject: 'Nouveau message de {{senderName}}',
        body: '{{serviceName}} : « {{messageExcerpt}} »',
      },
    },
    'visit.needed': {
      email: {
        subject: 'Une visite est nécessaire pour {{serviceName}}',
        body: paragraphs(
          hello,
          'L’appel avec {{helperName}} a montré que « {{serviceName}} » demande un passage sur place.',
          '{{#if note}}Note de {{helperName}} : {{note}}\n\n{{/if}}Nous cherchons maintenant une personne qui passera chez vous, au prix déjà convenu. Nous vous écrirons dès que quelqu’un sera réservé.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : après l\'appel avec {{helperName}}, {{serviceName}} demande une visite. Nous cherchons quelqu\'un pour passer et vous écrirons.' },
      in_app: {
        subject: 'Visite nécessaire : {{serviceName}}',
        body: 'L’appel avec {{helperName}} a montré que « {{serviceName}} » demande une visite sur place. Nous cherchons quelqu’un qui passera au prix convenu et vous écrirons dès que quelqu’un sera réservé.{{#if note}} Note : {{note}}{{/if}}',
      },
    },
    'level.reached': {
      email: {
        subject: 'Félicitations : vous avez atteint le niveau {{levelName}}',
        body: paragraphs(
          hello,
          'Félicitations ! Grâce à votre aide dans le quartier, vous avez atteint le niveau {{levelName}}{{#if previousLevelName}} (auparavant : {{previousLevelName}}){{/if}}.',
          'Votre compte vous montre ce que vous apporte ce nouveau niveau et ce qu’il faut pour atteindre le suivant.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} : félicitations ! Vous avez atteint le niveau {{levelName}}. Merci pour votre aide dans le quartier !' },
      in_app: {
        subject: 'Nouveau niveau : {{levelName}}',
        body: 'Félicitations ! Votre niveau passe{{#if previousLevelName}} de {{previousLevelName}}{{/if}} à {{levelName}}.',
      },
    },
  },
  linkLabels: {
    'application.approved': 'Voir le profil',
    'application.rejected': 'Voir la candidature',
    'offer.received': 'Voir l’offre',
    'booking.confirmed': 'Voir la réservation',
    'booking.assigned': 'Voir la mission',
    'appointment.reminder': 'Voir le rendez-vous',
    'job.reminder': 'Voir la mission',
    'helper.on_the_way': 'Voir le rendez-vous',
    'appointment.started': 'Voir le rendez-vous',
    'request.completed': 'Voir la demande',
    'review.requested': 'Donner un avis',
    'payment.receipt': 'Voir la quittance',
    'payment.refunded': 'Voir le paiement',
    'payout.paid': 'Voir les versements',
    'request.escalated': 'Traiter la demande',
    'dispatch.offer': 'Voir la demande',
    'incident.opened': 'Voir l’incident',
    'redemption.requested': 'Examiner la demande',
    'redemption.approved': 'Voir les récompenses',
    'redemption.rejected': 'Voir les récompenses',
    'message.received': 'Lire et répondre',
    'visit.needed': 'Suivre votre demande',
    'level.reached': 'Voir votre niveau',
  },
};

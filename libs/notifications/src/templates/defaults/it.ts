// Italian defaults in Swiss usage: formal "Lei" (capitalised), NPA for the postal code, «» quotes.
// SMS texts stay in the GSM-7 alphabet (no «») so one message is one 160-character segment.
import { type LocaleDefaults, paragraphs } from './locale-defaults.js';

const hello = 'Buongiorno {{recipientName}},';
const signOff = 'Cordiali saluti\nIl team di {{siteName}}';

export const it: LocaleDefaults = {
  templates: {
    'application.approved': {
      email: {
        subject: 'Candidatura approvata: ora può accettare incarichi su {{siteName}}',
        body: paragraphs(
          hello,
          'Buone notizie: la Sua candidatura è stata approvata. Il Suo profilo è ora visibile ai clienti della Sua zona e può rispondere alle richieste e accettare prenotazioni.',
          'Tenga aggiornate la Sua disponibilità e la Sua zona di intervento, così riceverà gli incarichi più adatti.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: la Sua candidatura è stata approvata! Ora può accettare incarichi. Tenga aggiornata la Sua disponibilità.' },
      in_app: {
        subject: 'Candidatura approvata',
        body: 'Il Suo profilo è ora visibile ai clienti. Tenga aggiornata la Sua disponibilità per ricevere gli incarichi più adatti.',
      },
    },
    'application.rejected': {
      email: {
        subject: 'La Sua candidatura su {{siteName}}',
        body: paragraphs(
          hello,
          'La ringraziamo per l’interesse verso {{siteName}}. Dopo aver esaminato la Sua candidatura, purtroppo al momento non possiamo approvarla.',
          '{{#if reason}}Motivo: {{reason}}\n\n{{/if}}Se ha domande o se la Sua situazione cambia, non esiti a contattarci.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: purtroppo al momento non possiamo approvare la Sua candidatura. Trova maggiori informazioni nel Suo account.' },
      in_app: {
        subject: 'Candidatura non approvata',
        body: 'Purtroppo al momento non possiamo approvare la Sua candidatura.{{#if reason}} Motivo: {{reason}}{{/if}}',
      },
    },
    'offer.received': {
      email: {
        subject: '{{helperName}} Le offre il suo aiuto: {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} desidera aiutarLa con «{{serviceName}}» e propone un prezzo di {{price}}.',
          'Guardi l’offerta, il profilo e le recensioni, e accetti l’offerta se fa al caso Suo. Potrebbero arrivare anche altre offerte.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} offre il suo aiuto per {{serviceName}} a {{price}}. Vedere l\'offerta: {{link}}' },
      in_app: {
        subject: 'Nuova offerta da {{helperName}}',
        body: '{{helperName}} offre il suo aiuto per «{{serviceName}}»: {{price}}.',
      },
    },
    'booking.confirmed': {
      email: {
        subject: 'Prenotazione confermata: {{serviceName}} il {{startsAt}}',
        body: paragraphs(
          hello,
          'La Sua prenotazione è confermata.',
          'Servizio: {{serviceName}}\nCon: {{helperName}}\nQuando: {{startsAt}}\nNPA: {{postalCode}}\nPrezzo: {{price}}',
          '{{#if byCall}}{{helperName}} La chiamerà all’orario concordato per aiutarLa al telefono. Se servisse comunque un intervento sul posto, lo organizzeremo al prezzo concordato.{{else}}{{helperName}} verrà da Lei all’orario concordato.{{/if}} Se i Suoi piani cambiano, può gestire la prenotazione nel Suo account.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: prenotazione confermata. {{helperName}} {{#if byCall}}La chiamerà per{{else}}La aiuterà con{{/if}} {{serviceName}} il {{startsAt}}.' },
      in_app: {
        subject: 'Prenotazione confermata',
        body: '{{helperName}} {{#if byCall}}La chiamerà per{{else}}La aiuterà con{{/if}} «{{serviceName}}» il {{startsAt}}.',
      },
    },
    'booking.assigned': {
      email: {
        subject: '{{#if byCall}}Nuova chiamata{{else}}Nuovo incarico{{/if}}: {{serviceName}} il {{startsAt}}',
        body: paragraphs(
          hello,
          'Ha un nuovo incarico confermato.',
          'Servizio: {{serviceName}}\nPer: {{customerName}}\nQuando: {{startsAt}}\nNPA: {{postalCode}}\nPrezzo: {{price}}',
          '{{#if byCall}}Questo incarico inizia con una chiamata: chiami il cliente all’orario concordato; trova il suo numero di telefono nella pagina dell’incarico. Se dalla chiamata risulta che serve un intervento sul posto, passi lì l’incarico per una visita.{{else}}Trova l’indirizzo e i recapiti nel Suo account.{{/if}} Se non potesse esserci, ce lo comunichi il prima possibile.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: nuovo incarico, {{#if byCall}}chiami {{customerName}} per {{serviceName}} il {{startsAt}}{{else}}{{serviceName}} per {{customerName}} il {{startsAt}}, NPA {{postalCode}}{{/if}}: {{link}}' },
      in_app: {
        subject: '{{#if byCall}}Nuova chiamata{{else}}Nuovo incarico{{/if}}: {{serviceName}}',
        body: '{{#if byCall}}Chiami {{customerName}} il {{startsAt}} ({{price}}); il numero è nella pagina dell’incarico.{{else}}Per {{customerName}} il {{startsAt}}, NPA {{postalCode}} ({{price}}).{{/if}}',
      },
    },
    'appointment.reminder': {
      email: {
        subject: 'Promemoria: {{serviceName}} il {{startsAt}}',
        body: paragraphs(
          hello,
          'Le ricordiamo il Suo prossimo appuntamento.',
          'Servizio: {{serviceName}}\nCon: {{helperName}}\nQuando: {{startsAt}}\nNPA: {{postalCode}}',
          '{{#if byCall}}{{helperName}} La chiamerà a quell’ora: tenga il telefono a portata di mano.{{else}}La preghiamo di assicurarsi che qualcuno sia a casa e che {{helperName}} possa accedere a tutto il necessario.{{/if}} Se qualcosa è cambiato, ce lo segnali nel Suo account.',
          signOff,
        ),
      },
      sms: { subject: null, body: 'Promemoria {{siteName}}: {{helperName}} {{#if byCall}}La chiamerà il {{startsAt}} per {{serviceName}}. Tenga il telefono a portata di mano.{{else}}verrà il {{startsAt}} per {{serviceName}}. Si assicuri che qualcuno sia a casa.{{/if}}' },
      in_app: {
        subject: 'Promemoria: {{serviceName}}',
        body: '{{helperName}} {{#if byCall}}La chiamerà il {{startsAt}}{{else}}verrà da Lei il {{startsAt}}{{/if}}.',
      },
    },
    'job.reminder': {
      email: {
        subject: 'Promemoria: {{serviceName}} per {{customerName}} il {{startsAt}}',
        body: paragraphs(
          hello,
          'Le ricordiamo il Suo prossimo incarico.',
          'Servizio: {{serviceName}}\nPer: {{customerName}}\nQuando: {{startsAt}}\nNPA: {{postalCode}}',
          '{{#if byCall}}La preghiamo di chiamare puntuale; trova il numero di telefono del cliente nella pagina dell’incarico.{{else}}Trova l’indirizzo e i recapiti nel Suo account. La preghiamo di arrivare puntuale e di avvisare in caso di ritardo.{{/if}}',
          signOff,
        ),
      },
      sms: { subject: null, body: 'Promemoria {{siteName}}: {{#if byCall}}chiami {{customerName}} per {{serviceName}} il {{startsAt}}{{else}}{{serviceName}} per {{customerName}} il {{startsAt}}, NPA {{postalCode}}{{/if}}. Dettagli: {{link}}' },
      in_app: {
        subject: 'Promemoria: {{serviceName}}',
        body: '{{#if byCall}}Chiami {{customerName}} il {{startsAt}}; il numero è nella pagina dell’incarico.{{else}}Per {{customerName}} il {{startsAt}}, NPA {{postalCode}}.{{/if}}',
      },
    },
    'helper.on_the_way': {
      email: {
        subject: '{{helperName}} è in arrivo',
        body: paragraphs(hello, '{{helperName}} è in viaggio verso di Lei per «{{serviceName}}» (appuntamento: {{startsAt}}).', signOff),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} è in viaggio verso di Lei per {{serviceName}}. A presto!' },
      in_app: {
        subject: '{{helperName}} è in arrivo',
        body: '{{helperName}} è in viaggio verso di Lei per «{{serviceName}}».',
      },
    },
    'appointment.started': {
      email: {
        subject: '{{helperName}} ha iniziato',
        body: paragraphs(hello, '{{helperName}} ha iniziato {{#if byCall}}la chiamata per{{else}}il lavoro per{{/if}} «{{serviceName}}» (appuntamento: {{startsAt}}).', 'Le scriveremo non appena l’incarico sarà concluso.', signOff),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} ha iniziato {{#if byCall}}la chiamata per{{else}}il lavoro per{{/if}} {{serviceName}}.' },
      in_app: {
        subject: '{{helperName}} ha iniziato',
        body: '{{helperName}} ha iniziato {{#if byCall}}la chiamata per{{else}}il lavoro per{{/if}} «{{serviceName}}».',
      },
    },
    'request.completed': {
      email: {
        subject: 'Incarico completato: {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} ha segnato l’incarico «{{serviceName}}» come completato. Speriamo che tutto funzioni come desiderato.',
          'Se qualcosa non va, ce lo segnali nel Suo account, così potremo aiutarLa.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} ha completato l\'incarico {{serviceName}}. Qualcosa non va? Ce lo segnali nel Suo account.' },
      in_app: {
        subject: 'Incarico completato: {{serviceName}}',
        body: '{{helperName}} ha segnato l’incarico come completato. Qualcosa non va? Ce lo faccia sapere.',
      },
    },
    'review.requested': {
      email: {
        subject: 'Com’è andata con {{otherPartyName}}?',
        body: paragraphs(
          hello,
          'Grazie di utilizzare {{siteName}}. Com’è andato l’incarico «{{serviceName}}» con {{otherPartyName}}?',
          'La Sua recensione richiede solo un minuto e aiuta le altre persone del quartiere. Può lasciarla fino al {{reviewUntil}}.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: lasci una recensione per {{serviceName}} con {{otherPartyName}} entro il {{reviewUntil}}: {{link}}' },
      in_app: {
        subject: 'Com’è andata con {{otherPartyName}}?',
        body: 'Lasci una recensione per «{{serviceName}}» entro il {{reviewUntil}}.',
      },
    },
    'payment.receipt': {
      email: {
        subject: 'La Sua ricevuta {{receiptNumber}}',
        body: paragraphs(
          hello,
          'Grazie per il Suo pagamento. Ecco la Sua ricevuta.',
          'Servizio: {{serviceName}}\nImporto pagato: {{amount}}\nNumero di ricevuta: {{receiptNumber}}',
          'Trova tutte le Sue ricevute in qualsiasi momento nel Suo account.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: pagamento di {{amount}} per {{serviceName}} ricevuto. Ricevuta {{receiptNumber}}. Grazie!' },
      in_app: {
        subject: 'Pagamento ricevuto',
        body: '{{amount}} per «{{serviceName}}». Ricevuta {{receiptNumber}}.',
      },
    },
    'payment.refunded': {
      email: {
        subject: 'Rimborso di {{amount}}',
        body: paragraphs(
          hello,
          'Le abbiamo rimborsato {{amount}} per «{{serviceName}}». A seconda della banca o dell’emittente della carta, possono servire alcuni giorni lavorativi prima che l’importo compaia sul Suo estratto conto.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Le abbiamo rimborsato {{amount}} per {{serviceName}}. L\'accredito può richiedere alcuni giorni lavorativi.' },
      in_app: {
        subject: 'Rimborso effettuato',
        body: '{{amount}} per «{{serviceName}}» Le è stato rimborsato. L’accredito può richiedere alcuni giorni lavorativi.',
      },
    },
    'payout.paid': {
      email: {
        subject: 'Versamento di {{amount}} effettuato',
        body: paragraphs(
          hello,
          'Abbiamo versato {{amount}} sul Suo conto bancario. L’importo dovrebbe essere disponibile entro il {{arrivalDate}}.',
          'Grazie per il Suo aiuto nel quartiere! Trova tutti i Suoi guadagni e versamenti nel Suo account.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: il Suo versamento di {{amount}} è in arrivo e dovrebbe essere sul Suo conto bancario entro il {{arrivalDate}}.' },
      in_app: {
        subject: 'Versamento effettuato: {{amount}}',
        body: 'L’importo dovrebbe arrivare sul Suo conto bancario entro il {{arrivalDate}}.',
      },
    },
    'request.escalated': {
      email: {
        subject: 'La richiesta {{requestReference}} richiede attenzione',
        body: paragraphs(
          hello,
          'La richiesta {{requestReference}} necessita dell’intervento di un operatore.',
          'Servizio: {{serviceName}}\nNPA: {{postalCode}}{{#if reason}}\nMotivo: {{reason}}{{/if}}',
          'La preghiamo di esaminarla e di trovare una soluzione per il cliente il prima possibile.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: la richiesta {{requestReference}} ({{serviceName}}, NPA {{postalCode}}) richiede attenzione.' },
      in_app: {
        subject: 'Richiesta {{requestReference}} da gestire',
        body: '{{serviceName}}, NPA {{postalCode}}.{{#if reason}} Motivo: {{reason}}{{/if}}',
      },
    },
    'dispatch.offer': {
      email: {
        subject: '{{#if byCall}}Nuova richiesta: chiamare un cliente per {{serviceName}}{{else}}Nuova richiesta nella Sua zona: {{serviceName}}, NPA {{postalCode}}{{/if}}',
        body: paragraphs(
          hello,
          '{{#if byCall}}Un cliente desidera prima un aiuto al telefono, e Lei è tra le persone a cui proponiamo l’incarico. È una chiamata: nessuno spostamento.{{else}}Un cliente nella Sua zona cerca aiuto, e Lei è tra le persone a cui proponiamo l’incarico.{{/if}}',
          'Servizio: {{serviceName}}\nNPA: {{postalCode}}{{#if wantedFrom}}\nDesiderato a partire da: {{wantedFrom}}{{/if}}{{#if openUntil}}\nAperta fino a: {{openUntil}}{{/if}}',
          'L’incarico va a chi accetta per primo: risponda presto se Le va bene. Altrimenti lo rifiuti, così possiamo proporlo subito a qualcun altro.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: richiesta {{#if byCall}}per telefono: {{serviceName}}{{else}}{{serviceName}}, NPA {{postalCode}}{{/if}}. Risponda{{#if openUntil}} entro {{openUntil}}{{/if}}: {{link}}' },
      in_app: {
        subject: '{{#if byCall}}Nuova richiesta: chiamare un cliente per {{serviceName}}{{else}}Nuova richiesta nella Sua zona: {{serviceName}}{{/if}}',
        body: '{{#if byCall}}Chiamata per {{serviceName}} (cliente NPA {{postalCode}}), senza spostamento{{else}}{{serviceName}}, NPA {{postalCode}}{{/if}}{{#if wantedFrom}}, a partire da {{wantedFrom}}{{/if}}.{{#if openUntil}} Aperta fino a {{openUntil}}.{{/if}} L’incarico va a chi accetta per primo.',
      },
    },
    'incident.opened': {
      email: {
        subject: 'Possibile guasto: {{requestCount}} richieste simili per {{serviceName}}, NPA {{postalArea}}',
        body: paragraphs(
          hello,
          'In poco tempo {{requestCount}} clienti della zona NPA {{postalArea}} hanno chiesto aiuto per «{{serviceName}}» con parole simili. Potrebbe trattarsi di un unico guasto, per esempio un’interruzione del servizio.',
          'Servizio: {{serviceName}}\nZona NPA: {{postalArea}}\nRichieste: {{requestCount}}',
          'La preghiamo di esaminare il caso. Se si tratta di un guasto noto, lo segnali come tale: i clienti che fanno una richiesta nella zona ne vengono informati, e le prenotazioni a pagamento nella zona restano in attesa finché Lei non chiude il caso.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: possibile guasto, {{requestCount}} richieste simili per {{serviceName}}, NPA {{postalArea}}. La preghiamo di verificare.' },
      in_app: {
        subject: 'Possibile guasto, NPA {{postalArea}}',
        body: '{{requestCount}} richieste simili per «{{serviceName}}», NPA {{postalArea}}.',
      },
    },
    'redemption.requested': {
      email: {
        subject: '{{helperName}} vorrebbe riscattare {{rewardName}}',
        body: paragraphs(
          hello,
          '{{helperName}} vorrebbe riscattare {{points}} punti per «{{rewardName}}». I punti restano riservati fino alla Sua decisione.',
          'La preghiamo di approvare la richiesta quando il premio è in arrivo, oppure di respingerla indicando un motivo: i punti vengono così restituiti.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} vorrebbe riscattare {{points}} punti per {{rewardName}} e attende la Sua decisione.' },
      in_app: {
        subject: 'Premio richiesto: {{rewardName}}',
        body: '{{helperName}} vorrebbe riscattare {{points}} punti per «{{rewardName}}».',
      },
    },
    'redemption.approved': {
      email: {
        subject: 'Il Suo premio è approvato: {{rewardName}}',
        body: paragraphs(
          hello,
          'Buone notizie: la Sua richiesta di riscattare {{points}} punti per «{{rewardName}}» è stata approvata. Trova tutti i dettagli nel Suo account.',
          'Grazie per il Suo aiuto nel quartiere!',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: il Suo premio {{rewardName}} ({{points}} punti) è approvato. Grazie per il Suo aiuto nel quartiere!' },
      in_app: {
        subject: 'Premio approvato: {{rewardName}}',
        body: 'I Suoi {{points}} punti per «{{rewardName}}» sono stati riscattati.',
      },
    },
    'redemption.rejected': {
      email: {
        subject: 'La Sua richiesta di premio: {{rewardName}}',
        body: paragraphs(
          hello,
          'Purtroppo questa volta non possiamo concederLe «{{rewardName}}».',
          '{{#if reason}}Motivo: {{reason}}\n\n{{/if}}I Suoi {{points}} punti sono stati riaccreditati sul Suo account: può scegliere un altro premio quando vuole.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: purtroppo il Suo premio {{rewardName}} non è stato approvato. I Suoi {{points}} punti Le sono stati restituiti.' },
      in_app: {
        subject: 'Premio non approvato: {{rewardName}}',
        body: 'I Suoi {{points}} punti Le sono stati restituiti.{{#if reason}} Motivo: {{reason}}{{/if}}',
      },
    },
    'message.received': {
      email: {
        subject: 'Nuovo messaggio da {{senderName}}: {{serviceName}}',
        body: paragraphs(
          hello,
          '{{senderName}} Le ha scritto a proposito di «{{serviceName}}»:',
          '«{{messageExcerpt}}»',
          'Legga tutta la conversazione e risponda su {{siteName}}. Una risposta a questa e-mail non raggiunge {{senderName}}.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: nuovo messaggio da {{senderName}} per {{serviceName}}. Legga e risponda: {{link}}' },
      in_app: {
        subject: 'Nuovo messaggio da {{senderName}}',
        body: '{{serviceName}}: «{{messageExcerpt}}»',
      },
    },
    'visit.needed': {
      email: {
        subject: 'Serve una visita per {{serviceName}}',
        body: paragraphs(
          hello,
          'La chiamata con {{helperName}} ha mostrato che per «{{serviceName}}» serve qualcuno sul posto.',
          '{{#if note}}Nota di {{helperName}}: {{note}}\n\n{{/if}}Ora cerchiamo qualcuno che passi da Lei, al prezzo già concordato. Le scriveremo non appena qualcuno sarà prenotato.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: dopo la chiamata con {{helperName}}, {{serviceName}} richiede una visita. Cerchiamo qualcuno che passi e Le scriveremo.' },
      in_app: {
        subject: 'Serve una visita: {{serviceName}}',
        body: 'La chiamata con {{helperName}} ha mostrato che «{{serviceName}}» richiede una visita sul posto. Cerchiamo qualcuno che passi al prezzo concordato e Le scriveremo non appena qualcuno sarà prenotato.{{#if note}} Nota: {{note}}{{/if}}',
      },
    },
    'level.reached': {
      email: {
        subject: 'Congratulazioni: ha raggiunto il livello {{levelName}}',
        body: paragraphs(
          hello,
          'Congratulazioni! Grazie al Suo aiuto nel quartiere ha raggiunto il livello {{levelName}}{{#if previousLevelName}} (finora: {{previousLevelName}}){{/if}}.',
          'Nel Suo account trova che cosa Le offre il nuovo livello e che cosa serve per il prossimo.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: congratulazioni! Ha raggiunto il livello {{levelName}}. Grazie per il Suo aiuto nel quartiere!' },
      in_app: {
        subject: 'Nuovo livello: {{levelName}}',
        body: 'Congratulazioni! Il Suo livello passa{{#if previousLevelName}} da {{previousLevelName}}{{/if}} a {{levelName}}.',
      },
    },
  },
  linkLabels: {
    'application.approved': 'Vai al profilo',
    'application.rejected': 'Vedi la candidatura',
    'offer.received': 'Vedi l’offerta',
    'booking.confirmed': 'Vedi la prenotazione',
    'booking.assigned': 'Vedi l’incarico',
    'appointment.reminder': 'Vedi l’appuntamento',
    'job.reminder': 'Vedi l’incarico',
    'helper.on_the_way': 'Vedi l’appuntamento',
    'appointment.started': 'Vedi l’appuntamento',
    'request.completed': 'Vedi la richiesta',
    'review.requested': 'Scrivi una recensione',
    'payment.receipt': 'Vedi la ricevuta',
    'payment.refunded': 'Vedi il pagamento',
    'payout.paid': 'Vedi i versamenti',
    'request.escalated': 'Gestisci la richiesta',
    'dispatch.offer': 'Vedi la richiesta',
    'incident.opened': 'Vedi il caso',
    'redemption.requested': 'Esamina la richiesta',
    'redemption.approved': 'Vedi i premi',
    'redemption.rejected': 'Vedi i premi',
    'message.received': 'Leggi e rispondi',
    'visit.needed': 'Segua la Sua richiesta',
    'level.reached': 'Vedi il Suo livello',
  },
};

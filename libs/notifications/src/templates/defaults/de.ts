// German defaults in Swiss usage: formal "Sie", "ss" instead of "ß", «» quotes. SMS texts stay in the
// GSM-7 alphabet (no «») so one message is one 160-character segment.
import { type LocaleDefaults, paragraphs } from './locale-defaults.js';

// Swiss letters put no comma after the salutation and start the next paragraph with a capital.
const hello = 'Guten Tag {{recipientName}}';
const signOff = 'Freundliche Grüsse\nIhr Team von {{siteName}}';

export const de: LocaleDefaults = {
  templates: {
    'application.approved': {
      email: {
        subject: 'Willkommen: Sie können jetzt Aufträge auf {{siteName}} übernehmen',
        body: paragraphs(
          hello,
          'Gute Nachrichten: Ihre Bewerbung wurde angenommen. Ihr Profil ist jetzt für Kundinnen und Kunden in Ihrer Nähe sichtbar, und Sie können Anfragen beantworten und Buchungen annehmen.',
          'Halten Sie Ihre Verfügbarkeit und Ihr Einsatzgebiet aktuell, damit die passenden Aufträge Sie finden.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Ihre Bewerbung wurde angenommen! Sie können jetzt Aufträge übernehmen. Halten Sie Ihre Verfügbarkeit aktuell.' },
      in_app: {
        subject: 'Ihre Bewerbung wurde angenommen',
        body: 'Ihr Profil ist jetzt für Kundinnen und Kunden sichtbar. Halten Sie Ihre Verfügbarkeit aktuell, damit die passenden Aufträge Sie finden.',
      },
    },
    'application.rejected': {
      email: {
        subject: 'Ihre Bewerbung bei {{siteName}}',
        body: paragraphs(
          hello,
          'Vielen Dank für Ihr Interesse, auf {{siteName}} mitzuhelfen. Nach Prüfung Ihrer Bewerbung können wir sie derzeit leider nicht annehmen.',
          '{{#if reason}}Begründung: {{reason}}\n\n{{/if}}Wenn Sie Fragen haben oder sich Ihre Situation ändert, melden Sie sich gerne bei uns.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Leider können wir Ihre Bewerbung derzeit nicht annehmen. Weitere Informationen finden Sie in Ihrem Konto.' },
      in_app: {
        subject: 'Ihre Bewerbung wurde nicht angenommen',
        body: 'Wir können Ihre Bewerbung derzeit leider nicht annehmen.{{#if reason}} Begründung: {{reason}}{{/if}}',
      },
    },
    'offer.received': {
      email: {
        subject: '{{helperName}} bietet Hilfe an: {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} möchte Ihnen bei «{{serviceName}}» helfen und bietet dies für {{price}} an.',
          'Sehen Sie sich das Angebot, das Profil und die Bewertungen an und nehmen Sie es an, wenn es für Sie passt. Möglicherweise erhalten Sie noch weitere Angebote.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} bietet Hilfe für {{serviceName}} an, Preis {{price}}. Zum Angebot: {{link}}' },
      in_app: {
        subject: 'Neues Angebot von {{helperName}}',
        body: '{{helperName}} bietet Hilfe für «{{serviceName}}» an: {{price}}.',
      },
    },
    'booking.confirmed': {
      email: {
        subject: 'Buchung bestätigt: {{serviceName}} am {{startsAt}}',
        body: paragraphs(
          hello,
          'Ihre Buchung ist bestätigt.',
          'Dienstleistung: {{serviceName}}\nHelfer/in: {{helperName}}\nWann: {{startsAt}}\nPostleitzahl: {{postalCode}}\nPreis: {{price}}',
          '{{#if byCall}}{{helperName}} ruft Sie zur vereinbarten Zeit an und hilft Ihnen am Telefon. Braucht es doch einen Besuch vor Ort, organisieren wir ihn zum vereinbarten Preis.{{else}}{{helperName}} kommt zur vereinbarten Zeit zu Ihnen.{{/if}} Falls sich Ihre Pläne ändern, können Sie die Buchung in Ihrem Konto verwalten.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Buchung bestätigt. {{helperName}} {{#if byCall}}ruft Sie am {{startsAt}} wegen {{serviceName}} an{{else}}hilft Ihnen am {{startsAt}} bei {{serviceName}}{{/if}}.' },
      in_app: {
        subject: 'Buchung bestätigt',
        body: '{{helperName}} {{#if byCall}}ruft Sie am {{startsAt}} wegen «{{serviceName}}» an{{else}}hilft Ihnen am {{startsAt}} bei «{{serviceName}}»{{/if}}.',
      },
    },
    'booking.assigned': {
      email: {
        subject: '{{#if byCall}}Neuer Anruf{{else}}Neuer Auftrag{{/if}}: {{serviceName}} am {{startsAt}}',
        body: paragraphs(
          hello,
          'Sie haben einen neuen, bestätigten Auftrag.',
          'Dienstleistung: {{serviceName}}\nKundin/Kunde: {{customerName}}\nWann: {{startsAt}}\nPostleitzahl: {{postalCode}}\nPreis: {{price}}',
          '{{#if byCall}}Dieser Auftrag beginnt mit einem Anruf: Bitte rufen Sie die Kundin oder den Kunden zur vereinbarten Zeit an; die Telefonnummer finden Sie auf der Seite des Auftrags. Zeigt der Anruf, dass es Hilfe vor Ort braucht, geben Sie den Auftrag dort für einen Besuch weiter.{{else}}Die Adresse und die Kontaktdaten finden Sie in Ihrem Konto.{{/if}} Falls Sie den Termin nicht wahrnehmen können, melden Sie sich bitte so früh wie möglich.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Neuer Auftrag! {{#if byCall}}Rufen Sie {{customerName}} am {{startsAt}} wegen {{serviceName}} an{{else}}{{serviceName}} für {{customerName}} am {{startsAt}} in {{postalCode}}{{/if}}. Details: {{link}}' },
      in_app: {
        subject: '{{#if byCall}}Neuer Anruf{{else}}Neuer Auftrag{{/if}}: {{serviceName}}',
        body: '{{#if byCall}}{{customerName}} am {{startsAt}} anrufen ({{price}}); die Telefonnummer steht beim Auftrag.{{else}}Für {{customerName}} am {{startsAt}} in {{postalCode}} ({{price}}).{{/if}}',
      },
    },
    'appointment.reminder': {
      email: {
        subject: 'Erinnerung: {{serviceName}} am {{startsAt}}',
        body: paragraphs(
          hello,
          'Gerne erinnern wir Sie an Ihren Termin.',
          'Dienstleistung: {{serviceName}}\nHelfer/in: {{helperName}}\nWann: {{startsAt}}\nPostleitzahl: {{postalCode}}',
          '{{#if byCall}}{{helperName}} ruft Sie dann an; bitte halten Sie Ihr Telefon bereit.{{else}}Bitte sorgen Sie dafür, dass jemand zu Hause ist und {{helperName}} an alles herankommt, was erledigt werden soll.{{/if}} Falls sich etwas geändert hat, melden Sie sich bitte in Ihrem Konto.',
          signOff,
        ),
      },
      sms: { subject: null, body: 'Erinnerung von {{siteName}}: {{helperName}} {{#if byCall}}ruft Sie am {{startsAt}} wegen {{serviceName}} an. Halten Sie Ihr Telefon bereit.{{else}}kommt am {{startsAt}} für {{serviceName}}. Jemand sollte zu Hause sein.{{/if}}' },
      in_app: {
        subject: 'Erinnerung: {{serviceName}}',
        body: '{{helperName}} {{#if byCall}}ruft Sie am {{startsAt}} an{{else}}kommt am {{startsAt}} zu Ihnen{{/if}}.',
      },
    },
    'job.reminder': {
      email: {
        subject: 'Erinnerung: {{serviceName}} für {{customerName}} am {{startsAt}}',
        body: paragraphs(
          hello,
          'Gerne erinnern wir Sie an Ihren nächsten Auftrag.',
          'Dienstleistung: {{serviceName}}\nKundin/Kunde: {{customerName}}\nWann: {{startsAt}}\nPostleitzahl: {{postalCode}}',
          '{{#if byCall}}Bitte rufen Sie pünktlich an; die Telefonnummer der Kundin oder des Kunden finden Sie auf der Seite des Auftrags.{{else}}Die Adresse und die Kontaktdaten finden Sie in Ihrem Konto. Bitte seien Sie pünktlich und geben Sie Bescheid, falls Sie sich verspäten.{{/if}}',
          signOff,
        ),
      },
      sms: { subject: null, body: 'Erinnerung von {{siteName}}: {{#if byCall}}Anruf bei {{customerName}} wegen {{serviceName}} am {{startsAt}}{{else}}{{serviceName}} für {{customerName}} am {{startsAt}} in {{postalCode}}{{/if}}. Details: {{link}}' },
      in_app: {
        subject: 'Erinnerung: {{serviceName}}',
        body: '{{#if byCall}}{{customerName}} am {{startsAt}} anrufen; die Telefonnummer steht beim Auftrag.{{else}}Für {{customerName}} am {{startsAt}} in {{postalCode}}.{{/if}}',
      },
    },
    'helper.on_the_way': {
      email: {
        subject: '{{helperName}} ist unterwegs zu Ihnen',
        body: paragraphs(hello, '{{helperName}} ist jetzt unterwegs zu Ihnen für «{{serviceName}}» (Termin: {{startsAt}}).', signOff),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} ist unterwegs zu Ihnen für {{serviceName}}. Bis gleich!' },
      in_app: {
        subject: '{{helperName}} ist unterwegs',
        body: '{{helperName}} ist unterwegs zu Ihnen für «{{serviceName}}».',
      },
    },
    'appointment.started': {
      email: {
        subject: '{{helperName}} hat mit der Arbeit begonnen',
        body: paragraphs(hello, '{{helperName}} hat {{#if byCall}}den Anruf zu{{else}}mit{{/if}} «{{serviceName}}» begonnen (Termin: {{startsAt}}).', 'Wir melden uns, sobald der Auftrag erledigt ist.', signOff),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} hat {{#if byCall}}den Anruf zu{{else}}mit der Arbeit für{{/if}} {{serviceName}} begonnen.' },
      in_app: {
        subject: '{{helperName}} hat begonnen',
        body: '{{helperName}} hat {{#if byCall}}den Anruf zu{{else}}mit{{/if}} «{{serviceName}}» begonnen.',
      },
    },
    'request.completed': {
      email: {
        subject: 'Auftrag erledigt: {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} hat «{{serviceName}}» als erledigt markiert. Wir hoffen, dass alles wie gewünscht funktioniert.',
          'Falls etwas nicht stimmt, melden Sie sich bitte in Ihrem Konto, damit wir Ihnen helfen können.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} hat {{serviceName}} erledigt. Stimmt etwas nicht? Melden Sie sich in Ihrem Konto.' },
      in_app: {
        subject: 'Auftrag erledigt: {{serviceName}}',
        body: '{{helperName}} hat den Auftrag als erledigt markiert. Stimmt etwas nicht? Melden Sie sich bei uns.',
      },
    },
    'review.requested': {
      email: {
        subject: 'Wie war es mit {{otherPartyName}}?',
        body: paragraphs(
          hello,
          'Vielen Dank, dass Sie {{siteName}} nutzen. Wie ist «{{serviceName}}» mit {{otherPartyName}} gelaufen?',
          'Ihre Bewertung dauert nur eine Minute und hilft anderen in Ihrer Nachbarschaft. Sie können sie bis {{reviewUntil}} abgeben.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Wie war {{serviceName}} mit {{otherPartyName}}? Bewerten Sie bis {{reviewUntil}}: {{link}}' },
      in_app: {
        subject: 'Wie war es mit {{otherPartyName}}?',
        body: 'Bewerten Sie «{{serviceName}}» bis {{reviewUntil}}.',
      },
    },
    'payment.receipt': {
      email: {
        subject: 'Ihre Quittung {{receiptNumber}}',
        body: paragraphs(
          hello,
          'Vielen Dank für Ihre Zahlung. Hier ist Ihre Quittung.',
          'Dienstleistung: {{serviceName}}\nBezahlter Betrag: {{amount}}\nQuittungsnummer: {{receiptNumber}}',
          'Alle Quittungen finden Sie jederzeit in Ihrem Konto.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Zahlung von {{amount}} für {{serviceName}} erhalten. Quittung {{receiptNumber}}. Vielen Dank!' },
      in_app: {
        subject: 'Zahlung erhalten',
        body: '{{amount}} für «{{serviceName}}». Quittung {{receiptNumber}}.',
      },
    },
    'payment.refunded': {
      email: {
        subject: 'Rückerstattung von {{amount}}',
        body: paragraphs(
          hello,
          'Wir haben Ihnen {{amount}} für «{{serviceName}}» zurückerstattet. Je nach Bank oder Kartenanbieter kann es einige Arbeitstage dauern, bis der Betrag auf Ihrer Abrechnung erscheint.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Wir haben Ihnen {{amount}} für {{serviceName}} zurückerstattet. Die Gutschrift kann einige Arbeitstage dauern.' },
      in_app: {
        subject: 'Rückerstattung veranlasst',
        body: '{{amount}} für «{{serviceName}}» wurde zurückerstattet. Die Gutschrift kann einige Arbeitstage dauern.',
      },
    },
    'payout.paid': {
      email: {
        subject: 'Auszahlung von {{amount}}',
        body: paragraphs(
          hello,
          'Wir haben {{amount}} auf Ihr Bankkonto ausbezahlt. Der Betrag sollte bis {{arrivalDate}} auf Ihrem Konto sein.',
          'Vielen Dank für Ihre Hilfe in der Nachbarschaft! Alle Einnahmen und Auszahlungen finden Sie in Ihrem Konto.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Ihre Auszahlung von {{amount}} ist unterwegs und sollte bis {{arrivalDate}} auf Ihrem Bankkonto sein.' },
      in_app: {
        subject: 'Auszahlung: {{amount}}',
        body: 'Der Betrag sollte bis {{arrivalDate}} auf Ihrem Bankkonto sein.',
      },
    },
    'request.escalated': {
      email: {
        subject: 'Anfrage {{requestReference}} braucht Ihre Aufmerksamkeit',
        body: paragraphs(
          hello,
          'Die Anfrage {{requestReference}} wurde eskaliert und muss vom Betriebsteam bearbeitet werden.',
          'Dienstleistung: {{serviceName}}\nPostleitzahl: {{postalCode}}{{#if reason}}\nGrund: {{reason}}{{/if}}',
          'Bitte prüfen Sie die Anfrage und finden Sie so rasch wie möglich eine Lösung für die Kundin oder den Kunden.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Anfrage {{requestReference}} ({{serviceName}}, {{postalCode}}) wurde eskaliert und braucht Ihre Aufmerksamkeit.' },
      in_app: {
        subject: 'Anfrage {{requestReference}} eskaliert',
        body: '{{serviceName}} in {{postalCode}}.{{#if reason}} Grund: {{reason}}{{/if}}',
      },
    },
    'dispatch.offer': {
      email: {
        subject: '{{#if byCall}}Neue Anfrage: eine Kundin oder einen Kunden zu {{serviceName}} anrufen{{else}}Neue Anfrage in Ihrer Nähe: {{serviceName}} in {{postalCode}}{{/if}}',
        body: paragraphs(
          hello,
          '{{#if byCall}}Eine Kundin oder ein Kunde möchte zuerst Hilfe am Telefon, und Sie gehören zu den Helferinnen und Helfern, die wir anfragen. Es ist ein Anruf: Sie müssen nirgends hinfahren.{{else}}Eine Kundin oder ein Kunde in Ihrer Nähe sucht Hilfe, und Sie gehören zu den Helferinnen und Helfern, die wir anfragen.{{/if}}',
          'Dienstleistung: {{serviceName}}\nPostleitzahl: {{postalCode}}{{#if wantedFrom}}\nGewünscht ab: {{wantedFrom}}{{/if}}{{#if openUntil}}\nOffen bis: {{openUntil}}{{/if}}',
          'Wer zuerst zusagt, erhält den Auftrag. Antworten Sie also rasch, wenn er für Sie passt. Wenn nicht, lehnen Sie ihn bitte ab, damit wir sofort jemand anderen fragen können.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Neue Anfrage {{#if byCall}}per Anruf: {{serviceName}}{{else}}{{serviceName}} in {{postalCode}}{{/if}}. Antworten Sie{{#if openUntil}} bis {{openUntil}}{{/if}}: {{link}}' },
      in_app: {
        subject: '{{#if byCall}}Neue Anfrage: Anruf zu {{serviceName}}{{else}}Neue Anfrage in Ihrer Nähe: {{serviceName}}{{/if}}',
        body: '{{#if byCall}}Ein Anruf zu {{serviceName}} (Kundschaft in {{postalCode}}), ohne Anfahrt{{else}}{{serviceName}} in {{postalCode}}{{/if}}{{#if wantedFrom}}, gewünscht ab {{wantedFrom}}{{/if}}.{{#if openUntil}} Offen bis {{openUntil}}.{{/if}} Wer zuerst zusagt, erhält den Auftrag.',
      },
    },
    'incident.opened': {
      email: {
        subject: 'Mögliche Störung: {{requestCount}} ähnliche Anfragen zu {{serviceName}} in {{postalArea}}',
        body: paragraphs(
          hello,
          'In kurzer Zeit haben {{requestCount}} Kundinnen und Kunden im Postleitzahlgebiet {{postalArea}} mit ähnlichen Worten Hilfe bei «{{serviceName}}» angefragt. Das kann auf eine gemeinsame Ursache hinweisen, etwa eine Störung.',
          'Dienstleistung: {{serviceName}}\nPostleitzahlgebiet: {{postalArea}}\nAnfragen: {{requestCount}}',
          'Bitte prüfen Sie den Vorfall. Handelt es sich um eine bekannte Störung, markieren Sie ihn entsprechend: Kundinnen und Kunden in diesem Gebiet werden informiert, und bezahlte Buchungen dort warten, bis Sie den Vorfall schliessen.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Mögliche Störung: {{requestCount}} ähnliche Anfragen zu {{serviceName}} in {{postalArea}}. Bitte prüfen Sie den Vorfall.' },
      in_app: {
        subject: 'Mögliche Störung in {{postalArea}}',
        body: '{{requestCount}} ähnliche Anfragen zu «{{serviceName}}» in {{postalArea}}.',
      },
    },
    'redemption.requested': {
      email: {
        subject: '{{helperName}} möchte «{{rewardName}}» einlösen',
        body: paragraphs(
          hello,
          '{{helperName}} möchte {{points}} Punkte gegen «{{rewardName}}» einlösen. Die Punkte sind bis zu Ihrem Entscheid reserviert.',
          'Bitte genehmigen Sie die Anfrage, sobald die Prämie unterwegs ist, oder lehnen Sie sie mit einer Begründung ab: Dann erhält die Helferin oder der Helfer die Punkte zurück.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} möchte {{points}} Punkte gegen {{rewardName}} einlösen und wartet auf Ihren Entscheid.' },
      in_app: {
        subject: 'Prämie angefragt: {{rewardName}}',
        body: '{{helperName}} möchte {{points}} Punkte gegen «{{rewardName}}» einlösen.',
      },
    },
    'redemption.approved': {
      email: {
        subject: 'Ihre Prämie ist genehmigt: {{rewardName}}',
        body: paragraphs(
          hello,
          'Gute Nachrichten: Ihre Anfrage, {{points}} Punkte gegen «{{rewardName}}» einzulösen, wurde genehmigt. Alle Einzelheiten finden Sie in Ihrem Konto.',
          'Vielen Dank für Ihre Hilfe in der Nachbarschaft!',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Ihre Prämie {{rewardName}} ({{points}} Punkte) ist genehmigt. Vielen Dank für Ihre Hilfe in der Nachbarschaft!' },
      in_app: {
        subject: 'Prämie genehmigt: {{rewardName}}',
        body: 'Ihre {{points}} Punkte für «{{rewardName}}» wurden eingelöst.',
      },
    },
    'redemption.rejected': {
      email: {
        subject: 'Ihre Prämienanfrage: {{rewardName}}',
        body: paragraphs(
          hello,
          'Leider können wir Ihnen «{{rewardName}}» diesmal nicht gewähren.',
          '{{#if reason}}Begründung: {{reason}}\n\n{{/if}}Ihre {{points}} Punkte wurden Ihrem Konto wieder gutgeschrieben. Sie können jederzeit eine andere Prämie wählen.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Ihre Prämie {{rewardName}} wurde leider nicht genehmigt. Ihre {{points}} Punkte sind wieder auf Ihrem Konto.' },
      in_app: {
        subject: 'Prämie nicht genehmigt: {{rewardName}}',
        body: 'Ihre {{points}} Punkte sind wieder auf Ihrem Konto.{{#if reason}} Begründung: {{reason}}{{/if}}',
      },
    },
    'message.received': {
      email: {
        subject: 'Neue Nachricht von {{senderName}} zu {{serviceName}}',
        body: paragraphs(
          hello,
          '{{senderName}} hat Ihnen zu «{{serviceName}}» geschrieben:',
          '«{{messageExcerpt}}»',
          'Lesen Sie das ganze Gespräch und antworten Sie auf {{siteName}}. Eine Antwort auf diese E-Mail erreicht {{senderName}} nicht.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Neue Nachricht von {{senderName}} zu {{serviceName}}. Lesen und antworten: {{link}}' },
      in_app: {
        subject: 'Neue Nachricht von {{senderName}}',
        body: '{{serviceName}}: «{{messageExcerpt}}»',
      },
    },
    'visit.needed': {
      email: {
        subject: 'Für {{serviceName}} braucht es einen Besuch',
        body: paragraphs(
          hello,
          'Der Anruf mit {{helperName}} hat gezeigt, dass es für «{{serviceName}}» jemanden vor Ort braucht.',
          '{{#if note}}Notiz von {{helperName}}: {{note}}\n\n{{/if}}Wir suchen nun eine Helferin oder einen Helfer, die oder der vorbeikommt, zum bereits vereinbarten Preis. Sie hören von uns, sobald jemand gebucht ist.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Nach dem Anruf mit {{helperName}} braucht {{serviceName}} einen Besuch. Wir suchen jemanden, der vorbeikommt, und melden uns.' },
      in_app: {
        subject: 'Besuch nötig: {{serviceName}}',
        body: 'Der Anruf mit {{helperName}} hat gezeigt, dass «{{serviceName}}» einen Besuch vor Ort braucht. Wir suchen jemanden, der zum vereinbarten Preis vorbeikommt, und melden uns, sobald jemand gebucht ist.{{#if note}} Notiz: {{note}}{{/if}}',
      },
    },
    'level.reached': {
      email: {
        subject: 'Herzlichen Glückwunsch: Sie haben die Stufe {{levelName}} erreicht',
        body: paragraphs(
          hello,
          'Herzlichen Glückwunsch! Dank Ihrer Hilfe in der Nachbarschaft haben Sie die Stufe {{levelName}} erreicht{{#if previousLevelName}} (bisher: {{previousLevelName}}){{/if}}.',
          'In Ihrem Konto sehen Sie, was Ihnen die neue Stufe bringt und was es für die nächste braucht.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Herzlichen Glückwunsch! Sie haben die Stufe {{levelName}} erreicht. Vielen Dank für Ihre Hilfe in der Nachbarschaft!' },
      in_app: {
        subject: 'Neue Stufe: {{levelName}}',
        body: 'Herzlichen Glückwunsch! Sie sind{{#if previousLevelName}} von {{previousLevelName}}{{/if}} zur Stufe {{levelName}} aufgestiegen.',
      },
    },
  },
  linkLabels: {
    'application.approved': 'Zu Ihrem Profil',
    'application.rejected': 'Bewerbung ansehen',
    'offer.received': 'Angebot ansehen',
    'booking.confirmed': 'Buchung ansehen',
    'booking.assigned': 'Auftrag ansehen',
    'appointment.reminder': 'Termin ansehen',
    'job.reminder': 'Auftrag ansehen',
    'helper.on_the_way': 'Termin ansehen',
    'appointment.started': 'Termin ansehen',
    'request.completed': 'Anfrage ansehen',
    'review.requested': 'Bewertung schreiben',
    'payment.receipt': 'Quittung ansehen',
    'payment.refunded': 'Zahlung ansehen',
    'payout.paid': 'Auszahlungen ansehen',
    'request.escalated': 'Anfrage bearbeiten',
    'dispatch.offer': 'Anfrage ansehen',
    'incident.opened': 'Vorfall ansehen',
    'redemption.requested': 'Anfrage prüfen',
    'redemption.approved': 'Prämien ansehen',
    'redemption.rejected': 'Prämien ansehen',
    'message.received': 'Lesen und antworten',
    'visit.needed': 'Anfrage verfolgen',
    'level.reached': 'Ihre Stufe ansehen',
  },
};

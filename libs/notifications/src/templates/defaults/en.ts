// English defaults. SMS texts stay in the GSM-7 alphabet so one message is one 160-character segment.
import { type LocaleDefaults, paragraphs } from './locale-defaults.js';

const hello = 'Hello {{recipientName}},';
const signOff = 'Kind regards\nThe {{siteName}} team';

export const en: LocaleDefaults = {
  templates: {
    'application.approved': {
      email: {
        subject: 'Welcome aboard: you can now take jobs on {{siteName}}',
        body: paragraphs(
          hello,
          'Good news: your application has been approved. Your profile is now visible to customers near you, and you can start answering requests and accepting bookings.',
          'Keep your availability and service area up to date so the right jobs find you.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Your application is approved! You can now take jobs. Keep your availability up to date so customers can book you.' },
      in_app: {
        subject: 'Your application is approved',
        body: 'Your profile is now visible to customers. Keep your availability up to date so the right jobs find you.',
      },
    },
    'application.rejected': {
      email: {
        subject: 'Your application to {{siteName}}',
        body: paragraphs(
          hello,
          'Thank you for your interest in helping on {{siteName}}. After reviewing your application, we are unable to approve it at this time.',
          '{{#if reason}}Reason: {{reason}}\n\n{{/if}}If you have questions or your situation changes, you are welcome to get in touch with us.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Unfortunately we cannot approve your application at this time. You will find more details in your account.' },
      in_app: {
        subject: 'Your application was not approved',
        body: 'Unfortunately we cannot approve your application at this time.{{#if reason}} Reason: {{reason}}{{/if}}',
      },
    },
    'offer.received': {
      email: {
        subject: '{{helperName}} offers to help with {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} would like to help you with “{{serviceName}}” for {{price}}.',
          'Have a look at the offer, the profile and the reviews, and accept it if it suits you. Other helpers may send offers too.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} offers to help with {{serviceName}} for {{price}}. See the offer: {{link}}' },
      in_app: {
        subject: 'New offer from {{helperName}}',
        body: '{{helperName}} offers to help with “{{serviceName}}” for {{price}}.',
      },
    },
    'booking.confirmed': {
      email: {
        subject: 'Booking confirmed: {{serviceName}} on {{startsAt}}',
        body: paragraphs(
          hello,
          'Your booking is confirmed.',
          'Service: {{serviceName}}\nHelper: {{helperName}}\nWhen: {{startsAt}}\nPostal code: {{postalCode}}\nPrice: {{price}}',
          '{{#if byCall}}{{helperName}} will call you at the agreed time and help over the phone. If a visit turns out to be needed, we will arrange one at the agreed price.{{else}}{{helperName}} will come to you at the agreed time.{{/if}} If your plans change, you can manage the booking in your account.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Booking confirmed. {{helperName}} will {{#if byCall}}call you about{{else}}help you with{{/if}} {{serviceName}} on {{startsAt}}.' },
      in_app: {
        subject: 'Booking confirmed',
        body: '{{helperName}} will {{#if byCall}}call you about{{else}}help you with{{/if}} “{{serviceName}}” on {{startsAt}}.',
      },
    },
    'booking.assigned': {
      email: {
        subject: 'New {{#if byCall}}call{{else}}job{{/if}}: {{serviceName}} on {{startsAt}}',
        body: paragraphs(
          hello,
          'You have a new confirmed job.',
          'Service: {{serviceName}}\nCustomer: {{customerName}}\nWhen: {{startsAt}}\nPostal code: {{postalCode}}\nPrice: {{price}}',
          '{{#if byCall}}This job starts with a call: please call the customer at the agreed time; you will find their phone number on the job page. If the call shows that hands are needed, hand the job on for a visit there.{{else}}You will find the address and contact details in your account.{{/if}} If you cannot make it, please let us know as early as possible.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: New job! {{#if byCall}}Call {{customerName}} about {{serviceName}} on {{startsAt}}{{else}}{{serviceName}} for {{customerName}} on {{startsAt}} in {{postalCode}}{{/if}}. Details: {{link}}' },
      in_app: {
        subject: 'New {{#if byCall}}call{{else}}job{{/if}}: {{serviceName}}',
        body: '{{#if byCall}}Call {{customerName}} on {{startsAt}} ({{price}}); the phone number is on the job page.{{else}}For {{customerName}} on {{startsAt}} in {{postalCode}} ({{price}}).{{/if}}',
      },
    },
    'appointment.reminder': {
      email: {
        subject: 'Reminder: {{serviceName}} on {{startsAt}}',
        body: paragraphs(
          hello,
          'A friendly reminder of your upcoming appointment.',
          'Service: {{serviceName}}\nHelper: {{helperName}}\nWhen: {{startsAt}}\nPostal code: {{postalCode}}',
          '{{#if byCall}}{{helperName}} will call you then, so please keep your phone at hand.{{else}}Please make sure someone is at home and that {{helperName}} can get to everything that needs doing.{{/if}} If something has changed, let us know in your account.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} reminder: {{#if byCall}}{{helperName}} will call you on {{startsAt}} about {{serviceName}}. Please keep your phone at hand.{{else}}{{helperName}} is coming on {{startsAt}} for {{serviceName}}. Please make sure someone is at home.{{/if}}' },
      in_app: {
        subject: 'Reminder: {{serviceName}}',
        body: '{{helperName}} will {{#if byCall}}call you{{else}}be with you{{/if}} on {{startsAt}}.',
      },
    },
    'job.reminder': {
      email: {
        subject: 'Reminder: {{serviceName}} for {{customerName}} on {{startsAt}}',
        body: paragraphs(
          hello,
          'A reminder of your upcoming job.',
          'Service: {{serviceName}}\nCustomer: {{customerName}}\nWhen: {{startsAt}}\nPostal code: {{postalCode}}',
          '{{#if byCall}}Please call on time; you will find the customer’s phone number on the job page.{{else}}You will find the address and contact details in your account. Please be on time, and let the customer know if you are running late.{{/if}}',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}} reminder: {{#if byCall}}call {{customerName}} about {{serviceName}} on {{startsAt}}{{else}}{{serviceName}} for {{customerName}} on {{startsAt}} in {{postalCode}}{{/if}}. Details: {{link}}' },
      in_app: {
        subject: 'Reminder: {{serviceName}}',
        body: '{{#if byCall}}Call {{customerName}} on {{startsAt}}; the phone number is on the job page.{{else}}For {{customerName}} on {{startsAt}} in {{postalCode}}.{{/if}}',
      },
    },
    'helper.on_the_way': {
      email: {
        subject: '{{helperName}} is on the way',
        body: paragraphs(hello, '{{helperName}} is on the way to you for “{{serviceName}}” (appointment: {{startsAt}}).', signOff),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} is on the way to you for {{serviceName}}. See you soon!' },
      in_app: {
        subject: '{{helperName}} is on the way',
        body: '{{helperName}} is on the way to you for “{{serviceName}}”.',
      },
    },
    'appointment.started': {
      email: {
        subject: '{{helperName}} has started',
        body: paragraphs(hello, '{{helperName}} has started {{#if byCall}}the call about{{else}}work on{{/if}} “{{serviceName}}” (appointment: {{startsAt}}).', 'We will let you know as soon as the job is done.', signOff),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} has started {{#if byCall}}the call about{{else}}work on{{/if}} {{serviceName}}.' },
      in_app: {
        subject: '{{helperName}} has started',
        body: '{{helperName}} has started {{#if byCall}}the call about{{else}}work on{{/if}} “{{serviceName}}”.',
      },
    },
    'request.completed': {
      email: {
        subject: 'Job completed: {{serviceName}}',
        body: paragraphs(
          hello,
          '{{helperName}} has marked “{{serviceName}}” as completed. We hope everything works just as it should.',
          'If something is not right, please let us know in your account so we can help.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} has completed {{serviceName}}. Something not right? Let us know in your account.' },
      in_app: {
        subject: 'Job completed: {{serviceName}}',
        body: '{{helperName}} has marked the job as completed. Something not right? Let us know.',
      },
    },
    'review.requested': {
      email: {
        subject: 'How did it go with {{otherPartyName}}?',
        body: paragraphs(
          hello,
          'Thank you for using {{siteName}}. How did “{{serviceName}}” with {{otherPartyName}} go?',
          'Your review takes only a minute and helps others in your neighbourhood. You can leave it until {{reviewUntil}}.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: How did {{serviceName}} with {{otherPartyName}} go? Leave a review by {{reviewUntil}}: {{link}}' },
      in_app: {
        subject: 'How did it go with {{otherPartyName}}?',
        body: 'Leave a review for “{{serviceName}}” by {{reviewUntil}}.',
      },
    },
    'payment.receipt': {
      email: {
        subject: 'Your receipt {{receiptNumber}}',
        body: paragraphs(
          hello,
          'Thank you for your payment. Here is your receipt.',
          'Service: {{serviceName}}\nAmount paid: {{amount}}\nReceipt number: {{receiptNumber}}',
          'You can find all your receipts in your account at any time.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Payment of {{amount}} received for {{serviceName}}. Receipt {{receiptNumber}}. Thank you!' },
      in_app: {
        subject: 'Payment received',
        body: '{{amount}} for “{{serviceName}}”. Receipt {{receiptNumber}}.',
      },
    },
    'payment.refunded': {
      email: {
        subject: 'Refund of {{amount}}',
        body: paragraphs(
          hello,
          'We have refunded {{amount}} for “{{serviceName}}”. Depending on your bank or card provider, it can take a few working days for the money to appear on your statement.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: We have refunded {{amount}} for {{serviceName}}. It may take a few working days to appear on your statement.' },
      in_app: {
        subject: 'Refund sent',
        body: '{{amount}} for “{{serviceName}}” has been refunded. It may take a few working days to appear on your statement.',
      },
    },
    'payout.paid': {
      email: {
        subject: 'Payout of {{amount}} sent',
        body: paragraphs(
          hello,
          'We have paid {{amount}} into your bank account. It should be there by {{arrivalDate}}.',
          'Thank you for helping your neighbours! You can see all your earnings and payouts in your account.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Your payout of {{amount}} has been sent and should be in your bank account by {{arrivalDate}}.' },
      in_app: {
        subject: 'Payout sent: {{amount}}',
        body: 'It should be in your bank account by {{arrivalDate}}.',
      },
    },
    'request.escalated': {
      email: {
        subject: 'Request {{requestReference}} needs attention',
        body: paragraphs(
          hello,
          'Request {{requestReference}} needs an operator.',
          'Service: {{serviceName}}\nPostal code: {{postalCode}}{{#if reason}}\nReason: {{reason}}{{/if}}',
          'Please take a look and find a solution for the customer as soon as possible.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Request {{requestReference}} ({{serviceName}}, {{postalCode}}) needs an operator.' },
      in_app: {
        subject: 'Request {{requestReference}} needs attention',
        body: '{{serviceName}} in {{postalCode}}.{{#if reason}} Reason: {{reason}}{{/if}}',
      },
    },
    'dispatch.offer': {
      email: {
        subject: '{{#if byCall}}New request: call a customer about {{serviceName}}{{else}}New request nearby: {{serviceName}} in {{postalCode}}{{/if}}',
        body: paragraphs(
          hello,
          '{{#if byCall}}A customer would like help over the phone first, and you are one of the helpers we are asking. It is a call: no travel needed.{{else}}A customer near you is looking for help, and you are one of the helpers we are asking.{{/if}}',
          'Service: {{serviceName}}\nPostal code: {{postalCode}}{{#if wantedFrom}}\nWanted from: {{wantedFrom}}{{/if}}{{#if openUntil}}\nOpen until: {{openUntil}}{{/if}}',
          'The first helper to accept gets the job, so answer soon if it suits you. If it does not, please decline so we can ask someone else straight away.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: New request {{#if byCall}}by call (no travel): {{serviceName}}{{else}}{{serviceName}} in {{postalCode}}{{/if}}. Reply{{#if openUntil}} by {{openUntil}}{{/if}}: {{link}}' },
      in_app: {
        subject: '{{#if byCall}}New request: call a customer about {{serviceName}}{{else}}New request nearby: {{serviceName}}{{/if}}',
        body: '{{#if byCall}}A call about {{serviceName}} (customer in {{postalCode}}), no travel needed{{else}}{{serviceName}} in {{postalCode}}{{/if}}{{#if wantedFrom}}, wanted from {{wantedFrom}}{{/if}}.{{#if openUntil}} Open until {{openUntil}}.{{/if}} The first helper to accept gets the job.',
      },
    },
    'incident.opened': {
      email: {
        subject: 'Possible incident: {{requestCount}} alike requests for {{serviceName}} in {{postalArea}}',
        body: paragraphs(
          hello,
          'Within a short time, {{requestCount}} customers in postal area {{postalArea}} asked for help with “{{serviceName}}” in similar words. This may be one fault, such as an outage.',
          'Service: {{serviceName}}\nPostal area: {{postalArea}}\nRequests: {{requestCount}}',
          'Please look into the incident. If it is a known outage, mark it as one: customers posting there are told, and paid bookings in the area wait until you close it.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Possible incident: {{requestCount}} alike requests for {{serviceName}} in {{postalArea}}. Please look into it.' },
      in_app: {
        subject: 'Possible incident in {{postalArea}}',
        body: '{{requestCount}} alike requests for “{{serviceName}}” in {{postalArea}}.',
      },
    },
    'redemption.requested': {
      email: {
        subject: '{{helperName}} would like to redeem {{rewardName}}',
        body: paragraphs(
          hello,
          '{{helperName}} would like to redeem {{points}} points for “{{rewardName}}”. The points are set aside until you decide.',
          'Please approve the request once the reward is on its way, or reject it with a reason: the helper then gets the points back.',
        ),
      },
      sms: { subject: null, body: '{{siteName}}: {{helperName}} would like to redeem {{points}} points for {{rewardName}} and is waiting for your decision.' },
      in_app: {
        subject: 'Reward requested: {{rewardName}}',
        body: '{{helperName}} would like to redeem {{points}} points for “{{rewardName}}”.',
      },
    },
    'redemption.approved': {
      email: {
        subject: 'Your reward is approved: {{rewardName}}',
        body: paragraphs(
          hello,
          'Good news: your request to redeem {{points}} points for “{{rewardName}}” has been approved. You will find the details in your account.',
          'Thank you for helping your neighbours!',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Your reward {{rewardName}} ({{points}} points) is approved. Thank you for helping your neighbours!' },
      in_app: {
        subject: 'Reward approved: {{rewardName}}',
        body: 'Your {{points}} points for “{{rewardName}}” have been redeemed.',
      },
    },
    'redemption.rejected': {
      email: {
        subject: 'Your reward request: {{rewardName}}',
        body: paragraphs(
          hello,
          'Unfortunately we cannot give you “{{rewardName}}” this time.',
          '{{#if reason}}Reason: {{reason}}\n\n{{/if}}Your {{points}} points are back in your account, so you can choose another reward whenever you like.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Unfortunately your reward {{rewardName}} was not approved. Your {{points}} points are back in your account.' },
      in_app: {
        subject: 'Reward not approved: {{rewardName}}',
        body: 'Your {{points}} points are back in your account.{{#if reason}} Reason: {{reason}}{{/if}}',
      },
    },
    'message.received': {
      email: {
        subject: 'New message from {{senderName}} about {{serviceName}}',
        body: paragraphs(
          hello,
          '{{senderName}} wrote to you about “{{serviceName}}”:',
          '“{{messageExcerpt}}”',
          'Read the whole conversation and reply on {{siteName}}. Replies to this email do not reach {{senderName}}.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: New message from {{senderName}} about {{serviceName}}. Read and reply: {{link}}' },
      in_app: {
        subject: 'New message from {{senderName}}',
        body: '{{serviceName}}: “{{messageExcerpt}}”',
      },
    },
    'visit.needed': {
      email: {
        subject: 'A visit is needed for {{serviceName}}',
        body: paragraphs(
          hello,
          'The call with {{helperName}} showed that “{{serviceName}}” needs someone on site.',
          '{{#if note}}Note from {{helperName}}: {{note}}\n\n{{/if}}We are now finding a helper to come by, at the price already agreed. You will hear from us as soon as someone is booked.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: After the call with {{helperName}}, {{serviceName}} needs a visit. We are finding a helper to come by and will let you know.' },
      in_app: {
        subject: 'A visit is needed: {{serviceName}}',
        body: 'The call with {{helperName}} showed that “{{serviceName}}” needs a visit. We are finding a helper to come by at the price already agreed and will let you know as soon as someone is booked.{{#if note}} Note: {{note}}{{/if}}',
      },
    },
    'level.reached': {
      email: {
        subject: 'Congratulations: you have reached {{levelName}}',
        body: paragraphs(
          hello,
          'Congratulations! Thanks to your help in the neighbourhood, you have reached the {{levelName}} level{{#if previousLevelName}} (up from {{previousLevelName}}){{/if}}.',
          'Your account shows what your new level brings and what the next one takes.',
          signOff,
        ),
      },
      sms: { subject: null, body: '{{siteName}}: Congratulations! You have reached the {{levelName}} level. Thank you for helping your neighbours!' },
      in_app: {
        subject: 'New level: {{levelName}}',
        body: 'Congratulations! You have moved up{{#if previousLevelName}} from {{previousLevelName}}{{/if}} to {{levelName}}.',
      },
    },
  },
  linkLabels: {
    'application.approved': 'Go to your profile',
    'application.rejected': 'View your application',
    'offer.received': 'View offer',
    'booking.confirmed': 'View booking',
    'booking.assigned': 'View job',
    'appointment.reminder': 'View appointment',
    'job.reminder': 'View job',
    'helper.on_the_way': 'View appointment',
    'appointment.started': 'View appointment',
    'request.completed': 'View request',
    'review.requested': 'Write a review',
    'payment.receipt': 'View receipt',
    'payment.refunded': 'View payment',
    'payout.paid': 'View payouts',
    'request.escalated': 'Handle request',
    'dispatch.offer': 'View request',
    'incident.opened': 'View incident',
    'redemption.requested': 'Review request',
    'redemption.approved': 'View rewards',
    'redemption.rejected': 'View rewards',
    'message.received': 'Read and reply',
    'visit.needed': 'Follow your request',
    'level.reached': 'View your level',
  },
};

export { MessagingModule, MessagingTenantApiModule } from './messaging.module.js';
export { MessageService, MAX_MESSAGE_LENGTH } from './message.service.js';
export { ConversationService, type ContactView } from './conversation.service.js';
export { CONTACT_PLACEHOLDER, redactContacts } from './contact-redaction.js';
export { READ_ONLY_STATUSES } from './conversation-access.js';
export type { ConversationView, MessageView, SenderRole } from './message-rows.js';

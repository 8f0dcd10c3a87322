// Notification texts: what operators may write, how it is filled in, what Quartier ships, and the
// branded email around it.
export { defaultLinkLabel, defaultTemplate } from './default-templates.js';
export { brandedEmail, type BrandedEmailInput, type EmailBranding, footerFor, LINK_LABELS } from './email-layout.js';
export { renderTemplate } from './template-renderer.js';
export type { TemplateText } from './template-text.js';
export { validateTemplate } from './template-validation.js';

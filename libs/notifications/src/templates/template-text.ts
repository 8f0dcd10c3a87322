// The words of one notification on one channel, before or after its variables are filled in.

/**
 * email: subject line and plain-text body; in_app: title and body; sms: body only (subject null).
 * Bodies are plain text with blank lines between paragraphs; the email layout turns them into HTML.
 */
export interface TemplateText {
  subject: string | null;
  body: string;
}

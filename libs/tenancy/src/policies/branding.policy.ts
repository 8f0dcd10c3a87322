import { z } from 'zod';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex color such as #0055aa');

export const brandingPolicy = z
  .object({
    displayName: z.string().trim().min(1).max(120),
    logoUrl: z.string().url().max(2048).refine((url) => url.startsWith('https://') || url.startsWith('http://'), 'must be an http(s) URL').nullable().default(null),
    primaryColor: color.default('#1f4b99'),
    accentColor: color.default('#f2a900'),
    fontFamily: z.string().trim().min(1).max(80).regex(/^[\w\s,'"-]+$/, 'must be a CSS font family list').default('system-ui, sans-serif'),
    badgeName: z.string().trim().min(1).max(60).nullable().default(null),
  })
  .strict();

export type BrandingPolicy = z.infer<typeof brandingPolicy>;

// The ordered steps a helper applicant passes before taking jobs, and how long each result stays valid.
import { z } from 'zod';
import { defaultLocaleIssues, localizedText, policyKey, type PolicyIssue, type PolicyTenant } from './policy-kit.js';

export const EVIDENCE_KINDS = [
  'identity_document',
  'criminal_record_extract',
  'interview',
  'skills_assessment',
  'references',
  'training',
  'insurance',
] as const;

const vettingStep = z
  .object({
    key: policyKey,
    name: localizedText,
    evidence: z.enum(EVIDENCE_KINDS),
    required: z.boolean(),
    /** Days a passed step stays valid; null means it never expires. */
    expiryDays: z.number().int().min(1).max(3650).nullable(),
  })
  .strict();

export const vettingPolicy = z
  .object({ steps: z.array(vettingStep).min(1).max(20) })
  .strict()
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.steps.forEach((step, index) => {
      if (seen.has(step.key)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'key'], message: `duplicates step key ${step.key}` });
      seen.add(step.key);
    });
    if (!policy.steps.some((step) => step.required)) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'needs at least one required step' });
    }
  });

export type VettingPolicy = z.infer<typeof vettingPolicy>;

export function defaultVettingPolicy(): VettingPolicy {
  return {
    steps: [
      {
        key: 'identity',
        name: { de: 'Ausweis', fr: "Pièce d'identité", it: "Documento d'identità", en: 'Identity document' },
        evidence: 'identity_document',
        required: true,
        expiryDays: null,
      },
      {
        key: 'criminal-record',
        name: { de: 'Strafregisterauszug', fr: 'Extrait du casier judiciaire', it: 'Estratto del casellario giudiziale', en: 'Criminal record extract' },
        evidence: 'criminal_record_extract',
        required: true,
        expiryDays: 730,
      },
      {
        key: 'interview',
        name: { de: 'Gespräch', fr: 'Entretien', it: 'Colloquio', en: 'Interview' },
        evidence: 'interview',
        required: true,
        expiryDays: null,
      },
      {
        key: 'skills',
        name: { de: 'Fachtest', fr: 'Test de compétences', it: 'Test di competenze', en: 'Skills assessment' },
        evidence: 'skills_assessment',
        required: true,
        expiryDays: 1095,
      },
    ],
  };
}

export function vettingTenantIssues(policy: VettingPolicy, tenant: PolicyTenant): PolicyIssue[] {
  return defaultLocaleIssues(
    policy.steps.map((step, index) => ({ path: ['steps', index, 'name'], text: step.name })),
    tenant,
  );
}

import type { ClaimType } from '../../model/records.js';
import { defineRule } from '../rule.js';
import { restsOnlyOnAnonymous } from '../sourcing.js';

/** Judgements and guesses: what anonymity is not granted for (facts and attributed statements are information). */
const OPINION_TYPES: ReadonlySet<ClaimType> = new Set(['characterisation', 'analysis', 'speculation']);

export const sourcingAnonymousOpinion = defineRule({
  id: 'sourcing/anonymous-opinion',
  severity: 'warning',
  summary: 'A characterisation, analysis or speculation resting only on anonymous sources: opinion or conjecture behind anonymity.',
  stage: 'verify',
  reads: { records: { Claim: ['type', 'attribution[].source', 'evidence[].relation'], Source: ['name'] } },
  messages: {
    anonymousOpinion: '{{type}} "{{claim}}" rests only on anonymous sources ({{sources}}); newsroom standards keep opinion on the record',
    anonymousSpeculation:
      'speculation "{{claim}}" rests only on anonymous sources ({{sources}}); anonymity is granted for information, never for speculation',
  },
  check({ workspace, report }) {
    for (const claim of workspace.valid('Claim')) {
      const { type } = claim.value;
      if (!OPINION_TYPES.has(type) || !restsOnlyOnAnonymous(workspace, claim.value)) continue;
      const sources = claim.value.attribution.map((attribution) => attribution.source).join(', ');
      if (type === 'speculation') {
        report(claim, ['attribution'], 'anonymousSpeculation', { claim: claim.value.id, sources }, { part: 'key' });
      } else {
        report(claim, ['attribution'], 'anonymousOpinion', { type, claim: claim.value.id, sources }, { part: 'key' });
      }
    }
  },
});

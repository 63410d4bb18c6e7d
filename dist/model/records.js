export const RECORD_KINDS = ['Story', 'Source', 'Claim', 'Evidence'];

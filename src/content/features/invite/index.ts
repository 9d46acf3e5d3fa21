import type { Feature } from '../../context';

// Placeholder until the invite feature lands.
export const inviteFeature: Feature = { id: 'invite', init() {} };

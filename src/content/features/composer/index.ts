import type { Feature } from '../../context';

// Placeholder until the composer feature lands.
export const composerFeature: Feature = { id: 'composer', init() {} };

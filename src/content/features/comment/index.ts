import type { Feature } from '../../context';

// Placeholder until the comment feature lands.
export const commentFeature: Feature = { id: 'comment', init() {} };

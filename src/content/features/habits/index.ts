import type { Feature } from '../../context';

// Placeholder until the habits feature lands.
export const habitsFeature: Feature = { id: 'habits', init() {} };

import { named } from './types';
export default named('post-dev', []);

import { named } from './types';
export default named('comment-dev', []);

import type { EdgeAction } from '../edge-actions.js';

/** The name of an action's validator in the generated module (`edge_adStart`). */
export function edgeValidatorName(action: EdgeAction): string {
  return 'edge_' + action;
}

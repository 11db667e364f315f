import type { SubmitFunction } from '@sveltejs/kit';
import type { Problem } from '../problem.js';

/**
 * The submit of a dialog's form: busy while it is sent; a refusal stays in the dialog beside the
 * draft, in the API's words; once done, the action's answer is handed on and the page reloads its data.
 */
export function dialogSubmit({
  onbusy,
  onproblem,
  ondone,
}: {
  onbusy: (busy: boolean) => void;
  onproblem: (problem: Problem | null) => void;
  ondone: (data: Record<string, unknown> | undefined) => void;
}): SubmitFunction {
  return () => {
    onbusy(true);
    onproblem(null);
    return async ({ result, update }) => {
      onbusy(false);
      if (result.type === 'failure') {
        onproblem((result.data as { problem: Problem }).problem);
        return;
      }
      await update({ reset: false });
      if (result.type === 'success') ondone(result.data);
    };
  };
}

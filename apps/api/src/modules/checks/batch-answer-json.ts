import type { CheckAnswer } from './remembered-answers.js';

const jsonOf = new WeakMap<CheckAnswer, string>();

/** `{"results":[…]}` from each answer's JSON, written once per remembered answer rather than per batch. */
export function batchAnswerJson({ results }: { results: readonly CheckAnswer[] }): string {
  let json = '{"results":[';
  results.forEach((result, index) => {
    let text = jsonOf.get(result);
    if (text === undefined) jsonOf.set(result, (text = JSON.stringify({ allowed: result.allowed, reason: result.reason })));
    json += index === 0 ? text : `,${text}`;
  });
  return `${json}]}`;
}

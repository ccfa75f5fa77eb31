// The sentence for a reply the provider's content filter withheld (llm and agent kinds alike).

/** finish_reason content_filter: the provider withheld the answer (or part of it). */
export function contentFiltered(model: string): string {
  return `${model}'s answer was withheld by the provider's content filter (finish_reason content_filter); change the prompt or the input it quotes`;
}

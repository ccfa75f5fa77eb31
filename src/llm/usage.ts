/** Token counts of one or more model calls (DESIGN.md §2 `llm` outputs). */
export interface Usage {
  input_tokens: number;
  cached_input_tokens: number;
  output_tokens: number;
  reasoning_tokens: number;
}

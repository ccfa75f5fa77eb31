// CONTRACT STUB — the LLM work defines the chat-call interface here.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LlmClient {}

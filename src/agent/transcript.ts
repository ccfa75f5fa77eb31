// The agent's transcript, kept in the step's outputs (and so in the report): each model
// reply and each tool call with its result, both truncated.
import type { JsonObject } from '../workflow/model.js';

export type TranscriptEntry =
  | {
      turn: number;
      type: 'reply';
      text: string;
      finish_reason: string;
      /** Names of the tools the reply called, in order. */
      tool_calls: string[];
    }
  | {
      turn: number;
      type: 'tool';
      /** The call's id, as the model gave it. */
      id: string;
      tool: string;
      /** The arguments exactly as the model wrote them (maybe not JSON), truncated. */
      arguments: string;
      ok: boolean;
      result: string;
      duration_ms: number;
      /** The MCP server that answered, for an MCP tool (`<server>__<tool>`). */
      server?: string;
    };

export function transcriptOutput(entries: readonly TranscriptEntry[]): JsonObject[] {
  return entries.map((entry) => ({ ...entry }));
}

// JSON values as wflo passes them around (a workflow's values, step outputs, records): the
// base of every layer, so redaction and the checkpoint format need nothing above common/.

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

// CONTRACT STUB — the approval work defines how a gate asks and learns its decision here.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ApprovalGateway {}

// CONTRACT STUB — the sandbox work defines the container-runtime interface here.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ContainerRuntime {}

// Types of layers.mjs for the folder-graph test.
export declare const LAYERS: string[][];
export declare const REMAINING_UPWARD: string[];
export declare function layerOf(folder: string): number | undefined;

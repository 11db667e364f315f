export declare const DOCUMENT_FILE: string;
export declare const SCHEMA_FILE: string;
export declare function clientFiles(input: { document: unknown }): Promise<Record<string, string>>;
export declare function committedClientFiles(): Record<string, string>;
export declare function writeClientFiles(input: { document: unknown }): Promise<string[]>;

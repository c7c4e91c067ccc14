// mailparser ships no type declarations; only what the tests use.
declare module 'mailparser' {
  export interface ParsedMail {
    messageId?: string;
    subject?: string;
    text?: string;
    html?: string | false;
    headers: Map<string, unknown>;
    headerLines: { key: string; line: string }[];
    to?: { text: string };
  }
  export function simpleParser(source: NodeJS.ReadableStream | Buffer | string): Promise<ParsedMail>;
}

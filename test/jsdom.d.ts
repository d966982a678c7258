// The one part of jsdom's API the tests use (test/mermaid-parse.ts), instead of @types/jsdom.
declare module "jsdom" {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}

// Values the global setup hands to every test file through `inject()`.
declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    /** End-to-end run: the origin of its local stack (dashboard and API), e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
  }
}

export {};

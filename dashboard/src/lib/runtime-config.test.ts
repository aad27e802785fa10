import { describe, expect, it } from 'vitest';
import { ConfigError, parseRuntimeConfig } from './runtime-config';

const aws = {
  stage: 'prod',
  region: 'ap-southeast-1',
  userPoolId: 'ap-southeast-1_AbC123',
  clientId: '4abc',
  signInUrl: 'https://etip-prod.auth.ap-southeast-1.amazoncognito.com/',
  apiBase: '/v1',
};

describe('config.json', () => {
  it("reads the local server's shape as local mode", () => {
    expect(parseRuntimeConfig({ mode: 'local', apiBase: '/v1' })).toEqual({ mode: 'local', apiBase: '/v1' });
  });

  it("reads the deployment's shape (infra/src/edge-stack.ts) as AWS mode, sign-in URL without its trailing slash", () => {
    expect(parseRuntimeConfig(aws)).toEqual({ ...aws, mode: 'aws', signInUrl: 'https://etip-prod.auth.ap-southeast-1.amazoncognito.com' });
  });

  it('never takes a config with Cognito ids for local mode, even if it says so', () => {
    expect(parseRuntimeConfig({ ...aws, mode: 'local' }).mode).toBe('aws');
  });

  it.each([
    ['nothing', {}],
    ['an API on another origin', { mode: 'local', apiBase: 'https://elsewhere.example/v1' }],
    ['a sign-in page over plain HTTP', { ...aws, signInUrl: 'http://etip.example' }],
    ['an AWS config missing its client', { ...aws, clientId: undefined }],
  ])('refuses %s', (_name, json) => {
    expect(() => parseRuntimeConfig(json)).toThrow(ConfigError);
  });
});

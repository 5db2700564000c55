/**
 * An Azure OpenAI resource endpoint as Pledge's upstream base: a trailing `/openai` (or
 * `/openai/v1`) is dropped, since client paths start with it. The same rule for
 * PLEDGE_AZURE_UPSTREAM and a policy's region-pinned `upstream`.
 */
export const azureUpstreamBase = (base: string): string => base.replace(/\/+$/, '').replace(/\/openai(?:\/v1)?$/, '');

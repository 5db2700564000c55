import type { Hono } from 'hono';
import type { AdminContext } from '../auth.ts';

export function mountUi(_app: Hono, _ctx: AdminContext): void {}

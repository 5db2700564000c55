/**
 * Guards the manual dependency advisory review (docs/advisory-review.json, SECURITY.md
 * "Manual advisory review"): fails if an installed production dependency's version lies inside
 * an affected range recorded there, for example after a lockfile downgrade. It checks only the
 * advisories recorded in that file; it is not a substitute for `npm audit` against the live
 * advisory database.
 *
 * `semver` is a development dependency (no types are installed for it), so it is loaded with
 * require and typed here by the three functions used.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

interface SemverSubset {
  valid(version: string): string | null;
  validRange(range: string): string | null;
  satisfies(version: string, range: string, options?: { includePrerelease?: boolean }): boolean;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const semver = requireFromRoot('semver') as SemverSubset;

const Advisory = z.object({
  id: z.string().min(1),
  severity: z.string().min(1),
  affected: z.string().min(1),
  fixedIn: z.string().min(1),
  summary: z.string().min(1),
  relevantToPledge: z.boolean(),
});
const Review = z.object({
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  packages: z.array(
    z.object({
      name: z.string().min(1),
      installed: z.string().min(1),
      advisories: z.array(Advisory),
    }),
  ),
});

const review = Review.parse(JSON.parse(readFileSync(path.join(root, 'docs/advisory-review.json'), 'utf8')));

function installedVersion(name: string): string | undefined {
  const manifest = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const parsed = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(manifest, 'utf8')));
  return parsed.version;
}

describe('manual advisory review', () => {
  it('records every affected range as a valid semver range', () => {
    const invalid = review.packages.flatMap((p) =>
      p.advisories.filter((a) => semver.validRange(a.affected) === null).map((a) => `${p.name} ${a.id}: ${a.affected}`),
    );
    expect(invalid).toEqual([]);
  });

  it('finds no installed production dependency inside a recorded affected range', () => {
    const hits: string[] = [];
    for (const p of review.packages) {
      const version = installedVersion(p.name);
      if (version === undefined) continue; // no longer installed: nothing to be affected
      expect(semver.valid(version), `${p.name} has an unparseable version ${version}`).not.toBeNull();
      for (const a of p.advisories) {
        if (semver.satisfies(version, a.affected, { includePrerelease: true })) {
          hits.push(`${p.name}@${version} is inside ${a.id} (${a.severity}, affected ${a.affected}, fixed in ${a.fixedIn})`);
        }
      }
    }
    expect(hits).toEqual([]);
  });
});

import { DEMO_PASSWORD, demoOrganizations, platformOperator } from './demo-data.js';

/** The lines `npm start` prints so people can sign in to the demo. */
export function demoSignIns(): string[] {
  const lines = [`Demo sign-ins (password for all: ${DEMO_PASSWORD})`];
  for (const org of demoOrganizations) {
    lines.push(`  ${org.name}`);
    lines.push(`    ${org.admin.email.padEnd(38)} Organisation Admin (${org.admin.displayName})`);
    for (const person of org.people.filter((p) => p.signIn)) lines.push(`    ${person.signIn!.padEnd(38)} ${person.jobTitle} (${person.displayName})`);
  }
  lines.push(`  Platform operator: ${platformOperator.email} (may create organisations)`);
  return lines;
}

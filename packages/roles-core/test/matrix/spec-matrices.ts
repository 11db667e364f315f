/**
 * SPEC §3 transcribed by hand, row for row (not derived from the product configurations):
 * `✔` held, `✔*` held only inside the consumer's (or Limited Member's) scope, blank not held.
 */
export interface SpecTable {
  columns: readonly string[];
  rows: string;
}

export const SPEC_MATRICES = {
  integrate: {
    application: {
      columns: ['consumer', 'project-creator', 'administrator'],
      rows: `
        jobs.view                  | ✔ | ✔ | ✔
        jobs.history.view          |   | ✔ | ✔
        schedules.manage           |   | ✔ | ✔
        jobs.run                   |   | ✔ | ✔
        jobs.manage                |   | ✔ | ✔
        tasks.manage               |   | ✔ | ✔
        connections.manage         |   |   | ✔
        file-definitions.manage    |   |   | ✔
        cluster-definitions.manage |   |   | ✔
        tenant.manage              |   |   | ✔
        agents.manage              |   |   | ✔
        agents.status.view         | ✔ | ✔ | ✔
        projects.create            |   | ✔ | ✔
        projects.manage            |   |   | ✔`,
    },
    project: {
      columns: ['member', 'manager', 'contributor', 'owner'],
      rows: `
        project.members.manage   |   |   |   | ✔
        project.jobs.manage      |   |   | ✔ | ✔
        project.resources.manage |   |   | ✔ | ✔
        project.jobs.run         |   | ✔ | ✔ | ✔
        project.jobs.view        | ✔ | ✔ | ✔ | ✔`,
    },
    // Plus our decision (docs/permissions.md): the levels are cumulative, so all four view reports.
    legacy: {
      columns: ['bi-user', 'bi-manager', 'bi-developer', 'group-admin'],
      rows: `
        jobs.view                  | ✔ | ✔ | ✔ | ✔
        jobs.history.view          |   | ✔ | ✔ | ✔
        jobs.run                   |   | ✔ | ✔ | ✔
        schedules.manage           |   |   | ✔ | ✔
        jobs.manage                |   |   | ✔ | ✔
        tasks.manage               |   |   | ✔ | ✔
        jobs.deploy                |   |   | ✔ | ✔
        connections.manage         |   |   | ✔ | ✔
        file-definitions.manage    |   |   | ✔ | ✔
        cluster-definitions.manage |   |   | ✔ | ✔
        tenant.manage              |   |   |   | ✔
        reports.view               | ✔ | ✔ | ✔ | ✔`,
    },
  },
  assist: {
    application: {
      columns: ['consumer', 'project-creator', 'administrator'],
      rows: `
        remote-api.configure         |    |   | ✔
        remote-api.access            |    |   | ✔
        users.manage                 |    |   | ✔
        connections.manage           |    |   | ✔
        agents.manage                |    |   | ✔
        accounts.manage              |    |   | ✔
        cost-centers.manage          |    |   | ✔
        affiliations.manage          |    |   | ✔
        workstation-templates.manage |    |   | ✔
        projects.manage              |    | ✔ | ✔
        workstations.manage          |    | ✔ | ✔
        data-repositories.manage     |    | ✔ | ✔
        workstations.deploy          |    | ✔ | ✔
        projects.view                | ✔* | ✔ | ✔`,
    },
    project: {
      columns: ['reader', 'contributor', 'owner'],
      rows: `
        project.manage           |   |   | ✔
        project.members.manage   |   |   | ✔
        project.resources.deploy |   | ✔ | ✔
        project.resources.use    | ✔ | ✔ | ✔
        project.view             | ✔ | ✔ | ✔`,
    },
  },
  monitor: {
    application: {
      columns: ['consumer', 'project-creator', 'administrator'],
      rows: `
        remote-api.configure       |    |   | ✔
        remote-api.access          |    |   | ✔
        users.manage               |    |   | ✔
        projects.manage            |    |   | ✔
        projects.create            |    | ✔ | ✔
        connections.manage         |    |   | ✔
        project.connections.manage |    | ✔ | ✔
        agents.add                 |    |   | ✔
        rules.create               |    | ✔ | ✔
        rules.edit                 |    | ✔ | ✔
        rules.run                  |    | ✔ | ✔
        results.view-edit          | ✔* | ✔ | ✔`,
    },
    project: {
      columns: ['limited-member', 'member', 'contributor', 'owner'],
      rows: `
        project.members.manage    |    |   |   | ✔
        project.rules.manage      |    |   | ✔ | ✔
        project.rules.run         |    | ✔ | ✔ | ✔
        project.results.view-edit | ✔* | ✔ | ✔ | ✔`,
    },
  },
} as const satisfies Record<string, Record<string, SpecTable>>;

export type Mark = 'held' | 'scoped' | 'not-held';

export interface MatrixCell {
  permission: string;
  role: string;
  mark: Mark;
}

export function cellsOf({ columns, rows }: SpecTable): MatrixCell[] {
  return rows
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [permission, ...marks] = line.split('|').map((cell) => cell.trim());
      return columns.map((role, column) => ({
        permission: permission!,
        role,
        mark: marks[column] === '✔' ? 'held' : marks[column] === '✔*' ? 'scoped' : 'not-held',
      }));
    });
}

export function permissionsOf(table: SpecTable): string[] {
  return [...new Set(cellsOf(table).map((cell) => cell.permission))];
}

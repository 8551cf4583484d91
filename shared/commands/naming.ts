/** Azure DevOps input and output variable names are camelCase: `fail-on` becomes `failOn`. */
export function devopsName(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}

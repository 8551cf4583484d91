/** Version and home of the tool, written into reports. Kept in step with package.json by a test. */
export const TOOL_VERSION = '0.1.0';
export const TOOL_HOME = 'https://github.com/mapp-dev/mapp';

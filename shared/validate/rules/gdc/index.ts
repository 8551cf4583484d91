import type { Rule } from '../../rule.js';
import { allowedGroupsRule } from './allowed-groups.js';
import { autoResolveRuntimeRule } from './auto-resolve-runtime.js';
import { dateFilterRule } from './date-filter.js';
import { knownTableRule } from './known-table.js';
import { office365CredentialsRule } from './office365-credentials.js';
import { sinkCredentialsRule } from './sink-credentials.js';
import { sinkFormatRule } from './sink-format.js';
import { sinkStoreRule } from './sink-store.js';

/** The Microsoft Graph Data Connect rules for Office 365 copies. */
export const graphDataConnectRules: readonly Rule[] = [
  office365CredentialsRule,
  knownTableRule,
  dateFilterRule,
  sinkStoreRule,
  sinkFormatRule,
  sinkCredentialsRule,
  allowedGroupsRule,
  autoResolveRuntimeRule,
];

/**
 * The Microsoft Graph Data Connect datasets (Office365Table table names) and the date columns
 * each date-filtered dataset can be filtered on.
 * Catalogue: https://learn.microsoft.com/graph/data-connect-datasets
 * Filters:   https://learn.microsoft.com/graph/data-connect-filtering
 */
export interface GdcDataset {
  readonly name: string;
  /** Columns `dateFilterColumn` may name; present only for datasets that require a date filter. */
  readonly dateFilterColumns?: readonly string[];
  /** CalendarView takes startTime and endTime but no dateFilterColumn. */
  readonly needsTimeRangeOnly?: boolean;
}

const MAIL_COLUMNS = ['CreatedDateTime', 'LastModifiedDateTime', 'ReceivedDateTime', 'SentDateTime'];
const EVENT_COLUMNS = ['CreatedDateTime', 'LastModifiedDateTime'];

export const GDC_DATASETS: readonly GdcDataset[] = [
  // Microsoft Entra ID
  { name: 'BasicDataSet_v0.User_v0' },
  { name: 'BasicDataSet_v0.User_v1' },
  { name: 'BasicDataSet_v0.Manager_v0' },
  { name: 'BasicDataSet_v0.DirectReport_v0' },
  // Outlook and Exchange Online
  { name: 'BasicDataSet_v0.CalendarView_v0', needsTimeRangeOnly: true },
  { name: 'BasicDataSet_v0.Contact_v0' },
  { name: 'BasicDataSet_v0.Contact_v1' },
  { name: 'BasicDataSet_v0.Event_v0', dateFilterColumns: EVENT_COLUMNS },
  { name: 'BasicDataSet_v0.Event_v1', dateFilterColumns: EVENT_COLUMNS },
  { name: 'BasicDataSet_v0.Inbox_v1' },
  { name: 'BasicDataSet_v0.MailboxSettings_v0' },
  { name: 'BasicDataSet_v0.MailFolder_v0' },
  { name: 'BasicDataSet_v0.Message_v0', dateFilterColumns: MAIL_COLUMNS },
  { name: 'BasicDataSet_v0.Message_v1', dateFilterColumns: MAIL_COLUMNS },
  { name: 'BasicDataSet_v0.SentItem_v0', dateFilterColumns: MAIL_COLUMNS },
  { name: 'BasicDataSet_v0.SentItem_v1', dateFilterColumns: MAIL_COLUMNS },
  { name: 'BasicDataSet_v0.TodoTaskFolders_v0' },
  { name: 'BasicDataSet_v0.TodoTasks_v0' },
  { name: 'BasicDataSet_v0.OutlookGroupConversations_v0' },
  // Microsoft Teams
  { name: 'BasicDataSet_v0.TeamChat_v1' },
  { name: 'BasicDataSet_v0.TeamsCallRecords_v1' },
  { name: 'BasicDataSet_v0.TeamsChannelDetails_v0' },
  { name: 'BasicDataSet_v0.TeamsStandardChannelMessages_v0' },
  { name: 'BasicDataSet_v0.TeamsTranscript_v1' },
  // Microsoft 365 Groups
  { name: 'BasicDataSet_v0.GroupDetails_v0' },
  { name: 'BasicDataSet_v0.GroupMembers_v0' },
  { name: 'BasicDataSet_v0.GroupOwners_v0' },
  // OneDrive and SharePoint Online
  { name: 'DocumentSharingDataset_v0_Preview' },
  { name: 'SharePointSitesDataset_v0_Preview' },
  { name: 'SharePointGroupsDataset_v0_Preview' },
  // Viva Insights
  { name: 'VivaInsightsDataset_v0' },
];

const BY_NAME = new Map(GDC_DATASETS.map((d) => [d.name.toLowerCase(), d]));

/** The catalogue entry of a table name (case-insensitive), or undefined for an unknown table. */
export function gdcDataset(tableName: string): GdcDataset | undefined {
  return BY_NAME.get(tableName.toLowerCase());
}

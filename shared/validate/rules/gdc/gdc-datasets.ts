/**
 * The Microsoft Graph Data Connect datasets (Office365Table table names) and the date columns
 * each date-filtered dataset can be filtered on.
 * Catalogue: https://learn.microsoft.com/graph/data-connect-datasets (checked 2026-11-29, with
 *            the schema pages it links to in microsoftgraph/dataconnect-solutions)
 * Filters:   https://learn.microsoft.com/graph/data-connect-filtering
 */
export interface GdcDataset {
  /** The name as Microsoft's catalogue or its samples write it in a tableName. */
  readonly name: string;
  /** Other spellings the catalogue has used for the same dataset, accepted alike. */
  readonly aliases?: readonly string[];
  /** Columns `dateFilterColumn` may name; present only for datasets that require a date filter. */
  readonly dateFilterColumns?: readonly string[];
  /** CalendarView takes startTime and endTime but no dateFilterColumn. */
  readonly needsTimeRangeOnly?: boolean;
}

const PREFIX = 'BasicDataSet_v0.';
const MAIL_COLUMNS = ['CreatedDateTime', 'LastModifiedDateTime', 'ReceivedDateTime', 'SentDateTime'];
const EVENT_COLUMNS = ['CreatedDateTime', 'LastModifiedDateTime'];

/** A dataset in the `BasicDataSet_v0` family, as every sample and the older catalogue write them. */
const basic = (name: string, more: Omit<GdcDataset, 'name'> = {}): GdcDataset => ({ name: PREFIX + name, ...more, aliases: more.aliases?.map((a) => PREFIX + a) });
/**
 * A dataset the current catalogue lists without its family, and for which no sample shows the
 * tableName: taken with or without `BasicDataSet_v0.`, so that neither is reported wrongly.
 */
const unsure = (name: string): GdcDataset => ({ name: PREFIX + name, aliases: [name] });

export const GDC_DATASETS: readonly GdcDataset[] = [
  // Activities
  unsure('OutlookContactActivity_v0'),
  unsure('OutlookMailActivity_v0'),
  unsure('OutlookMeetingActivity_v0'),
  unsure('TeamsChannelActivity_v0'),
  unsure('TeamsConversationActivity_v0'),
  // Call records, channels, contacts
  basic('TeamsCallRecords_v1'),
  basic('TeamsChannelDetails_v0'),
  basic('Contact_v0'),
  basic('Contact_v1'),
  // Devices and licences
  unsure('OwnedDevices_v0'),
  unsure('RegisteredDevices_v0'),
  unsure('LicenseDetails_v0'),
  // Events
  basic('CalendarView_v0', { needsTimeRangeOnly: true }),
  basic('ConferenceRoomCalendar_v0'),
  basic('Event_v0', { dateFilterColumns: EVENT_COLUMNS }),
  basic('Event_v1', { dateFilterColumns: EVENT_COLUMNS }),
  // Microsoft 365 groups
  basic('GroupDetails_v0'),
  basic('GroupMembers_v0'),
  basic('GroupOwners_v0'),
  // Mail: the filtering page writes SentItem, the current catalogue SentItems.
  basic('Message_v0', { dateFilterColumns: MAIL_COLUMNS }),
  basic('Message_v1', { dateFilterColumns: MAIL_COLUMNS }),
  basic('SentItem_v0', { dateFilterColumns: MAIL_COLUMNS, aliases: ['SentItems_v0'] }),
  basic('SentItem_v1', { dateFilterColumns: MAIL_COLUMNS, aliases: ['SentItems_v1'] }),
  // Mail folders and mailbox settings
  basic('Inbox_v1'),
  basic('MailFolder_v0'),
  basic('MailFolder_v2'),
  basic('MailboxSettings_v0'),
  // Messages in conversations, chats and channels
  basic('OutlookGroupConversations_v0'),
  basic('TeamChat_v1'),
  basic('TeamChat_v2'),
  basic('TeamsStandardChannelMessages_v0'),
  // Online meetings
  basic('TeamsTranscript_v1'),
  // Organisation
  basic('DirectReport_v0'),
  basic('Manager_v0'),
  // Tasks
  basic('TodoTaskFolders_v0'),
  basic('TodoTasks_v0'),
  unsure('PlannerTasks_v0'),
  // Users
  basic('User_v0'),
  basic('User_v1'),
  // OneDrive and SharePoint Online; the schema page of sync health is titled _v0, the catalogue _v1.
  basic('SharePointSites_v1'),
  basic('SharePointPermissions_v1'),
  basic('SharePointGroups_v1'),
  basic('SharePointFiles_v1'),
  basic('SharePointFileActions_v1'),
  basic('OneDriveSyncHealth_v1', { aliases: ['OneDriveSyncHealth_v0'] }),
  // The previews they replace, still in use by pipelines written against them.
  { name: 'DocumentSharingDataset_v0_Preview' },
  { name: 'SharePointSitesDataset_v0_Preview' },
  { name: 'SharePointGroupsDataset_v0_Preview' },
  // Viva Insights
  { name: 'VivaInsightsDataset_PersonReport_v1' },
  { name: 'VivaInsightsDataset_v0' },
];

const BY_NAME = new Map(GDC_DATASETS.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((name) => [name.toLowerCase(), d] as const)));

/** The catalogue entry of a table name (case-insensitive), or undefined for an unknown table. */
export function gdcDataset(tableName: string): GdcDataset | undefined {
  return BY_NAME.get(tableName.toLowerCase());
}

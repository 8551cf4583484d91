/** An activity's error as Data Factory reports it. */
export interface ActivityError {
  readonly errorCode: string;
  readonly message: string;
  readonly failureType: string;
}

const OFFICE365_LOADER = /UserErrorOffice365DataLoaderError/i;
const AUTHORISATION = /consent|approv|authori[sz]|pre-?authori[sz]ation|privileged ?access|denied|expired|not (been )?registered/i;

/**
 * True for the Office 365 (Graph Data Connect) copy failing because the app is not authorised in
 * the tenant: error 2200, UserErrorOffice365DataLoaderError, and a consent or approval message.
 */
export function isGraphDataConnectAuthorisationFailure(error: ActivityError): boolean {
  return OFFICE365_LOADER.test(error.message) && AUTHORISATION.test(error.message.replace(OFFICE365_LOADER, ''));
}

/** What to do about it, in one paragraph. */
export const GRAPH_DATA_CONNECT_APPROVAL =
  'Microsoft Graph Data Connect has not authorised this app to read Microsoft 365 data in the tenant. A Microsoft 365 administrator (not the app owner) must approve the app registration used by the Office 365 linked service in the Microsoft 365 admin center (Settings > Org settings > Microsoft Graph Data Connect applications); the approval covers the datasets, columns and storage the app declared, so re-request it when they change. Run the pipeline again once the app shows as Approved.';

/** A file to attach to a release. */
export interface ReleaseAsset {
  readonly name: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  /** `sha256:<hex>` of `data`: an asset already there with this digest is left as it is. */
  readonly digest: string;
}

export interface ReleaseUploadResult {
  /** The release's web page. */
  readonly releaseUrl: string;
  /** Whether the release had to be created. */
  readonly created: boolean;
  /** Download URL of each asset, in the order given. */
  readonly assetUrls: readonly string[];
}

/**
 * Uploads files to the release of a tag, on a platform that has releases (GitHub). The core
 * decides what to upload; the face owns the API client, the repository and the API URL.
 */
export interface ReleaseAssets {
  /** Finds the release of `tag`, creating it when missing, and uploads the assets, replacing same-named ones that differ. */
  upload(tag: string, assets: readonly ReleaseAsset[], token: string): Promise<ReleaseUploadResult>;
}

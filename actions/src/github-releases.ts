import type { ReleaseAsset, ReleaseAssets, ReleaseUploadResult } from '../../shared/host/release-assets.js';

interface ReleaseData {
  id: number;
  html_url: string;
  upload_url: string;
  assets: { id: number; name: string; digest?: string | null; browser_download_url: string }[];
}

/**
 * GitHub releases through `@actions/github`: the repository comes from GITHUB_REPOSITORY and the
 * API from GITHUB_API_URL, as on any runner (or GitHub Enterprise Server). Loaded only when an
 * upload is asked for, so other steps do not pay for the client.
 */
export const githubReleases: ReleaseAssets = {
  async upload(tag, assets, token): Promise<ReleaseUploadResult> {
    const github = await import('@actions/github');
    const octokit = github.getOctokit(token);
    const { owner, repo } = github.context.repo;
    let release: ReleaseData;
    let created = false;
    try {
      release = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data as ReleaseData;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      release = (await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, name: tag })).data as ReleaseData;
      created = true;
    }
    const assetUrls: string[] = [];
    for (const asset of assets) {
      const existing = (release.assets ?? []).find((a) => a.name === asset.name);
      if (existing && existing.digest === asset.digest) {
        assetUrls.push(existing.browser_download_url); // the same bytes are already there
        continue;
      }
      if (existing) await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: existing.id });
      assetUrls.push(await uploadAsset(octokit, release.upload_url, asset));
    }
    return { releaseUrl: release.html_url, created, assetUrls };
  },
};

async function uploadAsset(octokit: { request: (route: string | object, parameters?: object) => Promise<{ data: unknown }> }, uploadUrl: string, asset: ReleaseAsset): Promise<string> {
  // upload_url is a URI template (`.../assets{?name,label}`) pointing at the upload host.
  const response = await octokit.request({
    method: 'POST',
    url: uploadUrl,
    name: asset.name,
    data: Buffer.from(asset.data),
    headers: { 'content-type': asset.contentType, 'content-length': asset.data.length },
  });
  return (response.data as { browser_download_url: string }).browser_download_url;
}

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

export async function get(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch { /* not a problem document */ }
    throw new ApiError(response.status, problem.title, problem.detail);
  }
  return response.json();
}

const articles = new Map();

/** Articles by id, fetched once per page load and at most eight at a time. */
export async function articlesById(ids) {
  const missing = [...new Set(ids)].filter(id => !articles.has(id));
  let next = 0;
  async function worker() {
    while (next < missing.length) {
      const id = missing[next++];
      try { articles.set(id, await get(`/api/articles/${encodeURIComponent(id)}`)); }
      catch { articles.set(id, null); }
    }
  }
  await Promise.all(Array.from({ length: Math.min(8, missing.length) }, worker));
  return new Map(ids.map(id => [id, articles.get(id)]));
}

export const article = async id => (await articlesById([id])).get(id);

// The page is a client of the public GraphQL API like any other front end: one POST per question.

/** A failed request: the GraphQL errors as the API gave them (message and extensions.code). */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map(e => (e.extensions && e.extensions.code ? `${e.extensions.code}: ` : '') + e.message).join('\n'));
    this.errors = errors;
  }
}

/** Runs a GraphQL document; resolves to `data`, rejects with an ApiError carrying the API's error text. */
export async function graphql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError([{ message: `The service did not answer (${e.message})` }]);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError([{ message: `HTTP ${response.status}: the answer was not GraphQL` }]);
  }
  // A partial answer is shown as failed: the page draws nothing half-known.
  if (body.errors && body.errors.length) throw new ApiError(body.errors);
  return body.data;
}
